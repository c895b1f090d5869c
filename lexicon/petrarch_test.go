package lexicon

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// suite is the PETRARCH validation suite, read from ../shared.
var suite = filepath.Join("..", "..", "shared", "peers", "petrarch2")

func suiteFiles(t testing.TB) (verbs, actors, agents, discards string) {
	f := func(kind string) string { return filepath.Join(suite, "PETR.Validate."+kind+".txt") }
	if _, err := os.Stat(f("verbs")); err != nil {
		t.Skipf("PETRARCH suite not found: %v", err)
	}
	return f("verbs"), f("actors"), f("agents"), f("discards")
}

// TestPetrarchSuite loads the dictionaries of PETRARCH's validation suite:
// every line must load, and the counts must be what the files hold.
func TestPetrarchSuite(t *testing.T) {
	verbs, actors, agents, discards := suiteFiles(t)
	for path, want := range map[string]Format{verbs: PetrarchVerbs, actors: PetrarchActors, agents: PetrarchAgents, discards: PetrarchDiscards} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(data); got != want {
			t.Errorf("Sniff(%s) = %v, want %v", filepath.Base(path), got, want)
		}
	}
	d, err := LoadPetrarch(verbs, actors, agents, discards)
	if err != nil {
		t.Fatalf("LoadPetrarch: %v", err)
	}
	st := d.Stats()
	patLines, verbLines := map[string]bool{}, map[string]bool{}
	for _, ps := range d.patterns {
		for _, p := range ps {
			if strings.HasPrefix(p.Text, "-") {
				patLines[p.Src] = true
			} else {
				verbLines[p.Src] = true
			}
		}
	}
	actorEntries, roleEntries := map[*Entry]bool{}, map[*Entry]bool{}
	for _, ps := range d.names {
		for _, p := range ps {
			actorEntries[p.entry] = true
		}
	}
	for _, ps := range d.roles {
		for _, p := range ps {
			roleEntries[p.entry] = true
		}
	}
	t.Logf("%+v; %d pattern lines, %d verb lines, %d actor and %d agent entries",
		st, len(patLines), len(verbLines), len(actorEntries), len(roleEntries))
	for _, c := range []struct {
		what      string
		got, want int
	}{
		{"synsets", st.Synsets, 17},
		{"blocks", st.Blocks, 261},
		// 474 pattern lines, one of which repeats another of its block.
		{"pattern lines", len(patLines), 473},
		{"verb lines", len(verbLines), 269},
		{"sentence discards", st.Discards, 5},
		{"story discards", st.StoryDiscards, 4},
		// One per code: the default and each dated code.
		{"actor entries", len(actorEntries), 138},
		{"agent entries", len(roleEntries), 88},
		{"entries", st.Actors, 138 + 88},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.what, c.got, c.want)
		}
	}

	// The same files load beside dyad's defaults, told apart by content.
	if _, err := Load([]string{verbs, actors, agents, discards}); err != nil {
		t.Errorf("Load with the defaults: %v", err)
	}
}

// TestPetrarchSuiteDates resolves the suite's dated actors as PETRARCH
// does: the first dated code that holds, else the default, dates included.
func TestPetrarchSuiteDates(t *testing.T) {
	_, actors, _, _ := suiteFiles(t)
	d, err := LoadPetrarch("", actors, "", "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, date, code string }{
		{"Sam Gamgee", "2008-01-19", "HOBCIV"},
		{"Sam Gamgee", "2008-01-20", "HOBCIV"}, // both hold: the first listed wins
		{"Sam Gamgee", "2010-01-10", "ORCHOB"},
		{"Sam Gamgee", "2011-05-05", "HOBMIL"},
		{"Sam Gamgee", "2013-01-19", "HOBGOV"},
		{"Sam Gamgee", "2013-01-20", "HOBELI"},
		{"Smeagol", "1995-06-01", "HOB"},
		{"Smeagol", "1995-06-02", "HOBGOV"},
		{"Gollum", "1999-08-16", "HOBREB"},
		{"Zimbabwe", "1979-06-06", "RHO"},
		{"Zimbabwe", "1980-04-18", "ZBW"},
		{"USSR", "1991-12-26", "USR"},
		{"USSR", "1991-12-27", ""},
		{"Prince of Dol Amroth", "1990-01-01", "---"},
		{"Prince of Dol Amroth", "2000-01-01", "DOL"},
		{"the AU", "2014-01-01", "IGOAFR"},
	}
	for _, tt := range tests {
		day, _ := time.Parse(time.DateOnly, tt.date)
		m, ok := d.Actor(tokens(tt.name+" said"), 0, day)
		got := ""
		if ok {
			got = m.Entry.Code
		}
		if got != tt.code {
			t.Errorf("%s on %s: %q, want %q", tt.name, tt.date, got, tt.code)
		}
	}
}

