package sqlite

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

// fillRandom stores n random articles of nine events each, a tenth of them
// undated, some merging with earlier ones, and some negated, hypothetical
// or future.
func fillRandom(t *testing.T, s *Store, n int) {
	t.Helper()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	var batch []dyad.Coded
	for i := range n {
		a, evs := benchArticle(r, i, 9)
		for j := range evs {
			if r.IntN(10) == 0 {
				evs[j].Date = ""
			}
			// A narrow range of dates and codes, so that reports merge.
			if r.IntN(3) == 0 {
				evs[j].Date, evs[j].Code, evs[j].Root = "2021-06-01", "042", "04"
			}
			evs[j].Mode = [...]dyad.Mode{dyad.ModeNegated, dyad.ModeHypothetical, dyad.ModeFuture, dyad.ModeReported, "", "", "", ""}[r.IntN(8)]
		}
		batch = append(batch, dyad.Coded{Article: a, Events: evs})
		if len(batch) == 50 {
			if err := s.PutArticles(ctx, batch); err != nil {
				t.Fatal(err)
			}
			batch = nil
		}
	}
	if err := s.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
}

// periodOf cuts an event date to its period, as dyad.PeriodCount writes it.
func periodOf(date string, by dyad.Period) string {
	switch by {
	case dyad.PeriodWeek:
		d, _ := time.Parse(time.DateOnly, date)
		y, w := d.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case dyad.PeriodMonth:
		return date[:7]
	case dyad.PeriodYear:
		return date[:4]
	}
	return date
}

