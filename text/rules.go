package text

import "strings"

// Contextual rules, applied left to right: the tags to the left are
// settled, the tags to the right are still the lexicon's first choice.

// disambiguate picks, for each token that can take several tags, the one
// its neighbours call for.
func disambiguate(toks []Token, st []state) {
	seenFinite := false // a finite verb earlier in this clause
	lastVerb := tNone
	lastAux, lastPassive := false, false
	for i := range st {
		s := &st[i]
		c := context{toks: toks, st: st, i: i, seenFinite: seenFinite, lastVerb: lastVerb, lastAux: lastAux, lastPassive: lastPassive}
		if c.floating() {
			// "have each accused the other": the quantifier floated
			// before the verb is an adverb.
			s.tag = tRB
		} else if !s.fixed {
			switch {
			case c.reciprocal():
				s.tag = tNN // "accused each other", "one another"
			case s.closed:
				c.closedWord(s)
			default:
				c.openWord(s)
			}
		}
		switch {
		case bit(s.tag)&finite != 0:
			seenFinite = true
		case s.tag == tWDT || s.tag == tWP || s.tag == tColon || toks[i].Lower == "that" || s.tag == tCC:
			seenFinite = false
		}
		// A participle before its noun modifies it and is no verb of the
		// clause's: after "the release of jailed former President Pedro
		// Castillo, and", "clashed" is the clause's past.
		// So is one after a determiner or a preposition before a word
		// that may be a noun: "laid a wreath at the memorial to fallen
		// soldiers and met", where "soldiers" may be a verb too.
		modifier := s.tag == tVBN && i+1 < len(st) && st[i+1].can&(nouns|adjs) != 0 &&
			(st[i+1].can&verbs == 0 || i > 0 && bit(st[i-1].tag)&(bit(tDT)|bit(tTO)|bit(tIN)|bit(tPRPS)) != 0)
		if bit(s.tag)&verbs != 0 && !modifier {
			lastPassive = s.tag == tVBN && lastAux && c.prev(true) >= 0 && isBe(toks[c.prev(true)].Lower)
			lastVerb = s.tag
			lastAux = isBe(toks[i].Lower) || isHave(toks[i].Lower)
		}
	}
}

// floating reports whether token i is "each" or "both" right before a
// verb that is no noun: "Moscow and Kyiv have each accused".
func (c *context) floating() bool {
	w := c.toks[c.i].Lower
	if (w != "each" && w != "both") || c.i == 0 {
		return false
	}
	// After the subject or an auxiliary, a word that may be a finite
	// verb or a participle is one ("each accused", not "the accused").
	p, pw := c.tagAt(c.i-1), c.lowerAt(c.i-1)
	return c.canAt(c.i+1)&(bit(tVBN)|bit(tVBD)|bit(tVBZ)|bit(tVBP)) != 0 &&
		(p == tNNP || p == tNNPS || p == tNNS || isHave(pw) || isBe(pw))
}

// reciprocal reports whether token i ends "each other", "one another" or
// "the other" standing alone ("have each accused the other of"): the
// pronoun, a noun for the chunker.
func (c *context) reciprocal() bool {
	w, p := c.toks[c.i].Lower, c.lowerAt(c.i-1)
	switch {
	case w == "other" && p == "each", w == "another" && p == "one":
		return true
	case w == "other" && p == "the":
		return c.canAt(c.i+1)&(nouns|adjs|bit(tCD)) == 0
	}
	return false
}

// context describes the neighbourhood of token i.
type context struct {
	toks       []Token
	st         []state
	i          int
	seenFinite bool
	lastVerb   uint8
	lastAux    bool // the last verb was a form of "be" or "have"
	// lastPassive: the last verb was a participle right after a form of
	// "be" ("had been shot down").
	lastPassive bool
}

// prev returns the index of the previous token, skipping adverbs if
// skipAdv, or -1.
func (c *context) prev(skipAdv bool) int {
	j := c.i - 1
	for skipAdv && j >= 0 && bit(c.st[j].tag)&advs != 0 {
		j--
	}
	return j
}

// objectBefore reports whether the noun phrase before the current word is
// the object of the verb right before it, one that says or thinks nothing,
// or of a preposition: "will release 18 Cambodian soldiers", "components
// for drones", not "said militants" or "after militants".
func (c *context) objectBefore() bool {
	j := c.i - 1
	for j >= 0 && bit(c.st[j].tag)&(nouns|adjs|bit(tDT)|bit(tCD)|bit(tPRPS)) != 0 {
		j--
	}
	if j < 0 || j == c.i-1 {
		return false
	}
	t := c.st[j].tag
	if t == tIN {
		return objectPreps[c.toks[j].Lower]
	}
	return (bit(t)&finite != 0 || t == tVB) && !sayingWords[c.toks[j].Lower]
}

// helpForms are the forms of "help", which takes a bare infinitive.
var helpForms = map[string]bool{"help": true, "helps": true, "helped": true, "helping": true}

// objectPreps are the prepositions whose noun phrase no verb after it can
// have for subject: a past form after it is a participle ("components for
// drones used in Ukraine"). Not those that may open a clause ("after
// militants attacked in the north").
var objectPreps = map[string]bool{
	"for": true, "of": true, "with": true, "against": true, "from": true, "on": true, "at": true,
	"into": true, "onto": true, "toward": true, "towards": true, "among": true, "between": true,
}

