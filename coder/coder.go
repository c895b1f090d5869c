// Package coder turns an article into CAMEO events. Input: a *dyad.Article
// and a *lexicon.Dict. Output: the article's events, each with its actors,
// code, date, mode and the evidence (pattern and matched words, as byte
// spans in the article text).
//
// The coder works on each sentence's chunks (package phrase): for every verb
// group it finds the subject, matches the dictionary's patterns for the verb
// against the words after it, and resolves the actor slots; for every noun
// phrase headed by an event noun ("visit", "talks", "attack") it does the
// same, taking the source from a possessive, an "of"/"by" phrase or the
// light verb that governs it ("paid a visit", "was made by"). Actors are
// resolved with the article's memory: a person introduced with a role keeps
// that role's code, "the ambassador" refers back, and "both countries" means
// the pair the article is about.
package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/cameo"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// Options change what the coder emits.
type Options struct {
	// Singles keeps events that have a source but no target actor. By
	// default an event needs both: dyad codes dyads.
	Singles bool
	// Unknown codes a role whose country the coder cannot tell as CAMEO's
	// null country, "---GOV", instead of leaving the actor out.
	Unknown bool
	// Literal codes as PETRARCH does: exactly what the patterns say (by
	// default a future cooperative act takes CAMEO's intent code, 03x),
	// pattern words as written, and every event dated by its article.
	Literal bool
	// Places, when set, places every event: the place its clause names,
	// else the dateline city, else its country.
	Places *geo.Gazetteer
	// NewActorLength, when above 0, makes a noun phrase of at most that
	// many words that names no known actor a new actor, coded as its words
	// in capitals between double quotes (PETRARCH's new_actor_length).
	NewActorLength int
}

// Coder codes articles. It is safe for concurrent use.
type Coder struct {
	dict *lexicon.Dict
	opts Options
}

// New returns a Coder that consults d.
func New(d *lexicon.Dict, opts Options) *Coder {
	return &Coder{dict: d, opts: opts}
}

// boilerplate reports whether a sentence is a web page's furniture rather
// than the report: a link to another story ("Read more: Sharif meets Xi"),
// a label ("Advertisement"), a request to follow or subscribe, a copyright
// line.
func boilerplate(toks []text.Token) bool {
	// Most sentences open with none of the words: tell them at once,
	// without lowering any text.
	switch first := toks[0].Text; {
	case len(first) < 3 && first != "©", len(first) > len("advertisement"):
		return false
	}
	w := func(i int) string {
		if i < len(toks) {
			return strings.ToLower(toks[i].Text)
		}
		return ""
	}
	colon := func(i int) bool { return w(i) == ":" || w(i) == "|" || w(i) == "-" }
	switch w(0) {
	case "read":
		return w(1) == "more" || w(1) == "also" || colon(1)
	case "also":
		return (w(1) == "read" || w(1) == "see") && (colon(2) || w(2) == "")
	case "see":
		return w(1) == "also" && colon(2)
	case "related", "watch", "listen", "recommended", "advertisement", "sponsored", "trending":
		return colon(1) || len(toks) == 1
	case "follow", "subscribe":
		return w(1) == "us" || w(1) == "to" || w(1) == "our"
	case "copyright", "©":
		return true
	case "all":
		return w(1) == "rights" && w(2) == "reserved"
	}
	return false
}

// Sentence is one analysed sentence: its tokens (tagged) and chunks.
type Sentence struct {
	Index  int
	Span   dyad.Span
	Tokens []text.Token
	Chunks []phrase.Chunk
}

// Analyze splits, tokenizes, tags and chunks an article's text, leaving out
// the dateline, a headline or byline before it (the headline sums up the
// report: coded too, its events would be counted twice, and dated by the
// article rather than by the report's own words), and a web page's
// boilerplate lines ("Read more: ...", "Follow us on Twitter").
func Analyze(a *dyad.Article) []Sentence {
	var dl dyad.Span
	if a.Dateline != nil {
		dl = a.Dateline.Span
	}
	var out []Sentence
	for _, sp := range text.Split(a.Text) {
		if sp.End <= dl.End {
			continue
		}
		if start := dl.End; sp.End > start && sp.Start < start {
			sp.Start = start
			for sp.Start < sp.End && strings.IndexByte(" \t\r\n", a.Text[sp.Start]) >= 0 {
				sp.Start++
			}
		}
		toks := text.Tokenize(a.Text, sp)
		if len(toks) == 0 || boilerplate(toks) {
			continue
		}
		text.Tag(toks)
		out = append(out, Sentence{Index: len(out), Span: sp, Tokens: toks, Chunks: phrase.Chunks(toks)})
	}
	return out
}

