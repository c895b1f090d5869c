package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/mmcdole/gofeed"
)

// DefaultTimeout bounds one HTTP request, from dialing to the end of the body.
const DefaultTimeout = 20 * time.Second

const modulePath = "github.com/dyadcoder/dyad"

// defaultUserAgent names dyad, its version and where to read about it, so
// that a site's owner can tell who fetches their pages.
func defaultUserAgent() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok {
		m := bi.Main
		for _, d := range bi.Deps {
			if d.Path == modulePath {
				m = *d
			}
		}
		if m.Path == modulePath && m.Version != "" && m.Version != "(devel)" {
			v = m.Version
		}
	}
	return "dyad/" + v + " (+https://" + modulePath + ")"
}

// accept asks for pages and feeds, in that order.
const accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1"

// privateAddrError is the dialer's refusal of an address that only
// Options.AllowPrivate permits.
type privateAddrError struct{ addr netip.Addr }

func (e *privateAddrError) Error() string {
	return fmt.Sprintf("refused to connect to %s: a loopback, private, link-local or unspecified address (--allow-private allows it)", e.addr)
}

// isPrivate reports whether ip is an address a fetch from outside input
// must not reach: loopback, private (RFC 1918, RFC 4193), link-local,
// interface-local or unspecified.
func isPrivate(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() ||
		ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast()
}

// refusePrivate is the dialer's Control function. It sees the address after
// DNS resolution, for every connection (redirects included), so neither a
// name that resolves to a private address nor a redirect gets past it.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return err
	}
	if isPrivate(ip) {
		return &privateAddrError{ip.Unmap()}
	}
	return nil
}

// newClient returns the default client: the timeout covers the whole
// request, and unless allowPrivate the dialer refuses private addresses.
// It uses no proxy, since the dialer could then check only the proxy's
// address; a user behind a proxy passes their own Options.Client.
func newClient(timeout time.Duration, allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: timeout}
	if !allowPrivate {
		d.Control = refusePrivate
	}
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			DialContext:           d.DialContext,
			ForceAttemptHTTP2:     true,
			MaxIdleConns:          16,
			IdleConnTimeout:       30 * time.Second,
			TLSHandshakeTimeout:   timeout,
			ExpectContinueTimeout: time.Second,
		},
	}
}

// fetched is a response body with the URL it came from (after redirects)
// and its Content-Type header.
type fetched struct {
	url         *url.URL
	contentType string
	body        []byte
}

// httpURL parses s and reports whether it is an absolute http or https URL.
func httpURL(s string) (*url.URL, bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, false
	}
	return u, true
}

// isURL reports whether the path given to Read names a URL.
func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// client returns Options.Client, or the default client made on first use.
func (r *reader) client() *http.Client {
	if r.http == nil {
		r.http = r.opts.Client
		if r.http == nil {
			r.http = newClient(r.opts.Timeout, r.opts.AllowPrivate)
			r.ownClient = true
		}
	}
	return r.http
}

// close releases the default client's idle connections.
func (r *reader) close() {
	if r.ownClient {
		r.http.CloseIdleConnections()
	}
}

// get fetches rawURL: a 200 response with a body of at most MaxBytes.
// Errors do not repeat the URL; the caller names it.
func (r *reader) get(rawURL string) (*fetched, error) {
	u, ok := httpURL(rawURL)
	if !ok {
		return nil, errors.New("not an http or https URL")
	}
	req, err := http.NewRequest(http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := r.client().Do(req)
	if err != nil {
		return nil, r.netError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("HTTP status %s", resp.Status)
	}
	limit := r.opts.MaxBytes
	if resp.ContentLength > int64(limit) {
		return nil, fmt.Errorf("body of %d bytes is larger than %d bytes (raise --max-bytes to read it)", resp.ContentLength, limit)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, int64(limit)+1))
	if err != nil {
		return nil, r.netError(err)
	}
	if len(b) > limit {
		return nil, fmt.Errorf("body larger than %d bytes (raise --max-bytes to read it)", limit)
	}
	return &fetched{url: resp.Request.URL, contentType: resp.Header.Get("Content-Type"), body: b}, nil
}

// netError turns a client error into a message without the URL, which the
// caller names: a refused address, a timeout, or the cause.
func (r *reader) netError(err error) error {
	var pe *privateAddrError
	if errors.As(err, &pe) {
		return pe
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		if r.ownClient {
			return fmt.Errorf("timed out after %v", r.opts.Timeout)
		}
		return errors.New("timed out")
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// Kinds of document a response or file holds.
const (
	kindHTML = "html"
	kindFeed = "feed"
)

// classify says whether a response is an HTML page or a feed, by its
// Content-Type, or by its body when the type is generic XML, JSON or
// missing.
func classify(contentType string, body []byte) (string, error) {
	// A bad parameter still gives the type; a bad type gives "".
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return kindHTML, nil
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return kindFeed, nil
	case "", "text/xml", "application/xml", "application/json", "text/plain", "application/octet-stream":
		if gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown {
			return kindFeed, nil
		}
		if (mt == "" || mt == "application/octet-stream") && strings.HasPrefix(http.DetectContentType(body), "text/html") {
			return kindHTML, nil
		}
	}
	if contentType == "" {
		return "", errors.New("no Content-Type, and the body is neither an HTML page nor a feed")
	}
	return "", fmt.Errorf("content type %q is neither an HTML page nor a feed", contentType)
}

// fetchURL reads the page or feed at rawURL.
func (r *reader) fetchURL(rawURL string) error {
	defer r.pending()()
	f, err := r.get(rawURL)
	if err != nil {
		r.failStage(rawURL, "", "fetch", "%v", err)
		return nil
	}
	kind, err := classify(f.contentType, f.body)
	if err != nil {
		r.failStage(rawURL, "", "fetch", "%v", err)
		return nil
	}
	if kind == kindFeed {
		return r.feed(rawURL, f.url, f.body)
	}
	r.count(1)
	p, err := parseHTML(f.body, f.url, f.contentType)
	if err != nil {
		r.failStage(rawURL, "", "read", "%v", err)
		return nil
	}
	a := p.article(hashID([]byte(rawURL)), rawURL, rawURL)
	r.finishPage(a, p.date, p.prec)
	return r.fn(a)
}

// failStage reports an error with its stage, naming the article when known.
func (r *reader) failStage(file, article, stage, msg string, args ...any) {
	r.report(&dyad.Error{File: file, Article: article, Offset: -1, Stage: stage, Msg: fmt.Sprintf(msg, args...)})
}
