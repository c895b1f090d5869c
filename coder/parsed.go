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

// Without returns the sentence less the tokens drop marks, its chunks
// renumbered (a chunk that loses all its tokens goes, one that loses some
// keeps the rest). Spans stay those of the article text.
func (s Sentence) Without(drop []bool) Sentence {
	out := Sentence{Index: s.Index, Span: s.Span}
	newIdx := make([]int, len(s.Tokens)+1)
	for i, t := range s.Tokens {
		newIdx[i] = len(out.Tokens)
		if !drop[i] {
			out.Tokens = append(out.Tokens, t)
		}
	}
	newIdx[len(s.Tokens)] = len(out.Tokens)
	for _, c := range s.Chunks {
		start, end := newIdx[c.Start], newIdx[c.End]
		if start == end {
			continue
		}
		head := newIdx[c.Head]
		if drop[c.Head] || head >= end {
			head = end - 1
		}
		c.Start, c.End, c.Head = start, end, head
		out.Chunks = append(out.Chunks, c)
	}
	return out
}