// Guard runs f, which codes article a, and turns a panic in it, a bug of
// dyad's that some text sets off, into an error naming the article, so that
// one article cannot stop a batch. It returns nil when f returns.
func Guard(a *dyad.Article, f func()) (err *dyad.Error) {
	defer func() {
		if r := recover(); r != nil {
			err = &dyad.Error{File: a.File, Line: a.Line, Article: a.ID, Offset: -1, Stage: "code",
				Msg: fmt.Sprintf("internal error, please report it with the article: %v", r)}
		}
	}()
	f()
	return nil
}

// Code codes one article with dyad's own pipeline.
func (c *Coder) Code(a *dyad.Article) []dyad.Event {
	return c.CodeSentences(a, Analyze(a))
}

// CodeSentences codes an article whose sentences are already analysed
// (from dyad's pipeline or from given parses).
//
// Discards apply: a story-level discard phrase anywhere (a sports league,
// say) leaves the whole article uncoded, a sentence-level one its sentence.
func (c *Coder) CodeSentences(a *dyad.Article, sents []Sentence) []dyad.Event {
	story, drop := c.Discards(sents)
	if story {
		return nil
	}
	d := newDoc(c, a, sents)
	d.geoContext(sents)
	var raw []*event
	for i := range sents {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		raw = append(raw, d.sentence(&sents[i])...)
		d.earlier = raw
	}
	return d.finish(raw)
}

// Discards reports whether a story-level discard phrase occurs in the
// sentences, and which sentences (by index, ascending) hold a
// sentence-level one.
func (c *Coder) Discards(sents []Sentence) (story bool, drop []int) {
	for i := range sents {
		if _, st, ok := c.dict.Discard(sents[i].Tokens); ok {
			if st {
				return true, nil
			}
			drop = append(drop, i)
		}
	}
	return false, drop
}

// event is an event before it is dated and numbered.
type event struct {
	sent    *Sentence
	source  dyad.Actor
	target  dyad.Actor
	code    string
	pattern *lexicon.Pattern
	words   []int // token indices matched
	mode    dyad.Mode
	date    *when.Expr
	anaphor bool   // "this visit": the same event as an earlier one
	reacts  bool   // "condemned the attack": to an act an earlier sentence told of
	pairOf  *event // the event this one is the CAMEO pair or the mutual counterpart of, placed alike
	history bool   // dated long before the article: background, recalled by later sentences but not coded
	span    dyad.Span
}

func (d *doc) finish(raw []*event) []dyad.Event {
	// An anaphoric mention ("This first working trip ... on May 28") is the
	// same event as an earlier one with the same actors and code: it gives
	// that event its date and is not coded again.
	var kept []*event
	for _, e := range raw {
		if e.date == nil && (e.code == "042" || e.code == "043") && !d.c.opts.Literal {
			// "a visit to Nouakchott by Moroccan Prime Minister Aziz
			// Akhannouch on Wednesday. Ghazouani received Akhannouch at
			// the palace": one visit, told twice, on the day told first
			// (a store merges the two reports into one event).
			if k := sameVisit(kept, e); k != nil {
				e.date = k.date
			}
		}
		if e.anaphor {
			if prev := findEarlier(kept, e); prev != nil {
				if prev.date == nil && e.date != nil {
					// The sentence told of one occasion: its other
					// undated events happened then too.
					for _, k := range kept {
						if k.sent == prev.sent && k.date == nil {
							k.date = e.date
						}
					}
				}
				continue
			}
		}
		kept = append(kept, e)
	}
	d.carryDates(kept)
	seen := map[string]bool{}
	var out []dyad.Event
	for _, e := range kept {
		if e.history {
			continue
		}
		ev := d.render(e)
		if seen[ev.ID] {
			continue
		}
		seen[ev.ID] = true
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Sentence < out[j].Sentence })
	return out
}