// sayingWords are the finite forms of the verbs of saying and thinking
// that take a clause without "that".
var sayingWords = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "believe": true, "believes": true,
	"believed": true, "think": true, "thinks": true, "thought": true, "reported": true, "claimed": true,
	"claims": true, "warned": true, "warns": true, "announced": true, "added": true, "noted": true,
	"insisted": true, "stressed": true, "argued": true, "feared": true, "fear": true, "expects": true,
	"expected": true, "hoped": true, "confirmed": true, "denied": true, "alleged": true,
}

// complementBefore reports whether the word before the conjunction before
// the current one is a participle after an adverb and a noun: "called the
// verdict politically motivated and".
func (c *context) complementBefore() bool {
	v := c.i - 2
	if v < 2 || c.st[v].tag != tVBN || bit(c.st[v-1].tag)&advs == 0 {
		return false
	}
	j := v - 1
	for j >= 0 && bit(c.st[j].tag)&advs != 0 {
		j--
	}
	return bit(c.tagAt(j))&nouns != 0
}

func (c *context) tagAt(j int) uint8 {
	if j < 0 || j >= len(c.st) {
		return tNone
	}
	return c.st[j].tag
}

func (c *context) lowerAt(j int) string {
	if j < 0 || j >= len(c.toks) {
		return ""
	}
	return c.toks[j].Lower
}

// canAt returns the tags token j may take (none outside the sentence).
func (c *context) canAt(j int) tagSet {
	if j < 0 || j >= len(c.st) {
		return 0
	}
	if c.st[j].fixed || c.st[j].can == 0 {
		return bit(c.st[j].tag)
	}
	return c.st[j].can
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m", "am",
		"get", "gets", "got", "gotten", "getting", "become", "became", "becomes", "remain", "remained", "remains":
		return true
	}
	return false
}

func isHave(w string) bool {
	switch w {
	case "have", "has", "had", "'ve", "having", "'d":
		return true
	}
	return false
}

func isDo(w string) bool { return w == "do" || w == "does" || w == "did" }

func (c *context) closedWord(s *state) {
	w := c.toks[c.i].Lower
	p := c.prev(false)
	pt := c.tagAt(p)
	n := c.i + 1
	nt, ncan := c.tagAt(n), c.canAt(n)
	switch w {
	case "once":
		// "has once again rejected", "was once a colony": the adverb,
		// not the conjunction.
		if c.lowerAt(n) == "again" || bit(pt)&verbs != 0 {
			s.tag = tRB
		}
	case "that":
		switch {
		case bit(pt)&verbs != 0 || c.lowerAt(p) == "so" || c.lowerAt(p) == "now" || c.lowerAt(p) == "such":
			s.tag = tIN
		case bit(pt)&nouns != 0:
			if ncan&(verbs|bit(tMD)|advs) != 0 && ncan&nouns == 0 || nt == tMD || bit(nt)&verbs != 0 {
				s.tag = tWDT
			}
		case bit(nt)&(nouns|adjs) != 0 || nt == tCD:
			s.tag = tDT
		case nt == tNone || bit(nt)&(verbs|punct) != 0 || nt == tMD:
			s.tag = tDT
		}
	case "her":
		if ncan&(nouns|adjs) != 0 && bit(nt)&(punct|bit(tIN)|bit(tTO)|bit(tDT)) == 0 {
			s.tag = tPRPS
		} else {
			s.tag = tPRP
		}
	case "'s":
		switch c.lowerAt(p) {
		case "it", "he", "she", "that", "there", "what", "who", "here", "where", "how", "this", "let":
			s.tag = tVBZ
			if c.lowerAt(p) == "let" {
				s.tag = tPRP
			}
		default:
			// "Niger's ruling junta", "China's growing influence": a
			// possessive before a participle that modifies a noun.
			// So before a title: "Iran's acting Foreign Minister".
			modifier := nt == tVBG && c.canAt(n+1)&(bit(tNN)|bit(tNNS)|bit(tNNP)|bit(tNNPS)) != 0 && c.canAt(n+1)&(bit(tDT)|bit(tPRP)|bit(tIN)) == 0
			if nt == tVBG && !modifier || ncan == bit(tVBN) || c.lowerAt(n) == "not" || c.lowerAt(n) == "n't" {
				s.tag = tVBZ
			}
		}
	case "'d":
		if ncan&bit(tVBN) != 0 && ncan&bit(tVB) == 0 {
			s.tag = tVBD
		}
	case "there":
		if nw := c.lowerAt(n); isBe(nw) || isHave(nw) || nt == tMD || len(nw) > 4 && (nw[:4] == "seem" || nw[:4] == "appe") {
			s.tag = tEX
		} else {
			s.tag = tRB
		}
	case "out", "up", "down", "off", "over", "back", "away", "about", "around":
		pv := bit(pt)&verbs != 0
		switch {
		case w == "back" && pt == tTO && ncan&nominal != 0:
			s.tag = tVB // "voted to back Morocco's plan"
		case pv && (w == "over" || w == "about" || w == "around") && ncan&nominal != 0:
		case pv && w == "out" && c.lowerAt(n) == "of":
			s.tag = tIN
		case pv && s.can.has(tRP):
			s.tag = tRP
		case (nt == tCD || nt == tDollar) && w != "over" && w != "out" && w != "off":
			s.tag = tRB
		}
	case "more", "less":
		if ncan&(adjs|advs) != 0 && ncan&nouns == 0 {
			s.tag = tRBR
		}
	case "most", "least":
		if ncan&(adjs|advs) != 0 && ncan&nouns == 0 {
			s.tag = tRBS
		}
	case "all", "both", "such", "quite", "half":
		if nt == tDT || nt == tPRPS {
			s.tag = tPDT
		}
	case "much":
		if ncan&(adjs|advs) != 0 && ncan&nouns == 0 || nt == tJJR || nt == tRBR {
			s.tag = tRB
		}
	case "have", "do", "like":
		pa := c.prev(true)
		pat := c.tagAt(pa)
		switch {
		case pat == tTO || pat == tMD || isDo(c.lowerAt(pa)):
			s.tag = tVB
		case w == "like" && (pat == tPRP || pat == tNNS || pat == tNNPS || pat == tWDT || pat == tWP):
			s.tag = tVBP
		}
	case "had":
		if isHave(c.lowerAt(c.prev(true))) {
			s.tag = tVBN
		}
	case "before", "after", "since":
		// "Relations have since improved": the adverb between an
		// auxiliary and its participle, too.
		if nt == tNone || bit(nt)&punct != 0 || w == "since" && isHave(c.lowerAt(p)) && ncan&bit(tVBN) != 0 {
			s.tag = tRB
		}
	}
}

