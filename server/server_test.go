package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// seed is the article of DESIGN.md, read from ../shared.
var seed = filepath.Join("..", "..", "shared", "examples", "multan-visit.txt")

// testCoder is the coder of dyad ingest, loaded once.
var testCoder = sync.OnceValues(func() (*coder.Coder, error) {
	dict, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	places, err := geo.Load()
	if err != nil {
		return nil, err
	}
	return coder.New(dict, coder.Options{Places: places}), nil
})

// testOptions are the options dyad serve gives, from the same dictionaries.
func testOptions(t testing.TB) Options {
	t.Helper()
	c, err := testCoder()
	if err != nil {
		t.Fatal(err)
	}
	dict, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{"PAK": "Pakistan", "KAZ": "Kazakhstan"}
	return Options{Coder: c, Capital: dict.Capital, Name: func(code string) string { return names[code] }}
}

// ingested returns a new store in a temporary file holding the articles
// at paths (files or folders), coded as dyad ingest codes them.
func ingested(t testing.TB, paths ...string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c, err := testCoder()
	if err != nil {
		t.Fatal(err)
	}
	errs, err := source.Read(paths, source.Options{}, func(a *dyad.Article) error {
		sents := coder.Analyze(a)
		return st.PutArticle(context.Background(), a, c.CodeSentences(a, sents), c.Relations(a, sents))
	})
	if err != nil || len(errs) > 0 {
		t.Fatalf("ingest %v: %v %v", paths, err, errs)
	}
	return st
}

// examples returns the paths of the bundled examples and, when it is
// there, the seed article.
func examples() []string {
	paths := []string{filepath.Join("..", "examples")}
	if _, err := os.Stat(seed); err == nil {
		paths = append(paths, seed)
	}
	return paths
}

// get requests path from h and decodes the JSON answer into v (when not
// nil), failing unless the status is want.
func get(t *testing.T, h http.Handler, path string, want int, v any) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, httptest.NewRequest(http.MethodGet, path, nil), want, v)
}

func do(t *testing.T, h http.Handler, r *http.Request, want int, v any) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != want {
		t.Fatalf("%s %s: status %d, want %d: %s", r.Method, r.URL, w.Code, want, w.Body)
	}
	for k, v := range map[string]string{
		"Content-Security-Policy": csp,
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "no-referrer",
	} {
		if got := w.Header().Get(k); got != v {
			t.Errorf("%s %s: header %s = %q, want %q", r.Method, r.URL, k, got, v)
		}
	}
	if v != nil {
		if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
			t.Fatalf("%s %s: %v: %s", r.Method, r.URL, err, w.Body)
		}
	}
	return w
}

type eventsPage struct {
	Events []Event `json:"events"`
	Next   string  `json:"next"`
}

// checkSegments checks that the segments of e concatenate to its sentence
// and that each marked piece is the text of an actor or matched word.
func checkSegments(t *testing.T, e Event) {
	t.Helper()
	var b strings.Builder
	for _, s := range e.Segments {
		b.WriteString(s.Text)
		switch s.Kind {
		case "source", "target":
			act := e.Source
			if s.Kind == "target" {
				act = e.Target
			}
			if s.Text != act.Text {
				t.Errorf("event %s: %s segment %q, actor text %q", e.ID, s.Kind, s.Text, act.Text)
			}
		case "verb":
			if !strings.Contains(e.Evidence.Words, s.Text) {
				t.Errorf("event %s: verb segment %q not in the matched words %q", e.ID, s.Text, e.Evidence.Words)
			}
		case "":
		default:
			t.Errorf("event %s: segment kind %q", e.ID, s.Kind)
		}
	}
	if b.String() != e.Text {
		t.Errorf("event %s: segments make %q, want %q", e.ID, b.String(), e.Text)
	}
}

