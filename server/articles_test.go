package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// post posts body to /api/articles with the header Authorization: auth
// (none when "").
func post(t *testing.T, h http.Handler, auth, body string, want int, v any) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, "/api/articles", strings.NewReader(body))
	if auth != "" {
		r.Header.Set("Authorization", auth)
	}
	return do(t, h, r, want, v)
}

const visitJSON = `{"id": "t1", "title": "A visit", "date": "2024-03-12", "publisher": "TDI",
	"text": "The Prime Minister of Pakistan visited Kazakhstan on Tuesday. Kazakhstan hosted the delegation in Astana."}`

func TestPostArticleToken(t *testing.T) {
	st := ingested(t, filepath.Join("..", "examples", "protest.txt"))
	opts := testOptions(t)
	// No token configured: read-only, whatever the request gives.
	readOnly := New(st, opts)
	post(t, readOnly, "", visitJSON, http.StatusForbidden, nil)
	post(t, readOnly, "Bearer ", visitJSON, http.StatusForbidden, nil)
	post(t, readOnly, "Bearer anything", visitJSON, http.StatusForbidden, nil)

	opts.Token = "s3cret"
	h := New(st, opts)
	w := post(t, h, "", visitJSON, http.StatusUnauthorized, nil)
	if !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
		t.Errorf("401 without WWW-Authenticate: %v", w.Header())
	}
	post(t, h, "Basic czNjcmV0", visitJSON, http.StatusUnauthorized, nil)
	post(t, h, "Bearer s3cre", visitJSON, http.StatusForbidden, nil)
	post(t, h, "Bearer s3cret2", visitJSON, http.StatusForbidden, nil)
	if ok, err := st.HasArticle(t.Context(), "t1"); err != nil || ok {
		t.Fatalf("a refused article was stored: %v %v", ok, err)
	}

	var got struct {
		ArticleID string  `json:"article_id"`
		Events    []Event `json:"events"`
	}
	post(t, h, "Bearer s3cret", visitJSON, http.StatusCreated, &got)
	if got.ArticleID != "t1" || len(got.Events) == 0 {
		t.Fatalf("posted: %+v", got)
	}
	codes := map[string]bool{}
	pairEvents := 0
	for _, e := range got.Events {
		if pair := e.Source.Country + e.Target.Country; pair == "PAKKAZ" || pair == "KAZPAK" {
			pairEvents++
		}
		checkSegments(t, e)
		codes[e.Source.Code+" "+e.Code+" "+e.Target.Code] = true
		if e.Date != "2024-03-12" {
			t.Errorf("event dated %s, want the article's 2024-03-12", e.Date)
		}
	}
	if !codes["PAKGOV 042 KAZ"] {
		t.Errorf("posted article coded as %v, want PAKGOV 042 KAZ", codes)
	}
	// Stored: the event is served, and the article once only.
	var p eventsPage
	get(t, h, "/api/events?dyad=PAK,KAZ", http.StatusOK, &p)
	if len(p.Events) != pairEvents {
		t.Errorf("%d events of PAK and KAZ stored, %d coded", len(p.Events), pairEvents)
	}
	post(t, h, "bearer s3cret", visitJSON, http.StatusConflict, nil)

	// A token but no coder: nothing can be coded.
	opts.Coder = nil
	post(t, New(st, opts), "Bearer s3cret", visitJSON, http.StatusForbidden, nil)
}

func TestPostArticleBadBody(t *testing.T) {
	opts := testOptions(t)
	opts.Token, opts.MaxBody = "t", 4096
	h := New(ingested(t, filepath.Join("..", "examples", "protest.txt")), opts)
	tests := []struct {
		body   string
		status int
		want   string
	}{
		{`{"text": "` + strings.Repeat("Pakistan praised China. ", 200) + `"}`, 413, "larger than 4096"},
		{`{"text": "Pakistan praised China."`, 400, "malformed JSON"},
		{`{"text": "a"} {"text": "b"}`, 400, "malformed JSON"},
		{`["Pakistan praised China."]`, 400, "JSON object"},
		{`{"title": "no text"}`, 400, `no "text"`},
		{`{"text": "Pakistan praised China.", "date": "soon"}`, 400, "date"},
		{"", 400, "malformed JSON"},
	}
	for _, tt := range tests {
		var e struct{ Error string }
		post(t, h, "Bearer t", tt.body, tt.status, &e)
		if !strings.Contains(e.Error, tt.want) {
			t.Errorf("%.40q: error %q, want it to say %q", tt.body, e.Error, tt.want)
		}
	}
}

// TestScriptIsText: an article with markup in it comes back as JSON text,
// its <, > and & escaped, never as markup.
func TestScriptIsText(t *testing.T) {
	opts := testOptions(t)
	opts.Token = "t"
	h := New(ingested(t, filepath.Join("..", "examples", "protest.txt")), opts)
	text := `Pakistan praised China <script>alert("x")</script> & thanked it. Russia attacked Ukraine <img src=x onerror=alert(1)>.`
	body, err := json.Marshal(map[string]string{"id": "xss", "text": text, "date": "2024-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Events []Event }
	w := post(t, h, "Bearer t", string(body), http.StatusCreated, &got)
	if len(got.Events) == 0 {
		t.Fatal("the article gave no event")
	}
	for _, path := range []string{"", "/api/articles/xss", "/api/events?limit=500"} {
		if path != "" {
			w = get(t, h, path, http.StatusOK, nil)
		}
		raw := w.Body.String()
		if strings.Contains(raw, "<script") || strings.Contains(raw, "<img") || !strings.Contains(raw, `\u003cscript\u003e`) {
			t.Errorf("%s: markup not escaped: %s", path, raw)
		}
		if ct := w.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: content type %q", path, ct)
		}
	}
	var art struct{ Text string }
	get(t, h, "/api/articles/xss", http.StatusOK, &art)
	if art.Text != text {
		t.Errorf("article text %q, want %q", art.Text, text)
	}
}

func TestDashboard(t *testing.T) {
	opts := testOptions(t)
	opts.Dashboard = fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>dyad</title>")}, "app.js": {Data: []byte("1")}}
	h := New(ingested(t, filepath.Join("..", "examples", "protest.txt")), opts)
	w := get(t, h, "/", http.StatusOK, nil)
	if !strings.Contains(w.Body.String(), "<title>dyad</title>") || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Errorf("/: %q %v", w.Body, w.Header())
	}
	if w := get(t, h, "/app.js", http.StatusOK, nil); w.Body.String() != "1" {
		t.Errorf("/app.js: %q", w.Body)
	}
	get(t, h, "/missing.js", http.StatusNotFound, nil)
	do(t, h, httptest.NewRequest(http.MethodPost, "/", nil), http.StatusMethodNotAllowed, nil)
	// The API is still the API.
	get(t, h, "/api/nothing", http.StatusNotFound, nil)
}
