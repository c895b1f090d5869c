package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/server"
	"github.com/dyadcoder/dyad/server/web"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// shutdownGrace is how long requests in flight may finish after Ctrl-C.
const shutdownGrace = 5 * time.Second

func serveCommand() *command {
	return &command{
		Name:  "serve",
		Usage: "[flags]",
		Short: "serve the stored events over HTTP: a JSON API and the dashboard",
		Long: `Serve answers HTTP requests on --addr (default 127.0.0.1:8080) from the
database --db: the JSON API under /api/ (events, one event with its
mentions, a pair's relations, countries and their partners, places,
articles), /healthz and /metrics (Prometheus text format).

The server is read-only unless a token is set (--token, or the DYAD_TOKEN
environment variable): then POST /api/articles with the header
"Authorization: Bearer TOKEN" codes and stores one article. --demo ingests
the example articles embedded in the binary (examples/ of the repository)
into a temporary database and serves that. Ctrl-C stops the server after
the requests in flight.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			db := fs.String("db", "dyad.db", "the SQLite database `FILE`")
			addr := fs.String("addr", "127.0.0.1:8080", "the `HOST:PORT` to listen on")
			token := fs.String("token", "", "the bearer token that allows POST /api/articles (default $DYAD_TOKEN; none: read-only)")
			demo := fs.Bool("demo", false, "serve the bundled example articles, ingested into a temporary database")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError("serve takes no arguments")
				}
				if *token == "" {
					*token = os.Getenv("DYAD_TOKEN")
				}
				path := *db
				if *demo {
					dir, err := os.MkdirTemp("", "dyad-demo-")
					if err != nil {
						return err
					}
					defer os.RemoveAll(dir)
					path = filepath.Join(dir, "dyad.db")
					if err := ingestExamples(ctx, e, dir, path); err != nil {
						return err
					}
				}
				return serve(ctx, e, path, *addr, *token)
			}
		},
	}
}

// ingestExamples ingests the bundled examples, copied from the binary
// into dir, into the database at db as dyad ingest does.
func ingestExamples(ctx context.Context, e *env, dir, db string) error {
	if err := os.CopyFS(dir, dyad.Examples); err != nil {
		return fmt.Errorf("--demo: %w", err)
	}
	fs := flag.NewFlagSet("dyad ingest", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	ingest := ingestCommand().Flags(fs)
	if err := fs.Parse([]string{"--db", db, filepath.Join(dir, "examples")}); err != nil {
		return err
	}
	return ingest(ctx, e, fs.Args())
}

// serve serves the database at path on addr until ctx is done.
func serve(ctx context.Context, e *env, path, addr, token string) error {
	// A read-only server wants a database that is there; one that takes
	// articles may start empty.
	var (
		st  *sqlite.Store
		err error
	)
	if token == "" {
		st, err = openStore(path)
	} else {
		st, err = sqlite.Open(path, sqlite.Options{})
	}
	if err != nil {
		return err
	}
	defer st.Close()
	if n, err := st.Deferred(ctx); err != nil {
		return err
	} else if n > 0 {
		fmt.Fprintf(e.stderr, "dyad serve: %s: %d query indexes are not built: a bulk ingest is running, or was killed (run it again); queries are slow until they are\n", path, n)
	}
	// The gazetteer decodes while the dictionaries load.
	go geo.Load()
	dict, err := lexicon.Default()
	if err != nil {
		return err
	}
	places, err := geo.Load()
	if err != nil {
		return err
	}
	opts := server.Options{
		Token:     token,
		Dashboard: web.Files,
		Capital:   dict.Capital,
		Name:      places.CountryName,
	}
	if token != "" {
		opts.Coder = coder.New(dict, coder.Options{Places: places})
	}
	hs := &http.Server{
		Handler:           server.New(st, opts),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	mode := "read-only"
	if token != "" {
		mode = "articles may be posted with the token"
	}
	fmt.Fprintf(e.stderr, "dyad serve: %s on http://%s/ (%s); Ctrl-C stops\n", path, ln.Addr(), mode)
	failed := make(chan error, 1)
	go func() { failed <- hs.Serve(ln) }()
	select {
	case err := <-failed:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-failed; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
