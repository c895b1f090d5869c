package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/internal/corpus"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// onStore opens the store at db, runs f on it and closes it, failing t on
// any error.
func onStore(t *testing.T, db string, f func(st *sqlite.Store) error) {
	t.Helper()
	st, err := sqlite.Open(db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := f(st); err != nil {
		t.Fatal(err)
	}
}

// counts returns how many articles, events and mentions the store at db
// holds, and its event ids, sorted.
func counts(t *testing.T, db string) (a, e, m int, ids []string) {
	t.Helper()
	onStore(t, db, func(st *sqlite.Store) error {
		var err error
		if a, e, m, err = st.Counts(context.Background()); err != nil {
			return err
		}
		evs, err := st.Events(context.Background(), dyad.Filter{})
		for _, ev := range evs {
			ids = append(ids, ev.ID)
		}
		return err
	})
	slices.Sort(ids)
	return a, e, m, ids
}

// storedArticles returns how many articles the store at db holds, cheaply
// enough to poll during an ingest.
func storedArticles(t *testing.T, db string) (a int) {
	t.Helper()
	onStore(t, db, func(st *sqlite.Store) (err error) {
		a, _, _, err = st.Counts(context.Background())
		return err
	})
	return a
}

// deferred returns how many indexes a bulk load left to build in the
// store at db.
func deferred(t *testing.T, db string) (n int) {
	t.Helper()
	onStore(t, db, func(st *sqlite.Store) (err error) {
		n, err = st.Deferred(context.Background())
		return err
	})
	return n
}

// deferIndexesOf defers the query indexes of the store at db, as a bulk
// load killed before building them leaves them.
func deferIndexesOf(t *testing.T, db string) {
	t.Helper()
	onStore(t, db, func(st *sqlite.Store) error { return st.DeferIndexes(context.Background()) })
}

// TestIngestTwice: ingesting the examples again changes nothing.
func TestIngestTwice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	args := []string{"ingest", "--db", db, filepath.Join("..", "..", "examples")}
	if code, _, errs := dyadRun(t, "", args...); code != 0 {
		t.Fatalf("first ingest: exit %d: %s", code, errs)
	}
	a1, e1, m1, ids1 := counts(t, db)
	if a1 != 8 || e1 == 0 || m1 < e1 {
		t.Fatalf("after the first ingest: %d articles, %d events, %d mentions", a1, e1, m1)
	}
	if code, _, errs := dyadRun(t, "", args...); code != 0 {
		t.Fatalf("second ingest: exit %d: %s", code, errs)
	}
	a2, e2, m2, ids2 := counts(t, db)
	if a1 != a2 || e1 != e2 || m1 != m2 || !slices.Equal(ids1, ids2) {
		t.Errorf("second ingest changed the store: %d/%d/%d -> %d/%d/%d", a1, e1, m1, a2, e2, m2)
	}
}

