package coder

import (
	"slices"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
	"github.com/dyadcoder/dyad/text"
)

// mention is a place named in a sentence: tokens [start, end).
type mention struct {
	start, end int
	place      *geo.Place
}

// geoContext is what the article says about where it is: its countries,
// the regions it names and its dateline city, for resolving place names.
func (d *doc) geoContext(sents []Sentence) {
	g := d.c.opts.Places
	if g == nil || d.geoDone {
		return
	}
	d.geoDone = true
	ctx := &d.geo
	for _, c := range []string{d.home, d.pair[0], d.pair[1]} {
		if len(c) == 3 && !contains(ctx.Countries, c) {
			ctx.Countries = append(ctx.Countries, c)
		}
	}
	if a := d.art; a.Dateline != nil && a.Dateline.Place != "" {
		// "ASTANA, Kazakhstan": the city (the country after it is the
		// article's home, among ctx.Countries); "SANAA/WASHINGTON": the
		// first city.
		city, _, _ := strings.Cut(a.Dateline.Place, ",")
		city, _, _ = strings.Cut(city, "/")
		if p, ok := g.Resolve(strings.TrimSpace(city), *ctx); ok {
			ctx.Near = p
		}
	}
	// "jailed former President Pedro Castillo ... solidarity with
	// Castillo": the surname of a person named in full after a title is
	// no place (Castillo is a town in the Dominican Republic).
	d.surnames = map[string]bool{}
	for i := range sents {
		toks := sents[i].Tokens
		for j := 1; j < len(toks); j++ {
			k := j
			for k < len(toks) && toks[k].Tag == "NNP" {
				k++
			}
			for p := j; p+1 < k; p++ {
				if d.titleBefore(toks, p) {
					d.surnames[toks[k-1].Lower] = true
					break
				}
			}
			j = k
		}
	}
	d.matches = make([][]span, len(sents))
	for i := range sents {
		toks := sents[i].Tokens
		for j := 0; j < len(toks); j++ {
			// "The Hague": a name whose own first word is "The".
			proper := toks[j].Tag == "NNP" || toks[j].Tag == "NNPS" || toks[j].Text == "The" && j+1 < len(toks) && toks[j+1].Tag == "NNP"
			if !proper && toks[j].Tag != "JJ" {
				continue
			}
			// "British Columbia", "Western Australia": a name may start
			// with an adjective, as long as it goes on past it.
			n, cands := g.Match(toks, j)
			if n == 0 || !proper && n == 1 {
				continue
			}
			// "Michael Jordan", "Lula da Silva", "the Washington Post",
			// "the Gulf of Oman", "the Red Sea", "the Gulf of Aden",
			// "Western": no place.
			// "the Palace of Independence": a building's name.
			building := j > 1 && toks[j-1].Lower == "of" && buildings[toks[j-2].Lemma] && lexicon.Capitalised(toks[j-2].Text)
			if d.dict.LongerName(toks, j, n, true) || ofName(toks, j+n) || water(toks, j+n) || j > 1 && toks[j-1].Lower == "of" && water(toks, j-1) || building || n == 1 && lexicon.Geographic(toks[j].Lower) {
				j += n - 1
				continue
			}
			// "Spanish Prime Minister Pedro Sanchez": a name of several
			// words after a title is a person's (Pedro Sánchez is a town
			// in the Dominican Republic).
			if n > 1 && j > 0 && d.titleBefore(toks, j) || n == 1 && d.surnames[toks[j].Lower] {
				j += n - 1
				continue
			}
			// "Brazil's Supreme Court", "the Security Council": a word
			// that starts an institution's name, or comes before it,
			// names the institution, not a town (Supreme, Louisiana);
			// a city that gives its court its name is one ("the Lahore
			// High Court").
			if n == 1 && d.institution(toks, j) && !slices.ContainsFunc(cands, func(p *geo.Place) bool { return p.Population >= bigCity }) {
				continue
			}
			// "EU", "Hamas": an organisation's or a person's name is no
			// place (Eu is a town in Normandy).
			if m, ok := d.dict.Actor(toks, j, d.date); ok && m.N >= n && notPlace(m.Entry.Kind) {
				j += m.N - 1
				continue
			}
			d.matches[i] = append(d.matches[i], span{j, j + n})
			for _, p := range cands {
				if p.Feature == geo.FeatureAdmin1 && contains(ctx.Countries, p.Country) && !contains(ctx.Admin1, p.Name) {
					ctx.Admin1 = append(ctx.Admin1, p.Name)
					break
				}
			}
			j += n - 1
		}
	}
}

