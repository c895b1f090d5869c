// Package text turns English news text into sentences of tagged tokens.
//
// Input is an article's text (a Go string, normally valid UTF-8; invalid
// bytes are kept as one-byte symbol tokens). Output is sentence spans
// (Split), tokens with byte spans into that same text (Tokenize), and Penn
// Treebank part-of-speech tags and lower-case lemmas on those tokens (Tag).
// Analyze does all three. Every span is a dyad.Span: bytes, 0-based, End
// exclusive, indexing the text passed in; case folding and lemmas never move
// a span.
//
// The tagger uses no trained model: a lexicon generated from WordNet 3.0
// (see gen.go and lexicon_table.go), a hand-written table of closed-class
// words, suffix rules for unknown words and contextual rules written for
// this package.
package text

import "github.com/dyadcoder/dyad"

//go:generate go run gen.go

// Token is one word or punctuation mark.
type Token struct {
	// Span locates the token in the article text: bytes, 0-based, End exclusive.
	Span dyad.Span
	// Text is the token as written: text[Span.Start:Span.End].
	Text string
	// Lower is Text in lower case, with curly quotes and apostrophes folded
	// to ASCII and dashes folded to "-" (en dash) or "--" (em dash).
	Lower string
	// Lemma is the lower-case base form: "visited" -> "visit",
	// "went" -> "go", "was" -> "be", "men" -> "man", "n't" -> "not".
	Lemma string
	// Tag is the Penn Treebank part-of-speech tag (NNP, VBD, IN, ...), with
	// CoreNLP's punctuation tags ("``", "''", "-LRB-", "-RRB-"). Currency
	// signs are "$" and "#" is "#", as in the Treebank.
	Tag string
}

// Sentence is a sentence with its tokens.
type Sentence struct {
	// Index is the 0-based position of the sentence in the text.
	Index int
	// Span covers the sentence: bytes, 0-based, End exclusive.
	Span dyad.Span
	// Tokens are the sentence's tokens, tagged, in text order.
	Tokens []Token
}

// Analyze splits text into sentences, tokenizes them and tags the tokens.
// All sentences share one token array.
func Analyze(text string) []Sentence {
	spans := Split(text)
	if len(spans) == 0 {
		return nil
	}
	sents := make([]Sentence, len(spans))
	toks := make([]Token, 0, len(text)/5+8)
	for i, sp := range spans {
		from := len(toks)
		toks = appendTokens(toks, text, sp)
		sents[i] = Sentence{Index: i, Span: sp}
		sents[i].Tokens = toks[from:len(toks):len(toks)]
	}
	// toks may have been reallocated while appending; point every
	// sentence at the final array.
	off := 0
	for i := range sents {
		n := len(sents[i].Tokens)
		sents[i].Tokens = toks[off : off+n : off+n]
		off += n
	}
	foldLower(toks)
	var sc scratch
	for i := range sents {
		tagWith(sents[i].Tokens, &sc)
	}
	return sents
}
