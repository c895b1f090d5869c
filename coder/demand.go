package coder

import (
	"slices"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
)

// Reported demands and appeals: "Russia said Sudan must return the
// helicopter", "Washington demanded that Hamas renounce violence", "the
// envoy urged that both sides resume talks". What the clause says has not
// happened; the demand has, and it is the event: from the speaker to the
// clause's subject, coded 10 (demand) or 02 (appeal) with the subcode of
// what is asked for, as the CAMEO codebook files "demand the release of"
// under 1053 and "appeal for talks" under 026.

// sayVerbs report what someone said; a reported clause with "must" is a
// demand of its subject.
var sayVerbs = map[string]bool{
	"say": true, "announce": true, "declare": true, "insist": true, "state": true,
	"conclude": true, "add": true, "stress": true, "reiterate": true, "argue": true,
	"write": true, "emphasize": true, "emphasise": true, "maintain": true, "assert": true,
	"demand": true, "tell": true, "agree": true, "warn": true, "vow": true,
}

// askVerbs take a clause in the subjunctive ("demanded that Hamas
// renounce"): the clause is what they ask of its subject, a demand (10) or
// an appeal (02).
var askVerbs = map[string]string{
	"demand": "10", "insist": "10", "require": "10",
	"urge": "02", "ask": "02", "request": "02", "recommend": "02", "propose": "02", "suggest": "02",
}

// demandCodes and appealCodes map what is asked for (the code of the act)
// to the code of demanding it (root 10) and of appealing for it (root 02);
// other acts give 100 and 020.
var (
	demandCodes = map[string]string{
		"04": "108", "046": "108",
		"05":  "102",
		"061": "1011", "062": "1012", "063": "1013", "064": "1014",
		"07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
		"081": "1051", "082": "1052", "083": "104", "0831": "1041", "0832": "1042", "0833": "1043", "0834": "1044",
		"084": "1053", "085": "1054", "086": "1055", "087": "1056", "0871": "107", "0874": "106",
		"09": "101",
	}
	appealCodes = map[string]string{
		"04": "026", "046": "026",
		"05": "022",
		"06": "021", "061": "0211", "062": "0212", "063": "0213", "064": "0214",
		"07": "023", "071": "0231", "072": "0232", "073": "0233", "074": "0234",
		"08": "025", "081": "0251", "082": "0252", "083": "024", "0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244",
		"084": "0253", "085": "0254", "086": "0255", "087": "0256",
	}
)

// askedCode returns the code of demanding (root "10") or appealing for
// (root "02") the act code; a negated act ("must not interfere") is asked
// for in general.
func askedCode(root, act string, negated bool) string {
	table, general := demandCodes, "100"
	if root == "02" {
		table, general = appealCodes, "020"
	}
	if negated {
		return general
	}
	for n := len(act); n >= 2; n-- {
		if c, ok := table[act[:n]]; ok {
			return c
		}
	}
	return general
}

// askRules stand for the words of a reported demand or appeal whose clause
// no pattern codes ("must ensure security"): the event's evidence names the
// rule.
var askRules = map[string]*lexicon.Pattern{
	"10": {Code: "100", Anchor: "must", Text: "SAY that + MUST *; DEMAND that + *", Src: "coder/demand.go"},
	"02": {Code: "020", Anchor: "urge", Text: "URGE that + *", Src: "coder/demand.go"},
	"13": {Code: "130", Anchor: "pay", Text: "SAY that + WILL PAY (a price, for it, dearly) | WILL BE MET WITH | WILL FACE (punishment, consequences)", Src: "coder/demand.go"},
}

// willPay returns the token of the modal of a verb group that says its
// subject will pay for what it did ("would pay for it", "will pay a heavy
// price", "will pay dearly") or be met with something ("any Israeli
// response would be met with crushing attacks") or face a reprisal ("would
// face severe punishment"), a threat when someone
// else says it; or -1.
func willPay(s *Sentence, c phrase.Chunk) int {
	toks := s.Tokens
	if lemma := toks[c.Head].Lemma; lemma != "pay" && lemma != "meet" && lemma != "face" || c.End >= len(toks) {
		return -1
	}
	modal := -1
	for i := c.Start; i < c.Head; i++ {
		switch toks[i].Lower {
		case "will", "would", "'ll", "shall":
			modal = i
		}
	}
	if modal < 0 {
		return -1
	}
	if toks[c.Head].Lemma == "face" {
		// "would face severe punishment", "will face consequences".
		for i := c.End; i < len(toks) && i <= c.End+3; i++ {
			if reprisals[toks[i].Lemma] && strings.HasPrefix(toks[i].Tag, "NN") {
				return modal
			}
		}
		return -1
	}
	if toks[c.Head].Lemma == "meet" {
		if toks[c.Head].Tag != "VBN" || toks[c.Head-1].Lemma != "be" || toks[c.End].Lower != "with" {
			return -1
		}
		for i := c.End + 1; i < len(toks) && i <= c.End+4; i++ {
			if reprisals[toks[i].Lemma] {
				return modal
			}
		}
		return -1
	}
	switch next := toks[c.End].Lower; {
	case next == "for" || next == "dearly":
		return modal
	case next == "a" || next == "the":
		for i := c.End + 1; i < len(toks) && i <= c.End+3; i++ {
			if toks[i].Lemma == "price" {
				return modal
			}
		}
	}
	return -1
}

