package geo

import (
	"math"

	"github.com/dyadcoder/dyad/geo/internal/fold"
)

// Context is what a document says about where its places are, for
// resolving an ambiguous name.
type Context struct {
	// Countries are ISO 3166-1 alpha-3 codes of the countries the document
	// is about, most relevant first (the dateline's, then those named).
	Countries []string
	// Admin1 are names of admin1 regions named nearby ("Punjab", "Sindh").
	Admin1 []string
	// Near is a place the document is at, such as the dateline's city.
	Near *Place
}

// Weights of the evidence that Resolve adds to a candidate's rank (see
// Place.rank: 5 a tenfold population, 20 a country, 15 a capital).
const (
	weightCountry     = 30 // the first country of Context.Countries; 6 less for each later one
	weightAdmin1      = 25 // the region is named in Context.Admin1
	weightNear        = 25 // a city at Context.Near, falling off over some 250 km
	weightNearCountry = 10 // in Context.Near's country
)

// support returns the evidence ctx gives for p, 0 when none.
func support(p *Place, ctx *Context, admin1 []string) float64 {
	s := 0.0
	for i, c := range ctx.Countries {
		if c == p.Country || c == p.Country2 {
			s += max(weightCountry-6*float64(i), 6)
			break
		}
	}
	if p.Admin1 != "" && p.Feature != FeatureAdmin1 {
		k := fold.Key(p.Admin1)
		for _, a := range admin1 {
			if a == k {
				s += weightAdmin1
				break
			}
		}
	}
	if n := ctx.Near; n != nil {
		if n.Country == p.Country {
			s += weightNearCountry
		}
		// A region's centre says little of how near it is: Niger State
		// borders Abuja, but "Niger" in a report from Abuja is the country.
		if p.Feature != FeatureCountry && p.Feature != FeatureAdmin1 {
			s += weightNear * math.Exp(-distance(n, p)/250)
		}
	}
	return s
}

// minSupport is the least evidence that counts as support.
const minSupport = 1

// Resolve returns the place most likely meant by name in the context ctx:
// among the places Lookup finds, the one with the best rank (population and
// feature, see Lookup) plus the support of the context: being in one of
// ctx.Countries (the earlier the more), in a region named in ctx.Admin1,
// and near ctx.Near. It refuses (ok false) when nothing has the name, and
// when the context supports no candidate and the best is weak: the name
// is one never taken as a place alone ("March"), or a common English word
// ("Police", "Split") or a name of less than three letters, and the place
// is neither a country, a region, a capital or a seat, nor of 100,000
// people; or the place has fewer than 1,000 people.
func (g *Gazetteer) Resolve(name string, ctx Context) (*Place, bool) {
	var buf [64]byte
	key := fold.Append(buf[:0], name)
	e := g.lookup(key)
	if e == nil || len(e.places) == 0 {
		return nil, false
	}
	var admin1 []string
	if len(ctx.Admin1) > 0 {
		admin1 = make([]string, len(ctx.Admin1))
		for i, a := range ctx.Admin1 {
			admin1[i] = fold.Key(a)
		}
	}
	var best *Place
	bestScore, bestSupport := math.Inf(-1), 0.0
	for _, p := range e.places {
		s := support(p, &ctx, admin1)
		if score := p.rank() + s; score > bestScore {
			best, bestScore, bestSupport = p, score, s
		}
	}
	if bestSupport >= minSupport {
		return best, true
	}
	if best.Population < 1000 && best.Feature != FeatureCountry && best.Feature != FeatureAdmin1 {
		return nil, false
	}
	weakName := g.never[string(key)] || g.common[string(key)] || (len(key) < 3 && !e.caps)
	if weakName && !major(best) {
		return nil, false
	}
	return best, true
}

// major reports whether p is a place that a bare mention most likely means
// even when its name is also a word: a country, a region, a capital, a seat
// of a region, or a place of 100,000 people or more.
func major(p *Place) bool {
	switch p.Feature {
	case FeatureCountry, FeatureAdmin1, FeatureCapital, "PPLA", "PPLG":
		return true
	}
	return p.Population >= 100000
}