func (c *context) openWord(s *state) {
	pa := c.prev(true)
	pat := c.tagAt(pa)
	paw := c.lowerAt(pa)
	p := c.prev(false)
	pt := c.tagAt(p)
	n := c.i + 1
	nt, ncan := c.tagAt(n), c.canAt(n)
	nw := c.lowerAt(n)
	can := s.can

	// Verb after "to", a modal or "do": base form; so after "help" before
	// its object ("helped broker the agreement").
	if can.has(tVB) && (pat == tTO || pat == tMD || isDo(paw) && pat != tNone ||
		helpForms[paw] && bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tNNP)|bit(tPRP)|bit(tCD)) != 0) {
		s.tag = tVB
		return
	}
	// "a memorandum of understanding": a document's name, no gerund.
	if c.lowerAt(c.i) == "understanding" && paw == "of" && pa == c.i-1 && pa > 0 && strings.HasPrefix(c.lowerAt(pa-1), "memorand") {
		s.tag = tNN
		return
	}
	// "Trump, on his first trip to Asia, was welcomed": a sentence opens
	// with a name set off by a comma far more often than with a command.
	if c.i == 0 && s.tag == tVB && nw == "," && c.st[c.i].cap {
		s.tag = tNNP
		return
	}
	// "has long accused", "was long seen": an adverb between an auxiliary
	// and its participle.
	if can.has(tRB) && (isHave(c.lowerAt(p)) || isBe(c.lowerAt(p))) && ncan.has(tVBN) && c.lowerAt(c.i) == "long" {
		s.tag = tRB
		return
	}
	// "the Myanmar military and the rebels": a word that may be a noun,
	// after a determiner and a name and before no noun, is the noun the
	// name modifies.
	if s.tag == tJJ && can.has(tNN) && pt == tNNP && p > 0 && c.tagAt(p-1) == tDT && ncan&(nouns|adjs) == 0 {
		s.tag = tNN
		return
	}
	// "used water cannon and tear gas": the first word of a noun compound
	// that is more often a verb.
	if can.has(tNN) && nounCompounds[c.lowerAt(c.i)] == nw && nw != "" {
		s.tag = tNN
		return
	}
	// No base form after "be": "is open to talks" is an adjective.
	if s.tag == tVB && can.has(tJJ) && isBe(paw) && pat != tTO {
		s.tag = tJJ
		return
	}
	// A possessive's noun: "Sweden's bid", "Iran's reserves", past a
	// name that modifies it ("Sweden's NATO bid").
	possessed := pt == tPOS || pt == tNNP && p >= 1 && c.tagAt(p-1) == tPOS
	if possessed && bit(s.tag)&nouns == 0 && bit(nt)&nouns == 0 {
		switch {
		case can.has(tNNS) && strings.HasSuffix(c.toks[c.i].Lower, "s"):
			s.tag = tNNS
			return
		case can.has(tNN):
			s.tag = tNN
			return
		}
	}
	switch {
	case can.has(tVBD) || can.has(tVBN):
		if s.tag == tJJ && bit(nt)&nouns != 0 {
			break
		}
		if can.has(tJJ) && pt == tIN && ncan&(nouns|adjs) != 0 && ncan&verbs == 0 {
			// "strikes on suspected militant hideouts": after a
			// preposition, before its noun, an adjective.
			s.tag = tJJ
			return
		}
		if can.has(tVBN) && pt == tVBD && !isHave(paw) && !isBe(paw) && c.seenFinite && ncan&(bit(tCD)|nouns) != 0 && ncan&verbs == 0 {
			// "paused planned 25 percent tariffs", "launched targeted
			// strikes": a participle right after a finite verb that is
			// no auxiliary, before a number or a noun, modifies it.
			s.tag = tJJ
			return
		}
		if can.has(tVBN) && bit(pat)&(bit(tDT)|bit(tPRPS)) != 0 && pa < c.i-1 && bit(nt)&nouns != 0 {
			// "the newly appointed ambassador": a participle between
			// a determiner and its noun, past an adverb, modifies it.
			s.tag = tJJ
			return
		}
		if bit(s.tag)&(bit(tVBD)|bit(tVBN)|bit(tJJ)) == 0 {
			// A word more often a noun or base verb ("cost", "set"):
			// past only where the context calls for a verb.
			switch {
			case isHave(paw) || isBe(paw):
				s.tag = tVBN
				return
			case bit(pt)&(nouns|bit(tPRP)) != 0 && !c.seenFinite && bit(nt)&(bit(tDT)|bit(tCD)|bit(tDollar)|bit(tPRPS)) != 0:
				s.tag = tVBD
				return
			}
			break
		}
		s.tag = c.past(s, paw, pt, nw)
		return
	case can.has(tNNS) && can.has(tVBZ):
		switch {
		case bit(pt)&(nounStart|verbs|bit(tIN)|bit(tTO)|bit(tRP)) != 0: // "carried out strikes"
			s.tag = tNNS
		case pt == tPRP || pt == tWDT || pt == tWP:
			s.tag = tVBZ
		case pt == tNone && ncan&(bit(tVBD)|bit(tVBN)) != 0 && ncan&nouns == 0:
			s.tag = tNNS // "Talks failed"
		case pt == tNN && nt == tIN && c.verbAhead():
			// "Iranian missile and drone strikes on Pakistani
			// territory killed": a noun's modifier before, the clause's
			// verb to come.
			s.tag = tNNS
		case (pt == tNone || pt == tCC || paw == ",") && nt == tIN && c.verbAhead():
			// "but talks in Jeddah collapsed", "Strikes in Rafah
			// killed": the subject of the verb to come, opening a
			// clause.
			s.tag = tNNS
		case bit(pt)&nouns != 0 && !c.seenFinite && nt == tRB && c.canAt(c.i+2)&bit(tVBD) != 0 && c.canAt(c.i+2)&nouns == 0:
			// "Venezuelan security forces briefly detained": an adverb
			// and a verb in the past after the noun it heads.
			s.tag = tNNS
		case bit(pt)&nouns != 0 && !c.seenFinite && !s.guess &&
			(bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tPRP)|bit(tTO)|bit(tCD)|bit(tNNP)|bit(tRB)|bit(tVBN)|bit(tVBG)|bit(tIN)) != 0 || nw == "that") &&
			!(pt == tNNP && s.nScore > s.vScore && c.verbAhead()):
			// "Ivory Coast rebels on Friday rejected": a plural noun when a
			// verb follows and the word is more often a noun.
			s.tag = tVBZ
		case bit(pt)&nouns != 0:
			s.tag = tNNS
		}
		return
	case s.tag == tVBG && (pt == tDT || pt == tPRPS || pt == tPOS) && adjectiveIng[c.lowerAt(c.i)] && nt == tJJ:
		s.tag = tJJ // "the remaining economic sanctions"
		return
	case s.tag == tVBG && (pt == tDT || pt == tPRPS || pt == tPOS) && bit(nt)&nouns == 0:
		s.tag = tNN // "the reopening of", "its handling"
		return
	case s.tag == tVBG && pt == tPOS && bit(nt)&(bit(tNN)|bit(tNNS)) != 0:
		s.tag = tJJ // "Niger's ruling junta"
		return
	case s.tag == tVBG && (pt == tTO || pt == tIN) && nt == tNNP && adjectival[c.lowerAt(c.i)]:
		s.tag = tJJ // "a visit to neighbouring Togo"
		return
	case s.tag == tVBG && bit(pt)&verbs != 0 && bit(nt)&(bit(tNN)|bit(tNNS)|bit(tJJ)) != 0 && adjectiveIng[c.lowerAt(c.i)]:
		s.tag = tJJ // "lift remaining sanctions", "ease existing curbs"
		return
	case s.tag == tVBG && s.can.has(tNN) && pt == tNNP && c.i >= 2 && (bit(c.tagAt(c.i-2))&(bit(tVBD)|bit(tVBZ)|bit(tVBP)) != 0 ||
		c.i >= 3 && bit(c.tagAt(c.i-2))&(bit(tNNP)|bit(tJJ)) != 0 && bit(c.tagAt(c.i-3))&(bit(tVBD)|bit(tVBZ)|bit(tVBP)) != 0) &&
		(nt == tNone || bit(nt)&punct != 0):
		s.tag = tNN // "received EU funding", "received European Union funding"
		return
	case s.tag == tVBG && c.lowerAt(c.i) == "visiting" && nt == tJJ && c.i+1 < len(c.st) && c.st[c.i+1].cap:
		s.tag = tJJ // "told visiting Iranian Foreign Minister Abbas Araghchi", not "after visiting Moscow"
		return
	case s.tag == tVBG && c.lowerAt(c.i) == "acting" && (nt == tJJ || nt == tNNP) && c.i+1 < len(c.st) && c.st[c.i+1].cap:
		s.tag = tJJ // "hosted acting Thai Prime Minister Phumtham Wechayachai", "met acting President Han"
		return
	case can.has(tVBG) && (pt == tNN || pt == tNNS) && issuedTexts[c.lowerAt(p)] && sayingIng[c.lowerAt(c.i)]:
		s.tag = tVBG // "a statement calling on", "a resolution urging"
		return
	case s.tag == tVBG && can.has(tNN) && (pt == tNNP || pt == tNN) && bit(c.tagAt(c.i-2))&(bit(tDT)|bit(tPRPS)|bit(tPOS)) != 0 && bit(nt)&nouns == 0:
		s.tag = tNN // "the Rafah crossing", "the Geneva meeting", "an apartment building"
		return
	case can.has(tVBG) && can.has(tNN):
		switch {
		case pt == tIN && c.lowerAt(p) == "by" && ncan&(bit(tIN)|bit(tDT)|bit(tPRPS)|nouns) != 0 && !s.guess:
			s.tag = tVBG // "responded by firing at", "by signing the deal"
		case bit(pt)&(bit(tDT)|bit(tPRPS)|bit(tPOS)|bit(tJJ)|bit(tJJR)) != 0 && bit(nt)&nouns == 0:
			s.tag = tNN
		case pt == tIN && !s.guess && (nt == tNone || bit(nt)&(punct|bit(tIN)) != 0):
			s.tag = tNN // "days of fighting."
		case pt == tNone && nt == tIN && (c.verbAhead() || c.finiteBeforeComma()):
			s.tag = tNN // "Shelling in Donetsk killed"; "Fighting between the army and the RSF spread"
		}
		return
	}
	if can.has(tVB) {
		switch {
		case can.has(tNN) && pt == tComma && p == c.i-1 && c.i >= 2 && bit(c.tagAt(c.i-2))&(bit(tNN)|bit(tNNS)) != 0 &&
			(nw == "and" || nw == "or" || nw == ","):
			// "cooperation in trade, transport and logistics": a noun
			// of a list.
			s.tag = tNN
			return
		case can.has(tJJ) && bit(pt)&(bit(tVB)|bit(tVBG)|bit(tVBD)|bit(tVBZ)|bit(tVBP)) != 0 && p == c.i-1 && ncan&nouns != 0 && bit(nt)&(nouns|verbs) != 0 && !bareInfinitive(c.lowerAt(p)):
			// "is hosting separate talks", "would not hold direct
			// talks": before the verb's object noun, its adjective.
			s.tag = tJJ
			return
		case (bit(pt)&(bit(tVBD)|bit(tVBZ)|bit(tVBP)) != 0 || pt == tVB && p > 0 && c.tagAt(p-1) == tMD && can.has(tNN) && ncan.has(tTO)) &&
			!c.lastAux && can&nouns != 0 && p == c.i-1 && !bareInfinitive(c.lowerAt(p)):
			// After a main verb, its object: "promised aid", "would
			// cut aid to Honduras".
			s.tag = tNN
			if !can.has(tNN) {
				s.tag = tNNS
			}
			return
		case can.has(tNN) && pt == tNN && ncan&nouns != 0 && (s.tag == tVB || s.tag == tVBP) && c.inObject(p):
			// "agreed to a ceasefire and hostage release deal": between
			// two nouns of an object's phrase, a noun too.
			s.tag = tNN
			return
		case pt == tRB && can&adjs != 0 && degree(c.lowerAt(p)):
			s.tag = tJJ // "very close to"
			return
		case can.has(tNN) && (pt == tVBN || pt == tJJ) && p > 0 && bit(c.tagAt(p-1))&(bit(tDT)|bit(tPRPS)|bit(tPOS)) != 0:
			// "cancelled a planned visit to Washington": after a
			// determiner and its adjective, the noun.
			s.tag = tNN
			return
		case pt == tCC && can.has(tNN) && p > 0 && bit(c.tagAt(p-1))&nouns != 0 && ncan&nouns != 0 && ncan&verbs == 0:
			// "withdrew inspectors and aid workers": a noun joined to a
			// noun, before another; "help and support refugees" joins
			// verbs.
			s.tag = tNN
			return
		case pt == tCC && can.has(tJJ) && p > 0 && bit(c.tagAt(p-1))&nouns != 0 && ncan&nouns != 0:
			s.tag = tJJ // "fired tear gas and live rounds"
			return
		case bit(pt)&(nounStart|bit(tIN)) != 0 && can&(nouns|adjs) != 0:
			if s.tag == tVB {
				s.tag = tNN
				if !can.has(tNN) {
					s.tag = tJJ
				}
			}
		case (pt == tNNS || pt == tNNPS) && can.has(tNN) && s.nScore > s.vScore:
			s.tag = tNN // "arms embargo"
		case pt == tPRP && c.lowerAt(p) != "it" && c.lowerAt(p) != "he" && c.lowerAt(p) != "she" ||
			pt == tNNS || pt == tNNPS || pt == tWDT || pt == tWP:
			s.tag = tVBP
			return
		case can.has(tVB) && !c.seenFinite && bit(pt)&nouns != 0 && c.subjunctive(p) && ncan&(nounStart|nouns|adjs) != 0 && !c.finiteAhead():
			// "demanded that Israel ease restrictions": after a demand's
			// "that" and its subject, the base form of a verb.
			s.tag = tVBP
			return
		case s.tag == tVB && bit(pt)&nouns != 0:
			// "a state visit to", "a 27-year gas supply deal": after a
			// determiner or modifier and a singular noun, a base form would
			// disagree with it; a noun does not.
			inNP := pt == tNN && p > 0 && bit(c.tagAt(p-1))&(bit(tDT)|bit(tPRPS)|bit(tPOS)|bit(tJJ)|bit(tCD)|bit(tNN)|bit(tNNP)) != 0 ||
				// "launched a massive missile and drone attack on": nouns
				// joined before the head of an object.
				pt == tNN && nt == tIN && c.joinedModifier(p) ||
				// "A US strike killed": a name as a modifier, before a verb.
				// Not a plural people's name, whose verb it is: "The
				// Palestinians reject proposed changes".
				pt == tNNP && p > 0 && !(len(c.lowerAt(p)) > 3 && strings.HasSuffix(c.lowerAt(p), "s")) && bit(c.tagAt(p-1))&(bit(tDT)|bit(tPRPS)|bit(tPOS)) != 0 &&
					(ncan&(bit(tVBD)|bit(tVBZ)|bit(tMD)) != 0 && ncan&nouns == 0 ||
						// "called the U.S. attack outrageous": the clause
						// has its verb, and no object follows.
						c.seenFinite && (nt == tJJ || nt == tNone || bit(nt)&punct != 0))
			if can.has(tNN) && (s.nScore >= s.vScore || inNP || ncan&nouns != 0 && ncan&verbs == 0 || c.seenFinite && bit(pt)&(bit(tNN)|bit(tNNS)) != 0 && nt == tIN) {
				// "arms embargo", "transport committee"; "signed a loan
				// deal with": the clause has its verb.
				s.tag = tNN
				break
			}
			s.tag = tVBP
			return
		}
	}
	// Noun or adjective.
	switch {
	case s.tag == tNN && can.has(tJJ) && !s.guess && ncan&nouns != 0 && !timeAdverb(nw) && !(bit(nt)&verbs != 0 && c.tagAt(n+1) == tIN):
		// Not "an official accused of spying": the next word, a
		// participle before its preposition, is no noun.
		s.tag = tJJ
	case s.tag == tJJ && can.has(tNN) && bit(pt)&(nounStart|adjs) != 0 && (ncan&nouns == 0 || bit(nt)&verbs != 0 && c.tagAt(n+1) == tIN) &&
		(nt == tNone || bit(nt)&(punct|verbs|bit(tIN)|bit(tMD)) != 0):
		// "a French national accused of spying", "an Algerian consular
		// official accused of spying": the next word, a participle
		// before its preposition, is no noun.
		s.tag = tNN
	case s.tag == tJJ && can.has(tNN) && bit(pt)&nouns != 0 && ncan&nouns == 0 &&
		(ncan&(bit(tVBD)|bit(tVBZ)) != 0 || nt == tNone || bit(nt)&(punct|bit(tIN)|bit(tMD)) != 0 ||
			bit(nt)&advs != 0 && c.canAt(n+1)&(bit(tVBD)|bit(tVBZ)|bit(tMD)) != 0) &&
		!c.complementOf(p):
		s.tag = tNN // "the army chief met", "the police chief says", "Pakistan's army chief, who", "the consul general also visited"
	}
}

