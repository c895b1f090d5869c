package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/internal/errtest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestPetrarchGolden reads a small file with every feature (environment,
// inline configs, comments, quoted codes, &amp;, noevents, error codings,
// the older valid attribute) and compares a JSON dump with the golden file.
func TestPetrarchGolden(t *testing.T) {
	f, err := ReadPetrarch(filepath.Join("testdata", "petrarch-small.xml"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(f, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "petrarch-small.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("ReadPetrarch(petrarch-small.xml) differs from %s (run with -update to see):\n%s", golden, got)
	}
}

// TestPetrarchSmall checks the points of the small file that matter most.
func TestPetrarchSmall(t *testing.T) {
	f, err := ReadPetrarch(filepath.Join("testdata", "petrarch-small.xml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, text string
		line     int
		valid    bool
		gold     []Coding
		noEvents bool
		error    string
		options  map[string]string
	}{
		{"ONE-01", "Nordland's envoy visited Sudland & the River Council.", 15, true,
			[]Coding{{"NRD", "SRD", "042"}, {`"THE RIVER COUNCIL"`, "---GOV", "174K"}}, false, "",
			map[string]string{"stop_on_error": "True"}},
		{"ONE-02", "Nothing happened.", 29, false, nil, true, "",
			map[string]string{"stop_on_error": "True", "require_dyad": "FALSE"}},
		{"TWO-01", "The match ended in a draw.", 35, true, nil, false, "sentencediscard",
			map[string]string{"stop_on_error": "True", "require_dyad": "true", "comma_max": "0"}},
		{"TWO-02", "No coding at all.", 40, true, nil, false, "",
			map[string]string{"stop_on_error": "True", "require_dyad": "true", "comma_max": "0"}},
	}
	if len(f.Records) != len(tests) {
		t.Fatalf("%d records, want %d", len(f.Records), len(tests))
	}
	for i, tt := range tests {
		r := f.Records[i]
		if r.ID != tt.id || r.Text != tt.text || r.Line != tt.line || r.Valid != tt.valid ||
			r.NoEvents != tt.noEvents || r.Error != tt.error || !slices.Equal(r.Gold, tt.gold) || !maps.Equal(r.Options, tt.options) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, r, tt)
		}
	}
	if p := f.Records[0].Parse; p != "(ROOT (S (NP (NNP Nordland)) (VP (VBD visited) (NP (NNP Sudland)))))" {
		t.Errorf("parse %q", p)
	}
	if d := f.Records[0].Date.Format("2006-01-02"); d != "2001-02-03" {
		t.Errorf("date %s", d)
	}
	env := f.Env
	if env.Verbs != "test.verbs.txt" || env.Actors != "test.actors.txt" || env.Agents != "test.agents.txt" ||
		env.Discards != "test.discards.txt" || strings.Join(env.Include, " ") != "valid ONE TWO" ||
		!maps.Equal(env.Options, map[string]string{"stop_on_error": "True"}) {
		t.Errorf("environment %+v", env)
	}
}

// TestPetrarchBad: each bad record is reported at the line marked with an
// inline <!-- ERROR "rx" --> comment and skipped; the good ones are kept.
func TestPetrarchBad(t *testing.T) {
	path := filepath.Join("testdata", "petrarch-bad.xml")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := errtest.Markers(raw)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ReadPetrarch(path)
	if f == nil {
		t.Fatalf("fatal error: %v", err)
	}
	errtest.Check(t, err, path, want)
	var ids []string
	for _, r := range f.Records {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, " ") != "GOOD-1 GOOD-2" {
		t.Errorf("kept %v, want GOOD-1 GOOD-2", ids)
	}
}

// TestPetrarchNotXML: input that is not a PETRARCH XML file is an error and
// no file.
func TestPetrarchNotXML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "no root element"},
		{"text", "Multan, 31 May 2023: the ambassador visited.\n", "not XML"},
		{"json", `{"id": "x"}`, "not XML"},
		{"binary", "\x00\x01<", "not XML"},
		{"other root", "<rss><channel></channel></rss>", "root <rss>"},
		{"broken start", "<Validation", "not XML"},
		{"comment only", "<!-- nothing -->\n", "no root element"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := readPetrarch(strings.NewReader(tt.in), "in.xml")
			if f != nil || err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "in.xml") {
				t.Errorf("got %v, %v; want nil and an error about %q", f, err, tt.want)
			}
		})
	}
	if _, err := ReadPetrarch(filepath.Join("testdata", "no-such-file.xml")); err == nil {
		t.Error("no error for a missing file")
	}
}

func suitePath(t testing.TB) string {
	p := filepath.Join("..", "..", "shared", "peers", "petrarch2", "PETR.UnitTest.records.xml")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("PETRARCH suite not available: %v", err)
	}
	return p
}

var (
	suiteSentence = regexp.MustCompile(`^<Sentence .*id\s*=\s*"([^"]*)"`)
	suiteConfig   = regexp.MustCompile(`^\s*<Config option="([^"]*)" value="([^"]*)">`)
)

