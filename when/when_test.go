package when

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
)

// ref is a Wednesday.
var ref = time.Date(2023, 5, 31, 15, 4, 0, 0, time.UTC)

type want struct {
	start     int
	text      string
	date, end string // YYYY-MM-DD; end "" when not a range
	prec      dyad.Precision
}

func check(t *testing.T, text string, got []Expr, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		t.Errorf("%q: got %d expressions, want %d:\n%s", text, len(got), len(wants), dump(got))
		return
	}
	for i, w := range wants {
		g := got[i]
		span := dyad.Span{Start: w.start, End: w.start + len(w.text)}
		end := ""
		if !g.End.IsZero() {
			end = g.End.Format(time.DateOnly)
		}
		if g.Span != span || g.Text != w.text || text[g.Span.Start:g.Span.End] != w.text ||
			g.Date.Format(time.DateOnly) != w.date || end != w.end || g.Precision != w.prec {
			t.Errorf("%q: expression %d = %s, want %d:%d %q %s..%s %s", text, i, dump(got[i:i+1]),
				span.Start, span.End, w.text, w.date, w.end, w.prec)
		}
	}
}

func dump(es []Expr) string {
	s := ""
	for _, e := range es {
		end := ""
		if !e.End.IsZero() {
			end = e.End.Format(time.DateOnly)
		}
		s += fmt.Sprintf("%d:%d %q %s..%s %s\n", e.Span.Start, e.Span.End, e.Text, e.Date.Format(time.DateOnly), end, e.Precision)
	}
	return s
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"on May 28", "The ambassador visited Multan on May 28.", []want{{33, "May 28", "2023-05-28", "", dyad.PrecisionDay}}},
		{"day first, next month within slack", "He arrived 28 May and left on 1 June.", []want{{11, "28 May", "2023-05-28", "", dyad.PrecisionDay}, {30, "1 June", "2023-06-01", "", dyad.PrecisionDay}}},
		{"beyond slack goes a year back", "The summit opened on June 3.", []want{{21, "June 3", "2022-06-03", "", dyad.PrecisionDay}}},
		{"month day year", "It was signed on May 28, 2023 in Astana.", []want{{17, "May 28, 2023", "2023-05-28", "", dyad.PrecisionDay}}},
		{"day month year", "It was signed on 28th May 2023.", []want{{17, "28th May 2023", "2023-05-28", "", dyad.PrecisionDay}}},
		{"ordinal of", "It was signed on the 28th of May.", []want{{21, "28th of May", "2023-05-28", "", dyad.PrecisionDay}}},
		{"iso", "Talks opened 2023-05-28 in Kabul.", []want{{13, "2023-05-28", "2023-05-28", "", dyad.PrecisionDay}}},
		{"abbreviations", "It began on Sept. 5, 2022 and ended Jan 3.", []want{{12, "Sept. 5, 2022", "2022-09-05", "", dyad.PrecisionDay}, {36, "Jan 3", "2023-01-03", "", dyad.PrecisionDay}}},
		{"weekday and date", "The minister spoke on Wednesday, May 31, in Astana.", []want{{22, "Wednesday, May 31", "2023-05-31", "", dyad.PrecisionDay}}},
		{"weekday", "The minister spoke on Wednesday.", []want{{22, "Wednesday", "2023-05-31", "", dyad.PrecisionDay}}},
		{"weekdays past", "Officials met Monday and again on Tuesday night.", []want{{14, "Monday", "2023-05-29", "", dyad.PrecisionDay}, {34, "Tuesday night", "2023-05-30", "", dyad.PrecisionDay}}},
		{"weekday future", "The talks will resume on Friday.", []want{{25, "Friday", "2023-06-02", "", dyad.PrecisionDay}}},
		{"weekday reported", "He said on Friday that talks will resume.", []want{{11, "Friday", "2023-05-26", "", dyad.PrecisionDay}}},
		{"weekday expected", "Blinken is expected to arrive on Friday.", []want{{33, "Friday", "2023-06-02", "", dyad.PrecisionDay}}},
		{"weekday future in the past", "He said they would meet on Friday.", []want{{27, "Friday", "2023-06-02", "", dyad.PrecisionDay}}},
		{"weekday future past a long name", "Kishida is scheduled to visit Ho Chi Minh City on Thursday.", []want{{50, "Thursday", "2023-06-01", "", dyad.PrecisionDay}}},
		{"last and next weekday", "They met last Monday and meet again next Friday.", []want{{9, "last Monday", "2023-05-29", "", dyad.PrecisionDay}, {36, "next Friday", "2023-06-02", "", dyad.PrecisionDay}}},
		{"deictic days", "Yesterday the envoy left; today he is in Kabul and tonight in Herat.", []want{{0, "Yesterday", "2023-05-30", "", dyad.PrecisionDay}, {26, "today", "2023-05-31", "", dyad.PrecisionDay}, {51, "tonight", "2023-05-31", "", dyad.PrecisionDay}}},
		{"nights and mornings", "Shelling began last night and went on this morning.", []want{{15, "last night", "2023-05-30", "", dyad.PrecisionDay}, {38, "this morning", "2023-05-31", "", dyad.PrecisionDay}}},
		{"weekends", "They met at the weekend and last weekend, and will meet this weekend.", []want{{12, "the weekend", "2023-05-27", "2023-05-28", dyad.PrecisionDay}, {28, "last weekend", "2023-05-27", "2023-05-28", dyad.PrecisionDay}, {56, "this weekend", "2023-06-03", "2023-06-04", dyad.PrecisionDay}}},
		{"past weekends", "They met this past weekend and the past weekend.", []want{{9, "this past weekend", "2023-05-27", "2023-05-28", dyad.PrecisionDay}, {31, "the past weekend", "2023-05-27", "2023-05-28", dyad.PrecisionDay}}},
		{"weeks", "They met last week, again this week, and will meet next week.", []want{{9, "last week", "2023-05-22", "", dyad.PrecisionWeek}, {26, "this week", "2023-05-29", "", dyad.PrecisionWeek}, {51, "next week", "2023-06-05", "", dyad.PrecisionWeek}}},
		{"months", "Prices rose last month and earlier this month, and this month they fell.", []want{{12, "last month", "2023-04-01", "", dyad.PrecisionMonth}, {27, "earlier this month", "2023-05-01", "", dyad.PrecisionMonth}, {51, "this month", "2023-05-01", "", dyad.PrecisionMonth}}},
		{"in month", "The deal was reached in May and talks began in June.", []want{{24, "May", "2023-05-01", "", dyad.PrecisionMonth}, {47, "June", "2022-06-01", "", dyad.PrecisionMonth}}},
		{"month future", "Elections will be held in June.", []want{{26, "June", "2023-06-01", "", dyad.PrecisionMonth}}},
		{"a month one is invited to is to come", "Lula invited Milei to the Mercosur summit in February.", []want{{45, "February", "2024-02-01", "", dyad.PrecisionMonth}}},
		{"a month one is invited to an occasion in", "He invited Pakistani businessmen to the Turkmen trade exhibition in Ashgabat in September.", []want{{80, "September", "2023-09-01", "", dyad.PrecisionMonth}}},
		{"a month a promise's infinitive is in is to come", "India pledged to support Nepal's efforts to hold elections in March.", []want{{62, "March", "2024-03-01", "", dyad.PrecisionMonth}}},
		{"the day of a promise is past", "India pledged on Monday to support Nepal.", []want{{17, "Monday", "2023-05-29", "", dyad.PrecisionDay}}},
		{"a month said of an invitation", "Lula said in February that he had invited Milei.", []want{{13, "February", "2023-02-01", "", dyad.PrecisionMonth}}},
		{"named months", "Trade grew last May and will grow next May.", []want{{11, "last May", "2022-05-01", "", dyad.PrecisionMonth}, {34, "next May", "2024-05-01", "", dyad.PrecisionMonth}}},
		{"a deadline is to come", "They agreed to begin talks by the end of February.", []want{{41, "February", "2024-02-01", "", dyad.PrecisionMonth}}},
		{"a date a promise takes effect from is to come", "Canada will drop most of its retaliatory tariffs on U.S. goods from Sept 1.", []want{{68, "Sept 1", "2023-09-01", "", dyad.PrecisionDay}}},
		{"unless met before", "The troops had withdrawn by March.", []want{{28, "March", "2023-03-01", "", dyad.PrecisionMonth}}},
		{"month and year", "The May 2023 report was published in March of 2022.", []want{{4, "May 2023", "2023-05-01", "", dyad.PrecisionMonth}, {37, "March of 2022", "2022-03-01", "", dyad.PrecisionMonth}}},
		{"years", "Ties go back to 1992; trade has grown since 1992 and fell in 2010.", []want{{16, "1992", "1992-01-01", "", dyad.PrecisionYear}, {44, "1992", "1992-01-01", "", dyad.PrecisionYear}, {61, "2010", "2010-01-01", "", dyad.PrecisionYear}}},
		{"relative years", "Exports fell last year, rose earlier this year and will rise next year.", []want{{13, "last year", "2022-01-01", "", dyad.PrecisionYear}, {29, "earlier this year", "2023-01-01", "", dyad.PrecisionYear}, {61, "next year", "2024-01-01", "", dyad.PrecisionYear}}},
		{"ago", "He came two days ago, she three weeks ago, they a month ago and we 5 years ago.", []want{{8, "two days ago", "2023-05-29", "", dyad.PrecisionDay}, {26, "three weeks ago", "2023-05-08", "", dyad.PrecisionWeek}, {48, "a month ago", "2023-04-01", "", dyad.PrecisionMonth}, {67, "5 years ago", "2018-01-01", "", dyad.PrecisionYear}}},
		{"decades", "They fought in the 1990s and traded in the mid-1980s.", []want{{15, "the 1990s", "1990-01-01", "", dyad.PrecisionDecade}, {39, "the mid-1980s", "1980-01-01", "", dyad.PrecisionDecade}}},
		{"modified", "Work starts in mid-May, ends in early 2024 and began in late 1992.", []want{{15, "mid-May", "2023-05-01", "", dyad.PrecisionMonth}, {32, "early 2024", "2024-01-01", "", dyad.PrecisionYear}, {56, "late 1992", "1992-01-01", "", dyad.PrecisionYear}}},
		{"day range", "The fair ran from 5 to 8 September.", []want{{18, "5 to 8 September", "2022-09-05", "2022-09-08", dyad.PrecisionDay}}},
		{"ranges", "It ran September 5-8, 2023, then between 1 and 3 June 2023, then 30 December to 2 January.", []want{{7, "September 5-8, 2023", "2023-09-05", "2023-09-08", dyad.PrecisionDay}, {41, "1 and 3 June 2023", "2023-06-01", "2023-06-03", dyad.PrecisionDay}, {65, "30 December to 2 January", "2022-12-30", "2023-01-02", dyad.PrecisionDay}}},
		{"year range", "He ruled from 1992 to 1995 and between 2001 and 2003.", []want{{14, "1992 to 1995", "1992-01-01", "1995-01-01", dyad.PrecisionYear}, {39, "2001 and 2003", "2001-01-01", "2003-01-01", dyad.PrecisionYear}}},
		{"leap day", "He was born on 29 February.", []want{{15, "29 February", "2020-02-29", "", dyad.PrecisionDay}}},
		{"not dates", "Multan is the 5th most populous city; 28 people died, 1,992 soldiers and 2023 troops left; in 2023 troops were sent; May I ask?", []want{}},
		{"impossible dates", "Nothing happened on June 31 or 30 February or 2023-02-30.", []want{}},
		{"month not modal", "They may meet in the May 2023 round.", []want{{21, "May 2023", "2023-05-01", "", dyad.PrecisionMonth}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.text, Find(tt.text, dyad.Span{Start: 0, End: len(tt.text)}, ref), tt.want)
		})
	}
}

