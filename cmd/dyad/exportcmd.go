package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dyadcoder/dyad/export"
)

func exportCommand() *command {
	return &command{
		Name:  "export",
		Usage: "[flags]",
		Short: "write stored events as GDELT 2.0 files, JSON Lines or CSV",
		Long: `Export writes the stored events the filter flags select. --format gdelt
writes GDELT 2.0's events file (61 columns) and mentions file (16
columns), tab-separated, as events.tsv and mentions.tsv in --out, of the
events that occurred (GDELT has no mode: negated and hypothetical events
are left out); jsonl and csv write the events to standard output.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			db := fs.String("db", "dyad.db", "the SQLite database `FILE`")
			format := fs.String("format", "jsonl", "gdelt, jsonl or csv")
			out := fs.String("out", ".", "gdelt: the `DIR` to write events.tsv and mentions.tsv in")
			filter := filterFlags(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError("export takes no arguments")
				}
				st, evs, err := selectEvents(ctx, *db, filter)
				if err != nil {
					return err
				}
				defer st.Close()
				switch *format {
				case "jsonl", "csv":
					return writeStored(e.stdout, *format, false, evs)
				case "gdelt":
				default:
					return usageError("unknown format %q (want gdelt, jsonl or csv)", *format)
				}
				// The folder is made if need be ("--out ./gdelt").
				if err := os.MkdirAll(*out, 0o755); err != nil {
					return err
				}
				ef, err := os.Create(filepath.Join(*out, "events.tsv"))
				if err != nil {
					return err
				}
				defer ef.Close()
				mf, err := os.Create(filepath.Join(*out, "mentions.tsv"))
				if err != nil {
					return err
				}
				defer mf.Close()
				ew, mw := bufio.NewWriter(ef), bufio.NewWriter(mf)
				docLen := map[string]int{}
				nm, ne := 0, 0
				for i := range evs {
					ev := &evs[i]
					if !ev.Mode.Occurred() {
						// GDELT has no mode: "did not attack" would be an attack.
						continue
					}
					ne++
					ms, err := st.Mentions(ctx, ev.ID)
					if err != nil {
						return err
					}
					row := export.GDELTRow(nil, &ev.Event, "")
					row[31], row[32], row[33] = strconv.Itoa(ev.NumMentions), strconv.Itoa(ev.NumSources), strconv.Itoa(ev.NumArticles)
					if len(ms) > 0 {
						row[59] = ms[0].Date.Format("20060102150405")
						row[60] = ms[0].URL
						if row[60] == "" {
							row[60] = ms[0].ArticleID
						}
					}
					fmt.Fprintln(ew, strings.Join(row[:], "\t"))
					for j := range ms {
						m := &ms[j]
						n, ok := docLen[m.ArticleID]
						if !ok {
							if a, found, err := st.Article(ctx, m.ArticleID); err == nil && found {
								n = len(a.Text)
							}
							docLen[m.ArticleID] = n
						}
						mrow := export.GDELTMentionRow(m, ev.Date, n)
						fmt.Fprintln(mw, strings.Join(mrow[:], "\t"))
						nm++
					}
				}
				if err := ew.Flush(); err != nil {
					return err
				}
				if err := mw.Flush(); err != nil {
					return err
				}
				fmt.Fprintf(e.stderr, "wrote %d events and %d mentions to %s", ne, nm, *out)
				if left := len(evs) - ne; left > 0 {
					fmt.Fprintf(e.stderr, " (left out %d negated or hypothetical events, which GDELT cannot tell apart)", left)
				}
				fmt.Fprintln(e.stderr)
				return nil
			}
		},
	}
}