// carryDates dates an undated event that goes on with the occasion the
// sentence before it dated, told of by a pronoun or "the two leaders" for
// one of its actors ("Tokayev arrived in Islamabad on Monday. He was
// received by Sharif."): the same occasion, the same day, and so are the
// other undated events of its sentence ("Erdogan welcomed Tokayev, and
// the two leaders held talks").
func (d *doc) carryDates(evs []*event) {
	if d.c.opts.Literal {
		return
	}
	occasion := map[*Sentence]*when.Expr{}
	// An intent said on the occasion is of its day ("The two presidents
	// signed agreements ... and pledged to strengthen security
	// cooperation"); other acts to come are dated by when they come.
	undated := func(e *event) bool { return e.date == nil && (!toCome(e.mode) || strings.HasPrefix(e.code, "03")) }
	for i, e := range evs {
		if !undated(e) || e.reacts || !d.goesOn(e) {
			continue // a reaction comes after what it reacts to
		}
		for j := i - 1; j >= 0; j-- {
			p := evs[j]
			if p.sent.Index < e.sent.Index-1 {
				break
			}
			// An occasion is a day: not the year of a background act
			// ("since the two countries restored ties in 2023").
			// Not a third party's answer to it: "Azerbaijan shelled
			// Armenian positions on Tuesday. Russia called on both
			// sides to stop the bloodshed".
			party := e.source.Country == p.source.Country || e.source.Country == p.target.Country
			if p.sent.Index == e.sent.Index-1 && p.date != nil && p.date.Precision == dyad.PrecisionDay && !toCome(p.mode) && !p.history && !pastPerfect(p.sent) && sharesCountry(p, e) && party {
				e.date = p.date
				occasion[e.sent] = p.date
				break
			}
		}
	}
	for _, e := range evs {
		if x, ok := occasion[e.sent]; ok && undated(e) {
			e.date = x
		}
	}
}

// pastPerfect reports whether a sentence's first verb group is in the past
// perfect: what it tells ("Somalia had expelled Ethiopia's ambassador in
// April") is background before the story's time, which the next sentence
// goes back to ("The two leaders pledged ...").
func pastPerfect(s *Sentence) bool {
	for _, c := range s.Chunks {
		if c.Kind != phrase.VP {
			continue
		}
		toks := s.Tokens[c.Start:c.End]
		for i := 0; i+1 < len(toks); i++ {
			if toks[i].Lower == "had" && toks[i+1].Tag == "VBN" {
				return true
			}
		}
		return false
	}
	return false
}

// goesOn reports whether one of an event's actors is told of as one named
// before: by a pronoun, which stands for an actor of an earlier sentence
// ("he"), or as the article's pair ("the two leaders").
func (d *doc) goesOn(e *event) bool {
	sp := e.sent.Span
	for _, a := range []dyad.Actor{e.source, e.target} {
		if a.Text == "" {
			continue
		}
		if a.Span.End <= sp.Start || a.Span.Start >= sp.End {
			return true
		}
		if _, ok := pairWords[strings.ToLower(a.Text)]; ok || metWords[strings.ToLower(a.Text)] {
			return true
		}
	}
	return false
}

// sharesCountry reports whether two events have an actor's country in
// common.
func sharesCountry(a, b *event) bool {
	for _, x := range []string{a.source.Country, a.target.Country} {
		if x != "" && (x == b.source.Country || x == b.target.Country) {
			return true
		}
	}
	return false
}

// sameVisit returns the visit between e's actors, made or hosted as e is,
// that kept holds from one of the two sentences before e's, or nil.
//
// A visit "also" or "later" made ("The ambassador also visited Samarkand
// State University") is of the same trip: to the same country, by the same
// visitor (or hosted by the same country's), on its day.
func sameVisit(kept []*event, e *event) *event {
	also := alsoDone(e)
	for _, k := range kept {
		if k.code != e.code || k.sent.Index >= e.sent.Index || k.sent.Index < e.sent.Index-2 {
			continue
		}
		if k.source.Code == e.source.Code && k.target.Code == e.target.Code ||
			also && k.source.Country == e.source.Country && k.target.Country == e.target.Country {
			return k
		}
	}
	return nil
}

