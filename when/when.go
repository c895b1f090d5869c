// Package when reads dates in English news text. Its input is an article's
// text and a reference date (the article's date); its output is the dateline
// at the head of the article (ParseDateline) and the date expressions of a
// sentence, each with its byte span and resolved calendar date (Find).
//
// Every date it returns is a calendar day at 00:00 UTC. A reference time is
// read as the calendar day it has in its own location.
package when

import (
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
)

// Expr is a date expression found in a sentence.
type Expr struct {
	// Span covers the expression in the article text (bytes, 0-based, End
	// exclusive), without a leading preposition: "on May 28" gives "May 28",
	// "since 1992" gives "1992". Modifiers are part of it: "last week",
	// "two days ago", "earlier this month", "mid-May".
	Span dyad.Span
	// Text is the article text under Span.
	Text string
	// Date is the day the expression names, or the first day of the week
	// (its Monday), month or year it names; for a range ("5 to 8
	// September") it is the start.
	Date time.Time
	// End is the last day (week, month, year) of a range, zero otherwise.
	End time.Time
	// Precision says which part of Date (and End) the text gives.
	Precision dyad.Precision
}

// How many days a year-less date may lie after the reference date and still
// be taken as past: news may be dated a day or two before it is stamped.
const (
	findSlack     = 2
	datelineSlack = 3
)

// Find returns the date expressions in text[span.Start:span.End], in text
// order, resolved against the article date ref:
//
//   - absolute dates: "May 28, 2023", "28 May 2023", "2023-05-28", "May 2023",
//     "in 1992", "since 1992", "mid-2023", ranges "from 5 to 8 September";
//   - year-less dates ("May 28", "28 May"): the nearest such date not more
//     than two days after ref;
//   - weekdays ("on Wednesday", "Tuesday night"): the latest such day on or
//     before ref, or, when a future word ("will", "scheduled") shortly
//     precedes it, the earliest on or after ref; "last Monday", "next Monday";
//   - "in May": the May on or before ref (after it, for the future);
//   - "yesterday", "today", "tonight", "last night", "this morning";
//   - "last/this/next week" (week precision, Date the Monday), "month",
//     "year", "earlier this month", "two days ago", "three weeks ago".
//
// A number is taken as a year only where its context makes it one: "in
// 1992", not "1,992 soldiers" or "sent 2023 troops". With a zero ref, the
// expressions that need one ("on Wednesday", "last week", "in May") are
// found all the same, with a zero Date and End: they are times, which an
// undated article cannot place.
func Find(text string, span dyad.Span, ref time.Time) []Expr {
	lo, hi := max(span.Start, 0), min(span.End, len(text))
	if lo >= hi {
		return nil
	}
	p := newParser(text, lo, hi, ref, findSlack)
	// Every expression holds a number or a calendar word within its first
	// few tokens: matching starts only near one.
	next := -1 // the first anchor at or after i
	var out []Expr
	for i := 0; i < len(p.toks); {
		if next < i {
			next = i
			for next < len(p.toks) && !p.anchor(next) {
				next++
			}
			if next == len(p.toks) {
				break
			}
		}
		if next-i > anchorReach {
			i = next - anchorReach
		}
		r, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		out = append(out, p.expr(r))
		i = r.last + 1
	}
	return out
}

// anchorReach is how many tokens an expression may run before its first
// number or calendar word ("from 5 to 8 September", "on the night of May").
const anchorReach = 4

// anchorWords are the calendar words besides month and weekday names that
// an expression may hang on.
var anchorWords = set("yesterday", "today", "tonight", "tomorrow", "ago", "weekend")

// anchor reports whether token i is a number or a calendar word.
func (p *parser) anchor(i int) bool {
	return p.toks[i].kind == number || calendarWord(p.low(i))
}

// Anchor reports whether the lower-case word w is a calendar word that a
// date expression may hang on ("may", "fri", "weeks", "yesterday"): with
// numbers, the words without which a text holds nothing Find returns.
func Anchor(w string) bool { return calendarWord([]byte(w)) }

// Number returns the count a spelled number names, lower case ("three" is
// 3, "a" is 1), up to twelve.
func Number(w string) (int, bool) {
	n, ok := numberWords[w]
	return n, ok
}

