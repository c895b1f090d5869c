package relations

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// pairStore holds a Pakistan-Kazakhstan story told in events: a visit to
// Multan, one to the capital, a university's welcome, a complaint and an
// undated visit, and a fact.
func pairStore(t *testing.T) dyad.Store {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	city := func(name string) *dyad.Place {
		return &dyad.Place{Name: name, Country: "PAK", Precision: "city"}
	}
	ev := func(id, src, srcRole, code, tgt, tgtRole, date string, quad int, g float64, place *dyad.Place) dyad.Event {
		actor := func(c, role string) dyad.Actor {
			a := dyad.Actor{Code: c + role, Country: c, Roles: []string{}}
			if role != "" {
				a.Roles = []string{role}
			}
			return a
		}
		return dyad.Event{ID: id, Date: date, DatePrecision: dyad.PrecisionDay, Source: actor(src, srcRole),
			Target: actor(tgt, tgtRole), Code: code, Root: code[:2], QuadClass: quad, Goldstein: g, Place: place}
	}
	evs := []dyad.Event{
		ev("a", "KAZ", "GOV", "042", "PAK", "", "2023-05-28", 1, 1.9, city("Multan")),       // beyond the capital
		ev("b", "KAZ", "GOV", "042", "PAK", "GOV", "2023-05-02", 1, 1.9, city("Islamabad")), // in it
		ev("c", "PAK", "EDU", "043", "KAZ", "GOV", "2023-06-01", 1, 2.8, city("Islamabad")), // society
		ev("d", "PAK", "", "112", "KAZ", "", "2023-06-03", 3, -2, nil),
		ev("e", "KAZ", "", "042", "PAK", "", "", 1, 1.9, nil),
	}
	facts := []dyad.Fact{{A: "PAK", B: "KAZ", Kind: dyad.FactTiesSince, Value: "1992", Text: "Ties go back to 1992."}}
	if err := st.PutArticle(context.Background(), &dyad.Article{ID: "s", Text: "story"}, evs, facts); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestBuild(t *testing.T) {
	st := pairStore(t)
	capital := func(c string) (string, bool) {
		return map[string]string{"PAK": "Islamabad", "KAZ": "Astana"}[c], c == "PAK" || c == "KAZ"
	}
	rep, err := Build(context.Background(), st, "PAK", "KAZ", Options{Capital: capital, TopCodes: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.By != dyad.PeriodMonth {
		t.Errorf("by %q, want month", rep.By)
	}
	var periods []string
	for _, p := range rep.Periods {
		periods = append(periods, p.Period+" "+p.Direction)
	}
	if want := []string{"2023-05 KAZ->PAK", "2023-06 PAK->KAZ"}; !slices.Equal(periods, want) {
		t.Errorf("periods %v, want %v (the undated visit in none)", periods, want)
	}
	// One code a direction; the undated visit counts among the codes.
	if len(rep.TopCodes) != 2 || rep.TopCodes[0].Code != "042" || rep.TopCodes[0].Events != 3 ||
		rep.TopCodes[0].Name != "Make a visit" || rep.TopCodes[1].Direction != "PAK->KAZ" {
		t.Errorf("top codes %+v", rep.TopCodes)
	}
	if len(rep.Facts) != 1 || rep.Facts[0].Value != "1992" {
		t.Errorf("facts %+v", rep.Facts)
	}
	// Public diplomacy: the visit to Multan and the university's welcome,
	// not the visit to the capital, not the complaint.
	d := rep.PublicDiplomacy
	var ids []string
	for _, e := range d.Events {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, []string{"c", "a"}) {
		t.Errorf("public diplomacy events %v, want [c a], newest first", ids)
	}
	if want := []PeriodEvents{{"2023-05", 1}, {"2023-06", 1}}; !slices.Equal(d.Periods, want) {
		t.Errorf("public diplomacy periods %v, want %v", d.Periods, want)
	}
	// Without capitals every city is beyond one; MaxEvents caps the list,
	// not the counts.
	rep, err = Build(context.Background(), st, "PAK", "KAZ", Options{By: dyad.PeriodYear, MaxEvents: 1})
	if err != nil {
		t.Fatal(err)
	}
	if d := rep.PublicDiplomacy; len(d.Events) != 1 || len(d.Periods) != 1 || d.Periods[0] != (PeriodEvents{"2023", 3}) {
		t.Errorf("without capitals: %+v", d)
	}
	var out strings.Builder
	rep.Write(&out)
	for _, want := range []string{"Relations PAK-KAZ", "ties since", "1992", "2023", "KAZ->PAK"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBuildErrors(t *testing.T) {
	st := pairStore(t)
	if _, err := Build(context.Background(), st, "PAK", "KAZ", Options{By: "fortnight"}); err == nil || !strings.Contains(err.Error(), "fortnight") {
		t.Errorf("unknown period: %v", err)
	}
	// A pair with nothing stored has empty lists, not nil ones (JSON [],
	// not null).
	rep, err := Build(context.Background(), st, "USA", "CHN", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Periods == nil || rep.TopCodes == nil || rep.Facts == nil || rep.PublicDiplomacy.Events == nil || rep.PublicDiplomacy.Periods == nil {
		t.Errorf("empty report has nil lists: %+v", rep)
	}
}
