package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tagSet is a set of tags, one bit per tag.
type tagSet uint64

func bit(t uint8) tagSet { return 1 << t }

func (s tagSet) has(t uint8) bool { return s&bit(t) != 0 }

// Tags, indexes into tagNames.
const (
	tNone uint8 = iota
	tNN
	tNNS
	tNNP
	tNNPS
	tVB
	tVBD
	tVBG
	tVBN
	tVBP
	tVBZ
	tJJ
	tJJR
	tJJS
	tRB
	tRBR
	tRBS
	tIN
	tDT
	tCC
	tCD
	tPRP
	tPRPS
	tPOS
	tTO
	tMD
	tWDT
	tWP
	tWPS
	tWRB
	tEX
	tRP
	tComma
	tPeriod
	tColon
	tOpenQ
	tCloseQ
	tLRB
	tRRB
	tSYM
	tFW
	tUH
	tPDT
	tDollar
	tHash
	numTags
)

var tagNames = [numTags]string{
	"", "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "JJ", "JJR", "JJS",
	"RB", "RBR", "RBS", "IN", "DT", "CC", "CD", "PRP", "PRP$", "POS", "TO", "MD", "WDT", "WP",
	"WP$", "WRB", "EX", "RP", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "SYM", "FW", "UH",
	"PDT", "$", "#",
}

func tagByName(s string) uint8 {
	for i, n := range tagNames {
		if n == s {
			return uint8(i)
		}
	}
	return tNone
}

const (
	nouns   = tagSet(1<<tNN | 1<<tNNS | 1<<tNNP | 1<<tNNPS)
	verbs   = tagSet(1<<tVB | 1<<tVBD | 1<<tVBG | 1<<tVBN | 1<<tVBP | 1<<tVBZ)
	finite  = tagSet(1<<tVBD | 1<<tVBP | 1<<tVBZ | 1<<tMD)
	adjs    = tagSet(1<<tJJ | 1<<tJJR | 1<<tJJS)
	advs    = tagSet(1<<tRB | 1<<tRBR | 1<<tRBS)
	nominal = nouns | adjs | tagSet(1<<tCD|1<<tDT|1<<tPRPS|1<<tVBG)
	// determiners and the like, after which a word is a noun or adjective
	nounStart = tagSet(1<<tDT | 1<<tPRPS | 1<<tPOS | 1<<tJJ | 1<<tJJR | 1<<tJJS | 1<<tCD | 1<<tPDT | 1<<tWPS)
	punct     = tagSet(1<<tComma | 1<<tPeriod | 1<<tColon | 1<<tOpenQ | 1<<tCloseQ | 1<<tLRB | 1<<tRRB)
)

// state is the tagger's working record for one token.
type state struct {
	analysis
	word    bool // starts with a letter
	cap     bool // starts with an upper-case letter
	initial bool // first word of the sentence (or of a quotation)
	fixed   bool // tag settled; contextual rules leave it alone
}

// scratch holds the tagger's working records, on the stack for sentences
// of ordinary length.
type scratch struct {
	small [64]state
	big   []state
}

func (sc *scratch) get(n int) []state {
	var s []state
	if n <= len(sc.small) {
		s = sc.small[:n]
	} else {
		if cap(sc.big) < n {
			sc.big = make([]state, n)
		}
		s = sc.big[:n]
	}
	clear(s)
	return s
}

// Tag sets Tag and Lemma on each token of one sentence, in place. Tokens
// are as Tokenize makes them; Lower is filled in where it is empty.
func Tag(toks []Token) {
	var sc scratch
	tagWith(toks, &sc)
}

func tagWith(toks []Token, sc *scratch) {
	if len(toks) == 0 {
		return
	}
	for i := range toks {
		if toks[i].Lower == "" && toks[i].Text != "" {
			foldLower(toks)
			break
		}
	}
	st := sc.get(len(toks))
	initial := true
	for i := range toks {
		s := &st[i]
		classify(toks, i, s)
		if s.word {
			s.initial = initial
			initial = false
		} else if s.tag == tOpenQ || s.tag == tColon && toks[i].Lower != "-" {
			initial = true
		}
	}
	for i := range toks {
		if st[i].word && st[i].cap {
			capitalised(toks, st, i)
		}
	}
	disambiguate(toks, st)
	for i := range toks {
		toks[i].Tag = tagNames[st[i].tag]
		toks[i].Lemma = lemmaOf(&toks[i], &st[i])
	}
}

