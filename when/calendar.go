package when

import (
	"time"

	"github.com/dyadcoder/dyad"
)

// English calendar words (month and weekday names, their usual newspaper
// abbreviations) and the words around dates that this package reads.
var (
	monthNames = map[string]time.Month{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	}
	// Abbreviations count only next to a day or a year ("Jan. 5", "Sept 2023").
	monthAbbrs = map[string]time.Month{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
		"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	weekdayNames = map[string]time.Weekday{
		"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	}
	numberWords = map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	}
	unitWords = map[string]unit{
		"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek,
		"month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear,
	}
	partsOfDay = set("morning", "afternoon", "evening", "night")
	// Words before a bare month ("in May") that make it a date.
	monthSignals = set("in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before", "after", "of")
	// Words before a bare year ("since 1992") that make it a date.
	yearSignals = set("in", "since", "until", "till", "by", "from", "during", "through", "throughout", "before", "after", "of", "year", "circa")
	// Words that make a following weekday or year-less date future when they
	// come shortly before it ("will visit Multan on Friday", "is expected to
	// arrive on Wednesday", "said it would meet on Friday").
	futureCues = set("will", "shall", "ll", "would", "scheduled", "upcoming", "expected", "due",
		"planned", "plans", "plan", "intends", "intend", "going")
	// Words of a promise, which make what their infinitive says to come:
	// "pledged to hold elections in March".
	vowCues = set("pledged", "pledge", "pledges", "promised", "promise", "promises", "vowed", "vow", "vows")
	// Words of an invitation, which make a following month to come: one
	// is invited to what has not happened yet ("invited Milei to the
	// Mercosur summit in July").
	inviteCues = set("invite", "invites", "invited", "inviting", "invitation", "invitations")
	// Words between "by" and the date of a deadline: "by the end of February".
	deadlineFill = set("the", "end", "beginning", "start", "middle", "close", "of")
	// Words of when something starts: "from Sept 1", "starting March 1".
	startWords = set("from", "starting", "effective", "beginning")
	// Words of what had been done by a deadline: "had withdrawn by March".
	pastPerfect = set("had", "was", "were")
	// Words that end the search for a future cue ("said on Friday that it will").
	pastCues = set("said", "says", "told", "announced", "reported", "added", "stated", "was", "were", "had")
	// Words after a year that make it a count, not a year ("2023 troops").
	countNouns = set("people", "men", "women", "children", "police", "personnel", "staff", "percent", "per", "cent")
	// Lower-case words ending in "s" after a year that are not plural nouns.
	notPlural = set("was", "has", "is", "its", "his", "this", "as", "thus", "plus", "less", "unless",
		"across", "towards", "afterwards", "besides", "perhaps", "whereas", "always", "ours", "yours", "hers", "theirs")
)

// Named reports whether the lower-case word w names a month or a day of the
// week in full ("may", "friday").
func Named(w string) bool {
	_, m := monthNames[w]
	_, d := weekdayNames[w]
	return m || d
}

type unit uint8

const (
	unitDay unit = iota + 1
	unitWeek
	unitMonth
	unitYear
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lower returns s in ASCII lower case in buf, or "" when s is too long to be
// a calendar word; it spares the hot path an allocation per token.
func lower(buf *[16]byte, s string) []byte {
	if len(s) > len(buf) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// capitalized reports whether s is "May" or "MAY", not "may" or "mAY".
func capitalized(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	upper, lowerRest := true, true
	for i := 1; i < len(s); i++ {
		c := s[i]
		upper = upper && 'A' <= c && c <= 'Z'
		lowerRest = lowerRest && 'a' <= c && c <= 'z'
	}
	return upper || lowerRest
}

// date returns y-m-d at midnight UTC, and false when there is no such day.
func date(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && t.Month() == m
}

// day returns the calendar day of t in t's own location, at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// monday returns the Monday of t's (ISO) week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -(int(t.Weekday())+6)%7)
}

// yearless gives month m, day d a year: the latest such date no more than
// slack days after ref, or, when future, the earliest one no more than slack
// days before ref. A 29 February may be up to four years away. It returns
// the zero time when ref is zero.
func yearless(ref time.Time, m time.Month, d, slack int, future bool) time.Time {
	if ref.IsZero() {
		return time.Time{}
	}
	y, step, stop := ref.Year()+1, -1, ref.Year()-4
	if future {
		y, step, stop = ref.Year()-1, 1, ref.Year()+4
	}
	for ; y != stop+step; y += step {
		t, ok := date(y, m, d)
		if !ok {
			continue
		}
		if future && !t.AddDate(0, 0, slack).Before(ref) || !future && !t.After(ref.AddDate(0, 0, slack)) {
			return t
		}
	}
	return time.Time{}
}

// monthOf gives month m a year: the m on or before ref's month, or, when
// future, the m on or after it. Its result is the 1st of the month.
func monthOf(ref time.Time, m time.Month, future bool) time.Time {
	y := ref.Year()
	if future && m < ref.Month() {
		y++
	} else if !future && m > ref.Month() {
		y--
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

// namedMonth resolves "last May" (n < 0: the latest May before ref's month),
// "this May" (n == 0: May of ref's year) and "next May" (n > 0: the earliest
// May after ref's month).
func namedMonth(ref time.Time, m time.Month, n int) time.Time {
	y := ref.Year()
	switch {
	case n < 0 && m >= ref.Month():
		y--
	case n > 0 && m <= ref.Month():
		y++
	}
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}

// weekdayOf finds weekday wd near ref: the latest on or before ref, or, when
// future, the earliest on or after ref; strict excludes ref itself.
func weekdayOf(ref time.Time, wd time.Weekday, future, strict bool) time.Time {
	if future {
		n := (int(wd) - int(ref.Weekday()) + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return ref.AddDate(0, 0, n)
	}
	n := (int(ref.Weekday()) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return ref.AddDate(0, 0, -n)
}

// weekend returns the Saturday and Sunday of the weekend before ref (ref's
// own when it falls on one, unless strict), or after it when future.
func weekend(ref time.Time, future, strict bool) (sat, sun time.Time) {
	if !future && ref.Weekday() == time.Sunday {
		ref = ref.AddDate(0, 0, -1) // a Sunday is its weekend's Saturday
	}
	sat = weekdayOf(ref, time.Saturday, future, strict)
	return sat, sat.AddDate(0, 0, 1)
}

// shift moves ref by n units (negative: back), truncates it to the unit and
// gives the precision that goes with the unit.
func shift(ref time.Time, u unit, n int) (time.Time, dyad.Precision) {
	switch u {
	case unitDay:
		return ref.AddDate(0, 0, n), dyad.PrecisionDay
	case unitWeek:
		return monday(ref).AddDate(0, 0, 7*n), dyad.PrecisionWeek
	case unitMonth:
		return time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC), dyad.PrecisionMonth
	default:
		return time.Date(ref.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), dyad.PrecisionYear
	}
}

// dist is the distance between two times, never negative.
func dist(a, b time.Time) time.Duration {
	if a.After(b) {
		return a.Sub(b)
	}
	return b.Sub(a)
}