// bigCity is the population from which a city is known by name alone.
const bigCity = 100000

// institution reports whether the word at token j starts, or comes right
// before, a capitalised role's name: "Supreme Court", "Security Council",
// "Lahore High Court".
func (d *doc) institution(toks []text.Token, j int) bool {
	if m, ok := d.dict.Role(toks, j); ok && m.N > 1 {
		return true
	}
	if j+1 >= len(toks) || !lexicon.Capitalised(toks[j+1].Text) {
		return false
	}
	_, ok := d.dict.Role(toks, j+1)
	return ok
}

// buildings are the nouns that, capitalised before "of", name a building
// whose name may be a place's too: "the Palace of Independence" in
// Astana is not Independence, Missouri.
var buildings = map[string]bool{
	"palace": true, "hall": true, "house": true, "tower": true, "hotel": true, "centre": true,
	"center": true, "building": true, "stadium": true, "museum": true, "square": true, "gate": true,
	// and the parts of a university named for what they teach: "the
	// School of Oriental and African Studies" is in no Oriental region.
	"school": true, "faculty": true, "department": true,
}

// venues are the institutions named for their city that one speaks or
// meets at: "the University of Nairobi".
var venues = map[string]bool{"university": true, "college": true, "institute": true, "academy": true}

// venueOf reports whether the place at token i names the city of a venue
// after "at" or "in": "addressed students at the University of Nairobi"
// was in Nairobi.
func venueOf(toks []text.Token, i int) bool {
	if i < 3 || toks[i-1].Lower != "of" || !venues[toks[i-2].Lemma] {
		return false
	}
	j := i - 3
	if toks[j].Tag == "DT" && j > 0 {
		j--
	}
	return toks[j].Lower == "at" || toks[j].Lower == "in"
}

// titleBefore reports whether a role word ends right before token j:
// "Minister" of "Prime Minister Pedro Sanchez".
func (d *doc) titleBefore(toks []text.Token, j int) bool {
	for i := max(j-3, 0); i < j; i++ {
		if m, ok := d.dict.Role(toks, i); ok && i+m.N == j {
			return true
		}
	}
	return false
}