func TestFindWithoutRef(t *testing.T) {
	text := "Signed on May 28, 2023, on Wednesday, in May, last week, since 1992 and on 28 May."
	// The expressions that need a reference are found, undated.
	const none = "0001-01-01"
	check(t, text, Find(text, dyad.Span{Start: 0, End: len(text)}, time.Time{}), []want{
		{10, "May 28, 2023", "2023-05-28", "", dyad.PrecisionDay},
		{27, "Wednesday", none, "", dyad.PrecisionDay},
		{41, "May", none, "", dyad.PrecisionMonth},
		{46, "last week", none, "", dyad.PrecisionWeek},
		{63, "1992", "1992-01-01", "", dyad.PrecisionYear},
		{75, "28 May", none, "", dyad.PrecisionDay},
	})
}

// TestFindSpan checks that Find reads only the given sentence and gives
// offsets in the whole text.
func TestFindSpan(t *testing.T) {
	text := "Kabul, 31 May 2023: On Monday they met. Ties go back to 1992. In May they signed."
	second := dyad.Span{Start: 40, End: 61}
	if got := text[second.Start:second.End]; got != "Ties go back to 1992." {
		t.Fatalf("bad test span %q", got)
	}
	check(t, text, Find(text, second, ref), []want{{56, "1992", "1992-01-01", "", dyad.PrecisionYear}})
	// Context outside the span does not count: "to" alone is no signal.
	check(t, text, Find(text, dyad.Span{Start: 56, End: 60}, ref), nil)
	for _, s := range []dyad.Span{{Start: -5, End: 3}, {Start: 70, End: 10}, {Start: 0, End: 1000}, {Start: 1000, End: 2000}} {
		for _, e := range Find(text, s, ref) {
			if e.Span.Start < max(s.Start, 0) || e.Span.End > min(s.End, len(text)) {
				t.Errorf("span %v: expression %v outside it", s, e.Span)
			}
		}
	}
}

