package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/store/sqlite"
)

func ingestCommand() *command {
	return &command{
		Name:  "ingest",
		Usage: "[flags] [FILE|DIR|-]...",
		Short: "code articles and keep them, their events and facts in a database",
		Long: `Ingest reads articles as "dyad code" does, codes them on all cores and stores
each article with its events and relation facts in one transaction of an
SQLite database (--db, default dyad.db). Articles already stored are
skipped, so running the same ingest again changes nothing, and an ingest
killed at any moment completes when it is run again. Reports of the same
event in several articles (same source, target, code and place, dates
within --window days) become one stored event with its mentions.

Progress goes to standard error: a status line on a terminal, a log line
every few seconds otherwise, with an ETA once every input is counted (a
feed when it is parsed; never for standard input). Ctrl-C stops after the
articles in hand.

A bulk load (--bulk) drops the indexes that only queries use and builds
them once the articles are stored, which is faster for an ingest that adds
many events to a store of few: by default ("auto") when the store holds no
events yet. Queries still work meanwhile, slower. An ingest killed before
building them builds them when it is run again; "dyad serve" warns while
they are missing.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			db := fs.String("db", "dyad.db", "the SQLite database `FILE`")
			window := fs.Int("window", 1, "days within which reports of one event are merged")
			date := fs.String("date", "", "use this date (YYYY-MM-DD) for every article")
			from := fs.String("from", "", "input format: text, jsonl, html or feed (default: by file name or content type)")
			allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses")
			timeout := fs.Duration("timeout", 20*time.Second, "time limit for fetching one URL")
			maxBytes := fs.Int("max-bytes", source.DefaultMaxBytes, "largest article to read, in bytes")
			jobs := fs.Int("j", runtime.GOMAXPROCS(0), "articles coded at once")
			// A transaction rewrites every index page it touches, and a
			// large store's indexes have many: adding 2,500 articles to a
			// store of 25,000 took 12.2 s in batches of 512, 10.2 s in
			// batches of 2,048; a bulk load of the 25,000, 37 s and 33 s.
			batch := fs.Int("batch", 2048, "most articles stored in one transaction")
			places := fs.Bool("places", true, "place every event with the embedded GeoNames gazetteer")
			bulk := fs.String("bulk", "auto", "build the query indexes after storing the articles: `auto` (when the store has no events), on or off")
			var dicts listFlag
			fs.Var(&dicts, "dict", "an extra dictionary `FILE` added to the defaults; repeatable")
			return func(ctx context.Context, e *env, args []string) error {
				opts := source.Options{Format: *from, MaxBytes: *maxBytes, Stdin: e.stdin, AllowPrivate: *allowPrivate, Timeout: *timeout}
				if *date != "" {
					d, _, err := source.ParseDate(*date)
					if err != nil {
						return usageError("--date: %v", err)
					}
					opts.Date = d
				}
				if len(args) == 0 {
					args = []string{"-"}
				}
				if *places {
					// The gazetteer decodes while the dictionaries load.
					go geo.Load()
				}
				dict, err := lexicon.Load(dicts)
				if err != nil {
					return err
				}
				copts := coder.Options{}
				if *places {
					if copts.Places, err = geo.Load(); err != nil {
						return err
					}
				}
				st, err := sqlite.Open(*db, sqlite.Options{Window: *window})
				if err != nil {
					return err
				}
				defer st.Close()
				if *batch < 1 {
					return usageError("--batch %d: want at least 1", *batch)
				}
				deferred, err := deferIndexes(ctx, st, *bulk, e.stderr)
				if err != nil {
					return err
				}
				in := &ingester{st: st, c: coder.New(dict, copts), batch: *batch, progress: newProgress(e.stderr, isTerminal(e.stderr))}
				n, pending, ok := source.Count(args, opts)
				in.stats.total, in.stats.pending, in.stats.unknown = n, pending, !ok
				opts.Counted = func(n int) { in.count(func(s *ingestStats) { s.total += n; s.pending-- }) }
				opts.Reported = func(*dyad.Error) { in.count(func(s *ingestStats) { s.readErrs++ }) }
				errs, err := in.run(ctx, args, opts, *jobs)
				in.progress.done(in.stats)
				for _, x := range errs {
					fmt.Fprintln(e.stderr, x)
				}
				if deferred {
					// Built after Ctrl-C too: the articles in hand are
					// stored, and a store is not left slow to query.
					if berr := buildIndexes(st, e.stderr); berr != nil {
						return errors.Join(err, berr)
					}
				}
				if err != nil {
					return err
				}
				if len(errs) > 0 || in.stats.failed > 0 {
					return errFailed
				}
				return nil
			}
		},
	}
}

// deferIndexes applies --bulk: it defers the store's query indexes when
// mode is "on", or "auto" and the store holds no events, and reports
// whether the ingest is a bulk load that must build them at its end. A
// bulk load that was killed before building them is carried on, unless
// mode is "off", which builds them first.
func deferIndexes(ctx context.Context, st *sqlite.Store, mode string, w io.Writer) (bool, error) {
	pending, err := st.Deferred(ctx)
	if err != nil {
		return false, err
	}
	switch mode {
	case "off":
		return false, buildIndexes(st, w)
	case "auto":
		if pending > 0 {
			return true, nil
		}
		// One event is enough to know the store is not empty; counting
		// a large store's would take a while.
		evs, err := st.Events(ctx, dyad.Filter{Limit: 1})
		if err != nil || len(evs) > 0 {
			return false, err
		}
	case "on":
	default:
		return false, usageError("--bulk %q: want auto, on or off", mode)
	}
	return true, st.DeferIndexes(ctx)
}

// buildIndexes builds the indexes a bulk load deferred, saying so on w.
func buildIndexes(st *sqlite.Store, w io.Writer) error {
	ctx := context.Background()
	n, err := st.Deferred(ctx)
	if err != nil || n == 0 {
		return err
	}
	fmt.Fprintf(w, "dyad ingest: building %d indexes\n", n)
	start := time.Now()
	if err := st.BuildIndexes(ctx); err != nil {
		return err
	}
	fmt.Fprintf(w, "dyad ingest: built %d indexes in %s\n", n, time.Since(start).Round(time.Millisecond))
	return nil
}

// ingester codes articles on several goroutines and stores them, in input
// order, from one.
type ingester struct {
	st       dyad.Store
	c        *coder.Coder
	batch    int // most articles stored in one transaction
	progress *progress

	mu    sync.Mutex
	stats ingestStats
}

type ingestStats struct {
	read, skipped, stored, events, facts int
	// failed counts the articles the store rejected, readErrs the errors
	// reading the inputs.
	failed, readErrs int
	// total is the number of articles the inputs hold, short by those of
	// the pending inputs (URLs, feeds) not read yet; unknown is set when
	// it cannot be known (an input is standard input).
	total, pending int
	unknown        bool
	start          time.Time
}

// job is an article to code and its place in the input.
type job struct {
	seq int
	a   *dyad.Article
}

// coded is a coded article and its place in the input, or the error of a
// bug the article set off.
type coded struct {
	seq int
	dyad.Coded
	err *dyad.Error
}

func (in *ingester) run(ctx context.Context, args []string, opts source.Options, jobs int) (dyad.ErrorList, error) {
	in.stats.start = time.Now()
	jobs = max(jobs, 1)
	work := make(chan job, jobs)
	out := make(chan coded, jobs)
	// An article holds a slot from when it is read until it is stored, so
	// that coders racing past a slow article wait for it after a while
	// instead of filling memory with articles that cannot be stored yet.
	slots := make(chan struct{}, 2*in.batch)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				k := coded{seq: j.seq, Coded: dyad.Coded{Article: j.a}}
				k.err = coder.Guard(j.a, func() {
					sents := coder.Analyze(j.a)
					k.Events, k.Facts = in.c.CodeSentences(j.a, sents), in.c.Relations(j.a, sents)
				})
				out <- k
			}
		}()
	}
	var storeErrs dyad.ErrorList
	done := make(chan struct{})
	go func() {
		defer close(done)
		storeErrs = in.write(out, slots)
	}()
	// The reader hands the articles to skip, which asks the store about
	// the articles at hand in one query; a failed query stops the reading.
	rctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	read := make(chan *dyad.Article, lookahead)
	skipped := make(chan struct{})
	go func() {
		defer close(skipped)
		defer close(work)
		if err := in.skip(read, work, slots); err != nil {
			stop(err)
			for range read {
			}
		}
	}()
	errs, err := source.Read(args, opts, func(a *dyad.Article) error {
		if rctx.Err() != nil {
			return context.Cause(rctx)
		}
		in.count(func(s *ingestStats) { s.read++ })
		read <- a
		return nil
	})
	close(read)
	<-skipped
	if err == nil && ctx.Err() == nil {
		err = context.Cause(rctx) // a question to the store that failed, or nil
	}
	wg.Wait()
	close(out)
	<-done
	errs = append(errs, storeErrs...)
	if err == context.Canceled {
		err = nil // stopped by the user after the articles in hand
	}
	return errs, err
}

// lookahead is the most articles the ingest asks the store about in one
// query: asking an article at a time cost an ingest of 2,500 articles 7%
// of its time.
const lookahead = 64

// skip passes on to work, numbered in input order, the articles from read
// that the store does not hold yet, and counts the others as skipped. It
// asks the store about the articles at hand, up to lookahead, at once, so
// a slow input (a feed, standard input) is not held back. Each article
// passed on takes a slot. The questions are not cancelled: the articles
// read are in hand, and are coded and stored after Ctrl-C.
func (in *ingester) skip(read <-chan *dyad.Article, work chan<- job, slots chan<- struct{}) error {
	ctx := context.Background()
	seq := 0
	for a := range read {
		batch := atHand(a, read, lookahead)
		ids := make([]string, len(batch))
		for i, a := range batch {
			ids[i] = a.ID
		}
		stored, err := in.st.StoredArticles(ctx, ids)
		if err != nil {
			return err
		}
		for _, a := range batch {
			if stored[a.ID] {
				in.count(func(s *ingestStats) { s.skipped++ })
				continue
			}
			slots <- struct{}{}
			work <- job{seq, a}
			seq++
		}
	}
	return nil
}

// write stores the coded articles from out in input order, whatever order
// the coders finish them in: an event reported by several articles is then
// stored under the first one's id, and an ingest killed and run again
// stores what an uninterrupted one does (the stored articles are always a
// prefix of the input). One writer, as SQLite takes one write transaction
// at a time; the articles at hand, up to in.batch, go in one transaction,
// and a batch that fails is stored article by article, so a bad article is
// reported alone and the others are kept. The writes are not cancelled:
// Ctrl-C stops the reading, and the articles in hand are stored. Each
// article stored, or failed, frees a slot.
func (in *ingester) write(out <-chan coded, slots <-chan struct{}) dyad.ErrorList {
	var errs dyad.ErrorList
	ctx := context.Background()
	// The articles queue up to a batch while the writer commits the last
	// one: with a shorter queue the coders would wait on the writer and
	// batches would shrink to an article or two (a commit an article made
	// ingest 4x slower).
	ordered := inOrder(out, in.batch)
	for c := range ordered {
		got := atHand(c, ordered, in.batch)
		batch := make([]dyad.Coded, 0, len(got))
		for _, k := range got {
			if k.err != nil {
				// An article that set off a bug is reported, and
				// stored when it is ingested again after the fix.
				errs.Add(k.err)
				in.count(func(s *ingestStats) { s.failed++ })
				continue
			}
			batch = append(batch, k.Coded)
		}
		if len(batch) > 0 {
			errs = append(errs, in.store(ctx, batch)...)
		}
		for range got {
			<-slots
		}
	}
	return errs
}

// atHand returns first and what ch holds at once after it, up to size
// values in all, without waiting for more.
func atHand[T any](first T, ch <-chan T, size int) []T {
	batch := []T{first}
	for len(batch) < size {
		select {
		case v, ok := <-ch:
			if !ok {
				return batch
			}
			batch = append(batch, v)
		default:
			return batch
		}
	}
	return batch
}

// inOrder passes on the coded articles from out in the order of their seq,
// from 0, holding back those that arrive early; its channel holds up to
// size articles.
func inOrder(out <-chan coded, size int) <-chan coded {
	ordered := make(chan coded, size)
	go func() {
		defer close(ordered)
		pending := make(map[int]coded)
		next := 0
		for k := range out {
			pending[k.seq] = k
			for c, ok := pending[next]; ok; c, ok = pending[next] {
				ordered <- c
				delete(pending, next)
				next++
			}
		}
	}()
	return ordered
}

// store stores a batch in one transaction, or, when that fails, article
// by article, returning the errors of the articles that failed alone.
func (in *ingester) store(ctx context.Context, batch []dyad.Coded) dyad.ErrorList {
	if err := in.st.PutArticles(ctx, batch); err == nil {
		in.stored(batch)
		return nil
	}
	var errs dyad.ErrorList
	for _, c := range batch {
		if err := in.st.PutArticle(ctx, c.Article, c.Events, c.Facts); err != nil {
			errs.Add(&dyad.Error{File: c.Article.File, Line: c.Article.Line, Article: c.Article.ID, Offset: -1, Stage: "store", Msg: err.Error()})
			in.count(func(s *ingestStats) { s.failed++ })
			continue
		}
		in.stored([]dyad.Coded{c})
	}
	return errs
}

func (in *ingester) count(f func(*ingestStats)) {
	in.mu.Lock()
	f(&in.stats)
	s := in.stats
	in.mu.Unlock()
	in.progress.update(s)
}

// barWidth is the width of the progress bar on a terminal, in characters.
const barWidth = 20

// progress reports an ingest's progress: a status line on a terminal, a log
// line every few seconds otherwise.
type progress struct {
	w     io.Writer
	tty   bool
	mu    sync.Mutex
	last  time.Time
	every time.Duration
}

func newProgress(w io.Writer, tty bool) *progress {
	p := &progress{w: w, tty: tty, every: 5 * time.Second}
	if tty {
		p.every = 200 * time.Millisecond
	}
	return p
}

func (p *progress) update(s ingestStats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < p.every {
		return
	}
	p.last = time.Now()
	p.write(s, false)
}

func (p *progress) done(s ingestStats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.write(s, true)
}

func (p *progress) write(s ingestStats, final bool) {
	el := time.Since(s.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(s.stored+s.skipped) / el
	}
	errs := s.failed + s.readErrs
	// A bad record is an error and not an article; an article read from
	// a feed item's description after its page failed is both, so left
	// may reach 0 early, and the ETA then goes.
	pct, eta := -1, ""
	if left := s.total - s.stored - s.skipped - errs; s.total > 0 && s.pending == 0 && !s.unknown && !final && rate > 0 && left > 0 {
		pct = 100 * (s.total - left) / s.total
		eta = (time.Duration(float64(left)/rate) * time.Second).Round(time.Second).String()
	}
	if p.tty && !final {
		// A bar and a line short enough not to wrap, redrawn in place.
		line := fmt.Sprintf("%d articles, %d events, %d errors, %.0f/s", s.stored+s.skipped, s.events, errs, rate)
		if pct >= 0 {
			n := pct * barWidth / 100
			line = fmt.Sprintf("[%s%s] %3d%% %s, ETA %s", strings.Repeat("#", n), strings.Repeat("-", barWidth-n), pct, line, eta)
		}
		fmt.Fprintf(p.w, "\r\033[K%s", line)
		return
	}
	line := fmt.Sprintf("%d articles read, %d stored, %d already stored, %d events, %d facts, %d errors, %.0f articles/s",
		s.read, s.stored, s.skipped, s.events, s.facts, errs, rate)
	if pct >= 0 {
		line += fmt.Sprintf(", %d%%, ETA %s", pct, eta)
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s\n", line)
		return
	}
	fmt.Fprintf(p.w, "dyad ingest: %s\n", line)
}

func (in *ingester) stored(batch []dyad.Coded) {
	in.count(func(s *ingestStats) {
		for _, c := range batch {
			s.stored++
			s.events += len(c.Events)
			s.facts += len(c.Facts)
		}
	})
}
