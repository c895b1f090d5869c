package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

// openTemp opens a store in a new file under t.TempDir and closes it when
// the test ends.
func openTemp(t testing.TB, opts Options) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dyad.db")
	s, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s, path
}

// day returns midnight UTC of a date written YYYY-MM-DD.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var (
	multan = &dyad.Place{Name: "Multan", GeonamesID: 1169825, Country: "PAK", Admin1: "Punjab",
		Admin1Code: "04", Lat: 30.19679, Lon: 71.47824, Precision: "city"}
	lahore = &dyad.Place{Name: "Lahore", GeonamesID: 1172451, Country: "PAK", Admin1: "Punjab",
		Admin1Code: "04", Lat: 31.558, Lon: 74.35071, Precision: "city"}
	kazakhstan = &dyad.Place{Name: "Kazakhstan", Country: "KAZ", Lat: 48.00627, Lon: 70.79607,
		Precision: "country"}
)

// visitText is an article written for these tests.
const visitText = "Multan, 31 May 2023 (TDI): The envoy of Kazakhstan visited Multan on Sunday. " +
	"Pakistan hosted the envoy. Both countries have had ties since 1992."

// visitArticle returns an article whose text is visitText.
func visitArticle(t testing.TB, id, publisher, date string) *dyad.Article {
	return &dyad.Article{
		ID: id, File: "testdata/" + id + ".txt", Line: 3, URL: "https://example.org/" + id,
		Title: "Envoy visits Multan", Publisher: publisher, Date: day(t, date),
		DatePrecision: dyad.PrecisionDay,
		Dateline: &dyad.Dateline{Place: "Multan", Date: day(t, date),
			DatePrecision: dyad.PrecisionDay, Publisher: publisher, Span: dyad.Span{Start: 0, End: 27}},
		Text: visitText,
	}
}

// visit returns the visit event (KAZGOV 042 PAK in Multan) as article id
// reports it, dated date.
func visit(id, date string) dyad.Event {
	return dyad.Event{
		ID: id + "-visit", ArticleID: id, Sentence: 0, Span: dyad.Span{Start: 27, End: 67},
		Text: "The envoy of Kazakhstan visited Multan on Sunday.",
		Date: date, DatePrecision: dyad.PrecisionDay,
		Source: dyad.Actor{Code: "KAZGOV", Country: "KAZ", Roles: []string{"GOV"},
			Name: "Yerzhan Kistafin", Text: "The envoy of Kazakhstan",
			Span: dyad.Span{Start: 27, End: 50}, Place: kazakhstan},
		Target: dyad.Actor{Code: "PAK", Country: "PAK", Roles: []string{}, Text: "Multan",
			Span: dyad.Span{Start: 59, End: 65}, Place: multan},
		Code: "042", Root: "04", QuadClass: 1, Goldstein: 1.9, Plover: "CONSULT",
		Place: multan,
		Evidence: dyad.Evidence{Pattern: "VISIT +", Dict: "verbs.txt:156", Words: "visited",
			Spans: []dyad.Span{{Start: 51, End: 58}}},
	}
}

// host returns the paired event, PAK 043 KAZGOV, without a place.
func host(id, date string) dyad.Event {
	return dyad.Event{
		ID: id + "-host", ArticleID: id, Sentence: 1, Span: dyad.Span{Start: 78, End: 103},
		Text: "Pakistan hosted the envoy.", Date: date, DatePrecision: dyad.PrecisionDay,
		Source: dyad.Actor{Code: "PAK", Country: "PAK", Text: "Pakistan",
			Span: dyad.Span{Start: 78, End: 86}},
		Target: dyad.Actor{Code: "KAZGOV", Country: "KAZ", Roles: []string{"GOV"},
			Text: "the envoy", Span: dyad.Span{Start: 94, End: 103}},
		Code: "043", Root: "04", QuadClass: 1, Goldstein: 2.8, Plover: "CONSULT",
		Evidence: dyad.Evidence{Pattern: "HOST", Words: "hosted",
			Spans: []dyad.Span{{Start: 87, End: 93}}},
	}
}