// calendarWord reports whether the lower-case word b is a calendar word.
func calendarWord(b []byte) bool {
	if b == nil {
		return false
	}
	// Indexing with string(b) does not allocate.
	if _, ok := monthNames[string(b)]; ok {
		return true
	}
	if _, ok := monthAbbrs[string(b)]; ok {
		return true
	}
	if _, ok := weekdayNames[string(b)]; ok {
		return true
	}
	if _, ok := unitWords[string(b)]; ok {
		return true
	}
	if n, ok := numberWords[string(b)]; ok && n > 1 {
		return true
	}
	return partsOfDay[string(b)] || anchorWords[string(b)]
}

// parser matches date expressions over the tokens of one stretch of text.
type parser struct {
	text  string
	toks  []token
	ref   time.Time // calendar day of the reference, zero when unknown
	slack int       // see findSlack
	buf   [16]byte
}

func newParser(text string, lo, hi int, ref time.Time, slack int) *parser {
	p := &parser{text: text, toks: tokenize(text, lo, hi), slack: slack}
	if !ref.IsZero() {
		p.ref = day(ref)
	}
	return p
}

// result is a matched expression: tokens first..last, inclusive. A zero date
// means the expression needs a reference date that the parser lacks.
type result struct {
	first, last int
	date, end   time.Time
	prec        dyad.Precision
	guessed     bool // the year of date is not in the text
}

func (p *parser) expr(r result) Expr {
	s := dyad.Span{Start: p.toks[r.first].start, End: p.toks[r.last].end}
	return Expr{Span: s, Text: p.text[s.Start:s.End], Date: r.date, End: r.end, Precision: r.prec}
}

// match tries every kind of expression at token i, longest forms first.
func (p *parser) match(i int) (result, bool) {
	if r, ok := p.weekdayDate(i); ok {
		return r, true
	}
	if r, ok := p.dateAt(i); ok {
		return r, true
	}
	if r, ok := p.monthYear(i); ok {
		return r, true
	}
	if r, ok := p.modified(i); ok {
		return r, true
	}
	if r, ok := p.decade(i); ok {
		return r, true
	}
	if r, ok := p.relative(i); ok {
		return r, true
	}
	if r, ok := p.ago(i); ok {
		return r, true
	}
	if r, ok := p.bareMonth(i); ok {
		return r, true
	}
	if r, ok := p.bareYear(i); ok {
		return r, true
	}
	return p.bareWeekday(i)
}

// Token tests. Each is false for an index out of range.

func (p *parser) low(i int) []byte {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != word {
		return nil
	}
	return lower(&p.buf, p.toks[i].s)
}

func (p *parser) is(i int, w string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == word && strings.EqualFold(p.toks[i].s, w)
}

func (p *parser) in(i int, words map[string]bool) bool {
	b := p.low(i)
	return b != nil && words[string(b)]
}

// punct reports whether token i is one of the runes in chars.
func (p *parser) punct(i int, chars string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == punct && strings.Contains(chars, p.toks[i].s)
}

// adjacent reports whether tokens i and i+1 touch.
func (p *parser) adjacent(i int) bool {
	return i >= 0 && i+1 < len(p.toks) && p.toks[i].end == p.toks[i+1].start
}

