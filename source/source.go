// Package source reads articles: plain-text files (one article a file, with
// an optional dateline), directories of them (recursively), standard input,
// JSON Lines (one article a line), HTML pages (the main text, title,
// publisher and date), RSS, Atom and JSON feeds (an article per item, its
// text from the linked page), http and https URLs of pages and feeds, and
// PETRARCH validation XML (sentences with their parses, gold codings and
// options; ReadPetrarch). Input: paths and URLs. Output: *dyad.Article
// values handed to a callback, and a dyad.ErrorList naming the file (or
// URL, or feed item) and line of every bad input, which is skipped while
// the rest is read.
//
// Fetching is bounded: a timeout per request, a size limit per body, a user
// agent naming dyad, and no connections to loopback, private, link-local or
// unspecified addresses unless Options.AllowPrivate.
package source

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/when"
)

// DefaultMaxBytes is the default limit on one article's size.
const DefaultMaxBytes = 8 << 20

// Options control reading.
type Options struct {
	// Format is "text", "jsonl", "html", "feed" or "" to choose by file
	// name (.jsonl and .ndjson are JSON Lines, .html and .htm HTML pages,
	// .xml, .rss and .atom feeds, anything else is text). URLs are read by
	// their Content-Type whatever the Format.
	Format string
	// Date, when not zero, overrides every article's date.
	Date time.Time
	// Now is the reference for datelines without a year; zero means today.
	Now time.Time
	// MaxBytes limits one article (a text, HTML or feed file, a JSON line
	// or a fetched body); 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-".
	Stdin io.Reader

	// AllowPrivate lets the default client connect to loopback, private,
	// link-local and unspecified addresses, which it otherwise refuses.
	AllowPrivate bool
	// Timeout bounds one HTTP request, body included; 0 means
	// DefaultTimeout.
	Timeout time.Duration
	// UserAgent is sent with every request; "" means
	// "dyad/VERSION (+https://github.com/dyadcoder/dyad)".
	UserAgent string
	// Client, when not nil, makes the requests as it is: Timeout and
	// AllowPrivate do not apply to it.
	Client *http.Client

	// Counted, when not nil, is called once for each input that Count
	// leaves pending (a URL, a feed file) with the number of articles it
	// holds, as soon as that is known: 1 for a page, a feed's items once
	// it is parsed (before they are fetched), 0 when it cannot be read.
	Counted func(n int)
	// Reported, when not nil, is called with each error as it is found;
	// Read returns them all as well.
	Reported func(*dyad.Error)
}

// Read reads every path in order and calls fn with each good article. A
// directory is read recursively (files in name order, hidden ones skipped).
// A path that starts with http:// or https:// is fetched: a page is one
// article, a feed one per item.
// Bad input is reported in the returned list and skipped. If fn returns an
// error, reading stops and that error is returned as the second result.
func Read(paths []string, opts Options, fn func(*dyad.Article) error) (dyad.ErrorList, error) {
	r := &reader{opts: opts, fn: fn}
	if r.opts.MaxBytes <= 0 {
		r.opts.MaxBytes = DefaultMaxBytes
	}
	if r.opts.Now.IsZero() {
		r.opts.Now = time.Now().UTC()
	}
	if r.opts.Timeout <= 0 {
		r.opts.Timeout = DefaultTimeout
	}
	if r.opts.UserAgent == "" {
		r.opts.UserAgent = defaultUserAgent()
	}
	defer r.close()
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return r.errs, err
		}
	}
	return r.errs, nil
}

type reader struct {
	opts Options
	fn   func(*dyad.Article) error
	errs dyad.ErrorList
	// http is the client for URLs, made on first use; ownClient is set
	// when it is the default client rather than Options.Client.
	http      *http.Client
	ownClient bool
	// counted records that the pending input being read has been counted.
	counted bool
}