// ties returns the article's fact: ties since 1992.
func ties(id string) dyad.Fact {
	return dyad.Fact{A: "KAZ", B: "PAK", Kind: dyad.FactTiesSince, Value: "1992", ArticleID: id,
		Sentence: 2, Span: dyad.Span{Start: 105, End: 145},
		Text: "Both countries have had ties since 1992."}
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t, Options{})
	a := visitArticle(t, "a1", "TDI", "2023-05-31")
	evs := []dyad.Event{visit("a1", "2023-05-28"), host("a1", "2023-05-28")}
	facts := []dyad.Fact{ties("a1")}
	if err := s.PutArticle(ctx, a, evs, facts); err != nil {
		t.Fatal(err)
	}
	checkStored(t, s, a, evs, facts)

	if got, ok, err := s.Article(ctx, "nope"); err != nil || ok || got != nil {
		t.Errorf("Article(nope) = %v, %v, %v; want nil, false, nil", got, ok, err)
	}
	if ok, err := s.HasArticle(ctx, "nope"); err != nil || ok {
		t.Errorf("HasArticle(nope) = %v, %v; want false, nil", ok, err)
	}
	if ms, err := s.Mentions(ctx, "nope"); err != nil || len(ms) != 0 {
		t.Errorf("Mentions(nope) = %v, %v; want none", ms, err)
	}
	if fs, err := s.Facts(ctx, "KAZ", "USA"); err != nil || len(fs) != 0 {
		t.Errorf("Facts(KAZ, USA) = %v, %v; want none", fs, err)
	}
}

// checkStored checks that s holds article a, exactly its events (one stored
// event and one mention each) and its facts.
func checkStored(t *testing.T, s *Store, a *dyad.Article, evs []dyad.Event, facts []dyad.Fact) {
	t.Helper()
	ctx := context.Background()
	got, ok, err := s.Article(ctx, a.ID)
	if err != nil || !ok {
		t.Fatalf("Article(%s) = _, %v, %v", a.ID, ok, err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Article(%s) =\n%+v\nwant\n%+v", a.ID, got, a)
	}
	if ok, err := s.HasArticle(ctx, a.ID); err != nil || !ok {
		t.Errorf("HasArticle(%s) = %v, %v", a.ID, ok, err)
	}
	stored, err := s.Events(ctx, dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var want []dyad.StoredEvent
	for _, ev := range evs {
		want = append(want, dyad.StoredEvent{Event: ev, NumMentions: 1, NumArticles: 1, NumSources: 1})
	}
	// Newest first.
	slices.SortFunc(want, func(x, y dyad.StoredEvent) int {
		return cmp.Or(strings.Compare(y.Date, x.Date), strings.Compare(y.ID, x.ID))
	})
	if !reflect.DeepEqual(stored, want) {
		t.Errorf("Events =\n%+v\nwant\n%+v", stored, want)
	}
	for _, ev := range evs {
		ms, err := s.Mentions(ctx, ev.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := []dyad.Mention{{EventID: ev.ID, ArticleID: a.ID, Sentence: ev.Sentence,
			Span: ev.Span, Publisher: a.Publisher, URL: a.URL, Date: a.Date}}
		if !reflect.DeepEqual(ms, want) {
			t.Errorf("Mentions(%s) = %+v, want %+v", ev.ID, ms, want)
		}
	}
	for _, pair := range [][2]string{{"KAZ", "PAK"}, {"PAK", "KAZ"}} {
		fs, err := s.Facts(ctx, pair[0], pair[1])
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fs, facts) {
			t.Errorf("Facts(%s, %s) = %+v, want %+v", pair[0], pair[1], fs, facts)
		}
	}
	na, ne, nm, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if na != 1 || ne != len(evs) || nm != len(evs) {
		t.Errorf("Counts = %d, %d, %d; want 1, %d, %d", na, ne, nm, len(evs), len(evs))
	}
}

func TestPutAgainChangesNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t, Options{})
	a := visitArticle(t, "a1", "TDI", "2023-05-31")
	evs := []dyad.Event{visit("a1", "2023-05-28"), host("a1", "2023-05-28")}
	facts := []dyad.Fact{ties("a1")}
	for range 3 {
		if err := s.PutArticle(ctx, a, evs, facts); err != nil {
			t.Fatal(err)
		}
	}
	checkStored(t, s, a, evs, facts)

	// Even a re-coding that differs leaves the stored article as it is.
	recoded := []dyad.Event{visit("a1", "2023-05-29")}
	if err := s.PutArticle(ctx, a, recoded, nil); err != nil {
		t.Fatal(err)
	}
	checkStored(t, s, a, evs, facts)
}

