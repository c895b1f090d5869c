// Package dyad holds the domain types of the dyad event coder: articles,
// sentences, spans, actors, places and events, and the positioned errors that
// every stage reports. It imports no other dyad package; the stages
// (text, phrase, lexicon, coder, ...) and the stores depend on it.
package dyad

import "time"

// Span is a half-open byte range in an article's text.
// Start and End are byte offsets, 0-based, End exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Precision says how exactly a date is known.
type Precision string

// Date precisions, from the most to the least exact.
const (
	PrecisionDay   Precision = "day"
	PrecisionWeek  Precision = "week" // the date is the week's Monday
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
	// PrecisionDecade: the date is the decade's first year ("in the
	// 1990s" is 1990-01-01).
	PrecisionDecade Precision = "decade"
)

// Article is one news report as read from a source.
type Article struct {
	// ID identifies the article; when the input gives none it is a hash of Text.
	ID string
	// File is where the article was read from ("-" for standard input);
	// Line is the 1-based line of the article in File (JSON Lines), 0 otherwise.
	File  string
	Line  int
	URL   string
	Title string
	// Publisher is the agency or outlet named by the dateline or the input.
	Publisher string
	// Date is the article's date (usually the dateline's); zero when unknown.
	Date time.Time
	// DatePrecision says how exactly Date is known.
	DatePrecision Precision
	// Dateline is the parsed dateline, or nil when the text has none.
	Dateline *Dateline
	// Text is the article's text, valid UTF-8. Every Span indexes it.
	Text string
}

// Dateline is the opening "PLACE, DATE (PUBLISHER):" of a report.
type Dateline struct {
	// Place is the place as written ("Multan").
	Place string
	// Date is the date the dateline gives, zero when it gives none.
	Date          time.Time
	DatePrecision Precision
	// Publisher is the agency in parentheses ("TDI"), if any.
	Publisher string
	// Span covers the whole dateline, separator included.
	Span Span
}

// Sentence is one sentence of an article.
type Sentence struct {
	// Index is the sentence's 0-based position in the article.
	Index int
	// Span covers the sentence in Article.Text.
	Span Span
}
