package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
)

func dyadRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func events(t *testing.T, jsonl string) []dyad.Event {
	t.Helper()
	var evs []dyad.Event
	sc := bufio.NewScanner(strings.NewReader(jsonl))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e dyad.Event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("bad JSONL line %q: %v", sc.Text(), err)
		}
		evs = append(evs, e)
	}
	return evs
}

func TestCodeExamples(t *testing.T) {
	code, out, errs := dyadRun(t, "", "code", "--format", "jsonl", filepath.Join("..", "..", "examples"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := events(t, out)
	if len(evs) < 5 {
		t.Fatalf("%d events from the examples, want at least 5", len(evs))
	}
	arts := map[string]bool{}
	for _, e := range evs {
		arts[e.ArticleID] = true
	}
	for _, id := range []string{"state-visit", "agreement", "border-attack", "ex-001"} {
		if !arts[id] {
			t.Errorf("no event from example %s", id)
		}
	}
	// Coding again, on one goroutine or on several, gives the same events in
	// the same order.
	for _, j := range []string{"1", "4"} {
		_, out2, _ := dyadRun(t, "", "code", "-j", j, "--format", "jsonl", filepath.Join("..", "..", "examples"))
		if out != out2 {
			t.Errorf("coding the examples again with -j %s gave different output", j)
		}
	}
}

func TestCodeMultan(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "examples", "multan-visit.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no seed article")
	}
	code, out, errs := dyadRun(t, "", "code", "--format", "jsonl", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	found := false
	for _, e := range events(t, out) {
		if e.Code == "042" && e.Source.Code == "KAZGOV" && e.Target.Code == "PAK" && e.Date == "2023-05-28" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 042 KAZGOV -> PAK on 2023-05-28 in:\n%s", out)
	}
}

func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Russia attacked Ukraine on Monday."), 0o644)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\": \"Pakistan praised China.\"}\nnot json\n"), 0o644)
	code, out, errs := dyadRun(t, "", "code", "--format", "jsonl", "--date", "2024-03-01", good, bad, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, w := range []string{"bad.jsonl:2: read: malformed JSON", "missing.txt: read: no such file"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	evs := events(t, out)
	codes := map[string]bool{}
	for _, e := range evs {
		codes[e.Source.Code+">"+e.Target.Code] = true
		if e.Date != "2024-03-01" && e.Date != "2024-02-26" {
			t.Errorf("date %s", e.Date)
		}
	}
	if !codes["RUS>UKR"] || !codes["PAK>CHN"] {
		t.Errorf("good articles not all coded: %v", codes)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "usage: dyad <command>"},
		{[]string{"frobnicate"}, 2, "unknown command"},
		{[]string{"code", "--format", "xml", "x"}, 2, "unknown format"},
		{[]string{"code", "--date", "yesterday"}, 2, "--date"},
		{[]string{"code", "--nope"}, 2, "flag provided but not defined"},
		{[]string{"code", "x", "--nope"}, 2, "flag provided but not defined"}, // flags may follow the files
		{[]string{"code", "--", "--nope"}, 1, "--nope"},                       // but not after "--"
		{[]string{"version", "extra"}, 2, "takes no arguments"},
	}
	for _, tt := range tests {
		code, _, errs := dyadRun(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("dyad %v: exit %d, stderr %q; want %d and %q", tt.args, code, errs, tt.code, tt.want)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "code"}, {"code", "--help"}, {"version"}} {
		code, out, errs := dyadRun(t, "", args...)
		if code != 0 || out+errs == "" {
			t.Errorf("dyad %v: exit %d", args, code)
		}
	}
}

func TestStdin(t *testing.T) {
	for _, args := range [][]string{
		{"code", "--format", "jsonl", "--date", "2024-01-01"},
		{"code", "-", "--format", "jsonl", "--date", "2024-01-01"},
	} {
		code, out, _ := dyadRun(t, "Pakistan praised China.", args...)
		if code != 0 || len(events(t, out)) == 0 {
			t.Errorf("dyad %v: exit %d, output %q", args, code, out)
		}
	}
}

func TestEval(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	os.WriteFile(gold, []byte(`{"id":"g1","date":"2024-03-01","text":"Russia attacked Ukraine.","events":[{"source":"RUS","target":"UKR","code":"190"}]}
{"id":"g2","date":"2024-03-01","text":"Kazakhstan is a large country.","events":[]}
{"id":"g3","date":"2024-03-01","text":"Pakistan praised China.","events":[{"source":"PAK","target":"CHN","code":"057"}]}
`), 0o644)
	code, out, errs := dyadRun(t, "", "eval", "--failures", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "records 3, coded exactly 2") {
		t.Errorf("report:\n%s", out)
	}
	code, out, _ = dyadRun(t, "", "eval", "--json", gold)
	var rep map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil {
		t.Errorf("--json: exit %d, %q", code, out)
	}
	if code, _, _ := dyadRun(t, "", "eval"); code != 2 {
		t.Errorf("eval without a file: exit %d, want 2", code)
	}
}

// TestDictOverlay: a user's overlay adds a person with the code and the
// dates of their office, on top of the embedded defaults.
func TestDictOverlay(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "mine.txt")
	os.WriteFile(dict, []byte("# my additions\nKAZGOV  person  Zhanar Testova; Testova  @2023-01-01..2023-12-31\n"), 0o644)
	in := "Zhanar Testova praised Pakistan for its hospitality."
	code, out, errs := dyadRun(t, in, "code", "--format", "jsonl", "--date", "2023-06-01", "--dict", dict)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := events(t, out)
	if len(evs) != 1 || evs[0].Source.Code != "KAZGOV" || evs[0].Target.Code != "PAK" {
		t.Errorf("with the overlay: %s", out)
	}
	// Outside the dates the entry holds for, the name is nobody.
	_, out, _ = dyadRun(t, in, "code", "--format", "jsonl", "--date", "2025-06-01", "--dict", dict)
	if len(events(t, out)) != 0 {
		t.Errorf("after the office ended: %s", out)
	}
	// A bad overlay line is reported with its file and line.
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("KAZGOV  person\n"), 0o644)
	code, _, errs = dyadRun(t, in, "code", "--date", "2023-06-01", "--dict", bad)
	if code != 1 || !strings.Contains(errs, "bad.txt:1") {
		t.Errorf("bad overlay: exit %d, stderr %q", code, errs)
	}
}
