package text

import (
	"strings"
	"sync"
)

// lexEntry is one word of the WordNet lexicon (lexicon_table.go).
type lexEntry struct {
	word   string   // the word, shared with lexiconData
	weight [4]uint8 // noun, verb, adjective, adverb; 0 = not that part of speech
	proper bool     // a noun WordNet spells only capitalised
	capAdj bool     // an adjective WordNet spells only capitalised
	forms  string   // irregular-form fields, space-separated ("t:leave s:man")
}

const (
	posN = iota
	posV
	posA
	posR
)

// lexicon returns the lexicon, parsed from lexiconData on first use.
var lexicon = sync.OnceValue(func() map[string]lexEntry {
	m := make(map[string]lexEntry, 90000)
	data := lexiconData
	for data != "" {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		word, fields, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		e := lexEntry{word: word}
		formsAt := -1
		for i := 0; i < len(fields); {
			j := strings.IndexByte(fields[i:], ' ')
			if j < 0 {
				j = len(fields) - i
			}
			f := fields[i : i+j]
			switch {
			case f == "P":
				e.proper = true
			case f == "J":
				e.capAdj = true
			case len(f) == 2 && strings.IndexByte("nvar", f[0]) >= 0:
				e.weight[strings.IndexByte("nvar", f[0])] = hexDigit(f[1])
			case formsAt < 0:
				formsAt = i
			}
			i += j + 1
		}
		if formsAt >= 0 {
			e.forms = fields[formsAt:]
		}
		m[word] = e
	}
	return m
})

func hexDigit(c byte) uint8 {
	if c >= 'a' {
		return c - 'a' + 10
	}
	return c - '0'
}

// analysis is what the lexicon and morphology say about one word.
type analysis struct {
	can    tagSet // every tag the word may take
	tag    uint8  // the most likely of them
	score  int    // weight of tag
	nScore int    // weight of the best noun reading
	vScore int    // weight of the best verb reading
	guess  bool   // tags guessed from the word's form
	known  bool   // found in the lexicon or the closed classes
	closed bool   // a closed-class word
	proper bool   // WordNet spells it only capitalised (noun)
	capAdj bool   // WordNet spells it only capitalised (adjective)
	nLemma string // base form for noun tags
	vLemma string // base form for verb tags
	aLemma string // base form for adjective and adverb tags
}

func (a *analysis) add(t uint8, set tagSet, score int) {
	a.can |= set
	if set&nouns != 0 && score > a.nScore {
		a.nScore = score
	}
	if set&verbs != 0 && score > a.vScore {
		a.vScore = score
	}
	if score > a.score || a.tag == 0 {
		a.tag, a.score = t, score
	}
}

// lookup analyses the lower-case word w.
func lookup(w string, a *analysis) {
	if e, ok := closed[w]; ok {
		a.can, a.tag, a.known, a.closed = e.can, e.tag, true, true
		a.nLemma, a.vLemma, a.aLemma = e.lemma, e.lemma, e.lemma
		return
	}
	lex := lexicon()
	if e, ok := lex[w]; ok {
		a.known = true
		a.proper, a.capAdj = e.proper, e.capAdj
		if s := e.weight[posN]; s > 0 {
			a.add(tNN, bit(tNN), int(s))
			a.nLemma = e.word
		}
		if s := e.weight[posV]; s > 0 {
			a.add(tVB, bit(tVB)|bit(tVBP), int(s))
			a.vLemma = e.word
		}
		if s := e.weight[posA]; s > 0 {
			a.add(tJJ, bit(tJJ), int(s))
			a.aLemma = e.word
		}
		if s := e.weight[posR]; s > 0 {
			a.add(tRB, bit(tRB), int(s))
			if a.aLemma == "" {
				a.aLemma = e.word
			}
		}
		if unchangedPast[w] {
			a.can |= bit(tVBD) | bit(tVBN)
			if a.tag == tVB {
				a.tag = tVBD
			}
		}
		for f := e.forms; f != ""; {
			var field string
			field, f, _ = strings.Cut(f, " ")
			if len(field) < 3 || field[1] != ':' {
				continue
			}
			base := lex[field[2:]]
			switch field[0] {
			case 'd':
				a.addVerb(tVBD, bit(tVBD), base)
			case 'p':
				a.addVerb(tVBN, bit(tVBN), base)
			case 't':
				a.addVerb(tVBD, bit(tVBD)|bit(tVBN), base)
			case 'g':
				a.addVerb(tVBG, bit(tVBG), base)
			case 'z':
				a.addVerb(tVBZ, bit(tVBZ), base)
			case 's':
				a.add(tNNS, bit(tNNS), int(base.weight[posN]))
				a.nLemma = base.word
			case 'c':
				a.add(tJJR, bit(tJJR), int(base.weight[posA]))
				a.aLemma = base.word
			case 'u':
				a.add(tJJS, bit(tJJS), int(base.weight[posA]))
				a.aLemma = base.word
			}
		}
		if e.forms != "" {
			return // irregular forms are not also regular ones
		}
	}
	inflect(w, a, lex)
	if a.can != 0 {
		a.known = true
	}
}

func (a *analysis) addVerb(t uint8, set tagSet, base lexEntry) {
	if base.word == "" {
		return
	}
	a.add(t, set, int(base.weight[posV]))
	a.vLemma = base.word
}

