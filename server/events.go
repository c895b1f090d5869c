package server

import (
	"net/http"
	"slices"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/relations"
)

// Event is the JSON of an event: the stored event and its sentence cut
// into segments.
type Event struct {
	dyad.StoredEvent
	Segments []Segment `json:"segments"`
}

// newEvent returns the JSON of a stored event.
func newEvent(e *dyad.StoredEvent) Event {
	return Event{StoredEvent: *e, Segments: Segments(&e.Event)}
}

// newEvents returns the JSON of stored events, [] for none.
func newEvents(evs []dyad.StoredEvent) []Event {
	out := make([]Event, len(evs))
	for i := range evs {
		out[i] = newEvent(&evs[i])
	}
	return out
}

// events serves GET /api/events: a page of the events the filters select,
// newest first, and the cursor of the next page ("" after the last).
func (s *Server) events(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r.URL.RawQuery, append(filterParams, "limit", "after")...)
	if err != nil {
		return err
	}
	f, err := parseFilter(q)
	if err != nil {
		return err
	}
	limit, err := parseLimit(q, defaultLimit, maxLimit)
	if err != nil {
		return err
	}
	if c := q.Get("after"); c != "" {
		if f.After, err = decodeCursor(c); err != nil {
			return err
		}
	}
	// One more than the page tells whether there is a next page.
	f.Limit = limit + 1
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		return err
	}
	next := ""
	if len(evs) > limit {
		evs = evs[:limit]
		next = encodeCursor(evs[limit-1].ID)
	}
	writeJSON(w, http.StatusOK, struct {
		Events []Event `json:"events"`
		Next   string  `json:"next"`
	}{newEvents(evs), next})
	return nil
}

// mention is the JSON of one report of an event, with its sentence and the
// article's title.
type mention struct {
	dyad.Mention
	Title string `json:"title"`
	Text  string `json:"text"`
}

// maxMentions caps the mentions GET /api/events/{id} lists: finding each
// one's sentence analyses its article. The event's num_mentions counts
// them all.
const maxMentions = 100

// event serves GET /api/events/{id}: the event and its mentions, each with
// its evidence sentence.
func (s *Server) event(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r.URL.RawQuery); err != nil {
		return err
	}
	id := r.PathValue("id")
	e, ok, err := s.st.Event(r.Context(), id)
	if err != nil {
		return err
	}
	if !ok {
		return errorf(http.StatusNotFound, "no event "+id)
	}
	ms, err := s.st.Mentions(r.Context(), id)
	if err != nil {
		return err
	}
	if len(ms) > maxMentions {
		ms = ms[:maxMentions]
	}
	out := make([]mention, len(ms))
	articles := map[string]*dyad.Article{}
	for i, m := range ms {
		a, seen := articles[m.ArticleID]
		if !seen {
			if a, _, err = s.st.Article(r.Context(), m.ArticleID); err != nil {
				return err
			}
			articles[m.ArticleID] = a
		}
		out[i] = mention{Mention: m}
		if a != nil {
			out[i].Title = a.Title
			out[i].Text = sentenceText(a, m.Sentence)
		}
	}
	writeJSON(w, http.StatusOK, struct {
		Event    Event     `json:"event"`
		Mentions []mention `json:"mentions"`
	}{newEvent(e), out})
	return nil
}

// sentenceText returns the text of the sentence of a with the given index,
// as the coder counts sentences, or "" when there is none.
func sentenceText(a *dyad.Article, index int) string {
	sents := coder.Analyze(a)
	if index < 0 || index >= len(sents) {
		return ""
	}
	sp := sents[index].Span
	return a.Text[sp.Start:sp.End]
}

// relationsJSON is the JSON of a relations report: its events with their
// segments.
type relationsJSON struct {
	*relations.Report
	PublicDiplomacy struct {
		Periods []relations.PeriodEvents `json:"periods"`
		Events  []Event                  `json:"events"`
	} `json:"public_diplomacy"`
}

// maxDiplomacyEvents caps the public diplomacy events a relations response
// lists (it counts them all by period).
const maxDiplomacyEvents = 50

