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

// body is a main text long enough for readability to pick it out.
const body = `<article><p>The minister of one country met the envoy of another on Monday,
and the two discussed trade, transport and the next round of talks.</p>
<p>Both sides said the talks were useful and agreed to meet again in the spring.</p></article>`

func TestHTMLMeta(t *testing.T) {
	base, _ := url.Parse("https://www.desk.example/world/story")
	tests := []struct {
		name, head, body, contentType string
		base                          *url.URL
		title, publisher, date        string
		prec                          dyad.Precision
		canonical                     string
	}{
		{name: "og site name and published time",
			head:  `<title>A meeting</title><meta property="og:site_name" content="Desk News"><meta property="article:published_time" content="2024-03-04T23:30:00-05:00">`,
			title: "A meeting", publisher: "Desk News", date: "2024-03-04", prec: dyad.PrecisionDay},
		{name: "application-name, host ignored",
			head: `<title>A meeting</title><meta name="application-name" content="Desk App">`, base: base,
			title: "A meeting", publisher: "Desk App"},
		{name: "host without www when the page names no publisher",
			head: `<title>A meeting</title>`, base: base,
			title: "A meeting", publisher: "desk.example"},
		{name: "JSON-LD datePublished",
			head:  `<title>A meeting</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}</script>`,
			title: "A meeting", date: "2023-11-02", prec: dyad.PrecisionDay},
		{name: "JSON-LD @graph, in a list",
			head:  `<title>A meeting</title><script type="application/ld+json">[{"@graph":[{"@type":"WebPage"},{"datePublished":"2023-11-03"}]}]</script>`,
			title: "A meeting", date: "2023-11-03", prec: dyad.PrecisionDay},
		{name: "bad JSON-LD is ignored",
			head:  `<title>A meeting</title><script type="application/ld+json">{"datePublished":</script><meta name="date" content="2022-01-05">`,
			title: "A meeting", date: "2022-01-05", prec: dyad.PrecisionDay},
		{name: "time datetime",
			head: `<title>A meeting</title>`, body: `<time datetime="2021-07-08T10:00">8 July</time>`,
			title: "A meeting", date: "2021-07-08", prec: dyad.PrecisionDay},
		{name: "meta date, month only",
			head:  `<title>A meeting</title><meta name="DC.date" content="2020-02">`,
			title: "A meeting", date: "2020-02-01", prec: dyad.PrecisionMonth},
		{name: "published time before JSON-LD, time and meta date",
			head:  `<title>A meeting</title><meta name="date" content="2019-01-01"><script type="application/ld+json">{"datePublished":"2019-02-02"}</script><meta property="article:published_time" content="2019-03-03">`,
			body:  `<time datetime="2019-04-04">then</time>`,
			title: "A meeting", date: "2019-03-03", prec: dyad.PrecisionDay},
		{name: "unreadable date skipped for the next",
			head:  `<title>A meeting</title><meta property="article:published_time" content="last Tuesday"><meta name="pubdate" content="2018-05-06">`,
			title: "A meeting", date: "2018-05-06", prec: dyad.PrecisionDay},
		{name: "no date",
			head:  `<title>A meeting</title>`,
			title: "A meeting"},
		{name: "canonical link and og:url",
			head:  `<title>A meeting</title><meta property="og:url" content="https://desk.example/og"><link rel="canonical" href="https://desk.example/canonical">`,
			title: "A meeting", canonical: "https://desk.example/canonical"},
		{name: "relative canonical ignored",
			head:  `<title>A meeting</title><link rel="canonical" href="/story">`,
			title: "A meeting"},
		{name: "charset from the Content-Type",
			head: "<title>Caf\xe9 talks</title>", contentType: "text/html; charset=windows-1252",
			title: "Café talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<html><head>" + tt.head + "</head><body>" + tt.body + body + "</body></html>"
			p, err := parseHTML([]byte(doc), tt.base, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			date := ""
			if !p.date.IsZero() {
				date = p.date.Format(time.DateOnly)
			}
			if p.title != tt.title || p.publisher != tt.publisher || date != tt.date || p.prec != tt.prec || p.canonical != tt.canonical {
				t.Errorf("title %q publisher %q date %q (%s) canonical %q,\nwant %q %q %q (%s) %q",
					p.title, p.publisher, date, p.prec, p.canonical, tt.title, tt.publisher, tt.date, tt.prec, tt.canonical)
			}
			if !strings.HasPrefix(p.text, "The minister of one country met the envoy of another on Monday, and the two") ||
				!strings.Contains(p.text, "talks.\n\nBoth sides") {
				t.Errorf("text %q", p.text)
			}
		})
	}
}

