package eval

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func tr(s string) Triple {
	f := strings.Fields(s)
	return Triple{f[0], f[1], f[2]}
}

func trs(ss ...string) []Triple {
	var out []Triple
	for _, s := range ss {
		out = append(out, tr(s))
	}
	return out
}

var agree = Record{ID: "p", Category: "AGREE", Valid: true, Plover: "AGREE", Roots: []string{"03", "057"},
	Sources: []string{"NRD", "SRD"}}

// TestScoreRecord scores one record at a time: exactness, the triple counts
// and the roots they fall under.
func TestScoreRecord(t *testing.T) {
	tests := []struct {
		name       string
		rec        Record
		got        *Produced // nil: not in the map
		exact      bool
		tp, fp, fn string // roots, sorted, space-separated
	}{
		{"exact", Record{ID: "r", Events: trs("AAA BBB 010")},
			&Produced{Events: trs("AAA BBB 010")}, true, "01", "", ""},
		{"exact set, other order, repeats", Record{ID: "r", Events: trs("AAA BBB 010", "BBB AAA 0874")},
			&Produced{Events: trs("BBB AAA 0874", "AAA BBB 010", "BBB AAA 0874")}, true, "01 08", "", ""},
		{"partial", Record{ID: "r", Events: trs("AAA BBB 010", "BBB AAA 020")},
			&Produced{Events: trs("AAA BBB 010", "AAA CCC 111")}, false, "01", "11", "02"},
		{"wrong target", Record{ID: "r", Events: trs("AAA BBB 010")},
			&Produced{Events: trs("AAA BBBGOV 010")}, false, "", "01", "01"},
		{"codes compared as written", Record{ID: "r", Events: trs(`"INJURY_TOLL" --- 174K`)},
			&Produced{Events: trs(`"INJURY_TOLL" --- 174K`)}, true, "17", "", ""},
		{"odd code root", Record{ID: "r", Events: trs("AAA BBB ###")},
			&Produced{}, false, "", "", "other"},
		{"noevents coded none", Record{ID: "r", NoEvents: true}, &Produced{}, true, "", "", ""},
		{"noevents coded one", Record{ID: "r", NoEvents: true},
			&Produced{Events: trs("AAA BBB 042")}, false, "", "04", ""},
		{"error reported", Record{ID: "r", Error: "sentencediscard"},
			&Produced{Error: "SentenceDiscard"}, true, "", "", ""},
		{"error not reported", Record{ID: "r", Error: "sentencediscard"}, &Produced{}, false, "", "", ""},
		{"error reported with events", Record{ID: "r", Error: "sentencediscard"},
			&Produced{Error: "sentencediscard", Events: trs("AAA BBB 042")}, false, "", "04", ""},
		{"other error reported", Record{ID: "r", Error: "storydiscard"},
			&Produced{Error: "sentencediscard"}, false, "", "", ""},
		{"unexpected error", Record{ID: "r", Events: trs("AAA BBB 042")},
			&Produced{Error: "bad_input_parse"}, false, "", "", "04"},
		{"missing from the map", Record{ID: "r", Events: trs("AAA BBB 042")}, nil, false, "", "", "04"},
		{"key before id", Record{ID: "r", Key: "r#2", Events: trs("AAA BBB 042")}, &Produced{Events: trs("AAA BBB 042")}, true, "04", "", ""},

		{"plover: compound source, any target", agree,
			&Produced{Events: trs("NRDGOV SRDGOV 036")}, true, "03", "", ""},
		{"plover: reverse event counts neither way", agree,
			&Produced{Events: trs("NRDGOV SRDGOV 036", "SRDGOV NRDGOV 036", "NRD SRD 042")}, true, "03", "04", ""},
		{"plover: longer prefix", agree, &Produced{Events: trs("SRD NRD 057")}, true, "05", "", ""},
		{"plover: root 05 is not 057", agree, &Produced{Events: trs("SRD NRD 051")}, false, "", "05", "03"},
		{"plover: wrong country", agree, &Produced{Events: trs("ESTGOV NRD 036")}, false, "", "03", "03"},
		{"plover: nothing", agree, &Produced{}, false, "", "", "03"},
		{"plover: error reported", agree, &Produced{Events: trs("NRD SRD 036"), Error: "dateline"}, false, "03", "", ""},
		{"plover: IGO", Record{ID: "p", Plover: "DEMAND", Roots: []string{"02", "10"}, Sources: []string{"IGO"}, Targets: []string{"SRD"}},
			&Produced{Events: trs("IGOUNO SRDGOV 1041")}, true, "10", "", ""},
		{"plover: IGO target wanted", Record{ID: "p", Plover: "DEMAND", Roots: []string{"02", "10"}, Targets: []string{"IGO"}},
			&Produced{Events: trs("SRD NGOXYZ 020")}, false, "", "02", "02"},
		{"plover: short code", Record{ID: "p", Plover: "FIGHT", Roots: []string{"19"}, Sources: []string{"SRD"}},
			&Produced{Events: trs("SR NRD 190")}, false, "", "19", "19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]Produced{}
			if tt.got != nil {
				key := tt.rec.Key
				if key == "" {
					key = tt.rec.ID
				}
				got[key] = *tt.got
			}
			rep := Score([]Record{tt.rec}, got)
			o := rep.Overall
			if (o.Exact == 1) != tt.exact || o.Records != 1 || len(rep.Failures) != 1-o.Exact || (o.Missing == 1) != (tt.got == nil) {
				t.Errorf("exact %d of %d, %d failures, missing %d; want exact %v", o.Exact, o.Records, len(rep.Failures), o.Missing, tt.exact)
			}
			var tp, fp, fn []string
			for _, r := range rep.Roots {
				for range r.TP {
					tp = append(tp, r.Root)
				}
				for range r.FP {
					fp = append(fp, r.Root)
				}
				for range r.FN {
					fn = append(fn, r.Root)
				}
			}
			for _, c := range []struct {
				what      string
				got       []string
				want      string
				overall   int
				nCategory int
			}{{"tp", tp, tt.tp, o.TP, rep.Categories[0].TP}, {"fp", fp, tt.fp, o.FP, rep.Categories[0].FP}, {"fn", fn, tt.fn, o.FN, rep.Categories[0].FN}} {
				sort.Strings(c.got)
				if strings.Join(c.got, " ") != c.want || c.overall != len(c.got) || c.nCategory != len(c.got) {
					t.Errorf("%s roots %v (overall %d, category %d), want %q", c.what, c.got, c.overall, c.nCategory, c.want)
				}
			}
		})
	}
}

