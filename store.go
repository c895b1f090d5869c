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
	// After is the id of the last event of the previous page (cursor
	// pagination, in id order); Limit caps the page (0: no cap).
	After string
	Limit int
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
	// Article returns a stored article.
	Article(ctx context.Context, id string) (*Article, bool, error)
	// Events returns the stored events the filter selects, in id order.
	Events(ctx context.Context, f Filter) ([]StoredEvent, error)
	// Mentions returns the mentions of a stored event.
	Mentions(ctx context.Context, eventID string) ([]Mention, error)
	// Facts returns the facts stored about two actors, in either order.
	Facts(ctx context.Context, a, b string) ([]Fact, error)
	// Counts returns how many articles, events and mentions are stored.
	Counts(ctx context.Context) (articles, events, mentions int, err error)
	// Close releases the store.
	Close() error
}
