package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer written by a server's goroutine and read by the
// test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeDemo: dyad serve --demo, run from any folder, serves the
// embedded examples until its context ends, then stops cleanly.
func TestServeDemo(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--demo", "--addr", "127.0.0.1:0"}, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	addr := regexp.MustCompile(`http://(\S+)/`)
	var base string
	for deadline := time.Now().Add(30 * time.Second); base == ""; time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = "http://" + m[1]
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
	}
	resp, err := http.Get(base + "/api/countries")
	if err != nil {
		t.Fatal(err)
	}
	var cs struct{ Countries []struct{ Code, Name string } }
	err = json.NewDecoder(resp.Body).Decode(&cs)
	resp.Body.Close()
	if err != nil || len(cs.Countries) == 0 || cs.Countries[0].Name == "" {
		t.Errorf("countries of the demo: %+v, %v", cs, err)
	}
	// Read-only without a token.
	resp, err = http.Post(base+"/api/articles", "application/json", strings.NewReader(`{"text": "Pakistan praised China."}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST without a token: %d, want 403", resp.StatusCode)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited with %d after Ctrl-C: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServeUsage(t *testing.T) {
	if code, _, errs := dyadRun(t, "", "serve", "extra"); code != 2 || !strings.Contains(errs, "no arguments") {
		t.Errorf("serve extra: exit %d, %q", code, errs)
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if code, _, errs := dyadRun(t, "", "serve", "--db", missing, "--addr", "127.0.0.1:0"); code != 1 || !strings.Contains(errs, "dyad ingest") {
		t.Errorf("serve of a missing database: exit %d, %q", code, errs)
	}
}

// TestServeDeferred: serving a store whose bulk load has not built its
// query indexes says so.
func TestServeDeferred(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	if code, _, errs := dyadRun(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	deferIndexesOf(t, db)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr lockedBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(stderr.String(), "http://"); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr.String())
		}
	}
	cancel()
	<-done
	if !strings.Contains(stderr.String(), "query indexes are not built") {
		t.Errorf("no warning of the deferred indexes:\n%s", stderr.String())
	}
}
