package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
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

// BenchmarkBulkLoad stores 20,000 articles of nine events each into an
// empty store in batches of 2,048, as dyad ingest does, with the query
// indexes kept up or deferred and built at the end.
func BenchmarkBulkLoad(b *testing.B) {
	const articles, batchSize, perArticle = 20000, 2048, 9
	ctx := context.Background()
	r := rand.New(rand.NewPCG(1, 2))
	var all []dyad.Coded
	for i := range articles {
		a, evs := benchArticle(r, i, perArticle)
		all = append(all, dyad.Coded{Article: a, Events: evs, Facts: []dyad.Fact{ties(a.ID)}})
	}
	for _, bulk := range []bool{false, true} {
		name := map[bool]string{false: "kept", true: "deferred"}[bulk]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				s, err := Open(filepath.Join(b.TempDir(), "dyad.db"), Options{})
				if err != nil {
					b.Fatal(err)
				}
				if bulk {
					if err := s.DeferIndexes(ctx); err != nil {
						b.Fatal(err)
					}
				}
				for i := 0; i < len(all); i += batchSize {
					if err := s.PutArticles(ctx, all[i:min(i+batchSize, len(all))]); err != nil {
						b.Fatal(err)
					}
				}
				if err := s.BuildIndexes(ctx); err != nil {
					b.Fatal(err)
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*articles), "µs/article")
		})
	}
}