// TestStoredArticles: one question tells which of several articles are
// stored, whatever characters their ids hold.
func TestStoredArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t, Options{})
	ids := []string{`a "quoted" id`, `back\slash`, "Multan, 31 May 2023 – TDI", "https://example.org/a?b=c&d"}
	for _, id := range ids {
		if err := s.PutArticle(ctx, &dyad.Article{ID: id, Text: "Pakistan and Kazakhstan."}, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	ask := append([]string{"nope", ""}, ids[1:]...)
	got, err := s.StoredArticles(ctx, ask)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range ids[1:] {
		want[id] = true
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("StoredArticles(%q) = %v, want %v", ask, got, want)
	}
	if got, err := s.StoredArticles(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("StoredArticles(nil) = %v, %v; want none", got, err)
	}
}

// TestOwnMention: a stored event's first report is its own row, not a
// mention row, and a store made before migration 0007, which has that row,
// loses it and answers the same.
func TestOwnMention(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t, Options{})
	for _, r := range []struct{ article, publisher string }{{"a1", "TDI"}, {"a2", "APP"}} {
		if err := s.PutArticle(ctx, visitArticle(t, r.article, r.publisher, "2023-05-31"),
			[]dyad.Event{visit(r.article, "2023-05-28"), host(r.article, "2023-05-28")}, nil); err != nil {
			t.Fatal(err)
		}
	}
	rows := func(s *Store) int {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM mentions`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	answers := func(s *Store) string {
		_, ne, nm, err := s.Counts(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ms, err := s.Mentions(ctx, "a1-visit")
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%d events, %d mentions; a1-visit: %+v", ne, nm, ms)
	}
	if n := rows(s); n != 2 {
		t.Errorf("%d mention rows, want 2: a2's reports, merged into a1's events", n)
	}
	want := answers(s)
	if !strings.Contains(want, "2 events, 4 mentions") || strings.Count(want, "ArticleID:") != 2 {
		t.Errorf("got %s, want 2 events, 4 mentions, and a1-visit reported by a1 and a2", want)
	}
	// As before migration 0007: every report a row.
	for _, q := range []string{`INSERT INTO mentions (event_id, article_id, mention_id, sentence,
		span_start, span_end, evidence) SELECT id, article_id, id, sentence, span_start, span_end, evidence FROM events`,
		`DELETE FROM migrations WHERE name = 'migration/0007_own_mention.sql'`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if n := rows(s2); n != 2 {
		t.Errorf("%d mention rows after migration 0007, want 2", n)
	}
	if got := answers(s2); got != want {
		t.Errorf("after migration 0007: %s\nwant %s", got, want)
	}
}

// report is one article's report of events in the merge tests.
type report struct {
	article, publisher string
	events             []dyad.Event
}

// counts are a stored event's counts.
type counts struct{ mentions, articles, sources int }

func TestMerge(t *testing.T) {
	atLahore := func(ev dyad.Event) dyad.Event { ev.Place = lahore; return ev }
	countryOnly := func(ev dyad.Event) dyad.Event {
		ev.Place = &dyad.Place{Name: "Pakistan", Country: "PAK", Precision: "country"}
		return ev
	}
	negated := func(ev dyad.Event) dyad.Event { ev.Mode = dyad.ModeNegated; return ev }
	again := func(ev dyad.Event) dyad.Event { ev.ID += "-again"; ev.Sentence = 2; return ev }
	tests := []struct {
		name    string
		window  int
		reports []report
		// want maps each stored event's id to its counts.
		want map[string]counts
	}{{
		name: "two publishers, same day",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}},
	}, {
		name: "a day apart, within the default window",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-29")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}},
	}, {
		name: "two days apart, outside the default window",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-30")}},
		},
		want: map[string]counts{"a1-visit": {1, 1, 1}, "a2-visit": {1, 1, 1}},
	}, {
		name:   "three days apart, within a window of 3",
		window: 3,
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-25")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}},
	}, {
		name: "the earliest match takes the report",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-30")}},
			{"a3", "AFP", []dyad.Event{visit("a3", "2023-05-29")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}, "a2-visit": {1, 1, 1}},
	}, {
		name: "same publisher: one source",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "TDI", []dyad.Event{visit("a2", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 1}},
	}, {
		name: "no publisher: each article its own source",
		reports: []report{
			{"a1", "", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "", []dyad.Event{visit("a2", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}},
	}, {
		name: "two sentences of one article",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28"), again(visit("a1", "2023-05-28"))}},
			{"a2", "APP", []dyad.Event{visit("a2", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {3, 2, 2}},
	}, {
		name: "other place",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{atLahore(visit("a2", "2023-05-28"))}},
		},
		want: map[string]counts{"a1-visit": {1, 1, 1}, "a2-visit": {1, 1, 1}},
	}, {
		name: "places without GeoNames id compare by country",
		reports: []report{
			{"a1", "TDI", []dyad.Event{countryOnly(visit("a1", "2023-05-28"))}},
			{"a2", "APP", []dyad.Event{countryOnly(visit("a2", "2023-05-28"))}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}},
	}, {
		name: "other mode",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{negated(visit("a2", "2023-05-28"))}},
		},
		want: map[string]counts{"a1-visit": {1, 1, 1}, "a2-visit": {1, 1, 1}},
	}, {
		name: "other code",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "2023-05-28")}},
			{"a2", "APP", []dyad.Event{host("a2", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {1, 1, 1}, "a2-host": {1, 1, 1}},
	}, {
		name: "undated events merge with undated ones",
		reports: []report{
			{"a1", "TDI", []dyad.Event{visit("a1", "")}},
			{"a2", "APP", []dyad.Event{visit("a2", "")}},
			{"a3", "AFP", []dyad.Event{visit("a3", "2023-05-28")}},
		},
		want: map[string]counts{"a1-visit": {2, 2, 2}, "a3-visit": {1, 1, 1}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openTemp(t, Options{Window: tt.window})
			mentions := 0
			for _, r := range tt.reports {
				a := visitArticle(t, r.article, r.publisher, "2023-05-31")
				if err := s.PutArticle(ctx, a, r.events, nil); err != nil {
					t.Fatal(err)
				}
				mentions += len(r.events)
			}
			evs, err := s.Events(ctx, dyad.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]counts{}
			seen := 0
			for _, ev := range evs {
				got[ev.ID] = counts{ev.NumMentions, ev.NumArticles, ev.NumSources}
				ms, err := s.Mentions(ctx, ev.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(ms) != ev.NumMentions {
					t.Errorf("event %s: %d mentions, NumMentions %d", ev.ID, len(ms), ev.NumMentions)
				}
				seen += len(ms)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("stored events = %v, want %v", got, tt.want)
			}
			if seen != mentions {
				t.Errorf("%d mentions in all, want %d", seen, mentions)
			}
		})
	}
}

func TestPutArticleErrors(t *testing.T) {
	ok := visit("a1", "2023-05-28")
	noID := visit("a1", "2023-05-28")
	noID.ID = ""
	badDate := visit("a1", "28 May 2023")
	badDate.ID = "a1-late"
	other := visit("a2", "2023-05-28")
	otherFact := ties("a2")
	tests := []struct {
		name  string
		a     *dyad.Article
		evs   []dyad.Event
		facts []dyad.Fact
		want  string // in the error
	}{
		{"nil article", nil, nil, nil, "no article id"},
		{"no article id", &dyad.Article{Text: "x"}, nil, nil, "no article id"},
		{"event without id", visitArticle(t, "a1", "", "2023-05-31"), []dyad.Event{ok, noID}, nil, "event 1: no id"},
		{"bad event date", visitArticle(t, "a1", "", "2023-05-31"), []dyad.Event{ok, badDate}, nil, `date "28 May 2023"`},
		{"event id given twice", visitArticle(t, "a1", "", "2023-05-31"), []dyad.Event{ok, ok}, nil, "id a1-visit given twice"},
		{"event of another article", visitArticle(t, "a1", "", "2023-05-31"), []dyad.Event{other}, nil, "belongs to article a2"},
		{"fact of another article", visitArticle(t, "a1", "", "2023-05-31"), nil, []dyad.Fact{otherFact}, "belongs to article a2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openTemp(t, Options{})
			err := s.PutArticle(ctx, tt.a, tt.evs, tt.facts)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("PutArticle: %v, want an error with %q", err, tt.want)
			}
			if na, ne, nm, err := s.Counts(ctx); err != nil || na+ne+nm != 0 {
				t.Errorf("Counts = %d, %d, %d, %v; want nothing stored", na, ne, nm, err)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, path string
		opts       Options
	}{
		{"empty path", "", Options{}},
		{"negative window", filepath.Join(dir, "w.db"), Options{Window: -1}},
		{"missing directory", filepath.Join(dir, "no", "such", "dir", "x.db"), Options{}},
	} {
		if s, err := Open(tt.path, tt.opts); err == nil {
			s.Close()
			t.Errorf("%s: Open(%q) succeeded", tt.name, tt.path)
		}
	}
}

// filterEvent returns a synthetic event for the filter tests.
func filterEvent(id, src, srcCountry, tgt, tgtCountry, code, date string, quad int, place *dyad.Place) dyad.Event {
	return dyad.Event{ID: id, ArticleID: "f", Date: date, DatePrecision: dyad.PrecisionDay,
		Source: dyad.Actor{Code: src, Country: srcCountry},
		Target: dyad.Actor{Code: tgt, Country: tgtCountry},
		Code:   code, Root: code[:2], QuadClass: quad, Place: place}
}

func TestEventsFilter(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t, Options{})
	evs := []dyad.Event{
		filterEvent("e1", "KAZGOV", "KAZ", "PAK", "PAK", "042", "2023-05-28", 1, multan),
		filterEvent("e2", "PAK", "PAK", "KAZGOV", "KAZ", "043", "2023-05-28", 1, multan),
		filterEvent("e3", "PAKEDU", "PAK", "KAZGOV", "KAZ", "043", "2023-05-29", 1, lahore),
		filterEvent("e4", "USAGOV", "USA", "CHN", "CHN", "0311", "2023-06-10", 1, nil),
		filterEvent("e5", "CHNMIL", "CHN", "TWN", "TWN", "190", "2023-07-01", 4, kazakhstan),
		filterEvent("e6", "RUS", "RUS", "UKR", "UKR", "193", "2024-01-15", 4, nil),
		filterEvent("e7", "IGOUNO", "IGO", "KAZ", "KAZ", "036", "", 1, nil),
	}
	if err := s.PutArticle(ctx, &dyad.Article{ID: "f", Text: "synthetic"}, evs, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    dyad.Filter
		want []string
	}{
		{"all, newest first, undated last", dyad.Filter{}, []string{"e6", "e5", "e4", "e3", "e2", "e1", "e7"}},
		{"actor prefix, either side", dyad.Filter{Actor: "KAZ"}, []string{"e3", "e2", "e1", "e7"}},
		{"actor full code", dyad.Filter{Actor: "PAKEDU"}, []string{"e3"}},
		{"actor none", dyad.Filter{Actor: "FRA"}, nil},
		{"dyad either direction", dyad.Filter{Dyad: [2]string{"PAK", "KAZ"}}, []string{"e3", "e2", "e1"}},
		{"dyad reversed", dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}}, []string{"e3", "e2", "e1"}},
		{"dyad one side", dyad.Filter{Dyad: [2]string{"CHN", ""}}, []string{"e5", "e4"}},
		{"code prefix", dyad.Filter{Code: "19"}, []string{"e6", "e5"}},
		{"code exact", dyad.Filter{Code: "043"}, []string{"e3", "e2"}},
		{"code four digits under three", dyad.Filter{Code: "031"}, []string{"e4"}},
		{"root", dyad.Filter{Root: "04"}, []string{"e3", "e2", "e1"}},
		{"quad", dyad.Filter{Quad: 4}, []string{"e6", "e5"}},
		{"from", dyad.Filter{From: day(t, "2023-06-10")}, []string{"e6", "e5", "e4"}},
		{"to", dyad.Filter{To: day(t, "2023-05-28")}, []string{"e2", "e1"}},
		{"from and to", dyad.Filter{From: day(t, "2023-05-29"), To: day(t, "2023-07-01")}, []string{"e5", "e4", "e3"}},
		{"place", dyad.Filter{Place: "Multan"}, []string{"e2", "e1"}},
		{"country", dyad.Filter{Country: "PAK"}, []string{"e3", "e2", "e1"}},
		{"after: older, or as old with a smaller id", dyad.Filter{After: "e2"}, []string{"e1", "e7"}},
		{"after an unknown id", dyad.Filter{After: "e9"}, nil},
		{"limit", dyad.Filter{Limit: 2}, []string{"e6", "e5"}},
		{"pair page", dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}, Limit: 2}, []string{"e3", "e2"}},
		{"pair page after", dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}, Limit: 2, After: "e2"}, []string{"e1"}},
		{"combined", dyad.Filter{Actor: "PAK", Root: "04", Country: "PAK", From: day(t, "2023-05-29")}, []string{"e3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, ev := range got {
				ids = append(ids, ev.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("Events(%+v) = %v, want %v", tt.f, ids, tt.want)
			}
		})
	}
	if _, err := s.Events(ctx, dyad.Filter{Limit: -1}); err == nil {
		t.Error("Events with a negative limit succeeded")
	}
}

func TestPrefixCond(t *testing.T) {
	for _, tt := range []struct {
		prefix, cond string
		args         []any
	}{
		{"KAZ", "(c >= ? AND c < ?)", []any{"KAZ", "KA["}},
		{"04", "(c >= ? AND c < ?)", []any{"04", "05"}},
		{"A\xff", "(c >= ? AND c < ?)", []any{"A\xff", "B"}},
		{"\xff\xff", "c >= ?", []any{"\xff\xff"}},
	} {
		cond, args := prefixCond("c", tt.prefix)
		if cond != tt.cond || !reflect.DeepEqual(args, tt.args) {
			t.Errorf("prefixCond(c, %q) = %q, %q; want %q, %q", tt.prefix, cond, args, tt.cond, tt.args)
		}
	}
}

func TestPagination(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t, Options{})
	var evs []dyad.Event
	// Every third day, so that none merges with another.
	for i := 1; i <= 28; i += 3 {
		evs = append(evs, filterEvent(fmt.Sprintf("e%02d", i), "KAZ", "KAZ", "PAK", "PAK", "042",
			fmt.Sprintf("2023-01-%02d", i), 1, nil))
	}
	if err := s.PutArticle(ctx, &dyad.Article{ID: "f", Text: "synthetic"}, evs, nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	f := dyad.Filter{Actor: "KAZ", Limit: 3}
	for pages := 0; ; pages++ {
		page, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) > f.Limit {
			t.Fatalf("page of %d events, limit %d", len(page), f.Limit)
		}
		if len(page) == 0 {
			if want := (len(evs) + f.Limit - 1) / f.Limit; pages != want {
				t.Errorf("%d pages, want %d", pages, want)
			}
			break
		}
		for _, ev := range page {
			got = append(got, ev.ID)
		}
		f.After = page[len(page)-1].ID
	}
	var want []string // newest first
	for _, ev := range slices.Backward(evs) {
		want = append(want, ev.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages gave %v, want %v", got, want)
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	a := visitArticle(t, "a1", "TDI", "2023-05-31")
	evs := []dyad.Event{visit("a1", "2023-05-28"), host("a1", "2023-05-28")}
	facts := []dyad.Fact{ties("a1")}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.PutArticle(ctx, a, evs, facts); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkStored(t, s, a, evs, facts)
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if names, _ := migrations.ReadDir("migration"); n != len(names) {
			t.Errorf("%d migrations recorded, want %d", n, len(names))
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConcurrentOpen opens a new store from several Stores at once, as an
// ingest and a reader started together would: each one migrates it or
// waits for the other, and none fails with SQLITE_BUSY.
func TestConcurrentOpen(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("dyad%d.db", round))
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Go(func() {
				s, err := Open(path, Options{})
				if err != nil {
					errs <- err
					return
				}
				errs <- s.Close()
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}

func TestConcurrentPut(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	const writers, perWriter = 6, 20
	// Each writer has its own Store, as separate processes would, and all
	// report the same visit: one stored event with every article's mention.
	var wg sync.WaitGroup
	errs := make(chan error, writers*perWriter)
	for w := range writers {
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var arts []*dyad.Article
		for i := range perWriter {
			arts = append(arts, visitArticle(t, fmt.Sprintf("w%d-%d", w, i), fmt.Sprintf("P%d", w), "2023-05-31"))
		}
		wg.Go(func() {
			defer s.Close()
			for i, a := range arts {
				// The hosts fall on 12 dates a month apart: 12 stored events.
				evs := []dyad.Event{visit(a.ID, "2023-05-28"), host(a.ID, fmt.Sprintf("2024-%02d-01", i%12+1))}
				if err := s.PutArticle(ctx, a, evs, []dyad.Fact{ties(a.ID)}); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, _ := Open(path, Options{})
	defer s.Close()
	na, ne, nm, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const articles = writers * perWriter
	if na != articles || ne != 1+12 || nm != 2*articles {
		t.Errorf("Counts = %d, %d, %d; want %d, %d, %d", na, ne, nm, articles, 13, 2*articles)
	}
	visits, err := s.Events(ctx, dyad.Filter{Code: "042"})
	if err != nil {
		t.Fatal(err)
	}
	if len(visits) != 1 {
		t.Fatalf("%d stored visits, want 1", len(visits))
	}
	if v := visits[0]; v.NumMentions != articles || v.NumArticles != articles || v.NumSources != writers {
		t.Errorf("visit counts %d, %d, %d; want %d, %d, %d",
			v.NumMentions, v.NumArticles, v.NumSources, articles, articles, writers)
	}
	fs, err := s.Facts(ctx, "PAK", "KAZ")
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != articles {
		t.Errorf("%d facts, want %d", len(fs), articles)
	}
}

// TestPageSize checks that a new store gets pageSize pages and WAL, and
// that a file made with SQLite's default pages keeps them and still opens.
func TestPageSize(t *testing.T) {
	ctx := context.Background()
	pragmas := func(db *sql.DB) (size int, mode string) {
		t.Helper()
		if err := db.QueryRowContext(ctx, `SELECT page_size, journal_mode FROM pragma_page_size, pragma_journal_mode`).Scan(&size, &mode); err != nil {
			t.Fatal(err)
		}
		return size, mode
	}
	s, _ := openTemp(t, Options{})
	if size, mode := pragmas(s.db); size != pageSize || mode != "wal" {
		t.Errorf("new store: page size %d, journal %s; want %d, wal", size, mode, pageSize)
	}

	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `PRAGMA page_size = 4096; CREATE TABLE kept (x)`); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	old, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if size, mode := pragmas(old.db); size != 4096 || mode != "wal" {
		t.Errorf("existing store: page size %d, journal %s; want 4096, wal", size, mode)
	}
	a, evs := benchArticle(rand.New(rand.NewPCG(1, 2)), 0, 3)
	if err := old.PutArticle(ctx, a, evs, nil); err != nil {
		t.Fatal(err)
	}
	if _, n, _, err := old.Counts(ctx); err != nil || n != 3 {
		t.Errorf("existing store: %d events stored, err %v; want 3", n, err)
	}
}