// complementOf reports whether the noun phrase that ends at p is the object
// of a verb that names what its object is: "called the measures hostile",
// where the word after it is the object's complement.
func (c *context) complementOf(p int) bool {
	j := p
	for j >= 0 && bit(c.tagAt(j))&(nouns|adjs|bit(tDT)|bit(tCD)|bit(tPRPS)|bit(tPOS)) != 0 {
		j--
	}
	return j >= 0 && j < p && complementVerbs[c.lowerAt(j)]
}

// complementVerbs are the forms of the verbs whose object an adjective
// after it describes: "called the sanctions hostile".
var complementVerbs = map[string]bool{
	"call": true, "called": true, "calls": true, "calling": true, "deemed": true, "deems": true,
	"declared": true, "declares": true, "considered": true, "considers": true, "labelled": true,
	"labeled": true, "branded": true, "termed": true, "found": true, "finds": true, "ruled": true,
}

// inObject reports whether the noun at p ends a noun phrase, nouns and
// adjectives joined by "and" included, that a determiner opens after a
// preposition or a verb: "agreed to a ceasefire and hostage".
func (c *context) inObject(p int) bool {
	k := p
	for k >= 0 && bit(c.tagAt(k))&(nouns|adjs|bit(tCC)) != 0 {
		k--
	}
	return k >= 1 && bit(c.tagAt(k))&(bit(tDT)|bit(tPRPS)) != 0 && bit(c.tagAt(k-1))&(bit(tIN)|bit(tTO)|verbs) != 0
}

