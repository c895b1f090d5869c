package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/dyadcoder/dyad"
)

// benchCountries are the countries of the synthetic events.
var benchCountries = []string{"AFG", "CHN", "DEU", "FRA", "GBR", "IND", "IRN", "ISR", "JPN", "KAZ",
	"KOR", "PAK", "PRK", "RUS", "SAU", "SYR", "TUR", "UKR", "USA", "ZAF"}

// benchRoots are CAMEO's twenty roots.
var benchRoots = []string{"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
	"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}

// benchArticle returns the i-th synthetic article with n events drawn
// from r: random dyads, codes and dates over four years, so few merge.
func benchArticle(r *rand.Rand, i, n int) (*dyad.Article, []dyad.Event) {
	id := fmt.Sprintf("b%08d", i)
	a := &dyad.Article{ID: id, Publisher: fmt.Sprintf("P%d", i%50), Text: visitText}
	evs := make([]dyad.Event, n)
	for j := range evs {
		ev := visit(id, "")
		ev.ID = fmt.Sprintf("%s-%02d", id, j)
		src, tgt := benchCountries[r.IntN(len(benchCountries))], benchCountries[r.IntN(len(benchCountries))]
		ev.Source.Code, ev.Source.Country = src+"GOV", src
		ev.Target.Code, ev.Target.Country = tgt, tgt
		ev.Root = benchRoots[r.IntN(len(benchRoots))]
		ev.Code = ev.Root + fmt.Sprint(r.IntN(5))
		ev.QuadClass = 1 + r.IntN(4)
		ev.Date = fmt.Sprintf("%d-%02d-%02d", 2020+r.IntN(4), 1+r.IntN(12), 1+r.IntN(28))
		if r.IntN(2) == 0 {
			ev.Place = lahore
		}
		evs[j] = ev
	}
	return a, evs
}

// BenchmarkPutArticle stores articles of five events each, one transaction
// an article.
func BenchmarkPutArticle(b *testing.B) {
	ctx := context.Background()
	s, _ := openTemp(b, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a, evs := benchArticle(r, i, 5)
		if err := s.PutArticle(ctx, a, evs, []dyad.Fact{ties(a.ID)}); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(i), "µs/article")
}

// BenchmarkEvents queries a store of 100,000 synthetic events.
func BenchmarkEvents(b *testing.B) {
	const articles, perArticle = 10000, 10
	ctx := context.Background()
	s, _ := openTemp(b, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	for i := range articles {
		a, evs := benchArticle(r, i, perArticle)
		if err := s.PutArticle(ctx, a, evs, nil); err != nil {
			b.Fatal(err)
		}
	}
	_, n, _, err := s.Counts(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d stored events", n)
	for _, bm := range []struct {
		name string
		f    dyad.Filter
	}{
		{"dyad", dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}}},
		{"dyad-page", dyad.Filter{Dyad: [2]string{"KAZ", "PAK"}, Limit: 100}},
		{"root", dyad.Filter{Root: "04"}},
		{"root-page", dyad.Filter{Root: "04", Limit: 100}},
		{"root-year-page", dyad.Filter{Root: "19", From: day(b, "2022-01-01"), To: day(b, "2022-12-31"), Limit: 100}},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			rows := 0
			for b.Loop() {
				evs, err := s.Events(ctx, bm.f)
				if err != nil {
					b.Fatal(err)
				}
				rows = len(evs)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/query")
			b.ReportMetric(float64(rows), "events/query")
		})
	}
}

// BenchmarkPutArticles stores batches of 64 articles of nine events each,
// one transaction a batch, as dyad ingest does.
func BenchmarkPutArticles(b *testing.B) {
	const batchSize, perArticle = 64, 9
	ctx := context.Background()
	s, _ := openTemp(b, Options{})
	r := rand.New(rand.NewPCG(1, 2))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		batch := make([]dyad.Coded, batchSize)
		for j := range batch {
			a, evs := benchArticle(r, i, perArticle)
			batch[j] = dyad.Coded{Article: a, Events: evs, Facts: []dyad.Fact{ties(a.ID)}}
			i++
		}
		if err := s.PutArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(i), "µs/article")
}
