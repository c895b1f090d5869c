package export

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"sort"
	"testing"
)

// isoCodesPath is Debian's iso-codes list of ISO 3166-1 countries.
const isoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json"

// noFIPS lists the ISO 3166-1 countries that have no FIPS 10-4 code of their
// own, so FIPS reports false for them.
var noFIPS = map[string]bool{
	"ALA": true, // Aland Islands: part of Finland (FI) in FIPS 10-4
	"BES": true, // Bonaire, Sint Eustatius and Saba: once in the Netherlands Antilles (NT), no code since 2010
	"UMI": true, // US Minor Outlying Islands: FIPS has one code an island (WQ, MQ, JQ, FQ, HQ, DQ, KQ, LQ)
}

// sharedFIPS lists FIPS codes that more than one ISO code really maps to.
// There are none: every country in the table has its own FIPS code.
var sharedFIPS = map[string]bool{}

func TestFIPSCoversISOCodes(t *testing.T) {
	data, err := os.ReadFile(isoCodesPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent (Debian package iso-codes)", isoCodesPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Countries []struct {
			Alpha2 string `json:"alpha_2"`
			Alpha3 string `json:"alpha_3"`
			Name   string `json:"name"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Countries) < 240 {
		t.Fatalf("%s lists %d countries; want about 249", isoCodesPath, len(doc.Countries))
	}
	known := map[string]bool{"KSV": true} // Kosovo is not in ISO 3166-1
	for _, c := range doc.Countries {
		known[c.Alpha3] = true
		f, ok := FIPS(c.Alpha3)
		switch {
		case noFIPS[c.Alpha3] && ok:
			t.Errorf("FIPS(%s) (%s) = %q; listed as having no FIPS code", c.Alpha3, c.Name, f)
		case !noFIPS[c.Alpha3] && !ok:
			t.Errorf("FIPS(%s) (%s) missing", c.Alpha3, c.Name)
		}
	}
	for iso3 := range fipsByISO3 {
		if !known[iso3] {
			t.Errorf("table has %s, which iso-codes does not list", iso3)
		}
	}
	for iso3 := range noFIPS {
		if !known[iso3] {
			t.Errorf("noFIPS lists %s, which iso-codes does not list", iso3)
		}
	}
}

func TestFIPSSpotChecks(t *testing.T) {
	for _, tc := range []struct{ iso3, fips string }{
		{"DEU", "GM"}, // Germany
		{"GBR", "UK"}, // United Kingdom
		{"PAK", "PK"}, // Pakistan
		{"KAZ", "KZ"}, // Kazakhstan
		{"AFG", "AF"}, // Afghanistan
		{"CHN", "CH"}, // China
		{"CHL", "CI"}, // Chile
		{"AUT", "AU"}, // Austria
		{"AUS", "AS"}, // Australia
		{"IRQ", "IZ"}, // Iraq
		{"ISR", "IS"}, // Israel
		{"JPN", "JA"}, // Japan
		{"RUS", "RS"}, // Russia
		{"SRB", "RI"}, // Serbia
		{"ESP", "SP"}, // Spain
		{"SWE", "SW"}, // Sweden
		{"CHE", "SZ"}, // Switzerland
		{"SWZ", "WZ"}, // Eswatini
		{"KOR", "KS"}, // South Korea
		{"PRK", "KN"}, // North Korea
		{"NGA", "NI"}, // Nigeria
		{"NER", "NG"}, // Niger
		{"NIC", "NU"}, // Nicaragua
		{"NIU", "NE"}, // Niue
		{"USA", "US"}, // United States
		{"FRA", "FR"}, // France
		{"IND", "IN"}, // India
		{"IRN", "IR"}, // Iran
		{"UKR", "UP"}, // Ukraine
		{"TUR", "TU"}, // Turkey
		{"PHL", "RP"}, // Philippines
		{"VNM", "VM"}, // Vietnam
		{"DZA", "AG"}, // Algeria
		{"ATG", "AC"}, // Antigua and Barbuda
		{"COD", "CG"}, // Democratic Republic of the Congo
		{"COG", "CF"}, // Republic of the Congo
		{"CAF", "CT"}, // Central African Republic
		{"ZAF", "SF"}, // South Africa
		{"ZMB", "ZA"}, // Zambia
		{"ZWE", "ZI"}, // Zimbabwe
		{"SSD", "OD"}, // South Sudan
		{"SDN", "SU"}, // Sudan
		{"MNE", "MJ"}, // Montenegro
		{"PSE", "WE"}, // Palestine (West Bank)
		{"MMR", "BM"}, // Myanmar
		{"BGD", "BG"}, // Bangladesh
		{"BGR", "BU"}, // Bulgaria
		{"GAB", "GB"}, // Gabon
		{"GMB", "GA"}, // Gambia
		{"IRL", "EI"}, // Ireland
		{"LKA", "CE"}, // Sri Lanka
		{"OMN", "MU"}, // Oman
		{"CZE", "EZ"}, // Czechia
		{"SVK", "LO"}, // Slovakia
		{"EST", "EN"}, // Estonia
		{"LVA", "LG"}, // Latvia
		{"LTU", "LH"}, // Lithuania
		{"BLR", "BO"}, // Belarus
		{"KSV", "KV"}, // Kosovo
	} {
		if got, ok := FIPS(tc.iso3); !ok || got != tc.fips {
			t.Errorf("FIPS(%q) = %q, %v; want %q, true", tc.iso3, got, ok, tc.fips)
		}
	}
}

func TestFIPSUnknown(t *testing.T) {
	for _, iso3 := range []string{"", "XXX", "ZZZ", "ALA", "UMI", "deu", "DE", "GM", "DEUX", "IGOUNO"} {
		if got, ok := FIPS(iso3); ok {
			t.Errorf("FIPS(%q) = %q, true; want false", iso3, got)
		}
	}
}

func TestFIPSTable(t *testing.T) {
	byFIPS := map[string][]string{}
	for iso3, f := range fipsByISO3 {
		if len(iso3) != 3 || !upperASCII(iso3) {
			t.Errorf("key %q is not an upper-case alpha-3 code", iso3)
		}
		if len(f) != 2 || !upperASCII(f) {
			t.Errorf("FIPS(%s) = %q is not two upper-case letters", iso3, f)
		}
		byFIPS[f] = append(byFIPS[f], iso3)
	}
	for f, isos := range byFIPS {
		if len(isos) > 1 && !sharedFIPS[f] {
			sort.Strings(isos)
			t.Errorf("FIPS %s is used by %v", f, isos)
		}
	}
}

func upperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