// classify gives token i its lexical tags, ignoring context.
func classify(toks []Token, i int, s *state) {
	t := &toks[i]
	w := t.Lower
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch {
	case w == "'" || w == "\"" || w == "``" || w == "''":
		s.tag, s.fixed = quoteTag(toks, i), true
		return
	case w == "'s" || w == "'d" || w == "'re" || w == "'ve" || w == "'ll" || w == "'m" || w == "n't":
		lookup(w, &s.analysis)
		return
	case r >= '0' && r <= '9' && hyphenWord(w):
		s.word, s.fixed, s.tag = true, true, tJJ // "12-year", "5-day"
		return
	case r >= '0' && r <= '9':
		s.tag, s.fixed = tCD, true
		if n := len(w); n > 2 && isDigit(w[n-3]) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") ||
			strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
			s.tag = tJJ
		}
		return
	case !isWordRune(r):
		s.tag, s.fixed = punctTag(w), true
		return
	}
	s.word = true
	s.cap = unicode.IsUpper(r)
	lookup(w, &s.analysis)
	if !s.known {
		guess(w, &s.analysis)
	}
}

// quoteTag tells an opening quote from a closing one by what it is
// attached to, and a possessive apostrophe ("leaders'") from a quote.
func quoteTag(toks []Token, i int) uint8 {
	t := &toks[i]
	switch t.Text {
	case "``", "“", "‘":
		return tOpenQ
	case "''", "”":
		return tCloseQ
	}
	attachedPrev := i > 0 && toks[i-1].Span.End == t.Span.Start
	attachedNext := i+1 < len(toks) && toks[i+1].Span.Start == t.Span.End
	if t.Lower == "'" && attachedPrev && !attachedNext && i+1 < len(toks) {
		if p := toks[i-1].Lower; strings.HasSuffix(p, "s") && isWordRune(rune(toks[i+1].Lower[0])) {
			return tPOS
		}
	}
	if !attachedPrev && attachedNext || i == 0 {
		return tOpenQ
	}
	return tCloseQ
}

// punctTag tags a token that is not a word or number.
func punctTag(w string) uint8 {
	switch w {
	case ",":
		return tComma
	case ".", "!", "?":
		return tPeriod
	case ";", ":", "-", "--", "...", "…":
		return tColon
	case "(", "[", "{":
		return tLRB
	case ")", "]", "}":
		return tRRB
	case "$", "€", "£", "¥", "us$", "a$", "c$":
		return tDollar
	case "#":
		return tHash
	case "%":
		return tNN
	case "&":
		return tCC
	}
	if strings.Trim(w, ".") == "" {
		return tColon
	}
	return tSYM
}

// guess tags a word the lexicon does not know, by its form.
func guess(w string, a *analysis) {
	a.guess = true
	n := len(w)
	if h := strings.LastIndexByte(w, '-'); h > 0 && h < n-1 {
		var last analysis
		lookup(w[h+1:], &last)
		if !last.known {
			guess(w[h+1:], &last)
		}
		switch {
		case last.tag == tNNS:
			a.add(tNNS, bit(tNNS)|bit(tJJ), 1)
			a.nLemma = w[:h+1] + last.nLemma
		case last.can&(bit(tVBD)|bit(tVBN)) != 0 && last.vLemma != "" && !isNumberWord(w[:h]):
			// "Iranian-backed militias", and "North Korea test-fired a
			// missile": an adjective, or the past of the compound verb.
			a.add(tJJ, bit(tJJ)|bit(tNN)|last.can&(bit(tVBD)|bit(tVBN)), 1)
			a.vLemma = w[:h+1] + last.vLemma
		case bit(last.tag)&(adjs|verbs) != 0 || isNumberWord(w[:h]):
			a.add(tJJ, bit(tJJ)|bit(tNN), 1)
		default:
			a.add(tNN, bit(tNN)|bit(tJJ), 1)
		}
		return
	}
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		a.add(tVBG, bit(tVBG)|bit(tNN)|bit(tJJ), 1)
		a.vLemma = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		a.add(tVBD, bit(tVBD)|bit(tVBN)|bit(tJJ), 1)
		a.vLemma = w[:n-2]
	case n > 4 && strings.HasSuffix(w, "ly"):
		a.add(tRB, bit(tRB)|bit(tJJ), 1)
	case n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		a.add(tNNS, bit(tNNS)|bit(tVBZ), 1)
		if strings.HasSuffix(w, "ies") {
			a.nLemma = w[:n-3] + "y"
		} else {
			a.nLemma = w[:n-1]
		}
		a.vLemma = a.nLemma
	case hasAnySuffix(w, "ous", "ful", "ive", "able", "ible", "al", "ic", "less", "ish", "ary", "ian", "ese", "ant", "ent"):
		a.add(tJJ, bit(tJJ)|bit(tNN), 1)
	case hasAnySuffix(w, "ize", "ise", "ify", "ate"):
		a.add(tVB, bit(tVB)|bit(tVBP)|bit(tNN), 1)
	default:
		a.add(tNN, bit(tNN)|bit(tJJ), 1)
	}
}

// hyphenWord reports whether w has a hyphen followed by a letter.
func hyphenWord(w string) bool {
	h := strings.LastIndexByte(w, '-')
	return h >= 0 && h+1 < len(w) && isASCIILetter(w[h+1])
}

func hasAnySuffix(w string, sufs ...string) bool {
	for _, s := range sufs {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		return true
	}
	e, ok := closed[w]
	return ok && e.tag == tCD
}

