package sqlite

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dyadcoder/dyad"
)

// eventIndexes returns the CREATE INDEX statements of the events table,
// by index name.
func eventIndexes(t *testing.T, s *Store) map[string]string {
	t.Helper()
	rows, err := s.db.Query(`SELECT name, sql FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	ix := map[string]string{}
	for rows.Next() {
		var name, sql string
		if err := rows.Scan(&name, &sql); err != nil {
			t.Fatal(err)
		}
		ix[name] = sql
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ix
}

// answers returns what a set of queries that each use a deferred index
// give on s.
func answers(t *testing.T, s *Store) []any {
	t.Helper()
	ctx := context.Background()
	dip := &dyad.Diplomacy{Gov: "GOV", Society: []string{"EDU"}, Capitals: map[string]string{"PAK": "Islamabad"}}
	var got []any
	for _, f := range []dyad.Filter{
		{},
		{Dyad: [2]string{"KAZ", "PAK"}, Limit: 7},
		{Dyad: [2]string{"KAZ", "PAK"}, Diplomacy: dip},
		{Dyad: [2]string{"USA"}, Root: "04"},
		{Actor: "PAK", Limit: 5, After: "b00000010-03"},
		{Code: "19"},
		{Quad: 4, From: day(t, "2021-01-01"), To: day(t, "2021-12-31"), Limit: 20},
		{Place: "Lahore", Limit: 9},
		{Country: "PAK", Root: "14"},
	} {
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		periods, err := s.Periods(ctx, f, dyad.PeriodMonth)
		if err != nil {
			t.Fatal(err)
		}
		codes, err := s.Codes(ctx, f, 3)
		if err != nil {
			t.Fatal(err)
		}
		places, err := s.Places(ctx, f, 5)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, evs, periods, codes, places)
	}
	partners, err := s.Partners(ctx, "PAK", 10)
	if err != nil {
		t.Fatal(err)
	}
	countries, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return append(got, partners, countries)
}

// TestDeferIndexes: a store whose query indexes are deferred answers as it
// did with them, takes more articles, remembers the deferral when opened
// again, and has the same indexes, and answers, once they are built.
func TestDeferIndexes(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	var batch []dyad.Coded
	for i := range 300 {
		a, evs := benchArticle(r, i, 6)
		batch = append(batch, dyad.Coded{Article: a, Events: evs, Facts: []dyad.Fact{ties(a.ID)}})
	}
	ref, _ := openTemp(t, Options{})
	if err := ref.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	kept := eventIndexes(t, ref)

	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutArticles(ctx, batch[:200]); err != nil {
		t.Fatal(err)
	}
	before := answers(t, s)
	for i, a := range before {
		if reflect.ValueOf(a).Len() == 0 {
			t.Fatalf("query %d has no answer to compare", i)
		}
	}
	for range 2 { // deferring again changes nothing
		if err := s.DeferIndexes(ctx); err != nil {
			t.Fatal(err)
		}
		if n, err := s.Deferred(ctx); err != nil || n != len(kept)-1 {
			t.Fatalf("Deferred = %d, %v; want all %d indexes but %s", n, err, len(kept)-1, mergeIndex)
		}
		if ix := eventIndexes(t, s); len(ix) != 1 || ix[mergeIndex] == "" {
			t.Fatalf("indexes left: %v, want %s alone", ix, mergeIndex)
		}
	}
	if got := answers(t, s); !reflect.DeepEqual(got, before) {
		t.Errorf("answers changed when the indexes were deferred")
	}
	// Articles stored meanwhile merge and are counted as usual.
	if err := s.PutArticles(ctx, batch[200:]); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// Opened again, as after a bulk load that was killed.
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.Deferred(ctx); err != nil || n != len(kept)-1 {
		t.Fatalf("after reopening, Deferred = %d, %v; want %d", n, err, len(kept)-1)
	}
	deferred := answers(t, s)
	if err := s.BuildIndexes(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Deferred(ctx); err != nil || n != 0 {
		t.Fatalf("after BuildIndexes, Deferred = %d, %v; want 0", n, err)
	}
	if got := eventIndexes(t, s); !reflect.DeepEqual(got, kept) {
		t.Errorf("indexes built:\n%v\nwant\n%v", got, kept)
	}
	want := answers(t, ref)
	if got := answers(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("answers after BuildIndexes differ from a store that kept its indexes")
	}
	if !reflect.DeepEqual(deferred, want) {
		t.Errorf("answers with the indexes deferred differ from a store that kept them")
	}
	if err := s.BuildIndexes(ctx); err != nil {
		t.Errorf("BuildIndexes with none deferred: %v", err)
	}
}
