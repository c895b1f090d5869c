package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/dyadcoder/dyad"
)

// page is what an HTML page gives an article: its main text, with a blank
// line between paragraphs, and its metadata.
type page struct {
	title     string
	publisher string
	// canonical is the page's own absolute http(s) URL (link rel=canonical
	// or og:url), "" when it names none.
	canonical string
	date      time.Time
	prec      dyad.Precision
	text      string
}

// article makes an article of the page.
func (p *page) article(id, file, link string) *dyad.Article {
	return &dyad.Article{ID: id, File: file, URL: link, Title: p.title, Publisher: p.publisher, Text: p.text}
}

// parseHTML extracts the main text of an HTML page with readability, and
// its title, publisher and date from its metadata. base is the page's URL
// (nil for a file): its host is the publisher when the page names none.
// contentType is the HTTP Content-Type ("" for a file), for the charset.
func parseHTML(b []byte, base *url.URL, contentType string) (*page, error) {
	in, err := charset.NewReader(bytes.NewReader(b), contentType)
	if err != nil {
		return nil, fmt.Errorf("bad HTML: %v", err)
	}
	doc, err := html.Parse(in)
	if err != nil {
		return nil, fmt.Errorf("bad HTML: %v", err)
	}
	p := &page{}
	m := scanMeta(doc)
	p.publisher = firstOf(m.siteName, m.appName)
	if p.publisher == "" && base != nil {
		p.publisher = strings.TrimPrefix(base.Hostname(), "www.")
	}
	for _, d := range []string{m.published, m.ldDate, m.timeDate, m.metaDate} {
		if t, prec, ok := parseMetaDate(d); ok {
			p.date, p.prec = t, prec
			break
		}
	}
	if u, ok := httpURL(m.canonical); ok {
		p.canonical = u.String()
	}
	// readability changes the document, so the metadata is read first.
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("bad HTML: %v", err)
	}
	p.title = clean(firstOf(art.Title(), m.title))
	if art.Node != nil {
		p.text = paragraphs(render.InnerText(art.Node))
	}
	if p.text == "" {
		return nil, errors.New("no article text found in the page")
	}
	return p, nil
}

// meta is the metadata of a page, as written.
type meta struct {
	title, siteName, appName, canonical string
	// Dates, in the order they are trusted: article:published_time,
	// JSON-LD datePublished, the first <time datetime>, a date <meta>.
	published, ldDate, timeDate, metaDate string
}

// scanMeta reads the metadata of doc, walking it without recursion (the
// nesting of outside input is unbounded).
func scanMeta(doc *html.Node) meta {
	var m meta
	for n := doc; n != nil; n = next(n) {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Title:
			if m.title == "" {
				m.title = textOf(n)
			}
		case atom.Meta:
			key := strings.ToLower(firstOf(attrOf(n, "property"), attrOf(n, "name"), attrOf(n, "itemprop")))
			content := strings.TrimSpace(attrOf(n, "content"))
			switch key {
			case "og:site_name":
				setOnce(&m.siteName, content)
			case "application-name":
				setOnce(&m.appName, content)
			case "og:url":
				setOnce(&m.canonical, content)
			case "article:published_time":
				setOnce(&m.published, content)
			case "datepublished":
				setOnce(&m.ldDate, content)
			case "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publish-date":
				setOnce(&m.metaDate, content)
			}
		case atom.Link:
			if strings.EqualFold(attrOf(n, "rel"), "canonical") {
				m.canonical = strings.TrimSpace(attrOf(n, "href"))
			}
		case atom.Time:
			setOnce(&m.timeDate, strings.TrimSpace(attrOf(n, "datetime")))
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attrOf(n, "type")), "application/ld+json") && m.ldDate == "" {
				var v any
				if json.Unmarshal([]byte(textOf(n)), &v) == nil {
					m.ldDate = ldDatePublished(v)
				}
			}
		}
	}
	return m
}

// next returns the node after n in document order, nil at the end.
func next(n *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// textOf joins the text nodes directly under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// ldDatePublished finds the first "datePublished" string in a JSON-LD
// value: an object, an array of them, or an object's "@graph".
func ldDatePublished(v any) string {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
		if g, ok := v["@graph"]; ok {
			return ldDatePublished(g)
		}
	case []any:
		for _, e := range v {
			if s := ldDatePublished(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// parseMetaDate reads a metadata date: RFC 3339 or YYYY-MM-DD (ParseDate's
// forms), or a date and time without a zone, of which the date is kept.
func parseMetaDate(s string) (time.Time, dyad.Precision, bool) {
	if s == "" {
		return time.Time{}, "", false
	}
	if t, prec, err := ParseDate(s); err == nil {
		return t, prec, true
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t, dyad.PrecisionDay, true
		}
	}
	return time.Time{}, "", false
}

// clean collapses white space and makes s valid UTF-8.
func clean(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

// paragraphs tidies extracted text: white space trimmed from each line,
// runs of blank lines made one blank line (the paragraph break the
// sentence splitter uses), invalid UTF-8 and NUL bytes replaced.
func paragraphs(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	var b strings.Builder
	blank := false
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// htmlFile reads an HTML file as one article, named like a text file by
// its base name; its URL is the one the page gives as its own.
func (r *reader) htmlFile(name string, b []byte) error {
	p, err := parseHTML(b, nil, "")
	if err != nil {
		r.fail(name, 0, "%v", err)
		return nil
	}
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "-" {
		id = hashID(b)
	}
	a := p.article(id, name, p.canonical)
	r.finishPage(a, p.date, p.prec)
	return r.fn(a)
}

// finishPage is finish for an article whose publisher the page or feed
// named: the dateline's agency, when it has one, is more exact.
func (r *reader) finishPage(a *dyad.Article, date time.Time, prec dyad.Precision) {
	pub := a.Publisher
	r.finish(a, date, prec)
	if a.Publisher == "" {
		a.Publisher = pub
	}
}
