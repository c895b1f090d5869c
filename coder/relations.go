package coder

import (
	"slices"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// Relation facts are the standing state of a pair of countries that an
// article sums up: ties since a year, organisations both belong to, the
// fields they cooperate in, joint ventures they explore, agreements they
// made. The phrases that state them are written here for dyad; facts never
// become events.

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

// agreementHeads are the nouns, by lemma, of the agreements two countries
// are party to.
var agreementHeads = map[string]bool{
	"agreement": true, "treaty": true, "accord": true, "pact": true, "convention": true,
	"memorandum": true, "mou": true, "deal": true,
}

// inForce are the words, by lemma, that say an agreement was made: "signed
// a trade agreement", "under the 2015 treaty", "entered into force".
var inForce = map[string]bool{
	"sign": true, "ratify": true, "conclude": true, "ink": true, "renew": true, "extend": true,
	"implement": true, "under": true, "enter": true, "force": true, "effect": true,
}

// notYet are the words, by lemma, that put an agreement in the future or
// deny it: "are negotiating a trade agreement", "did not sign the pact".
var notYet = map[string]bool{
	"not": true, "never": true, "no": true, "negotiate": true, "negotiation": true, "talk": true,
	"discuss": true, "discussion": true, "propose": true, "plan": true, "seek": true, "explore": true,
	"consider": true, "hope": true, "aim": true, "expect": true, "draft": true, "prepare": true,
	"push": true, "want": true, "intend": true, "possible": true, "potential": true, "future": true,
	"proposed": true, "withdraw": true, "withdrawal": true, "suspend": true, "scrap": true,
	"cancel": true, "terminate": true, "abandon": true, "expire": true, "quit": true, "exit": true,
	"call": true, "urge": true, "demand": true, "offer": true, "reject": true, "oppose": true,
}

// tiesDenied reports whether the words just before the ties at token i
// deny or end them: "have had no diplomatic relations since 1993", "severed
// ties in 2016".
func tiesDenied(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch toks[k].Lower {
		case "no", "not", "n't", "never", "without":
			return true
		}
		switch toks[k].Lemma {
		case "sever", "cut", "break", "suspend", "freeze", "downgrade", "end":
			return true
		}
	}
	return false
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
		case tieWords[toks[i].Lemma] && !inAgreementName(toks, i) && !tiesDenied(toks, i):
			// "a comprehensive strategic partnership since 2014"; a
			// partnership without a level is ties, in some fields.
			partnership := toks[i].Lemma == "partnership"
			if partnership {
				if value, from, ok := d.partnership(s, i); ok {
					add(dyad.FactPartnership, value, from, i+1)
					break
				}
			}
			// "ties that can be traced back to 1992", "relations since 1992",
			// "established diplomatic relations in 1992".
			if j, year := yearAfter(toks, i, 12); year != "" {
				add(dyad.FactTiesSince, year, i, j+1)
			}
			if partnership {
				for _, ar := range areasAfter(toks, i+1) {
					add(dyad.FactCooperationArea, ar.value, i, ar.end)
				}
			}
			// "enjoy historic, cultural and religious ties", "strong
			// economic ties": the fields named before the ties.
			for _, j := range areasBefore(toks, i) {
				add(dyad.FactCooperationArea, areaWords[toks[j].Lower], j, i+1)
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
		case agreementHeads[toks[i].Lemma] && nounAt(toks, i):
			if value, from, to, ok := d.agreement(s, i); ok {
				add(dyad.FactAgreement, value, from, to)
			}
		case (w == "trade" || w == "commerce") && i+1 < len(toks) && (toks[i+1].Lower == "with" || toks[i+1].Lower == "between"):
			// "trade between Pakistan and Kazakhstan reached ...".
			add(dyad.FactCooperationArea, "trade", i, i+2)
		case cooperationWords[w] || cooperationWords[toks[i].Lemma] || (w == "working" && i+1 < len(toks) && toks[i+1].Lower == "together"):
			for _, ar := range areasAfter(toks, i+1) {
				add(dyad.FactCooperationArea, ar.value, i, ar.end)
			}
		case memberWords[w]:
			// "both countries playing an active role in the Shanghai
			// Cooperation Organization", "both are members of the SCO,
			// the CIS and the OIC".
			for j := i + 1; j < len(toks) && j <= i+6; j++ {
				if end := d.organisations(toks, j, func(code string, end int) {
					add(dyad.FactSharedMembership, code, i, end)
				}); end > j {
					break
				}
			}
		}
	}
	return out
}