// joinedModifier reports whether the noun at p follows "and" and a noun in
// a noun phrase opened by a determiner after a finite verb: the "drone" of
// "launched a massive missile and drone attack", a modifier like the noun
// before "and".
func (c *context) joinedModifier(p int) bool {
	if p < 3 || c.tagAt(p-1) != tCC || bit(c.tagAt(p-2))&nouns == 0 {
		return false
	}
	k := p - 2
	for k > 0 && bit(c.tagAt(k))&(nouns|adjs) != 0 {
		k--
	}
	if bit(c.tagAt(k))&(bit(tDT)|bit(tPRPS)|bit(tPOS)) == 0 {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if bit(c.tagAt(j))&finite != 0 {
			return true
		}
	}
	return false
}

// timeAdverb reports whether w is a noun used as a time adverb.
func timeAdverb(w string) bool {
	return w == "today" || w == "yesterday" || w == "tonight"
}

// past chooses between past tense and past participle for a word that can
// be either.
func (c *context) past(s *state, paw string, pt uint8, nw string) uint8 {
	can := s.can
	pick := func(t uint8) uint8 {
		if can.has(t) {
			return t
		}
		return s.tag
	}
	nt := c.tagAt(c.i + 1)
	adverb := bit(pt)&advs != 0
	if adverb {
		// "Washington fully supported Israel": what stands before the
		// adverbs.
		pt = c.tagAt(c.prev(true))
	}
	if adverb && c.seenFinite && bit(pt)&nouns != 0 && bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tPRP)|bit(tCD)|nouns) == 0 && can.has(tVBN) {
		// "called the verdict politically motivated and urged": after
		// a verb's object, a participle with no object of its own is
		// what the object is called.
		return tVBN
	}
	switch {
	case isHave(paw) || isBe(paw):
		return pick(tVBN)
	case nw == "by" && !strings.HasSuffix(c.lowerAt(c.i+2), "ing"):
		// Not "responded by firing": the means, not the agent.
		return pick(tVBN)
	case nw == "with" && bit(pt)&nouns != 0 && withParticiples[c.lowerAt(c.i)]:
		// "Chinese troops armed with clubs attacked": what a noun is
		// armed or charged with makes the past a participle that
		// modifies it.
		return pick(tVBN)
	case nw == "of" && c.seenFinite && bit(pt)&nouns != 0:
		// "executed a man convicted of spying": a participle after a
		// verb's object, before "of", modifies the object.
		return pick(tVBN)
	case (nw == "in" || nw == "on" || nw == "during") && c.seenFinite && bit(pt)&nouns != 0 && c.objectBefore():
		// "will release 18 soldiers captured in July": so before a
		// phrase of when or where, unless the verb before says what
		// follows ("said militants attacked in the north").
		return pick(tVBN)
	case bit(pt)&(nouns|bit(tPRP)|bit(tWP)|bit(tWDT)|bit(tEX)) != 0:
		return pick(tVBD)
	case pt == tCC:
		if c.lastPassive && (nw == "that" || bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tNNP)|bit(tPRP)) != 0) {
			// "had been shot down by Russia and demanded that Moscow
			// admit guilt": a passive's participle takes no object; a
			// past with one opens the subject's next act.
			return pick(tVBD)
		}
		if c.lastVerb == tVBN && c.complementBefore() && bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tNNP)|bit(tPRP)) != 0 {
			// "called the verdict politically motivated and urged the
			// authorities": a participle that is what an object is
			// called is no verb of the clause; the past after it takes
			// an object.
			return pick(tVBD)
		}
		if c.lastVerb == tVBN && c.i >= 2 && c.tagAt(c.i-2) == tComma && bit(nt)&(bit(tDT)|bit(tPRPS)|bit(tNNP)|bit(tPRP)|bit(tCD)) != 0 {
			// "sanctions against companies supplying drones used in
			// Ukraine, and pledged 150 million pounds": past a comma,
			// a past with an object opens the subject's next act.
			return pick(tVBD)
		}
		if c.lastVerb == tVBN || c.lastAux {
			return pick(tVBN) // "killed or injured", "was heavily and unjustly criticized"
		}
		if c.lastVerb == tVBD {
			return pick(tVBD)
		}
	case pt == tCD && c.i >= 2 && c.tagAt(c.i-2) == tDT && !c.seenFinite && !c.finiteAhead():
		// "the two held talks": the ones counted are the subject (not
		// "the two injured soldiers were taken to hospital").
		return pick(tVBD)
	case pt == tDT && standAlone(c.lowerAt(c.i-1)) && (c.i == 1 || clauseOpener(c.lowerAt(c.i-2))) && bit(nt)&(bit(tNN)|bit(tNNS)) == 0:
		// "..., but some hit Tel Aviv": a determiner standing alone at a
		// clause's start is its subject (not "some armed men").
		return pick(tVBD)
	case bit(pt)&(nounStart|bit(tIN)) != 0:
		return pick(tVBN)
	case pt == tComma:
		if nt == tIN || nt == tTO {
			return pick(tVBN) // ", accused of"
		}
		return pick(tVBD)
	case c.st[c.i].initial:
		return pick(tVBN)
	}
	if !c.seenFinite {
		return pick(tVBD)
	}
	return pick(tVBN)
}

