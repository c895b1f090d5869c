package source

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testServer serves the testdata pages and feeds on 127.0.0.1, with
// "{{base}}" in a feed replaced by the server's URL, and a few paths that
// fail. It counts requests and keeps the last User-Agent.
type testServer struct {
	*httptest.Server
	requests  atomic.Int64
	userAgent atomic.Value
}

func newTestServer(t *testing.T) *testServer {
	t.Helper()
	s := &testServer{}
	// done ends the handlers that wait, so Close never hangs.
	done := make(chan struct{})
	mux := http.NewServeMux()
	serve := func(name, contentType string) http.HandlerFunc {
		return func(w http.ResponseWriter, _ *http.Request) {
			b, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", contentType)
			w.Write([]byte(strings.ReplaceAll(string(b), "{{base}}", s.URL)))
		}
	}
	mux.Handle("/story-a.html", serve("story-a.html", "text/html; charset=utf-8"))
	mux.Handle("/story-c.html", serve("story-c.html", "text/html"))
	mux.Handle("/page", serve("page.html", ""))
	mux.Handle("/feed.rss", serve("feed.rss", "application/rss+xml"))
	mux.Handle("/feed.xml", serve("feed.atom", "text/xml"))
	mux.Handle("/feed.txt", serve("feed.atom", "text/plain"))
	mux.Handle("/plain.txt", serve("page.html", "text/plain"))
	mux.Handle("/image.png", serve("page.html", "image/png"))
	mux.HandleFunc("/error", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "broken", http.StatusInternalServerError)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story-a.html", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, _ *http.Request) {
		b := []byte("<p>" + strings.Repeat("word ", 1000) + "</p>")
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(len(b)))
		w.Write(b)
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 100 {
			w.Write([]byte("<p>" + strings.Repeat("word ", 20) + "</p>"))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.userAgent.Store(r.UserAgent())
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		close(done)
		s.Close()
	})
	return s
}

func TestURL(t *testing.T) {
	srv := newTestServer(t)
	for _, path := range []string{"/story-a.html", "/moved", "/page"} {
		u := srv.URL + path
		arts, errs := readAll(t, []string{u}, Options{AllowPrivate: true})
		if len(errs) > 0 || len(arts) != 1 {
			t.Fatalf("%s: got %d articles, errors %v", path, len(arts), errs)
		}
		a := arts[0]
		if a.ID != hashID([]byte(u)) || a.URL != u || a.File != u || a.Text == "" {
			t.Errorf("%s: id %q url %q file %q", path, a.ID, a.URL, a.File)
		}
	}
	if ua := srv.userAgent.Load().(string); !strings.HasPrefix(ua, "dyad/") || !strings.Contains(ua, "(+https://github.com/dyadcoder/dyad)") {
		t.Errorf("user agent %q", ua)
	}
	_, errs := readAll(t, []string{srv.URL + "/story-c.html"}, Options{AllowPrivate: true, UserAgent: "tester/1"})
	if len(errs) > 0 || srv.userAgent.Load().(string) != "tester/1" {
		t.Errorf("user agent %q, errors %v", srv.userAgent.Load(), errs)
	}
}

// TestFetchErrors: each failure is reported with the URL, and the batch
// goes on to the good URL after it.
func TestFetchErrors(t *testing.T) {
	srv := newTestServer(t)
	tests := []struct {
		path string
		opts Options
		want string
	}{
		{"/nowhere", Options{}, "fetch: HTTP status 404 Not Found"},
		{"/error", Options{}, "fetch: HTTP status 500 Internal Server Error"},
		{"/image.png", Options{}, `fetch: content type "image/png" is neither an HTML page nor a feed`},
		{"/plain.txt", Options{}, `fetch: content type "text/plain" is neither`},
		{"/big", Options{MaxBytes: 1000}, "fetch: body of 5007 bytes is larger than 1000 bytes"},
		{"/big-chunked", Options{MaxBytes: 1000}, "fetch: body larger than 1000 bytes"},
		{"/slow", Options{Timeout: 50 * time.Millisecond}, "fetch: timed out after 50ms"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			u := srv.URL + tt.path
			tt.opts.AllowPrivate = true
			arts, errs := readAll(t, []string{u, srv.URL + "/story-c.html"}, tt.opts)
			if len(arts) != 1 || arts[0].URL != srv.URL+"/story-c.html" {
				t.Errorf("articles %v", arts)
			}
			if len(errs) != 1 || errs[0].File != u || !strings.Contains(errs[0].Error(), u+": "+tt.want) {
				t.Errorf("errors %v, want %q", errs, u+": "+tt.want)
			}
		})
	}
}

