package phrase

import (
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
)

// dump renders chunks as "[NP the ambassador] [VP visited] ...".
func dump(toks []text.Token, cs []Chunk) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("[" + c.Kind.String())
		for j := c.Start; j < c.End; j++ {
			b.WriteString(" " + toks[j].Text)
		}
		b.WriteString("]")
	}
	return b.String()
}

func TestChunks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Kazakh ambassador visited Multan.",
			"[NP The Kazakh ambassador] [VP visited] [NP Multan] [O .]"},
		// An adverb between a determiner and an adjective is inside.
		{"Kazakhstan received the newly appointed ambassador.",
			"[NP Kazakhstan] [VP received] [NP the newly appointed ambassador] [O .]"},
		{"Russia did not attack Ukraine.",
			"[NP Russia] [VP did not attack] [NP Ukraine] [O .]"},
		// What a naming verb calls its object is a phrase of its own.
		{"Iran called the measures economic terrorism.",
			"[NP Iran] [VP called] [NP the measures] [NP economic terrorism] [O .]"},
		{"UN human rights chief Volker Turk spoke.",
			"[NP UN human rights chief Volker Turk] [VP spoke] [O .]"},
		{"He was invited to the ceremony.",
			"[NP He] [VP was invited] [PP to] [NP the ceremony] [O .]"},
		{"Kazakhstan's ambassador plans to visit Pakistan.",
			"[NP Kazakhstan 's ambassador] [VP plans] [VP to visit] [NP Pakistan] [O .]"},
		// A split infinitive is one verb group.
		{"Russia became the first country to formally recognise the Taliban government.",
			"[NP Russia] [VP became] [NP the first country] [VP to formally recognise] [NP the Taliban government] [O .]"},
		// Adjectives coordinated before a noun share it; without a noun
		// they stay apart.
		{"Pakistani and Kazakh officials met.",
			"[NP Pakistani and Kazakh officials] [VP met] [O .]"},
		{"They discussed political, economic and cultural ties.",
			"[NP They] [VP discussed] [NP political , economic and cultural ties] [O .]"},
		{"India will provide humanitarian and development assistance.",
			"[NP India] [VP will provide] [NP humanitarian and development assistance] [O .]"},
		// A name after a bare plural noun starts a phrase of its own.
		{"Abiy told reporters Ethiopia would export power.",
			"[NP Abiy] [VP told] [NP reporters] [NP Ethiopia] [VP would export] [NP power] [O .]"},
		// A noun coordinated with an adjective before a plural head.
		{"China began air and naval drills.",
			"[NP China] [VP began] [NP air and naval drills] [O .]"},
		{"Police and military officials met.",
			"[NP Police and military officials] [VP met] [O .]"},
		{"The divided Mediterranean island voted.",
			"[NP The divided Mediterranean island] [VP voted] [O .]"},
		// So does a participle after an opening quotation mark.
		{"He called them \"organised criminals\".",
			"[NP He] [VP called] [NP them] [NP \" organised criminals] [O \"] [O .]"},
		// A gerund after a commitment's "to" is as its infinitive.
		{"Japan is committed to expanding trade.",
			"[NP Japan] [VP is committed] [VP to expanding] [NP trade] [O .]"},
		{"Saudi Arabia deposited a combined three billion dollars.",
			"[NP Saudi Arabia] [VP deposited] [NP a combined three billion dollars] [O .]"},
		{"Ecuador remained open to restoring relations.",
			"[NP Ecuador] [VP remained] [ADJP open] [VP to restoring] [NP relations] [O .]"},
		// A span of time "later" or "ago" is no part of the noun before.
		{"Chile rejected the proposal hours later.",
			"[NP Chile] [VP rejected] [NP the proposal] [NP hours] [ADVP later] [O .]"},
		{"The students held demonstrations Saturday.",
			"[NP The students] [VP held] [NP demonstrations] [NP Saturday] [O .]"},
		// So is a time counted from now, but not one that modifies a noun.
		{"China will host Putin next month.",
			"[NP China] [VP will host] [NP Putin] [NP next month] [O .]"},
		{"They discussed last year's agreement.",
			"[NP They] [VP discussed] [NP last year 's agreement] [O .]"},
		{"The talks were long and difficult.",
			"[NP The talks] [VP were] [ADJP long] [O and] [ADJP difficult] [O .]"},
		{"Xi held talks with visiting Russian President Putin.",
			"[NP Xi] [VP held] [NP talks] [PP with] [NP visiting Russian President Putin] [O .]"},
		{"Orban met Xi after visiting Moscow.",
			"[NP Orban] [VP met] [NP Xi] [PP after] [VP visiting] [NP Moscow] [O .]"},
		{"They killed at least five people.",
			"[NP They] [VP killed] [ADVP at least] [NP five people] [O .]"},
		{"The minister, who arrived on Monday, has been working.",
			"[NP The minister] [O ,] [SBAR who] [VP arrived] [PP on] [NP Monday] [O ,] [VP has been working] [O .]"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.in, dyad.Span{End: len(tt.in)})
		text.Tag(toks)
		cs := Chunks(toks)
		if got := dump(toks, cs); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
		// Chunks cover every token once, in order, with the head inside.
		next := 0
		for _, c := range cs {
			if c.Start != next || c.End <= c.Start || c.Head < c.Start || c.Head >= c.End {
				t.Errorf("%q: bad chunk %+v after %d", tt.in, c, next)
			}
			next = c.End
		}
		if next != len(toks) {
			t.Errorf("%q: chunks end at %d of %d tokens", tt.in, next, len(toks))
		}
	}
}

func BenchmarkChunks(b *testing.B) {
	const s = "The Ambassador of Kazakhstan to Pakistan, Yerzhan Kistafin, visited Multan and was invited as a guest to the graduation ceremony at the institute."
	toks := text.Tokenize(s, dyad.Span{End: len(s)})
	text.Tag(toks)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Chunks(toks)
	}
}