// withParticiples are the pasts that, right after a noun and before
// "with", are participles modifying it: "men armed with knives", "two
// suspects charged with murder".
var withParticiples = map[string]bool{
	"armed": true, "equipped": true, "laden": true, "loaded": true, "packed": true, "filled": true,
	"charged": true, "tasked": true, "entrusted": true, "affiliated": true, "linked": true,
	"associated": true, "allied": true, "aligned": true,
}

// nounCompounds map the first word of a noun compound, more often a verb,
// to the word after it.
var nounCompounds = map[string]string{"tear": "gas", "pepper": "spray"}

// issuedTexts are the nouns of what is issued or adopted to say something, and
// sayingIng the participles that say what such a text says: "a
// statement calling on", "a resolution condemning".
var (
	issuedTexts = map[string]bool{
		"statement": true, "statements": true, "resolution": true, "resolutions": true, "declaration": true,
		"letter": true, "letters": true, "communique": true, "message": true, "note": true, "motion": true,
		"bill": true, "draft": true, "text": true, "report": true, "post": true, "video": true,
	}
	sayingIng = map[string]bool{
		"calling": true, "urging": true, "demanding": true, "condemning": true, "warning": true,
		"accusing": true, "welcoming": true, "rejecting": true, "praising": true, "asking": true,
		"criticising": true, "criticizing": true, "denouncing": true, "expressing": true, "saying": true,
	}
)