func TestFindRefLocation(t *testing.T) {
	// 31 May, 23:30 in Kabul is 31 May there, though 19:00 UTC.
	kabul := time.FixedZone("AFT", 4*3600+1800)
	text := "It happened yesterday."
	check(t, text, Find(text, dyad.Span{Start: 0, End: len(text)}, time.Date(2023, 5, 31, 23, 30, 0, 0, kabul)),
		[]want{{12, "yesterday", "2023-05-30", "", dyad.PrecisionDay}})
}

// TestMultan reads the example that defines dyad's job: the visit of 28 May,
// told in an article dated 31 May, and ties since 1992.
func TestMultan(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "multan-visit.txt"))
	if err != nil {
		t.Skipf("example absent: %v", err)
	}
	text := string(b)
	dl, ok := ParseDateline(text, time.Time{})
	if !ok || dl.Place != "Multan" || dl.Publisher != "TDI" || dl.Date.Format(time.DateOnly) != "2023-05-31" ||
		dl.DatePrecision != dyad.PrecisionDay || text[dl.Span.Start:dl.Span.End] != "Multan, 31 May 2023 (TDI):" {
		t.Fatalf("dateline = %+v, %v", dl, ok)
	}
	got := Find(text, dyad.Span{Start: dl.Span.End, End: len(text)}, dl.Date)
	var texts []string
	for _, e := range got {
		texts = append(texts, e.Text+" "+e.Date.Format(time.DateOnly))
	}
	if want := []string{"May 28 2023-05-28", "1992 1992-01-01"}; !slices.Equal(texts, want) {
		t.Errorf("Find = %q, want %q", texts, want)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs ParseDateline and Find over each testdata/*.txt article
// (written for this project) and compares with its .golden file.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got := golden(string(b))
		path := strings.TrimSuffix(file, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s: output differs from %s (rerun with -update to see):\n%s", file, path, got)
		}
	}
}

// golden writes the dateline and the expressions of each line of text.
func golden(text string) string {
	var b strings.Builder
	dl, ok := ParseDateline(text, time.Time{})
	if !ok {
		b.WriteString("no dateline\n")
	} else {
		fmt.Fprintf(&b, "dateline %d:%d place=%q date=%s/%s publisher=%q\n", dl.Span.Start, dl.Span.End,
			dl.Place, dl.Date.Format(time.DateOnly), dl.DatePrecision, dl.Publisher)
	}
	start := dl.Span.End
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for _, e := range Find(text, dyad.Span{Start: start, End: end}, dl.Date) {
			fmt.Fprintf(&b, "%s", dump([]Expr{e}))
		}
		start = end + 1
	}
	return b.String()
}

func FuzzFind(f *testing.F) {
	f.Add("The ambassador visited Multan on May 28, 2023 and left on Wednesday.", 0, 70, int64(1685491200))
	f.Add("from 5 to 8 September; two days ago; last week; since 1992; 2023-05-28", 5, 60, int64(0))
	f.Add("September 5-8, 2023, between 1 and 3 June, 30 December to 2 January", 0, 100, int64(-1e10))
	f.Add("Sept. 5 – mid-May — early 2024 — May of 2023 — 29 February\xff", 3, 40, int64(1e12))
	f.Fuzz(func(t *testing.T, text string, start, end int, unix int64) {
		var r time.Time
		if unix != 0 {
			r = time.Unix(unix%(1<<40), 0).UTC()
		}
		lo, hi := max(start, 0), min(end, len(text))
		prev := lo
		for _, e := range Find(text, dyad.Span{Start: start, End: end}, r) {
			if e.Span.Start < prev || e.Span.End > hi || e.Span.Start >= e.Span.End {
				t.Fatalf("span %v outside %d:%d or out of order", e.Span, prev, hi)
			}
			prev = e.Span.End
			// Only an expression that needs the missing reference is undated.
			if e.Text != text[e.Span.Start:e.Span.End] || (e.Date.IsZero() && !r.IsZero()) || e.Precision == "" ||
				(e.Date.IsZero() && !e.End.IsZero()) {
				t.Fatalf("bad expression %+v", e)
			}
			if !e.End.IsZero() && e.End.Before(e.Date) {
				t.Fatalf("range ends before it starts: %+v", e)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "wire.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var spans []dyad.Span
	for start := 0; start < len(text); {
		end := bytes.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		spans = append(spans, dyad.Span{Start: start, End: start + end})
		start += end + 1
	}
	s := string(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, sp := range spans {
			Find(s, sp, ref)
		}
	}
}

func TestNamed(t *testing.T) {
	for w, want := range map[string]bool{
		"may": true, "friday": true, "december": true, "sunday": true,
		"dec": false, "fri": false, "Friday": false, "week": false, "today": false,
	} {
		if got := Named(w); got != want {
			t.Errorf("Named(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAnchor(t *testing.T) {
	for w, want := range map[string]bool{
		"may": true, "sept": true, "weeks": true, "yesterday": true, "weekend": true,
		"three": true, "morning": true, "friday": true,
		"one": false, "mid": false, "decade": false, "visit": false, "": false,
		"averyveryverylongword": false,
	} {
		if got := Anchor(w); got != want {
			t.Errorf("Anchor(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNumber(t *testing.T) {
	for w, want := range map[string]int{"three": 3, "a": 1, "twelve": 12} {
		if n, ok := Number(w); !ok || n != want {
			t.Errorf("Number(%q) = %d, %v; want %d", w, n, ok, want)
		}
	}
	if _, ok := Number("dozen"); ok {
		t.Errorf("Number(%q): a count, want none", "dozen")
	}
}

// TestWeekend: the weekend before a day is its own when the day is a
// Saturday or a Sunday, the one before that when strict ("last weekend").
func TestWeekend(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	for _, tt := range []struct {
		ref            string
		future, strict bool
		want           string
	}{
		{"2023-05-31", false, false, "2023-05-27"}, // Wednesday: the weekend just past
		{"2023-05-28", false, false, "2023-05-27"}, // Sunday: its own
		{"2023-05-28", false, true, "2023-05-20"},  // Sunday, "last weekend": the one before
		{"2023-05-27", false, true, "2023-05-20"},  // Saturday, "last weekend"
		{"2023-05-31", true, false, "2023-06-03"},  // Wednesday, "this weekend" to come
	} {
		sat, sun := weekend(day(tt.ref), tt.future, tt.strict)
		if got := sat.Format("2006-01-02"); got != tt.want || !sun.Equal(sat.AddDate(0, 0, 1)) {
			t.Errorf("weekend(%s, future %v, strict %v) = %s..%s, want %s", tt.ref, tt.future, tt.strict, got, sun.Format("2006-01-02"), tt.want)
		}
	}
}
