// Package relations reports how the relations of two countries moved, from
// a dyad.Store: per period and direction, the events by quad class and their
// mean Goldstein value; the event types of each direction; the standing facts
// the articles state; and the pair's public diplomacy. Input: a store and two
// country codes. Output: a Report, counted by the store (so a pair of any
// size costs a few aggregate queries), which dyad relations prints and dyad
// serve returns as JSON.
package relations

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/cameo"
)

// Options say what a Report holds.
type Options struct {
	// By is the period events are counted by; "" means a month.
	By dyad.Period
	// TopCodes is how many event codes each direction lists; 0 means 10.
	TopCodes int
	// MaxEvents caps the public diplomacy events listed (the newest);
	// 0 lists them all. The counts by period count all.
	MaxEvents int
	// Capital returns the name of a country's capital; nil means none is
	// known, so that every city counts as outside the capital.
	Capital func(country string) (string, bool)
}

// Report is what the events and facts stored say of two countries'
// relations.
type Report struct {
	A  string      `json:"a"`
	B  string      `json:"b"`
	By dyad.Period `json:"by"`
	// Periods count the pair's dated events by period and direction,
	// sorted by period and direction.
	Periods []dyad.PeriodCount `json:"periods"`
	// TopCodes are each direction's most frequent event codes.
	TopCodes []TopCode `json:"top_codes"`
	// Facts are the relation facts stated about the pair.
	Facts []dyad.Fact `json:"facts"`
	// PublicDiplomacy is the pair's public diplomacy.
	PublicDiplomacy Diplomacy `json:"public_diplomacy"`
}

// TopCode is one of a direction's most frequent event codes, with its
// CAMEO name.
type TopCode struct {
	dyad.CodeCount
	Name string `json:"name"`
}

// Diplomacy is a pair's public diplomacy: its events counted by period,
// both directions together, and the events themselves.
type Diplomacy struct {
	Periods []PeriodEvents     `json:"periods"`
	Events  []dyad.StoredEvent `json:"events"`
}

// PeriodEvents counts the events of one period.
type PeriodEvents struct {
	Period string `json:"period"`
	Events int    `json:"events"`
}

// Periods are the periods a Report counts by, in order.
var Periods = []dyad.Period{dyad.PeriodDay, dyad.PeriodWeek, dyad.PeriodMonth, dyad.PeriodYear}

// Build reports the relations of countries a and b from st, which must be
// safe for concurrent use: its queries run at once. An unknown period is an
// error.
func Build(ctx context.Context, st dyad.Store, a, b string, opts Options) (*Report, error) {
	if opts.By == "" {
		opts.By = dyad.PeriodMonth
	}
	if opts.TopCodes == 0 {
		opts.TopCodes = 10
	}
	if !slices.Contains(Periods, opts.By) {
		return nil, fmt.Errorf("relations %s-%s: unknown period %q (want day, week, month or year)", a, b, opts.By)
	}
	pair := dyad.Filter{Dyad: [2]string{a, b}}
	rep := &Report{A: a, B: b, By: opts.By}
	var (
		codes []dyad.CodeCount
		pd    []dyad.PeriodCount
	)
	// Public diplomacy: events in which one side's government engages the
	// other country's society, or travels to one of its cities other than
	// the capital. Undated events are left out, as they are from the
	// periods (the last day an event can be dated keeps the dated ones).
	dip := dyad.Filter{Dyad: pair.Dyad, Diplomacy: diplomacyRule(a, b, opts.Capital)}
	dipEvents := dip
	dipEvents.To, dipEvents.Limit = lastDay, opts.MaxEvents
	// The queries are independent: run at once, the report takes as long
	// as the longest of them.
	err := parallel(
		func() (err error) { rep.Periods, err = st.Periods(ctx, pair, opts.By); return err },
		func() (err error) { codes, err = st.Codes(ctx, pair, opts.TopCodes); return err },
		func() (err error) { rep.Facts, err = st.Facts(ctx, a, b); return err },
		func() (err error) { pd, err = st.Periods(ctx, dip, opts.By); return err },
		func() (err error) { rep.PublicDiplomacy.Events, err = st.Events(ctx, dipEvents); return err },
	)
	if err != nil {
		return nil, fmt.Errorf("relations %s-%s: %w", a, b, err)
	}
	for _, c := range codes {
		cb, _ := cameo.Lookup(c.Code)
		rep.TopCodes = append(rep.TopCodes, TopCode{CodeCount: c, Name: cb.Name})
	}
	// The periods of public diplomacy count both directions together.
	d := &rep.PublicDiplomacy
	for _, p := range pd {
		if n := len(d.Periods); n > 0 && d.Periods[n-1].Period == p.Period {
			d.Periods[n-1].Events += p.Events
			continue
		}
		d.Periods = append(d.Periods, PeriodEvents{Period: p.Period, Events: p.Events})
	}
	// Lists are empty, not null, in JSON.
	rep.Periods = nonNil(rep.Periods)
	rep.TopCodes = nonNil(rep.TopCodes)
	rep.Facts = nonNil(rep.Facts)
	rep.PublicDiplomacy.Periods = nonNil(rep.PublicDiplomacy.Periods)
	rep.PublicDiplomacy.Events = nonNil(rep.PublicDiplomacy.Events)
	return rep, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// diplomacyRule returns the rule of public diplomacy between a and b.
func diplomacyRule(a, b string, capital func(string) (string, bool)) *dyad.Diplomacy {
	rule := &dyad.Diplomacy{Gov: "GOV", Society: dyad.SocietyRoles, Capitals: map[string]string{}}
	if capital != nil {
		for _, c := range []string{a, b} {
			if name, ok := capital(c); ok {
				rule.Capitals[c] = name
			}
		}
	}
	return rule
}

// parallel runs the functions at once and returns their errors joined.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, f := range fns {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// lastDay is the last day an event can be dated: filtering up to it keeps
// the dated events.
var lastDay = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// Write prints the report for a reader: the facts, the events by period and
// direction, and the public diplomacy events.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "Relations %s-%s\n\n", r.A, r.B)
	fmt.Fprintln(w, "Facts the articles state:")
	if len(r.Facts) == 0 {
		fmt.Fprintln(w, "  none")
	}
	// The values run from "1992" to an agreement's name: the columns fit
	// the longest.
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	for _, f := range r.Facts {
		fmt.Fprintf(tw, "  %s\t%s\t(%s, sentence %d) %q\n", strings.ReplaceAll(f.Kind, "_", " "), f.Value, f.ArticleID, f.Sentence, clip(f.Text, 100))
	}
	tw.Flush()
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
	if len(r.PublicDiplomacy.Events) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, e := range r.PublicDiplomacy.Events {
		place := ""
		if e.Place != nil {
			place = " in " + e.Place.Name
		}
		fmt.Fprintf(w, "  %s %s %s %s%s: %q\n", e.Date, e.Source.Code, e.Code, e.Target.Code, place, clip(e.Text, 100))
	}
}

// clip folds runs of white space and cuts s to n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
