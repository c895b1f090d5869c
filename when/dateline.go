package when

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

// maxDateline bounds how far into the text a dateline may reach, in bytes.
const maxDateline = 240

// Words that open a "Label: text" first line that is not a dateline
// ("Update: ...", "Also Read: ...").
var labelWords = set("note", "update", "updated", "updates", "editor", "editors", "breaking", "also", "read",
	"watch", "listen", "photo", "photos", "video", "opinion", "analysis", "exclusive", "correction",
	"corrections", "source", "sources", "summary", "live", "related", "warning", "disclaimer", "subject",
	"re", "fw", "fwd", "q", "question", "answer", "by", "from", "to", "date", "title", "headline", "caption",
	"credit", "image", "abstract", "background", "comment", "commentary", "interview", "transcript",
	"statement", "press", "release", "advertisement", "sponsored", "contact", "keywords", "tags", "topics",
	"category", "part", "section", "chapter", "step", "example", "conclusion", "introduction", "overview",
	"the", "this", "a", "an", "in", "on", "at", "and", "but", "for", "why", "how", "what", "who", "when",
	"where", "here", "there", "it", "we", "i", "you", "they", "he", "she", "quote", "fact", "facts")

// Lower-case words allowed inside a place name ("Dar es Salaam", "Rio de Janeiro").
var placeConnectors = set("of", "es", "de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "el",
	"al", "upon", "on", "am", "an", "der", "y", "sur")

// ParseDateline finds a dateline at the very start of an article's text:
//
//	Multan, 31 May 2023 (TDI): ...
//	MULTAN, Pakistan, May 31 (Reuters) - ...
//	WASHINGTON (AP) — ...
//	LONDON, May 31, 2023 /PRNewswire/ -- ...
//	Kabul, 2023-05-31: ...
//	KABUL: ...                           (a place alone, when clearly a dateline)
//	SANAA/WASHINGTON, Jan 12 (Reuters) - ... (two cities)
//
// The place is kept as written, parts and commas included ("MULTAN,
// Pakistan"). A date without a year takes the latest such date not more
// than three days after ref; with a zero ref it is left zero. The dateline's
// Span runs from the place to its separator (":", "-", "--", "–", "—")
// included, or to the publisher when no separator follows. A text that
// opens with a headline, a line of its own before a blank line, may have
// its dateline at the start of the paragraph after it, or after a byline
// too (up to maxHeadlines such lines); blank lines before any are passed
// over. ok is false when
// the text has no dateline.
func ParseDateline(text string, ref time.Time) (dl dyad.Dateline, ok bool) {
	lo := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	for range maxHeadlines + 1 {
		if dl, ok := datelineAt(text, lo, ref); ok {
			return dl, true
		}
		next := afterHeadline(text[lo:])
		if next == 0 {
			break
		}
		lo += next
	}
	return dyad.Dateline{}, false
}

// maxHeadline bounds the length of a headline line, in bytes, and
// maxHeadlines how many such lines (a headline, a byline, a line of
// date) may stand before a dateline.
const (
	maxHeadline  = 240
	maxHeadlines = 3
)

// afterHeadline returns where the paragraph after a headline starts: the
// first line of text, short and not empty, then at least one blank line.
// It returns 0 when the text does not open so.
func afterHeadline(text string) int {
	nl := strings.IndexByte(text, '\n')
	if nl <= 0 || nl > maxHeadline || strings.TrimSpace(text[:nl]) == "" {
		return 0
	}
	i, blank := nl+1, false
	for i < len(text) {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 || strings.TrimSpace(text[i:i+end]) != "" {
			break
		}
		i, blank = i+end+1, true
	}
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if !blank || i >= len(text) {
		return 0
	}
	return i
}