// digits returns the value of token i when it is n plain digits.
func (p *parser) digits(i, n int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != number || len(p.toks[i].s) != n {
		return 0, false
	}
	v := 0
	for _, c := range []byte(p.toks[i].s) {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// dayNum reads a day of the month: "5", "05", "5th", "22nd".
func (p *parser) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != number {
		return 0, false
	}
	s := p.toks[i].s
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0, false
	}
	switch strings.ToLower(s[n:]) {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	d := int(s[0] - '0')
	if n == 2 {
		d = d*10 + int(s[1]-'0')
	}
	return d, d >= 1 && d <= 31
}

// year reads a four-digit year from 1800 to 2100.
func (p *parser) year(i int) (int, bool) {
	y, ok := p.digits(i, 4)
	return y, ok && y >= 1800 && y <= 2100
}

// month reads a capitalized month name, or an abbreviation ("Sept.") when
// abbr is allowed; next is the token after it.
func (p *parser) month(i int, abbr bool) (m time.Month, next int) {
	if i < 0 || i >= len(p.toks) || !capitalized(p.toks[i].s) {
		return 0, 0
	}
	b := p.low(i)
	if m := monthNames[string(b)]; m != 0 {
		return m, i + 1
	}
	if m := monthAbbrs[string(b)]; m != 0 && abbr {
		if p.punct(i+1, ".") && p.adjacent(i) {
			return m, i + 2
		}
		return m, i + 1
	}
	return 0, 0
}

func (p *parser) weekday(i int) (time.Weekday, bool) {
	if i < 0 || i >= len(p.toks) || !capitalized(p.toks[i].s) {
		return 0, false
	}
	wd, ok := weekdayNames[string(p.low(i))]
	return wd, ok
}

// rangeSep reports whether token i joins the two ends of a range; "and"
// does only after "between".
func (p *parser) rangeSep(i int, between bool) bool {
	return p.punct(i, "-–") || p.is(i, "to") || p.is(i, "through") || p.is(i, "until") ||
		p.is(i, "till") || (between && p.is(i, "and"))
}

// notCount reports whether the token after a year leaves it a year: it is
// not "troops", "people" or "%".
func (p *parser) notCount(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	if p.punct(i, "%") || p.in(i, countNouns) {
		return false
	}
	s := p.toks[i].s
	plural := p.toks[i].kind == word && s[0] >= 'a' && s[0] <= 'z' && len(s) > 3 && s[len(s)-1] == 's'
	return !plural || p.in(i, notPlural)
}

// futureReach is how many tokens before a date a future word may stand:
// "is scheduled to visit Ho Chi Minh City on Wednesday".
const futureReach = 10

// startReach is futureReach after a word of when something starts
// (startWords): the act and its object come between.
const startReach = 16

// future reports whether a future word comes shortly before token i, with
// no reporting verb or past auxiliary between them, or "by" makes the date
// a deadline ("agreed to begin talks by the end of February"), unless of
// what had been done by then.
func (p *parser) future(i int) bool {
	j := i - 1
	for j >= 0 && p.in(j, deadlineFill) {
		j--
	}
	if p.is(j, "by") {
		for k := j - 1; k >= 0 && k >= j-futureReach; k-- {
			if p.in(k, pastPerfect) {
				return false
			}
		}
		return true
	}
	// A date something takes effect from is read further back: "will
	// drop most of its retaliatory tariffs on U.S. goods from Sept 1".
	reach := futureReach
	if p.in(j, startWords) {
		reach = startReach
	}
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		if p.in(k, pastCues) {
			return false
		}
		if p.in(k, futureCues) {
			return true
		}
	}
	return false
}

// inviteReach is how many tokens before a month a word of an invitation
// or a promise may stand: the invitation's object and occasion come
// between ("invited Pakistani businessmen to the Turkmen trade exhibition
// in Ashgabat in September").
const inviteReach = 16

// invited reports whether a word of an invitation, or of a promise with
// its infinitive, comes shortly before token i, with no reporting verb
// between them: "invited him to the summit in July", "pledged to support
// Nepal's efforts to hold elections in March" (not "pledged on Monday",
// the day of the promise).
func (p *parser) invited(i int) bool {
	for k := i - 1; k >= 0 && k >= i-inviteReach; k-- {
		if p.in(k, inviteCues) || p.in(k, vowCues) && p.is(k+1, "to") {
			return true
		}
		if p.in(k, pastCues) {
			return false
		}
	}
	return false
}

// dm is a day and month, with a year when the text gives one (y > 0); last
// is its last token.
type dm struct {
	d    int
	m    time.Month
	y    int
	last int
}

// dayMonth reads "28 May", "28th of May", "28 May 2023".
func (p *parser) dayMonth(i int) (dm, bool) {
	d, ok := p.dayNum(i)
	if !ok {
		return dm{}, false
	}
	j := i + 1
	if p.is(j, "of") {
		j++
	}
	m, next := p.month(j, true)
	if m == 0 {
		return dm{}, false
	}
	r := dm{d: d, m: m, last: next - 1}
	if y, ok := p.year(next); ok && p.notCount(next+1) {
		r.y, r.last = y, next
	}
	return r, true
}

// monthDay reads "May 28", "May 28th", "May 28, 2023", "Sept. 5 2023".
func (p *parser) monthDay(i int) (dm, bool) {
	m, j := p.month(i, true)
	if m == 0 {
		return dm{}, false
	}
	d, ok := p.dayNum(j)
	if !ok {
		return dm{}, false
	}
	r := dm{d: d, m: m, last: j}
	k := j + 1
	if p.punct(k, ",") {
		k++
	}
	if y, ok := p.year(k); ok && p.notCount(k+1) {
		r.y, r.last = y, k
	}
	return r, true
}