func TestEventsPages(t *testing.T) {
	st := ingested(t, examples()...)
	h := New(st, testOptions(t))
	var all eventsPage
	get(t, h, "/api/events?limit=500", http.StatusOK, &all)
	_, n, _, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Events) != n || n < 20 || all.Next != "" {
		t.Fatalf("%d events, next %q; the store holds %d", len(all.Events), all.Next, n)
	}
	verbs := 0
	for _, e := range all.Events {
		checkSegments(t, e)
		for _, s := range e.Segments {
			if s.Kind == "verb" {
				verbs++
				break
			}
		}
	}
	if verbs < n*9/10 {
		t.Errorf("%d of %d events have their verb marked", verbs, n)
	}
	// Pages of 7 walk the same events in the same order.
	var ids []string
	after := ""
	for page := 0; ; page++ {
		var p eventsPage
		get(t, h, "/api/events?limit=7&after="+after, http.StatusOK, &p)
		for _, e := range p.Events {
			ids = append(ids, e.ID)
		}
		if p.Next == "" {
			break
		}
		if len(p.Events) != 7 || page > n {
			t.Fatalf("page %d: %d events, next %q", page, len(p.Events), p.Next)
		}
		after = p.Next
	}
	if len(ids) != n {
		t.Fatalf("pages gave %d events, want %d", len(ids), n)
	}
	for i, id := range ids {
		if all.Events[i].ID != id {
			t.Fatalf("page event %d is %s, want %s", i, id, all.Events[i].ID)
		}
	}
	// The default page is 50.
	var def eventsPage
	get(t, h, "/api/events", http.StatusOK, &def)
	if len(def.Events) != min(n, defaultLimit) || (n > defaultLimit) != (def.Next != "") {
		t.Errorf("default page: %d events, next %q", len(def.Events), def.Next)
	}
}

func TestEventsFilters(t *testing.T) {
	st := ingested(t, examples()...)
	h := New(st, testOptions(t))
	tests := []struct {
		query string
		ok    func(e Event) bool
	}{
		{"dyad=pak,afg", func(e Event) bool {
			return e.Source.Country+e.Target.Country == "PAKAFG" || e.Source.Country+e.Target.Country == "AFGPAK"
		}},
		{"actor=kaz", func(e Event) bool {
			return strings.HasPrefix(e.Source.Code, "KAZ") || strings.HasPrefix(e.Target.Code, "KAZ")
		}},
		{"root=04", func(e Event) bool { return e.Root == "04" }},
		{"code=04", func(e Event) bool { return strings.HasPrefix(e.Code, "04") }},
		{"quad=4", func(e Event) bool { return e.QuadClass == 4 }},
		{"from=2024-05-07&to=2024-12-31", func(e Event) bool { return e.Date >= "2024-05-07" && e.Date <= "2024-12-31" }},
		{"country=PAK", func(e Event) bool { return e.Place != nil && e.Place.Country == "PAK" }},
		{"place=Istanbul", func(e Event) bool { return e.Place != nil && e.Place.Name == "Istanbul" }},
		{"root=04&quad=1&dyad=KAZ,TUR", func(e Event) bool {
			pair := e.Source.Country + e.Target.Country
			return e.Root == "04" && e.QuadClass == 1 && (pair == "KAZTUR" || pair == "TURKAZ")
		}},
	}
	var all eventsPage
	get(t, h, "/api/events?limit=500", http.StatusOK, &all)
	for _, tt := range tests {
		var p eventsPage
		get(t, h, "/api/events?limit=500&"+tt.query, http.StatusOK, &p)
		want := 0
		for _, e := range all.Events {
			if tt.ok(e) {
				want++
			}
		}
		if len(p.Events) != want || want == 0 {
			t.Errorf("%s: %d events, want %d (and some)", tt.query, len(p.Events), want)
		}
		for _, e := range p.Events {
			if !tt.ok(e) {
				t.Errorf("%s: event %s %s %s %s does not match", tt.query, e.Source.Code, e.Code, e.Target.Code, e.Date)
			}
		}
	}
}

