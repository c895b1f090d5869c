package geo

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/geo/internal/fold"
)

// header is the first line of the gazetteer format.
const header = "dyad-gazetteer 1"

// Read reads a gazetteer in dyad's text format (the embedded one is
// gazetteer.txt.gz, gunzipped); name names the input in errors. The
// format is UTF-8 text, one record a line, fields separated by tabs, after
// a first line "dyad-gazetteer 1". Blank lines and lines starting with '#'
// are skipped. Coordinates are integers in 1e-5 degree; ALTS is a list of
// alternate names separated by ';', possibly empty.
//
//	c  CC2  CC3  NAME  LAT  LON  POP  ALTS                      a country
//	a  CC2  CODE  NAME  LAT  LON  POP  ALTS                     an admin1 region
//	p  ID  NAME  CC2  ADMIN1  FEATURE  POP  LAT  LON  ALTS      a populated place
//	n  WORD                                                     never a place alone
//	w  WORD                                                     also a common word
//
// A region or place must follow the line of its country. A bad line is
// reported and skipped: the gazetteer returned holds every good line, and
// the error, if any, is a dyad.ErrorList.
func Read(r io.Reader, name string) (*Gazetteer, error) {
	return read(r, name, 0, 0)
}

// read is Read with hints of the size of the input in bytes and of the
// number of places, to size the tables.
func read(r io.Reader, name string, size, hint int) (*Gazetteer, error) {
	// One string for the whole input: the names are substrings of it.
	var sb strings.Builder
	sb.Grow(size)
	if _, err := io.Copy(&sb, r); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	src := sb.String()
	p := parser{

		g: &Gazetteer{
			places:    make([]Place, 0, hint),
			countries: map[string]*Place{},
			admin1:    map[string]*Place{},
			never:     map[string]bool{},
			common:    map[string]bool{},
		},
		cc3:  map[string]string{},
		adm1: map[[2]string]string{},
		alts: make([]string, 0, hint),
	}
	first := true
	for n := 1; src != ""; n++ {
		var line string
		line, src, _ = strings.Cut(src, "\n")
		line = strings.TrimSuffix(line, "\r")
		if first {
			first = false
			if line != header {
				p.errs.Add(&dyad.Error{File: name, Line: n, Offset: -1, Stage: "gazetteer", Msg: fmt.Sprintf("first line %.40q, want %q", line, header)})
				return p.g, p.errs.Err()
			}
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if msg := p.line(line); msg != "" {
			p.errs.Add(&dyad.Error{File: name, Line: n, Offset: -1, Stage: "gazetteer", Msg: msg})
		}
	}
	p.g.build(p.alts)
	return p.g, p.errs.Err()
}

type parser struct {
	g    *Gazetteer
	errs dyad.ErrorList
	cc3  map[string]string    // alpha-2 -> alpha-3
	adm1 map[[2]string]string // {alpha-2, code} -> region name
	alts []string             // alts[i]: the alternate names of g.places[i], as in the input
}

// line parses one record and returns what is wrong with it, or "".
func (p *parser) line(line string) string {
	var fields [10]string
	n := 0
	for rest, more := line, true; more; n++ {
		if n == len(fields) {
			return "more than 10 fields"
		}
		fields[n], rest, more = strings.Cut(rest, "\t")
	}
	f := fields[:n]
	var want int
	switch f[0] {
	case "c", "a":
		want = 8
	case "p":
		want = 10
	case "n", "w":
		want = 2
	default:
		return fmt.Sprintf("unknown record %.10q", f[0])
	}
	if len(f) != want {
		return fmt.Sprintf("record %s has %d fields, want %d", f[0], len(f), want)
	}
	for _, s := range f[1:] {
		if s != strings.TrimSpace(s) {
			return fmt.Sprintf("field %.40q has spaces around it", s)
		}
	}
	switch f[0] {
	case "n", "w":
		k := fold.Key(f[1])
		if k == "" {
			return "empty word"
		}
		if f[0] == "n" {
			p.g.never[k] = true
		} else {
			p.g.common[k] = true
		}
		return ""
	}
	var pl Place
	var nums [3]int // lat, lon, pop
	var numFields []string
	var alts string
	switch f[0] {
	case "c":
		if !isCode(f[1], 2) || !isCode(f[2], 3) {
			return fmt.Sprintf("bad country codes %.10q %.10q", f[1], f[2])
		}
		if p.cc3[f[1]] != "" {
			return "country " + f[1] + " given twice"
		}
		pl = Place{Name: f[3], Country2: f[1], Country: f[2], Feature: FeatureCountry}
		numFields, alts = f[4:7], f[7]
	case "a":
		pl = Place{Name: f[3], Country2: f[1], Admin1Code: f[2], Admin1: f[3], Feature: FeatureAdmin1}
		numFields, alts = f[4:7], f[7]
	case "p":
		id, err := strconv.Atoi(f[1])
		if err != nil || id < 0 {
			return fmt.Sprintf("bad id %.20q", f[1])
		}
		if f[5] == "" {
			return "empty feature code"
		}
		pl = Place{ID: id, Name: f[2], Country2: f[3], Admin1Code: f[4], Feature: f[5]}
		numFields, alts = []string{f[7], f[8], f[6]}, f[9]
	}
	if fold.Key(pl.Name) == "" {
		return fmt.Sprintf("name %.40q has no letters or digits", pl.Name)
	}
	for i, s := range numFields {
		v, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Sprintf("bad number %.20q", s)
		}
		nums[i] = v
	}
	if nums[0] < -9000000 || nums[0] > 9000000 || nums[1] < -18000000 || nums[1] > 18000000 || nums[2] < 0 {
		return fmt.Sprintf("position %d %d or population %d out of range", nums[0], nums[1], nums[2])
	}
	pl.Lat, pl.Lon, pl.Population = float64(nums[0])/1e5, float64(nums[1])/1e5, nums[2]
	if f[0] != "c" {
		cc3 := p.cc3[pl.Country2]
		if cc3 == "" {
			return fmt.Sprintf("country %.10q not given before", pl.Country2)
		}
		pl.Country = cc3
	}
	switch f[0] {
	case "c":
		p.cc3[pl.Country2] = pl.Country
	case "a":
		k := [2]string{pl.Country2, pl.Admin1Code}
		if p.adm1[k] != "" {
			return "admin1 region " + pl.Country2 + "." + pl.Admin1Code + " given twice"
		}
		p.adm1[k] = pl.Name
	case "p":
		pl.Admin1 = p.adm1[[2]string{pl.Country2, pl.Admin1Code}]
	}
	pl.ASCII = fold.ASCII(pl.Name)
	for rest, more := alts, alts != ""; more; {
		var a string
		a, rest, more = strings.Cut(rest, ";")
		var buf [64]byte
		if len(fold.Append(buf[:0], a)) == 0 {
			return fmt.Sprintf("alternate name %.40q has no letters or digits", a)
		}
	}
	p.g.places = append(p.g.places, pl)
	p.alts = append(p.alts, alts)
	return ""
}

