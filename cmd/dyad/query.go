package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/export"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/relations"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// filterFlags declares the event filter flags shared by query and export.
func filterFlags(fs *flag.FlagSet) func() (dyad.Filter, error) {
	actor := fs.String("actor", "", "events whose source or target code starts with this")
	pair := fs.String("dyad", "", "events between two countries, either way: A,B")
	code := fs.String("code", "", "CAMEO event code prefix")
	root := fs.String("root", "", "CAMEO root (two digits)")
	quad := fs.Int("quad", 0, "quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	from := fs.String("from", "", "first date (YYYY-MM-DD)")
	to := fs.String("to", "", "last date (YYYY-MM-DD)")
	place := fs.String("place", "", "place name")
	country := fs.String("country", "", "the place's country (ISO3)")
	limit := fs.Int("limit", 0, "at most this many events")
	return func() (dyad.Filter, error) {
		f := dyad.Filter{Actor: *actor, Code: *code, Root: *root, Quad: *quad, Place: *place, Country: *country, Limit: *limit}
		if *pair != "" {
			a, b, ok := strings.Cut(*pair, ",")
			if !ok || a == "" || b == "" {
				return f, usageError("--dyad wants two codes: A,B")
			}
			f.Dyad = [2]string{strings.ToUpper(a), strings.ToUpper(b)}
		}
		for _, d := range []struct {
			s   string
			out *time.Time
		}{{*from, &f.From}, {*to, &f.To}} {
			if d.s == "" {
				continue
			}
			t, _, err := source.ParseDate(d.s)
			if err != nil {
				return f, usageError("%v", err)
			}
			*d.out = t
		}
		if f.Quad < 0 || f.Quad > 4 {
			return f, usageError("--quad is 1 to 4")
		}
		return f, nil
	}
}

func queryCommand() *command {
	return &command{
		Name:  "query",
		Usage: "[flags]",
		Short: "list stored events by actor, dyad, code, date or place",
		Long: `Query lists the events an ingest stored (merged across the articles that
report them, with their mention counts), selected by the filter flags, in
a table, JSON Lines, CSV or GDELT 2.0 TSV.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			db := fs.String("db", "dyad.db", "the SQLite database `FILE`")
			format := fs.String("format", "", "table, jsonl, csv or tsv (default table on a terminal, else jsonl)")
			filter := filterFlags(fs)
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) > 0 {
					return usageError("query takes no arguments")
				}
				st, evs, err := selectEvents(ctx, *db, filter)
				if err != nil {
					return err
				}
				defer st.Close()
				return writeStored(e.stdout, *format, isTerminal(e.stdout), evs)
			}
		},
	}
}

// selectEvents opens the database and returns the stored events the
// filter flags select; the caller closes the store.
func selectEvents(ctx context.Context, db string, filter func() (dyad.Filter, error)) (*sqlite.Store, []dyad.StoredEvent, error) {
	f, err := filter()
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(db)
	if err != nil {
		return nil, nil, err
	}
	evs, err := st.Events(ctx, f)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, evs, nil
}

// openStore opens an existing database: a query of a file that is not
// there is an error, not a new empty database.
func openStore(path string) (*sqlite.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w (run 'dyad ingest' first)", path, err)
	}
	return sqlite.Open(path, sqlite.Options{})
}

// writeStored writes stored events in a format.
func writeStored(w io.Writer, format string, tty bool, evs []dyad.StoredEvent) error {
	if format == "" {
		format = "jsonl"
		if tty {
			format = "table"
		}
	}
	switch format {
	case "jsonl":
		enc := json.NewEncoder(w)
		for i := range evs {
			if err := enc.Encode(&evs[i]); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"id", "date", "source", "code", "target", "quad_class", "goldstein", "place", "place_country", "mode", "num_mentions", "num_articles", "num_sources", "text"})
		for _, e := range evs {
			place, country := "", ""
			if e.Place != nil {
				place, country = e.Place.Name, e.Place.Country
			}
			cw.Write([]string{e.ID, e.Date, e.Source.Code, e.Code, e.Target.Code, strconv.Itoa(e.QuadClass),
				strconv.FormatFloat(e.Goldstein, 'f', 1, 64), place, country, string(e.Mode),
				strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources), e.Text})
		}
		cw.Flush()
		return cw.Error()
	case "table", "tsv":
		ew, err := export.New(format, w, export.Options{})
		if err != nil {
			return err
		}
		for i := range evs {
			ev := evs[i].Event
			if err := ew.Write(nil, []dyad.Event{ev}); err != nil {
				return err
			}
		}
		return ew.Close()
	}
	return usageError("unknown format %q (want table, jsonl, csv or tsv)", format)
}

func relationsCommand() *command {
	return &command{
		Name:  "relations",
		Usage: "[flags] A B",
		Short: "how relations between two countries moved, and what the articles say of them",
		Long: `Relations shows two countries' relations from the stored events and facts:
per period and direction, the events by quad class (verbal and material
cooperation and conflict) and their mean Goldstein value; the standing
facts the articles state (ties since a year, shared memberships, areas of
cooperation, joint ventures, agreements made, the level of partnership),
each with the article that states it; and
the pair's public diplomacy: events in which one side's officials engage
the other country's society rather than its government (universities,
business, media, civil society, religious bodies) or travel beyond its
capital.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
			db := fs.String("db", "dyad.db", "the SQLite database `FILE`")
			by := fs.String("by", "month", "period: day, week, month or year")
			asJSON := fs.Bool("json", false, "print the report as JSON")
			return func(ctx context.Context, e *env, args []string) error {
				if len(args) != 2 {
					return usageError("want two country codes")
				}
				a, b := strings.ToUpper(args[0]), strings.ToUpper(args[1])
				if !slices.Contains(relations.Periods, dyad.Period(*by)) {
					return usageError("--by is day, week, month or year")
				}
				dict, err := lexicon.Default()
				if err != nil {
					return err
				}
				st, err := openStore(*db)
				if err != nil {
					return err
				}
				defer st.Close()
				rep, err := relations.Build(ctx, st, a, b, relations.Options{By: dyad.Period(*by), Capital: dict.Capital})
				if err != nil {
					return err
				}
				if *asJSON {
					enc := json.NewEncoder(e.stdout)
					enc.SetIndent("", "  ")
					return enc.Encode(rep)
				}
				rep.Write(e.stdout)
				return nil
			}
		},
	}
}