func TestBadRequests(t *testing.T) {
	h := New(ingested(t, examples()...), testOptions(t))
	tests := []struct {
		method, path string
		status       int
		want         string
	}{
		{"GET", "/api/events?quad=5", 400, "quad"},
		{"GET", "/api/events?from=yesterday", 400, "from"},
		{"GET", "/api/events?from=2024-02-01&to=2024-01-01", 400, "before"},
		{"GET", "/api/events?dyad=PAK", 400, "dyad"},
		{"GET", "/api/events?dyad=PAK,KAZ,AFG", 400, "dyad"},
		{"GET", "/api/events?code=04x", 400, "code"},
		{"GET", "/api/events?limit=0", 400, "limit"},
		{"GET", "/api/events?limit=501", 400, "limit"},
		{"GET", "/api/events?after=%25%25", 400, "cursor"},
		{"GET", "/api/events?after=", 200, ""},
		{"GET", "/api/events?colour=red", 400, "unknown parameter"},
		{"GET", "/api/events?root=04&root=05", 400, "2 times"},
		{"GET", "/api/events?place=" + strings.Repeat("x", 201), 400, "longer"},
		{"GET", "/api/events?place=%ff", 400, "UTF-8"},
		{"GET", "/api/events?actor=%zz", 400, "query string"},
		{"GET", "/api/relations?a=PAK", 400, "country code"},
		{"GET", "/api/relations?a=PAK&b=K4Z", 400, "country code"},
		{"GET", "/api/relations?a=PAK&b=KAZ&by=fortnight", 400, "by is"},
		{"GET", "/api/countries/P4K/partners", 400, "country code"},
		{"GET", "/api/countries/PAK/partners?limit=x", 400, "limit"},
		{"GET", "/api/places?limit=3", 400, "unknown parameter"},
		{"GET", "/api/events/nope", 404, "no event"},
		{"GET", "/api/articles/nope", 404, "no article"},
		{"GET", "/api/nothing", 404, "no such"},
		{"GET", "/", 404, "no dashboard"},
		{"DELETE", "/api/events", 405, "GET, HEAD"},
		{"POST", "/api/events/x", 405, "not allowed"},
		{"GET", "/api/articles", 405, "POST"},
		{"PUT", "/healthz", 405, "not allowed"},
	}
	for _, tt := range tests {
		var body struct {
			Error string `json:"error"`
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tt.method, tt.path, nil))
		if w.Code != tt.status {
			t.Errorf("%s %s: status %d, want %d: %s", tt.method, tt.path, w.Code, tt.status, w.Body)
			continue
		}
		if tt.status == 200 {
			continue
		}
		if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: content type %q", tt.method, tt.path, ct)
		}
		if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || !strings.Contains(body.Error, tt.want) {
			t.Errorf("%s %s: error %q (%v), want it to say %q", tt.method, tt.path, body.Error, err, tt.want)
		}
		if tt.status == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tt.method, tt.path)
		}
	}
}

// failing is a store whose queries fail, for the 500 and 503 answers.
type failing struct {
	dyad.Store
	err error
}

func (f failing) Events(context.Context, dyad.Filter) ([]dyad.StoredEvent, error) {
	return nil, f.err
}