// reprisals are what an act "will be met with" when saying so threatens:
// "would be met with crushing attacks", not "with interest".
var reprisals = map[string]bool{
	"attack": true, "response": true, "force": true, "retaliation": true, "strike": true, "reprisal": true,
	"counterattack": true, "resistance": true, "punishment": true, "consequence": true, "fire": true,
}

// asked is a reported demand or appeal found for a clause.
type asked struct {
	root    string // "10" or "02"
	speaker span   // who demands
	words   []int  // the speech verb and the modal
}

// askedOf finds who demands, or appeals for, what the verb group at vi
// says: the subject of a speech verb whose reported clause has "must", or
// of a verb of asking followed by the clause. The clause must have a
// subject of its own and be active ("Sudan must return"; "X must be
// punished" does not say of whom the punishing is asked), but for the
// threat that it "will be met with" something.
func (d *doc) askedOf(cl *clause, vi int, v verbInfo) (asked, bool) {
	s := cl.s
	subj := cl.subj[vi]
	c := s.Chunks[vi]
	if d.c.opts.Literal || v.passive && s.Tokens[c.Head].Lemma != "meet" || subj.empty() {
		return asked{}, false
	}
	must := -1
	for i := c.Start; i < c.Head; i++ {
		if s.Tokens[i].Lower == "must" {
			must = i
		}
	}
	// The governing verb: before the subject, past "that", dates and
	// adverbs ("said on Tuesday that"), or after the clause (", the
	// ministry said").
	sv := d.speechVerb(cl, cl.chunkOf[subj.start]-1)
	var speaker span
	if sv >= 0 {
		speaker = cl.subj[sv]
	} else if must >= 0 {
		sv, speaker = d.trailingSpeech(cl, vi)
	}
	if sv < 0 {
		return asked{}, false
	}
	head := s.Chunks[sv].Head
	lemma := s.Tokens[head].Lemma
	a := asked{speaker: speaker, words: []int{head}}
	pay := willPay(s, c)
	switch {
	case must >= 0 && sayVerbs[lemma]:
		a.root = "10"
		a.words = append(a.words, must)
	case must < 0 && sayVerbs[lemma] && pay >= 0:
		// "Netanyahu said Iran had made a big mistake and would pay
		// for it": a threat to the clause's subject.
		a.root = "13"
		a.words = append(a.words, pay)
	case must < 0 && askVerbs[lemma] != "" && c.Start == c.Head && (s.Tokens[c.Head].Tag == "VB" || s.Tokens[c.Head].Tag == "VBP"):
		// The subjunctive: a bare verb, no modal ("demanded that Hamas
		// renounce"; taggers call it present tense, VBP).
		a.root = askVerbs[lemma]
	default:
		return asked{}, false
	}
	if a.speaker.empty() || d.mode(cl, sv) != dyad.ModeAsserted {
		return asked{}, false
	}
	return a, true
}

// speechVerb returns the verb group that governs a clause whose subject
// ends at chunk j+1: skipping back over "that", adverbs and time phrases, a
// verb of speech or asking, or -1.
func (d *doc) speechVerb(cl *clause, j int) int {
	if g := governing(cl, j); g >= 0 {
		if l := cl.s.Tokens[cl.s.Chunks[g].Head].Lemma; sayVerbs[l] || askVerbs[l] != "" {
			return g
		}
	}
	return -1
}

// tellVerbs say something to someone, whom the noun phrase right after
// them names: "told reporters (that)", "assured Kyiv that".
var tellVerbs = map[string]bool{"tell": true, "inform": true, "assure": true, "remind": true, "brief": true}

// governing returns the verb group that governs a clause whose subject
// ends at chunk j+1, skipping back over "that", adverbs and time phrases,
// or -1.
func governing(cl *clause, j int) int {
	s := cl.s
	for ; j >= 0; j-- {
		c := s.Chunks[j]
		switch {
		case (c.Kind == phrase.SBAR || c.Kind == phrase.PP) && s.Tokens[c.Start].Lower == "that":
		case c.Kind == phrase.ADVP:
		case c.Kind == phrase.NP && cl.inDate(c.Start, c.End):
		case c.Kind == phrase.PP && j+1 < len(s.Chunks) && s.Chunks[j+1].Kind == phrase.NP && cl.inDate(s.Chunks[j+1].Start, s.Chunks[j+1].End):
		case c.Kind == phrase.NP && j >= 1 && s.Chunks[j-1].Kind == phrase.VP && tellVerbs[s.Tokens[s.Chunks[j-1].Head].Lemma]:
			// "told reporters (that)": whom the words were for.
		case c.Kind == phrase.NP && j >= 1 && cl.mediumAt(s.Chunks[j-1].Start) == c.End:
			j-- // "warned on social media that": by what means
		case c.Kind == phrase.VP:
			return j
		case c.Kind == phrase.O && coordinator(s.Tokens[c.Start].Lower) && j+1 < len(s.Chunks) && s.Tokens[s.Chunks[j+1].Start].Lower == "that":
			// "said the meeting was a success and that he would visit
			// China": a second clause of the same verb of speech.
			for k := j - 1; k >= 0 && s.Chunks[k].Kind != phrase.SBAR; k-- {
				if s.Chunks[k].Kind == phrase.VP && sayVerbs[s.Tokens[s.Chunks[k].Head].Lemma] {
					return k
				}
			}
			return -1
		default:
			return -1
		}
	}
	return -1
}