// datelineAt parses a dateline that starts at byte lo of text.
func datelineAt(text string, lo int, ref time.Time) (dl dyad.Dateline, ok bool) {
	hi := len(text)
	if i := strings.IndexByte(text[lo:], '\n'); i >= 0 {
		hi = lo + i
	}
	hi = min(hi, lo+maxDateline)
	p := newParser(text, lo, hi, ref, datelineSlack)
	n := len(p.toks)
	if n == 0 {
		return dyad.Dateline{}, false
	}

	// Place: up to three comma-separated parts, then an optional date.
	i, parts := 0, 0
	var when result
	dated := false
	for {
		j, ok := p.placePart(i)
		if !ok {
			return dyad.Dateline{}, false
		}
		parts, i = parts+1, j
		if !p.punct(i, ",") {
			break
		}
		if r, ok := p.datelineDate(i + 1); ok {
			when, dated, i = r, true, r.last+1
			break
		}
		if parts == 3 {
			return dyad.Dateline{}, false
		}
		i++
	}
	placeEnd := p.toks[i-1].end
	if dated {
		placeEnd = p.toks[when.first-2].end // before the comma
	}
	dl.Place = text[p.toks[0].start:placeEnd]
	dl.Date, dl.DatePrecision = when.date, when.prec
	if when.date.IsZero() {
		dl.DatePrecision = ""
	}

	// Publisher: "(TDI)" or "/PRNewswire/".
	if p.punct(i, "(/") {
		closer := ")"
		if p.toks[i].s == "/" {
			closer = "/"
		}
		k := i + 1
		for k < n && k < i+10 && !p.punct(k, closer) && !p.punct(k, "()/:") {
			k++
		}
		if k == i+1 || !p.punct(k, closer) {
			return dyad.Dateline{}, false
		}
		dl.Publisher = text[p.toks[i+1].start:p.toks[k-1].end]
		i = k + 1
	}

	// Separator: a colon or a spaced hyphen, then a space; "--" or a dash.
	end, space := p.toks[i-1].end, true
	switch {
	case p.punct(i, "–—"):
		end, space = p.toks[i].end, false
	case p.punct(i, "-") && p.punct(i+1, "-") && p.adjacent(i):
		end, space = p.toks[i+1].end, false
	case p.punct(i, ":") || p.punct(i, "-") && p.toks[i].start > end:
		end = p.toks[i].end
	case dl.Publisher == "":
		return dyad.Dateline{}, false
	}
	if space && end < len(text) && !isSpace(text[end:]) {
		return dyad.Dateline{}, false // "Note:x", "Kabul-based"
	}
	if !dated && dl.Publisher == "" && !p.clearlyPlace(parts, i, text[end:hi]) {
		return dyad.Dateline{}, false
	}
	dl.Span = dyad.Span{Start: p.toks[0].start, End: end}
	return dl, true
}

// placePart reads one part of a place name starting at token i: capitalized
// words, joined by connectors, hyphens, apostrophes and abbreviation dots
// ("St. Petersburg", "Port-au-Prince", "N'Djamena"). It returns the token
// after the part.
func (p *parser) placePart(i int) (int, bool) {
	words := 0
	j := i
	for ; j < len(p.toks) && words <= 5; j++ {
		t := p.toks[j]
		switch {
		case t.kind == word && startsUpper(t.s):
			if j == i {
				if _, ok := p.weekday(j); ok {
					return 0, false
				}
				if m, _ := p.month(j, true); m != 0 {
					return 0, false
				}
			}
			words++
		case t.kind == word && j > i && (p.in(j, placeConnectors) || p.adjacent(j-1) && p.punct(j-1, "-'’")):
			words++
		case j > i && p.adjacent(j-1) && (p.punct(j, "-'’") && p.adjacent(j) || p.punct(j, ".") && len(p.toks[j-1].s) <= 3):
			// inside a word, or an abbreviation's dot ("St.")
		case j > i && p.adjacent(j-1) && p.punct(j, "/") && p.adjacent(j) && j+1 < len(p.toks) && startsUpper(p.toks[j+1].s):
			// a second city ("SANAA/WASHINGTON")
		default:
			return j, j > i && (p.toks[j-1].kind == word || p.punct(j-1, "."))
		}
	}
	return j, j > i && words <= 5
}

// datelineDate reads the date of a dateline, perhaps after a weekday:
// "31 May 2023", "Wednesday, May 31", "2023-05-31".
func (p *parser) datelineDate(i int) (result, bool) {
	if r, ok := p.weekdayDate(i); ok && r.end.IsZero() {
		return r, true
	}
	if r, ok := p.dateAt(i); ok && r.end.IsZero() {
		return r, true
	}
	return result{}, false
}

// clearlyPlace decides whether a place with neither date nor publisher
// ("KABUL: ...") opens a dateline: a short place that is not a label
// ("Update:", "Also Read:"), followed by a sentence.
func (p *parser) clearlyPlace(parts, sep int, rest string) bool {
	if parts != 1 || sep > 3 {
		return false // at most three words
	}
	for k := 0; k < sep; k++ {
		if p.in(k, labelWords) {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !strings.ContainsRune("\"“‘'", r) {
		return false
	}
	return len(strings.Fields(rest)) >= 5
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isSpace reports whether s starts with white space.
func isSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