func TestStoreFailure(t *testing.T) {
	st := ingested(t, filepath.Join("..", "examples", "protest.txt"))
	for _, tt := range []struct {
		err    error
		status int
	}{
		{io.ErrUnexpectedEOF, 500},
		{context.DeadlineExceeded, 503},
	} {
		h := New(failing{st, tt.err}, Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
		var body struct{ Error string }
		get(t, h, "/api/events", tt.status, &body)
		// The client is not told the store's error.
		if body.Error == "" || strings.Contains(body.Error, tt.err.Error()) {
			t.Errorf("status %d: error %q", tt.status, body.Error)
		}
	}
}

func TestEventDetail(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skip("no seed article")
	}
	st := ingested(t, examples()...)
	h := New(st, testOptions(t))
	var p eventsPage
	get(t, h, "/api/events?dyad=KAZ,PAK&code=042", http.StatusOK, &p)
	var visit *Event
	for i, e := range p.Events {
		if e.Source.Code == "KAZGOV" && e.Target.Code == "PAK" && e.ArticleID == "multan-visit" {
			visit = &p.Events[i]
		}
	}
	if visit == nil {
		t.Fatalf("no KAZGOV 042 PAK from the seed in %+v", p.Events)
	}
	want := []Segment{{"The Ambassador of Kazakhstan to Pakistan", "source"}, {", Yerzhan Kistafin, ", ""},
		{"visited", "verb"}, {" ", ""}, {"Multan", "target"}}
	if len(visit.Segments) < len(want)+1 {
		t.Fatalf("segments %+v", visit.Segments)
	}
	for i, s := range want {
		if visit.Segments[i] != s {
			t.Errorf("segment %d = %+v, want %+v", i, visit.Segments[i], s)
		}
	}
	var detail struct {
		Event    Event `json:"event"`
		Mentions []struct {
			EventID   string    `json:"event_id"`
			ArticleID string    `json:"article_id"`
			Span      dyad.Span `json:"span"`
			Text      string    `json:"text"`
		} `json:"mentions"`
	}
	get(t, h, "/api/events/"+visit.ID, http.StatusOK, &detail)
	if detail.Event.ID != visit.ID || len(detail.Event.Segments) != len(visit.Segments) {
		t.Errorf("event %+v", detail.Event)
	}
	if len(detail.Mentions) != 1 || detail.Mentions[0].Text != visit.Text || detail.Mentions[0].ArticleID != "multan-visit" {
		t.Errorf("mentions %+v, want one with the sentence %q", detail.Mentions, visit.Text)
	}
	var art map[string]any
	get(t, h, "/api/articles/multan-visit", http.StatusOK, &art)
	text, _ := art["text"].(string)
	if !strings.Contains(text, visit.Text) || art["file"] != nil || art["dateline"] == nil {
		t.Errorf("article: %v", art)
	}
}

func TestRelationsEndpoint(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skip("no seed article")
	}
	h := New(ingested(t, examples()...), testOptions(t))
	var rep struct {
		A, B     string
		By       string
		Periods  []dyad.PeriodCount `json:"periods"`
		TopCodes []struct {
			Direction, Code, Name string
			Events                int
		} `json:"top_codes"`
		Facts           []dyad.Fact `json:"facts"`
		PublicDiplomacy struct {
			Periods []struct {
				Period string
				Events int
			}
			Events []Event
		} `json:"public_diplomacy"`
	}
	get(t, h, "/api/relations?a=pak&b=kaz", http.StatusOK, &rep)
	if rep.A != "PAK" || rep.B != "KAZ" || rep.By != "month" {
		t.Errorf("a %q b %q by %q", rep.A, rep.B, rep.By)
	}
	found := false
	for _, p := range rep.Periods {
		found = found || (p.Period == "2023-05" && p.Direction == "KAZ->PAK" && p.Quad[0] >= 1)
	}
	if !found {
		t.Errorf("no 2023-05 KAZ->PAK verbal cooperation in %+v", rep.Periods)
	}
	if len(rep.TopCodes) == 0 || rep.TopCodes[0].Name == "" {
		t.Errorf("top codes %+v", rep.TopCodes)
	}
	kinds := map[string]bool{}
	for _, f := range rep.Facts {
		kinds[f.Kind+" "+f.Value] = true
		if f.Text == "" {
			t.Errorf("fact %+v without its sentence", f)
		}
	}
	if !kinds["ties_since 1992"] {
		t.Errorf("facts %+v lack ties since 1992", rep.Facts)
	}
	pd := map[string]bool{}
	for _, e := range rep.PublicDiplomacy.Events {
		checkSegments(t, e)
		pd[e.Source.Code+" "+e.Code+" "+e.Target.Code] = true
	}
	if !pd["KAZGOV 042 PAK"] || !pd["PAKEDU 043 KAZGOV"] || len(rep.PublicDiplomacy.Periods) == 0 {
		t.Errorf("public diplomacy %+v", rep.PublicDiplomacy)
	}
	var week struct{ Periods []dyad.PeriodCount }
	get(t, h, "/api/relations?a=PAK&b=KAZ&by=week", http.StatusOK, &week)
	if len(week.Periods) == 0 || week.Periods[0].Period != "2023-W21" {
		t.Errorf("by week: %+v", week.Periods)
	}
}