// TestIngestBadRecord: a bad record is reported by file and line and
// skipped; the articles around it are stored, and the ingest exits 1.
func TestIngestBadRecord(t *testing.T) {
	dir := t.TempDir()
	db, in := filepath.Join(dir, "dyad.db"), filepath.Join(dir, "in.jsonl")
	lines := `{"id": "ok1", "date": "2024-01-02", "text": "Pakistan praised Kazakhstan."}
{"id": "broken", "text": 
{"id": "ok2", "date": "2024-01-02", "text": "India criticised China."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := dyadRun(t, "", "ingest", "--db", db, in)
	if code != 1 || !strings.Contains(errs, "in.jsonl:2: ") {
		t.Errorf("exit %d, want 1 and an error at in.jsonl:2:\n%s", code, errs)
	}
	if a := storedArticles(t, db); a != 2 {
		t.Errorf("%d articles stored, want the 2 good ones", a)
	}
}

// TestIngestInterrupt: Ctrl-C (the command's context cancelled) stops the
// reading; the articles read before it are stored, the bulk load's indexes
// built, and the ingest ends without an error.
func TestIngestInterrupt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	pr, pw := io.Pipe()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type result struct {
		code      int
		out, errs string
	}
	done := make(chan result)
	go func() {
		var out, errs strings.Builder
		code := run(ctx, []string{"ingest", "--db", db, "--from", "jsonl", "-"}, pr, &out, &errs)
		done <- result{code, out.String(), errs.String()}
	}()
	line := func(i int) string {
		return fmt.Sprintf(`{"id": "a%d", "date": "2024-03-0%d", "text": "Pakistan praised Kazakhstan for its help."}`+"\n", i, 1+i%9)
	}
	for i := range 5 {
		if _, err := io.WriteString(pw, line(i)); err != nil {
			t.Fatal(err)
		}
	}
	// The five are stored as they come: wait for them, then stop.
	for deadline := time.Now().Add(20 * time.Second); storedArticles(t, db) < 5; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the first five articles were not stored within 20 s")
		}
	}
	cancel()
	// An article read after Ctrl-C is not stored.
	if _, err := io.WriteString(pw, line(5)); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	r := <-done
	if r.code != 0 {
		t.Fatalf("interrupted ingest: exit %d: %s", r.code, r.errs)
	}
	if a := storedArticles(t, db); a != 5 {
		t.Errorf("%d articles stored, want the 5 read before Ctrl-C", a)
	}
	if d := deferred(t, db); d != 0 || !strings.Contains(r.errs, "indexes in") {
		t.Errorf("%d indexes left deferred after Ctrl-C:\n%s", d, r.errs)
	}
}

// TestIngestKill9 kills an ingest with SIGKILL in the middle, runs it
// again, and checks the store holds exactly what an uninterrupted ingest
// stores: nothing lost, nothing duplicated.
func TestIngestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds dyad and ingests a corpus twice")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "dyad")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	path := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	const n = 2000
	if err := corpus.WriteJSONL(f, corpus.Generate(n, 8, 0, 7)); err != nil {
		t.Fatal(err)
	}
	f.Close()

	ref := filepath.Join(dir, "ref.db")
	if code, _, errs := dyadRun(t, "", "ingest", "--places=false", "--db", ref, path); code != 0 {
		t.Fatalf("reference ingest: exit %d: %s", code, errs)
	}

	crash := filepath.Join(dir, "crash.db")
	// Small batches, so that the store grows in steps the poll sees.
	cmd := exec.Command(bin, "ingest", "--places=false", "-j", "1", "--batch", "16", "--db", crash, path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some, not all, articles are stored.
	deadline := time.Now().Add(60 * time.Second)
	stored := 0
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if _, err := os.Stat(crash); err != nil {
			continue
		}
		if stored = storedArticles(t, crash); stored >= n/10 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err = cmd.Wait()
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("the ingest was not killed (%v, %d articles stored): the corpus is too small for this machine, or it failed:\n%s", err, stored, stderr.String())
	}
	if stored == 0 || stored >= n {
		t.Fatalf("killed with %d of %d articles stored, want some but not all", stored, n)
	}
	// The store was empty, so the ingest was a bulk load, killed before
	// it built the query indexes; run again, it builds them.
	if d := deferred(t, crash); d == 0 {
		t.Errorf("killed bulk load: no indexes deferred")
	}
	if code, _, errs := dyadRun(t, "", "ingest", "--places=false", "--db", crash, path); code != 0 {
		t.Fatalf("ingest after the kill: exit %d: %s", code, errs)
	}
	ra, re, rm, rids := counts(t, ref)
	ca, ce, cm, cids := counts(t, crash)
	if ra != n || ca != ra || ce != re || cm != rm || !slices.Equal(rids, cids) {
		t.Errorf("after kill -9 and re-ingest: %d articles, %d events, %d mentions; uninterrupted: %d, %d, %d", ca, ce, cm, ra, re, rm)
	}
	if d := deferred(t, crash); d != 0 {
		t.Errorf("after the re-ingest, %d indexes are still deferred", d)
	}
	t.Logf("killed after %d of %d articles; re-ingest completed to %d articles, %d events, %d mentions", stored, n, ca, ce, cm)
}

// TestRelationsMultan: the seed article ingested, dyad relations shows the
// visit and the relation facts, by month.
func TestRelationsMultan(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "examples", "multan-visit.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skip("no seed article")
	}
	db := filepath.Join(t.TempDir(), "dyad.db")
	if code, _, errs := dyadRun(t, "", "ingest", "--db", db, seed); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	// As the issue writes it: the flags after the pair.
	code, out, errs := dyadRun(t, "", "relations", "--db", db, "PAK", "KAZ", "--by", "month")
	if code != 0 {
		t.Fatalf("relations: exit %d: %s", code, errs)
	}
	for _, want := range []string{"ties since", "1992", "shared membership", "IGOASASCO", "cooperation area", "trade",
		"joint venture", "2023-05   KAZ->PAK", "KAZGOV 042 PAK in Multan", "PAKEDU 043 KAZGOV"} {
		if !strings.Contains(out, want) {
			t.Errorf("relations output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = dyadRun(t, "", "query", "--db", db, "--dyad", "KAZ,PAK", "--root", "04", "--format", "csv")
	if code != 0 || !strings.Contains(out, "KAZGOV,042,PAK") {
		t.Errorf("query: exit %d:\n%s", code, out)
	}
	if code, _, errs := dyadRun(t, "", "query", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(errs, "dyad ingest") {
		t.Errorf("query of a missing database: exit %d, %q", code, errs)
	}
}

// TestQueryFilters: each filter flag of dyad query selects the stored
// events it names, and each format prints them.
func TestQueryFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	if code, _, errs := dyadRun(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	type stored struct {
		dyad.Event
		Place *dyad.Place `json:"place"`
	}
	query := func(args ...string) []stored {
		t.Helper()
		code, out, errs := dyadRun(t, "", append([]string{"query", "--db", db, "--format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatalf("query %v: exit %d: %s", args, code, errs)
		}
		var evs []stored
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var e stored
			if line == "" {
				continue
			}
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("query %v: %v", args, err)
			}
			evs = append(evs, e)
		}
		return evs
	}
	all := query()
	for _, tt := range []struct {
		args []string
		ok   func(e stored) bool
	}{
		{[]string{"--actor", "KAZ"}, func(e stored) bool {
			return strings.HasPrefix(e.Source.Code, "KAZ") || strings.HasPrefix(e.Target.Code, "KAZ")
		}},
		{[]string{"--dyad", "TUR,KAZ"}, func(e stored) bool {
			return e.Source.Country+e.Target.Country == "KAZTUR" || e.Source.Country+e.Target.Country == "TURKAZ"
		}},
		{[]string{"--code", "04"}, func(e stored) bool { return strings.HasPrefix(e.Code, "04") }},
		{[]string{"--root", "11"}, func(e stored) bool { return e.Root == "11" }},
		{[]string{"--quad", "4"}, func(e stored) bool { return e.QuadClass == 4 }},
		{[]string{"--from", "2024-03-01", "--to", "2024-04-30"}, func(e stored) bool {
			return e.Date >= "2024-03-01" && e.Date <= "2024-04-30"
		}},
		{[]string{"--place", "Ankara"}, func(e stored) bool { return e.Place != nil && e.Place.Name == "Ankara" }},
		{[]string{"--country", "AFG"}, func(e stored) bool { return e.Place != nil && e.Place.Country == "AFG" }},
	} {
		got := query(tt.args...)
		want := 0
		for _, e := range all {
			if tt.ok(e) {
				want++
			}
		}
		if len(got) != want || want == 0 {
			t.Errorf("query %v: %d events, want the %d of %d that match", tt.args, len(got), want, len(all))
		}
		for _, e := range got {
			if !tt.ok(e) {
				t.Errorf("query %v: %s %s %s %s does not match", tt.args, e.Date, e.Source.Code, e.Code, e.Target.Code)
			}
		}
	}
	if got := query("--limit", "3"); len(got) != 3 || got[0].ID != all[0].ID {
		t.Errorf("--limit 3: %d events, want the newest 3", len(got))
	}
	for format, want := range map[string]string{"table": "DATE  ", "csv": "id,date,source,code,target", "tsv": ""} {
		code, out, errs := dyadRun(t, "", "query", "--db", db, "--format", format, "--limit", "2")
		if code != 0 || !strings.HasPrefix(out, want) {
			t.Errorf("--format %s: exit %d, output %q (%s)", format, code, out, errs)
		}
		if format == "tsv" {
			if cols := strings.Count(strings.SplitN(out, "\n", 2)[0], "\t") + 1; cols != 61 {
				t.Errorf("--format tsv: %d columns, want GDELT's 61", cols)
			}
		}
	}
	for _, bad := range [][]string{{"--quad", "7"}, {"--from", "yesterday"}, {"--format", "xml"}} {
		if code, _, _ := dyadRun(t, "", append([]string{"query", "--db", db}, bad...)...); code != 2 {
			t.Errorf("query %v: exit %d, want a usage error (2)", bad, code)
		}
	}
}

// TestExportGDELT: the GDELT export of the examples has 61 tab-separated
// columns per event line and 16 per mention line, in a folder the export
// makes; the JSON Lines and CSV exports have every event.
func TestExportGDELT(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	dir := filepath.Join(t.TempDir(), "gdelt", "2024")
	if code, _, errs := dyadRun(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	if code, _, errs := dyadRun(t, "", "export", "--db", db, "--format", "gdelt", "--out", dir); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	for file, cols := range map[string]int{"events.tsv": 61, "mentions.tsv": 16} {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) < 5 {
			t.Errorf("%s: %d lines", file, len(lines))
		}
		for i, l := range lines {
			if n := len(strings.Split(l, "\t")); n != cols {
				t.Errorf("%s line %d: %d columns, want %d", file, i+1, n, cols)
			}
		}
	}
	// JSON Lines and CSV go to standard output: one line an event (after
	// the CSV header), as many as the store holds.
	_, events, _, _ := counts(t, db)
	for format, header := range map[string]int{"jsonl": 0, "csv": 1} {
		code, out, errs := dyadRun(t, "", "export", "--db", db, "--format", format)
		if n := strings.Count(out, "\n") - header; code != 0 || n != events {
			t.Errorf("export --format %s: exit %d, %d events, want %d (%s)", format, code, n, events, errs)
		}
	}
}

// TestExportGDELTOccurred: the GDELT export leaves out the events that did
// not occur, and says so.
func TestExportGDELTOccurred(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dyad.db")
	in := `{"id":"a","date":"2024-05-10","text":"Russia attacked Ukraine."}` + "\n" +
		`{"id":"b","date":"2024-05-10","text":"Belarus did not attack Poland."}` + "\n"
	if code, _, errs := dyadRun(t, in, "ingest", "--from", "jsonl", "--db", db, "-"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, _, errs := dyadRun(t, "", "export", "--db", db, "--format", "gdelt", "--out", dir)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(filepath.Join(dir, "events.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if rows := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n"); len(rows) != 1 || !strings.Contains(rows[0], "\tRUS\t") {
		t.Errorf("events.tsv: %q, want Russia's attack alone", b)
	}
	if !strings.Contains(errs, "left out 1 negated or hypothetical event") {
		t.Errorf("stderr %q does not say what was left out", errs)
	}
}

// TestCodeURL: a page served on loopback is coded with --allow-private and
// refused without it.
func TestCodeURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Talks</title><meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2024-04-02T10:00:00Z"></head><body><article>
<p>Astana, 2 April 2024 (dyad example): The Kazakh foreign minister met his Uzbek counterpart in Tashkent on Monday.</p>
<p>The two ministers discussed water sharing and trade along the border between the two countries.</p>
</article></body></html>`)
	}))
	defer srv.Close()
	code, out, errs := dyadRun(t, "", "code", "--format", "jsonl", "--allow-private", srv.URL)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	evs := events(t, out)
	if len(evs) == 0 || evs[0].Source.Code != "KAZGOV" || evs[0].Target.Country != "UZB" || evs[0].Place == nil || evs[0].Place.Name != "Tashkent" {
		t.Errorf("events from the page: %s", out)
	}
	code, _, errs = dyadRun(t, "", "code", "--format", "jsonl", srv.URL)
	if code != 1 || !strings.Contains(errs, "allow-private") {
		t.Errorf("without --allow-private: exit %d, stderr %q", code, errs)
	}
}

