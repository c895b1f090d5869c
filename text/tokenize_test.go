package text

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
)

// tok is an expected token: its text and start offset (its end is
// start+len(text)).
type tok struct {
	text  string
	start int
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []tok
	}{
		{"", nil},
		{"Kazakhstan's envoy didn't go.", []tok{{"Kazakhstan", 0}, {"'s", 10}, {"envoy", 13}, {"did", 19}, {"n't", 22}, {"go", 26}, {".", 28}}},
		{"Can't won't they're I'm we've he'll she'd", []tok{{"Ca", 0}, {"n't", 2}, {"wo", 6}, {"n't", 8}, {"they", 12}, {"'re", 16},
			{"I", 20}, {"'m", 21}, {"we", 24}, {"'ve", 26}, {"he", 30}, {"'ll", 32}, {"she", 36}, {"'d", 39}}},
		{"the leaders' talks", []tok{{"the", 0}, {"leaders", 4}, {"'", 11}, {"talks", 13}}},
		{"Pakistan’s ties", []tok{{"Pakistan", 0}, {"’s", 8}, {"ties", 13}}},
		{"long-standing Greek-Cypriot ties", []tok{{"long-standing", 0}, {"Greek-Cypriot", 14}, {"ties", 28}}},
		{"$1,200.50 and 3.5% or 10:30 on 5/28/2023", []tok{{"$", 0}, {"1,200.50", 1}, {"and", 10}, {"3.5", 14}, {"%", 17},
			{"or", 19}, {"10:30", 22}, {"on", 28}, {"5/28/2023", 31}}},
		{"1,2 and 12,34,567", []tok{{"1", 0}, {",", 1}, {"2", 2}, {"and", 4}, {"12", 8}, {",", 10}, {"34,567", 11}}},
		{"The U.S. and U.N. e.g. a.m.", []tok{{"The", 0}, {"U.S.", 4}, {"and", 9}, {"U.N.", 13}, {"e.g.", 18}, {"a.m.", 23}}},
		{"Mr. Smith met Gen. Lee of Acme Inc. in Jan. 5", []tok{{"Mr.", 0}, {"Smith", 4}, {"met", 10}, {"Gen.", 14}, {"Lee", 19},
			{"of", 23}, {"Acme", 26}, {"Inc.", 31}, {"in", 36}, {"Jan.", 39}, {"5", 44}}},
		{"George W. Bush said No. 5 was no.", []tok{{"George", 0}, {"W.", 7}, {"Bush", 10}, {"said", 15}, {"No.", 20}, {"5", 24},
			{"was", 26}, {"no", 30}, {".", 32}}},
		{"Plan B.", []tok{{"Plan", 0}, {"B", 5}, {".", 6}}},
		{"Flew to the U.S.", []tok{{"Flew", 0}, {"to", 5}, {"the", 8}, {"U.S.", 12}}},
		{`He said: "Go (now)!" -- then... left—fast`, []tok{{"He", 0}, {"said", 3}, {":", 7}, {`"`, 9}, {"Go", 10}, {"(", 13},
			{"now", 14}, {")", 17}, {"!", 18}, {`"`, 19}, {"--", 21}, {"then", 24}, {"...", 28}, {"left", 32}, {"—", 36}, {"fast", 39}}},
		{"See https://example.com/a?b=1. Mail info@example.org.", []tok{{"See", 0}, {"https://example.com/a?b=1", 4}, {".", 29},
			{"Mail", 31}, {"info@example.org", 36}, {".", 52}}},
		{"www.gov.pk, O'Brien AT&T", []tok{{"www.gov.pk", 0}, {",", 10}, {"O'Brien", 12}, {"AT&T", 20}}},
		{"café naïve Zürich", []tok{{"café", 0}, {"naïve", 6}, {"Zürich", 13}}},
		{"bad\xffbyte", []tok{{"bad", 0}, {"\xff", 3}, {"byte", 4}}},
		{"``quoted''", []tok{{"``", 0}, {"quoted", 2}, {"''", 8}}},
		{"1990s 5th F-16s", []tok{{"1990s", 0}, {"5th", 6}, {"F-16s", 10}}},
	}
	for _, tt := range tests {
		got := Tokenize(tt.text, dyad.Span{Start: 0, End: len(tt.text)})
		if len(got) != len(tt.want) {
			t.Errorf("Tokenize(%q) = %s, want %v", tt.text, dump(got), tt.want)
			continue
		}
		for i, g := range got {
			w := tt.want[i]
			want := dyad.Span{Start: w.start, End: w.start + len(w.text)}
			if g.Span != want || g.Text != w.text || tt.text[g.Span.Start:g.Span.End] != g.Text {
				t.Errorf("Tokenize(%q)[%d] = %q %v, want %q %v", tt.text, i, g.Text, g.Span, w.text, want)
			}
		}
	}
}

func TestTokenizeSubspan(t *testing.T) {
	text := "First one. Second, here."
	got := Tokenize(text, dyad.Span{Start: 11, End: 24})
	want := []dyad.Span{sp(11, 17), sp(17, 18), sp(19, 23), sp(23, 24)}
	if len(got) != len(want) {
		t.Fatalf("got %s", dump(got))
	}
	for i := range got {
		if got[i].Span != want[i] {
			t.Errorf("token %d: %v, want %v", i, got[i].Span, want[i])
		}
	}
	for _, sp := range []dyad.Span{sp(-5, 3), sp(20, 99), sp(9, 2)} {
		for _, tk := range Tokenize(text, sp) {
			if tk.Span.Start < 0 || tk.Span.End > len(text) {
				t.Errorf("Tokenize(%v): token %v out of bounds", sp, tk.Span)
			}
		}
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ text, lower string }{
		{"Minister", "minister"},
		{"said", "said"},
		{"Pakistan’s", "'s"},
		{"didn’t", "n't"},
		{"“", `"`},
		{"”", `"`},
		{"—", "--"},
		{"–", "-"},
		{"Zürich", "zürich"},
		{"ÉTAT", "état"},
		{"U.S.", "u.s."},
	}
	for _, tt := range tests {
		got := Tokenize(tt.text, dyad.Span{Start: 0, End: len(tt.text)})
		if len(got) == 0 || got[len(got)-1].Lower != tt.lower {
			t.Errorf("Tokenize(%q) = %s, want a last token with Lower %q", tt.text, dump(got), tt.lower)
		}
	}
}

func dump(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&b, "%q%v/%s ", t.Text, t.Span, t.Tag)
	}
	return b.String()
}
