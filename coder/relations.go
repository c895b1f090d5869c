package coder

import (
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/text"
)

// Relation facts are the standing state of a pair of countries that an
// article sums up: ties since a year, organisations both belong to, the
// fields they cooperate in, joint ventures they explore. The phrases that
// state them are written here for dyad; facts never become events.

// tieWords name a relationship between two countries, by lemma.
var tieWords = map[string]bool{
	"tie": true, "relation": true, "relationship": true, "friendship": true, "partnership": true,
	"link": true, "bond": true,
}

// cooperationWords introduce the fields two countries work together in.
var cooperationWords = map[string]bool{
	"cooperation": true, "co-operation": true, "collaboration": true, "collaborations": true,
	"cooperate": true, "collaborate": true, "partnership": true, "partnerships": true,
	"together": true, "ties": true, "relations": true, "exchange": true, "exchanges": true,
}

// areaWords are the fields of cooperation news names.
var areaWords = map[string]string{
	"trade": "trade", "commerce": "trade", "economy": "economy", "economic": "economy",
	"education": "education", "tourism": "tourism", "energy": "energy", "oil": "energy", "gas": "energy",
	"infrastructure": "infrastructure", "mining": "mining", "minerals": "mining",
	"agriculture": "agriculture", "defence": "defence", "defense": "defence", "security": "security",
	"health": "health", "culture": "culture", "cultural": "culture", "science": "science",
	"technology": "technology", "investment": "investment", "transport": "transport", "industrial": "industry",
	"connectivity": "transport", "banking": "finance", "finance": "finance", "industry": "industry",
	"space": "space", "water": "water", "climate": "climate", "environment": "environment",
	"counterterrorism": "counterterrorism", "counter-terrorism": "counterterrorism",
	"telecommunications": "telecommunications", "logistics": "logistics", "aviation": "aviation",
	"sports": "sports", "media": "media", "research": "research",
}

// undertakings are what two countries undertake jointly: "a joint
// industrial zone", "joint energy projects".
var undertakings = map[string]bool{
	"project": true, "zone": true, "company": true, "enterprise": true, "plant": true,
	"factory": true, "park": true, "corridor": true, "fund": true,
}

// memberWords say that an actor belongs to or takes part in an
// organisation.
var memberWords = map[string]bool{
	"member": true, "members": true, "membership": true, "role": true, "part": true,
	"participant": true, "participants": true, "belong": true, "belongs": true,
}

// Relations returns the relation facts the article states, from its
// analysed sentences.
func (c *Coder) Relations(a *dyad.Article, sents []Sentence) []dyad.Fact {
	d := newDoc(c, a, sents)
	var out []dyad.Fact
	for i := range sents {
		out = append(out, d.facts(&sents[i])...)
	}
	return out
}

// facts finds the relation facts of one sentence.
func (d *doc) facts(s *Sentence) []dyad.Fact {
	toks := s.Tokens
	a, b := d.factPair(s)
	if a == "" {
		return nil
	}
	var out []dyad.Fact
	add := func(kind, value string, from, to int) {
		for _, f := range out {
			if f.Kind == kind && f.Value == value {
				return
			}
		}
		sp := dyad.Span{Start: toks[from].Span.Start, End: toks[to-1].Span.End}
		out = append(out, dyad.Fact{A: a, B: b, Kind: kind, Value: value, ArticleID: d.art.ID, Sentence: s.Index,
			Span: sp, Text: d.art.Text[s.Span.Start:s.Span.End]})
	}
	for i := range toks {
		w := toks[i].Lower
		switch {
		case tieWords[toks[i].Lemma]:
			// "ties that can be traced back to 1992", "relations since 1992",
			// "established diplomatic relations in 1992".
			if j, year := yearAfter(toks, i, 12); year != "" {
				add(dyad.FactTiesSince, year, i, j+1)
			}
		case w == "venture" || w == "ventures":
			if i > 0 && toks[i-1].Lower == "joint" {
				for _, ar := range areasAfter(toks, i+1) {
					add(dyad.FactJointVenture, ar.value, i-1, ar.end)
				}
			}
		case w == "joint":
			// "a joint industrial zone", "joint energy projects": the
			// fields named before the undertaking.
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if !undertakings[toks[j].Lemma] {
					continue
				}
				for k := i + 1; k < j; k++ {
					if v, ok := areaWords[toks[k].Lower]; ok {
						add(dyad.FactJointVenture, v, i, j+1)
					}
				}
				break
			}
		case (w == "trade" || w == "commerce") && i+1 < len(toks) && (toks[i+1].Lower == "with" || toks[i+1].Lower == "between"):
			// "trade between Pakistan and Kazakhstan reached ...".
			add(dyad.FactCooperationArea, "trade", i, i+2)
		case cooperationWords[w] || (w == "working" && i+1 < len(toks) && toks[i+1].Lower == "together"):
			for _, ar := range areasAfter(toks, i+1) {
				add(dyad.FactCooperationArea, ar.value, i, ar.end)
			}
		case memberWords[w]:
			// "both countries playing an active role in the Shanghai
			// Cooperation Organization", "both are members of the SCO".
			for j := i + 1; j < len(toks) && j <= i+6; j++ {
				if m, ok := d.dict.Actor(toks, j, d.date); ok && (m.Entry.Kind == lexicon.IGO || m.Entry.Kind == lexicon.NGO) {
					add(dyad.FactSharedMembership, m.Entry.Code, i, j+m.N)
					break
				}
			}
		}
	}
	return out
}

// factPair returns the two countries a sentence is about: two it names, or
// "both countries", "the two countries" for the article's pair.
func (d *doc) factPair(s *Sentence) (string, string) {
	toks := s.Tokens
	var names []string
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			if _, ok := d.pairPhrase(toks, span{i, i + 2}); ok {
				return d.pair[0], d.pair[1]
			}
			if i+2 < len(toks) {
				if _, ok := d.pairPhrase(toks, span{i, i + 3}); ok {
					return d.pair[0], d.pair[1]
				}
			}
		}
		m, ok := d.dict.Actor(toks, i, d.date)
		if !ok {
			continue
		}
		if k := m.Entry.Kind; k.Place() || k == lexicon.Adj {
			if c := country(m.Entry.Code); !contains(names, c) {
				names = append(names, c)
			}
		}
		i += m.N - 1
	}
	if len(names) >= 2 {
		return names[0], names[1]
	}
	return "", ""
}

// yearAfter finds a year (four digits, 1800-2099) within n tokens after i,
// before the sentence's next clause.
func yearAfter(toks []text.Token, i, n int) (int, string) {
	for j := i + 1; j < len(toks) && j <= i+n; j++ {
		w := toks[j].Lower
		if w == ";" || w == "." {
			break
		}
		if len(w) == 4 && (strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && toks[j].Tag == "CD" {
			return j, w
		}
	}
	return 0, ""
}

type area struct {
	value string
	end   int
}

// areasAfter reads the fields listed after a cooperation word: "in various
// fields such as trade, education, and tourism", "in energy and mining".
func areasAfter(toks []text.Token, i int) []area {
	if i >= len(toks) || (toks[i].Lower != "in" && toks[i].Lower != "on" && toks[i].Lower != "across") {
		return nil
	}
	var out []area
	for j := i + 1; j < len(toks) && j <= i+16; j++ {
		w := toks[j].Lower
		if w == "." || w == ";" || strings.HasPrefix(toks[j].Tag, "VB") {
			break
		}
		if v, ok := areaWords[w]; ok {
			out = append(out, area{value: v, end: j + 1})
		}
	}
	return out
}
