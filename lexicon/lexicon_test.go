package lexicon

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/internal/errtest"
	"github.com/dyadcoder/dyad/text"
)

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatalf("embedded dictionaries: %v", err)
	}
	st := d.Stats()
	t.Logf("defaults: %d actor entries, %d role phrases, %d patterns over %d anchors, %d synsets",
		st.Actors, st.Roles, st.Patterns, st.Anchors, st.Synsets)
	if st.Actors < 249 || st.Roles < 100 || st.Patterns < 100 {
		t.Errorf("defaults too small: %+v", st)
	}
	// Countries whose capitals are not listed (Singapore's has its name,
	// Hong Kong has none of its own) are countries all the same.
	for code, want := range map[string]bool{"PAK": true, "SGP": true, "HKG": true, "USR": true, "IGOUNO": false, "---": false} {
		if got := d.IsCountry(code); got != want {
			t.Errorf("IsCountry(%q) = %v, want %v", code, got, want)
		}
	}
}

// TestErrors checks that every line of testdata/bad.txt marked
// # ERROR "rx" is reported, at its line, with a message matching rx, and
// that no other line is.
func TestErrors(t *testing.T) {
	checkErrors(t, "testdata/bad.txt", Dyad)
}

// checkErrors parses file in format f and checks its # ERROR "rx"
// markers: each marked line is reported, with a message matching rx, and
// no other line is.
func checkErrors(t *testing.T, file string, f Format) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want, err := errtest.Markers(data)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	name := filepath.Base(file)
	_, err = ParseAs(f, name, bytes.NewReader(data))
	errtest.Check(t, err, name, want)
}

func tokens(s string) []text.Token {
	toks := text.Tokenize(s, dyad.Span{End: len(s)})
	text.Tag(toks)
	return toks
}

