package server

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/dyadcoder/dyad/cameo"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// benchEvents is the size of the benchmarks' store.
const benchEvents = 1_000_000

// benchCountries are the countries of the synthetic events, the first the
// busiest: a country's share of events goes as 1/rank, so that USA-CHN is
// the busiest pair (7% of the events), RUS-UKR a busy one (0.9%) and
// PAK-KAZ a middling one (0.05%).
var benchCountries = []string{"USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND",
	"PAK", "TUR", "JPN", "KOR", "PRK", "SAU", "SYR", "AFG", "EGY", "BRA",
	"KAZ", "NGA", "ZAF", "KEN", "MEX", "CAN", "AUS", "IDN", "VNM", "PHL",
	"ITA", "ESP", "POL", "IRQ", "LBN", "YEM", "ETH", "SDN", "VEN", "COL"}

// benchRoles are the actors' roles, "" most often.
var benchRoles = []string{"", "", "", "GOV", "GOV", "MIL", "BUS", "EDU", "MED", "CVL", "REB", "OPP"}

// benchCities are the places of the events in a country: its capital and
// another city (named after the country, for brevity).
var benchCities = []string{"capital", "second city"}

// The synthetic store is built once for all the benchmarks of a run, in a
// temporary folder that TestMain removes (or at $DYAD_BENCH_DB, kept).
var (
	benchOnce sync.Once
	benchDir  string
	benchPath string
	benchErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchStore returns the store of benchEvents synthetic events.
func benchStore(b *testing.B) *sqlite.Store {
	b.Helper()
	benchOnce.Do(func() {
		// DYAD_BENCH_DB names a database to keep and reuse across runs.
		if benchPath = os.Getenv("DYAD_BENCH_DB"); benchPath != "" {
			if _, err := os.Stat(benchPath); err == nil {
				return
			}
		} else {
			if benchDir, benchErr = os.MkdirTemp("", "dyad-bench-"); benchErr != nil {
				return
			}
			benchPath = filepath.Join(benchDir, "dyad.db")
		}
		start := time.Now()
		if benchErr = buildBenchDB(benchPath, benchEvents); benchErr != nil {
			return
		}
		fi, err := os.Stat(benchPath)
		if benchErr = err; err == nil {
			b.Logf("built %d events in %s: %.0f MB", benchEvents, time.Since(start).Round(time.Millisecond), float64(fi.Size())/1e6)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	st, err := sqlite.Open(benchPath, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// buildBenchDB creates the store's schema at path and bulk-inserts n
// synthetic events (ten an article) in one transaction, with the events'
// indexes dropped during the inserts and made again after: SQLite builds
// an index from sorted rows far faster than it inserts into it row by row.
func buildBenchDB(path string, n int) error {
	st, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	ctx := context.Background()
	var indexes []string
	rows, err := db.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			rows.Close()
			return err
		}
		names, indexes = append(names, name), append(indexes, q)
	}
	rows.Close()
	for _, name := range names {
		if _, err := db.ExecContext(ctx, `DROP INDEX `+name); err != nil {
			return err
		}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	insArticle, err := tx.PrepareContext(ctx, `INSERT INTO articles (id, file, line, url, title, publisher,
		date, date_precision, text) VALUES (?, '', 0, '', '', ?, ?, 'day', ?)`)
	if err != nil {
		return err
	}
	insEvent, err := tx.PrepareContext(ctx, `INSERT INTO events (id, article_id, sentence, span_start, span_end,
		text, date, date_precision,
		source_code, source_country, source_roles, source_name, source_text, source_start, source_end,
		target_code, target_country, target_roles, target_name, target_text, target_start, target_end,
		code, root, quad_class, goldstein, plover,
		place_name, place_country, place_lat, place_lon, place_precision, place_key,
		mode, evidence, source_kind, target_kind, num_mentions, num_articles, num_sources)
		VALUES (?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, '', ?, ?, ?, ?, ?, ?, '', ?, ?, ?,
		?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, '', ?, nullif(?, ''), nullif(?, ''), 1, 1, 1)`)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(6, 1_000_000))
	weights := make([]float64, len(benchCountries))
	total := 0.0
	for i := range weights {
		total += 1 / float64(i+1)
		weights[i] = total
	}
	country := func() string {
		i, _ := slices.BinarySearch(weights, r.Float64()*total)
		return benchCountries[min(i, len(weights)-1)]
	}
	codes := cameo.All()
	day0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	id := make([]byte, 16)
	var article string
	for i := range n {
		if i%10 == 0 {
			article = fmt.Sprintf("a%07d", i/10)
			if _, err := insArticle.ExecContext(ctx, article, fmt.Sprintf("P%d", i%97),
				day0.Format(time.RFC3339), "Synthetic article."); err != nil {
				return err
			}
		}
		src, tgt := country(), country()
		for tgt == src {
			tgt = country()
		}
		srcRole, tgtRole := benchRoles[r.IntN(len(benchRoles))], benchRoles[r.IntN(len(benchRoles))]
		c := codes[r.IntN(len(codes))]
		date := day0.AddDate(0, 0, r.IntN(6*365)).Format(time.DateOnly)
		var (
			placeName, placeCountry, placePrecision any
			lat, lon                                any
			placeKey                                string
		)
		switch p := r.IntN(10); {
		case p < 5:
			city := benchCities[r.IntN(len(benchCities))]
			placeName, placeCountry, placePrecision = tgt+" "+city, tgt, "city"
			// A city stays where it is: its position is drawn from its name.
			h := fnv.New32a()
			h.Write([]byte(tgt + city))
			lat, lon, placeKey = float64(h.Sum32()%180)-90, float64(h.Sum32()/180%360)-180, "g:"+tgt+city
		case p < 7:
			placeName, placeCountry, placePrecision = tgt, tgt, "country"
			lat, lon, placeKey = 10.0, 20.0, "c:"+tgt
		}
		for j := range id {
			id[j] = byte(r.Uint32())
		}
		text := src + " " + c.Name + " " + tgt + "."
		roles := func(role string) string {
			if role == "" {
				return "[]"
			}
			return `["` + role + `"]`
		}
		sentence := i % 10
		srcEnd, tgtStart := len(src), len(text)-1-len(tgt)
		evidence := fmt.Sprintf(`{"pattern":"X","words":"x","spans":[{"start":%d,"end":%d}]}`, srcEnd+1, srcEnd+2)
		if _, err := insEvent.ExecContext(ctx, hex.EncodeToString(id), article, sentence, 0, len(text),
			text, date,
			src+srcRole, src, roles(srcRole), src, 0, srcEnd,
			tgt+tgtRole, tgt, roles(tgtRole), tgt, tgtStart, len(text)-1,
			c.Code, c.Root, c.Quad, c.Goldstein,
			placeName, placeCountry, lat, lon, placePrecision, placeKey,
			evidence, srcRole, tgtRole); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	for _, q := range indexes {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	_, err = db.ExecContext(ctx, `ANALYZE`)
	return err
}

// BenchmarkAPI times requests to a store of a million synthetic events and
// reports the median and 99th percentile latency of each, in milliseconds.
func BenchmarkAPI(b *testing.B) {
	st := benchStore(b)
	h := New(st, Options{Capital: func(c string) (string, bool) { return c + " capital", true }})
	for _, bm := range []struct{ name, path string }{
		{"relations-busiest-pair", "/api/relations?a=USA&b=CHN&by=month"},
		{"relations-busiest-pair-week", "/api/relations?a=USA&b=CHN&by=week"},
		{"relations-busy-pair", "/api/relations?a=RUS&b=UKR&by=month"},
		{"relations-middling-pair", "/api/relations?a=PAK&b=KAZ&by=month"},
		{"events-dyad-root", "/api/events?dyad=USA,CHN&root=04&limit=50"},
		{"events-quad-dates", "/api/events?quad=4&from=2023-01-01&to=2023-06-30&limit=50"},
		{"events-actor-place-country", "/api/events?actor=RUS&country=UKR&limit=50"},
		{"events-rare-filter", "/api/events?dyad=COL,VEN&quad=4&from=2024-01-01&limit=50"},
		// What the dashboard asks first: the countries, a country's
		// partners, the world map's places.
		{"countries", "/api/countries"},
		{"partners-busiest-country", "/api/countries/USA/partners"},
		{"places-all", "/api/places"},
		{"places-quad", "/api/places?quad=4"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			// One request first, as a server that has answered before:
			// the first reads its pages from the file.
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, bm.path, nil))
			var lat []time.Duration
			size := 0
			for b.Loop() {
				w := httptest.NewRecorder()
				start := time.Now()
				h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, bm.path, nil))
				lat = append(lat, time.Since(start))
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d %s", bm.path, w.Code, w.Body)
				}
				size = w.Body.Len()
			}
			slices.Sort(lat)
			ms := func(q float64) float64 {
				return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(ms(0.50), "p50-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
			b.ReportMetric(float64(size), "bytes/response")
		})
	}
}
