package source

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
)

func TestCount(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("One."))
	write(t, dir, "b.html", []byte("<p>Two.</p>"))
	write(t, dir, ".hidden.txt", []byte("No."))
	// Three records: a blank line is none, a line too long is one (an error).
	write(t, dir, "c.jsonl", []byte("{\"text\":\"x\"}\n\n{\"text\":\""+strings.Repeat("y", 100)+"\"}\n{\"text\":\"z\"}"))
	write(t, dir, "d.rss", []byte("<rss/>"))
	feed := filepath.Join("testdata", "feed.atom")
	opts := Options{MaxBytes: 50}
	for _, tt := range []struct {
		paths      []string
		n, pending int
		ok         bool
	}{
		{[]string{dir}, 5, 1, true},
		{[]string{dir, feed, "https://example.org/x"}, 5, 3, true},
		{[]string{filepath.Join(dir, "missing")}, 0, 0, true},
		{[]string{dir, "-"}, 5, 1, false},
	} {
		n, pending, ok := Count(tt.paths, opts)
		if n != tt.n || pending != tt.pending || ok != tt.ok {
			t.Errorf("Count(%v) = %d, %d, %v; want %d, %d, %v", tt.paths, n, pending, ok, tt.n, tt.pending, tt.ok)
		}
	}
	// As Read sees it: --from text reads .jsonl as text, --from feed any
	// other file as a feed.
	if n, pending, _ := Count([]string{dir}, Options{Format: "text"}); n != 4 || pending != 0 {
		t.Errorf("Count(text) = %d, %d; want 4, 0", n, pending)
	}
	if n, pending, _ := Count([]string{dir}, Options{Format: "feed"}); n != 3 || pending != 3 {
		t.Errorf("Count(feed) = %d, %d; want 3, 3", n, pending)
	}
}

// TestCounted: Read reports the number of articles of each input Count
// leaves pending, once, as soon as it knows it, and every error as found.
func TestCounted(t *testing.T) {
	srv := newTestServer(t)
	dir := t.TempDir()
	big := write(t, dir, "big.rss", []byte("<rss>"+strings.Repeat(" ", DefaultMaxBytes)+"</rss>"))
	paths := []string{
		srv.URL + "/feed.rss",                  // three items
		srv.URL + "/story-a.html",              // a page
		srv.URL + "/missing.html",              // 404
		filepath.Join("testdata", "feed.atom"), // three entries
		filepath.Join(dir, "nope.rss"),         // missing
		big,                                    // too large
		write(t, dir, "bad.rss", []byte("not a feed")),
	}
	var counted []int
	var reported []*dyad.Error
	opts := Options{AllowPrivate: true,
		Counted:  func(n int) { counted = append(counted, n) },
		Reported: func(e *dyad.Error) { reported = append(reported, e) },
	}
	_, errs := readAll(t, paths, opts)
	if want := []int{3, 1, 0, 3, 0, 0}; !reflect.DeepEqual(counted, want) {
		t.Errorf("counted %v, want %v", counted, want)
	}
	if !reflect.DeepEqual([]*dyad.Error(errs), reported) || len(errs) < 5 {
		t.Errorf("reported %v,\nreturned %v", reported, errs)
	}
}