// adjectiveIng are the present participles that, between a verb and a
// noun, describe the noun rather than take it as object: "lifted remaining
// sanctions" (not "began removing sanctions").
var adjectiveIng = map[string]bool{
	"remaining": true, "existing": true, "lingering": true, "outstanding": true, "pending": true,
	"ongoing": true, "continuing": true, "mounting": true, "growing": true, "rising": true,
	"escalating": true, "worsening": true, "deepening": true, "ensuing": true, "prevailing": true,
	"sweeping": true, "crippling": true, "punishing": true, "damaging": true,
}

// adjectival are the present participles that before a name are
// adjectives, not verbs taking it as object: "to neighbouring Togo".
var adjectival = map[string]bool{"neighbouring": true, "neighboring": true, "surrounding": true}

// standAlone reports whether a determiner may stand alone for a noun:
// "some hit Tel Aviv", "many fled".
func standAlone(w string) bool {
	switch w {
	case "some", "many", "most", "several", "few", "all", "both", "others":
		return true
	}
	return false
}

// clauseOpener reports whether a clause may open after w: "but", "and", a
// comma.
func clauseOpener(w string) bool {
	switch w {
	case "but", "and", "while", "though", "although", "yet", ",", ";":
		return true
	}
	return false
}

// verbAhead reports whether a word that is only a past-tense verb follows
// within a few words: the clause's verb is still to come.
func (c *context) verbAhead() bool {
	for j := c.i + 1; j < len(c.st) && j <= c.i+5; j++ {
		can := c.canAt(j)
		if can&(bit(tVBD)|bit(tVBN)) != 0 && can&nouns == 0 {
			return true
		}
		if c.tagAt(j) == tMD || c.lowerAt(j) == "," {
			return c.tagAt(j) == tMD
		}
	}
	return false
}

