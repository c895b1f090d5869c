package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/dyadcoder/dyad"
)

// crashEnv names the environment variable that makes TestCrash the child
// process that writes until it is killed; its value is the store's path.
// With bulkEnv set too, the child defers the store's indexes first.
const (
	crashEnv = "DYAD_SQLITE_CRASH_CHILD"
	bulkEnv  = "DYAD_SQLITE_CRASH_BULK"
)

// crashEvents is how many events, each its own stored event, every article
// of the crash test has.
const crashEvents = 5

// crashArticle returns the i-th article of the crash test with its events
// and fact.
func crashArticle(i int) (*dyad.Article, []dyad.Event, []dyad.Fact) {
	id := fmt.Sprintf("c%06d", i)
	a := &dyad.Article{ID: id, Publisher: "TDI", Text: visitText}
	var evs []dyad.Event
	for j := range crashEvents {
		ev := visit(id, "2023-05-28")
		ev.ID = fmt.Sprintf("%s-%d", id, j)
		ev.Source.Code = fmt.Sprintf("A%06d", i)
		ev.Code = fmt.Sprintf("0%d", 40+j)
		evs = append(evs, ev)
	}
	f := ties(id)
	return a, evs, []dyad.Fact{f}
}

// TestCrash kills a process in the middle of writing articles and checks
// that the store it leaves holds each article whole or not at all; and the
// same of a bulk load, whose indexes are then built.
func TestCrash(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path, os.Getenv(bulkEnv) != "")
		return
	}
	if testing.Short() {
		t.Skip("starts a child process")
	}
	t.Run("indexes kept", func(t *testing.T) { testCrash(t, false) })
	t.Run("bulk load", func(t *testing.T) { testCrash(t, true) })
}

func testCrash(t *testing.T, bulk bool) {
	const commits = 30 // articles the child reports stored before it is killed
	path := filepath.Join(t.TempDir(), "dyad.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrash$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	if bulk {
		cmd.Env = append(cmd.Env, bulkEnv+"=1")
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	n := 0
	for n < commits && lines.Scan() {
		n++
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if n < commits {
		t.Fatalf("the child stored %d articles before it ended, want %d", n, commits)
	}

	ctx := context.Background()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var check string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q, %v", check, err)
	}
	if n, err := s.Deferred(ctx); err != nil || (n > 0) != bulk {
		t.Fatalf("%d indexes deferred (%v); bulk load %v", n, err, bulk)
	}
	if err := s.BuildIndexes(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check after building the indexes: %q, %v", check, err)
	}
	na, ne, nm, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if na < commits || ne != crashEvents*na || nm != crashEvents*na {
		t.Fatalf("Counts = %d, %d, %d; want at least %d articles, each with %d events and mentions",
			na, ne, nm, commits, crashEvents)
	}
	for i := range na {
		a, evs, _ := crashArticle(i)
		if ok, err := s.HasArticle(ctx, a.ID); err != nil || !ok {
			t.Fatalf("article %s: stored %v, %v; want the first %d articles", a.ID, ok, err, na)
		}
		for _, ev := range evs {
			if ms, err := s.Mentions(ctx, ev.ID); err != nil || len(ms) != 1 {
				t.Errorf("event %s: %d mentions, %v; want 1", ev.ID, len(ms), err)
			}
		}
	}
	fs, err := s.Facts(ctx, "KAZ", "PAK")
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != na {
		t.Errorf("%d facts, want %d", len(fs), na)
	}
}

// crashChild stores articles at path one after another, writing a line to
// standard output after each commit, until it is killed; in a bulk load,
// with the indexes deferred.
func crashChild(path string, bulk bool) {
	s, err := Open(path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if bulk {
		if err := s.DeferIndexes(context.Background()); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	for i := 0; ; i++ {
		a, evs, facts := crashArticle(i)
		if err := s.PutArticle(context.Background(), a, evs, facts); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(a.ID)
	}
}
