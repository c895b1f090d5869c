package server

import (
	"strings"

	"github.com/dyadcoder/dyad"
)

// Segment is a piece of an event's evidence sentence, for highlighting.
type Segment struct {
	Text string `json:"text"`
	// Kind is "source", "target", "verb" (the words the pattern matched)
	// or "" for the rest.
	Kind string `json:"kind"`
}

// anchor is a span of the article text and the words it holds, which
// locate the sentence in the article.
type anchor struct {
	span dyad.Span
	text string
	kind string
}

// maxCandidates bounds the places in the sentence tried for each anchor.
const maxCandidates = 64

// Segments cuts the event's sentence (e.Text) into pieces, the actors and
// the matched words marked, which concatenate to the sentence exactly.
//
// The spans are offsets in the article, whose text the event does not
// carry, so the sentence's offset is found from the words the spans cover:
// it is the offset at which the most of the actors' and matched words'
// texts are found where their spans put them. An actor the coder took from
// another sentence (an antecedent) does not match there and is not marked.
// When nothing matches, the sentence is one unmarked piece.
func Segments(e *dyad.Event) []Segment {
	anchors := anchorsOf(e)
	start, ok := sentenceStart(e.Text, anchors)
	if !ok {
		return []Segment{{Text: e.Text}}
	}
	kinds := make([]string, len(e.Text))
	for _, a := range anchors {
		if at(e.Text, start, a) {
			for i := a.span.Start - start; i < a.span.End-start; i++ {
				kinds[i] = a.kind
			}
		}
	}
	var segs []Segment
	from := 0
	for i := 1; i <= len(e.Text); i++ {
		if i == len(e.Text) || kinds[i] != kinds[from] {
			segs = append(segs, Segment{Text: e.Text[from:i], Kind: kinds[from]})
			from = i
		}
	}
	if segs == nil {
		segs = []Segment{{Text: ""}}
	}
	return segs
}

// anchorsOf returns the spans of the event's matched words and actors with
// their texts, in the order they are marked: later ones win an overlap, so
// an actor named by the pattern's own words ("summoned Pakistan's
// ambassador", "clashed with riot police") is marked whole.
func anchorsOf(e *dyad.Event) []anchor {
	var as []anchor
	// The matched words are the texts of the spans joined by spaces; when
	// they do not split evenly, the spans' texts are unknown.
	words := strings.Split(e.Evidence.Words, " ")
	if len(words) == len(e.Evidence.Spans) {
		for i, sp := range e.Evidence.Spans {
			if words[i] != "" && sp.Len() == len(words[i]) {
				as = append(as, anchor{sp, words[i], "verb"})
			}
		}
	}
	for _, a := range []struct {
		act  dyad.Actor
		kind string
	}{{e.Source, "source"}, {e.Target, "target"}} {
		if a.act.Text != "" && a.act.Span.Len() == len(a.act.Text) {
			as = append(as, anchor{a.act.Span, a.act.Text, a.kind})
		}
	}
	return as
}

// sentenceStart returns the offset of the sentence text in the article: the
// one, of those that put some anchor on its own text, that puts the most
// anchors on theirs (the first such found, on a tie).
func sentenceStart(text string, anchors []anchor) (int, bool) {
	best, bestScore := 0, 0
	for _, a := range anchors {
		for from, n := 0, 0; n < maxCandidates; n++ {
			i := strings.Index(text[from:], a.text)
			if i < 0 {
				break
			}
			start := a.span.Start - (from + i)
			from += i + 1
			if start < 0 {
				continue
			}
			score := 0
			for _, b := range anchors {
				if at(text, start, b) {
					score++
				}
			}
			if score > bestScore {
				best, bestScore = start, score
			}
		}
	}
	return best, bestScore > 0
}

// at reports whether the anchor's text is where its span puts it when the
// sentence starts at offset start of the article.
func at(text string, start int, a anchor) bool {
	i, j := a.span.Start-start, a.span.End-start
	return i >= 0 && j <= len(text) && i <= j && text[i:j] == a.text
}
