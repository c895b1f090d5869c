package dyad

// Actor is one side of an event, coded the CAMEO way: a country or
// organisation code followed by role codes ("KAZGOV" = Kazakhstan + GOV).
type Actor struct {
	// Code is the full CAMEO actor code, e.g. "KAZGOV", "PAK", "IGOUNO".
	Code string `json:"code"`
	// Country is the ISO 3166-1 alpha-3 code, or the IGO/NGO code, or "".
	Country string `json:"country"`
	// Roles are the CAMEO role codes after the country, e.g. ["GOV"].
	Roles []string `json:"roles"`
	// Name is the canonical name when known (a person, an organisation).
	Name string `json:"name,omitempty"`
	// Text is the actor as written in the sentence.
	Text string `json:"text"`
	// Span covers Text in Article.Text.
	Span Span `json:"span"`
	// Place is where the actor is: the place its words name ("Multan"),
	// else its country; nil when events are not placed.
	Place *Place `json:"place,omitempty"`
}

// Place is where an event happened.
type Place struct {
	Name       string `json:"name"`
	GeonamesID int    `json:"geonames_id,omitempty"`
	Country    string `json:"country"`
	Admin1     string `json:"admin1,omitempty"`
	// Admin1Code is GeoNames' code of the admin1 region ("04" for Punjab,
	// Pakistan); with the FIPS country code it makes GDELT's ADM1 code.
	Admin1Code string  `json:"admin1_code,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	// Precision is "city", "admin1" or "country".
	Precision string `json:"precision"`
}

// Mode qualifies an event that is not a plain fact.
type Mode string

// Event modes. The empty Mode is a plain, asserted event.
const (
	ModeAsserted     Mode = ""
	ModeNegated      Mode = "negated"      // "did not visit"
	ModeFuture       Mode = "future"       // "will visit", "plans to visit"
	ModeHypothetical Mode = "hypothetical" // "would visit if", "could visit"
	ModeReported     Mode = "reported"     // "reportedly visited", "is said to have"
)

// Occurred reports whether an event of this mode happened, as its source
// says: asserted, reported, or the intent or threat a future act is coded
// as (CAMEO's 03x and 13x); not a negated or hypothetical one ("did not
// visit", "could visit", the act someone is urged to do). Relations count
// the events that occurred.
func (m Mode) Occurred() bool { return m != ModeNegated && m != ModeHypothetical }

// Evidence says why an event was coded: the dictionary pattern that fired
// and the words it matched.
type Evidence struct {
	// Pattern is the verb pattern as written in its dictionary.
	Pattern string `json:"pattern"`
	// Dict names the dictionary file and line of the pattern ("verbs.txt:120").
	Dict string `json:"dict,omitempty"`
	// Words are the words the pattern matched, as written.
	Words string `json:"words"`
	// Spans cover the matched words in Article.Text.
	Spans []Span `json:"spans"`
}

// Event is one coded interaction: Source did Code to Target.
type Event struct {
	// ID is deterministic: a hash of article id, sentence index, source,
	// target and code, so re-coding an article never duplicates an event.
	ID        string `json:"id"`
	ArticleID string `json:"article_id"`
	// Sentence is the 0-based index of the evidence sentence.
	Sentence int `json:"sentence"`
	// Span covers the evidence (actor to actor, verb included) in Article.Text.
	Span Span `json:"span"`
	// Text is the evidence sentence.
	Text string `json:"text"`
	// Date is YYYY-MM-DD; DatePrecision says which part of it is known.
	Date          string    `json:"date"`
	DatePrecision Precision `json:"date_precision"`
	Source        Actor     `json:"source"`
	Target        Actor     `json:"target"`
	// Code is the CAMEO event code ("042"); Root its first two digits.
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	QuadClass int     `json:"quad_class"`
	Goldstein float64 `json:"goldstein"`
	// Plover is the PLOVER event type the code maps to.
	Plover   string   `json:"plover"`
	Place    *Place   `json:"place"`
	Mode     Mode     `json:"mode"`
	Evidence Evidence `json:"evidence"`
}