// checkTotals compares what the store counts from its running totals with
// the same counted from the events themselves that occurred.
func checkTotals(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	all, err := s.Events(ctx, dyad.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	stored := len(all)
	all = slices.DeleteFunc(all, func(e dyad.StoredEvent) bool { return !e.Mode.Occurred() })
	if len(all) == stored {
		t.Fatalf("all %d events occurred: nothing to leave out of the totals", stored)
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-6 }
	pairs := [][2]string{{"PAK", "KAZ"}, {"USA", "CHN"}, {"RUS", "UKR"}, {"IND", "IND"}}
	for _, pair := range pairs {
		f := dyad.Filter{Dyad: pair}
		var evs []dyad.StoredEvent
		for _, e := range all {
			if (e.Source.Country == pair[0] && e.Target.Country == pair[1]) || (e.Source.Country == pair[1] && e.Target.Country == pair[0]) {
				evs = append(evs, e)
			}
		}
		if len(evs) == 0 {
			t.Fatalf("%v: no events to count", pair)
		}
		for _, by := range []dyad.Period{dyad.PeriodDay, dyad.PeriodWeek, dyad.PeriodMonth, dyad.PeriodYear} {
			got, err := s.Periods(ctx, f, by)
			if err != nil {
				t.Fatal(err)
			}
			want := map[[2]string]*dyad.PeriodCount{}
			for _, e := range evs {
				if e.Date == "" {
					continue
				}
				k := [2]string{periodOf(e.Date, by), e.Source.Country + "->" + e.Target.Country}
				p := want[k]
				if p == nil {
					p = &dyad.PeriodCount{Period: k[0], Direction: k[1]}
					want[k] = p
				}
				p.Quad[e.QuadClass-1]++
				p.Events++
				p.Goldstein += e.Goldstein
			}
			if len(got) != len(want) {
				t.Fatalf("%v by %s: %d periods, want %d", pair, by, len(got), len(want))
			}
			for _, g := range got {
				w := want[[2]string{g.Period, g.Direction}]
				if w == nil || g.Quad != w.Quad || g.Events != w.Events || !near(g.Goldstein, w.Goldstein/float64(w.Events)) {
					t.Errorf("%v by %s: %+v, want %+v", pair, by, g, w)
				}
			}
		}
		codes, err := s.Codes(ctx, f, 3)
		if err != nil {
			t.Fatal(err)
		}
		byCode := map[[2]string]int{}
		for _, e := range evs {
			byCode[[2]string{e.Source.Country + "->" + e.Target.Country, e.Code}]++
		}
		var want []dyad.CodeCount
		for k, n := range byCode {
			want = append(want, dyad.CodeCount{Direction: k[0], Code: k[1], Events: n})
		}
		slices.SortFunc(want, func(a, b dyad.CodeCount) int {
			return cmp.Or(cmp.Compare(a.Direction, b.Direction), cmp.Compare(b.Events, a.Events), cmp.Compare(a.Code, b.Code))
		})
		var top []dyad.CodeCount
		for i, c := range want {
			if i < 3 || want[i-3].Direction != c.Direction {
				top = append(top, c)
			}
		}
		if !slices.Equal(codes, top) {
			t.Errorf("%v: codes %v, want %v", pair, codes, top)
		}
	}
	// Partners and countries.
	type tally struct {
		events, coop, conf int
		goldstein          float64
	}
	partners := map[string]map[string]*tally{}
	countries := map[string]int{}
	for _, e := range all {
		a, b := e.Source.Country, e.Target.Country
		countries[a]++
		if b != a {
			countries[b]++
		}
		if a == b {
			continue
		}
		for _, side := range [][2]string{{a, b}, {b, a}} {
			if partners[side[0]] == nil {
				partners[side[0]] = map[string]*tally{}
			}
			p := partners[side[0]][side[1]]
			if p == nil {
				p = &tally{}
				partners[side[0]][side[1]] = p
			}
			p.events++
			p.goldstein += e.Goldstein
			if e.QuadClass <= 2 {
				p.coop++
			} else {
				p.conf++
			}
		}
	}
	for _, c := range []string{"PAK", "USA"} {
		got, err := s.Partners(ctx, c, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(partners[c]) {
			t.Fatalf("%s: %d partners, want %d", c, len(got), len(partners[c]))
		}
		for i, g := range got {
			w := partners[c][g.Country]
			if w == nil || g.Events != w.events || g.Cooperation != w.coop || g.Conflict != w.conf || !near(g.Goldstein, w.goldstein/float64(w.events)) {
				t.Errorf("%s partner %+v, want %+v", c, g, w)
			}
			if i > 0 && (got[i-1].Events < g.Events || got[i-1].Events == g.Events && got[i-1].Country > g.Country) {
				t.Errorf("%s partners out of order at %d: %v", c, i, got)
			}
		}
	}
	// Places, all of them and by quad class.
	for quad := range 5 {
		type key struct{ name, country, precision string }
		want := map[key][5]int{}
		for _, e := range all {
			if e.Place == nil || quad > 0 && e.QuadClass != quad {
				continue
			}
			k := key{e.Place.Name, e.Place.Country, e.Place.Precision}
			w := want[k]
			w[0]++
			w[e.QuadClass]++
			want[k] = w
		}
		got, err := s.Places(ctx, dyad.Filter{Quad: quad}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Errorf("quad %d: %d places, want %d", quad, len(got), len(want))
		}
		for i, p := range got {
			w := want[key{p.Name, p.Country, p.Precision}]
			if p.Events != w[0] || p.Quad != [4]int(w[1:]) {
				t.Errorf("quad %d: place %+v, want %v", quad, p, w)
			}
			if i > 0 && got[i-1].Events < p.Events {
				t.Errorf("quad %d: places out of order at %d", quad, i)
			}
		}
	}
	got, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(countries) {
		t.Fatalf("%d countries, want %d", len(got), len(countries))
	}
	for _, g := range got {
		if g.Events != countries[g.Country] {
			t.Errorf("country %s: %d events, want %d", g.Country, g.Events, countries[g.Country])
		}
	}
}

// TestTotals: the running totals count what the events themselves count,
// merged reports and undated events included.
func TestTotals(t *testing.T) {
	s, path := openTemp(t, Options{})
	fillRandom(t, s, 400)
	checkTotals(t, s)
	// Storing the articles again, or opening the file again, counts
	// nothing twice.
	fillRandom(t, s, 400)
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	checkTotals(t, s2)
}

// TestOccurred: the aggregates, from the running totals or from the events,
// and a pair's public diplomacy count only the events that occurred, while
// the events themselves are all listed.
func TestOccurred(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t, Options{})
	a := visitArticle(t, "occurred", "P", "2023-05-31")
	var evs []dyad.Event
	for i, m := range []dyad.Mode{"", dyad.ModeNegated, dyad.ModeHypothetical, dyad.ModeFuture, dyad.ModeReported} {
		ev := visit(a.ID, "2023-05-28")
		ev.ID, ev.Mode = fmt.Sprintf("%s-%d", a.ID, i), m
		ev.Target.Roles, ev.Target.Code = []string{"EDU"}, "PAKEDU"
		evs = append(evs, ev)
	}
	if err := s.PutArticle(ctx, a, evs, nil); err != nil {
		t.Fatal(err)
	}
	listed, err := s.Events(ctx, dyad.Filter{})
	if err != nil || len(listed) != len(evs) {
		t.Fatalf("%d events listed, want all %d (%v)", len(listed), len(evs), err)
	}
	pair := [2]string{"PAK", "KAZ"}
	count := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s: %d events, want the 3 that occurred", what, got)
		}
	}
	for _, f := range []dyad.Filter{{Dyad: pair}, {Dyad: pair, Root: "04"}} {
		ps, err := s.Periods(ctx, f, dyad.PeriodYear)
		if err != nil || len(ps) != 1 {
			t.Fatalf("periods of %+v: %v, %v", f, ps, err)
		}
		count(fmt.Sprintf("periods of %+v", f), ps[0].Events, 3)
		cs, err := s.Codes(ctx, f, 5)
		if err != nil || len(cs) != 1 {
			t.Fatalf("codes of %+v: %v, %v", f, cs, err)
		}
		count(fmt.Sprintf("codes of %+v", f), cs[0].Events, 3)
		pl, err := s.Places(ctx, dyad.Filter{Dyad: f.Dyad, Root: f.Root, Quad: f.Quad}, 5)
		if err != nil || len(pl) != 1 {
			t.Fatalf("places of %+v: %v, %v", f, pl, err)
		}
		count(fmt.Sprintf("places of %+v", f), pl[0].Events, 3)
	}
	pl, err := s.Places(ctx, dyad.Filter{}, 5)
	if err != nil || len(pl) != 1 {
		t.Fatalf("places: %v, %v", pl, err)
	}
	count("places", pl[0].Events, 3)
	partners, err := s.Partners(ctx, "KAZ", 5)
	if err != nil || len(partners) != 1 {
		t.Fatalf("partners: %v, %v", partners, err)
	}
	count("partners", partners[0].Events, 3)
	countries, err := s.Countries(ctx)
	if err != nil || len(countries) != 2 {
		t.Fatalf("countries: %v, %v", countries, err)
	}
	count("countries", countries[0].Events, 3)
	dip, err := s.Events(ctx, dyad.Filter{Dyad: pair, Diplomacy: &dyad.Diplomacy{Gov: "GOV", Society: []string{"EDU"}}})
	if err != nil {
		t.Fatal(err)
	}
	count("public diplomacy", len(dip), 3)
	// A store whose totals counted every event, as before migration
	// 0006, counts them again when it is opened.
	for _, q := range []string{`UPDATE pair_totals SET events = events + 2`, `UPDATE country_events SET events = events + 2`,
		`DELETE FROM migrations WHERE name = 'migration/0006_occurred.sql'`} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if partners, err = s2.Partners(ctx, "KAZ", 5); err != nil || len(partners) != 1 {
		t.Fatalf("partners after migration 0006: %v, %v", partners, err)
	}
	count("partners after migration 0006", partners[0].Events, 3)
}

