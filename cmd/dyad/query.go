package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/export"
	"github.com/dyadcoder/dyad/lexicon"
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
cooperation, joint ventures), each with the article that states it; and
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
				period, ok := periods[*by]
				if !ok {
					return usageError("--by is day, week, month or year")
				}
				st, err := openStore(*db)
				if err != nil {
					return err
				}
				defer st.Close()
				evs, err := st.Events(ctx, dyad.Filter{Dyad: [2]string{a, b}})
				if err != nil {
					return err
				}
				facts, err := st.Facts(ctx, a, b)
				if err != nil {
					return err
				}
				capitals, err := capitalsOf(a, b)
				if err != nil {
					return err
				}
				rep := relate(a, b, evs, facts, period, capitals)
				if *asJSON {
					enc := json.NewEncoder(e.stdout)
					enc.SetIndent("", "  ")
					return enc.Encode(rep)
				}
				rep.write(e.stdout)
				return nil
			}
		},
	}
}

// periods cut a date to its period.
var periods = map[string]func(time.Time) string{
	"day":   func(t time.Time) string { return t.Format(time.DateOnly) },
	"week":  func(t time.Time) string { y, w := t.ISOWeek(); return fmt.Sprintf("%d-W%02d", y, w) },
	"month": func(t time.Time) string { return t.Format("2006-01") },
	"year":  func(t time.Time) string { return t.Format("2006") },
}

// relationsReport is what dyad relations shows.
type relationsReport struct {
	A, B      string
	Periods   []periodRow        `json:"periods"`
	Facts     []dyad.Fact        `json:"facts"`
	Diplomacy []dyad.StoredEvent `json:"public_diplomacy"`
}

type periodRow struct {
	Period    string  `json:"period"`
	Direction string  `json:"direction"`
	Quad      [4]int  `json:"quad_counts"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"mean_goldstein"`
}

// society are the roles of a country's people rather than its state.
var society = map[string]bool{"EDU": true, "BUS": true, "MED": true, "CVL": true, "REL": true, "LAB": true, "HLH": true, "AGR": true, "HRI": true, "NGO": true}

func relate(a, b string, evs []dyad.StoredEvent, facts []dyad.Fact, period func(time.Time) string, capitals map[string]string) *relationsReport {
	rep := &relationsReport{A: a, B: b, Facts: facts}
	rows := map[[2]string]*periodRow{}
	for _, e := range evs {
		t, err := time.Parse(time.DateOnly, e.Date)
		if err != nil {
			continue
		}
		dir := e.Source.Country + "->" + e.Target.Country
		k := [2]string{period(t), dir}
		r := rows[k]
		if r == nil {
			r = &periodRow{Period: k[0], Direction: dir}
			rows[k] = r
		}
		if e.QuadClass >= 1 && e.QuadClass <= 4 {
			r.Quad[e.QuadClass-1]++
		}
		r.Goldstein += e.Goldstein
		r.Events++
		if publicDiplomacy(e, capitals) {
			rep.Diplomacy = append(rep.Diplomacy, e)
		}
	}
	for _, r := range rows {
		r.Goldstein /= float64(r.Events)
		rep.Periods = append(rep.Periods, *r)
	}
	sort.Slice(rep.Periods, func(i, j int) bool {
		if rep.Periods[i].Period != rep.Periods[j].Period {
			return rep.Periods[i].Period < rep.Periods[j].Period
		}
		return rep.Periods[i].Direction < rep.Periods[j].Direction
	})
	return rep
}

// publicDiplomacy reports whether an event has one side's government
// engage the other country's society, or travel beyond its capital.
func publicDiplomacy(e dyad.StoredEvent, capitals map[string]string) bool {
	gov := func(x dyad.Actor) bool { return len(x.Roles) > 0 && x.Roles[0] == "GOV" }
	soc := func(x dyad.Actor) bool { return len(x.Roles) > 0 && society[x.Roles[0]] }
	if (gov(e.Source) && soc(e.Target)) || (gov(e.Target) && soc(e.Source)) {
		return true
	}
	p := e.Place
	if p == nil || p.Precision != "city" {
		return false
	}
	// A visit to the other country outside its capital.
	for _, pair := range [][2]dyad.Actor{{e.Source, e.Target}, {e.Target, e.Source}} {
		if gov(pair[0]) && p.Country == pair[1].Country && p.Country != pair[0].Country && p.Name != capitals[p.Country] {
			return true
		}
	}
	return false
}

// capitalsOf returns the capitals of the countries, from the dictionaries.
func capitalsOf(codes ...string) (map[string]string, error) {
	d, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, c := range codes {
		if name, ok := d.Capital(c); ok {
			out[c] = name
		}
	}
	return out, nil
}

func (r *relationsReport) write(w io.Writer) {
	fmt.Fprintf(w, "Relations %s-%s\n\n", r.A, r.B)
	fmt.Fprintln(w, "Facts the articles state:")
	if len(r.Facts) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, f := range r.Facts {
		fmt.Fprintf(w, "  %-18s %-12s (%s, sentence %d) %q\n", strings.ReplaceAll(f.Kind, "_", " "), f.Value, f.ArticleID, f.Sentence, clip(f.Text, 100))
	}
	fmt.Fprintln(w, "\nEvents by period and direction:")
	if len(r.Periods) == 0 {
		fmt.Fprintln(w, "  none")
	} else {
		fmt.Fprintf(w, "  %-9s %-10s %9s %9s %9s %9s %6s %9s\n", "period", "direction", "verb.coop", "mat.coop", "verb.conf", "mat.conf", "events", "goldstein")
	}
	for _, p := range r.Periods {
		fmt.Fprintf(w, "  %-9s %-10s %9d %9d %9d %9d %6d %9.1f\n", p.Period, p.Direction, p.Quad[0], p.Quad[1], p.Quad[2], p.Quad[3], p.Events, p.Goldstein)
	}
	fmt.Fprintln(w, "\nPublic diplomacy:")
	if len(r.Diplomacy) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, e := range r.Diplomacy {
		place := ""
		if e.Place != nil {
			place = " in " + e.Place.Name
		}
		fmt.Fprintf(w, "  %s %s %s %s%s: %q\n", e.Date, e.Source.Code, e.Code, e.Target.Code, place, clip(e.Text, 100))
	}
}

func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