// dateAt reads a calendar date or a range of days at token i: "2023-05-28",
// "28 May 2023", "May 28", "5 to 8 September", "September 5-8, 2023",
// "30 May to 2 June".
func (p *parser) dateAt(i int) (result, bool) {
	if y, ok := p.year(i); ok && p.punct(i+1, "-") && p.punct(i+3, "-") &&
		p.adjacent(i) && p.adjacent(i+1) && p.adjacent(i+2) && p.adjacent(i+3) {
		m, ok1 := p.digits(i+2, 2)
		d, ok2 := p.digits(i+4, 2)
		if t, ok := date(y, time.Month(m), d); ok1 && ok2 && ok {
			return result{first: i, last: i + 4, date: t, prec: dyad.PrecisionDay}, true
		}
		return result{}, false
	}
	between := p.is(i-1, "between")
	if d, ok := p.dayNum(i); ok && p.rangeSep(i+1, between) {
		if b, ok := p.dayMonth(i + 2); ok {
			return p.days(i, dm{d: d, m: b.m, y: b.y}, &b)
		}
	}
	if a, ok := p.dayMonth(i); ok {
		if p.rangeSep(a.last+1, between) {
			if b, ok := p.dayMonth(a.last + 2); ok {
				return p.days(i, a, &b)
			}
		}
		return p.days(i, a, nil)
	}
	if a, ok := p.monthDay(i); ok {
		if a.y == 0 && p.rangeSep(a.last+1, between) {
			if d, ok := p.dayNum(a.last + 2); ok {
				b := dm{d: d, m: a.m, last: a.last + 2}
				k := b.last + 1
				if p.punct(k, ",") {
					k++
				}
				if y, ok := p.year(k); ok && p.notCount(k+1) {
					a.y, b.y, b.last = y, y, k
				}
				return p.days(i, a, &b)
			}
			if b, ok := p.monthDay(a.last + 2); ok {
				return p.days(i, a, &b)
			}
		}
		return p.days(i, a, nil)
	}
	return result{}, false
}

// days resolves day a, or the range a to b, that starts at token first.
func (p *parser) days(first int, a dm, b *dm) (result, bool) {
	last := a.last
	if b != nil {
		last = b.last
		if a.y == 0 && b.y != 0 {
			a.y = b.y
			if a.m > b.m { // "30 December to 2 January 2024"
				a.y--
			}
		}
	}
	if _, ok := date(2000, a.m, a.d); !ok { // 2000 has a 29 February
		return result{}, false
	}
	r := result{first: first, last: last, prec: dyad.PrecisionDay}
	if a.y != 0 {
		t, ok := date(a.y, a.m, a.d)
		if !ok {
			return result{}, false
		}
		r.date = t
	} else {
		r.date, r.guessed = yearless(p.ref, a.m, a.d, p.slack, p.future(first)), true
	}
	if b == nil || r.date.IsZero() {
		return r, true
	}
	y := b.y
	if y == 0 {
		y = r.date.Year()
		if b.m < a.m {
			y++
		}
	}
	end, ok := date(y, b.m, b.d)
	if !ok || end.Before(r.date) {
		return result{}, false
	}
	r.end = end
	return r, true
}

// weekdayDate reads a weekday before a date: "Wednesday, May 31". When the
// date gives no year, the weekday picks it: the year nearest to the
// reference in which that day falls on that weekday.
func (p *parser) weekdayDate(i int) (result, bool) {
	wd, ok := p.weekday(i)
	if !ok {
		return result{}, false
	}
	j := i + 1
	if p.punct(j, ",") {
		j++
	}
	r, ok := p.dateAt(j)
	if !ok {
		return result{}, false
	}
	r.first = i
	if r.guessed && !r.date.IsZero() && r.date.Weekday() != wd {
		var best time.Time
		for y := p.ref.Year() - 1; y <= p.ref.Year()+1; y++ {
			t, ok := date(y, r.date.Month(), r.date.Day())
			if ok && t.Weekday() == wd && (best.IsZero() || dist(t, p.ref) < dist(best, p.ref)) {
				best = t
			}
		}
		if !best.IsZero() {
			if !r.end.IsZero() {
				r.end = r.end.AddDate(best.Year()-r.date.Year(), 0, 0)
			}
			r.date = best
		}
	}
	return r, true
}

