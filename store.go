package dyad

import (
	"context"
	"time"
)

// Fact is a standing relation between two countries that an article states,
// not an event: ties since a year, a shared membership, an area of
// cooperation. Facts are kept beside events and never become CAMEO events.
type Fact struct {
	// A and B are the two actors (country or organisation codes), in the
	// order the text gives them.
	A string `json:"a"`
	B string `json:"b"`
	// Kind is one of the Fact kinds below; Value what the fact says
	// ("1992", "SCO", "trade").
	Kind  string `json:"kind"`
	Value string `json:"value"`
	// ArticleID, Sentence and Span give the evidence.
	ArticleID string `json:"article_id"`
	Sentence  int    `json:"sentence"`
	Span      Span   `json:"span"`
	// Text is the evidence sentence.
	Text string `json:"text"`
}

// Fact kinds.
const (
	FactTiesSince        = "ties_since"        // "ties that can be traced back to 1992"
	FactSharedMembership = "shared_membership" // "both countries playing a role in the SCO"
	FactCooperationArea  = "cooperation_area"  // "collaborations in trade, education and tourism"
	FactJointVenture     = "joint_venture"     // "exploring joint ventures in energy"
	FactAgreement        = "agreement"         // "under the 2015 trade agreement"
	FactPartnership      = "partnership"       // "a comprehensive strategic partnership since 2014"
)

// Filter selects events from a Store. Zero fields select everything.
type Filter struct {
	// Actor matches events whose source or target code starts with it.
	Actor string
	// Dyad matches events between the two country codes, in either
	// direction.
	Dyad [2]string
	// Code and Root match the CAMEO code by prefix and the root exactly;
	// Quad the quad class (1-4).
	Code, Root string
	Quad       int
	// From and To bound the event date, inclusive.
	From, To time.Time
	// Place matches the place name; Country the place's country.
	Place, Country string
	// Diplomacy, when not nil, keeps only the events of public diplomacy
	// it describes.
	Diplomacy *Diplomacy
	// After is the id of the last event of the previous page (cursor
	// pagination, newest first); Limit caps the page (0: no cap).
	After string
	Limit int
}

// SocietyRoles are the roles of a country's people rather than its state,
// whom public diplomacy engages: education, business, media, civil
// society, religion, labour, health, agriculture, human rights, NGOs.
var SocietyRoles = []string{"EDU", "BUS", "MED", "CVL", "REL", "LAB", "HLH", "AGR", "HRI", "NGO"}

// Diplomacy describes the events of public diplomacy: one side's
// government engaging the other side's society rather than its state, or
// travelling to a city of the other side's country other than its capital.
// An actor's kind is its first role.
type Diplomacy struct {
	// Gov is the role of a government actor ("GOV").
	Gov string
	// Society are the roles of a country's people rather than its state
	// ("EDU", "BUS", ...).
	Society []string
	// Capitals maps a country code to the name of its capital; a country
	// missing from it has every city counted as outside the capital.
	Capitals map[string]string
}

// Period is the length of time events are counted by: PeriodDay,
// PeriodWeek (ISO 8601 weeks), PeriodMonth or PeriodYear.
type Period string

// Periods, and how PeriodCount.Period writes each.
const (
	PeriodDay   Period = "day"   // 2023-05-28
	PeriodWeek  Period = "week"  // 2023-W21
	PeriodMonth Period = "month" // 2023-05
	PeriodYear  Period = "year"  // 2023
)

// PeriodCount counts the events of one direction of a dyad in one period.
type PeriodCount struct {
	// Period is the period as its Period writes it; Direction is
	// "SOURCE->TARGET" (the two country codes).
	Period    string `json:"period"`
	Direction string `json:"direction"`
	// Quad counts the events of each quad class: verbal cooperation,
	// material cooperation, verbal conflict, material conflict.
	Quad [4]int `json:"quad_counts"`
	// Events counts all the events; Goldstein is their mean Goldstein value.
	Events    int     `json:"events"`
	Goldstein float64 `json:"mean_goldstein"`
}

// CodeCount counts the events of one CAMEO code in one direction.
type CodeCount struct {
	Direction string `json:"direction"`
	Code      string `json:"code"`
	Events    int    `json:"events"`
}