// isCode reports whether s is n upper-case ASCII letters.
func isCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isCaps reports whether name is written in capitals: it has at least two
// letters and no lower-case one ("UK", "U.S.").
func isCaps(name string) bool {
	n := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// build makes the indexes once every place is read; alts[i] are the
// alternate names of g.places[i], separated by ';'.
func (g *Gazetteer) build(alts []string) {
	// The keys of all names go into one string, and the places of all
	// entries into one slice, which saves some 300,000 allocations.
	type ref struct {
		start, end int32 // the key: keys[start:end]
		place      int32
		caps       bool
	}
	refs := make([]ref, 0, len(g.places)+len(g.places)/8)
	arena := make([]byte, 0, 16*len(g.places))
	var tmp [256]byte
	addName := func(i int, name string) string {
		k := fold.Append(tmp[:0], name)
		refs = append(refs, ref{int32(len(arena)), int32(len(arena) + len(k)), int32(i), isCaps(name)})
		arena = append(arena, k...)
		return string(k)
	}
	for i := range g.places {
		pl := &g.places[i]
		key := addName(i, pl.Name)
		switch pl.Feature {
		case FeatureCountry:
			g.countries[pl.Country] = pl
			g.countries[pl.Country2] = pl
		case FeatureAdmin1:
			g.admin1[pl.Country+"\x00"+fold.Key(pl.Admin1Code)] = pl
			g.admin1[pl.Country+"\x00"+key] = pl
		}
		for rest, more := alts[i], alts[i] != ""; more; {
			var a string
			a, rest, more = strings.Cut(rest, ";")
			k := addName(i, a)
			if pl.Feature == FeatureAdmin1 {
				g.admin1[pl.Country+"\x00"+k] = pl
			}
		}
	}
	keys := string(arena)
	g.index = make(map[string]int32, len(refs))
	g.entries = make([]entry, 0, len(refs)+len(refs)/8)
	entryOf := make([]int32, len(refs))
	last := make([]int32, 0, len(refs)) // last[e]: the last place counted in entry e
	for r, f := range refs {
		k := keys[f.start:f.end]
		e, ok := g.index[k]
		if !ok {
			e = int32(len(g.entries))
			g.index[k] = e
			g.entries = append(g.entries, entry{})
			last = append(last, -1)
		}
		entryOf[r] = e
		en := &g.entries[e]
		if f.caps {
			en.caps = true
		} else {
			en.lower = true
		}
		if last[e] == f.place {
			entryOf[r] = -1 // two names of one place with one key
			continue
		}
		last[e] = f.place
		en.n++
	}
	backing := make([]*Place, 0, len(refs))
	for e := range g.entries {
		n := int(g.entries[e].n)
		g.entries[e].places = backing[len(backing) : len(backing) : len(backing)+n]
		backing = backing[:len(backing)+n]
	}
	for r, f := range refs {
		if e := entryOf[r]; e >= 0 {
			en := &g.entries[e]
			en.places = append(en.places, &g.places[f.place])
		}
	}
	// Prefixes of many-word keys, so that Match can stop early.
	for e, n := 0, len(g.entries); e < n; e++ {
		if len(g.entries[e].places) > 1 {
			sortPlaces(g.entries[e].places)
		}
	}
	for _, f := range refs {
		k := keys[f.start:f.end]
		words := 1
		for i := 0; i < len(k); i++ {
			if k[i] != ' ' {
				continue
			}
			words++
			e, ok := g.index[k[:i]]
			if !ok {
				e = int32(len(g.entries))
				g.index[k[:i]] = e
				g.entries = append(g.entries, entry{})
			}
			g.entries[e].prefix = true
		}
		g.maxWords = max(g.maxWords, words)
	}
}