// TestPetrarchErrors checks the # ERROR markers of the PETRARCH-format
// testdata files.
func TestPetrarchErrors(t *testing.T) {
	for _, tt := range []struct {
		file string
		f    Format
	}{
		{"verbs.txt", PetrarchVerbs},
		{"actors.txt", PetrarchActors},
		{"agents.txt", PetrarchAgents},
		{"discards.txt", PetrarchDiscards},
	} {
		t.Run(tt.file, func(t *testing.T) {
			checkErrors(t, filepath.Join("testdata", "petrarch", tt.file), tt.f)
		})
	}
}

func loadTestdata(t testing.TB) *Dict {
	t.Helper()
	f := func(kind string) string { return filepath.Join("testdata", "petrarch", kind+".txt") }
	d, err := LoadPetrarch(f("verbs"), f("actors"), f("agents"), f("discards"))
	if _, ok := err.(dyad.ErrorList); err != nil && !ok {
		t.Fatal(err)
	}
	return d
}

// TestPetrarchGolden dumps what the testdata files load to and compares it
// with testdata/petrarch/dict.golden (-update rewrites it).
func TestPetrarchGolden(t *testing.T) {
	got := dump(loadTestdata(t))
	golden := filepath.Join("testdata", "petrarch", "dict.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("dictionary differs from %s (run with -update to accept):\n%s", golden, diff(string(want), got))
	}
}

// dump writes a Dict out, one sorted line per pattern, name, role phrase,
// discard and synset.
func dump(d *Dict) string {
	var lines []string
	for _, ps := range d.patterns {
		for _, p := range ps {
			lines = append(lines, fmt.Sprintf("pattern %-8s %-7s %-40s %s (%s)", p.Anchor, codes(p.Code, p.Pair), render(p), p.Src, p.Verb))
		}
	}
	for _, ps := range d.names {
		for i, p := range ps {
			lines = append(lines, fmt.Sprintf("actor   %-28q #%d %s %s %s..%s %s", strings.Join(p.words, " "), i,
				p.entry.Kind, p.entry.Code, day(p.entry.From), day(p.entry.To), p.entry.Src))
		}
	}
	for _, ps := range d.roles {
		for _, p := range ps {
			lines = append(lines, fmt.Sprintf("role    %-28q %s prefix=%v surface=%v %s", strings.Join(p.words, " "), p.entry.Code, p.entry.Prefix, p.surface, p.entry.Src))
		}
	}
	for _, ds := range d.discards {
		for _, x := range ds {
			lines = append(lines, fmt.Sprintf("discard %q story=%v", x.text, x.story))
		}
	}
	for _, s := range d.synsets {
		var ws []string
		for _, p := range s.phrases {
			ws = append(ws, strings.Join(p.words, " "))
		}
		lines = append(lines, fmt.Sprintf("synset  &%s = %s", s.Name, strings.Join(ws, "; ")))
	}
	sort.Strings(lines)
	st := d.Stats()
	return fmt.Sprintf("%+v\n%s\n", st, strings.Join(lines, "\n"))
}