// capitalised retags a capitalised word: a proper noun unless it starts
// the sentence as a known common word.
func capitalised(toks []Token, st []state, i int) {
	s := &st[i]
	w := toks[i].Lower
	if s.closed {
		// "Vice Premier He Lifeng": a capitalised pronoun inside a
		// sentence, before another capitalised word, is a name.
		name := w == "he" && i+1 < len(toks) && st[i+1].cap && st[i+1].word && !st[i+1].closed
		// "US officials said": the pronoun is not written in capitals,
		// at the start of a sentence either.
		// "the Group of Seven": a number word in a name.
		number := isNumberWord(w) && i >= 2 && toks[i-1].Lower == "of" && st[i-2].cap
		if toks[i].Text == "US" || !s.initial && (w == "may" || w == "will" && toks[i].Text == "Will" || name || number) {
			s.tag, s.fixed = tNNP, true
		}
		return
	}
	// An adjective spelled only capitalised is one at the start too:
	// "Polish and Lithuanian troops", not the verb "polish".
	proper := !s.initial || s.proper || !s.known || monthsDays[w] || s.capAdj
	if !proper && bit(s.tag)&(verbs|advs) == 0 && i+1 < len(toks) && st[i+1].cap && st[i+1].word && !st[i+1].closed {
		proper = true // "Deputy Prime Minister", "New York"
	}
	// "Trump and Putin met": a word that may be a noun, joined by "and"
	// to a capitalised name, is a name too.
	if !proper && s.can&nouns != 0 && i+2 < len(toks) && (toks[i+1].Lower == "and" || toks[i+1].Lower == "or") && st[i+2].cap && st[i+2].word && !st[i+2].closed {
		proper = true
	}
	// The verb may follow an adverb: "Trump later met".
	v := i + 1
	if v+1 < len(toks) && st[v].can == bit(tRB) && !st[v].cap {
		v++
	}
	if !proper && bit(s.tag)&verbs != 0 && s.can&nouns != 0 && !s.can.has(tNNS) && v < len(toks) && !st[v].cap && st[v].can&(bit(tVBD)|bit(tVBZ)|bit(tMD)) != 0 &&
		(st[v].can&nouns == 0 || st[v].can.has(tVBD) && v+1 < len(toks) && st[v+1].cap && st[v+1].word) {
		// "Trump imposed tariffs": a word that may be a noun, before a
		// verb that can be no noun, is its subject, not a command; so
		// before a past that may be a noun too, and a name after it
		// ("Trump accused Zelensky").
		proper = true
	}
	if !proper && s.tag == tJJ && !s.capAdj && v+1 < len(toks) && !st[v].cap && st[v].can.has(tVBD) && st[v+1].cap && st[v+1].word && !st[v+1].closed {
		// "Boric met Arce": a word that may be an adjective, before a
		// past and a name, is a name too.
		proper = true
	}
	if !proper {
		return
	}
	s.fixed = true
	// "Burundi closed its border": a name that is also a people's
	// adjective, before a verb that can be no noun, is the name.
	named := s.proper && i+1 < len(toks) && st[i+1].can&nouns == 0 && st[i+1].can&(bit(tVBD)|bit(tVBN)|bit(tVBZ)|bit(tMD)) != 0
	switch {
	case s.capAdj && !named:
		s.tag = tJJ
	case pluralProper(w):
		s.tag = tNNPS
	default:
		s.tag = tNNP
	}
}

// pluralProper reports whether a capitalised w is a plural proper noun
// ("Nations", "Forces"): the plural of a common noun, not a name itself.
func pluralProper(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	lex := lexicon()
	if _, ok := lex[w]; ok {
		return false
	}
	e, ok := lex[w[:n-1]]
	if !ok && strings.HasSuffix(w, "es") {
		e, ok = lex[w[:n-2]]
	}
	return ok && e.weight[posN] >= 3 && !e.proper
}

// lemmaOf returns the lemma of a tagged token.
func lemmaOf(t *Token, s *state) string {
	w := t.Lower
	switch s.tag {
	case tNN, tNNS:
		if s.nLemma != "" {
			return s.nLemma
		}
	case tNNPS:
		if n := len(w); n > 1 && w[n-1] == 's' {
			return w[:n-1]
		}
	case tVB, tVBD, tVBG, tVBN, tVBP, tVBZ, tMD:
		switch w {
		case "'s":
			return "be"
		case "'d":
			if s.tag == tMD {
				return "would"
			}
			return "have"
		}
		if s.vLemma != "" {
			return s.vLemma
		}
	case tJJ, tJJR, tJJS, tRB, tRBR, tRBS:
		if s.aLemma != "" {
			return s.aLemma
		}
	case tPOS, tNNP:
		// A name is its own lemma: "US" is not the pronoun "we".
		return w
	}
	if s.closed && s.nLemma != "" {
		return s.nLemma
	}
	return w
}