// monthYear reads "May 2023" and "May of 2023".
func (p *parser) monthYear(i int) (result, bool) {
	m, j := p.month(i, true)
	if m == 0 {
		return result{}, false
	}
	if p.is(j, "of") {
		j++
	}
	y, ok := p.year(j)
	if !ok || !p.notCount(j+1) {
		return result{}, false
	}
	return result{first: i, last: j, date: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), prec: dyad.PrecisionMonth}, true
}

// modified reads "early May", "mid-May", "late 1992", "mid-2023".
func (p *parser) modified(i int) (result, bool) {
	if !p.is(i, "early") && !p.is(i, "late") && !p.is(i, "mid") {
		return result{}, false
	}
	j := i + 1
	if p.punct(j, "-") && p.adjacent(i) {
		j++
	}
	if r, ok := p.monthYear(j); ok {
		r.first = i
		return r, true
	}
	if m, next := p.month(j, false); m != 0 {
		r := result{first: i, last: next - 1, prec: dyad.PrecisionMonth}
		if !p.ref.IsZero() {
			r.date = monthOf(p.ref, m, p.future(i))
		}
		return r, true
	}
	if y, ok := p.year(j); ok && p.notCount(j+1) {
		return result{first: i, last: j, date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), prec: dyad.PrecisionYear}, true
	}
	return result{}, false
}

// decade reads "the 1990s", "the early 1990s", "the mid-1980s": the
// decade's first year, of decade precision.
func (p *parser) decade(i int) (result, bool) {
	if !p.is(i, "the") {
		return result{}, false
	}
	j := i + 1
	if p.is(j, "early") || p.is(j, "late") || p.is(j, "mid") {
		j++
		if p.punct(j, "-") && p.adjacent(j-1) {
			j++
		}
	}
	if j >= len(p.toks) || p.toks[j].kind != number {
		return result{}, false
	}
	s := p.toks[j].s
	if len(s) != 5 || s[4] != 's' || s[3] != '0' {
		return result{}, false
	}
	y := 0
	for _, c := range s[:4] {
		if c < '0' || c > '9' {
			return result{}, false
		}
		y = y*10 + int(c-'0')
	}
	if y < 1800 || y > 2100 {
		return result{}, false
	}
	return result{first: i, last: j, date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), prec: dyad.PrecisionDecade}, true
}

// relative reads expressions that count from the reference date:
// "yesterday", "tonight", "last night", "this morning", "last week",
// "earlier this month", "next year", "last Friday", "last May".
func (p *parser) relative(i int) (result, bool) {
	r := result{first: i, last: i, prec: dyad.PrecisionDay}
	switch string(p.low(i)) {
	case "yesterday":
		r.date, r.last = p.ref.AddDate(0, 0, -1), p.partOfDay(i)
	case "today":
		r.date, r.last = p.ref, p.partOfDay(i)
	case "tomorrow":
		r.date, r.last = p.ref.AddDate(0, 0, 1), p.partOfDay(i)
	case "tonight":
		r.date = p.ref
	case "earlier", "later":
		if p.is(i+1, "today") {
			r.date, r.last = p.ref, i+1
			break
		}
		u, ok := p.unit(i + 2)
		if !p.is(i+1, "this") || !ok || u == unitDay || p.plural(i+2) {
			return result{}, false
		}
		r.last = i + 2
		r.date, r.prec = shift(p.ref, u, 0)
	case "the":
		// "at the weekend", "over the weekend": the last one, or the
		// coming one after a word of what is to come; "the past
		// weekend" the last.
		switch {
		case p.is(i+1, "weekend"):
			r.last = i + 1
			r.date, r.end = weekend(p.ref, p.future(i), false)
		case p.is(i+1, "past") && p.is(i+2, "weekend"):
			r.last = i + 2
			r.date, r.end = weekend(p.ref, false, false)
		default:
			return result{}, false
		}
	case "last", "this", "next":
		n := 0
		if p.is(i, "last") {
			n = -1
		} else if p.is(i, "next") {
			n = 1
		}
		r.last = i + 1
		if p.is(i+1, "weekend") {
			r.date, r.end = weekend(p.ref, n > 0 || n == 0 && p.future(i), n != 0)
			break
		}
		if n == 0 && p.is(i+1, "past") && p.is(i+2, "weekend") {
			r.last = i + 2 // "this past weekend"
			r.date, r.end = weekend(p.ref, false, false)
			break
		}
		if u, ok := p.unit(i + 1); ok && u != unitDay && !p.plural(i+1) {
			r.date, r.prec = shift(p.ref, u, n)
			break
		}
		if wd, ok := p.weekday(i + 1); ok {
			future := n > 0 || (n == 0 && p.future(i))
			r.date, r.last = weekdayOf(p.ref, wd, future, n != 0), p.partOfDay(i+1)
			break
		}
		if m, next := p.month(i+1, false); m != 0 {
			r.date, r.last, r.prec = namedMonth(p.ref, m, n), next-1, dyad.PrecisionMonth
			break
		}
		switch {
		case n < 0 && p.is(i+1, "night"):
			r.date = p.ref.AddDate(0, 0, -1)
		case n == 0 && p.in(i+1, partsOfDay):
			r.date = p.ref
		default:
			return result{}, false
		}
	default:
		return result{}, false
	}
	if p.ref.IsZero() {
		r.date = time.Time{}
	}
	return r, true
}

