package source

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

func readAll(t *testing.T, paths []string, opts Options) ([]*dyad.Article, dyad.ErrorList) {
	t.Helper()
	var arts []*dyad.Article
	errs, err := Read(paths, opts, func(a *dyad.Article) error { arts = append(arts, a); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return arts, errs
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestText(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "visit.txt", []byte("Multan, 31 May 2023 (TDI): The ambassador visited Multan.\n"))
	arts, errs := readAll(t, []string{p}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "visit" || a.File != p {
		t.Errorf("id %q file %q", a.ID, a.File)
	}
	if a.Date.Format(time.DateOnly) != "2023-05-31" || a.DatePrecision != dyad.PrecisionDay || a.Publisher != "TDI" {
		t.Errorf("date %v (%s), publisher %q", a.Date, a.DatePrecision, a.Publisher)
	}
	if a.Dateline == nil || a.Dateline.Place != "Multan" {
		t.Errorf("dateline %+v", a.Dateline)
	}
	// --date overrides.
	arts, _ = readAll(t, []string{p}, Options{Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)})
	if arts[0].Date.Format(time.DateOnly) != "2020-01-02" {
		t.Errorf("--date not applied: %v", arts[0].Date)
	}
}

// TestBadInput: every kind of bad input is reported with its file (and
// line), and the good articles around it are still read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a-good.txt", []byte("Russia attacked Ukraine."))
	write(t, dir, "b-empty.txt", []byte("  \n"))
	write(t, dir, "c-binary.txt", []byte("abc\x00def"))
	write(t, dir, "d-invalid.txt", []byte("line one\nbad \xff byte"))
	write(t, dir, "e-big.txt", bytes.Repeat([]byte("a"), 2000))
	write(t, dir, "f.jsonl", []byte(`{"id":"1","text":"One."}
{"id":"2","text":
{"id":"3","text":"Three.","date":"2024-02-30"}
{"id":"4","text":""}

{"id":"5","text":"Five.","date":"2024-03-01"}
`))
	write(t, dir, ".hidden.txt", []byte("Hidden."))
	missing := filepath.Join(dir, "missing.txt")
	arts, errs := readAll(t, []string{dir, missing}, Options{MaxBytes: 1000})
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "a-good,1,5" {
		t.Errorf("articles %s, want a-good,1,5", got)
	}
	want := []string{
		"b-empty.txt: read: empty article",
		"c-binary.txt:1: read: binary data",
		"d-invalid.txt:2: read: invalid UTF-8 at byte offset 13",
		"e-big.txt: read: article larger than 1000 bytes",
		"f.jsonl:2: read: malformed JSON",
		"f.jsonl:3: read: bad \"date\"",
		"f.jsonl:4: read: no \"text\"",
		"missing.txt: read: no such file or directory",
	}
	if len(errs) != len(want) {
		t.Errorf("%d errors, want %d: %v", len(errs), len(want), errs)
	}
	for i, w := range want {
		if i < len(errs) && !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d = %q, want it to contain %q", i, errs[i].Error(), w)
		}
	}
}

func TestStdinAndLongLine(t *testing.T) {
	in := strings.NewReader(strings.Repeat("x", 5000) + "\n" + `{"text":"Kept."}` + "\n")
	arts, errs := readAll(t, []string{"-"}, Options{Stdin: in, Format: "jsonl", MaxBytes: 1000})
	if len(arts) != 1 || arts[0].Line != 2 || arts[0].ID == "" {
		t.Fatalf("articles %+v", arts)
	}
	if len(errs) != 1 || errs[0].Line != 1 || !strings.Contains(errs[0].Msg, "longer than") {
		t.Errorf("errors %v", errs)
	}
	arts, _ = readAll(t, []string{"-"}, Options{Stdin: strings.NewReader("Text from stdin.")})
	if len(arts) != 1 || arts[0].File != "-" {
		t.Errorf("stdin text: %+v", arts)
	}
}

// FuzzJSONL reads arbitrary JSON Lines: no panic, every article has text and
// an id, every error a line.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"1","text":"One.","date":"2024-01-01"}` + "\n" + `{"text":2}`))
	f.Add([]byte("{\"text\":\"a\xffb\"}\n\n{}"))
	f.Add([]byte(`{"text":"x"} {"text":"y"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		errs, err := Read([]string{"-"}, Options{Stdin: bytes.NewReader(b), Format: "jsonl", MaxBytes: 4096},
			func(a *dyad.Article) error {
				if a.ID == "" || strings.TrimSpace(a.Text) == "" {
					t.Errorf("article without id or text: %+v", a)
				}
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range errs {
			if e.Line <= 0 {
				t.Errorf("error without line: %v", e)
			}
		}
	})
}