// notPlace reports whether an actor of this kind is never a place.
func notPlace(k lexicon.Kind) bool {
	return k == lexicon.IGO || k == lexicon.NGO || k == lexicon.Group || k == lexicon.Person
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// mentions returns the places a sentence names, resolved in the article's
// context (cached per sentence).
func (d *doc) mentions(s *Sentence) []mention {
	if ms, ok := d.placesIn[s.Index]; ok {
		return ms
	}
	g := d.c.opts.Places
	var ms []mention
	toks := s.Tokens
	// The names were found when the article's context was read.
	for _, m := range d.matches[s.Index] {
		if _, ok := d.person(s, m); ok && m.end-m.start == 1 {
			// "Wang also urged ...": a person named before is no
			// place (Wang is a town in Germany).
			continue
		}
		name := d.art.Text[toks[m.start].Span.Start:toks[m.end-1].Span.End]
		if p, ok := g.Resolve(name, d.geo); ok {
			// "resettled in Egypt and Jordan", in a report from
			// Washington: the countries, not towns of Arkansas; "eastern
			// Congo": the Democratic Republic, as the dictionaries have
			// it (the gazetteer's "Congo" is the Republic), but in a
			// report from Brazzaville.
			if a, ok := d.dict.Actor(toks, m.start, d.date); ok && a.Entry.Kind == lexicon.Country && a.N == m.end-m.start && !d.c.opts.Literal {
				want := country(a.Entry.Code)
				if want == congoDRC && d.home == congoRep {
					want = congoRep
				}
				if c := g.Country(want); c != nil && p.Feature != geo.FeatureAdmin1 && (p.Feature != geo.FeatureCountry || p.Country != want) {
					p = c
				}
			} else if ok && a.Entry.Kind.Place() && a.N == m.end-m.start && p.Country != country(a.Entry.Code) &&
				!slices.Contains(d.geo.Countries, p.Country) && !d.c.opts.Literal {
				// "struck a terrorist cell in Jenin": the dictionaries'
				// West Bank city, which the gazetteer lacks, not its
				// Polish village, of a country the article is not about
				// (Tripoli in a report on Lebanon stays Lebanon's); in
				// the country, when no closer.
				if c := g.Country(country(a.Entry.Code)); c != nil {
					p = c
				}
			}
			ms = append(ms, mention{start: m.start, end: m.end, place: p})
		}
	}
	// "Mali, Burkina Faso and Niger": a name listed with countries is
	// the country it may name (not Nigeria's Niger State in a report
	// from Abuja).
	for i := range ms {
		m := &ms[i]
		if m.place.Feature == geo.FeatureCountry {
			continue
		}
		listed := i > 0 && ms[i-1].place.Feature == geo.FeatureCountry && joined(toks, ms[i-1].end, m.start) ||
			i+1 < len(ms) && ms[i+1].place.Feature == geo.FeatureCountry && joined(toks, m.end, ms[i+1].start)
		if a, ok := d.dict.Actor(toks, m.start, d.date); listed && ok && a.Entry.Kind == lexicon.Country && a.N == m.end-m.start {
			if p := g.Country(a.Entry.Code); p != nil {
				m.place = p
			}
		}
	}
	d.placesIn[s.Index] = ms
	return ms
}

// joined reports whether tokens [from, to) only join two names of a list:
// a comma or a coordinator.
func joined(toks []text.Token, from, to int) bool {
	if to <= from || to-from > 2 {
		return false
	}
	for _, t := range toks[from:to] {
		if t.Lower != "," && !coordinator(t.Lower) {
			return false
		}
	}
	return true
}

// place says where an event happened: the place its target names ("visited
// Multan"); else a place named in its own clause (after a locative
// preposition first); else the last place the article named after a
// locative in the three sentences before it ("arrived in Ankara. ...
// welcomed Tokayev"); else the dateline city when
// the event involves the dateline's country; else the country of its
// target (or source).
func (d *doc) place(e *event) *dyad.Place {
	g := d.c.opts.Places
	if g == nil {
		return nil
	}
	if e.pairOf != nil {
		e = e.pairOf
	}
	// Where an event is may depend on where another is (abroad), which
	// may depend on where this one is: an event asked about again while
	// it is being placed has no place yet.
	if d.placing[e] {
		return nil
	}
	if d.placing == nil {
		d.placing = map[*event]bool{}
	}
	d.placing[e] = true
	defer delete(d.placing, e)
	if prev, ok := d.met[e.source.Span]; ok && e.source.Span == e.target.Span {
		// "Burhan was received by Sisi, and the two held talks":
		// where the occasion was.
		return d.place(prev)
	}
	s := e.sent
	ms := d.mentions(s)
	local := func(m mention) bool { return m.place.Feature != geo.FeatureCountry }
	at := 0
	if len(e.words) > 0 {
		at = e.words[0]
		// ", killing five": a participle after its clause happened where
		// the clause did.
		if t := s.Tokens[at]; at > 1 && t.Tag == "VBG" && s.Tokens[at-1].Lower == "," {
			at -= 2
		}
	}
	// "Seoul suspended a military agreement with Pyongyang": a capital
	// that stands for its government is not where a statement, a
	// rejection or a threat is made ("visited Moscow" still is).
	capitalTarget := d.capitalGov[e.target.Span] && saidAtHome(e.code)
	for _, m := range ms {
		sp := e.target.Span
		if local(m) && !capitalTarget && s.Tokens[m.start].Span.Start >= sp.Start && s.Tokens[m.end-1].Span.End <= sp.End {
			if m.place.Feature == geo.FeatureAdmin1 {
				// "called on the Governor of Sindh … in Karachi": a
				// city the clause puts the event in is more precise
				// than the province the target names.
				if c := d.locativeCity(s, ms, at); c != nil {
					return placeOf(c)
				}
				// "visited the University of the Punjab" in a report
				// from Lahore: the dateline city, in that province.
				if near := d.geo.Near; near != nil && near.Country == m.place.Country && near.Admin1 == m.place.Admin1 && near.Feature != geo.FeatureAdmin1 {
					return placeOf(near)
				}
			}
			return placeOf(m.place)
		}
	}
	for _, m := range ms {
		// "strikes on what it called terrorist hideouts in Iran's
		// Sistan-Baluchestan province": a country the target is in,
		// when it names no place the gazetteer knows.
		sp := e.target.Span
		if !local(m) && m.start > 0 && s.Tokens[m.start-1].Lower == "in" &&
			s.Tokens[m.start].Span.Start >= sp.Start && s.Tokens[m.end-1].Span.End <= sp.End {
			return placeOf(m.place)
		}
	}
	var inClause, inCountry *mention
	for i := range ms {
		m := ms[i]
		if d.otherClause(s, at, m.start) || inActPhrase(s, m.start, e.words) && !talksOf(e, m.start) {
			continue
		}
		if !local(m) {
			// "kidnapped by gunmen in Nigeria": a country the clause
			// puts the act in, when it names no city; not what it is
			// about ("briefed Wang on the situation in Ukraine").
			if w := whereAt(s.Tokens, m.start); inCountry == nil && w != "" && w != "at" && !topic(s.Tokens, m.start, e.words) {
				inCountry = &ms[i]
			}
			continue
		}
		if topic(s.Tokens, m.start, e.words) || d.capitalFor(s, m) ||
			saidAtHome(e.code) && s.Tokens[m.start].Span.Start != e.source.Span.Start && d.capitalGov[byteSpan(s, span{m.start, m.end})] {
			// Nor a capital that stands for a government other than the
			// source, a party to what is said: "demanded that Moscow
			// admit guilt" is said in Baku, "urged Islamabad and Kabul"
			// at home.
			continue
		}
		if m.start > 0 && (locative(s.Tokens[m.start-1].Lower) || venueOf(s.Tokens, m.start)) {
			if saidAtHome(e.code) && direction(s.Tokens[m.start-1].Lower) && m.start > at {
				// "cut military ties with France and turned to
				// Moscow": where one turns is not where one speaks.
				continue
			}
			return placeOf(m.place)
		}
		if inClause == nil && !(saidAtHome(e.code) && !strings.HasPrefix(e.code, "14") && m.start > e.words[0] && !cityOf(s.Tokens, m.start)) {
			// Not a place named after what is said, which says what
			// about: "accused Ethiopia of plotting a war to seize the
			// port of Assab" was not said in Assab (a protest is where
			// it is: "clashed with police near the city of Cusco").
			inClause = &ms[i]
		}
	}
	if inClause != nil {
		return placeOf(inClause.place)
	}
	// "visited Lahore, where he addressed students": the city a relative
	// "where" before the act opens on.
	for _, m := range ms {
		if local(m) && m.place.Feature != geo.FeatureAdmin1 && m.end+1 < at && whereOpens(s.Tokens, m.end) {
			return placeOf(m.place)
		}
	}
	if inCountry != nil {
		return placeOf(inCountry.place)
	}
	for i := s.Index - 1; i >= 0 && i >= s.Index-3; i-- {
		prev := d.mentions(&d.sents[i])
		toks := d.sents[i].Tokens
		for j := len(prev) - 1; j >= 0; j-- {
			// Where something happened ("arrived in Ankara"), not a
			// capital that stands for its government ("ties with
			// Moscow"), in a country of the event's: a clash at sea
			// after talks in Tokyo did not happen in Tokyo.
			// Nor is a statement made there by a third country that
			// was not there: "Kyrgyzstan welcomed the deal" after
			// talks in Tashkent is said in Kyrgyzstan.
			// A meeting at a third location is in neither's country:
			// "gathered in Astana for a summit. Xi and Putin held talks
			// on the sidelines of the summit".
			m := prev[j]
			if !violent(e.code) && d.struck(&d.sents[i], m) {
				// "hitting a hospital in Sisaket province. Thailand
				// expelled the Cambodian ambassador": where an attack
				// landed is not where the answer to it is given.
				continue
			}
			third := e.code == "044" && m.place.Country != e.source.Country && m.place.Country != e.target.Country
			// An attack lands in its target's country: "India struck
			// sites in Pakistan, over an attack in Pahalgam ... the
			// strikes killed 26 civilians" did not kill in Pahalgam
			// (drones shot down fall at home); a visit is made in its
			// host's ("held a summit with Xi in Gyeongju. Xi invited
			// Lee to visit China" is no visit to Gyeongju).
			ours := m.place.Country == e.target.Country || m.place.Country == e.source.Country && !(reachesTarget(e) && d.isCountry(e.target.Country))
			if local(m) && m.start > 0 && (locative(toks[m.start-1].Lower) || cityOf(toks, m.start)) && !inActPhrase(&d.sents[i], m.start, nil) &&
				(ours || third) &&
				!(saidAtHome(e.code) && m.place.Country != e.source.Country && d.isCountry(e.source.Country) && !d.abroad(e, m.place)) {
				return placeOf(m.place)
			}
		}
	}
	// A meeting at a third location ("held talks on the sidelines of the
	// BRICS summit", from Kazan) is in the dateline's city when that is
	// in neither party's country, and so is what a party that met there
	// says ("Modi told Xi that ...").
	if near := d.geo.Near; near != nil && near.Feature != geo.FeatureCountry && near.Country != e.source.Country &&
		near.Country != e.target.Country && (e.code == "044" || saidAtHome(e.code) && e.code[:2] != "04" && d.metThere(e, near)) {
		return placeOf(near)
	}
	// What a foreign source says is said at home, not in the dateline's
	// city of the country it is said of ("Somalia had expelled
	// Ethiopia's ambassador", from Addis Ababa), unless the source is
	// visiting ("the ambassador visited the university, where he
	// addressed students", from Lahore).
	if near := d.geo.Near; near != nil && (near.Country == e.target.Country && (!saidAtHome(e.code) || !d.isCountry(e.source.Country) || d.abroad(e, near)) || near.Country == e.source.Country) &&
		!(reachesTarget(e) && near.Country != e.target.Country && g.Country(e.target.Country) != nil) {
		// Not where the attacker's report comes from: "Iran fired
		// missiles at Israel" in a report from Tehran hit Israel, and
		// "invited Lee to visit China", from Seoul, is a visit to China.
		return placeOf(near)
	}
	order := []string{e.target.Country, e.source.Country}
	if saidAtHome(e.code) {
		order[0], order[1] = order[1], order[0]
	}
	for _, c := range order {
		if p := g.Country(c); p != nil && len(c) == 3 {
			return placeOf(p)
		}
	}
	return nil
}

// abroad reports whether the source of e is at the dateline's place near:
// a diplomat ("The Uzbek ambassador thanked Pakistan", from Islamabad), or
// of a country the article has told visited near's country, or met or
// signed there ("Vietnam and Japan signed an agreement. The Japanese
// Foreign Minister praised Vietnam", from Hanoi).
func (d *doc) abroad(e *event, near *geo.Place) bool {
	s := e.sent
	for k, t := range s.Tokens {
		if e.source.Span.Start <= t.Span.Start && t.Span.End <= e.source.Span.End && diplomat(s.Tokens, k+1) {
			return true
		}
	}
	return slices.ContainsFunc(d.earlier, func(v *event) bool {
		if v.source.Country != e.source.Country && v.target.Country != e.source.Country {
			return false
		}
		switch {
		case strings.HasPrefix(v.code, "042"):
			return v.source.Country == e.source.Country && v.target.Country == near.Country
		case strings.HasPrefix(v.code, "04"), strings.HasPrefix(v.code, "057"):
			return d.placedAt(v, near)
		}
		return false
	})
}

// placedAt reports whether event v happened at place near.
func (d *doc) placedAt(v *event, near *geo.Place) bool {
	p := d.place(v)
	return p != nil && p.GeonamesID == near.ID
}

// struck reports whether place m of sentence s is in the target of a
// violent event the article coded there.
func (d *doc) struck(s *Sentence, m mention) bool {
	at := s.Tokens[m.start].Span.Start
	return slices.ContainsFunc(d.earlier, func(v *event) bool {
		return v.sent == s && violent(v.code) && v.target.Span.Start <= at && at < v.target.Span.End
	})
}

// metThere reports whether the article has told that the two parties of e
// met or signed at near: what one says to the other at a summit abroad is
// said there.
func (d *doc) metThere(e *event, near *geo.Place) bool {
	pair := func(v *event) bool {
		return v.source.Code == e.source.Code && v.target.Code == e.target.Code ||
			v.source.Code == e.target.Code && v.target.Code == e.source.Code
	}
	return slices.ContainsFunc(d.earlier, func(v *event) bool {
		return pair(v) && (strings.HasPrefix(v.code, "04") || strings.HasPrefix(v.code, "057")) && d.placedAt(v, near)
	})
}

// reachesTarget reports whether e is done where its target is, whatever
// the article named before: an attack (not drones shot down, which fall at
// home) or a visit.
func reachesTarget(e *event) bool {
	return violent(e.code) && !intercepted(e) || strings.HasPrefix(e.code, "042")
}

// saidAtHome reports whether an act of the code is mostly done where its
// doer is, not where its target is: statements, appeals, demands,
// disapproval (a summons), rejections, threats, protests and cuts in
// relations ("The Iraqi foreign ministry summoned the Turkish charge
// d'affaires" is in Iraq), praise, recognition, apologies and
// forgiveness ("thanked Germany" is no act in Germany), and hosting a
// visit ("received the newly appointed Ambassador of the Republic of
// Korea" is in Kazakhstan), while
// visits, aid and force reach the target, and so do the intents to make
// them ("will visit Nepal"), and a defiance of norms ("Turkish drones
// violated Cypriot airspace" is in Cyprus).
func saidAtHome(code string) bool {
	if len(code) < 2 {
		return false
	}
	if code == "043" || code >= "051" && code < "057" {
		return true
	}
	if strings.HasPrefix(code, "128") {
		return false
	}
	switch code[:2] {
	case "01", "02", "10", "11", "12", "13", "14", "16":
		return true
	}
	return false
}

func placeOf(p *geo.Place) *dyad.Place {
	dp := p.Dyad()
	return &dp
}

// locativeCity returns the first city of ms after a locative preposition
// in the clause of token at, or nil.
func (d *doc) locativeCity(s *Sentence, ms []mention, at int) *geo.Place {
	for _, m := range ms {
		if m.place.Feature != geo.FeatureCountry && m.place.Feature != geo.FeatureAdmin1 &&
			m.start > 0 && locative(s.Tokens[m.start-1].Lower) && !d.otherClause(s, at, m.start) {
			return m.place
		}
	}
	return nil
}

// where reports whether a preposition says where something happened: the
// locatives but those of direction ("to", "into", "toward"), whose
// object may well be a party ("sent aid to Gondor").
func where(w string) bool {
	return locative(w) && w != "to" && w != "into" && w != "toward" && w != "towards"
}

// cityOf reports whether the place at token i is named right after a
// locative and "the city of" (or town, village ...): "gathered in the city
// of Kazan", not "in the Indian-administered town of Pahalgam", which
// tells of another time.
func cityOf(toks []text.Token, i int) bool {
	return i >= 4 && toks[i-1].Lower == "of" && placeNouns[toks[i-2].Lemma] && toks[i-3].Tag == "DT" && locative(toks[i-4].Lower)
}

// situations are the nouns of what goes on somewhere that talks, appeals
// and statements are about.
var situations = map[string]bool{
	"war": true, "conflict": true, "crisis": true, "situation": true, "fighting": true,
	"violence": true, "unrest": true, "tension": true, "development": true, "hostility": true,
	"escalation": true, "turmoil": true, "instability": true, "stability": true, "peace": true,
	"security": true, "ceasefire": true, "truce": true,
}

// whereOpens reports whether a relative "where" after a comma opens at
// token i, on the place that ends there: "visited Lahore, where".
func whereOpens(toks []text.Token, i int) bool {
	return i+1 < len(toks) && isComma(&toks[i]) && toks[i+1].Lower == "where"
}

// inActPhrase reports whether token at (a place, a date) is in a phrase of
// another act that the words are for or after, which happened there and
// then: "in retaliation for a suspected Israeli strike on its embassy
// compound in Damascus" is not where Iran's drones flew.
func inActPhrase(s *Sentence, at int, words []int) bool {
	return actPhrase(s, at, words) >= 0
}

// actPhrase returns the head of the act noun whose phrase token at is in,
// as inActPhrase tells it, or -1.
func actPhrase(s *Sentence, at int, words []int) int {
	ci := chunkAt(s, at)
	for k := ci - 1; k >= 0; k-- {
		c := s.Chunks[k]
		if c.Kind != phrase.NP && c.Kind != phrase.PP || slices.Contains(words, c.Head) {
			return -1
		}
		if w := s.Tokens[c.Start].Lower; c.Kind == phrase.PP && (w == "for" || asidePreps[w]) && k+1 < len(s.Chunks) {
			next := s.Chunks[k+1]
			if next.Kind == phrase.NP && isActNoun(s.Tokens[next.Head].Lemma) && !slices.Contains(words, next.Head) {
				return next.Head
			}
			return -1
		}
	}
	return -1
}

// talksOf reports whether the place at token at is that of the talks an
// agreement or a meeting of e came out of: "agreed to an immediate
// ceasefire after talks in Doha" was reached in Doha.
func talksOf(e *event, at int) bool {
	h := actPhrase(e.sent, at, e.words)
	if h < 0 || e.code[:2] > "08" {
		return false
	}
	lemma := e.sent.Tokens[h].Lemma
	return gatherings[lemma] || talkNoun(lemma)
}

// topic reports whether the place named at token at is what something is
// about, not where it happens: "held talks on the war in Gaza" in Cairo.
// A situation that is the event itself (words, "waged war in Gaza",
// "agreed to a ceasefire in Gaza") happens there.
func topic(toks []text.Token, at int, words []int) bool {
	// "the situation in Yemen and Gaza": past the places listed before.
	i := at - 1
	for i > 0 && at-i <= 6 && (toks[i].Tag == "NNP" || toks[i].Lower == "and" || toks[i].Lower == ",") {
		i--
	}
	if i < 1 || toks[i].Lower != "in" || !situations[toks[i-1].Lemma] {
		return false
	}
	return !slices.Contains(words, i-1)
}

// locative reports whether a preposition puts what follows it as a place.
func locative(w string) bool {
	switch w {
	case "in", "at", "near", "outside", "inside", "around", "across", "throughout", "into", "to", "toward", "towards":
		return true
	}
	return false
}

// otherClause reports whether a clause opener or a comma stands between
// tokens a and b: "will visit Nepal, officials in New Delhi said".
func (d *doc) otherClause(s *Sentence, a, b int) bool {
	placeAfter := a < b
	if !placeAfter && inRelative(s, b, a) {
		return true
	}
	if b < a {
		a, b = b, a
	}
	for i := a + 1; i < b; i++ {
		if s.Tokens[i].Lower == ";" || s.Tokens[i].Lower == "," && !adjunctTo(s, i, b) {
			return true
		}
	}
	for ci, c := range s.Chunks {
		if c.Kind == phrase.SBAR && c.Start > a && c.Start < b {
			return true
		}
		// "expelled a Russian diplomat after prosecutors charged a man
		// with spying for Moscow": a conjunction the chunker took for a
		// preposition, with a subject and a verb after it.
		if c.Kind == phrase.PP && c.Start > a && c.Start < b && subordinators[s.Tokens[c.Start].Lower] && ci+2 < len(s.Chunks) &&
			s.Chunks[ci+1].Kind == phrase.NP && s.Chunks[ci+2].Kind == phrase.VP && finiteVerb(s, s.Chunks[ci+2]) {
			return true
		}
		// "thanked the minister and said Uzbekistan was keen to use
		// Karachi": what is said is another clause.
		if c.Kind == phrase.VP && c.Head > a && c.Head < b && clauseVerbs[s.Tokens[c.Head].Lemma] {
			return true
		}
		// "detained a Russian citizen suspected of recruiting Kyrgyz
		// nationals to fight in Ukraine": the place of a charge is its
		// alleged act's.
		if placeAfter && c.Kind == phrase.VP && c.Start > a && c.Start < b && accusingVerbs[s.Tokens[c.Head].Lemma] && s.Tokens[c.Head].Tag == "VBN" {
			return true
		}
		// "met students ... and spoke about scholarships for Kazakh
		// students in Pakistan": a place after another verb joined by
		// "and" is that verb's.
		if placeAfter && c.Kind == phrase.VP && c.Start > a && c.Start < b && ci > 0 && finiteVerb(s, c) &&
			s.Chunks[ci-1].Kind == phrase.O && coordinator(s.Tokens[s.Chunks[ci-1].Start].Lower) {
			return true
		}
		// "thanked Milei and invited him to attend a peace summit in
		// Switzerland": a place in the infinitive of another verb of
		// the subject's is that infinitive's, as a date there is.
		if placeAfter && c.Start > a && anotherInfinitive(s, ci, s.Tokens[b].Span.Start) && finiteVerb(s, s.Chunks[ci+1]) {
			return true
		}
	}
	return false
}

// inRelative reports whether token b is in a restrictive relative clause
// that ends before token a: "the plane that crashed in Kazakhstan had been
// shot down ... and demanded" did not demand in Kazakhstan.
func inRelative(s *Sentence, b, a int) bool {
	for ci, c := range s.Chunks {
		if c.Start <= b {
			continue
		}
		if c.Start > a {
			return false
		}
		if c.Kind == phrase.VP && finiteVerb(s, c) {
			r := relativeBefore(s, ci-1)
			return r >= 0 && s.Chunks[r].End <= b
		}
	}
	return false
}

// capitalFor reports whether mention m is a capital that stands for its
// government after a preposition of a party: "spying for Moscow", "ties
// with Moscow", "sanctions against Moscow", "backed by Moscow".
func (d *doc) capitalFor(s *Sentence, m mention) bool {
	if m.start == 0 {
		return false
	}
	switch s.Tokens[m.start-1].Lower {
	case "for", "with", "against", "by":
		a, ok := d.dict.Actor(s.Tokens, m.start, d.date)
		return ok && a.Entry.Kind == lexicon.Capital && a.N == m.end-m.start
	}
	return false
}

// adjunctTo reports whether the comma at token i opens a phrase of the
// occasion that runs to token b without a verb: "agreed to promote
// relations, in their first meeting on the sidelines of the APEC summit in
// Lima" was in Lima, and "met his Iranian counterpart in Tehran, the first
// visit by a Bahraini foreign minister to Iran" was a visit in Tehran.
func adjunctTo(s *Sentence, i, b int) bool {
	if i+1 >= len(s.Tokens) {
		return false
	}
	switch s.Tokens[i+1].Lower {
	case "in", "at", "during", "the", "a", "an":
	default:
		return false
	}
	// Verbless to b, and to its end (not ", a charge Islamabad denies").
	for _, c := range s.Chunks {
		if c.Start <= i {
			continue
		}
		if c.Start >= b && c.Kind == phrase.O && (s.Tokens[c.Start].Lower == "," || s.Tokens[c.Start].Lower == ";") {
			break
		}
		if c.Kind == phrase.VP || c.Kind == phrase.SBAR || c.Kind == phrase.O && c.Start < b {
			return false
		}
	}
	return true
}

// subordinators are the conjunctions that open a clause of another time,
// or of the reason, and are also prepositions ("after the talks", "after
// prosecutors charged ..."); "as" and "while" are left out, their clause
// being of the same time and mostly the same place ("resigned as the
// opposition threatened to storm his residence in Tbilisi").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "because": true}

// actorPlace says where an actor is: a place its own words name ("Multan",
// "the Punjab government"), else its country.
func (d *doc) actorPlace(s *Sentence, a dyad.Actor) *dyad.Place {
	g := d.c.opts.Places
	if g == nil || a.Code == "" {
		return nil
	}
	for _, m := range d.mentions(s) {
		if m.place.Feature != geo.FeatureCountry && s.Tokens[m.start].Span.Start >= a.Span.Start && s.Tokens[m.end-1].Span.End <= a.Span.End {
			return placeOf(m.place)
		}
	}
	if p := g.Country(a.Country); p != nil && len(a.Country) == 3 {
		return placeOf(p)
	}
	return nil
}