// TestPetrarchSuite reads the real PETRARCH unit-test file and checks its
// counts (from its README) and that every inline <Config> reaches the
// records after it, against a line-by-line scan of the raw file.
func TestPetrarchSuite(t *testing.T) {
	path := suitePath(t)
	f, err := ReadPetrarch(path)
	if err != nil {
		t.Fatal(err)
	}
	var valid, triples, noEvents, errs, codings int
	ids := map[string]int{}
	for _, r := range f.Records {
		if r.Valid {
			valid++
		}
		triples += len(r.Gold)
		codings += len(r.Gold)
		if r.NoEvents {
			noEvents++
			codings++
		}
		if r.Error != "" {
			errs++
			codings++
		}
		ids[r.ID]++
	}
	if len(f.Records) != 284 || valid != 279 || codings != 385 || triples != 359 || noEvents != 19 || errs != 7 {
		t.Errorf("records %d valid %d codings %d (triples %d, noevents %d, errors %d); want 284 279 385 (359 19 7)",
			len(f.Records), valid, codings, triples, noEvents, errs)
	}
	if ids["AGENTS-18"] != 2 || ids["AGENTS-19"] != 2 || len(ids) != 282 {
		t.Errorf("%d distinct ids, AGENTS-18 x%d, AGENTS-19 x%d; want 282, 2, 2", len(ids), ids["AGENTS-18"], ids["AGENTS-19"])
	}
	if f.Env.Verbs != "PETR.Validate.verbs.txt" || f.Env.Actors != "PETR.Validate.actors.txt" ||
		f.Env.Agents != "PETR.Validate.agents.txt" || f.Env.Discards != "PETR.Validate.discards.txt" ||
		len(f.Env.Include) != 12 || f.Env.Options["stop_on_error"] != "True" {
		t.Errorf("environment %+v", f.Env)
	}

	// The options in force at each <Sentence> line, from the raw lines.
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opts := map[string]string{}
	want := map[int]map[string]string{}
	configs := 0
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for line := 1; sc.Scan(); line++ {
		if m := suiteConfig.FindStringSubmatch(sc.Text()); m != nil {
			opts[strings.ToLower(m[1])] = m[2]
			configs++
		}
		if suiteSentence.MatchString(sc.Text()) {
			want[line] = maps.Clone(opts)
		}
	}
	if configs != 29 || len(want) != 284 {
		t.Fatalf("scan found %d configs and %d sentences, want 29 and 284", configs, len(want))
	}
	for _, r := range f.Records {
		if w, ok := want[r.Line]; !ok {
			t.Errorf("%s: line %d is not a <Sentence> start", r.ID, r.Line)
		} else if !maps.Equal(r.Options, w) {
			t.Errorf("%s (line %d): options %v, want %v", r.ID, r.Line, r.Options, w)
		}
	}

	byID := map[string]PetrarchRecord{}
	for _, r := range f.Records {
		byID[r.ID] = r
	}
	if r := byID["SYNSET-02"]; !strings.Contains(r.Text, "full &TIETYPE ties") || !strings.Contains(r.Parse, "(CC &)") {
		t.Errorf("SYNSET-02: &amp; not decoded: %q", r.Text)
	}
	if r := byID["ACTOR-13"]; !strings.Contains(r.Text, "\u2019") {
		t.Errorf("ACTOR-13: no U+2019 in %q", r.Text)
	}
	quoted := 0
	for _, r := range f.Records {
		for _, c := range r.Gold {
			if strings.HasPrefix(c.Source, `"`) || strings.HasPrefix(c.Target, `"`) {
				quoted++
			}
		}
		if strings.ContainsAny(r.Text+r.Parse, "\n\t") || r.Text != strings.TrimSpace(r.Text) {
			t.Errorf("%s: white space not collapsed", r.ID)
		}
	}
	if quoted != 5 {
		t.Errorf("%d codings with quoted new-actor text, want 5", quoted)
	}
}

// FuzzReadPetrarch: any input gives either a fatal error and no file, or a
// file whose records all have an id, a date and text, with positioned
// errors; never a panic.
func FuzzReadPetrarch(f *testing.F) {
	for _, name := range []string{"petrarch-small.xml", "petrarch-bad.xml"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<Sentences><Sentence date="20010101" id="a"><Text>x</Text></Sentence></Sentences>`))
	f.Add([]byte(`<Validation><Config option="a" value="b"/><Sentence/></Validation>`))
	f.Add([]byte("\ufeff<Sentences></Sentences>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		file, err := readPetrarch(bytes.NewReader(in), "fuzz.xml")
		if file == nil {
			if err == nil {
				t.Fatal("nil file and nil error")
			}
			return
		}
		if err != nil {
			var errs dyad.ErrorList
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("error %v (%T), want a non-empty dyad.ErrorList", err, err)
			}
			for _, e := range errs {
				if e.File != "fuzz.xml" || e.Line < 1 {
					t.Fatalf("error without a position: %+v", e)
				}
			}
		}
		for _, r := range file.Records {
			if r.ID == "" || r.Text == "" || r.Date.IsZero() || r.Line < 1 {
				t.Fatalf("bad record kept: %+v", r)
			}
		}
	})
}

// BenchmarkReadPetrarch reads the small testdata file.
func BenchmarkReadPetrarch(b *testing.B) {
	in, err := os.ReadFile(filepath.Join("testdata", "petrarch-small.xml"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, err := readPetrarch(bytes.NewReader(in), "small.xml"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPetrarchBOM: a UTF-8 byte order mark before the root is allowed.
func TestPetrarchBOM(t *testing.T) {
	in := "\ufeff<Sentences>\n<Sentence date=\"20010203\" id=\"a\"><Text>x</Text></Sentence>\n</Sentences>\n"
	f, err := readPetrarch(strings.NewReader(in), "bom.xml")
	if err != nil || len(f.Records) != 1 || f.Records[0].Line != 2 {
		t.Fatalf("got %+v, %v", f, err)
	}
}