// agreement reads the agreement headed by toks[head] that the sentence
// says the pair made, "signed a comprehensive economic partnership
// agreement in 2011": the fact's value, its name in lower case and the
// year it gives, if any ("comprehensive economic partnership agreement
// (2011)", "treaty of friendship and cooperation"), and the tokens [from,
// to) that state it. An agreement
// being negotiated, planned, denied or left is none: only one the clause
// says was made (signed, ratified, in force, under it, have it) counts.
func (d *doc) agreement(s *Sentence, head int) (value string, from, to int, ok bool) {
	toks := s.Tokens
	words, year, from := d.nameBefore(s, head)
	if toks[head].Lemma == "deal" && (len(words) == 1 || words[0] == "great") {
		return "", 0, 0, false // "a deal", "a great deal of"
	}
	// "of friendship and cooperation", "on visa-free travel", "of
	// understanding on energy".
	to = head + 1
	for to < len(toks) && (toks[to].Lower == "of" || toks[to].Lower == "on") {
		k := to + 1
		// Not the next agreement of a list, nor what they are worth:
		// "memoranda of understanding and agreements worth $2 billion".
		for k < len(toks) && k-to <= 4 && (strings.HasPrefix(toks[k].Tag, "NN") || toks[k].Tag == "JJ" ||
			toks[k].Tag == "VBG" || toks[k].Lower == "and" && (k+1 >= len(toks) || !agreementHeads[toks[k+1].Lemma])) &&
			!timeWord(toks[k]) && !d.actorWord(s, k) && toks[k].Lower != "worth" {
			k++
		}
		if k == to+1 {
			break
		}
		for _, t := range toks[to:k] {
			words = append(words, t.Lower)
		}
		to = k
	}
	// The pair has it: "have a trade agreement".
	had := from > 0 && toks[from-1].Lemma == "have" ||
		from > 1 && toks[from-2].Lemma == "have" && (toks[from-1].Tag == "DT" || toks[from-1].Tag == "PRP$")
	made, undone := clauseSays(toks, from, to)
	if undone || !made && !had {
		return "", 0, 0, false
	}
	if year == "" {
		_, year = yearAfter(toks, to-1, 8)
	}
	return dated(words, year), from, to, true
}

// partnershipLevels are the words that name the level of a partnership
// between two countries: "comprehensive strategic partnership".
var partnershipLevels = map[string]bool{
	"strategic": true, "comprehensive": true, "privileged": true, "special": true,
	"enhanced": true, "all-weather": true, "all-round": true,
}

// partnership reads the level of partnership headed by toks[head] that the
// sentence says the pair has, "a special strategic and global partnership
// since 2014": the fact's value, its name and the year it gives, if any,
// and the first token that states it. A partnership without a level ("a trade
// partnership"), or one planned or denied, is none.
func (d *doc) partnership(s *Sentence, head int) (value string, from int, ok bool) {
	words, year, from := d.nameBefore(s, head)
	if !slices.ContainsFunc(words, func(w string) bool { return partnershipLevels[w] }) {
		return "", 0, false
	}
	if _, undone := clauseSays(s.Tokens, from, head+1); undone {
		return "", 0, false
	}
	if year == "" {
		_, year = yearAfter(s.Tokens, head, 8)
	}
	return dated(words, year), from, true
}

// dated is a fact's value: a name and, when known, its year,
// "free trade agreement (2011)".
func dated(words []string, year string) string {
	if year == "" {
		return strings.Join(words, " ")
	}
	return strings.Join(words, " ") + " (" + year + ")"
}

// nameBefore reads the name that ends with toks[head] and the modifiers
// before it, back to its determiner or an actor's name: "the
// Kenyan-Ugandan 2015 water treaty" is "water treaty" of 2015. It returns
// the name's words in lower case, the year among the modifiers, if any,
// and the first token of the phrase.
func (d *doc) nameBefore(s *Sentence, head int) (words []string, year string, from int) {
	toks := s.Tokens
	words = []string{toks[head].Lower}
	from = head
	for j := head - 1; j >= 0 && head-j <= 6; j-- {
		t := toks[j]
		if t.Tag == "CD" && year == "" && isYear(t.Lower) {
			year, from = t.Lower, j
			continue
		}
		if !(strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBN" || t.Lower == "and" && j < head-1) ||
			timeWord(t) || d.actorWord(s, j) {
			break
		}
		words = append([]string{t.Lower}, words...)
		from = j
	}
	return words, year, from
}

// clauseSays reads the clause around the phrase toks[from:to], back to the
// clause's start and a few words after it: whether it says the thing was
// made (signed, ratified, in force, under it) and whether it undoes that
// (a modal, a negation, a negotiation, a plan, a withdrawal).
func clauseSays(toks []text.Token, from, to int) (made, undone bool) {
	start := from
	for start > 0 && toks[start-1].Lower != ";" && toks[start-1].Lower != ":" {
		start--
	}
	for j := start; j < min(len(toks), to+8); j++ {
		if j >= from && j < to {
			continue
		}
		if notYet[toks[j].Lemma] || toks[j].Tag == "MD" {
			return false, true
		}
		made = made || inForce[toks[j].Lemma]
	}
	return made, false
}

// actorWord reports whether token i of s names an actor, or one of the
// parts of a hyphenated word does: "Kenyan-Ugandan".
func (d *doc) actorWord(s *Sentence, i int) bool {
	if d.namesActor(s, span{i, i + 1}) {
		return true
	}
	t := s.Tokens[i]
	if !strings.Contains(t.Lower, "-") {
		return false
	}
	for _, part := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '-' || r == '–' }) {
		lower := strings.ToLower(part)
		p := []text.Token{{Text: part, Lower: lower, Lemma: lower, Tag: t.Tag}}
		if _, ok := d.dict.Actor(p, 0, d.date); ok {
			return true
		}
	}
	return false
}

