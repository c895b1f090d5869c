package server

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
)

// spanOf returns the span of the n-th (from 0) occurrence of word in text.
func spanOf(t testing.TB, text, word string, n int) dyad.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], word)
		if i < 0 {
			t.Fatalf("%q not %d times in %q", word, n+1, text)
		}
		if n == 0 {
			return dyad.Span{Start: from + i, End: from + i + len(word)}
		}
		from += i + 1
		n--
	}
}

// sentenceEvent returns an event of the sentence sent of article text, its
// source, target and verb words given as their occurrences in text.
func sentenceEvent(t testing.TB, text, sent string, src, tgt string, srcN, tgtN int, verbs ...string) *dyad.Event {
	t.Helper()
	start := strings.Index(text, sent)
	if start < 0 {
		t.Fatalf("%q not in %q", sent, text)
	}
	e := &dyad.Event{Text: sent}
	e.Source.Text, e.Source.Span = src, spanOf(t, text, src, srcN)
	e.Target.Text, e.Target.Span = tgt, spanOf(t, text, tgt, tgtN)
	e.Evidence.Spans = []dyad.Span{}
	for _, v := range verbs {
		sp := spanOf(t, text[start:], v, 0)
		e.Evidence.Spans = append(e.Evidence.Spans, dyad.Span{Start: start + sp.Start, End: start + sp.End})
	}
	e.Evidence.Words = strings.Join(verbs, " ")
	return e
}

func TestSegments(t *testing.T) {
	const (
		ascii    = "Islamabad, 2 June: Talks ended. The envoy of Kazakhstan visited Multan on Sunday."
		accents  = "Ankara (AA): Türkiye’s Dışişleri officials met. Kazakhstan’s envoy praised Türkiye for its hospitality in İstanbul."
		cyrillic = "Астана — Жарқын. Tokayev met Erdoğan in Astana. He thanked Erdoğan, and Erdoğan thanked him."
	)
	tests := []struct {
		name string
		e    *dyad.Event
		want []Segment
	}{
		{"ascii, second sentence",
			sentenceEvent(t, ascii, "The envoy of Kazakhstan visited Multan on Sunday.", "The envoy of Kazakhstan", "Multan", 0, 0, "visited"),
			[]Segment{{"The envoy of Kazakhstan", "source"}, {" ", ""}, {"visited", "verb"}, {" ", ""}, {"Multan", "target"}, {" on Sunday.", ""}}},
		{"non-ASCII before and inside the sentence",
			sentenceEvent(t, accents, "Kazakhstan’s envoy praised Türkiye for its hospitality in İstanbul.", "Kazakhstan’s envoy", "Türkiye", 0, 1, "praised", "for"),
			[]Segment{{"Kazakhstan’s envoy", "source"}, {" ", ""}, {"praised", "verb"}, {" ", ""}, {"Türkiye", "target"}, {" ", ""}, {"for", "verb"}, {" its hospitality in İstanbul.", ""}}},
		// "Erdoğan" is twice in the sentence: the verb and the source
		// agree on where the sentence starts, so the target is the
		// second one, where its span puts it.
		{"repeated word, source from an earlier sentence",
			sentenceEvent(t, cyrillic, "He thanked Erdoğan, and Erdoğan thanked him.", "Tokayev", "Erdoğan", 0, 2, "thanked"),
			[]Segment{{"He ", ""}, {"thanked", "verb"}, {" Erdoğan, and ", ""}, {"Erdoğan", "target"}, {" thanked him.", ""}}},
	}
	for _, tt := range tests {
		got := Segments(tt.e)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
	// Nothing where the spans say: the sentence is one piece.
	e := sentenceEvent(t, ascii, "The envoy of Kazakhstan visited Multan on Sunday.", "The envoy of Kazakhstan", "Multan", 0, 0, "visited")
	e.Source.Text, e.Target.Text, e.Evidence.Words = "Astana", "Lahore", "went"
	if got := Segments(e); len(got) != 1 || got[0] != (Segment{e.Text, ""}) {
		t.Errorf("no anchor: %q", got)
	}
	if got := Segments(&dyad.Event{}); len(got) != 1 || got[0].Text != "" {
		t.Errorf("empty event: %q", got)
	}
}

// FuzzSegments: whatever the spans and texts, the segments concatenate to
// the sentence and never panic.
func FuzzSegments(f *testing.F) {
	f.Add("The envoy visited Multan.", "The envoy", "Multan", "visited", 10, 19, 28, 20, 10)
	f.Add("Türkiye’s envoy met İstanbul’s mayor.", "Türkiye’s envoy", "İstanbul’s mayor", "met", 0, 40, 22, 18, 0)
	f.Add("", "", "", "", 0, 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text, src, tgt, words string, srcStart, tgtStart, verbStart, verbLen, shift int) {
		e := &dyad.Event{Text: text}
		e.Source.Text, e.Source.Span = src, dyad.Span{Start: srcStart, End: srcStart + len(src)}
		e.Target.Text, e.Target.Span = tgt, dyad.Span{Start: tgtStart, End: tgtStart + len(tgt)}
		e.Evidence.Words = words
		e.Evidence.Spans = []dyad.Span{{Start: verbStart + shift, End: verbStart + shift + verbLen}}
		var b strings.Builder
		for _, s := range Segments(e) {
			b.WriteString(s.Text)
		}
		if b.String() != text {
			t.Fatalf("segments make %q, want %q", b.String(), text)
		}
	})
}

// FuzzParams: any query string is read or refused with a 400, never a
// panic; a cursor read back is the id it was made from.
func FuzzParams(f *testing.F) {
	for _, q := range []string{"", "dyad=PAK,KAZ&root=04&limit=10", "quad=5", "from=2024-01-01&to=2023-01-01",
		"after=" + encodeCursor("e1"), "after=%%", "actor=kaz&actor=pak", "code=0%00"} {
		f.Add(q)
	}
	allowed := append(filterParams, "limit", "after")
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := params(raw, allowed...)
		if err != nil {
			checkBadRequest(t, err)
			return
		}
		if _, err := parseFilter(q); err != nil {
			checkBadRequest(t, err)
		}
		if n, err := parseLimit(q, defaultLimit, maxLimit); err != nil {
			checkBadRequest(t, err)
		} else if n < 1 || n > maxLimit {
			t.Fatalf("limit %d", n)
		}
		if c := q.Get("after"); c != "" {
			id, err := decodeCursor(c)
			if err != nil {
				checkBadRequest(t, err)
				return
			}
			if back, err := decodeCursor(encodeCursor(id)); err != nil || back != id {
				t.Fatalf("cursor of %q read back as %q, %v", id, back, err)
			}
		}
	})
}

func checkBadRequest(t *testing.T, err error) {
	t.Helper()
	he, ok := err.(*httpError)
	if !ok || he.status != 400 || he.msg == "" {
		t.Fatalf("error %v is not a 400 with a message", err)
	}
}