// alsoDone reports whether "also" or "later" stands right before e's
// first word.
func alsoDone(e *event) bool {
	if len(e.words) == 0 {
		return false
	}
	i := slices.Min(e.words)
	return i > 0 && (e.sent.Tokens[i-1].Lower == "also" || e.sent.Tokens[i-1].Lower == "later")
}

func findEarlier(kept []*event, e *event) *event {
	for i := len(kept) - 1; i >= 0; i-- {
		k := kept[i]
		// The same parties, by the same names or by others of theirs:
		// "Kenya and Uganda signed a deal ... The agreement was signed
		// by Kenyan Energy Minister Opiyo Wandayi and his Ugandan
		// counterpart".
		// An attack told again may be told by another verb: "an air
		// strike on Hamas leaders ... The strike targeted Hamas
		// negotiators".
		same := k.code == e.code || violent(k.code) && violent(e.code)
		if same && (k.source.Code == e.source.Code && k.target.Code == e.target.Code ||
			k.source.Country == e.source.Country && k.target.Country == e.target.Country) {
			return k
		}
	}
	return nil
}

func (d *doc) render(e *event) dyad.Event {
	a := d.art
	place := d.place(e)
	if e.code == "044" && place != nil && place.Precision != "country" && (place.Country == e.source.Country || place.Country == e.target.Country) && !d.c.opts.Literal {
		// "met Xi on the sidelines of the BRICS summit in
		// Johannesburg": a meeting in one party's country is at no
		// third location.
		e.code = "040"
	}
	if e.code == "040" && place != nil && place.Precision != "country" && place.Country != e.source.Country && place.Country != e.target.Country &&
		d.isCountry(e.source.Country) && d.isCountry(e.target.Country) && d.isCountry(place.Country) && !d.c.opts.Literal {
		// "Kyrgyz President Sadyr Japarov and Tajik President Emomali
		// Rahmon met on the sidelines of a summit in Samarkand": a
		// meeting in neither party's country is at a third location.
		e.code = "044"
	}
	cb, _ := cameo.Lookup(e.code)
	ev := dyad.Event{
		ArticleID: a.ID,
		Sentence:  e.sent.Index,
		Span:      e.span,
		Text:      a.Text[e.sent.Span.Start:e.sent.Span.End],
		Source:    e.source,
		Target:    e.target,
		Code:      e.code,
		Root:      cb.Root,
		QuadClass: cb.Quad,
		Goldstein: cb.Goldstein,
		Plover:    cb.Plover,
		Mode:      e.mode,
		Place:     place,
	}
	ev.Source.Place = d.actorPlace(e.sent, e.source)
	ev.Target.Place = d.actorPlace(e.sent, e.target)
	if e.source.Roles == nil {
		ev.Source.Roles = []string{}
	}
	if e.target.Roles == nil {
		ev.Target.Roles = []string{}
	}
	switch {
	case e.date != nil:
		ev.Date, ev.DatePrecision = e.date.Date.Format(time.DateOnly), e.date.Precision
	case !a.Date.IsZero():
		ev.Date, ev.DatePrecision = a.Date.Format(time.DateOnly), a.DatePrecision
	}
	if e.pattern != nil {
		ev.Evidence.Pattern = e.pattern.Text
		ev.Evidence.Dict = e.pattern.Src
	}
	ev.Evidence.Spans = []dyad.Span{}
	var words []byte
	for _, i := range e.words {
		t := e.sent.Tokens[i]
		ev.Evidence.Spans = append(ev.Evidence.Spans, t.Span)
		if len(words) > 0 {
			words = append(words, ' ')
		}
		words = append(words, t.Text...)
	}
	ev.Evidence.Words = string(words)
	ev.ID = EventID(a.ID, e.sent.Index, e.source.Code, e.target.Code, e.code)
	return ev
}

// EventID is the deterministic id of an event: the first 16 bytes, in hex,
// of a SHA-256 over the article id, sentence index, source, target and code.
func EventID(article string, sentence int, source, target, code string) string {
	h := sha256.New()
	for _, s := range []string{article, strconv.Itoa(sentence), source, target, code} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
