package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/server"
	"github.com/dyadcoder/dyad/server/web"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/store/sqlite"
)

// The shared seed article, when ../shared is there (the repository's parent).
const multan = "../../../shared/examples/multan-visit.txt"

// chromium returns the browser to drive: $DYAD_CHROMIUM, else Debian's
// chromium on the PATH. Without one the browser tests are skipped, unless
// $DYAD_REQUIRE_BROWSER is set (as .ci/run does), which fails them.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	p, err := exec.LookPath("chromium")
	if err == nil {
		return p
	}
	if os.Getenv("DYAD_REQUIRE_BROWSER") != "" {
		t.Fatalf("no chromium on the PATH and DYAD_REQUIRE_BROWSER is set: apt-get install chromium")
	}
	t.Skip("browser test skipped: no chromium installed (apt-get install chromium, or set DYAD_CHROMIUM)")
	return ""
}

// The coder and its data, loaded once for every test.
var (
	coderOnce sync.Once
	theCoder  *coder.Coder
	theDict   *lexicon.Dict
	thePlaces *geo.Gazetteer
	coderErr  error
)

// ingest codes the articles at paths, or arts, with the default
// dictionaries and the gazetteer, and stores them, as dyad ingest does.
func ingest(t *testing.T, st dyad.Store, paths []string, arts ...*dyad.Article) {
	t.Helper()
	coderOnce.Do(func() {
		if theDict, coderErr = lexicon.Default(); coderErr != nil {
			return
		}
		if thePlaces, coderErr = geo.Load(); coderErr != nil {
			return
		}
		theCoder = coder.New(theDict, coder.Options{Places: thePlaces})
	})
	if coderErr != nil {
		t.Fatalf("load the coder: %v", coderErr)
	}
	if len(paths) > 0 {
		errs, err := source.Read(paths, source.Options{}, func(a *dyad.Article) error {
			arts = append(arts, a)
			return nil
		})
		if err != nil || len(errs) > 0 {
			t.Fatalf("read %v: %v %v", paths, err, errs)
		}
	}
	for _, a := range arts {
		sents := coder.Analyze(a)
		if err := st.PutArticle(context.Background(), a, theCoder.CodeSentences(a, sents), theCoder.Relations(a, sents)); err != nil {
			t.Fatalf("store %s: %v", a.ID, err)
		}
	}
}

// dashboard serves a new store, filled by fill, with the real API and the
// real dashboard.
func dashboard(t *testing.T, fill func(dyad.Store)) (dyad.Store, string) {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	fill(st)
	// Options as dyad serve gives them.
	srv := httptest.NewServer(server.New(st, server.Options{
		Dashboard: web.Files,
		Capital:   theDict.Capital,
		Name:      thePlaces.CountryName,
	}))
	t.Cleanup(srv.Close)
	return st, srv.URL
}

// browser starts headless Chromium as the machine's notes say it runs here
// (a fresh profile, no background networking) and fails the test on any
// uncaught exception or console error in the page.
func browser(t *testing.T) context.Context {
	t.Helper()
	exe := chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancel()
		cancelAlloc()
	})
	msgs := chromedp.Console(ctx)
	done := make(chan []string)
	go func() {
		var problems []string
		for m, err := range msgs {
			if err != nil {
				break
			}
			if m.Type == chromedp.ConsoleException || m.Type == chromedp.ConsoleError {
				problems = append(problems, m.String())
			}
		}
		done <- problems
	}()
	t.Cleanup(func() {
		cancel()
		for _, p := range <-done {
			t.Errorf("in the page: %s", p)
		}
	})
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return ctx
}

// pick chooses value in the select sel as a user does, and waits for the
// view the choice leads to.
func pick(sel, value, param string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitReady(chromedp.CSS(sel+` option[value="`+value+`"]`)),
		chromedp.SetValue(chromedp.CSS(sel), value),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`void document.querySelector(%q).dispatchEvent(new Event("change"))`, sel)),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`location.hash.includes(%q) && document.querySelector(%q) && document.querySelector(%q).value === %q`,
			param+"="+value, sel, sel, value)),
	)
}

// shown is what the page shows of one event card's evidence.
type shown struct {
	ID, Text, Source, Target string
	Verbs                    []string
}

const readCards = `[...document.querySelectorAll('.events-under .event-card')].map((c) => {
  const q = c.querySelector('blockquote.evidence');
  const marks = (k) => [...q.querySelectorAll('mark.seg-' + k)].map((m) => m.textContent);
  return {ID: c.dataset.id, Text: q.textContent, Source: marks('source').join(' '), Target: marks('target').join(' '), Verbs: marks('verb')};
})`

// artifactDir is where the test's screenshots go: t.ArtifactDir (kept
// with go test -artifacts -outputdir DIR), or $DYAD_TEST_OUTPUT/TEST when
// set.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("DYAD_TEST_OUTPUT"); d != "" {
		d = filepath.Join(d, t.Name())
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.ArtifactDir()
}