// TestScoreFigures checks the sums per category, the valid counts and the
// ratios.
func TestScoreFigures(t *testing.T) {
	gold := []Record{
		{ID: "a1", Category: "A", Valid: true, Events: trs("AAA BBB 010", "BBB AAA 020")},
		{ID: "a2", Category: "A", Valid: false, Events: trs("AAA BBB 010")},
		{ID: "b1", Category: "B", Valid: true, NoEvents: true},
		{ID: "c1", Valid: true, Error: "dateline"},
	}
	got := map[string]Produced{
		"a1":       {Events: trs("AAA BBB 010", "AAA BBB 111"), Patterns: []string{"* BBB", "* CCC"}},
		"a2":       {Events: trs("AAA BBB 010")},
		"b1":       {},
		"stranger": {Events: trs("AAA BBB 010")},
	}
	rep := Score(gold, got)
	want := Figures{Records: 4, Exact: 2, Valid: 3, ValidExact: 1, Missing: 1,
		Counts: Counts{TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3}}
	if !sameFigures(rep.Overall, want) {
		t.Errorf("overall %+v\nwant    %+v", rep.Overall, want)
	}
	var cats []string
	for _, c := range rep.Categories {
		cats = append(cats, fmt.Sprintf("%s:%d/%d,%d/%d,%d/%d/%d", c.Category, c.Exact, c.Records, c.ValidExact, c.Valid, c.TP, c.FP, c.FN))
	}
	if s := strings.Join(cats, " "); s != "-:0/1,0/1,0/0/0 A:1/2,0/1,2/1/1 B:1/1,1/1,0/0/0" {
		t.Errorf("categories %s", s)
	}
	var ids []string
	for _, f := range rep.Failures {
		ids = append(ids, f.ID)
	}
	if strings.Join(ids, " ") != "a1 c1" {
		t.Errorf("failures %v", ids)
	}
	if f := rep.Failures[0]; len(f.Patterns) != 2 || f.Patterns[1] != "* CCC" {
		t.Errorf("failure patterns %v", f.Patterns)
	}
	if rep := Score(nil, nil); rep.Overall.Records != 0 || rep.Overall.F1 != 0 {
		t.Errorf("empty gold: %+v", rep.Overall)
	}
}