// TestProgressLine: the ETA shows once every input is counted (a feed
// when it is parsed) and never for standard input; errors count reading's
// and the store's.
func TestProgressLine(t *testing.T) {
	start := time.Now().Add(-10 * time.Second)
	for _, tt := range []struct {
		s    ingestStats
		want string
	}{
		{ingestStats{read: 50, stored: 40, skipped: 10, total: 200}, "50 articles read, 40 stored, 10 already stored, 0 events, 0 facts, 0 errors, 5 articles/s, 25%, ETA 30s"},
		{ingestStats{read: 52, stored: 40, skipped: 10, failed: 1, readErrs: 1, total: 200}, "2 errors, 5 articles/s, 26%, ETA 29s"},
		{ingestStats{read: 50, stored: 40, skipped: 10, total: 200, pending: 1}, "0 errors, 5 articles/s"},
		{ingestStats{read: 50, stored: 40, skipped: 10, total: 200, unknown: true}, "0 errors, 5 articles/s"},
	} {
		var b strings.Builder
		tt.s.start = start
		newProgress(&b, false).write(tt.s, false)
		if line := strings.TrimSuffix(b.String(), "\n"); !strings.HasSuffix(line, tt.want) {
			t.Errorf("progress line %q, want it to end %q", b.String(), tt.want)
		}
	}
	// On a terminal: a bar, redrawn in place, then the summary line.
	var b strings.Builder
	p := newProgress(&b, true)
	p.write(ingestStats{read: 50, stored: 40, skipped: 10, events: 7, total: 200, start: start}, false)
	if want := "\r\033[K[#####---------------]  25% 50 articles, 7 events, 0 errors, 5/s, ETA 30s"; b.String() != want {
		t.Errorf("terminal line %q,\nwant %q", b.String(), want)
	}
	b.Reset()
	p.write(ingestStats{read: 200, stored: 200, events: 28, total: 200, start: start}, true)
	if want := "\r\033[K200 articles read, 200 stored, 0 already stored, 28 events, 0 facts, 0 errors, 20 articles/s\n"; b.String() != want {
		t.Errorf("terminal summary %q,\nwant %q", b.String(), want)
	}
}