// TestTotalsMigration: a store made before the running totals gets them
// from its events when it is opened.
func TestTotalsMigration(t *testing.T) {
	s, path := openTemp(t, Options{})
	fillRandom(t, s, 200)
	// benchArticle's sources are governments and half its events are in a
	// city: public diplomacy, before and after.
	dip := dyad.Filter{Dyad: [2]string{"PAK", "KAZ"}, Diplomacy: &dyad.Diplomacy{Gov: "GOV", Society: []string{"EDU"}}}
	before, err := s.Events(context.Background(), dip)
	if err != nil || len(before) == 0 {
		t.Fatalf("public diplomacy: %d events, %v", len(before), err)
	}
	// Back to how a store of migrations 0001 and 0002 was.
	for _, q := range []string{`DROP TABLE totals`, `DROP TABLE pair_days`, `DROP TABLE pair_codes`,
		`DROP TABLE country_events`, `DROP TABLE place_totals`, `DROP TABLE pair_totals`, `DROP INDEX events_diplomacy`, `ALTER TABLE events DROP COLUMN source_kind`,
		`ALTER TABLE events DROP COLUMN target_kind`, `DELETE FROM migrations WHERE name = 'migration/0003_totals.sql'`,
		`CREATE INDEX events_pair ON events (source_country, target_country)`, `CREATE INDEX events_partner ON events (target_country)`} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkTotals(t, s)
	after, err := s.Events(context.Background(), dip)
	if err != nil || !slices.EqualFunc(before, after, func(a, b dyad.StoredEvent) bool { return a.ID == b.ID }) {
		t.Errorf("public diplomacy: %d events after the migration, %d before (%v)", len(after), len(before), err)
	}
	// And the store keeps them from then on.
	fillMore := rand.New(rand.NewPCG(5, 6))
	a, evs := benchArticle(fillMore, 10_000, 9)
	if err := s.PutArticle(context.Background(), a, evs, nil); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, s)
}

