package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/internal/corpus"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
)

func benchCommand() *command {
	return &command{
		Name:  "bench",
		Usage: "[flags]",
		Short: "measure coding speed on a synthetic corpus",
		Long: `Bench generates a synthetic corpus (sentences from templates written for
dyad, actors drawn by a seeded generator, so every run codes the same text),
codes it on one goroutine and prints sentences per second, events and memory.
With --write FILE it writes the corpus as JSON Lines instead, for measuring
"dyad code FILE" as a whole process (e.g. under taskset -c 0 and /usr/bin/time -v).`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			n := fs.Int("articles", 2500, "number of articles")
			per := fs.Int("sentences", 8, "sentences per article")
			share := fs.Float64("context", 0, "share of the sentences, 0 to 1, that report no event (a news article's context)")
			seed := fs.Uint64("seed", 1, "generator seed")
			write := fs.String("write", "", "write the corpus to this JSON Lines `FILE` and exit")
			places := fs.Bool("places", true, "place events with the gazetteer")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError("bench takes no arguments")
				}
				if *n <= 0 || *per <= 0 {
					return usageError("--articles and --sentences must be positive")
				}
				if *share < 0 || *share > 1 {
					return usageError("--context %g: want a share from 0 to 1", *share)
				}
				arts := corpus.Generate(*n, *per, *share, *seed)
				if *write != "" {
					f, err := os.Create(*write)
					if err != nil {
						return err
					}
					if err := corpus.WriteJSONL(f, arts); err != nil {
						f.Close()
						return fmt.Errorf("write %s: %w", *write, err)
					}
					if err := f.Close(); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "wrote %d articles (%d sentences) to %s\n", *n, *n**per, *write)
					return nil
				}
				t0 := time.Now()
				dict, err := lexicon.Default()
				if err != nil {
					return err
				}
				load := time.Since(t0)
				var copts coder.Options
				if *places {
					t1 := time.Now()
					if copts.Places, err = geo.Load(); err != nil {
						return err
					}
					fmt.Fprintf(e.stdout, "gazetteer loaded in %v\n", time.Since(t1).Round(time.Millisecond))
				}
				c := coder.New(dict, copts)
				docs := make([]*dyad.Article, len(arts))
				for i, a := range arts {
					d, prec, _ := source.ParseDate(a.Date)
					docs[i] = &dyad.Article{ID: a.ID, Text: a.Text, Date: d, DatePrecision: prec}
				}
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				t1 := time.Now()
				sents, events := 0, 0
				for _, a := range docs {
					if err := ctx.Err(); err != nil {
						return err
					}
					ss := coder.Analyze(a)
					sents += len(ss)
					events += len(c.CodeSentences(a, ss))
				}
				el := time.Since(t1)
				runtime.ReadMemStats(&after)
				fmt.Fprintf(e.stdout, "dictionaries loaded in %v\n", load.Round(time.Millisecond))
				fmt.Fprintf(e.stdout, "%d articles, %d sentences, %d events in %v on one goroutine\n", len(docs), sents, events, el.Round(time.Millisecond))
				fmt.Fprintf(e.stdout, "%.0f sentences/s, %.1f µs/sentence, %.0f allocs/sentence, heap in use %.1f MB\n",
					float64(sents)/el.Seconds(), float64(el.Microseconds())/float64(sents),
					float64(after.Mallocs-before.Mallocs)/float64(sents), float64(after.HeapInuse)/(1<<20))
				return nil
			}
		},
	}
}