// partOfDay returns the index of "morning", "night", ... after token i, or i.
func (p *parser) partOfDay(i int) int {
	if p.in(i+1, partsOfDay) {
		return i + 1
	}
	return i
}

// unit reads "day", "weeks", "month", "years".
func (p *parser) unit(i int) (unit, bool) {
	u, ok := unitWords[string(p.low(i))]
	return u, ok
}

func (p *parser) plural(i int) bool {
	s := p.toks[i].s
	return s[len(s)-1] == 's' || s[len(s)-1] == 'S'
}

// ago reads "two days ago", "3 weeks ago", "a year ago".
func (p *parser) ago(i int) (result, bool) {
	if !p.is(i+2, "ago") {
		return result{}, false
	}
	u, ok := p.unit(i + 1)
	if !ok {
		return result{}, false
	}
	n, ok := numberWords[string(p.low(i))]
	if !ok {
		for k := 3; k >= 1 && !ok; k-- {
			n, ok = p.digits(i, k)
		}
		if !ok || n == 0 {
			return result{}, false
		}
	}
	r := result{first: i, last: i + 2}
	r.date, r.prec = shift(p.ref, u, -n)
	if p.ref.IsZero() {
		r.date = time.Time{}
	}
	return r, true
}

// bareMonth reads a month name that a preposition makes a date: "in May",
// "since March", "from April to June".
func (p *parser) bareMonth(i int) (result, bool) {
	m, next := p.month(i, false)
	if m == 0 || !(p.in(i-1, monthSignals) || p.is(i-1, "between")) {
		return result{}, false
	}
	r := result{first: i, last: next - 1, prec: dyad.PrecisionMonth}
	future := p.future(i) || p.invited(i)
	var m2 time.Month
	if p.rangeSep(next, p.is(i-1, "between")) {
		if m2, _ = p.month(next+1, false); m2 != 0 {
			r.last = next + 1
		}
	}
	if p.ref.IsZero() {
		return r, true
	}
	r.date = monthOf(p.ref, m, future)
	if m2 != 0 {
		r.end = time.Date(r.date.Year(), m2, 1, 0, 0, 0, 0, time.UTC)
		if m2 < m {
			r.end = r.end.AddDate(1, 0, 0)
		}
	}
	return r, true
}

// bareYear reads a year that its context makes one: "in 1992", "since
// 1992", "back to 1992", "between 1992 and 1995".
func (p *parser) bareYear(i int) (result, bool) {
	y, ok := p.year(i)
	between := p.is(i-1, "between")
	if !ok || !(p.in(i-1, yearSignals) || between || (p.is(i-1, "to") && p.is(i-2, "back"))) {
		return result{}, false
	}
	r := result{first: i, last: i, date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), prec: dyad.PrecisionYear}
	if p.rangeSep(i+1, between) {
		if y2, ok := p.year(i + 2); ok && y2 > y && p.notCount(i+3) {
			r.last, r.end = i+2, time.Date(y2, 1, 1, 0, 0, 0, 0, time.UTC)
			return r, true
		}
	}
	return r, p.notCount(i + 1)
}

// bareWeekday reads "Wednesday" and "Tuesday night".
func (p *parser) bareWeekday(i int) (result, bool) {
	wd, ok := p.weekday(i)
	if !ok {
		return result{}, false
	}
	r := result{first: i, last: i, prec: dyad.PrecisionDay}
	if p.in(i+1, partsOfDay) {
		r.last = i + 1
	}
	if !p.ref.IsZero() {
		r.date = weekdayOf(p.ref, wd, p.future(i), false)
	}
	return r, true
}