// TestDiplomacyIndex: a pair's public diplomacy is read from the partial
// index of its candidates, whose WHERE clause the query repeats.
func TestDiplomacyIndex(t *testing.T) {
	s, _ := openTemp(t, Options{})
	f := dyad.Filter{Dyad: [2]string{"PAK", "KAZ"}, Diplomacy: &dyad.Diplomacy{Gov: "GOV", Society: []string{"EDU", "BUS"},
		Capitals: map[string]string{"PAK": "Islamabad", "KAZ": "Astana"}}}
	plan := func(f dyad.Filter) string {
		where, args, err := filterWhere(f)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT count(*) FROM events WHERE `+strings.Join(where, ` AND `), args...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out strings.Builder
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			out.WriteString(detail + "\n")
		}
		return out.String()
	}
	// The index's roles are dyad's society roles, in the migration as in
	// the query.
	script, err := migrations.ReadFile("migration/0005_date_order.sql")
	if err != nil {
		t.Fatal(err)
	}
	roles := "('" + strings.Join(dyad.SocietyRoles, "', '") + "')"
	if strings.Count(diplomacyCandidates, roles) != 2 || strings.Count(string(script), roles) != 2 {
		t.Errorf("the candidates' roles are not %s, twice, in both the query and migration 0005", roles)
	}
	if p := plan(f); !strings.Contains(p, "events_diplomacy") {
		t.Errorf("public diplomacy not read from events_diplomacy:\n%s", p)
	}
	// A rule beyond the candidates (another society role) reads the events.
	f.Diplomacy.Society = append(f.Diplomacy.Society, "MIL")
	if p := plan(f); strings.Contains(p, "events_diplomacy") {
		t.Errorf("a rule beyond the candidates read events_diplomacy:\n%s", p)
	}
}