// TestRefusePrivate: without AllowPrivate the default client refuses the
// test server's loopback address, by number or by name, before any request.
func TestRefusePrivate(t *testing.T) {
	srv := newTestServer(t)
	byName := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	for _, u := range []string{srv.URL + "/story-a.html", byName + "/story-a.html", srv.URL + "/feed.rss"} {
		arts, errs := readAll(t, []string{u}, Options{})
		if len(arts) != 0 || len(errs) != 1 {
			t.Fatalf("%s: articles %v, errors %v", u, arts, errs)
		}
		msg := errs[0].Error()
		if !strings.HasPrefix(msg, u+": fetch: refused to connect to ") || !strings.Contains(msg, "--allow-private") {
			t.Errorf("error %q", msg)
		}
	}
	if n := srv.requests.Load(); n != 0 {
		t.Errorf("%d requests reached the server", n)
	}
	// A client of the caller's own is used as it is.
	arts, errs := readAll(t, []string{srv.URL + "/story-a.html"}, Options{Client: srv.Client()})
	if len(arts) != 1 || len(errs) != 0 {
		t.Errorf("own client: articles %v, errors %v", arts, errs)
	}
}

func TestIsPrivate(t *testing.T) {
	tests := []struct {
		addr    string
		private bool
	}{
		{"127.0.0.1", true},
		{"127.1.2.3", true},
		{"::1", true},
		{"10.0.0.8", true},
		{"172.16.5.4", true},
		{"192.168.1.1", true},
		{"fd00::1", true},
		{"169.254.169.254", true},
		{"fe80::1%eth0", true},
		{"0.0.0.0", true},
		{"::", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:10.1.1.1", true},
		{"ff01::1", true},
		{"8.8.8.8", false},
		{"172.32.0.1", false},
		{"2001:4860:4860::8888", false},
		{"::ffff:1.1.1.1", false},
	}
	for _, tt := range tests {
		ip := netip.MustParseAddr(tt.addr)
		if got := isPrivate(ip); got != tt.private {
			t.Errorf("isPrivate(%s) = %v", tt.addr, got)
		}
		err := refusePrivate("tcp", netip.AddrPortFrom(ip, 80).String(), nil)
		if (err != nil) != tt.private {
			t.Errorf("refusePrivate(%s) = %v", tt.addr, err)
		}
	}
}

func TestClassify(t *testing.T) {
	rss := []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>`)
	page := []byte("<!DOCTYPE html><html><body><p>x</p></body></html>")
	tests := []struct {
		contentType string
		body        []byte
		want        string // kind, or "error"
	}{
		{"text/html; charset=utf-8", page, kindHTML},
		{"application/xhtml+xml", page, kindHTML},
		{"application/rss+xml", page, kindFeed},
		{"application/atom+xml", nil, kindFeed},
		{"text/xml", rss, kindFeed},
		{"application/xml; charset=utf-8", rss, kindFeed},
		{"text/plain", rss, kindFeed},
		{"application/json", []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[]}`), kindFeed},
		{"", rss, kindFeed},
		{"", page, kindHTML},
		{"application/octet-stream", page, kindHTML},
		{"text/plain", page, "error"},
		{"text/xml", page, "error"},
		{"image/png", page, "error"},
		{"", []byte("just words"), "error"},
		{"text/html; charset=\"", page, kindHTML},
		{"text html", page, kindHTML},
	}
	for _, tt := range tests {
		got, err := classify(tt.contentType, tt.body)
		if err != nil {
			got = "error"
		}
		if got != tt.want {
			t.Errorf("classify(%q, %.20q) = %q, %v; want %q", tt.contentType, tt.body, got, err, tt.want)
		}
	}
}