// inflect adds the readings of w as a regular inflection of a lexicon word:
// plural noun, verb forms, comparative and superlative adjective.
// cvc reports whether w ends in a consonant (not w, x or y) after a single
// vowel after a consonant: "stag", "wag", "hop".
func cvc(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	last := w[n-1]
	return !vowel(last) && strings.IndexByte("wxy", last) < 0 && vowel(w[n-2]) && !vowel(w[n-3])
}

func inflect(w string, a *analysis, lex map[string]lexEntry) {
	n := len(w)
	if n < 4 {
		return
	}
	var buf [32]byte
	// find returns the first of the candidate bases that the lexicon has
	// for part of speech p; each candidate is w minus cut bytes plus add.
	find := func(p int, cands ...stem) (lexEntry, bool) {
		for _, c := range cands {
			if c.cut >= n-1 || n-c.cut+len(c.add) > len(buf) {
				continue
			}
			if c.double && (w[n-c.cut-1] != w[n-c.cut-2]) {
				continue
			}
			// "tried" is of "try", but "Saied" of no "say": after a
			// vowel, "y" keeps its "y" ("played", "says").
			if c.add == "y" && strings.IndexByte("aeiou", w[n-c.cut-1]) >= 0 {
				continue
			}
			k := copy(buf[:], w[:n-c.cut])
			if c.double {
				k--
			}
			k += copy(buf[k:], c.add)
			if e, ok := lex[string(buf[:k])]; ok && e.weight[p] > 0 {
				return e, true
			}
		}
		return lexEntry{}, false
	}
	switch {
	case strings.HasSuffix(w, "men"):
		if e, ok := find(posN, stem{cut: 3, add: "man"}); ok {
			a.add(tNNS, bit(tNNS), int(e.weight[posN]))
			a.nLemma = e.word
		}
	case w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && w[n-2] != '\'':
		stems := []stem{{cut: 1}, {cut: 2}, {cut: 3, add: "y"}}
		if !strings.HasSuffix(w, "es") {
			stems = stems[:1]
		} else if !strings.HasSuffix(w, "ies") {
			stems = stems[:2]
		}
		if e, ok := find(posN, stems...); ok {
			a.add(tNNS, bit(tNNS), int(e.weight[posN]))
			a.nLemma = e.word
		}
		if e, ok := find(posV, stems...); ok {
			a.add(tVBZ, bit(tVBZ), int(e.weight[posV]))
			a.vLemma = e.word
		}
	case strings.HasSuffix(w, "ed"):
		stems := []stem{{cut: 2}, {cut: 1}, {cut: 2, double: true}, {cut: 3, add: "y"}}
		if cvc(w[:n-2]) {
			// "staged", "waged", "hoped": a stem that ends in a
			// consonant after one vowel would double it ("stagged"), so
			// the verb is the one with "e" (stage, not stag).
			stems[0], stems[1] = stems[1], stems[0]
		}
		if e, ok := find(posV, stems...); ok {
			a.add(tVBD, bit(tVBD)|bit(tVBN), int(e.weight[posV]))
			a.vLemma = e.word
		}
	case strings.HasSuffix(w, "ing"):
		stems := []stem{{cut: 3}, {cut: 3, add: "e"}, {cut: 3, double: true}, {cut: 4, add: "ie"}}
		if cvc(w[:n-3]) {
			stems[0], stems[1] = stems[1], stems[0] // "staging", "waging"
		}
		if e, ok := find(posV, stems...); ok {
			a.add(tVBG, bit(tVBG), int(e.weight[posV]))
			a.vLemma = e.word
		}
	case strings.HasSuffix(w, "est"):
		if e, ok := find(posA, stem{cut: 3}, stem{cut: 2}, stem{cut: 3, double: true}, stem{cut: 4, add: "y"}); ok {
			a.add(tJJS, bit(tJJS), int(e.weight[posA]))
			a.aLemma = e.word
		}
	case strings.HasSuffix(w, "er"):
		// Not of a past tense that is an adjective too: "broker" is no
		// more broke.
		if e, ok := find(posA, stem{cut: 2}, stem{cut: 1}, stem{cut: 2, double: true}, stem{cut: 3, add: "y"}); ok && !pastForm(e.forms) {
			a.add(tJJR, bit(tJJR), int(e.weight[posA]))
			a.aLemma = e.word
		}
	}
}

// pastForm reports whether an entry's irregular-form fields make it a
// verb's past tense or participle ("d:break" of "broke").
func pastForm(forms string) bool {
	for f := range strings.FieldsSeq(forms) {
		if strings.HasPrefix(f, "d:") || strings.HasPrefix(f, "p:") || strings.HasPrefix(f, "t:") {
			return true
		}
	}
	return false
}

// unchangedPast lists verbs whose past tense and participle are spelled
// as the base form (WordNet's verb.exc lists only changed forms).
var unchangedPast = map[string]bool{
	"bet": true, "bid": true, "broadcast": true, "burst": true, "cast": true, "cost": true,
	"cut": true, "fit": true, "forecast": true, "hit": true, "hurt": true, "let": true,
	"put": true, "quit": true, "read": true, "rid": true, "set": true, "shed": true,
	"shut": true, "split": true, "spread": true, "thrust": true, "upset": true, "beat": true,
}

// stem is a candidate base: cut bytes off the end of a word (and undouble
// its last consonant if double), then add a suffix.
type stem struct {
	cut    int
	add    string
	double bool
}
