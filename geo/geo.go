package geo

//go:generate go run gen.go

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/geo/internal/fold"
)

// Feature codes of the places in the gazetteer. Populated places carry
// GeoNames' code (PPLC, PPLA, PPLA2 ... PPLA5, PPLG, PPL, PPLX, ...); a
// country is PCLI and an admin1 region ADM1, whatever GeoNames calls them.
const (
	FeatureCountry = "PCLI"
	FeatureAdmin1  = "ADM1"
	FeatureCapital = "PPLC"
)

// Place is a country, an admin1 region or a populated place.
type Place struct {
	// ID is the GeoNames id; 0 for countries and admin1 regions, whose ids
	// the sources do not give.
	ID int
	// Name is the name GeoNames gives now; ASCII is Name without diacritics.
	Name, ASCII string
	// Country is the ISO 3166-1 alpha-3 code (KSV, CAMEO's, for Kosovo), Country2
	// the alpha-2 code.
	Country  string
	Country2 string
	// Admin1Code is GeoNames' admin1 code ("04"), Admin1 the region's name
	// ("Punjab"); both empty for a country, and Admin1 empty when the
	// sources name no region for the code.
	Admin1Code, Admin1 string
	// Lat and Lon are in degrees (WGS84), to 1e-5 degree. For a country or
	// an admin1 region they are the position of its populated place nearest
	// to the population-weighted centre of its places, so they fall on land
	// inside it.
	Lat, Lon float64
	// Population is GeoNames' figure for a populated place (0 when it has
	// none). For a country or region it is the total of its listed places
	// (1,000 people or more, sections of places not counted): a lower bound,
	// used to rank names.
	Population int
	// Feature is the feature code: PCLI, ADM1, PPLC, PPLA, PPL, ...
	Feature string
}

// Dyad returns p as an event's place, with precision "country", "admin1"
// or "city".
func (p *Place) Dyad() dyad.Place {
	d := dyad.Place{Name: p.Name, GeonamesID: p.ID, Country: p.Country, Admin1: p.Admin1, Admin1Code: p.Admin1Code,
		Lat: p.Lat, Lon: p.Lon, Precision: "city"}
	switch p.Feature {
	case FeatureCountry:
		d.Precision = "country"
	case FeatureAdmin1:
		d.Precision = "admin1"
	}
	return d
}

// String returns "Name, Admin1, CC2" (the parts that are known).
func (p *Place) String() string {
	parts := []string{p.Name}
	if p.Admin1 != "" && p.Admin1 != p.Name {
		parts = append(parts, p.Admin1)
	}
	if p.Feature != FeatureCountry {
		parts = append(parts, p.Country2)
	}
	return strings.Join(parts, ", ")
}

// rank is the prior of a place: what makes one place of a name more likely
// meant than another before any context. Population counts by its order
// of magnitude; the feature code adds the weight of a capital or a seat.
func (p *Place) rank() float64 {
	return 5*math.Log10(float64(p.Population)+1) + featureWeight(p.Feature)
}

func featureWeight(code string) float64 {
	switch code {
	case FeatureCountry:
		return 20
	case FeatureCapital:
		return 15
	case "PPLG":
		return 10
	case "PPLA":
		return 8
	case "PPLA2":
		return 4
	case "PPLA3":
		return 2
	case "PPLA4", "PPLA5":
		return 1
	case "PPL":
		return 0
	case FeatureAdmin1:
		// A region's population is that of all its places, so its
		// namesake city (New York, Sao Paulo) would lose to it unaided.
		return -5
	case "PPLX":
		return -6 // a section of a city
	case "PPLH", "PPLQ", "PPLW":
		return -10 // historical, abandoned, destroyed
	}
	return -2
}

// entry is what the index files under one key.
type entry struct {
	places []*Place // best first
	// prefix: a longer key starts with this one and a space.
	prefix bool
	// caps: some name filed here is written in capitals (UK, U.S., NWFP);
	// lower: some is not. A name only in capitals matches only in capitals.
	caps, lower bool
	n           int32 // number of places, while building

}

// Gazetteer is a set of places indexed by name. It is immutable once made,
// and safe for concurrent use.
type Gazetteer struct {
	places    []Place
	index     map[string]int32 // key -> entries[i]
	entries   []entry
	maxWords  int
	countries map[string]*Place // by ISO alpha-3 and alpha-2
	admin1    map[string]*Place // by alpha-3 + "\x00" + key of name, alternate or code
	never     map[string]bool   // keys never a place on their own
	common    map[string]bool   // keys that are also common English words
}

// Len returns the number of places, countries and regions included.
func (g *Gazetteer) Len() int { return len(g.places) }

var embedded = sync.OnceValues(func() (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
	if err != nil {
		return nil, fmt.Errorf("geo: embedded gazetteer: %w", err)
	}
	// gzip's trailer gives the size of the data (mod 2^32).
	size := int(binary.LittleEndian.Uint32(gazetteerGz[len(gazetteerGz)-4:]))
	g, err := read(zr, "embedded:gazetteer.txt.gz", size, numCountries+numAdmin1+numPlaces)
	if err != nil {
		return nil, fmt.Errorf("geo: %w", err)
	}
	return g, nil
})

// Load returns the embedded gazetteer. It is decoded on the first call and
// shared by every later one.
func Load() (*Gazetteer, error) { return embedded() }

// Lookup returns the places whose name, ASCII name or an alternate name is
// name, compared without regard to case, diacritics, apostrophes and
// punctuation ("Kiev", "KYIV" and "Kyiv" find the same city), best first:
// by population and feature (capitals and seats first). The slice is shared:
// do not modify it.
func (g *Gazetteer) Lookup(name string) []*Place {
	e := g.entry(name)
	if e == nil {
		return nil
	}
	return e.places
}

// entry returns the entry of name's key, or nil.
func (g *Gazetteer) entry(name string) *entry {
	var buf [64]byte
	return g.lookup(fold.Append(buf[:0], name))
}

// lookup returns the entry of key, or nil.
func (g *Gazetteer) lookup(key []byte) *entry {
	e, ok := g.index[string(key)]
	if !ok {
		return nil
	}
	return &g.entries[e]
}

// Country returns the country with ISO 3166-1 code code (alpha-3, or
// alpha-2, in any case), or nil.
func (g *Gazetteer) Country(code string) *Place {
	return g.countries[strings.ToUpper(code)]
}

// CountryName returns the name of the country with code code, as Country
// finds it, or "" for none: the country names dyad serve gives.
func (g *Gazetteer) CountryName(code string) string {
	if p := g.Country(code); p != nil {
		return p.Name
	}
	return ""
}

// Admin1 returns the admin1 region of the country iso3 (alpha-3, or
// alpha-2) that has the name, an alternate name or the GeoNames admin1
// code given ("Punjab", "KPK", "04"), or nil.
func (g *Gazetteer) Admin1(iso3, name string) *Place {
	c := g.Country(iso3)
	if c == nil {
		return nil
	}
	return g.admin1[c.Country+"\x00"+fold.Key(name)]
}

// distance returns the great-circle distance between a and b in km.
func distance(a, b *Place) float64 {
	const r = 6371.0
	φ1, φ2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dφ, dλ := φ2-φ1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

// sortPlaces orders places best first: by rank, then by id for a stable order.
func sortPlaces(ps []*Place) {
	slices.SortFunc(ps, func(a, b *Place) int {
		ra, rb := a.rank(), b.rank()
		switch {
		case ra > rb:
			return -1
		case ra < rb:
			return 1
		}
		return a.ID - b.ID
	})
}