func TestActorAndRole(t *testing.T) {
	const dict = `
PAK  country  Pakistan; Islamic Republic of Pakistan
USA  country  United States; US
USA  adj      American; Americans
ARE  country  United Arab Emirates; the Emirates
KAZGOV person Yerzhan Kistafin @2022-01-01..2024-12-31
IMGMOSALQ group Al-Qaeda
GOV  role     ambassador; foreign minister
CRM  role     suspect
LEG  role     Speaker
CVL  role     national (noun)
`
	d, err := Parse("t.txt", strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	tests := []struct {
		text string
		at   int
		date time.Time
		code string
		n    int
	}{
		{"the Islamic Republic of Pakistan said", 1, time.Time{}, "PAK", 4},
		{"Pakistan said", 0, time.Time{}, "PAK", 1},
		{"the US said", 1, time.Time{}, "USA", 1},
		{"let us go", 1, time.Time{}, "", 0},
		{"Yerzhan Kistafin visited", 0, day("2023-05-28"), "KAZGOV", 2},
		{"Yerzhan Kistafin visited", 0, day("2025-05-28"), "", 0},
		// A lower-case Arabic article before a capital is a name's.
		{"militants of al-Qaeda said", 2, time.Time{}, "IMGMOSALQ", 1},
		{"militants of Al-Qaeda said", 2, time.Time{}, "IMGMOSALQ", 1},
		{"militants of al-qaeda said", 2, time.Time{}, "", 0},
		// A region's adjective is not the country's people.
		{"American diplomats said", 0, time.Time{}, "USA", 1},
		{"Latin American diplomats said", 1, time.Time{}, "", 0},
		{"South American leaders said", 1, time.Time{}, "", 0},
		// What a country owns or leads is its own; what it backs is not.
		{"an American-owned ship", 1, time.Time{}, "USA", 1},
		{"the US-led coalition", 1, time.Time{}, "USA", 1},
		{"Pakistan-backed militants", 0, time.Time{}, "", 0},
		// A name that opens with "The" opens with "the" in a sentence.
		{"thanked the Emirates", 1, time.Time{}, "ARE", 2},
		{"thanked The Emirates", 1, time.Time{}, "ARE", 2},
		{"an Emirates flight", 1, time.Time{}, "", 0},
		// What a country's firm manages is the country's; where a ship
		// is bound is not.
		{"a US-managed tanker", 1, time.Time{}, "USA", 1},
		{"a Pakistan-bound flotilla", 1, time.Time{}, "", 0},
	}
	for _, tt := range tests {
		m, ok := d.Actor(tokens(tt.text), tt.at, tt.date)
		if tt.code == "" {
			if ok {
				t.Errorf("%q at %d: got %s, want none", tt.text, tt.at, m.Entry.Code)
			}
			continue
		}
		if !ok || m.Entry.Code != tt.code || m.N != tt.n {
			t.Errorf("%q at %d: got %v %d, want %s %d", tt.text, tt.at, m.Entry, m.N, tt.code, tt.n)
		}
	}
	if e, part, ok := d.Hyphened(tokens("Pakistan-backed militants")[0], time.Time{}); !ok || e.Code != "PAK" || part != "backed" {
		t.Errorf("Pakistan-backed: got %v %q %v, want PAK backed", e, part, ok)
	}
	if e, part, ok := d.Hyphened(tokens("Al-Qaeda-held town")[0], time.Time{}); !ok || e.Code != "IMGMOSALQ" || part != "held" {
		t.Errorf("Al-Qaeda-held: got %v %q %v, want IMGMOSALQ held", e, part, ok)
	}
	if _, _, ok := d.Hyphened(tokens("Pakistan-India talks")[0], time.Time{}); ok {
		t.Errorf("Pakistan-India: a pair, not a participle")
	}
	toks := tokens("the ambassadors and the foreign minister")
	if m, ok := d.Role(toks, 1); !ok || m.Entry.Code != "GOV" {
		t.Errorf("ambassadors: no GOV role")
	}
	if m, ok := d.Role(toks, 4); !ok || m.N != 2 {
		t.Errorf("foreign minister: got %v", m)
	}
	// A capitalised role word is a title, matched as written only.
	if m, ok := d.Role(tokens("Speaker Numan Kurtulmus arrived"), 0); !ok || m.Entry.Code != "LEG" {
		t.Errorf("Speaker: got %v, want LEG", m)
	}
	if m, ok := d.Role(tokens("a speaker at the conference"), 1); ok {
		t.Errorf("speaker: got %v, want no role", m)
	}
	// A role word's inflections as a noun, not as a verb.
	if _, ok := d.Role(tokens("police arrested two suspects"), 3); !ok {
		t.Errorf("suspects: no CRM role")
	}
	if m, ok := d.Role(tokens("troops shelled suspected militant hideouts"), 2); ok {
		t.Errorf("suspected: got %v, want no role", m)
	}
	// A role marked "(noun)" matches where its word is a noun only.
	if m, ok := d.Role(tokens("police arrested a French national accused of spying"), 4); !ok || m.Entry.Code != "CVL" || m.Entry.Name != "national" {
		t.Errorf("a French national: got %v %v, want CVL", m.Entry, ok)
	}
	for _, x := range []string{"the national team won", "the National Liberation Army"} {
		if m, ok := d.Role(tokens(x), 1); ok {
			t.Errorf("%s: got %v, want no role", x, m)
		}
	}
}

func TestPatterns(t *testing.T) {
	const dict = `
&AIDS = aid; humanitarian assistance
&LIFT = lift sanctions
042:043 v VISIT +
042:043 v PAY visit to +
070 v RECEIVE &AIDS from $
114 v FILE complaint with ^ against +
`
	d, err := Parse("t.txt", strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	ps := d.Patterns("pay")
	if len(ps) != 1 || ps[0].Code != "042" || ps[0].Pair != "043" || len(ps[0].After) != 3 {
		t.Fatalf("pay: %+v", ps)
	}
	if !ps[0].Has(ElemTarget) || ps[0].Has(ElemSource) {
		t.Errorf("pay: slots wrong")
	}
	if n := d.Synset("AIDS", tokens("humanitarian assistance arrived"), 0); n != 2 {
		t.Errorf("synset match %d tokens, want 2", n)
	}
	// Determiners and adjectives may stand between a phrase's words, not
	// before its first.
	if n := d.Synset("AIDS", tokens("humanitarian and medical assistance"), 0); n != 0 {
		t.Errorf("synset matched %d tokens past a conjunction, want none", n)
	}
	if n := d.Synset("AIDS", tokens("the humanitarian assistance"), 0); n != 0 {
		t.Errorf("synset matched %d tokens from a determiner, want none", n)
	}
	if n := d.Synset("LIFT", tokens("lift the remaining economic sanctions now"), 0); n != 5 {
		t.Errorf("synset match %d tokens, want 5", n)
	}
	if ps := d.Patterns("receive"); len(ps) != 1 || !ps[0].Has(ElemSource) {
		t.Errorf("receive: %+v", ps)
	}
	if ps := d.Patterns("file"); len(ps) != 1 || len(ps[0].After) != 5 || ps[0].After[2].Kind != ElemSkip || !ps[0].Has(ElemTarget) {
		t.Errorf("file: %+v", ps)
	}
}

// TestMayMatch: a pattern may match a sentence only if every word it names
// stands in it, as written or, unless literal, by its lemma.
func TestMayMatch(t *testing.T) {
	const dict = `
&AIDS = aid; humanitarian assistance
042:043 v PAY visit to +
070 v RECEIVE &AIDS from $
`
	d, err := Parse("t.txt", strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	pay, receive := d.Patterns("pay")[0], d.Patterns("receive")[0]
	var ws WordSet
	for _, tt := range []struct {
		sentence      string
		literal, want bool
	}{
		{"Pakistan paid a visit to Kazakhstan", false, true},
		{"Pakistan paid visits to Kazakhstan", false, true},  // "visits": lemma visit
		{"Pakistan paid visits to Kazakhstan", true, false},  // as written only
		{"Pakistan paid a call to Kazakhstan", false, false}, // no "visit"
		{"Pakistan paid a visit", false, false},              // no "to"
	} {
		d.Words(tokens(tt.sentence), tt.literal, &ws)
		if got := pay.MayMatch(&ws); got != tt.want {
			t.Errorf("PAY visit to + may match %q (literal %v): %v, want %v", tt.sentence, tt.literal, got, tt.want)
		}
		if receive.MayMatch(&ws) {
			t.Errorf("RECEIVE &AIDS from $ may match %q, which has no \"from\"", tt.sentence)
		}
	}
	// A synset's words are not needed as such: the synset may match
	// otherwise ("humanitarian assistance").
	d.Words(tokens("Pakistan received humanitarian assistance from China"), false, &ws)
	if !receive.MayMatch(&ws) {
		t.Error("RECEIVE &AIDS from $ may not match a sentence with its words")
	}
	// A pattern made outside a Dict needs nothing.
	if !(&Pattern{After: pay.After}).MayMatch(&WordSet{}) {
		t.Error("a pattern made outside a Dict may not match")
	}
}

// FuzzParse feeds arbitrary dictionary text to the parser: it must never
// panic, and every error must name a line.
func FuzzParse(f *testing.F) {
	f.Add("PAK country Pakistan; Islamic Republic of Pakistan\n")
	f.Add("042:043 v PAY visit to +\n&X = a; b c\n")
	f.Add("KAZGOV person A B @2020-01-01..\nGOV role ambassador\n")
	f.Add("\xff\xfe 042 v\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, err := Parse("fuzz.txt", strings.NewReader(s))
		if list, ok := err.(dyad.ErrorList); ok {
			for _, e := range list {
				if e.Line <= 0 {
					t.Errorf("error without a line: %v", e)
				}
			}
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLongerName: a place name inside a longer proper name (a person's, a
// newspaper's) names no place, but one beside a title, a role, a date, a
// word of geography or (unless strict) another known name still does.
func TestLongerName(t *testing.T) {
	const dict = `
JOR  country  Jordan
CHN  country  China
LBN  country  Lebanon
PAK  country  Pakistan
UKR  country  Ukraine
RUS  country  Russia
GOV  role     senator
MIL  role     army
PSEGOV  person  Mahmoud Abbas; Abbas
IRNGOV  person  Abbas Araghchi; Araghchi  @2024-08-21..
`
	d, err := Parse("t.txt", strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text   string
		at     int
		code   string // what Actor finds; "" none
		strict bool   // what LongerName says when strict
	}{
		{"Michael Jordan visited China .", 1, "", true},
		{"Jordan Smith visited China .", 0, "", true},
		{"The China Daily reported it .", 1, "", true},
		{"Senator Jordan visited China .", 1, "JOR", false},
		{"The Pakistan Army said so .", 1, "PAK", false},
		{"Forces entered South Lebanon on Sunday .", 3, "LBN", false},
		{"Jordan Monday said so .", 0, "JOR", false},
		{"the Russia Ukraine talks", 1, "RUS", true},
		{"Jordan said so .", 0, "JOR", false},
	} {
		toks := tokens(tt.text)
		m, ok := d.Actor(toks, tt.at, time.Time{})
		got := ""
		if ok {
			got = m.Entry.Code
		}
		if got != tt.code {
			t.Errorf("%q at %d: actor %q, want %q", tt.text, tt.at, got, tt.code)
		}
		if s := d.LongerName(toks, tt.at, 1, true); s != tt.strict {
			t.Errorf("%q at %d: strict LongerName %v, want %v", tt.text, tt.at, s, tt.strict)
		}
	}
	// A person's one-word name beside another person's name is part of a
	// longer one, even before that person's dates: "Abbas Araghchi" is no
	// Mahmoud Abbas in June 2024.
	june := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	if m, ok := d.Actor(tokens("Abbas Araghchi said so ."), 0, june); ok {
		t.Errorf("Abbas of Abbas Araghchi: actor %s, want none", m.Entry.Code)
	}
}

// TestLooseNounModifier: a dyad synset phrase matches past a noun that
// modifies its head: "lift the road blockades" is "lift blockades".
func TestLooseNounModifier(t *testing.T) {
	p := &phrase{words: []string{"lift", "blockade"}, lemma: []string{"lift", "blockade"}}
	toks := text.Tokenize("lift the road blockades", dyad.Span{End: len("lift the road blockades")})
	text.Tag(toks)
	if n := p.spanAt(toks); n != 4 {
		t.Errorf("spanAt(%q) = %d, want 4", "lift the road blockades", n)
	}
}