func TestHTMLNoText(t *testing.T) {
	for _, doc := range []string{"", "<html><body></body></html>", "<p>  </p>", "<body><script>run()</script><p>\x00</p></body>"} {
		if p, err := parseHTML([]byte(doc), nil, ""); err == nil {
			t.Errorf("%q: got %+v, want an error", doc, p)
		}
	}
}

// TestHTMLFile reads a page with a menu, a sidebar and a footer around the
// story: only the story is kept, a paragraph a line with blank lines
// between, and its dateline still parses.
func TestHTMLFile(t *testing.T) {
	p := filepath.Join("testdata", "page.html")
	arts, errs := readAll(t, []string{p}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.ID != "page" || a.File != p || a.URL != "https://ledger.example/2024/03/transit-accord" {
		t.Errorf("id %q file %q url %q", a.ID, a.File, a.URL)
	}
	if a.Title != "Turkmenistan and Mongolia sign a transit accord" || a.Publisher != "The Caspian Ledger" {
		t.Errorf("title %q publisher %q", a.Title, a.Publisher)
	}
	// The page's date (4 March) is the input's own date, kept over the dateline's.
	if a.Date.Format(time.DateOnly) != "2024-03-04" || a.DatePrecision != dyad.PrecisionDay {
		t.Errorf("date %v (%s)", a.Date, a.DatePrecision)
	}
	if a.Dateline == nil || a.Dateline.Place != "ASHGABAT" || a.Dateline.Date.Format(time.DateOnly) != "2024-03-03" {
		t.Errorf("dateline %+v", a.Dateline)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 {
		t.Fatalf("%d paragraphs, want 4:\n%s", len(paras), a.Text)
	}
	if !strings.HasPrefix(paras[0], "ASHGABAT, 3 March 2024 — The foreign minister of Turkmenistan received the ambassador of Mongolia") ||
		!strings.HasPrefix(paras[3], "The two countries established diplomatic relations in 1992") {
		t.Errorf("text:\n%s", a.Text)
	}
	for _, clutter := range []string{"Subscribe", "Most read", "Copyright", "analytics", "staff writer"} {
		if strings.Contains(a.Text, clutter) {
			t.Errorf("text keeps %q:\n%s", clutter, a.Text)
		}
	}
}

// TestHTMLFormat reads HTML from standard input with Format "html".
func TestHTMLFormat(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "story-a.html"))
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := readAll(t, []string{"-"}, Options{Stdin: strings.NewReader(string(b)), Format: "html"})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	// The dateline's agency is more exact than the page's application-name.
	if a.ID != hashID(b) || a.Publisher != "PDN" || a.Date.Format(time.DateOnly) != "2024-06-11" {
		t.Errorf("id %q publisher %q date %v", a.ID, a.Publisher, a.Date)
	}
	if strings.Contains(a.Text, "Front page") || !strings.Contains(a.Text, "capital.\n\nThe patrol") {
		t.Errorf("text:\n%s", a.Text)
	}
}

func FuzzHTML(f *testing.F) {
	for _, name := range []string{"page.html", "story-a.html", "story-c.html"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<html><head><meta property=article:published_time content=2024-01-02></head><body><p>One.<p>Two.</body>"))
	f.Add([]byte(`<script type="application/ld+json">[[[{"@graph":{"datePublished":1}}]]]</script><p>x</p>`))
	base, _ := url.Parse("https://desk.example/story")
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := parseHTML(b, base, "")
		if err != nil {
			return
		}
		if p.text == "" || !utf8.ValidString(p.text) || !utf8.ValidString(p.title) || strings.Contains(p.text, "\n\n\n") {
			t.Errorf("text %q title %q", p.text, p.title)
		}
		if strings.TrimSpace(p.text) != p.text {
			t.Errorf("text not trimmed: %q", p.text)
		}
	})
}
