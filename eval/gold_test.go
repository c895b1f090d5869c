package eval

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/internal/errtest"
)

func TestReadJSONL(t *testing.T) {
	recs, err := Read(filepath.Join("testdata", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key, id, category string
		line              int
		date              string
		events            []Triple
		noEvents, valid   bool
		error             string
	}{
		{"v1", "v1", "VISIT", 1, "2001-02-03", trs("NRDGOV SRD 042", "SRD NRDGOV 043"), false, true, ""},
		{"q1", "q1", "QUIET", 3, "0001-01-01", nil, true, true, ""},
		{"d1", "d1", "", 4, "0001-01-01", nil, false, false, "sentencediscard"},
		{"v1#2", "v1", "", 5, "0001-01-01", trs("SRD NRD 0874"), false, true, ""},
	}
	if len(recs) != len(tests) {
		t.Fatalf("%d records, want %d", len(recs), len(tests))
	}
	for i, tt := range tests {
		r := recs[i]
		if r.Key != tt.key || r.ID != tt.id || r.Category != tt.category || r.Line != tt.line ||
			r.Date.Format("2006-01-02") != tt.date || !slices.Equal(r.Events, tt.events) ||
			r.NoEvents != tt.noEvents || r.Valid != tt.valid || r.Error != tt.error || r.Text == "" {
			t.Errorf("record %d: %+v", i, r)
		}
	}
}

// checkErrors matches the errors of a read with the wanted line -> message
// pattern table.
func checkErrors(t *testing.T, err error, file string, want map[int]string) {
	t.Helper()
	rx := make(map[int]*regexp.Regexp, len(want))
	for line, p := range want {
		rx[line] = regexp.MustCompile(p)
	}
	errtest.Check(t, err, file, rx)
}

func keys(recs []Record) string {
	var ks []string
	for _, r := range recs {
		ks = append(ks, r.Key)
	}
	return strings.Join(ks, " ")
}

func TestReadJSONLBad(t *testing.T) {
	path := filepath.Join("testdata", "gold-bad.jsonl")
	recs, err := ReadJSONL(path)
	checkErrors(t, err, path, map[int]string{
		2: `:2: read: record skipped: malformed JSON`,
		3: `:3: read: record skipped: no "id"`,
		4: `article no-text: .*no "text"`,
		5: `bad "date" "3 Feb 2001"`,
		6: `event 1 has no "code"`,
		7: `both "events" and "error"`,
		8: `more than one value on the line`,
	})
	if keys(recs) != "ok1 ok2" {
		t.Errorf("kept %s, want ok1 ok2", keys(recs))
	}
}

func TestReadPLOVER(t *testing.T) {
	recs, err := Read(filepath.Join("testdata", "plover.json"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, plover       string
		line             int
		roots            string
		sources, targets string
	}{
		{"P-AGREE-1", "AGREE", 2, "03 057", "NRD SRD", ""},
		{"P-ASSAULT-1", "ASSAULT", 9, "18 20", "", "SRD"},
		{"P-DEMAND-1", "DEMAND", 17, "02 10", "NGO", ""},
		{"P-CONSULT-1", "CONSULT", 24, "04", "ITA", ""},
	}
	if len(recs) != len(tests) {
		t.Fatalf("%d records, want %d", len(recs), len(tests))
	}
	for i, tt := range tests {
		r := recs[i]
		if r.ID != tt.id || r.Key != tt.id || r.Plover != tt.plover || r.Category != tt.plover || r.Line != tt.line ||
			strings.Join(r.Roots, " ") != tt.roots || strings.Join(r.Sources, " ") != tt.sources ||
			strings.Join(r.Targets, " ") != tt.targets || !r.Valid || r.Text == "" {
			t.Errorf("record %d: %+v", i, r)
		}
	}
	// 2000-01-01 is the gold standard's placeholder for no date.
	if !recs[0].Date.IsZero() {
		t.Errorf("placeholder date read as %s", recs[0].Date)
	}
	if d := recs[1].Date.Format("2006-01-02"); d != "1998-05-14" {
		t.Errorf("date %s", d)
	}
}

// TestReadPLOVERReciprocal: sources the markup marks SRC/TAR are the
// targets too; a textInfo that is a string holds no markup.
func TestReadPLOVERReciprocal(t *testing.T) {
	recs, err := ReadPLOVER(filepath.Join("testdata", "plover-reciprocal.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	if got := strings.Join(recs[0].Targets, " "); got != "NRD SRD" {
		t.Errorf("%s: targets %q, want NRD SRD", recs[0].ID, got)
	}
	if recs[1].Targets != nil {
		t.Errorf("%s: targets %q, want any", recs[1].ID, recs[1].Targets)
	}
}

func TestReadPLOVERBad(t *testing.T) {
	path := filepath.Join("testdata", "plover-bad.json")
	recs, err := ReadPLOVER(path)
	checkErrors(t, err, path, map[int]string{
		3: `article cat: .*unknown PLOVER category "HUG"`,
		4: `article type: .*record skipped: json: cannot unmarshal number`,
		5: `"source": an actor without a code`,
		6: `no "id"`,
		8: `JSON: invalid character '"' after object key:value pair; stopped reading`,
	})
	if keys(recs) != "ok ok2" {
		t.Errorf("kept %s, want ok ok2", keys(recs))
	}
	for _, in := range []string{"", "{}", `"x"`, "nonsense"} {
		if recs, err := readPLOVER([]byte(in), "in.json"); recs != nil || err == nil || !strings.HasPrefix(err.Error(), "in.json:1:") {
			t.Errorf("readPLOVER(%q) = %v, %v; want an error", in, recs, err)
		}
	}
}

func TestReadPetrarch(t *testing.T) {
	recs, err := Read(filepath.Join("testdata", "petrarch.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if keys(recs) != "A-01 A-01#2 B-01" {
		t.Fatalf("keys %s", keys(recs))
	}
	if r := recs[0]; !slices.Equal(r.Events, trs("NRD SRD 042")) || !r.Valid || r.NoEvents || r.Category != "A" || r.Line != 7 {
		t.Errorf("record 0: %+v", r)
	}
	if r := recs[1]; r.Error != "bad_input_parse" || r.Valid || r.NoEvents {
		t.Errorf("record 1: %+v", r)
	}
	if r := recs[2]; !r.NoEvents || len(r.Events) != 0 {
		t.Errorf("record 2: %+v", r)
	}
}

func TestReadFormats(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, in, want string }{
		{"empty.jsonl", "", "empty file"},
		{"spaces.json", " \n\t", "empty file"},
		{"text.txt", "Multan, 31 May 2023: the ambassador visited.", "unknown format"},
		{"bom.jsonl", "\ufeff{\"id\": \"a\", \"text\": \"b\"}\n", ""},
		{"lead.xml", "\n\n  <Sentences></Sentences>", ""},
		{"bom.xml", "\ufeff<Sentences></Sentences>", ""},
		{"bom.json", "\ufeff[]", ""},
		{"notxml.xml", "<<<", "not XML"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.in), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Read(p)
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("Read(%s) error %v, want %q", tt.name, err, tt.want)
		}
	}
	for _, read := range []func(string) ([]Record, error){Read, ReadJSONL, ReadPLOVER, ReadPetrarch} {
		if _, err := read(filepath.Join(dir, "missing")); err == nil {
			t.Error("no error for a missing file")
		}
	}
}

func shared(t *testing.T, elem ...string) string {
	p := filepath.Join(append([]string{"..", "..", "shared"}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

// TestSuiteGold reads the real PETRARCH suite and scores it against
// itself: every record must come out exact.
func TestSuiteGold(t *testing.T) {
	recs, err := Read(shared(t, "peers", "petrarch2", "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Produced{}
	var noEvents, errs, triples int
	for _, r := range recs {
		if _, dup := got[r.Key]; dup {
			t.Fatalf("key %s twice", r.Key)
		}
		got[r.Key] = Produced{Events: r.Events, Error: r.Error}
		if r.NoEvents {
			noEvents++
		}
		if r.Error != "" {
			errs++
		}
		triples += len(r.Events)
	}
	// The README: 27 records expect no events, 7 of them an error.
	if len(recs) != 284 || noEvents != 20 || errs != 7 || triples != 359 {
		t.Errorf("records %d, noevents %d, errors %d, triples %d; want 284 20 7 359", len(recs), noEvents, errs, triples)
	}
	rep := Score(recs, got)
	o := rep.Overall
	if o.Exact != 284 || o.ValidExact != 279 || o.TP != 359 || o.FP != 0 || o.FN != 0 || o.F1 != 1 || len(rep.Failures) != 0 {
		t.Errorf("self-score %+v", o)
	}
	if len(rep.Categories) != 13 {
		t.Errorf("%d categories, want 13", len(rep.Categories))
	}
	// Coding nothing gets exactly the records that expect no events.
	rep = Score(recs, nil)
	if o := rep.Overall; o.Exact != 20 || o.Missing != 284 || o.FN != 359 || o.Recall != 0 {
		t.Errorf("empty coding %+v", o)
	}
}

func TestPLOVERGold(t *testing.T) {
	recs, err := Read(shared(t, "gold", "PLOVER_GSR_CAMEO.dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 161 {
		t.Errorf("%d records, want 161", len(recs))
	}
	for _, r := range recs {
		if r.Plover == "" || len(r.Roots) == 0 || r.Key != r.ID || r.Text == "" || len(r.Sources)+len(r.Targets) == 0 {
			t.Errorf("%s: %+v", r.ID, r)
		}
		for _, c := range append(r.Sources, r.Targets...) {
			if len(c) != 3 {
				t.Errorf("%s: actor code %q", r.ID, c)
			}
		}
	}
}

// FuzzReadJSONL: any input is read without a panic; the records kept have
// an id, a key and text, and every error has a line.
func FuzzReadJSONL(f *testing.F) {
	for _, name := range []string{"gold.jsonl", "gold-bad.jsonl"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		recs, err := readJSONL(in, "fuzz.jsonl")
		checkFuzz(t, recs, err)
	})
}

// FuzzReadPLOVER: as FuzzReadJSONL, for the PLOVER gold format.
func FuzzReadPLOVER(f *testing.F) {
	for _, name := range []string{"plover.json", "plover-bad.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		recs, err := readPLOVER(in, "fuzz.json")
		checkFuzz(t, recs, err)
	})
}

func checkFuzz(t *testing.T, recs []Record, err error) {
	var errs dyad.ErrorList
	if err != nil && errors.As(err, &errs) {
		for _, e := range errs {
			if e.Line < 1 || !strings.HasPrefix(e.File, "fuzz.") {
				t.Fatalf("error without a position: %+v", e)
			}
		}
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if r.ID == "" || r.Text == "" || r.Key == "" || seen[r.Key] || r.Line < 1 {
			t.Fatalf("bad record kept: %+v", r)
		}
		seen[r.Key] = true
	}
	Score(recs, nil)
}