func codes(code, pair string) string {
	if pair != "" {
		return code + ":" + pair
	}
	return code
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// render writes a pattern's elements around * as in PETRARCH, with '_'
// between adjacent elements.
func render(p *Pattern) string {
	var b strings.Builder
	el := func(e Elem) string {
		switch e.Kind {
		case ElemWord:
			return e.Word
		case ElemSource:
			return "$"
		case ElemTarget:
			return "+"
		case ElemCompound:
			return "%"
		case ElemSkip:
			return "^"
		case ElemSynset:
			return "&" + e.Synset
		}
		return "?"
	}
	for _, e := range p.Before {
		b.WriteString(el(e))
		if e.Adjacent {
			b.WriteString("_")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("*")
	for _, e := range p.After {
		if e.Adjacent {
			b.WriteString("_")
		} else {
			b.WriteString(" ")
		}
		b.WriteString(el(e))
	}
	return b.String()
}

// diff lists the lines only in want (-) and only in got (+).
func diff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for l := range w {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for l := range g {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

// TestPetrarchPatterns checks what each verb syntax becomes.
func TestPetrarchPatterns(t *testing.T) {
	d := loadTestdata(t)
	tests := []struct {
		anchor string
		want   []string // code, then the pattern as render writes it
	}{
		// Irregular forms in {...} are anchors too; the bare verb is a
		// pattern of its own with the block's code.
		{"shipped", []string{"070 *", "073 * &CARGO to +", "074:075 $ has_* ^ to +", "036:036 % * together_again",
			"### * arms", "--- not_*", "07X so in_and_*_out", "def * cheese_cake do_n't"}},
		// A multi-word verb: the + word is the anchor, its own words tie
		// to it, and the block's patterns wrap around them.
		{"send", []string{"071 *_off", "073 *_off &CARGO to +", "074:075 $ has_*_off ^ to +"}},
		{"handed", []string{"070 *_over"}},
		{"mail", []string{"070 *_back"}},
		{"tap", []string{"041 wire_*", "042:043 wire_* warmly"}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for _, p := range d.Patterns(tt.anchor) {
			got[codes(p.Code, p.Pair)+" "+render(p)] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%s: no pattern %q; have %v", tt.anchor, w, got)
			}
		}
	}
	if n := d.Synset("CARGO", tokens("copper and grain"), 0); n != 1 {
		t.Errorf("nested synset: CARGO matched %d tokens of \"copper\", want 1", n)
	}
	if n := d.Synset("CARGO", tokens("tin ore"), 0); n != 2 {
		t.Errorf("nested synset: CARGO matched %d tokens of \"tin ore\", want 2", n)
	}
}

// TestPetrarchActorsAndAgents matches the testdata actors and agents.
func TestPetrarchActorsAndAgents(t *testing.T) {
	d := loadTestdata(t)
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	actors := []struct {
		text, date, code string
		n                int
	}{
		{"Ardenian troops", "", "ARD", 1},
		{"the Ardenne state", "", "ARD", 3},
		{"THE ARDENNE STATE", "", "ARD", 3},
		{"Mira Voss spoke", "1999-12-31", "ARDELI", 2},
		{"Mira Voss spoke", "2005-01-01", "ARDCIV", 2},
		{"Mira Voss spoke", "2012-06-15", "ARDGOV", 2},
		{"Mira Voss spoke", "2015-01-01", "ARDOPP", 2},
		{"KB said", "", "ARDBUS", 1},
		{"Odd values", "", "ELR/GAL", 2},
		{"null actor", "", "---", 2},
		{"Lower code", "", "ard", 2},
		{"after stop", "", "", 0},
	}
	for _, tt := range actors {
		m, ok := d.Actor(tokens(tt.text), 0, day(tt.date))
		got := ""
		if ok {
			got = m.Entry.Code
			if m.Entry.Kind != Named {
				t.Errorf("%q: kind %v, want named", tt.text, m.Entry.Kind)
			}
		}
		if got != tt.code || ok && m.N != tt.n {
			t.Errorf("%q on %q: %q over %d tokens, want %q over %d", tt.text, tt.date, got, m.N, tt.code, tt.n)
		}
	}
	roles := []struct {
		text, code string
		prefix     bool
		n          int
	}{
		{"customs officers", "CUS", false, 2},
		{"customs official", "CUS", false, 2},
		{"harbour masters", "GOV", false, 2},
		{"navy", "MILNAV", false, 1},
		{"navies", "", false, 0}, // {}: no plural
		{"ferrymen", "TRN", false, 1},
		{"ferry crews", "TRN", false, 2},
		{"ferry crew", "TRN", false, 2},
		{"charities", "NGO", true, 1},
		{"relief bodies", "NGO", true, 2},
		{"bus companies", "BUS", false, 2},
		{"bosses", "ELI", false, 1},
	}
	for _, tt := range roles {
		m, ok := d.Role(tokens(tt.text), 0)
		got := ""
		if ok {
			got = m.Entry.Code
		}
		if got != tt.code || ok && (m.Entry.Prefix != tt.prefix || m.N != tt.n) {
			t.Errorf("%q: %+v %d, want %s prefix=%v over %d", tt.text, m.Entry, m.N, tt.code, tt.prefix, tt.n)
		}
	}
}

func TestDiscard(t *testing.T) {
	d := loadTestdata(t)
	tests := []struct {
		text, phrase string
		story        bool
	}{
		{"The sports roundup follows.", "SPORTS ROUNDUP", false},
		{"Today's CROSSWORD is hard.", "CROSSWORD", false},
		{"Crosswords are hard.", "", false}, // whole words only
		{"A horoscope for Sports Roundup readers.", "HOROSCOPE", true},
		{"Sports roundup: the film review.", "FILM REVIEW", true},
		{"Sports news only.", "", false},
	}
	for _, tt := range tests {
		phrase, story, ok := d.Discard(tokens(tt.text))
		if ok != (tt.phrase != "") || phrase != tt.phrase || story != tt.story {
			t.Errorf("%q: %q story=%v ok=%v, want %q story=%v", tt.text, phrase, story, ok, tt.phrase, tt.story)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		text string
		want Format
	}{
		{"# dyad\nPAK country Pakistan\n", Dyad},
		{"042:043 v VISIT +\n", Dyad},
		{"&AIDS = aid; help\n", Dyad},
		{"", Dyad},
		{"# only comments\n", Dyad},
		{"<!-- x -->\n&CURRENCY\n+DOLLARS\n", PetrarchVerbs},
		{"--- VISIT [042] ---\nVISIT\n", PetrarchVerbs},
		{"- * TIES [064]\n", PetrarchVerbs},
		{"GONDOR [GON]\n+MINAS_TIRITH\n", PetrarchActors},
		{"GOLLUM\n\t[HOB <950601]\n", PetrarchActors},
		{"!PERSON! = MAN, MEN\n", PetrarchAgents},
		{"POLICE {} [~COP]\n", PetrarchAgents},
		{"CHARITY [NGO~]\n", PetrarchAgents},
		{"MONTHS LATER\n+TYPHOON\n", PetrarchDiscards},
		{"x <!-- a comment\nPAK country Pakistan\n-->\nHAMAS [PSE]\n", PetrarchActors},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.text)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	data, err := os.ReadFile(filepath.Join("testdata", "bad.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Sniff(data); got != Dyad {
		t.Errorf("Sniff(bad.txt) = %v, want dyad", got)
	}
}

func TestPetrarchDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"950601", "1995-06-01"},
		{"300101", "2030-01-01"}, // 00-30 are 20YY
		{"310101", "1931-01-01"},
		{"000229", "2000-02-29"},
		{"20130119", "2013-01-19"},
		{"17760704", "1776-07-04"},
		{"19000229", ""},
		{"951301", ""},
		{"9506", ""},
		{"95O601", ""},
		{"2013011", ""},
	}
	for _, tt := range tests {
		d, err := petrarchDate(tt.in)
		got := ""
		if err == nil {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("petrarchDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// fuzzPetrarch feeds arbitrary text to a PETRARCH reader: it must never
// panic, and every error must name a line.
func fuzzPetrarch(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseAs(format, "fuzz.txt", strings.NewReader(s))
		if d == nil {
			t.Fatal("nil Dict")
		}
		if list, ok := err.(dyad.ErrorList); ok {
			for _, e := range list {
				if e.Line <= 0 {
					t.Errorf("error without a line: %v", e)
				}
			}
		} else if err != nil {
			t.Errorf("error %T, want dyad.ErrorList", err)
		}
		d.Stats()
	})
}

func FuzzParsePetrarchVerbs(f *testing.F) {
	fuzzPetrarch(f, PetrarchVerbs,
		"&A_\n+X_Y\n+&B\n&B\n+Z\n--- V [010] ---\nV {VS VED}\n+P_Q [011:012]\nR_+S\n- $ IN_*_OUT ^ % + &A [###]\n",
		"--- X ---\n- * [\n- *_ _* [a:b]\n&\n+\n{}\n",
		"<!-- a\n-->\n--- [---] [1] ---\n- ** [1]\n")
}

func FuzzParsePetrarchActors(f *testing.F) {
	fuzzPetrarch(f, PetrarchActors,
		"A_B [AB]\n+C D\n\t[X <950601]\n\t[Y 20010101-20020202]\n\t[Z >991231]\n\t[W]\n",
		"[X]\n\tQ\nP [\n+\n---STOP---\n",
		"E [ ]\n\t[F 990230-]\n")
}

func FuzzParsePetrarchAgents(f *testing.F) {
	fuzzPetrarch(f, PetrarchAgents,
		"!P! = MAN, MEN\nX!P! [~A]\nY {} [B~]\nZ {ZS ZZ} [ ~C]\n",
		"!! = \n!X [~]\n{ [~~]\n")
}

func FuzzParsePetrarchDiscards(f *testing.F) {
	fuzzPetrarch(f, PetrarchDiscards, "A B\n+C_D_\n+\n_\n")
}

func BenchmarkLoadPetrarch(b *testing.B) {
	verbs, actors, agents, discards := suiteFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadPetrarch(verbs, actors, agents, discards); err != nil {
			b.Fatal(err)
		}
	}
}