// finiteBeforeComma reports whether a word that may be a finite verb
// comes, after a noun, before any comma: the phrase the word at c.i opens
// is the clause's subject ("Fighting between the army and the RSF spread
// across the country"), not a participle's clause ("Speaking in Kabul,
// he said").
func (c *context) finiteBeforeComma() bool {
	noun := false
	for j := c.i + 1; j < len(c.st) && j <= c.i+15; j++ {
		if c.lowerAt(j) == "," || c.tagAt(j) == tPeriod {
			return false
		}
		can := c.canAt(j)
		if noun && can&(bit(tVBD)|bit(tVBZ)) != 0 {
			return true
		}
		noun = noun || can&nouns != 0
	}
	return false
}

// bareInfinitive reports whether a verb form takes a bare infinitive after
// it ("helped build", "let go"), so the next word may be a verb.
func bareInfinitive(w string) bool {
	for _, p := range []string{"help", "let", "make", "made", "see", "saw", "seen", "hear", "heard", "watch", "had", "has", "have", "bid"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// degree reports whether w is an adverb of degree, which comes before
// adjectives ("very close").
func degree(w string) bool {
	return w == "very" || w == "too" || w == "so" || w == "quite" || w == "extremely" || w == "rather"
}

// mandative are the forms of the verbs and nouns whose "that" clause says
// what must be done, in the base form: "demanded that Israel ease".
var mandative = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"request": true, "requests": true, "requested": true, "requesting": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true, "proposal": true,
	"recommend": true, "recommends": true, "recommended": true, "recommendation": true,
	"suggest": true, "suggests": true, "suggested": true, "suggestion": true,
	"require": true, "requires": true, "required": true, "requirement": true,
	"call": true, "calls": true, "called": true, "calling": true, "stipulate": true, "stipulated": true,
}

// subjunctive reports whether the noun phrase ending at token p is the
// subject of a clause that a mandative word's "that" opens ("demanded
// today that the Israeli government ease"), so that a base form after it
// is its verb.
func (c *context) subjunctive(p int) bool {
	j := p
	for j >= 0 && bit(c.tagAt(j))&(nouns|bit(tDT)|bit(tJJ)|bit(tPOS)) != 0 && p-j < 5 {
		j--
	}
	if j < 1 || j == p || c.lowerAt(j) != "that" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if mandative[c.lowerAt(k)] {
			return true
		}
	}
	return false
}

// finiteAhead reports whether a finite verb that is no noun follows in the
// same clause, before a relative pronoun, a preposition or a comma: then
// the word at hand is a noun of its subject ("insisted that China trade
// figures were wrong").
func (c *context) finiteAhead() bool {
	for j := c.i + 1; j < len(c.st) && j <= c.i+6; j++ {
		switch w := c.lowerAt(j); {
		case w == "," || w == "who" || w == "which" || w == "that" || c.tagAt(j) == tIN || c.tagAt(j) == tTO:
			return false
		}
		if can := c.canAt(j); can&(bit(tVBD)|bit(tVBZ)|bit(tMD)) != 0 && can&nouns == 0 {
			return true
		}
	}
	return false
}