// TestIngestSkip: articles the store holds are skipped and the others
// passed on in input order, each with a slot; a store that cannot answer
// stops the ingest with its error, without losing it or hanging.
func TestIngestSkip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	st, err := sqlite.Open(db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	article := func(id string) *dyad.Article { return &dyad.Article{ID: id, Text: "KAZ visited PAK."} }
	if err := st.PutArticle(context.Background(), article("b"), nil, nil); err != nil {
		t.Fatal(err)
	}
	in := &ingester{st: st, batch: 512, progress: newProgress(io.Discard, false)}
	read := make(chan *dyad.Article, 3)
	for _, id := range []string{"a", "b", "c"} {
		read <- article(id)
	}
	close(read)
	work := make(chan job, 3)
	slots := make(chan struct{}, 3)
	if err := in.skip(read, work, slots); err != nil {
		t.Fatal(err)
	}
	close(work)
	var got []string
	for j := range work {
		got = append(got, fmt.Sprint(j.seq, j.a.ID))
	}
	if want := []string{"0a", "1c"}; !slices.Equal(got, want) {
		t.Errorf("passed on %q, want %q", got, want)
	}
	if in.stats.skipped != 1 || len(slots) != 2 {
		t.Errorf("skipped %d, slots held %d; want 1 and 2", in.stats.skipped, len(slots))
	}

	// More articles than the store is asked about at once, so that the
	// reader is still reading when the question fails.
	var lines strings.Builder
	for i := range 3 * lookahead {
		fmt.Fprintf(&lines, "{\"id\": \"x%d\", \"text\": \"Kazakhstan praised Pakistan.\"}\n", i)
	}
	path := filepath.Join(t.TempDir(), "in.jsonl")
	if err := os.WriteFile(path, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	dict, err := lexicon.Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	in = &ingester{st: unanswering{st}, c: coder.New(dict, coder.Options{}), batch: 512, progress: newProgress(io.Discard, false)}
	_, err = in.run(context.Background(), []string{path}, source.Options{}, 2)
	if err == nil || !strings.Contains(err.Error(), "store is gone") {
		t.Errorf("ingest into a store that cannot answer: %v, want its error", err)
	}
	if in.stats.stored != 0 {
		t.Errorf("%d articles stored, want none", in.stats.stored)
	}
}

// unanswering is a store that cannot tell which articles it holds.
type unanswering struct{ dyad.Store }

func (unanswering) StoredArticles(context.Context, []string) (map[string]bool, error) {
	return nil, errors.New("store is gone")
}

// TestIngestWrite: the writer stores coded articles in input order however
// they arrive, and an article the store rejects is reported alone while
// the rest of its batch is kept.
func TestIngestWrite(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	st, err := sqlite.Open(db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	in := &ingester{st: st, batch: 512, progress: newProgress(io.Discard, false)}
	article := func(seq int, evID string) coded {
		a := &dyad.Article{ID: string(rune('a' + seq)), File: "in.jsonl", Line: seq + 1, Text: "KAZ visited PAK."}
		ev := dyad.Event{ID: evID, Date: "2023-05-28", Code: "042", Root: "04",
			Source: dyad.Actor{Code: "KAZ", Country: "KAZ"}, Target: dyad.Actor{Code: "PAK", Country: "PAK"}}
		return coded{seq: seq, Coded: dyad.Coded{Article: a, Events: []dyad.Event{ev}}}
	}
	// An article that set off a bug in coding is reported, not stored.
	buggy := article(3, "d-1")
	buggy.err = &dyad.Error{Article: "d", Stage: "code", Msg: "internal error"}
	// The coders finish out of order; article 1's event has no id.
	arrivals := []coded{article(2, "c-1"), buggy, article(1, ""), article(0, "a-1")}
	out := make(chan coded, len(arrivals))
	slots := make(chan struct{}, len(arrivals))
	for _, k := range arrivals {
		slots <- struct{}{}
		out <- k
	}
	close(out)
	errs := in.write(out, slots)
	sort.Slice(errs, func(i, j int) bool { return errs[i].Article < errs[j].Article })
	if len(errs) != 2 || errs[0].Article != "b" || errs[0].Line != 2 || !strings.Contains(errs[0].Msg, "no id") || errs[1].Article != "d" {
		t.Errorf("errors = %v, want one for article b (line 2): no id, and d's", errs)
	}
	if len(slots) != 0 {
		t.Errorf("%d slots still held, want none", len(slots))
	}
	if in.stats.stored != 2 || in.stats.failed != 2 {
		t.Errorf("stored %d, failed %d; want 2 and 2", in.stats.stored, in.stats.failed)
	}
	// In input order, article a's report came first: the merged event
	// bears its id, with c's report as its second mention.
	evs, err := st.Events(context.Background(), dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].ID != "a-1" || evs[0].NumArticles != 2 {
		t.Errorf("stored events = %+v, want a-1 reported by 2 articles", evs)
	}
}

// TestIngestBulk: --bulk defers the query indexes of an empty store (auto)
// or any store (on), and always builds them by the end; off builds those a
// killed bulk load left before storing.
func TestIngestBulk(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	examples := filepath.Join("..", "..", "examples")
	ingest := func(bulk string, wantBuilt bool) {
		t.Helper()
		code, _, errs := dyadRun(t, "", "ingest", "--bulk", bulk, "--db", db, examples)
		if code != 0 {
			t.Fatalf("--bulk %s: exit %d: %s", bulk, code, errs)
		}
		if built := strings.Contains(errs, "indexes in"); built != wantBuilt {
			t.Errorf("--bulk %s: indexes built %v, want %v:\n%s", bulk, built, wantBuilt, errs)
		}
		if d := deferred(t, db); d != 0 {
			t.Errorf("--bulk %s: %d indexes left deferred", bulk, d)
		}
	}
	ingest("auto", true)  // empty store
	ingest("auto", false) // the examples are stored
	ingest("on", true)

	// A bulk load killed before building its indexes leaves them
	// deferred; an ingest with --bulk off builds them first, and says so.
	deferIndexesOf(t, db)
	ingest("off", true)

	if code, _, errs := dyadRun(t, "", "ingest", "--bulk", "maybe", "--db", db, examples); code != 2 || !strings.Contains(errs, "--bulk") {
		t.Errorf("--bulk maybe: exit %d, %q; want a usage error", code, errs)
	}
}

// BenchmarkIngestVersusCode runs dyad code and dyad ingest (into an empty
// store), whole commands in this process, on the same corpus of news
// density (dyad bench --articles 10000 --sentences 15 --context 0.8) and
// reports each one's articles/s: issue #5 asks ingest for 70% of code's.
// In one process the gazetteer loads once for both, so the figures are
// closer to the commands' steady throughput than timing whole processes.
func BenchmarkIngestVersusCode(b *testing.B) {
	const articles = 10000
	path := filepath.Join(b.TempDir(), "news.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := corpus.WriteJSONL(f, corpus.Generate(articles, 15, 0.8, 1)); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	for _, cmd := range []string{"code", "ingest"} {
		b.Run(cmd, func(b *testing.B) {
			for b.Loop() {
				args := []string{"code", "--format", "jsonl", path}
				if cmd == "ingest" {
					args = []string{"ingest", "--db", filepath.Join(b.TempDir(), "dyad.db"), path}
				}
				var errs strings.Builder
				if code := run(context.Background(), args, strings.NewReader(""), io.Discard, &errs); code != 0 {
					b.Fatalf("dyad %s: exit %d: %s", cmd, code, errs.String())
				}
			}
			b.ReportMetric(float64(articles*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