// run runs an action in the page and returns its value, failing the test
// on an error.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// do runs actions in order, failing the test on an error.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// shot saves a full-page PNG screenshot.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	png := run(t, ctx, "screenshot", chromedp.FullScreenshot(100))
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDashboardRelations ingests the examples, opens the dashboard in
// Chromium, picks a pair of countries and checks that the timeline, the
// pair's facts and each event's evidence sentence, with its actors and verb
// highlighted, render; then visits the other views and saves screenshots.
func TestDashboardRelations(t *testing.T) {
	paths := []string{"../../examples"}
	a, b := "KAZ", "TUR"
	if _, err := os.Stat(multan); err == nil {
		paths = append(paths, multan)
		a, b = "PAK", "KAZ"
	} else {
		t.Logf("%s not found: checking %s-%s from the bundled examples instead", multan, a, b)
	}
	st, url := dashboard(t, func(st dyad.Store) { ingest(t, st, paths) })
	evs, err := st.Events(context.Background(), dyad.Filter{Dyad: [2]string{a, b}})
	if err != nil || len(evs) == 0 {
		t.Fatalf("the store holds %d %s-%s events (%v)", len(evs), a, b, err)
	}
	ctx := browser(t)
	start := time.Now()
	dir := artifactDir(t)

	do(t, ctx, "relations view",
		chromedp.Navigate(url+"/#/relations"),
		pick("#pick-a", a, "a"),
		pick("#pick-b", b, "b"),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline .bar rect`)),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('.events-under .event-card').length === %d`, len(evs))),
	)
	lanes := run(t, ctx, "timeline", chromedp.Evaluate[map[string]int](
		`Object.fromEntries([...document.querySelectorAll('svg.timeline .lane')].map((g) => [g.dataset.direction, g.querySelectorAll('.bar rect').length]))`))
	cards := run(t, ctx, "event cards", chromedp.Evaluate[[]shown](readCards))
	profile := run(t, ctx, "profile", chromedp.TextContent(chromedp.CSS(`.profile`)))

	want := map[string]int{}
	for _, ev := range evs {
		want[ev.Source.Country+"->"+ev.Target.Country]++
	}
	for dir, n := range want {
		if lanes[dir] == 0 {
			t.Errorf("timeline lane %s has no bars; the store has %d events that way (lanes: %v)", dir, n, lanes)
		}
	}
	byID := map[string]dyad.StoredEvent{}
	for _, ev := range evs {
		byID[ev.ID] = ev
	}
	for _, c := range cards {
		ev, ok := byID[c.ID]
		if !ok {
			t.Errorf("card %s is no %s-%s event", c.ID, a, b)
			continue
		}
		if c.Text != ev.Text {
			t.Errorf("%s: evidence shows %q, want the sentence %q", c.ID, c.Text, ev.Text)
		}
		if ev.Source.Span != ev.Target.Span && (c.Source != ev.Source.Text || c.Target != ev.Target.Text) {
			t.Errorf("%s: highlighted source %q, target %q; want %q, %q", c.ID, c.Source, c.Target, ev.Source.Text, ev.Target.Text)
		}
		if strings.Join(c.Verbs, " ") != ev.Evidence.Words {
			t.Errorf("%s: highlighted verb %q, want the evidence's words %q", c.ID, c.Verbs, ev.Evidence.Words)
		}
	}
	if a == "PAK" {
		for _, s := range []string{"1992", "Shanghai Cooperation Organization", "trade", "education", "tourism"} {
			if !strings.Contains(profile, s) {
				t.Errorf("the pair's profile lacks %q:\n%s", s, profile)
			}
		}
		var visit bool
		for _, c := range cards {
			visit = visit || (strings.Contains(c.Text, "visited Multan") && c.Source == "The Ambassador of Kazakhstan to Pakistan" && strings.Join(c.Verbs, " ") == "visited")
		}
		if !visit {
			t.Errorf("no card shows the ambassador's visit with actor and verb highlighted: %+v", cards)
		}
	}
	shot(t, ctx, filepath.Join(dir, "relations.png"))

	// Events: the first event's --explain detail.
	ev := evs[0]
	do(t, ctx, "events view",
		chromedp.Navigate(url+"/#/events?dyad="+a+","+b),
		chromedp.Click(chromedp.CSS(`.events-table tr[data-id="`+ev.ID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#event-detail .pattern`)),
	)
	// The table lists the pair's events as the store pages them, newest
	// first.
	rows := run(t, ctx, "events order", chromedp.Evaluate[[]string](`[...document.querySelectorAll('.events-table tbody tr')].map((r) => r.dataset.id)`))
	var stored []string
	for _, e := range evs {
		stored = append(stored, e.ID)
	}
	if !slices.Equal(rows, stored) {
		t.Errorf("events table rows %v, want the store's order, newest first, %v", rows, stored)
	}
	pattern := run(t, ctx, "pattern", chromedp.TextContent(chromedp.CSS(`#event-detail .pattern`)))
	words := run(t, ctx, "words", chromedp.TextContent(chromedp.CSS(`#event-detail .words`)))
	if pattern != ev.Evidence.Pattern || words != ev.Evidence.Words {
		t.Errorf("explain shows pattern %q, words %q; want %q, %q", pattern, words, ev.Evidence.Pattern, ev.Evidence.Words)
	}
	shot(t, ctx, filepath.Join(dir, "events.png"))

	// Map: zoomed to the first country, its places drawn.
	do(t, ctx, "map view",
		chromedp.Navigate(url+"/#/map?country="+a),
		chromedp.WaitVisible(chromedp.CSS(`svg.world path.country.selected[data-code="`+a+`"]`)),
		chromedp.Sleep(600*time.Millisecond), // the zoom's animation
	)
	if n := run(t, ctx, "places", chromedp.Evaluate[int](`document.querySelectorAll('svg.world circle.place').length`)); n == 0 {
		t.Errorf("the map shows no places")
	}
	// The shapes without an ISO number can be picked too: Kosovo as KSV,
	// Somaliland and Northern Cyprus as parts of Somalia and Cyprus.
	codes := run(t, ctx, "unnumbered shapes", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('svg.world path.country')].filter((p) => /^(Kosovo|Somaliland|N\. Cyprus)/.test(p.textContent)).map((p) => p.dataset.code).sort()`))
	if !slices.Equal(codes, []string{"CYP", "KSV", "SOM"}) {
		t.Errorf("Kosovo, Somaliland and Northern Cyprus have codes %v, want CYP, KSV, SOM", codes)
	}
	shot(t, ctx, filepath.Join(dir, "map.png"))

	// Country: the pair's other side among the partners.
	do(t, ctx, "country view",
		chromedp.Navigate(url+"/#/country?code="+a),
		chromedp.WaitVisible(chromedp.CSS(`table.partners`)),
	)
	if partners := run(t, ctx, "partners", chromedp.TextContent(chromedp.CSS(`table.partners`))); !strings.Contains(partners, "("+b+")") {
		t.Errorf("%s's partners lack %s:\n%s", a, b, partners)
	}
	t.Logf("browser checks took %v; screenshots in %s", time.Since(start).Round(time.Millisecond), dir)
}

// TestDashboardScriptInArticle stores an article whose text and title hold
// markup and script, shows its events in the Relations and Events views and
// the article itself, and checks that the markup shows as text and nothing
// of it becomes an element or runs.
func TestDashboardScriptInArticle(t *testing.T) {
	const (
		script = `<script>window.dyadPwned=1</script>`
		img    = `<img src=x onerror="window.dyadPwned=2">`
		bold   = `<b onmouseover="window.dyadPwned=3">warmly</b>`
	)
	art := &dyad.Article{
		ID:    "markup",
		Title: script + " title",
		Text:  "Kazakhstan praised Pakistan " + script + " for its support. " + img + " Pakistan thanked Kazakhstan " + bold + ".",
		Date:  time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
		URL:   "javascript:window.dyadPwned=4",
	}
	st, url := dashboard(t, func(st dyad.Store) { ingest(t, st, nil, art) })
	evs, err := st.Events(context.Background(), dyad.Filter{Dyad: [2]string{"PAK", "KAZ"}})
	if err != nil || len(evs) < 2 {
		t.Fatalf("want both sentences coded as PAK-KAZ events, got %d (%v)", len(evs), err)
	}
	ctx := browser(t)
	type page struct {
		Pwned    bool
		Elements int
		Scripts  int
		Text     string
	}
	check := func(view string) {
		t.Helper()
		r := run(t, ctx, view, chromedp.Evaluate[page](`({
			Pwned: window.dyadPwned !== undefined,
			Elements: document.querySelectorAll('main img, main b, main script, main [onerror], main [onmouseover], a[href^="javascript:"]').length,
			Scripts: document.scripts.length,
			Text: document.querySelector('main').textContent,
		})`))
		if r.Pwned {
			t.Errorf("%s: the article's script ran", view)
		}
		if r.Elements > 0 || r.Scripts != 1 {
			t.Errorf("%s: the article's markup became %d elements and %d scripts (want 0 and the dashboard's 1)", view, r.Elements, r.Scripts)
		}
		for _, s := range []string{script, img, "Pakistan thanked Kazakhstan"} {
			if !strings.Contains(r.Text, s) {
				t.Errorf("%s: the page does not show %q as text", view, s)
			}
		}
	}
	do(t, ctx, "relations view",
		chromedp.Navigate(url+"/#/relations?a=PAK&b=KAZ"),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('.events-under .event-card').length === %d`, len(evs))),
	)
	check("relations")
	do(t, ctx, "events view",
		chromedp.Navigate(url+"/#/events?id="+evs[0].ID),
		chromedp.WaitVisible(chromedp.CSS(`#event-detail .mentions li`)),
		chromedp.Click(chromedp.CSS(`#event-detail button.more`)),
		chromedp.WaitVisible(chromedp.CSS(`#event-detail .article-text`)),
	)
	check("event detail and article")
	if title := run(t, ctx, "article title", chromedp.TextContent(chromedp.CSS(`#event-detail .article h4`))); title != art.Title {
		t.Errorf("article title shows %q, want %q as text", title, art.Title)
	}
}