// Partner sums the events between a country and one partner, in both
// directions.
type Partner struct {
	// Country is the partner's country code.
	Country string `json:"country"`
	Events  int    `json:"events"`
	// Cooperation counts the events of quad classes 1 and 2, Conflict
	// those of 3 and 4.
	Cooperation int `json:"cooperation"`
	Conflict    int `json:"conflict"`
	// Goldstein is the events' mean Goldstein value.
	Goldstein float64 `json:"mean_goldstein"`
}

// CountryCount counts the events with a country on either side.
type CountryCount struct {
	Country string `json:"country"`
	Events  int    `json:"events"`
}

// PlaceCount counts the events at one place.
type PlaceCount struct {
	Name      string  `json:"name"`
	Country   string  `json:"country"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Precision string  `json:"precision"`
	Events    int     `json:"events"`
	// Quad counts the events of each quad class, as in PeriodCount.
	Quad [4]int `json:"quad_counts"`
}

// StoredEvent is an event as a Store keeps it: reports of the same event
// in several articles merged into one, with GDELT's counts.
type StoredEvent struct {
	Event
	// NumMentions counts the sentences that report the event,
	// NumArticles the articles, NumSources the publishers.
	NumMentions int `json:"num_mentions"`
	NumArticles int `json:"num_articles"`
	NumSources  int `json:"num_sources"`
}

// Mention is one report of a stored event: the article and the sentence
// that say it.
type Mention struct {
	EventID   string `json:"event_id"`
	ArticleID string `json:"article_id"`
	Sentence  int    `json:"sentence"`
	Span      Span   `json:"span"`
	// Publisher and URL of the article; Date the article's date.
	Publisher string    `json:"publisher,omitempty"`
	URL       string    `json:"url,omitempty"`
	Date      time.Time `json:"date"`
}

// Coded is an article with what the coder made of it.
type Coded struct {
	Article *Article
	Events  []Event
	Facts   []Fact
}

// Store keeps articles with their events, mentions and facts. Methods
// return errors wrapping the context of the failure; a missing article or
// event is reported as ok false, not as an error.
type Store interface {
	// PutArticle stores an article, its coded events and its facts in one
	// transaction. Storing an article again changes nothing: ids are
	// deterministic. Events that other articles already reported (same
	// date within the store's window, source, target, code and place)
	// become mentions of the stored event.
	PutArticle(ctx context.Context, a *Article, evs []Event, facts []Fact) error
	// PutArticles stores several articles as PutArticle does, all of them
	// or none, in one transaction.
	PutArticles(ctx context.Context, batch []Coded) error
	// HasArticle reports whether an article is stored.
	HasArticle(ctx context.Context, id string) (bool, error)
	// StoredArticles reports which of several articles are stored, at
	// once: the ids in the map are those stored.
	StoredArticles(ctx context.Context, ids []string) (map[string]bool, error)
	// Article returns a stored article.
	Article(ctx context.Context, id string) (*Article, bool, error)
	// Events returns the stored events the filter selects, newest first:
	// by date, then id, descending; undated events last.
	Events(ctx context.Context, f Filter) ([]StoredEvent, error)
	// Event returns the stored event with the given id.
	Event(ctx context.Context, id string) (*StoredEvent, bool, error)
	// Periods counts the dated events the filter selects by period and
	// direction, sorted by period and direction. The filter's After and
	// Limit do not apply.
	Periods(ctx context.Context, f Filter, by Period) ([]PeriodCount, error)
	// Codes returns, for each direction, the n CAMEO codes of the most
	// events the filter selects, sorted by direction, then most events
	// first, then code. The filter's After and Limit do not apply.
	Codes(ctx context.Context, f Filter, n int) ([]CodeCount, error)
	// Partners returns the countries with events with country (either
	// way), most events first, at most n of them.
	Partners(ctx context.Context, country string, n int) ([]Partner, error)
	// Countries returns the countries on either side of the stored
	// events, most events first.
	Countries(ctx context.Context) ([]CountryCount, error)
	// Places counts the events the filter selects by place, most events
	// first, at most n places; events without a place are left out. The
	// filter's After and Limit do not apply.
	Places(ctx context.Context, f Filter, n int) ([]PlaceCount, error)
	// Mentions returns the mentions of a stored event.
	Mentions(ctx context.Context, eventID string) ([]Mention, error)
	// Facts returns the facts stored about two actors, in either order.
	Facts(ctx context.Context, a, b string) ([]Fact, error)
	// Counts returns how many articles, events and mentions are stored.
	Counts(ctx context.Context) (articles, events, mentions int, err error)
	// Close releases the store.
	Close() error
}
