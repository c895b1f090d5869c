package source

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

// TestFeedURL reads an RSS feed whose three items link to pages on the
// test server: the first and third pages give the text (the third link is
// relative to the feed), the second link is missing, so its description is
// used and the failure reported, naming the item.
func TestFeedURL(t *testing.T) {
	srv := newTestServer(t)
	feedURL := srv.URL + "/feed.rss"
	arts, errs := readAll(t, []string{feedURL}, Options{AllowPrivate: true})
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3; errors %v", len(arts), errs)
	}
	type want struct {
		url, title, publisher, date, text string
	}
	wants := []want{
		{srv.URL + "/story-a.html", "Chile and Peru agree on a fisheries patrol", "PDN", "2024-06-11",
			"LIMA, 10 June 2024 (PDN): Peru and Chile agreed on Monday to run a joint patrol against illegal fishing along their maritime border, the two navies said after a meeting in the Peruvian capital.\n\nThe patrol will start"},
		{srv.URL + "/missing.html", "Norway and Iceland discuss fishing quotas", "World Desk", "2024-06-12",
			"Norway and Iceland met in Reykjavik to discuss fishing quotas.\n\nNo agreement was reached."},
		{srv.URL + "/story-c.html", "Ghana hosts a regional trade fair", "127.0.0.1", "2024-09-20",
			"ACCRA, 20 September 2024 — Ghana opened a regional trade fair on Friday"},
	}
	for i, w := range wants {
		a := arts[i]
		if a.URL != w.url || a.ID != hashID([]byte(w.url)) || a.File != feedURL || a.Title != w.title || a.Publisher != w.publisher ||
			a.Date.Format(time.DateOnly) != w.date || !strings.HasPrefix(a.Text, w.text) {
			t.Errorf("item %d: url %q id %q file %q title %q publisher %q date %v text\n%s", i+1, a.URL, a.ID, a.File, a.Title, a.Publisher, a.Date, a.Text)
		}
	}
	if len(errs) != 1 {
		t.Fatalf("errors %v, want 1", errs)
	}
	e := errs[0]
	msg := `item 2 "Norway and Iceland discuss fishing quotas" (` + srv.URL + `/missing.html): HTTP status 404 Not Found; used its description`
	if e.File != feedURL || e.Article != arts[1].ID || e.Stage != "fetch" || e.Msg != msg {
		t.Errorf("error %+v,\nwant message %s", e, msg)
	}
}

// TestFeedFile reads an Atom feed file whose entries have no links: each
// entry's own text is the article, and an entry without text is reported.
func TestFeedFile(t *testing.T) {
	p := filepath.Join("testdata", "feed.atom")
	arts, errs := readAll(t, []string{p}, Options{})
	if len(arts) != 2 {
		t.Fatalf("%d articles, want 2; errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != hashID([]byte("urn:uuid:3a0f1b52-7d36-4c1e-9b0a-000000000001")) || a.File != p || a.URL != "" ||
		a.Title != "Estonia and Finland plan a ferry link" || a.Publisher != "Harbour Notes" ||
		a.Date.Format(time.DateOnly) != "2024-05-01" || a.DatePrecision != dyad.PrecisionDay {
		t.Errorf("article %+v", a)
	}
	if a.Text != "TALLINN, 1 May 2024 — Estonia and Finland agreed to plan a new ferry link.\n\nWork on the ports starts next spring." ||
		a.Dateline == nil || a.Dateline.Place != "TALLINN" {
		t.Errorf("text %q dateline %+v", a.Text, a.Dateline)
	}
	// No published date: the updated date stands in.
	if b := arts[1]; b.Title != "Latvia welcomes a trade delegation" || b.Date.Format(time.DateOnly) != "2024-05-02" ||
		b.Text != "Latvia welcomed a trade delegation from Poland in Riga." {
		t.Errorf("article %+v", b)
	}
	if len(errs) != 1 || errs[0].Error() != p+": article "+hashID([]byte("urn:uuid:3a0f1b52-7d36-4c1e-9b0a-000000000002"))+`: read: item 2 "An entry with nothing in it": no text` {
		t.Errorf("errors %v", errs)
	}
}

// TestFeedTypes: a feed is known by its Content-Type or, for generic
// types, by its body; a file that is not a feed is reported.
func TestFeedTypes(t *testing.T) {
	srv := newTestServer(t)
	for _, path := range []string{"/feed.xml", "/feed.txt"} {
		arts, errs := readAll(t, []string{srv.URL + path}, Options{AllowPrivate: true})
		if len(arts) != 2 || len(errs) != 1 {
			t.Errorf("%s: %d articles, errors %v", path, len(arts), errs)
		}
	}
	dir := t.TempDir()
	bad := write(t, dir, "bad.xml", []byte("<html><body>not a feed</body></html>"))
	broken := write(t, dir, "broken.rss", []byte(`<rss version="2.0"><channel><item><title>x</title>`))
	arts, errs := readAll(t, []string{bad, broken}, Options{})
	if len(arts) != 0 || len(errs) != 2 ||
		errs[0].Error() != bad+": read: not an RSS, Atom or JSON feed" ||
		!strings.HasPrefix(errs[1].Error(), broken+": read: bad feed: ") {
		t.Errorf("articles %v, errors %v", arts, errs)
	}
}

// TestFeedRefused: a feed file's links are fetched with the same guard, so
// a link to a private address falls back to the description.
func TestFeedRefused(t *testing.T) {
	srv := newTestServer(t)
	b, err := os.ReadFile(filepath.Join("testdata", "feed.rss"))
	if err != nil {
		t.Fatal(err)
	}
	p := write(t, t.TempDir(), "feed.rss", []byte(strings.ReplaceAll(string(b), "{{base}}", srv.URL)))
	arts, errs := readAll(t, []string{p}, Options{})
	// The third item's link is relative, and a file has no URL to resolve it
	// against: it is not fetched.
	if len(arts) != 3 || arts[0].Text != "Peru and Chile agreed to run a joint patrol." || arts[2].URL != "/story-c.html" {
		t.Errorf("articles %v", arts)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Msg, "refused to connect to 127.0.0.1") || !strings.Contains(errs[1].Msg, "item 2 ") {
		t.Errorf("errors %v", errs)
	}
	if n := srv.requests.Load(); n != 0 {
		t.Errorf("%d requests reached the server", n)
	}
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"feed.rss", "feed.atom"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_html":"<p>a</p><p>b</p>","url":"/x"}]}`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>t</title><link>l</link></item></rdf:RDF>`))
	base, _ := url.Parse("https://desk.example/feed")
	f.Fuzz(func(t *testing.T, b []byte) {
		title, items, err := parseFeed(b, base)
		if err != nil {
			return
		}
		if !utf8.ValidString(title) {
			t.Errorf("title %q", title)
		}
		for i, it := range items {
			if it.n != i+1 || !utf8.ValidString(it.text) || !utf8.ValidString(it.title) || !utf8.ValidString(it.link) || strings.Contains(it.text, "\n\n\n") {
				t.Errorf("item %+v", it)
			}
			if it.id() == "" {
				t.Errorf("item %d has no id", it.n)
			}
		}
	})
}
