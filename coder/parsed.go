package coder

import (
	"errors"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/phrase"
)

// ErrBadParse is the error of a sentence whose given parse cannot be read.
var ErrBadParse = errors.New("bad input parse")

// Parsed analyses a one-sentence article from its given Penn Treebank
// parse: tokens and tags from the parse's leaves, placed on the article's
// text, and chunks from the tree. When the parse's words differ from the
// text (parsers and their inputs drift), the article's text is replaced by
// the parse's own text, which PETRARCH codes from too. An unreadable parse
// is an error wrapping ErrBadParse.
func Parsed(a *dyad.Article, parse string) ([]Sentence, error) {
	t, err := phrase.ParseTree(parse)
	if err != nil {
		return nil, errors.Join(ErrBadParse, err)
	}
	toks, err := phrase.Align(t, a.Text, dyad.Span{Start: 0, End: len(a.Text)})
	if err != nil {
		a.Text = t.Text()
		if toks, err = phrase.Align(t, a.Text, dyad.Span{Start: 0, End: len(a.Text)}); err != nil {
			return nil, errors.Join(ErrBadParse, err)
		}
	}
	if len(toks) == 0 {
		return nil, errors.Join(ErrBadParse, errors.New("the parse has no words"))
	}
	sp := dyad.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}
	return []Sentence{{Index: 0, Span: sp, Tokens: toks, Chunks: phrase.ChunksFromTree(t, toks)}}, nil
}