// trailingSpeech finds ", X said" or ", said X" ending the sentence after
// the clause of the verb group at vi: the speech verb and its subject, or
// -1.
func (d *doc) trailingSpeech(cl *clause, vi int) (int, span) {
	s := cl.s
	ch := s.Chunks
	for j := vi + 1; j < len(ch); j++ {
		if ch[j].Kind == phrase.VP || ch[j].Kind == phrase.SBAR {
			return -1, span{}
		}
		if ch[j].Kind != phrase.O || s.Tokens[ch[j].Start].Lower != "," {
			continue
		}
		k := j + 1
		var sv int
		var speaker span
		switch {
		case k+1 < len(ch) && ch[k].Kind == phrase.NP && ch[k+1].Kind == phrase.VP:
			sv, speaker, k = k+1, d.leftGroup(cl, k), k+2
		case k+1 < len(ch) && ch[k].Kind == phrase.VP && ch[k+1].Kind == phrase.NP:
			sv = k
			speaker, k = d.group(s, k+1, subjectPreps)
		default:
			return -1, span{}
		}
		if !sayVerbs[s.Tokens[ch[sv].Head].Lemma] {
			return -1, span{}
		}
		// Then only dates and the full stop.
		for ; k < len(ch); k++ {
			c := ch[k]
			if !(c.Kind == phrase.NP && cl.inDate(c.Start, c.End) || c.Kind == phrase.PP || c.Kind == phrase.O && cl.boundaryWord(c.Start)) {
				return -1, span{}
			}
		}
		return sv, speaker
	}
	return -1, span{}
}

// askedEvents codes the demand or appeal a found for the clause of the verb
// group at vi: from the speaker to the clause's subject, with the subcode
// of the act the first matching pattern names, else the general code. The
// demand happened, so it is asserted, and it is dated by the speech verb.
func (d *doc) askedEvents(cl *clause, vi int, v verbInfo, a asked) []*event {
	s := cl.s
	// The act is the verb's, or that of the event noun a light verb
	// governs ("resume talks").
	acts := []int{v.head}
	switch {
	case a.root == "13":
		acts = nil // the paying is no act of a pattern
	case lightVerbs[v.lemma] && vi+1 < len(s.Chunks) && s.Chunks[vi+1].Kind == phrase.NP:
		acts = append(acts, s.Chunks[vi+1].Head)
	}
	for k, head := range acts {
		for _, p := range d.patterns(&s.Tokens[head], k > 0) {
			m, ok := d.match(cl, p, head, head+1, false)
			if !ok {
				continue
			}
			code := askedCode(a.root, p.Code, v.mode == dyad.ModeNegated)
			words := append([]int(nil), a.words...)
			if k > 0 {
				words = append(words, v.head) // the light verb
			}
			words = append(words, m.words...)
			if evs := d.eventsCoded(cl, p, code, a.speaker, cl.subj[vi], words, dyad.ModeAsserted); len(evs) > 0 {
				return evs
			}
		}
	}
	rule := askRules[a.root]
	return d.eventsCoded(cl, rule, rule.Code, a.speaker, cl.subj[vi], append(a.words, v.head), dyad.ModeAsserted)
}

// askedOnce drops the general demands and appeals of askRules that another
// event of the sentence codes already, from a pattern of the asking verb
// itself ("demanded that Hamas renounce its armed struggle"), and the mere
// statement of a speech verb whose clause a threat was coded from
// ("warned that Iran would pay a heavy price" is the threat, not also 012).
func askedOnce(evs []*event) []*event {
	general := func(e *event) bool { return len(e.code) >= 2 && e.pattern == askRules[e.code[:2]] }
	var out []*event
next:
	for _, e := range evs {
		for _, f := range evs {
			same := f != e && f.source.Code == e.source.Code && f.target.Code == e.target.Code
			if same && general(e) && !general(f) && f.code[:2] == e.code[:2] {
				continue next
			}
			if same && strings.HasPrefix(e.code, "01") && f.pattern == askRules["13"] && len(f.words) > 0 && slices.Contains(e.words, f.words[0]) {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}
