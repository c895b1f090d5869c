package text

import (
	"strings"
	"unicode"
)

// Lower returns s as Token.Lower holds it: in lower case, with curly quotes
// and apostrophes folded to ASCII and dashes folded to "-" (en dash) or "--"
// (em dash). It lets tokens made outside Tokenize (from a given parse) carry
// the same Lower as the tokenizer's.
func Lower(s string) string {
	if !needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	for _, r := range s {
		if f := foldSpecial(r); f != "" {
			b.WriteString(f)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Lemma returns the lower-case base form of word read with the Penn
// Treebank tag: Lemma("visited", "VBD") is "visit", Lemma("men", "NNS") is
// "man", Lemma("'s", "VBZ") is "be". It is the lemma Tag gives a token with
// that text and tag, for words whose tag comes from elsewhere (a given
// parse). A tag Tag never gives leaves the word in lower case, unless it is
// a closed-class word with a lemma of its own ("was" is "be").
func Lemma(word, tag string) string {
	switch tag {
	case "NNP", "CD", "DT", "IN", "CC", "TO", "POS", "PRP$", "WDT", "WP$", "EX", "PDT",
		",", ".", ":", "``", "''", "-LRB-", "-RRB-", "#", "$", "SYM", "HYPH":
		// Tags whose words have no other base form: the lower-case word.
		return Lower(word)
	case "NN", "VB", "JJ", "RB":
		// Base forms are their own lemma, closed-class words ("is" read
		// as a base form) aside.
		if w := Lower(word); closed[w].tag == 0 {
			return w
		}
	}
	toks := [1]Token{{Text: word, Lower: Lower(word)}}
	var s state
	classify(toks[:], 0, &s)
	s.tag = tagByName(tag)
	return lemmaOf(&toks[0], &s)
}
