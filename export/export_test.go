package export

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

func sample() (*dyad.Article, []dyad.Event) {
	a := &dyad.Article{ID: "a1", URL: "https://example.org/a1", Text: "Russia attacked\tUkraine."}
	e := dyad.Event{
		ID: "00112233445566778899aabbccddeeff", ArticleID: "a1", Date: "2024-03-01", DatePrecision: dyad.PrecisionDay,
		Source: dyad.Actor{Code: "RUSMIL", Country: "RUS", Roles: []string{"MIL"}, Text: "Russia"},
		Target: dyad.Actor{Code: "IGOUNO", Country: "IGOUNO", Roles: []string{}, Name: "United Nations", Text: "UN"},
		Code:   "0231", Root: "02", QuadClass: 1, Goldstein: 3.4, Text: "Russia attacked\tUkraine.",
		Place:    &dyad.Place{Name: "Multan", GeonamesID: 1169825, Country: "PAK", Admin1: "Punjab", Admin1Code: "04", Lat: 30.19679, Lon: 71.47824, Precision: "city"},
		Evidence: dyad.Evidence{Pattern: "ATTACK +", Words: "attacked", Spans: []dyad.Span{{Start: 7, End: 15}}},
	}
	return a, []dyad.Event{e}
}

func TestGDELTRow(t *testing.T) {
	a, evs := sample()
	var buf bytes.Buffer
	w, err := New("tsv", &buf, Options{Added: time.Date(2024, 3, 2, 10, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(a, evs)
	w.Close()
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines, want 1", len(lines))
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != GDELTColumns {
		t.Fatalf("%d columns, want %d", len(cols), GDELTColumns)
	}
	want := map[int]string{
		1: "20240301", 2: "202403", 3: "2024", 5: "RUSMIL", 6: "RUSSIA", 7: "RUS", 12: "MIL",
		15: "IGOUNO", 16: "UNITED NATIONS", 18: "IGOUNO", 26: "0231", 27: "023", 28: "02", 29: "1",
		30: "3.4", 59: "20240302100000", 60: "https://example.org/a1",
		51: "4", 52: "Multan, Punjab", 53: "PK", 54: "PK04", 56: "30.1968", 57: "71.4782", 58: "1169825",
	}
	for i, v := range want {
		if cols[i] != v {
			t.Errorf("column %d = %q, want %q", i+1, cols[i], v)
		}
	}
	if id := strconv.FormatUint(GlobalID(evs[0].ID), 10); cols[0] != id || id == "0" {
		t.Errorf("GLOBALEVENTID %q, want %s", cols[0], id)
	}
}

// TestGDELTOccurred: the GDELT rows are of the events that occurred, as
// GDELT has no mode to say that one did not.
func TestGDELTOccurred(t *testing.T) {
	a, evs := sample()
	for _, m := range []dyad.Mode{dyad.ModeNegated, dyad.ModeHypothetical, dyad.ModeFuture} {
		e := evs[0]
		e.ID, e.Mode = e.ID+string(m), m
		evs = append(evs, e)
	}
	var buf bytes.Buffer
	w, err := New("tsv", &buf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(a, evs)
	w.Close()
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Errorf("%d rows of 4 events, want the 2 that occurred (asserted and future)", n)
	}
}

func TestJSONL(t *testing.T) {
	a, evs := sample()
	var buf bytes.Buffer
	w, _ := New("jsonl", &buf, Options{})
	w.Write(a, evs)
	w.Write(a, evs)
	w.Close()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want 2", len(lines))
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "article_id", "sentence", "span", "text", "date", "date_precision", "source", "target", "code", "root", "quad_class", "goldstein", "plover", "place", "mode", "evidence"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSONL event lacks %q", k)
		}
	}
}

func TestJSONAndTable(t *testing.T) {
	a, evs := sample()
	for _, f := range []string{"json", "table"} {
		var buf bytes.Buffer
		w, err := New(f, &buf, Options{Explain: true})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(a, evs)
		w.Close()
		if f == "json" {
			var v []dyad.Event
			if err := json.Unmarshal(buf.Bytes(), &v); err != nil || len(v) != 1 {
				t.Errorf("json: %v, %d events", err, len(v))
			}
		} else if !strings.Contains(buf.String(), "RUSMIL") || !strings.Contains(buf.String(), `pattern "ATTACK +"`) {
			t.Errorf("table:\n%s", buf.String())
		}
	}
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("New(xml) did not fail")
	}
}

func TestGDELTMentionRow(t *testing.T) {
	m := &dyad.Mention{EventID: "00112233445566778899aabbccddeeff", ArticleID: "a1", Sentence: 2,
		Span: dyad.Span{Start: 40, End: 60}, Publisher: "TDI", URL: "https://example.org/a1",
		Date: time.Date(2023, 5, 31, 0, 0, 0, 0, time.UTC)}
	r := GDELTMentionRow(m, "2023-05-28", 900)
	want := map[int]string{1: "20230528000000", 2: "20230531000000", 3: "1", 4: "TDI", 5: "https://example.org/a1",
		6: "3", 9: "40", 12: "900"}
	for i, v := range want {
		if r[i] != v {
			t.Errorf("column %d = %q, want %q", i+1, r[i], v)
		}
	}
	if r[0] != strconv.FormatUint(GlobalID(m.EventID), 10) {
		t.Errorf("GLOBALEVENTID %q", r[0])
	}
}