func TestCountriesPartnersPlaces(t *testing.T) {
	h := New(ingested(t, examples()...), testOptions(t))
	var cs struct {
		Countries []struct {
			Code, Name string
			Events     int
		}
	}
	get(t, h, "/api/countries", http.StatusOK, &cs)
	byCode := map[string]int{}
	for i, c := range cs.Countries {
		byCode[c.Code] = c.Events
		if i > 0 && c.Events > cs.Countries[i-1].Events {
			t.Errorf("countries not sorted: %+v", cs.Countries)
		}
		if c.Code == "PAK" && c.Name != "Pakistan" {
			t.Errorf("PAK named %q", c.Name)
		}
	}
	if byCode["PAK"] == 0 || byCode["KAZ"] == 0 {
		t.Errorf("countries %+v", cs.Countries)
	}
	var ps struct {
		Country, Name string
		Partners      []struct {
			Country, Name         string
			Events                int
			Cooperation, Conflict int
		}
	}
	get(t, h, "/api/countries/pak/partners", http.StatusOK, &ps)
	partners := map[string]int{}
	for _, p := range ps.Partners {
		partners[p.Country] = p.Conflict
		if p.Cooperation+p.Conflict > p.Events {
			t.Errorf("partner %+v", p)
		}
	}
	if ps.Country != "PAK" || ps.Name != "Pakistan" || partners["AFG"] == 0 {
		t.Errorf("partners of PAK: %+v (the border attack is a conflict with AFG)", ps)
	}
	var pl struct{ Places []dyad.PlaceCount }
	get(t, h, "/api/places?root=04", http.StatusOK, &pl)
	if len(pl.Places) == 0 {
		t.Fatal("no places")
	}
	for _, p := range pl.Places {
		if p.Events == 0 || p.Quad[0]+p.Quad[1]+p.Quad[2]+p.Quad[3] != p.Events || p.Name == "" {
			t.Errorf("place %+v", p)
		}
	}
}

func TestHealthAndMetrics(t *testing.T) {
	st := ingested(t, filepath.Join("..", "examples"))
	h := New(st, testOptions(t))
	var health map[string]string
	get(t, h, "/healthz", http.StatusOK, &health)
	if health["status"] != "ok" {
		t.Errorf("healthz %v", health)
	}
	get(t, h, "/api/events?quad=9", http.StatusBadRequest, nil)
	w := get(t, h, "/metrics", http.StatusOK, nil)
	_, events, _, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	body := w.Body.String()
	for _, want := range []string{
		`dyad_http_requests_total{route="GET /healthz",status="200"} 1`,
		`dyad_http_requests_total{route="GET /api/events",status="400"} 1`,
		`# TYPE dyad_http_request_duration_seconds histogram`,
		`dyad_http_request_duration_seconds_bucket{route="GET /healthz",le="+Inf"} 1`,
		`dyad_http_request_duration_seconds_count{route="GET /api/events"} 1`,
		"dyad_store_events " + strconv.Itoa(events) + "\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("metrics content type %q", ct)
	}
}
