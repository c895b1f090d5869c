package server

import (
	"bytes"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// buckets are the upper bounds, in seconds, of the latency histogram.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts the requests served by route and status, and their
// latencies by route.
type metrics struct {
	mu       sync.Mutex
	requests map[routeStatus]int
	latency  map[string]*histogram
}

type routeStatus struct {
	route  string
	status int
}

// histogram counts observations at or below each of buckets (cumulative
// when written).
type histogram struct {
	counts []int // per bucket, then one for above the last
	sum    float64
	n      int
}

func newMetrics() *metrics {
	return &metrics{requests: map[routeStatus]int{}, latency: map[string]*histogram{}}
}

// observe records a request to route (its pattern; "" when none matched).
func (m *metrics) observe(route string, status int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	sec := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[routeStatus{route, status}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]int, len(buckets)+1)}
		m.latency[route] = h
	}
	i, _ := slices.BinarySearch(buckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// write writes the metrics in the Prometheus text exposition format.
func (m *metrics) write(b *bytes.Buffer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b.WriteString("# HELP dyad_http_requests_total HTTP requests served, by route and status.\n")
	b.WriteString("# TYPE dyad_http_requests_total counter\n")
	keys := make([]routeStatus, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b routeStatus) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.status - b.status
	})
	for _, k := range keys {
		fmt.Fprintf(b, "dyad_http_requests_total{route=%s,status=\"%d\"} %d\n", label(k.route), k.status, m.requests[k])
	}
	b.WriteString("# HELP dyad_http_request_duration_seconds Time to serve a request, by route.\n")
	b.WriteString("# TYPE dyad_http_request_duration_seconds histogram\n")
	for _, route := range slices.Sorted(maps.Keys(m.latency)) {
		h := m.latency[route]
		cum := 0
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(b, "dyad_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n",
				label(route), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(b, "dyad_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(route), h.n)
		fmt.Fprintf(b, "dyad_http_request_duration_seconds_sum{route=%s} %s\n", label(route), strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(b, "dyad_http_request_duration_seconds_count{route=%s} %d\n", label(route), h.n)
	}
}

// label quotes a label value as the exposition format escapes it.
func label(s string) string { return `"` + labelEscaper.Replace(s) + `"` }

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

// serveMetrics serves GET /metrics: the request metrics and the store's
// counts.
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r.URL.RawQuery); err != nil {
		return err
	}
	articles, events, mentions, err := s.st.Counts(r.Context())
	if err != nil {
		return err
	}
	var b bytes.Buffer
	s.metrics.write(&b)
	for _, g := range []struct {
		name, help string
		n          int
	}{
		{"dyad_store_articles", "Articles stored.", articles},
		{"dyad_store_events", "Events stored (reports of one event merged).", events},
		{"dyad_store_mentions", "Mentions stored (reports of events).", mentions},
	} {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", g.name, g.help, g.name, g.name, g.n)
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	// A failed write is the connection's failure, with nothing to answer.
	_, _ = w.Write(b.Bytes())
	return nil
}
