package text

import (
	"testing"

	"github.com/dyadcoder/dyad"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []dyad.Span
	}{
		{"empty", "", nil},
		{"space", "  \n\t ", nil},
		{"one", "  Hello world.  ", []dyad.Span{sp(2, 14)}},
		{"two", "He left. She stayed.", []dyad.Span{sp(0, 8), sp(9, 20)}},
		{"no final stop", "He left. She stayed", []dyad.Span{sp(0, 8), sp(9, 19)}},
		{"titles", "Mr. Smith met Gen. Lee and Lt. Col. Brown.", []dyad.Span{sp(0, 42)}},
		{"initials", "J. R. R. Tolkien met George W. Bush.", []dyad.Span{sp(0, 36)}},
		{"dotted", "The U.S. and the U.N. agreed.", []dyad.Span{sp(0, 29)}},
		{"dotted end", "He flew to the U.S. The talks began.", []dyad.Span{sp(0, 19), sp(20, 36)}},
		{"company end", "He joined Acme Inc. He left.", []dyad.Span{sp(0, 19), sp(20, 28)}},
		{"company mid", "Acme Inc. said so.", []dyad.Span{sp(0, 18)}},
		{"ending at line end", "He met Marcos Jr.\nChina's envoy left.", []dyad.Span{sp(0, 17), sp(18, 37)}},
		{"ending mid line", "He met Marcos Jr. China's envoy left.", []dyad.Span{sp(0, 37)}},
		{"month", "It began on Jan. 5 in Sept. 2001.", []dyad.Span{sp(0, 33)}},
		{"number", "It rose 3.5 percent on March 15. The rest fell.", []dyad.Span{sp(0, 32), sp(33, 47)}},
		{"no.", "He won No. 1 and quit.", []dyad.Span{sp(0, 22)}},
		{"e.g.", "Some, e.g. the army, agree.", []dyad.Span{sp(0, 27)}},
		{"quote", `"We will go," he said. "Then we stop." Then quiet.`, []dyad.Span{sp(0, 22), sp(23, 38), sp(39, 50)}},
		{"quote end", `He said "no." Then left.`, []dyad.Span{sp(0, 13), sp(14, 24)}},
		{"curly quote", "He said “no.” Then left.", []dyad.Span{sp(0, 17), sp(18, 28)}},
		{"question lower", `"Why?" he asked. Fine!`, []dyad.Span{sp(0, 16), sp(17, 22)}},
		{"ellipsis", "He paused... Then he went on... and on.", []dyad.Span{sp(0, 12), sp(13, 39)}},
		{"headline", "Talks Resume in Geneva\n\nDelegates met on Monday.", []dyad.Span{sp(0, 22), sp(24, 48)}},
		{"blank line", "First line\n  \nSecond line", []dyad.Span{sp(0, 10), sp(14, 25)}},
		{"crlf", "Title\r\n\r\nBody here.", []dyad.Span{sp(0, 5), sp(9, 19)}},
		{"line wrap", "A long\nsentence.", []dyad.Span{sp(0, 16)}},
		{"bullets", "Points:\n- one thing\n* another\n2. third", []dyad.Span{sp(0, 7), sp(10, 19), sp(22, 29), sp(33, 38)}},
		{"bullet dot", "Points:\n• one", []dyad.Span{sp(0, 7), sp(12, 15)}},
		{"paren", "He left (for good.) Then quiet.", []dyad.Span{sp(0, 19), sp(20, 31)}},
		{"decimal end", "It was 3.5. Next.", []dyad.Span{sp(0, 11), sp(12, 17)}},
		{"url", "See www.example.com/a.b for more. Done.", []dyad.Span{sp(0, 33), sp(34, 39)}},
		{"nbsp", "One.\u00a0Two.", []dyad.Span{sp(0, 4), sp(6, 10)}},
		{"invalid utf8", "Bad \xff byte. Next.", []dyad.Span{sp(0, 11), sp(12, 17)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Split(%q) = %v (%q), want %v", tt.text, got, texts(tt.text, got), tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Split(%q)[%d] = %v %q, want %v %q", tt.text, i, got[i], tt.text[got[i].Start:got[i].End],
						tt.want[i], tt.text[tt.want[i].Start:tt.want[i].End])
				}
			}
		})
	}
}

func texts(text string, spans []dyad.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func sp(start, end int) dyad.Span { return dyad.Span{Start: start, End: end} }