// nounAt reports whether toks[i] is a noun: tagged so, or, as the tagger
// may take "accord" for a verb, after a word a noun follows ("the Pacific
// Alliance accord") and before none that a verb takes as its object.
func nounAt(toks []text.Token, i int) bool {
	if strings.HasPrefix(toks[i].Tag, "NN") {
		return true
	}
	if i == 0 || !strings.HasPrefix(toks[i].Tag, "VB") {
		return false
	}
	switch p := toks[i-1].Tag; {
	case p == "DT" || p == "JJ" || p == "CD" || strings.HasPrefix(p, "NN"):
	default:
		return false
	}
	return i+1 == len(toks) || !(toks[i+1].Tag == "DT" || strings.HasPrefix(toks[i+1].Tag, "PRP"))
}

// inAgreementName reports whether the tie word toks[i] is part of an
// agreement's name, "partnership agreement", "treaty of friendship", and
// so says nothing of when the ties began.
func inAgreementName(toks []text.Token, i int) bool {
	if i+1 < len(toks) && agreementHeads[toks[i+1].Lemma] {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if agreementHeads[toks[j].Lemma] {
			return true
		}
		if toks[j].Lower != "of" && toks[j].Lower != "and" && toks[j].Tag != "JJ" && !strings.HasPrefix(toks[j].Tag, "NN") {
			return false
		}
	}
	return false
}

// organisations reads the organisations listed from toks[at] ("the SCO,
// the CIS and the OIC"), calling found with each one's code and the end of
// its name, and returns where the list ends (at when none starts there).
func (d *doc) organisations(toks []text.Token, at int, found func(code string, end int)) int {
	end := at
	for j := at; j < len(toks); {
		m, ok := d.dict.Actor(toks, j, d.date)
		if !ok || (m.Entry.Kind != lexicon.IGO && m.Entry.Kind != lexicon.NGO) {
			break
		}
		end = j + m.N
		found(m.Entry.Code, end)
		for j = end; j < len(toks) && (toks[j].Lower == "," || toks[j].Lower == "and" || toks[j].Lower == "the"); j++ {
		}
	}
	return end
}

// factPair returns the two countries a sentence is about: two it names, or
// "both countries", "the two countries" for the article's pair.
func (d *doc) factPair(s *Sentence) (string, string) {
	toks := s.Tokens
	var names []string
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			if _, ok := d.pairPhrase(toks, span{i, i + 2}); ok {
				p := d.pairOf(s, span{i, i + 2})
				return p[0], p[1]
			}
			if i+2 < len(toks) {
				if _, ok := d.pairPhrase(toks, span{i, i + 3}); ok {
					p := d.pairOf(s, span{i, i + 3})
					return p[0], p[1]
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
		if isYear(w) && toks[j].Tag == "CD" {
			return j, w
		}
	}
	return 0, ""
}

// timeWord reports whether a token says when: "Monday", "May", "week".
func timeWord(t text.Token) bool {
	return when.Named(t.Lower) || timeWords[t.Lemma]
}

// isYear reports whether w is a year: four digits, 1800 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "18") || strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

type area struct {
	value string
	end   int
}

// areasAfter reads the fields listed after a cooperation word: "in various
// fields such as trade, education, and tourism", "in energy and mining".
// areasBefore returns the indices of the fields named in the modifiers
// right before the noun at i: "historic, cultural and religious ties".
func areasBefore(toks []text.Token, i int) []int {
	var out []int
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := toks[j]
		if _, ok := areaWords[t.Lower]; ok {
			out = append(out, j)
			continue
		}
		if t.Tag != "JJ" && t.Tag != "," && t.Lower != "and" && t.Tag != "RB" && t.Tag != "NN" {
			break
		}
	}
	return out
}

func areasAfter(toks []text.Token, i int) []area {
	for i < len(toks) && toks[i].Tag == "RB" {
		i++ // "cooperated closely in"
	}
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