func sameFigures(a, b Figures) bool {
	near := func(x, y float64) bool { return x-y < 1e-9 && y-x < 1e-9 }
	return a.Records == b.Records && a.Exact == b.Exact && a.Valid == b.Valid && a.ValidExact == b.ValidExact &&
		a.Missing == b.Missing && a.TP == b.TP && a.FP == b.FP && a.FN == b.FN &&
		near(a.Precision, b.Precision) && near(a.Recall, b.Recall) && near(a.F1, b.F1)
}

// TestWrite compares the text (with failures) and JSON renderings of a
// report on the testdata gold with the golden files.
func TestWrite(t *testing.T) {
	gold, err := Read(filepath.Join("testdata", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	plover, err := Read(filepath.Join("testdata", "plover.json"))
	if err != nil {
		t.Fatal(err)
	}
	gold = append(gold, plover...)
	got := map[string]Produced{
		"v1":          {Events: trs("NRDGOV SRD 042", "SRD NRD 043"), Patterns: []string{"* VISIT $", "$ HOST +"}},
		"q1":          {},
		"d1":          {Error: "sentencediscard"},
		"P-AGREE-1":   {Events: trs("NRDGOV SRDGOV 030"), Patterns: []string{"AGREE"}},
		"P-ASSAULT-1": {Events: trs("--- SRDCVL 190")},
		"P-DEMAND-1":  {Events: trs("NGOWTR USA 1041")},
	}
	rep := Score(gold, got)
	for _, g := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"report.txt", func(b *bytes.Buffer) error { return rep.WriteText(b, true) }},
		{"report.json", func(b *bytes.Buffer) error { return rep.WriteJSON(b) }},
	} {
		var b bytes.Buffer
		if err := g.write(&b); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", g.name)
		if *update {
			if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs (run with -update to see):\n%s", golden, b.Bytes())
		}
	}
	var b bytes.Buffer
	if err := rep.WriteText(&b, false); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "failures") {
		t.Error("failures written without being asked for")
	}
	if err := rep.WriteText(failWriter{}, true); err == nil {
		t.Error("no error from a failing writer")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestFromEvents(t *testing.T) {
	evs := []dyad.Event{
		{Source: dyad.Actor{Code: "KAZGOV"}, Target: dyad.Actor{Code: "PAK"}, Code: "042",
			Evidence: dyad.Evidence{Pattern: "* VISIT +", Dict: "verbs.txt:12"}},
		{Source: dyad.Actor{Code: "PAK"}, Target: dyad.Actor{Code: "KAZGOV"}, Code: "043", Evidence: dyad.Evidence{Pattern: "$ HOST"}},
	}
	p := FromEvents(evs, "")
	if len(p.Events) != 2 || p.Events[0] != tr("KAZGOV PAK 042") || p.Events[1] != tr("PAK KAZGOV 043") ||
		strings.Join(p.Patterns, "|") != "* VISIT + (verbs.txt:12)|$ HOST" || p.Error != "" {
		t.Errorf("FromEvents: %+v", p)
	}
	if p := FromEvents(nil, "storydiscard"); p.Error != "storydiscard" || len(p.Events) != 0 {
		t.Errorf("FromEvents error: %+v", p)
	}
}

// BenchmarkScore scores a thousand generated records with two events each.
func BenchmarkScore(b *testing.B) {
	var gold []Record
	got := map[string]Produced{}
	for i := range 1000 {
		id := fmt.Sprint("r", i)
		gold = append(gold, Record{ID: id, Category: fmt.Sprint("C", i%7), Valid: true,
			Events: trs("AAA BBB 042", fmt.Sprintf("BBB AAA %03d", 10+i%180))})
		got[id] = Produced{Events: trs("AAA BBB 042", fmt.Sprintf("BBB AAA %03d", 10+i%170))}
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(gold, got)
	}
}
