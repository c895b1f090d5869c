package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/eval"
	"github.com/dyadcoder/dyad/export"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
)

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return fmt.Sprint(*l) }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func codeCommand() *command {
	return &command{
		Name:  "code",
		Usage: "[flags] [FILE|DIR|-]...",
		Short: "code articles into events and print them",
		Long: `Code reads articles and prints the events they report.

Each FILE is one plain-text article (an opening dateline such as
"Multan, 31 May 2023 (TDI): ..." gives its place, date and publisher) or,
if it ends in .jsonl or .ndjson, JSON Lines with one article a line:
{"id": "...", "text": "...", "date": "YYYY-MM-DD", "url": "...", "title": "..."}.
An .html or .htm file is a web page (its main text is coded; title,
publisher and date come from its metadata); an .xml, .rss or .atom file
is a feed, each item an article (its linked page fetched). An http(s)
URL is fetched, a page or a feed. A DIR is read recursively; "-" (or no
argument) reads standard input.

Bad input (a missing, empty, binary or invalid file, a malformed line) is
reported on standard error with its file and line; the rest is still coded
and printed, and the exit status is 1.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			format := fs.String("format", "", "output format: table, json, jsonl or tsv (GDELT 2.0 events) (default table on a terminal, else jsonl)")
			explain := fs.Bool("explain", false, "show the pattern that fired and the words it matched (table format; JSON always carries them)")
			date := fs.String("date", "", "use this date (YYYY-MM-DD) for every article")
			from := fs.String("from", "", "input format: text, jsonl, html, feed or petrarch-xml (default: by file name)")
			allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses")
			timeout := fs.Duration("timeout", 20*time.Second, "time limit for fetching one URL")
			parsed := fs.Bool("parsed", false, "petrarch-xml: code from the given parses instead of the text")
			dictDir := fs.String("dict-dir", "", "petrarch-xml: the `DIR` of the dictionaries its <Environment> names (default: the file's folder)")
			maxBytes := fs.Int("max-bytes", source.DefaultMaxBytes, "largest article to read, in bytes")
			singles := fs.Bool("singles", false, "also print events that have no target actor")
			jobs := fs.Int("j", runtime.GOMAXPROCS(0), "articles coded at once (output keeps the input order)")
			places := fs.Bool("places", true, "place every event with the embedded GeoNames gazetteer")
			var dicts listFlag
			fs.Var(&dicts, "dict", "an extra dictionary `FILE` added to the defaults: dyad format (actors, people, roles, patterns) or PETRARCH format (verbs, actors, agents, discards); repeatable")
			return func(ctx context.Context, e *env, args []string) error {
				opts := source.Options{Format: *from, MaxBytes: *maxBytes, Stdin: e.stdin, AllowPrivate: *allowPrivate, Timeout: *timeout}
				switch *from {
				case "", "text", "jsonl", "html", "feed", "petrarch-xml":
				default:
					return usageError("unknown input format %q (want text, jsonl, html, feed or petrarch-xml)", *from)
				}
				if *date != "" {
					d, _, err := source.ParseDate(*date)
					if err != nil {
						return usageError("--date: %v", err)
					}
					opts.Date = d
				}
				f := *format
				if f == "" {
					f = "jsonl"
					if isTerminal(e.stdout) {
						f = "table"
					}
				}
				w, err := export.New(f, e.stdout, export.Options{Explain: *explain, Added: time.Now().UTC()})
				if err != nil {
					return usageError("%v", err)
				}
				if *from == "petrarch-xml" {
					if len(args) == 0 {
						return usageError("petrarch-xml needs a FILE.xml")
					}
					err := codePetrarch(e, args, *dictDir, dicts, *parsed, *singles, w)
					if cerr := w.Close(); err == nil {
						err = cerr
					}
					return err
				}
				if *places {
					// The gazetteer decodes while the dictionaries load.
					go geo.Load()
				}
				dict, err := lexicon.Load(dicts)
				failed := false
				if err != nil {
					fmt.Fprintln(e.stderr, err)
					failed = true
				}
				if len(args) == 0 {
					args = []string{"-"}
				}
				copts := coder.Options{Singles: *singles}
				if *places {
					g, err := geo.Load()
					if err != nil {
						return err
					}
					copts.Places = g
				}
				c := coder.New(dict, copts)
				errs, err := codeAll(ctx, args, opts, c, w, *jobs)
				if cerr := w.Close(); err == nil {
					err = cerr
				}
				for _, x := range errs {
					fmt.Fprintln(e.stderr, x)
				}
				if err != nil {
					return err
				}
				if failed || len(errs) > 0 {
					return errFailed
				}
				return nil
			}
		},
	}
}

// codeAll reads the articles named by args, codes them on jobs goroutines
// and writes their events to w in input order.
func codeAll(ctx context.Context, args []string, opts source.Options, c *coder.Coder, w export.Writer, jobs int) (dyad.ErrorList, error) {
	if jobs < 1 {
		jobs = 1
	}
	type job struct {
		a    *dyad.Article
		evs  []dyad.Event
		err  *dyad.Error // a bug the article set off
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan *job, jobs)
	order := make(chan *job, 4*jobs)
	for range jobs {
		go func() {
			for j := range work {
				j.err = coder.Guard(j.a, func() { j.evs = c.Code(j.a) })
				close(j.done)
			}
		}()
	}
	// The writer takes jobs in input order, waiting for each to be coded.
	werr := make(chan error, 1)
	var codeErrs dyad.ErrorList
	go func() {
		var err error
		for j := range order {
			<-j.done
			if j.err != nil {
				codeErrs.Add(j.err)
				continue
			}
			if err == nil {
				if err = w.Write(j.a, j.evs); err != nil {
					cancel()
				}
			}
		}
		werr <- err
	}()
	errs, err := source.Read(args, opts, func(a *dyad.Article) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		j := &job{a: a, done: make(chan struct{})}
		order <- j
		work <- j
		return nil
	})
	close(work)
	close(order)
	if e := <-werr; e != nil {
		err = e
	}
	return append(errs, codeErrs...), err
}

// codePetrarch codes PETRARCH validation files record by record, with the
// dictionaries each names, and reports the records that gave an error code
// (a bad parse, a discard, a dateline) instead of events.
func codePetrarch(e *env, files []string, dictDir string, extra []string, parsed, singles bool, w export.Writer) error {
	failed := false
	for _, path := range files {
		recs, err := eval.ReadPetrarch(path)
		if recs == nil && err != nil {
			return err
		}
		if err != nil {
			fmt.Fprintln(e.stderr, err)
			failed = true
		}
		dict, err := loadDicts(path, dictDir, extra)
		if err != nil {
			return err
		}
		_, coded := eval.Run(recs, dict, eval.RunOptions{Parsed: parsed, Singles: singles})
		for _, r := range recs {
			k := coded[r.Key]
			if k.Error != "" {
				fmt.Fprintf(e.stderr, "%s:%d: record %s: %s\n", path, r.Line, r.ID, k.Error)
				failed = true
				continue
			}
			if err := w.Write(k.Article, k.Events); err != nil {
				return err
			}
		}
	}
	if failed {
		return errFailed
	}
	return nil
}
