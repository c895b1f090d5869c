package source

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/dyadcoder/dyad"
)

// feedItem is one entry of a feed, before its page is fetched.
type feedItem struct {
	// n is the item's 1-based position in the feed.
	n     int
	title string
	// link is the item's link, resolved against the feed's URL.
	link string
	guid string
	date time.Time
	prec dyad.Precision
	// text is the item's content, else its description, markup removed.
	text string
}

// id identifies the item's article: a hash of its link, else of its GUID,
// else of its text.
func (it *feedItem) id() string {
	for _, s := range []string{it.link, it.guid} {
		if s != "" {
			return hashID([]byte(s))
		}
	}
	return hashID([]byte(it.text))
}

// name names the item in an error: its position, title and link.
func (it *feedItem) name() string {
	s := fmt.Sprintf("item %d", it.n)
	if it.title != "" {
		s += fmt.Sprintf(" %q", it.title)
	}
	if it.link != "" {
		s += " (" + it.link + ")"
	}
	return s
}

// parseFeed reads an RSS, Atom or JSON feed: its title, which stands for
// the publisher, and its items. Relative links are resolved against base
// (nil for a file).
func parseFeed(b []byte, base *url.URL) (title string, items []feedItem, err error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return "", nil, errors.New("not an RSS, Atom or JSON feed")
		}
		return "", nil, fmt.Errorf("bad feed: %v", err)
	}
	for i, e := range f.Items {
		if e == nil {
			continue
		}
		it := feedItem{n: i + 1, title: clean(e.Title), guid: strings.TrimSpace(e.GUID)}
		link := strings.TrimSpace(e.Link)
		if link == "" && len(e.Links) > 0 {
			link = strings.TrimSpace(e.Links[0])
		}
		if link != "" && base != nil {
			if u, err := base.Parse(link); err == nil {
				link = u.String()
			}
		}
		it.link = strings.ToValidUTF8(link, "\uFFFD")
		it.guid = strings.ToValidUTF8(it.guid, "\uFFFD")
		for _, t := range []*time.Time{e.PublishedParsed, e.UpdatedParsed} {
			if t != nil && !t.IsZero() {
				y, m, d := t.Date()
				it.date, it.prec = time.Date(y, m, d, 0, 0, 0, 0, time.UTC), dyad.PrecisionDay
				break
			}
		}
		it.text = fragmentText(firstOf(e.Content, e.Description))
		items = append(items, it)
	}
	return clean(f.Title), items, nil
}

// fragmentText renders an item's HTML content or description as text with
// paragraph breaks.
func fragmentText(s string) string {
	if s == "" {
		return ""
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return paragraphs(s)
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return paragraphs(render.InnerText(body))
}

// feed reads each item of a feed as an article. An item with an http(s)
// link gets its text from the linked page; when that fails the failure is
// reported, naming the item, and the item's own text is used. file names
// the feed, base is its URL (nil for a file).
func (r *reader) feed(file string, base *url.URL, b []byte) error {
	title, items, err := parseFeed(b, base)
	if err != nil {
		r.fail(file, 0, "%v", err)
		return nil
	}
	r.count(len(items))
	for i := range items {
		it := &items[i]
		a := &dyad.Article{ID: it.id(), File: file, URL: it.link, Title: it.title, Publisher: title, Text: it.text}
		date, prec := it.date, it.prec
		if _, ok := httpURL(it.link); ok {
			p, err := r.page(it.link)
			switch {
			case err == nil:
				a.Text, a.Title = p.text, firstOf(a.Title, p.title)
				if p.publisher != "" {
					a.Publisher = p.publisher
				}
				if date.IsZero() {
					date, prec = p.date, p.prec
				}
			case a.Text != "":
				r.failStage(file, a.ID, "fetch", "%s: %v; used its description", it.name(), err)
			default:
				r.failStage(file, a.ID, "fetch", "%s: %v; skipped (no description)", it.name(), err)
				continue
			}
		}
		if a.Text == "" {
			r.failStage(file, a.ID, "read", "%s: no text", it.name())
			continue
		}
		r.finishPage(a, date, prec)
		if err := r.fn(a); err != nil {
			return err
		}
	}
	return nil
}

// page fetches and reads the HTML page at link.
func (r *reader) page(link string) (*page, error) {
	f, err := r.get(link)
	if err != nil {
		return nil, err
	}
	kind, err := classify(f.contentType, f.body)
	if err != nil {
		return nil, err
	}
	if kind != kindHTML {
		return nil, errors.New("the link is a feed, not an HTML page")
	}
	return parseHTML(f.body, f.url, f.contentType)
}