// relations serves GET /api/relations?a=PAK&b=KAZ&by=month.
func (s *Server) relations(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r.URL.RawQuery, "a", "b", "by")
	if err != nil {
		return err
	}
	a, err := countryCode("a", q.Get("a"))
	if err != nil {
		return err
	}
	b, err := countryCode("b", q.Get("b"))
	if err != nil {
		return err
	}
	by := dyad.Period(q.Get("by"))
	if by == "" {
		by = dyad.PeriodMonth
	}
	if !slices.Contains(relations.Periods, by) {
		return errorf(http.StatusBadRequest, "by is day, week, month or year")
	}
	rep, err := relations.Build(r.Context(), s.st, a, b, relations.Options{
		By: by, MaxEvents: maxDiplomacyEvents, Capital: s.opts.Capital})
	if err != nil {
		return err
	}
	out := relationsJSON{Report: rep}
	out.PublicDiplomacy.Periods = rep.PublicDiplomacy.Periods
	out.PublicDiplomacy.Events = newEvents(rep.PublicDiplomacy.Events)
	writeJSON(w, http.StatusOK, out)
	return nil
}

// country is a country code with its name.
type country struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// countries serves GET /api/countries: the countries with stored events,
// most events first.
func (s *Server) countries(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r.URL.RawQuery); err != nil {
		return err
	}
	cs, err := s.st.Countries(r.Context())
	if err != nil {
		return err
	}
	type entry struct {
		country
		Events int `json:"events"`
	}
	out := make([]entry, len(cs))
	for i, c := range cs {
		out[i] = entry{country{c.Country, s.opts.Name(c.Country)}, c.Events}
	}
	writeJSON(w, http.StatusOK, map[string]any{"countries": out})
	return nil
}

// partners serves GET /api/countries/{iso3}/partners: the country's
// partners, most events first.
func (s *Server) partners(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r.URL.RawQuery, "limit")
	if err != nil {
		return err
	}
	code, err := countryCode("the path", r.PathValue("iso3"))
	if err != nil {
		return err
	}
	limit, err := parseLimit(q, defaultLimit, maxLimit)
	if err != nil {
		return err
	}
	ps, err := s.st.Partners(r.Context(), code, limit)
	if err != nil {
		return err
	}
	type partner struct {
		dyad.Partner
		Name string `json:"name"`
	}
	out := make([]partner, len(ps))
	for i, p := range ps {
		out[i] = partner{p, s.opts.Name(p.Country)}
	}
	writeJSON(w, http.StatusOK, struct {
		Country  string    `json:"country"`
		Name     string    `json:"name"`
		Partners []partner `json:"partners"`
	}{code, s.opts.Name(code), out})
	return nil
}

// maxPlaces caps the places of GET /api/places.
const maxPlaces = 1000

// places serves GET /api/places: the events the filters select counted by
// place, most events first.
func (s *Server) places(w http.ResponseWriter, r *http.Request) error {
	q, err := params(r.URL.RawQuery, filterParams...)
	if err != nil {
		return err
	}
	f, err := parseFilter(q)
	if err != nil {
		return err
	}
	ps, err := s.st.Places(r.Context(), f, maxPlaces)
	if err != nil {
		return err
	}
	if ps == nil {
		ps = []dyad.PlaceCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"places": ps})
	return nil
}

// articleJSON is the JSON of a stored article. Where it was read from (a
// file on the server) is left out.
type articleJSON struct {
	ID            string         `json:"id"`
	URL           string         `json:"url"`
	Title         string         `json:"title"`
	Publisher     string         `json:"publisher"`
	Date          *time.Time     `json:"date"`
	DatePrecision dyad.Precision `json:"date_precision"`
	Dateline      *datelineJSON  `json:"dateline"`
	Text          string         `json:"text"`
}

// datelineJSON is the JSON of an article's dateline.
type datelineJSON struct {
	Place         string         `json:"place"`
	Date          *time.Time     `json:"date"`
	DatePrecision dyad.Precision `json:"date_precision"`
	Publisher     string         `json:"publisher"`
	Span          dyad.Span      `json:"span"`
}

// optTime returns t, or nil for the zero time (null in JSON).
func optTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// article serves GET /api/articles/{id}.
func (s *Server) article(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r.URL.RawQuery); err != nil {
		return err
	}
	id := r.PathValue("id")
	a, ok, err := s.st.Article(r.Context(), id)
	if err != nil {
		return err
	}
	if !ok {
		return errorf(http.StatusNotFound, "no article "+id)
	}
	out := articleJSON{ID: a.ID, URL: a.URL, Title: a.Title, Publisher: a.Publisher,
		Date: optTime(a.Date), DatePrecision: a.DatePrecision, Text: a.Text}
	if d := a.Dateline; d != nil {
		out.Dateline = &datelineJSON{Place: d.Place, Date: optTime(d.Date),
			DatePrecision: d.DatePrecision, Publisher: d.Publisher, Span: d.Span}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
