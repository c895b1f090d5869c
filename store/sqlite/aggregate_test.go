package sqlite

import (
	"context"
	"reflect"
	"testing"

	"github.com/dyadcoder/dyad"
)

// aggregateStore holds events between KAZ, PAK and CHN with roles, places
// and Goldstein values, for the aggregate queries.
func aggregateStore(t *testing.T) *Store {
	t.Helper()
	s, _ := openTemp(t, Options{})
	ev := func(id, src, srcRole, tgt, tgtRole, code, date string, quad int, g float64, place *dyad.Place) dyad.Event {
		e := filterEvent(id, src+srcRole, src, tgt+tgtRole, tgt, code, date, quad, place)
		e.Goldstein = g
		e.Source.Roles, e.Target.Roles = []string{}, []string{}
		if srcRole != "" {
			e.Source.Roles = []string{srcRole}
		}
		if tgtRole != "" {
			e.Target.Roles = []string{tgtRole}
		}
		return e
	}
	islamabad := &dyad.Place{Name: "Islamabad", GeonamesID: 1176615, Country: "PAK", Lat: 33.72, Lon: 73.04, Precision: "city"}
	evs := []dyad.Event{
		ev("e1", "KAZ", "GOV", "PAK", "", "042", "2023-05-28", 1, 1.9, multan),    // visit outside the capital
		ev("e2", "PAK", "", "KAZ", "GOV", "043", "2023-05-28", 1, 2.8, multan),    // the host, of the same visit
		ev("e3", "PAK", "EDU", "KAZ", "GOV", "043", "2023-05-29", 1, 2.8, lahore), // society engaged
		ev("e4", "KAZ", "GOV", "PAK", "GOV", "042", "2023-06-02", 1, 1.9, islamabad),
		ev("e5", "KAZ", "", "PAK", "", "112", "2023-06-03", 3, -2, nil),
		ev("e6", "PAK", "MIL", "KAZ", "", "190", "2024-01-01", 4, -10, kazakhstan),
		ev("e7", "CHN", "GOV", "PAK", "GOV", "057", "2023-06-10", 2, 8, nil),
		ev("e8", "KAZ", "", "PAK", "", "042", "", 1, 1.9, nil), // undated
	}
	if err := s.PutArticle(context.Background(), &dyad.Article{ID: "f", Text: "synthetic"}, evs, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPeriods(t *testing.T) {
	ctx := context.Background()
	s := aggregateStore(t)
	pair := dyad.Filter{Dyad: [2]string{"PAK", "KAZ"}}
	got, err := s.Periods(ctx, pair, dyad.PeriodMonth)
	if err != nil {
		t.Fatal(err)
	}
	want := []dyad.PeriodCount{
		{Period: "2023-05", Direction: "KAZ->PAK", Quad: [4]int{1, 0, 0, 0}, Events: 1, Goldstein: 1.9},
		{Period: "2023-05", Direction: "PAK->KAZ", Quad: [4]int{2, 0, 0, 0}, Events: 2, Goldstein: 2.8},
		{Period: "2023-06", Direction: "KAZ->PAK", Quad: [4]int{1, 0, 1, 0}, Events: 2, Goldstein: -0.05},
		{Period: "2024-01", Direction: "PAK->KAZ", Quad: [4]int{0, 0, 0, 1}, Events: 1, Goldstein: -10},
	}
	// Means are compared to within rounding.
	for i := range min(len(got), len(want)) {
		if near(got[i].Goldstein, want[i].Goldstein) {
			got[i].Goldstein = want[i].Goldstein
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("by month:\n got %+v\nwant %+v", got, want)
	}
	for by, first := range map[dyad.Period]string{dyad.PeriodDay: "2023-05-28", dyad.PeriodWeek: "2023-W21", dyad.PeriodYear: "2023"} {
		got, err := s.Periods(ctx, pair, by)
		if err != nil || len(got) == 0 || got[0].Period != first {
			t.Errorf("by %s: %+v, %v; want the first period %s", by, got, err, first)
		}
	}
	if _, err := s.Periods(ctx, pair, "fortnight"); err == nil {
		t.Error("an unknown period gave no error")
	}
	// Public diplomacy: KAZGOV in Multan (not the capital), as source and
	// as target, PAKEDU with KAZGOV; not KAZGOV in Islamabad, the capital.
	d := &dyad.Diplomacy{Gov: "GOV", Society: []string{"EDU", "BUS"}, Capitals: map[string]string{"PAK": "Islamabad", "KAZ": "Astana"}}
	evs, err := s.Events(ctx, dyad.Filter{Dyad: pair.Dyad, Diplomacy: d})
	if err != nil {
		t.Fatal(err)
	}
	if ids := eventIDs(evs); !reflect.DeepEqual(ids, []string{"e3", "e2", "e1"}) {
		t.Errorf("public diplomacy: %v, want e3 e2 e1 (newest first)", ids)
	}
	// Without the capital known, Islamabad is a city like the others.
	d.Capitals = nil
	evs, err = s.Events(ctx, dyad.Filter{Dyad: pair.Dyad, Diplomacy: d})
	if ids := eventIDs(evs); err != nil || !reflect.DeepEqual(ids, []string{"e4", "e3", "e2", "e1"}) {
		t.Errorf("public diplomacy without capitals: %v, %v; want e4 to e1", ids, err)
	}
}

func eventIDs(evs []dyad.StoredEvent) []string {
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestCodesPartnersCountries(t *testing.T) {
	ctx := context.Background()
	s := aggregateStore(t)
	codes, err := s.Codes(ctx, dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}}, 1)
	if err != nil {
		t.Fatal(err)
	}
	wantCodes := []dyad.CodeCount{{Direction: "KAZ->PAK", Code: "042", Events: 3}, {Direction: "PAK->KAZ", Code: "043", Events: 2}}
	if !reflect.DeepEqual(codes, wantCodes) {
		t.Errorf("codes: %+v, want %+v", codes, wantCodes)
	}
	if _, err := s.Codes(ctx, dyad.Filter{}, 0); err == nil {
		t.Error("0 codes a direction gave no error")
	}
	partners, err := s.Partners(ctx, "PAK", 10)
	if err != nil {
		t.Fatal(err)
	}
	wantPartners := []dyad.Partner{
		{Country: "KAZ", Events: 7, Cooperation: 5, Conflict: 2, Goldstein: (1.9 + 2.8 + 2.8 + 1.9 - 2 - 10 + 1.9) / 7},
		{Country: "CHN", Events: 1, Cooperation: 1, Goldstein: 8},
	}
	if len(partners) != 2 || partners[1] != wantPartners[1] || partners[0].Country != "KAZ" || partners[0].Events != 7 ||
		partners[0].Cooperation != 5 || partners[0].Conflict != 2 || !near(partners[0].Goldstein, wantPartners[0].Goldstein) {
		t.Errorf("partners of PAK: %+v, want %+v", partners, wantPartners)
	}
	if p, err := s.Partners(ctx, "PAK", 1); err != nil || len(p) != 1 {
		t.Errorf("one partner: %+v, %v", p, err)
	}
	countries, err := s.Countries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantCountries := []dyad.CountryCount{{Country: "PAK", Events: 8}, {Country: "KAZ", Events: 7}, {Country: "CHN", Events: 1}}
	if !reflect.DeepEqual(countries, wantCountries) {
		t.Errorf("countries: %+v, want %+v", countries, wantCountries)
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func TestPlacesAndEvent(t *testing.T) {
	ctx := context.Background()
	s := aggregateStore(t)
	places, err := s.Places(ctx, dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}}, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []dyad.PlaceCount{
		{Name: "Multan", Country: "PAK", Lat: multan.Lat, Lon: multan.Lon, Precision: "city", Events: 2, Quad: [4]int{2, 0, 0, 0}},
		{Name: "Islamabad", Country: "PAK", Lat: 33.72, Lon: 73.04, Precision: "city", Events: 1, Quad: [4]int{1, 0, 0, 0}},
	}
	if !reflect.DeepEqual(places, want) {
		t.Errorf("places:\n got %+v\nwant %+v", places, want)
	}
	e, ok, err := s.Event(ctx, "e3")
	if err != nil || !ok || e.Source.Code != "PAKEDU" || e.Place == nil || e.Place.Name != "Lahore" || e.NumMentions != 1 {
		t.Errorf("Event(e3) = %+v, %v, %v", e, ok, err)
	}
	if e, ok, err := s.Event(ctx, "nope"); e != nil || ok || err != nil {
		t.Errorf("Event(nope) = %+v, %v, %v; want nil, false, nil", e, ok, err)
	}
}