func (r *reader) fail(file string, line int, msg string, args ...any) {
	r.report(&dyad.Error{File: file, Line: line, Offset: -1, Stage: "read", Msg: fmt.Sprintf(msg, args...)})
}

// report records an error and passes it to Options.Reported.
func (r *reader) report(e *dyad.Error) {
	r.errs.Add(e)
	if r.opts.Reported != nil {
		r.opts.Reported(e)
	}
}

// pending starts reading an input that Count leaves pending; the function
// it returns, deferred, counts it as empty unless count was called.
func (r *reader) pending() func() {
	r.counted = false
	return func() { r.count(0) }
}

// count reports through Options.Counted that the pending input being read
// holds n articles, once an input.
func (r *reader) count(n int) {
	if !r.counted && r.opts.Counted != nil {
		r.opts.Counted(n)
	}
	r.counted = true
}

func (r *reader) path(p string) error {
	if p == "-" {
		if r.opts.Stdin == nil {
			r.fail("-", 0, "no standard input")
			return nil
		}
		return r.stream("-", r.opts.Stdin)
	}
	if isURL(p) {
		return r.fetchURL(p)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(p, 0, "%v", unwrapPath(err))
		return nil
	}
	if !fi.IsDir() {
		return r.file(p)
	}
	var files []string
	err = filepath.WalkDir(p, func(q string, de fs.DirEntry, err error) error {
		if err != nil {
			r.fail(q, 0, "%v", unwrapPath(err))
			return nil
		}
		name := de.Name()
		if q != p && strings.HasPrefix(name, ".") {
			if de.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if de.Type().IsRegular() {
			files = append(files, q)
		}
		return nil
	})
	if err != nil {
		r.fail(p, 0, "%v", err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.file(f); err != nil {
			return err
		}
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *reader) file(p string) error {
	if !r.isJSONL(p) && r.markup(p) == kindFeed {
		defer r.pending()()
	}
	f, err := os.Open(p)
	if err != nil {
		r.fail(p, 0, "%v", unwrapPath(err))
		return nil
	}
	defer f.Close()
	return r.stream(p, f)
}

func (r *reader) isJSONL(name string) bool {
	switch r.opts.Format {
	case "jsonl":
		return true
	case "text":
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".ndjson"
}

// markup says whether a file is an HTML page or a feed, "" for text.
func (r *reader) markup(name string) string {
	switch r.opts.Format {
	case kindHTML, kindFeed:
		return r.opts.Format
	case "":
		switch strings.ToLower(filepath.Ext(name)) {
		case ".html", ".htm":
			return kindHTML
		case ".xml", ".rss", ".atom":
			return kindFeed
		}
	}
	return ""
}

func (r *reader) stream(name string, in io.Reader) error {
	if r.isJSONL(name) {
		return r.jsonl(name, in)
	}
	b, err := io.ReadAll(io.LimitReader(in, int64(r.opts.MaxBytes)+1))
	if err != nil {
		r.fail(name, 0, "%v", unwrapPath(err))
		return nil
	}
	if len(b) > r.opts.MaxBytes {
		r.fail(name, 0, "article larger than %d bytes; skipped (raise --max-bytes to read it)", r.opts.MaxBytes)
		return nil
	}
	switch r.markup(name) {
	case kindHTML:
		return r.htmlFile(name, b)
	case kindFeed:
		return r.feed(name, nil, b)
	}
	if msg, line := checkText(b); msg != "" {
		r.fail(name, line, "%s", msg)
		return nil
	}
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if name == "-" {
		id = hashID(b)
	}
	a := &dyad.Article{ID: id, File: name, Text: string(b)}
	r.finish(a, time.Time{}, dyad.PrecisionDay)
	return r.fn(a)
}

// checkText rejects binary, invalid and empty text, saying where.
func checkText(b []byte) (msg string, line int) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "empty article", 0
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Sprintf("binary data (NUL byte at offset %d)", i), 1 + bytes.Count(b[:i], []byte{'\n'})
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return fmt.Sprintf("invalid UTF-8 at byte offset %d", i), 1 + bytes.Count(b[:i], []byte{'\n'})
	}
	return "", 0
}

func hashID(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

// finish sets the dateline and the date: --date, else the input's own
// date, else the dateline's.
func (r *reader) finish(a *dyad.Article, date time.Time, prec dyad.Precision) {
	ref := r.opts.Now
	if !date.IsZero() {
		ref = date
	}
	if dl, ok := when.ParseDateline(a.Text, ref); ok {
		a.Dateline = &dl
		a.Publisher = dl.Publisher
		if date.IsZero() && !dl.Date.IsZero() {
			date, prec = dl.Date, dl.DatePrecision
		}
	}
	if !r.opts.Date.IsZero() {
		date, prec = r.opts.Date, dyad.PrecisionDay
	}
	if !date.IsZero() {
		a.Date, a.DatePrecision = date, prec
	}
}

// record is one JSON Lines article.
type record struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Date      string `json:"date"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
}

func (r *reader) jsonl(name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, r.opts.MaxBytes)
		if err != nil && err != io.EOF {
			r.fail(name, line, "%v", err)
			return nil
		}
		if tooLong {
			r.fail(name, line, "line longer than %d bytes; skipped", r.opts.MaxBytes)
		} else if len(bytes.TrimSpace(b)) > 0 {
			if a, msg := parseRecord(b); msg != "" {
				r.fail(name, line, "%s", msg)
			} else {
				a.article.File, a.article.Line = name, line
				r.finish(a.article, a.date, a.prec)
				if err := r.fn(a.article); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line without its newline; a line over max bytes is
// consumed and reported as too long.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) > max+1 {
			tooLong = true
			line = line[:0]
		} else {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return line, tooLong, err
	}
}

type parsed struct {
	article *dyad.Article
	date    time.Time
	prec    dyad.Precision
}

// parseRecord decodes one JSON line into an article, or says what is wrong.
func parseRecord(b []byte) (parsed, string) {
	var p parsed
	if !utf8.Valid(b) {
		return p, "invalid UTF-8"
	}
	var rec record
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&rec); err != nil {
		return p, "malformed JSON: " + err.Error()
	}
	if dec.More() {
		return p, "malformed JSON: more than one value on the line"
	}
	if strings.TrimSpace(rec.Text) == "" {
		return p, `no "text"`
	}
	if strings.IndexByte(rec.Text, 0) >= 0 {
		return p, "binary data in \"text\""
	}
	a := &dyad.Article{ID: rec.ID, Text: rec.Text, URL: rec.URL, Title: rec.Title, Publisher: rec.Publisher}
	if a.ID == "" {
		a.ID = hashID([]byte(rec.Text))
	}
	p.article = a
	if rec.Date != "" {
		d, prec, err := ParseDate(rec.Date)
		if err != nil {
			return p, fmt.Sprintf("bad \"date\" %q: want YYYY-MM-DD", rec.Date)
		}
		p.date, p.prec = d, prec
	}
	return p, ""
}

// ParseDate reads a date given as YYYY-MM-DD, YYYY-MM, YYYY, YYYYMMDD or
// RFC 3339, with its precision.
func ParseDate(s string) (time.Time, dyad.Precision, error) {
	s = strings.TrimSpace(s)
	for _, f := range []struct {
		layout string
		prec   dyad.Precision
	}{
		{time.DateOnly, dyad.PrecisionDay},
		{"20060102", dyad.PrecisionDay},
		{time.RFC3339, dyad.PrecisionDay},
		{"2006-01", dyad.PrecisionMonth},
		{"2006", dyad.PrecisionYear},
	} {
		if t, err := time.Parse(f.layout, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), f.prec, nil
		}
	}
	return time.Time{}, "", fmt.Errorf("bad date %q", s)
}
