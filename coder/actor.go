package coder

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// doc is the memory of one article while it is coded.
type doc struct {
	c    *Coder
	dict *lexicon.Dict
	art  *dyad.Article
	date time.Time
	// persons maps a person's name (full, lower case) and surname to the
	// actor they were introduced as.
	persons map[string]dyad.Actor
	// families maps the family name of a person whose name begins with
	// it ("Lai" of "Lai Ching-te") to the actor, for a bare mention.
	families map[string]dyad.Actor
	// met maps the span of a phrase of metWords to the event whose two
	// actors it stands for, whose occasion it goes on with.
	met map[dyad.Span]*event
	// fullNames maps a surname or family name to where the article names
	// a person of the dictionaries who bears it in full (namedBefore).
	fullNames map[string][]fullName
	// lastRole maps a role code to the last actor with that role and a
	// country, for "the ambassador"; lastHead a role noun's lemma to the
	// last actor it headed, for "the delegation" when a president (GOV
	// too) was named since.
	lastRole map[string]dyad.Actor
	lastHead map[string]dyad.Actor
	// acronyms maps the initials of a body named in full ("KCCI" of "the
	// Karachi Chamber of Commerce and Industry") to its actor.
	acronyms map[string]dyad.Actor
	// pair is the two countries the article is most about; home is the
	// dateline place's country.
	pair [2]string
	home string
	// igos holds the codes of the organisations the article names: its
	// "Brussels" is the European Union if it names the Union, and its
	// "West African leaders" are ECOWAS if it names ECOWAS.
	igos map[string]bool
	// surnames holds, in lower case, the last names of the people the
	// article names in full after a title ("former President Pedro
	// Castillo"): alone they are no place (geoContext fills it).
	surnames map[string]bool
	// appos maps the byte span of a noun phrase to the person named beside
	// it ("the Ambassador ..., Yerzhan Kistafin,").
	appos map[dyad.Span]string
	// lastSubject is the subject of the last clause coded, for pronouns
	// in the next sentence.
	lastSubject []dyad.Actor
	// unread is the subject of a later sentence that coded no event
	// ("Muttaqi said his government wanted good relations."), resolved
	// only when a pronoun needs it: it then replaces lastSubject.
	unread struct {
		s *Sentence
		r span
	}
	// sayer is the subject of the last sentence's verb of saying ("The
	// ambassador said Turkmenistan would offer scholarships"), resolved
	// only when "he" or "she" finds no person among the last clause's
	// subjects.
	sayer struct {
		s *Sentence
		r span
	}
	// words is scratch space for pattern matches; events copy from it.
	words []int
	// sentWords are the pattern words of sentence wordsOf (mayMatch).
	sentWords lexicon.WordSet
	wordsOf   *Sentence
	// sentCountry caches onlyCountry per sentence index; sentHost the
	// country a diplomat of the sentence is posted to, and the token of
	// its "to" (hostCountry).
	sentCountry map[int]string
	sentHost    map[int]host
	// sentNations caches nations per sentence index, and sentOthers the
	// other actors the dictionaries name there (organisations, groups,
	// people), found by the same scan.
	sentNations map[int][]nation
	sentOthers  map[int][]namedAt
	// borrowed holds the spans of the actors whose country is the only
	// one their sentence names ("the delegation" in "the delegation
	// visited Kazakhstan"), not one of their own words.
	borrowed map[dyad.Span]bool
	// recalled holds the spans of the actors that stand for one the
	// article named before ("the protesters", "the ambassador").
	recalled map[dyad.Span]bool
	// capitalGov holds the spans of the capitals that stand for their
	// government ("Moscow said"), nil until one does.
	capitalGov map[dyad.Span]bool
	// earlier are the events of the sentences coded so far; acts maps the
	// span of a phrase that refers back to one of them ("condemned the
	// attack") to what it recalls, nil until one does.
	earlier []*event
	// sofar are the events the sentence being coded has given so far.
	sofar []*event
	// untargeted are the acts coded so far that found no target, which a
	// later act noun may refer to ("the launch").
	untargeted []*event
	acts       map[dyad.Span]recalledAct
	// geo is the article's context for resolving place names, and
	// placesIn the places each sentence names (Options.Places set).
	geo      geo.Context
	geoDone  bool
	placing  map[*event]bool // the events being placed (place)
	placesIn map[int][]mention
	matches  [][]span // gazetteer names found in each sentence
	sents    []Sentence
}

func newDoc(c *Coder, a *dyad.Article, sents []Sentence) *doc {
	d := &doc{c: c, dict: c.dict, art: a, date: a.Date, sents: sents,
		persons: map[string]dyad.Actor{}, lastRole: map[string]dyad.Actor{}, lastHead: map[string]dyad.Actor{}, appos: map[dyad.Span]string{}, sentCountry: map[int]string{}, sentHost: map[int]host{}, sentNations: map[int][]nation{}, sentOthers: map[int][]namedAt{}, placesIn: map[int][]mention{},
		borrowed: map[dyad.Span]bool{}, recalled: map[dyad.Span]bool{}}
	counts := map[string]int{}
	first := map[string]int{}
	n := 0
	for i := range sents {
		toks := sents[i].Tokens
		for j := 0; j < len(toks); j++ {
			m, ok := d.dict.Actor(toks, j, d.date)
			if !ok {
				continue
			}
			if m.Entry.Kind == lexicon.IGO {
				if d.igos == nil {
					d.igos = map[string]bool{}
				}
				d.igos[m.Entry.Code] = true
			}
			// A person the dictionaries know stands for their country
			// ("Crown Prince Mohammed bin Salman received Araghchi").
			if m.Entry.Kind.Place() || m.Entry.Kind == lexicon.Adj || m.Entry.Kind == lexicon.Person && !d.c.opts.Literal && len(m.Entry.Code) >= 3 {
				cc := country(m.Entry.Code)
				if _, seen := first[cc]; !seen {
					first[cc] = n
				}
				counts[cc]++
				n++
			}
			j += m.N - 1
		}
	}
	if a.Dateline != nil && a.Dateline.Place != "" {
		place := a.Dateline.Place
		toks := text.Tokenize(place, dyad.Span{End: len(place)})
		text.Tag(toks)
		if len(toks) > 0 {
			if m, ok := d.dict.Actor(toks, 0, d.date); ok && m.Entry.Kind.Place() {
				d.home = country(m.Entry.Code)
			}
		}
		// "HYDERABAD, Pakistan": the country the dateline names after
		// its city is the home, whatever other place the city's name is.
		for i, t := range toks {
			if t.Lower != "," || i+1 >= len(toks) {
				continue
			}
			// "BRAZZAVILLE, Congo": the city's Congo.
			if m, ok := d.dict.Actor(toks, i+1, d.date); ok && m.Entry.Kind == lexicon.Country && i+1+m.N == len(toks) &&
				!(m.Entry.Code == congoDRC && d.home == congoRep) {
				d.home = country(m.Entry.Code)
			}
		}
	}
	var cs []string
	for c := range counts {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if counts[cs[i]] != counts[cs[j]] {
			return counts[cs[i]] > counts[cs[j]]
		}
		return first[cs[i]] < first[cs[j]]
	})
	for i := 0; i < len(cs) && i < 2; i++ {
		d.pair[i] = cs[i]
	}
	if d.home == euSeat && d.igos[euCode] && d.pair[0] != euSeat && d.pair[1] != euSeat && !d.c.opts.Literal {
		// "BRUSSELS - EU foreign ministers agreed to impose sanctions on
		// Belarus ... Exiled opposition leader Sviatlana Tsikhanouskaya":
		// Brussels is where the Union sits, and says nothing of whose the
		// article's people are unless Belgium is one of its countries:
		// they are of the country the article names most.
		d.home = d.pair[0]
	} else if d.home != "" && counts[d.home] == 0 && d.pair[0] != "" && counts[d.pair[0]] >= 3 && !d.c.opts.Literal && !d.datelineRepeated() {
		// "BANGKOK - Myanmar's military carried out an air strike ...
		// Junta spokesman Zaw Min Tun": a bureau's report on a country
		// it never names, not even the dateline's city again, is about
		// the country it names most, whose junta, police and people
		// these are (not "KARACHI - Consul General of the People's
		// Republic of China in Karachi").
		d.home = d.pair[0]
	}
	return d
}

// datelineRepeated reports whether the article's text after its dateline
// names the dateline's city again.
func (d *doc) datelineRepeated() bool {
	dl := d.art.Dateline
	city, _, _ := strings.Cut(dl.Place, ",")
	city, _, _ = strings.Cut(city, "/")
	city = strings.TrimSpace(city)
	if city == "" || dl.Span.End > len(d.art.Text) {
		return true
	}
	rest := d.art.Text[dl.Span.End:]
	for i := 0; i+len(city) <= len(rest); i++ {
		if strings.EqualFold(rest[i:i+len(city)], city) {
			return true
		}
	}
	return false
}

// euCode is the European Union's actor code, and euSeat the code of the
// capital that news often names for it, Brussels.
const (
	euCode = "IGOEUREEC"
	euSeat = "BEL"
)

// country returns the country part of an actor code: the first three letters
// of a country code, or the whole code of an organisation.
func country(code string) string {
	if organisation(code) || len(code) <= 3 {
		return code
	}
	return code[:3]
}

// organisation reports whether code is an international or
// non-governmental organisation's.
func organisation(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")
}

// isCountry reports whether code is a country's (one the dictionaries
// name: Singapore and Hong Kong too, whose capitals they do not), not an
// organisation's or the null "---".
func (d *doc) isCountry(code string) bool {
	return d.dict.IsCountry(code)
}

// state reports whether actor a of sentence s is a state speaking as one:
// a government ("the foreign ministry", "Beijing") or a country named as
// such ("China"), not its people ("Palestinians").
func (d *doc) state(s *Sentence, a dyad.Actor) bool {
	if len(a.Roles) > 0 {
		return a.Roles[0] == "GOV"
	}
	i := tokenAt(s, a.Span.Start)
	if i < 0 {
		return false
	}
	m, ok := d.dict.Actor(s.Tokens, i, d.date)
	return ok && m.Entry.Kind == lexicon.Country && s.Tokens[i+m.N-1].Span.End == a.Span.End
}

// selfBorrowed reports whether an event would be between a country and
// itself only because one side took its country from the other. A
// diplomatic event (roots 03 to 05: intents, consultations, visits,
// cooperation) is so with any place of the country: in "the delegation
// visited Kazakhstan" the delegation is not Kazakhstan's. Another verbal
// event (roots 01, 02, 10 to 13) is so with the country named as such: in
// "the ruling party accused the United States" or "President Bush
// threatened Russia" the party and the president are not the target's,
// nor are reporters told something the speaker's press, nor is a
// government's own country, named as such, whom it addresses.
// Other events of a country with itself are kept: "the army shelled Homs"
// is Syria's army, "President Bouteflika threatened a curfew in Algiers"
// Algeria's.
func (d *doc) selfBorrowed(s *Sentence, a, b dyad.Actor, code string) bool {
	if a.Country != b.Country || d.c.opts.Literal || len(code) < 2 {
		return false
	}
	if r := code[:2]; r >= "03" && r <= "05" {
		return d.borrowed[a.Span] && len(b.Roles) == 0 || d.borrowed[b.Span] && len(a.Roles) == 0
	}
	if r := code[:2]; r == "01" || r == "02" || r >= "10" && r <= "13" {
		// "The spokesman told reporters" is no statement to his own
		// country's press: the reporters took their country from him.
		press := len(b.Roles) > 0 && b.Roles[0] == "MED" && !d.namesActor(s, beforeWhere(s, tokensOf(s, b.Span)))
		// Nor does a government say anything to its own country named
		// as such: "the Kremlin denied that Russia was behind it".
		own := slices.Contains(a.Roles, "GOV") && d.namesCountry(s, b)
		return d.borrowed[a.Span] && d.namesCountry(s, b) || d.borrowed[b.Span] && d.namesCountry(s, a) || press || own
	}
	return false
}

// beforeWhere cuts a range before a phrase of where in it: "reporters in
// Paris" are no Frenchmen.
func beforeWhere(s *Sentence, r span) span {
	for i := r.start + 1; i < r.end; i++ {
		if where(s.Tokens[i].Lower) {
			return span{r.start, i}
		}
	}
	return r
}

// weapons are the role words that name a weapon rather than people, which
// stand for the force that uses them ("Ukrainian drones attacked").
var weapons = map[string]bool{
	"drone": true, "missile": true, "rocket": true, "jet": true, "warplane": true, "aircraft": true,
	"helicopter": true, "gunship": true, "bomber": true, "tank": true, "warship": true,
	"submarine": true, "destroyer": true, "frigate": true,
}

// ownWeapons reports whether target b is weapons that took their country
// from the sentence, where it is source a's: in "Ukrainian air defences
// destroyed 84 drones" the drones are not Ukraine's, and whose they are
// the sentence does not say.
func (d *doc) ownWeapons(s *Sentence, a, b dyad.Actor) bool {
	if !d.borrowed[b.Span] || a.Country != b.Country || d.c.opts.Literal {
		return false
	}
	// Any noun of the span: a time phrase may cling to it ("fired an
	// intercontinental ballistic missile hours before the summit").
	r := tokensOf(s, b.Span)
	for i := r.start; i < r.end; i++ {
		if weapons[s.Tokens[i].Lemma] && strings.HasPrefix(s.Tokens[i].Tag, "NN") {
			return true
		}
	}
	return false
}

// tokensOf returns the tokens of sentence s within the byte span sp.
func tokensOf(s *Sentence, sp dyad.Span) span {
	r := span{len(s.Tokens), 0}
	for i, t := range s.Tokens {
		if t.Span.Start >= sp.Start && t.Span.End <= sp.End {
			r.start, r.end = min(r.start, i), i+1
		}
	}
	return r
}

// namesCountry reports whether an actor without a role is a country named
// as such ("the United States", "Rwanda"), not by a city or a people.
func (d *doc) namesCountry(s *Sentence, a dyad.Actor) bool {
	k, ok := d.kindOf(s, a)
	return ok && k == lexicon.Country
}

// kindOf returns the kind of the first dictionary actor among the words of
// an actor without a role; ok is false for one with a role or none.
func (d *doc) kindOf(s *Sentence, a dyad.Actor) (k lexicon.Kind, ok bool) {
	if len(a.Roles) > 0 {
		return k, false
	}
	for i, t := range s.Tokens {
		if t.Span.Start < a.Span.Start || t.Span.End > a.Span.End {
			continue
		}
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
			return m.Entry.Kind, true
		}
	}
	return k, false
}

// span is a token range [start, end) of one sentence.
type span struct{ start, end int }

func (s span) empty() bool { return s.end <= s.start }

// cityAt reports whether the dictionaries name a capital, a city or a
// region at toks[i].
func (d *doc) cityAt(toks []text.Token, i int) bool {
	m, ok := d.dict.Actor(toks, i, d.date)
	return ok && (m.Entry.Kind == lexicon.Capital || m.Entry.Kind == lexicon.City || m.Entry.Kind == lexicon.Region)
}

// portfolios are the fields a minister's title joins with "and": "Culture
// and Tourism Minister", "Trade and Industry Secretary".
var portfolios = map[string]bool{
	"culture": true, "tourism": true, "trade": true, "industry": true, "commerce": true,
	"energy": true, "mines": true, "mining": true, "environment": true, "health": true,
	"education": true, "science": true, "technology": true, "agriculture": true, "fisheries": true,
	"labour": true, "labor": true, "justice": true, "interior": true, "defence": true, "defense": true,
	"finance": true, "planning": true, "development": true, "transport": true, "communications": true,
	"youth": true, "sports": true, "sport": true, "foreign": true, "commonwealth": true, "housing": true,
	"information": true, "investment": true, "economy": true, "water": true, "forestry": true,
	"security": true, "heritage": true, "arts": true, "innovation": true, "infrastructure": true,
}

// pairWords are the phrases that mean the pair of countries the article is
// about, with the role they give.
var pairWords = map[string]string{
	"both countries": "", "the two countries": "", "both nations": "", "the two nations": "",
	"both sides": "", "the two sides": "", "the sides": "", "both states": "", "the two states": "",
	"both governments": "GOV", "the two governments": "GOV", "both leaders": "GOV", "the two leaders": "GOV",
	"both ministers": "GOV", "the two ministers": "GOV", "both presidents": "GOV", "the two presidents": "GOV",
	"both delegations": "GOV", "the two delegations": "GOV", "both officials": "GOV", "the two officials": "GOV",
	"the presidents": "GOV", "the prime ministers": "GOV", "the foreign ministers": "GOV", "the leaders": "GOV",
	"the two neighbours": "", "the two neighbors": "", "the neighbours": "", "the neighbors": "", "both neighbours": "", "both neighbors": "",
	"the parties": "", "both parties": "", "the two parties": "", "the warring parties": "", "the warring sides": "",
	"both warring parties": "", "both warring sides": "", "the two warring parties": "", "the two warring sides": "",
	"each side": "", "each country": "",
	"the two envoys": "GOV", "both envoys": "GOV", "the two diplomats": "GOV", "the two foreign ministers": "GOV",
	"the two prime ministers": "GOV", "the two heads of state": "GOV",
	"the two agencies": "", "both agencies": "", "the two militaries": "MIL", "both militaries": "MIL",
	"the two armies": "MIL", "both armies": "MIL", "the two navies": "MIL", "both navies": "MIL",
}

func lowerJoin(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

// resolve returns the actors a token range names: one, several for a
// compound ("Pakistan and Kazakhstan"), or none.
func (d *doc) resolve(s *Sentence, r span) []dyad.Actor {
	if r.empty() {
		return nil
	}
	toks := s.Tokens
	if ra, ok := d.acts[byteSpan(s, r)]; ok {
		return slices.Clone(ra.doers)
	}
	// A quotation mark the phrase opens or closes with is not the actor's
	// text: "\"China is ready to work with Pakistan,\" Xi said".
	for r.end-r.start > 1 && quoteMark(toks[r.start].Tag) {
		r.start++
	}
	for r.end-r.start > 1 && quoteMark(toks[r.end-1].Tag) {
		r.end--
	}
	// Compounds: split on "and" and commas when every part names an actor.
	var parts []span
	st := r.start
	for i := r.start; i < r.end; i++ {
		if coordinator(toks[i].Lower) && i > r.start && i+1 < r.end && portfolios[toks[i-1].Lower] && portfolios[toks[i+1].Lower] && !d.c.opts.Literal {
			continue // "Culture and Tourism Minister Mehmet Nuri Ersoy": one minister
		}
		if coordinator(toks[i].Lower) && i > r.start && i+1 < r.end && toks[i-1].Tag == "NNP" && d.cityAt(toks, i+1) && !d.c.opts.Literal &&
			slices.ContainsFunc(toks[st:i], func(t text.Token) bool { return t.Lower == "in" }) {
			// "Afghans in Karachi and Islamabad": another city they
			// are in, not the capital's government (a country after
			// "and" is one more: "targets in northern Iraq and Syria").
			continue
		}
		if coordinator(toks[i].Lower) || (toks[i].Lower == "," && i+1 < r.end) {
			parts = append(parts, span{st, i})
			st = i + 1
		}
		// "Germany, along with France and Britain": one more (not "its
		// allies", the first one's own).
		if (toks[i].Lower == "along" || toks[i].Lower == "together") && i+2 < r.end && toks[i+1].Lower == "with" && toks[i+2].Tag != "PRP$" && !d.c.opts.Literal {
			if st < i {
				parts = append(parts, span{st, i})
			}
			st = i + 2
			i++
		}
	}
	if len(parts) > 0 {
		parts = append(parts, span{st, r.end})
		var out []dyad.Actor
		var bare []int      // actors named by an adjective or a name alone: "Hungarian and Romanian officials", "Kazakh and Uzbek leaders"
		var rolesOnly []int // actors named by a role alone, of the others' country
		all := true
		for k, p := range parts {
			if p.empty() {
				continue
			}
			if len(out) > 0 && !d.c.opts.Literal && d.appositive(s, p) {
				// "Kim Jong Un, chairman of the State Affairs of the
				// DPRK, and Putin": the apposition is the one before.
				continue
			}
			a, ok := d.single(s, p)
			if !ok {
				if n, isNew := d.newActor(s, p); isNew {
					a, ok = []dyad.Actor{n}, true
				}
			}
			if !ok && k == len(parts)-1 && len(out) > 0 && !d.c.opts.Literal && commonPhrase(toks, p) && !(toks[p.start].Lower == "the" && len(d.headRoles(s, p)) > 0) {
				// "U.S. and British warships and aircraft": more of
				// what the part before names; "thanked Australia, New
				// Zealand and other partners": others it does not name;
				// "shelled the airport in Batken and several nearby
				// villages": more places, of no one named.
				parts = parts[:k]
				break
			}
			if !ok && !d.c.opts.Literal && toks[p.start].Lower == "the" && d.conjunct(s, p) {
				// "the Myanmar military and the rebels": a role alone
				// is of the one country the other parts share.
				if roles := d.headRoles(s, p); len(roles) > 0 {
					rolesOnly = append(rolesOnly, len(out))
					a, ok = []dyad.Actor{d.actor(s, p, "", roles, "")}, true
				}
			}
			if !ok || !d.conjunct(s, p) {
				all = false
				break
			}
			if len(a) == 1 && len(a[0].Roles) == 0 && (strings.HasPrefix(toks[p.end-1].Tag, "JJ") || d.demonym(toks, p) || abbreviated(toks, p)) {
				bare = append(bare, len(out))
			}
			out = append(out, a...)
		}
		if all && len(rolesOnly) > 0 {
			all = d.shareCountry(out, rolesOnly)
		}
		if all && len(out) > 1 {
			// "journalist Evan Gershkovich and other Americans": the one
			// named, of no country of their own words, is one of them;
			// "sanctions on five companies and two people in Iran":
			// those before a place are in it too.
			if len(out) == len(parts) && !d.c.opts.Literal {
				for i := len(parts) - 2; i >= 0; i-- {
					next := parts[i+1]
					if len(out[i].Roles) == 0 || d.namesNation(s, parts[i]) || !d.isCountry(out[i+1].Country) ||
						toks[next.start].Lower != "other" && !d.locatedIn(s, next) || d.knownPerson(s, parts[i]) {
						continue
					}
					c := out[i+1].Country
					out[i].Country = c
					out[i].Code = c + strings.Join(out[i].Roles, "")
				}
			}
			// "Indonesian Defence Minister Sjafrie Sjamsoeddin and his
			// Malaysian counterpart": the counterpart holds the first's
			// kind of role (IDNMIL, MYSMIL), not a government's.
			for i := 1; i < len(out) && !d.c.opts.Literal; i++ {
				if a := out[0]; len(a.Roles) > 0 && strings.HasPrefix(a.Code, a.Country+a.Roles[0]) && isCounterpart(out[i].Text) && d.isCountry(out[i].Country) {
					out[i].Roles = a.Roles[:1]
					out[i].Code = out[i].Country + a.Roles[0]
				}
			}
			// A country is shared: "Danish media and government".
			for i := 1; i < len(out); i++ {
				if out[i].Country == "---" && out[0].Country != "---" && out[0].Country != "" {
					out[i].Country = out[0].Country
					out[i].Code = out[0].Country + strings.Join(out[i].Roles, "")
				}
			}
			// A head noun is shared: that of the last conjunct ("Hungarian
			// and Romanian officials"), or that of the first when the
			// countries follow it ("lawmakers in Fornost and Gondor").
			var roles []string
			if hasPrep(toks, parts[0]) {
				roles = out[0].Roles
				bare = bare[:0]
				for i := 1; i < len(out); i++ {
					if len(out[i].Roles) == 0 {
						bare = append(bare, i)
					}
				}
			} else {
				roles = d.nounRoles(s, parts[len(parts)-1], out[len(out)-1].Roles)
			}
			if len(roles) > 0 {
				for _, i := range bare {
					out[i].Roles = roles
					out[i].Code = out[i].Country + strings.Join(roles, "")
				}
			}
			return out
		}
	}
	a, _ := d.single(s, r)
	if len(a) == 0 {
		if n, ok := d.newActor(s, r); ok {
			return []dyad.Actor{n}
		}
	}
	return a
}

// headRoles returns the roles of a phrase that is a role alone and ends
// with it ("the rebels"), or nil.
func (d *doc) headRoles(s *Sentence, p span) []string {
	for i := p.start; i < p.end; i++ {
		if d.namesActor(s, span{i, i + 1}) {
			return nil
		}
		if m, ok := d.dict.Role(s.Tokens, i); ok && i+m.N == p.end {
			return []string{m.Entry.Code}
		}
	}
	return nil
}

// shareCountry gives the actors of out at the indices idx, named by a role
// alone, the one country the other actors share; it reports false when
// they share none.
func (d *doc) shareCountry(out []dyad.Actor, idx []int) bool {
	c := ""
	for i, a := range out {
		if slices.Contains(idx, i) {
			continue
		}
		if !d.isCountry(a.Country) || c != "" && a.Country != c {
			return false
		}
		c = a.Country
	}
	if c == "" {
		return false
	}
	for _, i := range idx {
		out[i].Country = c
		out[i].Code = c + strings.Join(out[i].Roles, "")
	}
	return true
}

// knownPerson reports whether range r names a person of the dictionaries,
// whose country is their own: "a summit between Trump and Putin in Alaska"
// does not make Trump Russian.
func (d *doc) knownPerson(s *Sentence, r span) bool {
	for i := r.start; i < r.end; i++ {
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && m.Entry.Kind == lexicon.Person {
			return true
		}
	}
	return false
}

// appositive reports whether a part of a compound, after a comma, is an
// apposition of a person named before it: a role or a title ("chairman
// of") in lower case, maybe after "the", with a comma after it ("Kim Jong Un, chairman of the State
// Affairs of the DPRK, and ...").
func (d *doc) appositive(s *Sentence, p span) bool {
	toks := s.Tokens
	if p.start < 2 || toks[p.start-1].Lower != "," || toks[p.start-2].Tag != "NNP" || p.end >= len(toks) || toks[p.end].Lower != "," {
		return false
	}
	i := p.start
	if toks[i].Lower == "the" && i+1 < p.end {
		i++
	}
	if lexicon.Capitalised(toks[i].Text) || !strings.HasPrefix(toks[i].Tag, "NN") {
		return false
	}
	_, ok := d.dict.Role(toks, i)
	return ok || i+1 < p.end && toks[i+1].Lower == "of" // "chairman of"
}

// newActor makes an actor of a short noun phrase that names no known one,
// when Options.NewActorLength allows: "the Ministry of Magic" is
// "THE MINISTRY OF MAGIC".
func (d *doc) newActor(s *Sentence, r span) (dyad.Actor, bool) {
	max := d.c.opts.NewActorLength
	if max <= 0 || r.empty() {
		return dyad.Actor{}, false
	}
	var words []string
	for _, t := range s.Tokens[r.start:r.end] {
		switch {
		case t.Tag == "POS" || t.Tag == "PRP" || t.Tag == "WDT" || t.Tag == "WP":
			if t.Tag != "POS" {
				return dyad.Actor{}, false
			}
		case t.Lower != "" && (unicode.IsLetter(rune(t.Lower[0])) || unicode.IsDigit(rune(t.Lower[0]))):
			words = append(words, strings.ToUpper(t.Text))
		}
	}
	if len(words) == 0 || len(words) > max {
		return dyad.Actor{}, false
	}
	a := d.actor(s, r, "", nil, "")
	a.Code = `"` + strings.Join(words, " ") + `"`
	return a, true
}

func (d *doc) actor(s *Sentence, r span, code string, roles []string, name string) dyad.Actor {
	var pre, post []string
	for _, x := range roles {
		if strings.HasPrefix(x, "~") {
			pre = append(pre, x[1:])
		} else {
			post = append(post, x)
		}
	}
	// A role the actor's own code already ends with is not added again:
	// "White House officials" is USAGOV.
	for len(post) > 0 && strings.HasSuffix(code, post[0]) {
		post = post[1:]
	}
	roles = append(append([]string(nil), pre...), post...)
	text := d.art.Text[s.Tokens[r.start].Span.Start:s.Tokens[r.end-1].Span.End]
	if code == congoDRC && d.home == congoRep && bareCongo(text) && !d.c.opts.Literal {
		// "Congo" in a report from Brazzaville is the Republic's.
		code = congoRep
	}
	a := dyad.Actor{Code: strings.Join(pre, "") + code + strings.Join(post, ""), Country: code, Roles: roles, Name: name}
	a.Span = dyad.Span{Start: s.Tokens[r.start].Span.Start, End: s.Tokens[r.end-1].Span.End}
	a.Text = text
	if n, ok := d.appos[a.Span]; ok && a.Name == "" {
		a.Name = n
	}
	return a
}

// regionalBodies map the region a people's adjective names ("West
// African", "European") to its organisation.
var regionalBodies = map[string]string{
	"west african": "IGOWAFWAS", "european": euCode, "african": "IGOAFRAFU", "arab": "IGOMEAARL",
	"gulf": "IGOPGSGCC", "southeast asian": "IGOSEAASN",
}

// regionalBody returns the organisation of the region range r's words
// name ("West African leaders"), when the article names it, or "".
func (d *doc) regionalBody(toks []text.Token, r span) string {
	for i := r.start; i < r.end; i++ {
		key := toks[i].Lower
		if i+1 < r.end && (key == "west" || key == "southeast") {
			key += " " + toks[i+1].Lower
		}
		if code, ok := regionalBodies[key]; ok && d.igos[code] {
			return code
		}
	}
	return ""
}

// perpetrators are the nouns of those who did a violent act, whom "the"
// recalls.
var perpetrators = map[string]bool{"attacker": true, "assailant": true, "perpetrator": true}

// lastViolent returns the last assault, fight or mass violence (roots 18
// to 20) told, in sentence s so far and then in the three before it, or
// nil.
func (d *doc) lastViolent(s *Sentence) *event {
	ok := func(e *event) bool { return told(e.mode) && violent(e.code) }
	for i := len(d.sofar) - 1; i >= 0; i-- {
		if ok(d.sofar[i]) {
			return d.sofar[i]
		}
	}
	return d.lastEvent(s, 3, ok)
}

// shelters are the places named for the people they hold: "a camp for
// Congolese refugees".
var shelters = map[string]bool{"camp": true, "shelter": true, "settlement": true, "centre": true, "center": true, "school": true, "hospital": true}

// bareNouns reports whether a phrase is common nouns alone: "aircraft".
// commonPhrase reports whether r is a noun phrase of common words only:
// "other partners", "several nearby villages", "the two sides' soldiers"
// not (a possessive), "Indian troops" not (an adjective of a people is
// capitalised).
func commonPhrase(toks []text.Token, r span) bool {
	nouns := 0
	for i := r.start; i < r.end; i++ {
		switch t := &toks[i]; {
		case t.Tag == "NN" || t.Tag == "NNS":
			nouns++
		case lexicon.Capitalised(t.Text) && i > r.start:
			return false
		case t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "RB" && t.Tag != "PDT":
			return false
		}
	}
	return nouns > 0 && strings.HasPrefix(toks[r.end-1].Tag, "NN")
}

// counted returns n for a phrase "the n ... countries" or "the n ...
// governments" (n spelled, up to twelve, adjectives between), else 0.
func counted(toks []text.Token, r span) int {
	if r.end-r.start < 3 || toks[r.start].Lower != "the" || !countryNouns[toks[r.end-1].Lemma] && toks[r.end-1].Lemma != "government" {
		return 0
	}
	n, _ := when.Number(toks[r.start+1].Lower)
	for i := r.start + 2; i < r.end-1; i++ {
		if !strings.HasPrefix(toks[i].Tag, "JJ") && toks[i].Tag != "VBN" {
			return 0
		}
	}
	return n
}

// lastCountries returns the last n distinct countries named before token
// at of sentence s, in it or in the sentence before, latest last, or
// fewer when there are not so many.
func (d *doc) lastCountries(s *Sentence, at, n int) []string {
	var cs []string
	for i := s.Index; i >= 0 && i >= s.Index-1 && len(cs) < n; i-- {
		for _, m := range slices.Backward(d.nations(&d.sents[i])) {
			if i == s.Index && m.at >= at || !d.isCountry(m.country) || slices.Contains(cs, m.country) {
				continue
			}
			if cs = append(cs, m.country); len(cs) == n {
				break
			}
		}
	}
	slices.Reverse(cs)
	return cs
}

// nameWord reports whether the capitalised word at i, before a possessive
// and another capitalised word, is part of a name: "the People's
// Republic of China", "the People's Party" hold no people.
func nameWord(toks []text.Token, i int) bool {
	return i > 0 && i+2 < len(toks) && toks[i].Tag == "NNP" && toks[i+1].Tag == "POS" && toks[i+2].Tag == "NNP"
}

// formerBefore reports whether "former" or "ex" stands among the words
// from start before token i: "a former Peruvian prime minister".
func formerBefore(toks []text.Token, start, i int) bool {
	for k := start; k < i; k++ {
		if w := toks[k].Lower; w == "former" || w == "ex" || w == "ex-" {
			return true
		}
	}
	return false
}

// lastTogether returns the countries that the last events of several
// countries, on the same side of one act, had on that side, in the three
// sentences before s: the sources of "Mali, Burkina Faso and Niger left
// ECOWAS", the targets of "ECOWAS urged the three countries".
func (d *doc) lastTogether(s *Sentence) []string {
	var together []string
	d.lastEvent(s, 3, func(e *event) bool {
		var srcs, tgts []string
		for _, f := range d.earlier {
			if f.sent != e.sent || f.code != e.code {
				continue
			}
			if f.target.Code == e.target.Code && d.isCountry(f.source.Country) && !slices.Contains(srcs, f.source.Country) {
				srcs = append(srcs, f.source.Country)
			}
			if f.source.Code == e.source.Code && d.isCountry(f.target.Country) && !slices.Contains(tgts, f.target.Country) {
				tgts = append(tgts, f.target.Country)
			}
		}
		switch {
		case len(srcs) > 1:
			together = srcs
		case len(tgts) > 1:
			together = tgts
		}
		return together != nil
	})
	return together
}

// neighbours are the nouns of a country's neighbour.
var neighbours = map[string]bool{"neighbour": true, "neighbor": true}

// neighbourOf returns the one country sentence s names other than c, else
// the other of the article's two, or "".
func (d *doc) neighbourOf(s *Sentence, c string) string {
	other := ""
	for _, n := range d.nations(s) {
		switch {
		case n.country == c || !d.isCountry(n.country) || n.country == other:
		case other != "":
			return d.otherOfPair(c)
		default:
			other = n.country
		}
	}
	if other != "" {
		return other
	}
	return d.otherOfPair(c)
}

// congoDRC and congoRep are the codes of the two Congos: "Congo" and
// "Congolese" alone are the first's (lexicon), but in a report from the
// second's capital.
const (
	congoDRC = "COD"
	congoRep = "COG"
)

// bareCongo reports whether text names a Congo only as "Congo" or
// "Congolese", not as "the Democratic Republic of Congo" or "DRC".
func bareCongo(text string) bool {
	return (strings.Contains(text, "Congo") || strings.Contains(text, "Congolese")) &&
		!strings.Contains(text, "Democratic") && !strings.Contains(text, "DR") && !strings.Contains(text, "Kinshasa") && !strings.Contains(text, "Zaire")
}

// viceChancellor reports whether token i is the "Chancellor" of a "Vice
// Chancellor" who heads a university: one the sentence or the two before
// it mention ("was received by the Vice Chancellor, Dr. Khalid Mahmood"
// after "visited the University of the Punjab"), not Germany's.
func (d *doc) viceChancellor(s *Sentence, i int) bool {
	toks := s.Tokens
	if i == 0 || toks[i].Lower != "chancellor" || toks[i-1].Lower != "vice" && toks[i-1].Lower != "vice-" {
		return false
	}
	for j := s.Index; j >= 0 && j >= s.Index-2; j-- {
		for _, t := range d.sents[j].Tokens {
			switch t.Lemma {
			case "university", "college", "campus", "faculty":
				return true
			}
		}
	}
	return false
}

// quoteMark reports whether a tag is that of a quotation mark.
func quoteMark(tag string) bool { return tag == "``" || tag == "''" }

// single resolves a range that names at most one actor (or the article's
// pair). ok is false when it names none.
func (d *doc) single(s *Sentence, r span) ([]dyad.Actor, bool) {
	toks := s.Tokens
	// Leading determiners and adverbs do not change the actor.
	if role, ok := d.pairPhrase(toks, r); ok {
		// "Egypt offered to mediate between the two sides", after the
		// army and a militia clashed: the two.
		if sides := d.mediated(s); len(sides) == 2 {
			// "both governments": the sides' own, in the role.
			if role != "" {
				return []dyad.Actor{d.actor(s, r, sides[0].Country, []string{role}, ""), d.actor(s, r, sides[1].Country, []string{role}, "")}, true
			}
			return []dyad.Actor{d.rename(s, r, sides[0]), d.rename(s, r, sides[1])}, true
		}
		// Not a country's two sides when the phrase says countries: "the
		// two countries fought a 12-day war" after "Iran executed a man".
		if e := d.lastSides(s, r); e != nil && role == "" && !countryNouns[toks[r.end-1].Lemma] && !neighbours[toks[r.end-1].Lemma] {
			return []dyad.Actor{d.rename(s, r, e.source), d.rename(s, r, e.target)}, true
		}
		pair := d.pairOf(s, r)
		if pair[1] != "" {
			var roles []string
			if role != "" {
				roles = []string{role}
			}
			return []dyad.Actor{d.actor(s, r, pair[0], roles, ""), d.actor(s, r, pair[1], roles, "")}, true
		}
	}
	// "The two countries' security chiefs signed a protocol": each
	// country's, in the role the rest names.
	if k := slices.IndexFunc(toks[r.start:r.end], func(t text.Token) bool { return t.Tag == "POS" }); k > 0 && !d.c.opts.Literal {
		if _, ok := d.pairPhrase(toks, span{r.start, r.start + k}); ok {
			if pair := d.pairOf(s, r); pair[1] != "" {
				var roles []string
				for i := r.start + k + 1; i < r.end; i++ {
					if m, ok := d.dict.Role(toks, i); ok {
						roles = appendRole(roles, m.Entry.Code)
						i += m.N - 1
					}
				}
				roles = primaryRoles(roles)
				return []dyad.Actor{d.actor(s, r, pair[0], roles, ""), d.actor(s, r, pair[1], roles, "")}, true
			}
		}
	}
	if r.end-r.start == 2 && metWords[lowerJoin(toks[r.start:r.end])] && !d.c.opts.Literal {
		if e := d.lastMet(s, false); e != nil {
			if d.met == nil {
				d.met = map[dyad.Span]*event{}
			}
			d.met[byteSpan(s, r)] = e
			return []dyad.Actor{d.rename(s, r, e.source), d.rename(s, r, e.target)}, true
		}
		return nil, false
	}
	if c := d.divided(toks, r); c != "" {
		return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
	}
	switch toks[r.start].Tag {
	case "PRP", "PRP$":
		if r.end-r.start == 1 {
			return d.antecedent(s, r.start)
		}
		if toks[r.start].Tag == "PRP" {
			return nil, false
		}
	case "WDT", "WP", "EX":
		return nil, false
	}
	if q := pastQuantity(toks, r); q != r && !d.nameAcross(toks, r, q.start) {
		r = q
		if r.end-r.start == 1 && toks[r.start].Tag == "PRP" && !d.c.opts.Literal {
			return d.antecedent(s, r.start) // "detained dozens of them"
		}
	}
	// "American companies worth 17 billion dollars": the value after
	// "worth" is no part of the actor.
	for k := r.start + 1; k < r.end && !d.c.opts.Literal; k++ {
		if toks[k].Lower == "worth" {
			r.end = k
			break
		}
	}
	// The head region runs to the first preposition; what follows are
	// qualifiers ("of Kazakhstan", "to Pakistan", "from the city").
	headEnd := r.end
	for i := r.start; i < r.end; i++ {
		if toks[i].Tag == "IN" || toks[i].Tag == "TO" {
			headEnd = i
			break
		}
	}
	if !d.c.opts.Literal && headEnd > r.start && currencies[toks[headEnd-1].Lemma] {
		// "2 billion U.S. dollars" is money, not the United States; "30
		// billion Canadian dollars of US goods" are the goods'.
		if headEnd+1 < r.end && toks[headEnd].Lower == "of" {
			return d.single(s, span{headEnd + 1, r.end})
		}
		return nil, false
	}
	if !d.c.opts.Literal && headEnd > r.start && nature[toks[headEnd-1].Lemma] && (r.start == 0 || toks[r.start-1].Tag != "IN" && toks[r.start-1].Tag != "TO") {
		// "Nepal's monsoon season kills hundreds of people every year":
		// weather, disaster and disease are no one's acts (aid "for the
		// Afghan earthquake" goes to Afghanistan).
		return nil, false
	}
	if !d.c.opts.Literal && oneMember(toks, span{r.start, headEnd}) {
		return nil, false // "a NATO member" is one of its countries, not NATO
	}
	if !d.c.opts.Literal && headEnd > r.start && headEnd+1 < r.end && toks[headEnd].Lower == "for" && shelters[toks[headEnd-1].Lemma] {
		// "attacked a camp for Congolese refugees": the people it
		// shelters.
		return d.single(s, span{headEnd + 1, r.end})
	}
	var (
		names    []lexicon.Match
		namePos  []int
		roles    []string
		headRole bool
	)
	for i := r.start; i < headEnd; i++ {
		if k := len(names) - 1; k >= 0 && !d.c.opts.Literal && toks[i].Tag == "CD" && namePos[k]+names[k].N == i && names[k].Entry.Kind != lexicon.Adj {
			// "hand over to Britain two nationals": a count after a
			// name opens the next object; the people are not its.
			headEnd = i
			break
		}
		if m, ok := d.dict.Actor(toks, i, d.date); ok && i+m.N <= r.end && !notPeople(toks, m, i) && !d.surnameDemonym(toks, m, i, r.start, headEnd) {
			// A name may run past a preposition: "Prince of Dol Amroth".
			headEnd = max(headEnd, i+m.N)
			names = append(names, m)
			namePos = append(namePos, i)
			i += m.N - 1
			continue
		}
		if m, ok := d.dict.Role(toks, i); ok && i+m.N <= r.end && !nameWord(toks, i+m.N-1) {
			if i+m.N < headEnd && toks[i+m.N].Lower == "rights" && !d.c.opts.Literal {
				// "a refugee rights group": whose rights the group
				// defends, not what it is.
				i += m.N - 1
				continue
			}
			code := m.Entry.Code
			if code == "GOV" && !d.c.opts.Literal && d.viceChancellor(s, i) {
				code = "EDU"
			}
			if code == "GOV" && !d.c.opts.Literal && formerBefore(toks, r.start, i) {
				// "a former Peruvian prime minister": an elite, out
				// of office.
				code = "ELI"
			}
			if m.Entry.Prefix {
				// A PETRARCH agent written CODE~ goes before the actor's code.
				code = "~" + code
			}
			roles = appendRole(roles, code)
			if i+m.N >= headEnd {
				// A role may run past a preposition: "Ministry of Silly
				// Walks"; the head then goes on to the next one, where a
				// name may follow the role: "Secretary of State Antony
				// Blinken".
				headEnd = i + m.N
				for headEnd < r.end && toks[headEnd].Tag != "IN" && toks[headEnd].Tag != "TO" && !d.c.opts.Literal {
					headEnd++
				}
				headRole = i+m.N == headEnd
			}
			i += m.N - 1
		}
	}
	// "urged the three military-led countries to reconsider", after
	// "Niger, Mali and Burkina Faso": the last so many countries named.
	// "the Lebanese cabinet ordered the army to draw up a plan": a
	// government orders, deploys or sends its own forces.
	if len(roles) > 0 && (roles[0] == "MIL" || roles[0] == "COP") && len(names) == 0 && toks[r.start].Lower == "the" && !d.c.opts.Literal {
		if c := d.commanderCountry(s, r.start); c != "" {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
	}
	// "accused the three governments": so with the countries' roles.
	if n := counted(toks, r); n > 2 && len(names) == 0 && (len(roles) == 0 || headRole && len(roles) == 1 && roles[0] == "GOV") && !d.c.opts.Literal {
		// Rather the countries that last acted together, so many, than
		// those named since ("Argentina, Chile and Peru criticised
		// Venezuela. Venezuela's foreign minister accused the three
		// governments"): "Britain, Canada and Australia recognised the
		// State of Palestine ... Netanyahu accused the three countries".
		cs := d.lastCountries(s, r.start, n)
		if together := d.lastTogether(s); len(together) == n {
			cs = together
		}
		if len(cs) == n {
			out := make([]dyad.Actor, n)
			for i, c := range cs {
				out[i] = d.actor(s, r, c, roles, "")
			}
			return out, true
		}
		return nil, false
	}
	// "Troops from the two countries clashed": the noun's people of each
	// of the article's pair.
	if len(names) == 0 && len(roles) > 0 && headRole && headEnd < r.end && (toks[headEnd].Lower == "from" || toks[headEnd].Lower == "of") && !d.c.opts.Literal {
		if _, ok := d.pairPhrase(toks, span{headEnd + 1, r.end}); ok {
			if pair := d.pairOf(s, r); pair[1] != "" {
				return []dyad.Actor{d.actor(s, r, pair[0], roles, ""), d.actor(s, r, pair[1], roles, "")}, true
			}
		}
	}
	// "a correspondent for German public broadcaster ZDF": a journalist
	// of the employer's country.
	if len(names) == 0 && len(roles) > 0 && roles[0] == "MED" && headRole && headEnd+1 < r.end && toks[headEnd].Lower == "for" && !d.c.opts.Literal {
		if as := d.resolve(s, span{headEnd + 1, r.end}); len(as) == 1 && d.isCountry(as[0].Country) {
			return []dyad.Actor{d.actor(s, r, as[0].Country, roles, "")}, true
		}
	}
	// "his counterparts from Kazakhstan, Kyrgyzstan and Uzbekistan": the
	// role's holders of each country named.
	if len(names) == 0 && len(roles) > 0 && headRole && headEnd+1 < r.end && toks[headEnd].Lower == "from" && !d.c.opts.Literal {
		if cs := d.countriesOnly(s, span{headEnd + 1, r.end}); len(cs) > 0 {
			out := make([]dyad.Actor, len(cs))
			for i, c := range cs {
				out[i] = d.actor(s, r, c, roles, "")
			}
			return out, true
		}
	}
	if !d.c.opts.Literal && len(d.acronyms) > 0 {
		if prev, name, ok := d.byAcronym(s, r); ok {
			a := d.rename(s, r, prev)
			if !name.empty() {
				a = d.introduce(s, name, a)
			}
			return []dyad.Actor{a}, true
		}
	}
	// "the President of the Karachi Chamber of Commerce", "the head of
	// the army": a leader of a body holds the body's role.
	if (headRole || len(roles) == 0) && !d.c.opts.Literal && headEnd > r.start && headEnd < r.end && toks[headEnd].Lower == "of" && leaderTitles[toks[headEnd-1].Lemma] {
		for i := headEnd + 1; i < r.end; i++ {
			if m, ok := d.dict.Role(toks, i); ok && i+m.N <= r.end {
				if m.Entry.Code != "GOV" && !m.Entry.Prefix {
					roles = []string{m.Entry.Code}
				}
				break
			}
		}
		// "the president of the chamber": of the body named before.
		if prev, ok := d.recalledBody(toks, span{headEnd + 1, r.end}); ok {
			return []dyad.Actor{d.rename(s, r, prev)}, true
		}
	}
	// "an official at the French embassy": of the mission's country.
	if headRole && !d.c.opts.Literal && len(names) == 0 && headEnd+1 < r.end && toks[headEnd].Lower == "at" {
		mission := span{headEnd + 1, r.end}
		if k := slices.IndexFunc(toks[mission.start:mission.end], func(t text.Token) bool { return missions[t.Lemma] }); k >= 0 {
			mission.end = mission.start + k + 1
			if as := d.resolve(s, mission); len(as) == 1 && d.isCountry(as[0].Country) {
				// A diplomat, whom "the diplomat" recalls.
				a := d.actor(s, r, as[0].Country, roles, "")
				d.remember(a, "diplomat")
				return []dyad.Actor{a}, true
			}
		}
	}
	// "a military pact", "police reform": a role word before an abstract
	// noun describes it and names no actor ("rebel positions" still do).
	if len(names) == 0 && len(roles) > 0 && !headRole && headEnd > r.start && abstractHeads[toks[headEnd-1].Lemma] && !d.c.opts.Literal {
		return nil, false
	}
	// "Al Shabaab fighters stormed a hotel ... Security forces killed
	// the attackers": who did the last violent act.
	q := r.start
	all := toks[q].Lower == "all"
	if all {
		q++ // "killed all the attackers"
	} else if r.end-q >= 4 && toks[q].Tag == "CD" && toks[q+1].Lower == "of" {
		q += 2 // "killed four of the attackers"
	}
	the := q < r.end && toks[q].Lower == "the"
	if the {
		q++
	}
	if q < r.end && toks[q].Tag == "CD" && (all || the) {
		q++ // "all five attackers", "the five attackers"
	}
	// "killed the attackers in an exchange of fire": how, where or when.
	if (all || the) && q < r.end && perpetrators[toks[q].Lemma] && (q+1 == r.end || toks[q+1].Tag == "IN") &&
		len(names) == 0 && !d.c.opts.Literal {
		if e := d.lastViolent(s); e != nil {
			return []dyad.Actor{d.rename(s, r, e.source)}, true
		}
	}
	// "a US congressional delegation visited the island": the island
	// state named last.
	if r.end-r.start == 2 && toks[r.start].Lower == "the" && toks[r.start+1].Lower == "island" && len(names) == 0 && !d.c.opts.Literal {
		if c := d.lastIsland(s, r.start); c != "" {
			return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
		}
		return nil, false
	}
	// "called on Prime Minister Shehbaz Sharif, who thanked the kingdom":
	// the kingdom named last.
	if r.end-r.start == 2 && toks[r.start].Lower == "the" && toks[r.start+1].Lower == "kingdom" && len(names) == 0 && !d.c.opts.Literal {
		if c := d.lastKingdom(s, r.start); c != "" {
			return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
		}
		return nil, false
	}
	// "suspended Niger ... and closed borders with the country", "ECOWAS
	// ... The bloc had threatened": the last of its kind named; "the
	// country's military rulers", "the group's leaders": the roles of the
	// noun, of the country or group the anaphor stands for.
	if k, ok := anaphor(toks, r); ok && len(names) == 0 && (r.end-r.start == 2 || toks[r.start+2].Tag != "POS" || len(roles) > 0) && !d.c.opts.Literal {
		c := d.lastNamed(s, r.start, k, "")
		if c == "" && k == lexicon.Country && s.Index == 0 {
			// "ULAANBAATAR - Turkish Culture Minister Mehmet Nuri Ersoy
			// opened a cultural centre during an official visit to the
			// country": an article's opening names no country yet but
			// its dateline's.
			c = d.home
		}
		if c != "" {
			if k != lexicon.Country {
				roles = nil // a group's or a bloc's leaders are the group
			}
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
		return nil, false
	}
	// "The court's 17-judge panel" after "the International Court of
	// Justice", "the embassy's door" after "the French embassy": what
	// belongs to an organisation or an institution recalled by its role
	// noun stands for it.
	if len(names) == 0 && r.end-r.start > 3 && toks[r.start].Lower == "the" && toks[r.start+2].Tag == "POS" && !d.c.opts.Literal {
		if prev, ok := d.lastHead[toks[r.start+1].Lemma]; ok && (organisation(prev.Country) || bodies[toks[r.start+1].Lemma]) {
			return []dyad.Actor{d.rename(s, r, prev)}, true
		}
	}
	// "Protesters threw stones at officers" after "police fired tear
	// gas": officers of no force named are of the force the article
	// named, the police before the army.
	if len(names) == 0 && len(roles) == 0 && !d.c.opts.Literal && toks[headEnd-1].Lemma == "officer" && headEnd-r.start <= 2 {
		for _, role := range []string{"COP", "MIL"} {
			if prev, ok := d.lastRole[role]; ok {
				return []dyad.Actor{d.rename(s, r, prev)}, true
			}
		}
	}
	// "the council" after "the United Nations Security Council": a body
	// the dictionaries hold no role for, recalled by its name's noun.
	if len(names) == 0 && len(roles) == 0 && !d.c.opts.Literal {
		if prev, ok := d.recalledBody(toks, r); ok {
			return []dyad.Actor{d.rename(s, r, prev)}, true
		}
	}
	// "its aircraft", "their troops": the roles of the noun, the country
	// of the owner the pronoun stands for.
	if toks[r.start].Tag == "PRP$" && len(names) == 0 && len(roles) > 0 && !d.c.opts.Literal {
		// "China and India agreed that their special representatives
		// would meet": each country's.
		owners, ok := d.owner(s, r.start)
		if !ok || len(owners) == 0 || len(owners) > 1 && toks[r.start].Lower != "their" ||
			slices.ContainsFunc(owners, func(a dyad.Actor) bool { return !d.isCountry(a.Country) }) {
			return nil, false
		}
		out := make([]dyad.Actor, len(owners))
		for i, o := range owners {
			rs := roles
			if len(o.Roles) > 0 && o.Roles[0] != "GOV" && slices.ContainsFunc(toks[r.start:headEnd], func(t text.Token) bool { return leaderTitles[t.Lemma] }) {
				// "the Karachi Chamber of Commerce ... its President":
				// the leader of a body holds its role.
				rs = o.Roles[:1]
			}
			out[i] = d.actor(s, r, o.Country, rs, "")
		}
		return out, true
	}
	// "rammed one of its vessels", "seized their tanker": craft or posts
	// are their owner's, whom what is done to them is done to.
	// So are they where they were: "one of its vessels near Sabina Shoal".
	if toks[r.start].Tag == "PRP$" && len(names) == 0 && len(roles) == 0 && headEnd-r.start == 2 && ownedThings[toks[r.start+1].Lemma] && !d.c.opts.Literal {
		// So are an organisation's: "Israeli troops had fired on its
		// positions", the UN's.
		owners, ok := d.owner(s, r.start)
		if !ok || len(owners) != 1 || !d.isCountry(owners[0].Country) && !organisation(owners[0].Code) {
			return nil, false
		}
		return []dyad.Actor{d.rename(s, r, owners[0])}, true
	}
	// "Congo cut ties with Rwanda, accusing its neighbour of backing the
	// rebels": a country's neighbour is the other country the sentence
	// names, else the other of the article's two.
	if toks[r.start].Tag == "PRP$" && r.end-r.start == 2 && neighbours[toks[r.start+1].Lemma] && !d.c.opts.Literal {
		if owners, ok := d.owner(s, r.start); ok && len(owners) == 1 && d.isCountry(owners[0].Country) {
			if c := d.neighbourOf(s, owners[0].Country); c != "" {
				return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
			}
		}
		return nil, false
	}
	// "their countries": the countries of the owners the pronoun stands
	// for ("Hungarian and Romanian officials agreed that their countries
	// should cooperate").
	if toks[r.start].Tag == "PRP$" && r.end-r.start == 2 && len(names) == 0 && !d.c.opts.Literal && countryNouns[toks[r.start+1].Lemma] {
		owners, ok := d.owner(s, r.start)
		var out []dyad.Actor
		for _, o := range owners {
			if d.isCountry(o.Country) && !slices.ContainsFunc(out, func(a dyad.Actor) bool { return a.Country == o.Country }) {
				out = append(out, d.actor(s, r, o.Country, nil, ""))
			}
		}
		return out, ok && len(out) > 0
	}
	// A person the article introduced, by full name or surname; their
	// supporters are of their country, in the supporters' role ("Duterte's
	// supporters protested" are no Philippine government).
	if a, ok := d.person(s, span{r.start, headEnd}); ok {
		if followers[toks[headEnd-1].Lemma] && len(roles) > 0 && !d.c.opts.Literal {
			return []dyad.Actor{d.actor(s, r, a.Country, roles[len(roles)-1:], "")}, true
		}
		return []dyad.Actor{d.rename(s, r, a)}, true
	}
	// The head itself is a named actor: "Pakistan", "the United Nations",
	// "Multan", "Pakistan's government" is handled below as a role.
	if len(names) > 0 && !headRole {
		last := len(names) - 1
		m := names[last]
		if d.c.opts.Literal {
			// PETRARCH takes a phrase's first actor: "the evil Arnor
			// awful Gondor" is Arnor, "Ithilen's minister Calimehtar"
			// Ithilen's.
			m = names[0]
			return d.expand(d.named(s, r, m, roles)), true
		}
		if namePos[last]+m.N == headEnd || len(roles) == 0 {
			// "the Government College University Lahore": one role, the
			// head's before a government's.
			a := d.named(s, r, m, primaryRoles(roles))
			if surname := toks[namePos[last]+m.N-1].Lower; m.Entry.Kind == lexicon.Person && m.N > 1 && len(surname) >= 3 {
				// "Shehbaz Sharif" is "Sharif" later in the article,
				// a surname the dictionaries leave out when several
				// hold it; "Ishaq Dar" is "Dar".
				if _, ok := d.persons[surname]; !ok {
					d.persons[surname] = a
				}
			}
			if organisation(m.Entry.Code) {
				d.rememberOrg(s, span{namePos[last], namePos[last] + m.N}, a)
				// "UN human rights chief Volker Turk": the organisation's
				// person, known by name from now on.
				if n := d.nameIn(s, span{namePos[last] + m.N, headEnd}); n.end-n.start > 1 && n.end == headEnd && !d.c.opts.Literal {
					d.introduce(s, n, a)
				}
			}
			if m.Entry.Kind == lexicon.Person {
				d.family(toks[namePos[last]:namePos[last]+m.N], a)
				// "Turkish President Recep Tayyip Erdogan" is "the
				// president" from now on.
				if len(roles) > 0 {
					d.remember(a, d.roleWord(s, span{r.start, namePos[last]}))
				}
			}
			return d.expand(a), true
		}
	}
	// "a hacker group linked to Russia", "militias backed by Iran": a
	// group no name makes an actor, of its sponsor's country, in the
	// head's roles.
	if v := headEnd - 1; len(names) == 0 && !d.c.opts.Literal && v > r.start && headEnd+1 < r.end && proxyVerbs[toks[v].Lemma] && (toks[v].Tag == "VBN" || toks[v].Tag == "VBD") {
		if as, ok := d.single(s, span{headEnd + 1, r.end}); ok && len(as) == 1 && d.isCountry(as[0].Country) {
			return []dyad.Actor{d.actor(s, r, as[0].Country, roles, "")}, true
		}
	}
	// Otherwise the country comes from a modifier or an "of"/"from"/"in"
	// phrase after the head.
	if len(roles) == 0 {
		// A place the dictionaries do not name but the gazetteer does:
		// "visited Bahawalpur" is Pakistan.
		if len(names) == 0 {
			if c, ok := d.gazetteerCountry(s, span{r.start, headEnd}); ok {
				return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
			}
			// "positions of the Palestinian security forces": what
			// belongs to an actor that names its country stands for it
			// (not "the killing of civilians"), before a place named
			// after it ("hideouts of the Pakistani Taliban inside
			// Afghanistan" are the Taliban's); "the head of the UN
			// nuclear watchdog": the leader of an organisation, for it.
			if of := (span{headEnd + 1, r.end}); !d.c.opts.Literal && headEnd > r.start && !of.empty() && toks[headEnd].Lower == "of" && !water(toks, headEnd) && d.namesActor(s, of) {
				if as, ok := d.single(s, of); ok && len(as) == 1 && (d.isCountry(as[0].Country) || leaderTitles[toks[headEnd-1].Lemma] && organisation(as[0].Country)) {
					if leaderTitles[toks[headEnd-1].Lemma] && organisation(as[0].Country) {
						// "the official" from now on.
						d.lastHead["official"] = as[0]
					}
					return as, true
				}
			}
			// "villages in Afghanistan", "the city of Multan": the
			// place's country.
			if m, ok := d.placeAfter(s, headEnd, r.end); ok {
				if m.Entry.Kind == lexicon.Named {
					return d.expand(d.named(s, r, m, nil)), true
				}
				return []dyad.Actor{d.actor(s, r, country(m.Entry.Code), nil, "")}, true
			}
			// "the city of Donetsk", "the town of Samarra": a place the
			// gazetteer holds.
			if headEnd > r.start && headEnd+1 < r.end && toks[headEnd].Lower == "of" && placeNouns[toks[headEnd-1].Lemma] {
				if c, ok := d.gazetteerCountry(s, span{headEnd + 1, r.end}); ok {
					return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
				}
			}
			// "villages in the Donetsk region": a place the gazetteer
			// holds, in a phrase after the head.
			if c, ok := d.gazetteerAfter(s, headEnd, r.end); ok {
				return []dyad.Actor{d.actor(s, r, c, nil, "")}, true
			}
		}
		return nil, false
	}
	// "the court in The Hague" after "the International Criminal Court":
	// an organisation recalled by its role noun, wherever the phrase
	// says it sits.
	if prev, ok := d.lastHead[toks[headEnd-1].Lemma]; ok && headRole && len(names) == 0 && headEnd < r.end && toks[r.start].Lower == "the" &&
		headEnd == r.start+2 && organisation(prev.Country) && !d.c.opts.Literal {
		return []dyad.Actor{d.rename(s, r, prev)}, true
	}
	var cc *lexicon.Match
	var holder span // "Maulen Ashimbayev" of "the Chairman of the Senate of Kazakhstan Maulen Ashimbayev"
	if len(names) > 0 {
		cc = &names[len(names)-1]
		// "Uzbekistan's Ambassador to Pakistan Alisher Tukhtaev": the
		// name after the country a diplomat is posted to is the
		// diplomat's.
		for i := headEnd; i+1 < r.end && !d.c.opts.Literal && diplomat(toks, headEnd); i++ {
			if toks[i].Lower != "to" {
				continue
			}
			if m, ok := d.placeAlone(toks[:r.end], i+1); ok {
				if n := (span{i + 1 + m.N, r.end}); d.properName(s, n) {
					holder = n
				}
			}
			break
		}
	} else if d.c.opts.Literal || !unnamedCountries(toks[r.start:headEnd]) {
		// Not forces of other countries that the phrase does not name:
		// "European forces in Ukraine" are no Ukrainian ones.
	pps:
		for i := headEnd; i < r.end; i++ {
			if w := toks[i].Lower; w != "from" && !objectPrep(w) {
				continue
			}
			for j := i + 1; j < r.end && j <= i+4; j++ {
				m, ok := d.dict.Actor(toks, j, d.date)
				if !ok && !d.c.opts.Literal && (len(roles) > 0 || headEnd > r.start && leaderTitles[toks[headEnd-1].Lemma]) {
					// "the Chairman of the Senate of Kazakhstan Maulen
					// Ashimbayev": a title's country before its holder's
					// name.
					m, ok = d.placeAlone(toks[:r.end], j)
				}
				if ok {
					cc = &m
					if n := (span{j + m.N, r.end}); !d.c.opts.Literal && d.properName(s, n) {
						holder = n
					}
					break pps
				}
			}
		}
	}
	if !d.c.opts.Literal {
		// PETRARCH composes every agent it finds ("DNKMUSMED"); dyad
		// keeps the one that names the actor, the head's when the head
		// follows those its modifiers name ("junta supporters").
		if followers[toks[headEnd-1].Lemma] && len(roles) > 1 {
			roles = roles[len(roles)-1:]
		}
		roles = primaryRoles(roles)
		// "a military base in Arauca province", "soldiers in Kharkiv":
		// forces and people are of where their own words put them;
		// "the Governor of Punjab" is of the place he governs.
		if c, of := d.placedIn(s, headEnd, r.end); cc == nil && c != "" && (of || localRoles[roles[0]] || armedRoles[roles[0]]) {
			a := d.actor(s, r, c, roles, "")
			// "the governor" from now on.
			d.remember(a, d.roleWord(s, span{r.start, headEnd}))
			return []dyad.Actor{a}, true
		}
	}
	if cc != nil {
		a := d.named(s, r, *cc, roles)
		// "Turkish President Recep Tayyip Erdogan": the name now means the
		// actor; but before a role that heads the phrase, a name is the
		// body's own ("Samarkand State University").
		if n := d.nameIn(s, span{r.start, headEnd}); !n.empty() && (!headRole || d.c.opts.Literal) && !(n.end-n.start == 1 && leaderTitles[toks[n.start].Lemma]) {
			a = d.introduce(s, n, a)
			a = d.rename(s, r, a)
		} else if !holder.empty() {
			a = d.introduce(s, holder, a)
			a = d.rename(s, r, a)
		}
		head := ""
		if !d.c.opts.Literal {
			// "the delegation", or the title before a name: "Punjab
			// Chief Minister Maryam Nawaz Sharif" is "the chief
			// minister" from now on.
			head = d.roleWord(s, span{r.start, headEnd})
		}
		d.remember(a, head)
		return d.expand(a), true
	}
	// "Western governments", "foreign diplomats": actors of other
	// countries, or of several, that the sentence does not name.
	if !d.c.opts.Literal && unnamedCountries(toks[r.start:headEnd]) {
		// "West African leaders lifted sanctions on Niger", in a report
		// on ECOWAS: the region's organisation the article names.
		if code := d.regionalBody(toks, span{r.start, headEnd}); code != "" && len(names) == 0 {
			a := d.actor(s, r, code, nil, "")
			a.Code = code
			return []dyad.Actor{a}, true
		}
		if d.c.opts.Unknown {
			return []dyad.Actor{d.actor(s, r, "---", roles, "")}, true
		}
		return nil, false
	}
	// The name in the phrase that no dictionary knows, if any. When it
	// heads the phrase ("President Jonas Ferreira"), the phrase is a
	// person the article has not met (one it introduced is found by
	// d.person above): news names a person in full when it first
	// mentions them.
	var name span
	if !d.c.opts.Literal {
		name = d.nameIn(s, span{r.start, headEnd})
	}
	newPerson := !headRole && !name.empty() && name.end == headEnd
	// A remembered actor is not a new person, nor one remembered under
	// another name ("President Bouteflika's government" is not William
	// Ruto's), nor, for people mostly found where they live, of another
	// country than the only one the sentence names ("the opposition" in a
	// sentence about Georgia is Georgia's), unless they are of the
	// dateline's, where the article's news is ("TBILISI ... Ukraine's
	// President Volodymyr Zelensky voiced support for the protesters" is
	// for Georgia's).
	// One person ("the man", "the woman") is whoever the article
	// introduced so, wherever the sentence is.
	individual := toks[headEnd-1].Tag == "NN" && individuals[toks[headEnd-1].Lemma]
	stranger := func(prev dyad.Actor) bool {
		if localRoles[roles[0]] && !individual && (prev.Country != d.home || d.home == "") {
			if c := d.onlyCountry(s); c != "" && c != prev.Country {
				return true
			}
		}
		return newPerson || namedOtherwise(s, name, prev)
	}
	// "The junta's leader": the leader of the body the possessive names,
	// its country's, in the body's role.
	if r.end-r.start > 3 && toks[r.start].Lower == "the" && toks[r.start+2].Tag == "POS" && toks[r.start+1].Lemma == "junta" && !d.c.opts.Literal {
		if owner, ok := d.single(s, span{r.start, r.start + 2}); ok && len(owner) == 1 {
			return []dyad.Actor{d.rename(s, r, owner[0])}, true
		}
	}
	// "the delegation": the last delegation, else the last actor with
	// that role ("the ambassador"), unless a stranger.
	if prev, ok := d.lastHead[toks[headEnd-1].Lemma]; ok && headRole && toks[r.start].Lower == "the" && !stranger(prev) {
		return []dyad.Actor{d.rename(s, r, prev)}, true
	}
	// Not an actor of the same sentence under another head: in "the
	// Chinese Ambassador called on the interior minister" they are two.
	inSentence := func(a dyad.Actor) bool { return s.Span.Start <= a.Span.Start && a.Span.End <= s.Span.End }
	// A junta is no other force the article named ("The last French
	// soldiers left Niger ... The junta had expelled the French
	// ambassador"): the country it rules, the dateline's unless the
	// sentence names that country for someone else.
	if toks[headEnd-1].Lemma == "junta" && !d.c.opts.Literal {
		if toks[headEnd-1].Tag == "NNS" {
			// "Mali, Burkina Faso and Niger left ECOWAS ... The juntas
			// accused the bloc": the countries that acted together
			// last, each its own junta.
			var out []dyad.Actor
			for _, c := range d.lastTogether(s) {
				out = append(out, d.actor(s, r, c, roles, ""))
			}
			return out, len(out) > 0
		}
		// The junta an earlier sentence named by its country ("Myanmar's
		// junta leaders ... criticised the junta", from Vientiane).
		if c := d.namedJunta(s); c != "" {
			a := d.actor(s, r, c, roles, "")
			d.remember(a, "junta")
			return []dyad.Actor{a}, true
		}
		// The country of a coup the article told of ("suspended
		// Gabon's membership after a military coup"), from a dateline
		// abroad (Addis Ababa, the African Union's seat).
		if c := d.coupCountry(s); c != "" && c != d.home {
			a := d.actor(s, r, c, roles, "")
			d.remember(a, "junta")
			return []dyad.Actor{a}, true
		}
		if d.home != "" && !slices.ContainsFunc(d.nations(s), func(n nation) bool { return n.country == d.home }) {
			a := d.actor(s, r, d.home, roles, "")
			d.remember(a, "junta")
			return []dyad.Actor{a}, true
		}
		return nil, false
	}
	// "talks between the army and the RSF": the sides of a country's
	// strife, the army of the group's country.
	if c := d.conjoinedGroup(s, r); c != "" && toks[r.start].Lower == "the" && !newPerson && !d.c.opts.Literal {
		return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
	}
	// "The protesters accuse the government of corruption": the
	// government a country's own people act on is theirs, whatever
	// government the article named last.
	if roles[0] == "GOV" && r.end-r.start == 2 && toks[r.start].Lower == "the" && len(names) == 0 && !d.c.opts.Literal {
		if c := d.peoplesCountry(s, r.start); c != "" {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
	}
	if prev, ok := d.lastRole[roles[0]]; ok && definite[toks[r.start].Lower] && !isCounterpart(toks[headEnd-1].Text) && !stranger(prev) && !inSentence(prev) &&
		!(ministries[toks[headEnd-1].Lemma] && d.envoy(prev)) {
		return []dyad.Actor{d.rename(s, r, prev)}, true
	}
	// The role word a later "the minister" recalls the actor by.
	rememberRole := func(a dyad.Actor) {
		if d.c.opts.Literal {
			return
		}
		if h := d.roleWord(s, span{r.start, headEnd}); h != "" {
			d.remember(a, h)
		}
	}
	// "Vietnam accused China of assaulting Vietnamese fishermen ... Ten
	// fishermen were beaten by Chinese officers", "Ecuadorean police
	// raided the Mexican embassy ... Police detained": people of a trade
	// or a force, of no country, are those the sentences before named by
	// the same noun (not civilians, whom every story names).
	if localRoles[roles[0]] && roles[0] != "CVL" && headRole && len(names) == 0 && !newPerson && !definite[toks[r.start].Lower] && !d.c.opts.Literal {
		if c := d.peopleNamed(s, toks[headEnd-1].Lemma); c != "" {
			a := d.actor(s, r, c, roles, "")
			rememberRole(a)
			return []dyad.Actor{a}, true
		}
	}
	// "Protesters rallied outside the French embassy in Niamey": people
	// who are mostly where they live are of the city's country, and "the
	// protesters" from now on.
	// So are a city's or a province's own officials: "visited Samarkand
	// and met the governor".
	// So are journalists counted: "Journalists rallied outside the
	// Russian embassy in Washington".
	if localRoles[roles[0]] || localTitles[toks[headEnd-1].Lemma] || roles[0] == "MED" && headRole && toks[headEnd-1].Tag == "NNS" {
		if c := d.localCountry(s); c != "" {
			a := d.actor(s, r, c, roles, "")
			rememberRole(a)
			return []dyad.Actor{a}, true
		}
	}
	// "The Mozambique government accepted demands from rebels": a sentence
	// that names one country only is about that country's actors; not its
	// diplomats, who mostly act abroad ("the ambassador laid a wreath ...
	// in Karachi" is no Pakistani's).
	// A speaker in a report from a dateline is of its country, not of the
	// one what they say names: "Colonel Amadou Abdramane said the presence
	// of US forces was illegal" (Niamey) is Niger's colonel.
	speaker := d.home != "" && d.speaks(s, r)
	if !diplomat(toks, headEnd) && !d.c.opts.Literal {
		// "Chinese Ambassador to Pakistan Jiang Zaidong called on
		// Interior Minister Mohsin Naqvi": the people a diplomat meets
		// are of the country the diplomat is posted to.
		if h := d.hostCountry(s, r); h != "" {
			a := d.actor(s, r, h, roles, "")
			if newPerson {
				a = d.introduce(s, name, a)
			}
			rememberRole(a)
			return []dyad.Actor{a}, true
		}
	}
	// "MANILA - The foreign ministry accused China": a foreign ministry
	// of no named country deals with other countries, from home.
	foreign := d.home != "" && roles[0] == "GOV" && slices.ContainsFunc(toks[r.start:headEnd], func(t text.Token) bool { return t.Lower == "foreign" })
	// Nor are reporters a speaker "told" of the country the words are
	// about: "'We are ready to resume talks with Ukraine,' Kremlin
	// spokesman Dmitry Peskov told reporters", from Moscow.
	reporters := roles[0] == "MED" && !newPerson && d.home != "" && r.start > 0 && toks[r.start-1].Lemma == "tell"
	// "told reporters in Washington": of the city's country.
	if reporters && r.end+1 < len(toks) && toks[r.end].Lower == "in" && d.cityAt(toks, r.end+1) {
		if m, _ := d.dict.Actor(toks, r.end+1, d.date); d.isCountry(m.Entry.Code) {
			return []dyad.Actor{d.actor(s, r, m.Entry.Code, roles, "")}, true
		}
	}
	// "ISLAMABAD - Saudi Chief of General Staff Fayyadh al-Ruwaili
	// called on Prime Minister Shehbaz Sharif": whom a visitor calls on
	// or meets in a report from the country the article is about is
	// that country's, not the visitor's.
	only := d.onlyCountry(s)
	abroad := only != "" && only != d.home && d.home != "" && !d.c.opts.Literal
	hosted := abroad && (d.home == d.pair[0] || d.home == d.pair[1] || d.pair[1] == "") && r.start >= 2 &&
		(toks[r.start-1].Lower == "on" && toks[r.start-2].Lemma == "call" || toks[r.start-1].Lemma == "meet" && strings.HasPrefix(toks[r.start-1].Tag, "VB"))
	// "MINSK - Exiled opposition leader Sviatlana Tsikhanouskaya thanked
	// the United States": an opposition is of the country the report is
	// from, not of the one its words address.
	// So is "the government" that acts in such a report, when the
	// article is about the dateline's country: "COLOMBO - The government
	// criticised India" (not a bureau's report on a neighbour).
	theGovernment := r.end-r.start == 2 && toks[r.start].Lower == "the" && toks[r.start+1].Lemma == "government" &&
		(d.home == d.pair[0] || d.home == d.pair[1])
	if abroad && (roles[0] == "OPP" || theGovernment) && beforeVerb(s, r) {
		a := d.actor(s, r, d.home, roles, "")
		if newPerson {
			a = d.introduce(s, name, a)
		}
		rememberRole(a)
		return []dyad.Actor{a}, true
	}
	if c := only; c != "" && !hosted && !diplomat(toks, headEnd) && !((speaker || foreign || reporters) && c != d.home) && !d.diplomatsOwn(s, c) {
		a := d.actor(s, r, c, roles, "")
		d.borrowed[a.Span] = true
		if newPerson {
			// "Soldiers from Niger's army detained President Mohamed
			// Bazoum": "Bazoum" from now on.
			a = d.introduce(s, name, a)
		}
		if localRoles[roles[0]] {
			rememberRole(a) // "Georgian police used tear gas against protesters. ... the protesters"
		}
		return []dyad.Actor{a}, true
	}
	// "Gunmen abducted 25 schoolgirls from a school in Kebbi state": armed
	// men of no country are of where the sentence puts them, a place
	// the gazetteer knows (not what is theirs: "militant infrastructure
	// linked to an attack in Pahalgam").
	if (roles[0] == "UAF" || roles[0] == "REB" || roles[0] == "INS" || roles[0] == "SEP" || roles[0] == "CRM") && headRole && !d.c.opts.Literal {
		if c := d.localCountry(s); c != "" {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
		// "Gang members opened fire on Kenyan police officers in
		// Haiti": the country the act was done in.
		if c := d.inCountry(s); c != "" {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
		// "PORT-AU-PRINCE - gang members killed at least 70 people in
		// the town of Pont-Sonde, the United Nations said": the
		// dateline's, in a sentence that names no country.
		if d.home != "" && len(d.nations(s)) == 0 {
			return []dyad.Actor{d.actor(s, r, d.home, roles, "")}, true
		}
	}
	// "ISLAMABAD - Militants killed seven soldiers": so are soldiers, in a
	// sentence that names neither a country nor a foreign group.
	if roles[0] == "MIL" && headRole && toks[headEnd-1].Tag == "NNS" && d.home != "" && len(d.nations(s)) == 0 && !d.namesForeignGroup(s) && !d.c.opts.Literal {
		return []dyad.Actor{d.actor(s, r, d.home, roles, "")}, true
	}
	// Unnamed reporters are as local as civilians: those a spokesman
	// "told" in a sentence about other countries are not the dateline's
	// (a named journalist may be the bureau's own correspondent).
	local := localRoles[roles[0]] || roles[0] == "MED" && !newPerson
	// "the army", in a sentence that names no other country, is the
	// dateline's as its police are: "KHARTOUM - The Rapid Support Forces
	// blamed the army".
	// Not when it names another country's group: "The Rapid Support
	// Forces ... have been battling the army", from Cairo.
	// So are soldiers without a determiner who open the sentence
	// ("Soldiers detained President Abdourahamane Tiani", from Niamey),
	// or whom a speaker tells of:
	// "KAMPALA - Kyagulanyi said soldiers had surrounded his home".
	bare := r.end-r.start == 1 && toks[r.start].Tag == "NNS" && (r.start == 0 || r.start >= 1 && sayVerbs[toks[r.start-1].Lemma] && strings.HasPrefix(toks[r.start-1].Tag, "VB"))
	army := roles[0] == "MIL" && (toks[r.start].Lower == "the" || bare) && !newPerson && !d.namesForeignGroup(s)
	if d.home != "" && (domestic[roles[0]] || speaker || army || foreign) && (speaker || !local && !army || !d.namesOthersOnly(s)) && !diplomat(toks, headEnd) {
		// People in a sentence about other countries are not of a
		// bureau's abroad: "DUBAI (Reuters) - Iran hanged a man" is no
		// Emirati's hanging.
		a := d.actor(s, r, d.home, roles, "")
		// "President Jonas Ferreira" in a report from Luanda: Angola's,
		// and "Ferreira" from now on.
		if newPerson {
			a = d.introduce(s, name, a)
		}
		rememberRole(a)
		return []dyad.Actor{a}, true
	}
	// "Iran executed a man convicted of spying for Israel", "visited
	// Lahore and delivered a lecture to students": people, in a sentence
	// that names other countries too, are of where the act was done,
	// else of the state that acts on them, when nothing else tells.
	// Not captives, who are mostly another country's ("Hamas freed the
	// last 20 living hostages"), unless political prisoners, who are the
	// state's own.
	captive := custody[toks[headEnd-1].Lemma] && !(headEnd-2 >= r.start && toks[headEnd-2].Lower == "political")
	if localRoles[roles[0]] && headRole && !newPerson && !d.c.opts.Literal && !captive {
		if c := d.localCountry(s); c != "" {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
		if c := d.actingState(s, r.start); c != "" && (roles[0] == "CVL" || roles[0] == "OPP") {
			return []dyad.Actor{d.actor(s, r, c, roles, "")}, true
		}
	}
	if d.c.opts.Unknown {
		return []dyad.Actor{d.actor(s, r, "---", roles, "")}, true
	}
	return nil, false
}

// inCountry returns the country a locative names in the sentence ("in
// Haiti", "in Haiti's capital"), when it names one and only one, else "".
func (d *doc) inCountry(s *Sentence) string {
	c := ""
	for _, m := range d.nations(s) {
		if m.at == 0 || !where(s.Tokens[m.at-1].Lower) {
			continue
		}
		if c != "" && c != m.country {
			return ""
		}
		c = m.country
	}
	return c
}

// peopleNamed returns the country of the people the two sentences before
// s named by the noun lemma and a people's adjective or a country's name
// ("Vietnamese fishermen"), else "".
func (d *doc) peopleNamed(s *Sentence, lemma string) string {
	for j := s.Index - 1; j >= 0 && j >= s.Index-2; j-- {
		toks := d.sents[j].Tokens
		for i := 1; i < len(toks); i++ {
			if toks[i].Lemma != lemma {
				continue
			}
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				if m, ok := d.dict.Actor(toks, k, d.date); ok && k+m.N == i && (m.Entry.Kind == lexicon.Adj || m.Entry.Kind == lexicon.Country) {
					return country(m.Entry.Code)
				}
			}
		}
	}
	return ""
}

// actingState returns the country of the state that is the subject of
// the sentence's first finite verb, when the phrase at token at is that
// verb's object: a country, its capital or a state body of it; else "".
func (d *doc) actingState(s *Sentence, at int) string {
	for ci, c := range s.Chunks {
		if c.Kind != phrase.VP || !finiteVerb(s, c) {
			continue
		}
		if c.End != at {
			return ""
		}
		as := d.firstActor(s, 0, ci, c.Start, false)
		if len(as) != 1 || !d.isCountry(as[0].Country) {
			return ""
		}
		if len(as[0].Roles) > 0 && !stateRoles[as[0].Roles[0]] {
			return ""
		}
		return as[0].Country
	}
	return ""
}

// stateRoles are the roles of a state's own bodies.
var stateRoles = map[string]bool{"GOV": true, "JUD": true, "COP": true, "MIL": true, "SPY": true, "LEG": true}

// beforeVerb reports whether range r ends before the sentence's first
// finite verb group: its subject (past a participle that opens it,
// "Exiled opposition leader ...").
func beforeVerb(s *Sentence, r span) bool {
	for _, c := range s.Chunks {
		if c.Kind == phrase.VP && finiteVerb(s, c) {
			return r.end <= c.Start
		}
	}
	return false
}

// kingdoms are the countries whose head of state is a king or a queen
// and that news calls "the kingdom" (facts: the states' constitutions).
var kingdoms = map[string]bool{
	"SAU": true, "JOR": true, "MAR": true, "THA": true, "GBR": true, "ESP": true, "NLD": true,
	"BEL": true, "NOR": true, "SWE": true, "DNK": true, "BHR": true, "KHM": true, "BTN": true,
	"LSO": true, "SWZ": true, "TON": true,
}

// lastKingdom returns the last of kingdoms named, by name or people's
// adjective, before token at of s or in the three sentences before it, or
// "".
func (d *doc) lastKingdom(s *Sentence, at int) string {
	for i := s.Index; i >= 0 && i >= s.Index-3; i-- {
		last := ""
		for _, n := range d.nations(&d.sents[i]) {
			if kingdoms[n.country] && (i < s.Index || n.at < at) {
				last = n.country
			}
		}
		if last != "" {
			return last
		}
	}
	return ""
}

// coupCountry returns the one country a sentence up to three before s
// (s included) names beside the word "coup", or "".
func (d *doc) coupCountry(s *Sentence) string {
	for i := s.Index; i >= 0 && i >= s.Index-3; i-- {
		t := &d.sents[i]
		if !slices.ContainsFunc(t.Tokens, func(k text.Token) bool { return k.Lemma == "coup" }) {
			continue
		}
		c := ""
		for _, n := range d.nations(t) {
			if !d.isCountry(n.country) || c != "" && n.country != c {
				return ""
			}
			c = n.country
		}
		if c != "" {
			return c
		}
	}
	return ""
}

// conjoinedGroup returns the country of a group the dictionaries name
// ("the RSF", "Hezbollah") that "and" joins to range r, before or after
// it, or "".
func (d *doc) conjoinedGroup(s *Sentence, r span) string {
	toks := s.Tokens
	group := func(i int) (string, int) {
		if i < 0 || i >= len(toks) {
			return "", 0
		}
		if toks[i].Tag == "DT" && i+1 < len(toks) {
			i++
		}
		m, ok := d.dict.Actor(toks, i, d.date)
		if !ok || m.Entry.Kind.Place() || m.Entry.Kind == lexicon.Adj || m.Entry.Kind == lexicon.Person || organisation(m.Entry.Code) {
			return "", 0
		}
		return country(m.Entry.Code), i + m.N
	}
	if r.end < len(toks) && toks[r.end].Lower == "and" {
		if c, _ := group(r.end + 1); d.isCountry(c) {
			return c
		}
	}
	if r.start >= 2 && toks[r.start-1].Lower == "and" {
		for i := r.start - 2; i >= 0 && i >= r.start-4; i-- {
			if c, end := group(i); end == r.start-1 && d.isCountry(c) {
				return c
			}
		}
	}
	return ""
}

// host is the country a diplomat is posted to and the token of the "to"
// that says so.
type host struct {
	country string
	at      int
}

// hostCountry returns the country a diplomat the sentence names outside
// range r is posted to ("the Chinese Ambassador to Pakistan"), or "".
func (d *doc) hostCountry(s *Sentence, r span) string {
	h, ok := d.sentHost[s.Index]
	if !ok {
		h = d.findHost(s)
		d.sentHost[s.Index] = h
	}
	if h.country == "" || h.at >= r.start && h.at < r.end {
		return ""
	}
	// "The cabinet recalled Somalia's ambassador to Ethiopia": who
	// recalls a diplomat sent them, and is not of where they were posted.
	for i := r.end; i < h.at && !d.c.opts.Literal; i++ {
		if t := s.Tokens[i]; strings.HasPrefix(t.Tag, "VB") && (t.Lemma == "recall" || t.Lemma == "withdraw") {
			return ""
		}
	}
	return h.country
}

// findHost finds the first diplomat of the sentence posted to a country.
func (d *doc) findHost(s *Sentence) host {
	toks := s.Tokens
	for i := 1; i+1 < len(toks); i++ {
		// "Ambassador to Pakistan"; "Consul General of the People's
		// Republic of China in Karachi": posted where the consulate is.
		if !(toks[i].Lower == "to" && diplomat(toks, i) || toks[i].Lower == "in" && !d.c.opts.Literal && diplomatOf(toks, i)) {
			continue
		}
		if i >= 3 && toks[i-1].Lower == "delegation" && toks[i-2].Tag == "DT" && strings.HasPrefix(toks[i-3].Tag, "VB") && !d.c.opts.Literal {
			continue // "would send a delegation to New Delhi": sent there, not posted
		}
		j := i + 1
		if toks[j].Tag == "DT" {
			j++
		}
		if m, ok := d.placeAlone(toks, j); ok {
			return host{country(m.Entry.Code), i}
		}
	}
	return host{}
}

// diplomatOf reports whether a consul or an ambassador, and the "of"
// phrase of the country that sent them, ends at token end: "Consul
// General of the People's Republic of China".
func diplomatOf(toks []text.Token, end int) bool {
	for k := end - 1; k >= 1 && k >= end-8; k-- {
		if toks[k].Lower == "of" && diplomat(toks, k) {
			return true
		}
		if t := toks[k].Tag; t != "NNP" && t != "DT" && t != "POS" && t != "IN" {
			return false
		}
	}
	return false
}

// placeAlone matches a place name at token j that a person's name may
// follow: in "the Ambassador of Azerbaijan Khazar Farhadov" and "the
// Chinese Ambassador to Pakistan Jiang Zaidong" the names after the
// country are the diplomat's, not part of a longer name.
func (d *doc) placeAlone(toks []text.Token, j int) (lexicon.Match, bool) {
	for n := 1; n <= 3 && j+n <= len(toks); n++ {
		if m, ok := d.dict.Actor(toks[:j+n], j, d.date); ok && m.N == n && m.Entry.Kind.Place() {
			return m, true
		}
	}
	return lexicon.Match{}, false
}

// diplomatsOwn reports whether every mention of country c in the sentence
// names a diplomat's own country ("The Ambassador of Azerbaijan met the
// Federal Minister for Commerce"): diplomats mostly act abroad, so the
// sentence's other actors are not of it.
func (d *doc) diplomatsOwn(s *Sentence, c string) bool {
	toks := s.Tokens
	found := false
	for _, m := range d.nations(s) {
		if m.country != c || subjectMatter(toks, m.at, m.at+m.n) {
			continue
		}
		// "the Azerbaijani ambassador", "the Ambassador of Azerbaijan".
		end := m.at + m.n
		for end < len(toks) && (strings.HasPrefix(toks[end].Tag, "NN") || toks[end].Tag == "JJ") && !diplomat(toks, end) {
			end++
		}
		if !diplomat(toks, end) && !(m.at >= 2 && toks[m.at-1].Lower == "of" && diplomat(toks, m.at-1)) {
			return false
		}
		found = true
	}
	return found
}

// placedIn returns the country of a place the gazetteer holds that a
// phrase of where ("in Arauca province") or an "of" right after the head
// ("the Governor of Punjab", of true) names between tokens from and end,
// or "".
func (d *doc) placedIn(s *Sentence, from, end int) (country string, of bool) {
	toks := s.Tokens
	for i := from; i+1 < end; i++ {
		of = i == from && toks[i].Lower == "of"
		if !where(toks[i].Lower) && !of {
			continue
		}
		j := i + 1
		if toks[j].Tag == "DT" {
			j++
		}
		k := j
		for k < end && toks[k].Tag == "NNP" {
			k++
		}
		if k > j {
			if c, ok := d.gazetteerCountry(s, span{j, k}); ok {
				return c, of
			}
		}
	}
	return "", false
}

// diplomat reports whether the head ending before token end is a
// diplomat's or a mission's: "the ambassador", "the consul general", "the
// embassy".
func diplomat(toks []text.Token, end int) bool {
	if end < 1 {
		return false
	}
	switch toks[end-1].Lemma {
	case "ambassador", "envoy", "consul", "diplomat", "embassy", "consulate", "attache", "attaché", "delegation":
		return true
	case "general", "commissioner":
		return end >= 2 && (toks[end-2].Lower == "consul" || toks[end-2].Lower == "high")
	}
	return false
}

// definite are the determiners of a phrase that refers back to an actor
// the article has named: "the rebels", "these officials"; "156 people",
// "Shona rebels" and "refugees" are others.
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "those": true}

// namesActor reports whether a range holds a name the actor dictionaries
// know: a country, a people, an organisation.
func (d *doc) namesActor(s *Sentence, r span) bool {
	for i := r.start; i < r.end; i++ {
		if _, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
			return true
		}
	}
	return false
}

// abstractHeads are nouns of acts, agreements and policies, which a role
// word before them describes rather than makes an actor of: "a military
// pact", "military drills", "police reform".
var abstractHeads = map[string]bool{
	"pact": true, "agreement": true, "deal": true, "treaty": true, "accord": true,
	"cooperation": true, "tie": true, "relation": true, "aid": true, "assistance": true,
	"drill": true, "exercise": true, "spending": true, "budget": true, "reform": true,
	"talk": true, "dialogue": true, "programme": true, "program": true, "strategy": true,
	"doctrine": true, "policy": true, "plan": true, "law": true, "operation": true,
	"intervention": true, "action": true, "buildup": true, "build-up": true, "presence": true,
	"capability": true, "power": true, "rule": true, "coup": true, "export": true,
	"sale": true, "purchase": true, "contract": true, "technology": true, "equipment": true,
	"hardware": true, "option": true, "activity": true, "parade": true, "ceremony": true,
	"celebration": true, "display": true,
}

// localRoles are the roles whose actors are mostly found where they live:
// protesters, police, civilians, workers, students, farmers and hospitals,
// unlike officials, delegations, troops and rebels.
var localRoles = map[string]bool{"OPP": true, "COP": true, "CVL": true, "LAB": true, "EDU": true, "AGR": true, "HLH": true}

// individuals are the nouns of one person of no office, which recall the
// one an article introduced ("a French citizen ... the man").
var individuals = map[string]bool{
	"man": true, "woman": true, "person": true, "citizen": true, "national": true, "boy": true,
	"girl": true, "teenager": true, "tourist": true, "passenger": true,
}

// localCountry returns the country of the first city or region that the
// sentence puts something in ("in Niamey", "outside Nairobi"), else of a
// country whose place it does ("in Iran's Sistan-Baluchestan province",
// which the gazetteer may not know), else of a country it does ("inside
// Afghanistan"), or "".
func (d *doc) localCountry(s *Sentence) string {
	if d.c.opts.Places == nil || d.c.opts.Literal {
		return ""
	}
	ms := d.mentions(s)
	for _, m := range ms {
		// "addressed students at the University of the Punjab": in the
		// place a venue is named for.
		v := m.start
		if v > 0 && s.Tokens[v-1].Lower == "the" {
			v--
		}
		// "The UN human rights office in Geneva urged Tunisia": where a
		// body that is the subject sits, not where its act was done
		// (unlike "rallied outside the French embassy in Niamey").
		if m.start >= 2 && s.Tokens[m.start-1].Lower == "in" && seats[s.Tokens[m.start-2].Lemma] && beforeVerb(s, span{m.start, m.end}) {
			continue
		}
		if m.place.Feature == "PPLX" && !slices.Contains(d.geo.Countries, m.place.Country) {
			// "protesters torched buildings in the Chinatown district",
			// in Honiara: a city's section elsewhere says nothing of
			// whose they are.
			continue
		}
		if m.place.Feature != geo.FeatureCountry && m.start > 0 && (whereAt(s.Tokens, m.start) != "" || whereOf(s, m.start) || venueOf(s.Tokens, v) || visited(s.Tokens, m.start)) {
			return m.place.Country
		}
	}
	// "visited the University of the Punjab, where he addressed
	// students": the place a relative "where" opens on.
	for _, m := range ms {
		if whereOpens(s.Tokens, m.end) {
			return m.place.Country
		}
	}
	for _, m := range ms {
		if m.place.Feature == geo.FeatureCountry && m.start > 0 && where(s.Tokens[m.start-1].Lower) &&
			m.end < len(s.Tokens) && s.Tokens[m.end].Tag == "POS" {
			return m.place.Country
		}
	}
	// "struck hideouts inside Afghanistan, killing eight people": the
	// country itself.
	for _, m := range ms {
		if w := whereAt(s.Tokens, m.start); m.place.Feature == geo.FeatureCountry && w != "" && w != "at" {
			return m.place.Country
		}
	}
	return ""
}

// seats are the nouns of a body's premises, which a place "in" after them
// locates: "office in Geneva", "embassy in Bamako".
var seats = map[string]bool{
	"office": true, "embassy": true, "consulate": true, "mission": true, "headquarters": true,
	"bureau": true, "branch": true, "representation": true,
}

// areal words stand between a preposition and the place they locate a
// part of: "in central Baghdad", "in northern Gaza".
var areal = map[string]bool{
	"central": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north": true, "south": true, "east": true, "west": true, "downtown": true, "greater": true,
}

// whereAt returns the preposition of where that puts the place at token i
// ("in Niamey", "outside Nairobi"), maybe parts of it ("in central
// Baghdad", "across southern and eastern Lebanon") or a kind of place it is
// ("on the Caribbean island of St. Vincent"), or "".
func whereAt(toks []text.Token, i int) string {
	for i > 1 && (areal[toks[i-1].Lower] || toks[i-1].Lower == "and" && areal[toks[i-2].Lower]) {
		i--
	}
	if i >= 4 && toks[i-1].Lower == "of" && placeNouns[toks[i-2].Lemma] {
		j := i - 3
		for j > 1 && (strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "NNP") {
			j--
		}
		if toks[j].Tag == "DT" {
			// One is on an island, in a city.
			if w := toks[j-1].Lower; where(w) || w == "on" && toks[i-2].Lemma == "island" {
				return w
			}
		}
	}
	if i > 0 && where(toks[i-1].Lower) {
		return toks[i-1].Lower
	}
	return ""
}

// whereOf reports whether the place at token i is named after "of" in a
// phrase of where: "at the University of Peshawar", "in the city of
// Multan".
func whereOf(s *Sentence, i int) bool {
	toks := s.Tokens
	if i < 2 || toks[i-1].Lower != "of" {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		switch t := toks[j]; {
		case where(t.Lower):
			return true
		case strings.HasPrefix(t.Tag, "VB"), t.Lower == ",":
			return false
		}
	}
	return false
}

// unnamedCountries reports whether words before a role say its actors
// are of countries not named: "Western", "foreign", "international"; not
// the "foreign" of a foreign ministry or minister, which is a country's
// own.
func unnamedCountries(toks []text.Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "foreign":
			if i+1 < len(toks) && foreignOffices[toks[i+1].Lemma] {
				continue
			}
			return true
		case "regional":
			// "the regional governor": a province's, one country's.
			if i+1 < len(toks) && provincialOffices[toks[i+1].Lemma] {
				continue
			}
			return true
		case "western", "european", "arab", "african", "asian", "gulf", "international",
			"world", "global", "multinational", "allied", "other", "nordic", "baltic":
			return true
		case "latin":
			// "Latin American governments condemned the raid".
			if i+1 < len(toks) && toks[i+1].Lower == "american" {
				return true
			}
		}
	}
	return false
}

// localTitles are the offices of a city or a province.
var localTitles = map[string]bool{"governor": true, "mayor": true}

// visited reports whether the place at token i is what a visit verb right
// before it visits: "visited Samarkand".
func visited(toks []text.Token, i int) bool {
	return i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB") && (toks[i-1].Lemma == "visit" || toks[i-1].Lemma == "tour")
}

// provincialOffices are what "regional" names a province's own office of:
// "the regional governor", "regional authorities" (not "regional
// leaders", the region's countries').
var provincialOffices = map[string]bool{
	"governor": true, "government": true, "administration": true, "authority": true, "official": true,
	"police": true, "council": true, "parliament": true, "prosecutor": true, "court": true, "head": true,
}

// foreignOffices are what "foreign" names a country's own office of: "the
// foreign ministry", "the Department of Foreign Affairs".
var foreignOffices = map[string]bool{"minister": true, "ministry": true, "office": true, "affair": true, "affairs": true, "secretary": true, "service": true}

// named builds the actor for a dictionary name with the roles around it.
func (d *doc) named(s *Sentence, r span, m lexicon.Match, roles []string) dyad.Actor {
	e := m.Entry
	switch e.Kind {
	case lexicon.IGO, lexicon.NGO, lexicon.Group, lexicon.Person:
		c := country(e.Code)
		a := d.actor(s, r, c, nil, e.Name)
		a.Code = e.Code
		if len(e.Code) > len(c) {
			a.Roles = splitRoles(e.Code[len(c):])
		}
		return a
	case lexicon.Named:
		// A PETRARCH actor's code is kept as written, agents composed
		// around it; "---" is a name that is no actor.
		a := d.actor(s, r, e.Code, roles, e.Name)
		a.Country = country(e.Code)
		return a
	case lexicon.Capital:
		// The capital stands for the government (CAMEO's convention),
		// but not where it is the place something happens: "opened an
		// embassy in Tehran", "a curfew in Algiers".
		if len(roles) == 0 && (d.c.opts.Literal || r.start == 0 || !where(s.Tokens[r.start-1].Lower)) {
			// "warned Brussels against admitting Ukraine", in a report
			// on the EU: the Union's seat stands for the Union.
			if d.igos[euCode] && e.Code == euSeat && !d.c.opts.Literal {
				a := d.actor(s, r, euCode, nil, "")
				a.Code = euCode
				return a
			}
			a := d.actor(s, r, country(e.Code), []string{"GOV"}, "")
			if d.capitalGov == nil {
				d.capitalGov = map[dyad.Span]bool{}
			}
			d.capitalGov[a.Span] = true
			return a
		}
	}
	return d.actor(s, r, country(e.Code), roles, "")
}

func splitRoles(s string) []string {
	var out []string
	for len(s) >= 3 {
		out = append(out, s[:3])
		s = s[3:]
	}
	return out
}

func appendRole(roles []string, r string) []string {
	for _, x := range roles {
		if x == r {
			return roles
		}
	}
	return append(roles, r)
}

// leaderTitles head a body whose role they hold: "the President of the
// Karachi Chamber of Commerce" is business, "the chief of the army"
// military, "the Chairman of the Senate of Kazakhstan" legislative.
var leaderTitles = map[string]bool{
	"president": true, "chairman": true, "chairwoman": true, "chairperson": true, "chair": true,
	"head": true, "chief": true, "director": true, "leader": true, "secretary-general": true,
	"rector": true, "dean": true, "vice-president": true, "commander": true, "speaker": true,
}

// countryNouns name a country as such: "their countries".
var countryNouns = map[string]bool{"country": true, "nation": true, "state": true}

// followers are the nouns of people who back those their modifiers name:
// "junta supporters" are no junta.
var followers = map[string]bool{"supporter": true, "sympathiser": true, "sympathizer": true}

// primaryRoles keeps the role that names the actor: a specific role before
// a generic GOV ("army spokesman" is MIL, "opposition leader" OPP).
func primaryRoles(roles []string) []string {
	var pre, post []string
	for _, r := range roles {
		if strings.HasPrefix(r, "~") {
			pre = append(pre, r)
		} else {
			post = append(post, r)
		}
	}
	switch {
	case len(post) > 1 && post[0] == "GOV":
		post = post[1:2]
	case len(post) > 0:
		post = post[:1]
	}
	return append(pre, post...)
}

// roleWord returns the lemma of the last word of the last role that range
// r of s names ("minister" of "Punjab Chief Minister Maryam Nawaz
// Sharif", "delegation" of "the Pakistani delegation"), the word before
// the "of" of a role of several ("chamber" of "chamber of commerce"), or
// "".
func (d *doc) roleWord(s *Sentence, r span) string {
	last := -1
	// A role may run past an "of" that ends r: "the Karachi Chamber" of
	// "the Karachi Chamber of Commerce".
	across := r.end < len(s.Tokens) && s.Tokens[r.end].Lower == "of"
	for i := r.start; i < r.end; i++ {
		if m, ok := d.dict.Role(s.Tokens, i); ok && (i+m.N <= r.end || across) {
			last = i + m.N - 1
			// "the chamber" recalls a "chamber of commerce": a role
			// of several words is headed before its "of".
			for k := i + 1; k < i+m.N; k++ {
				if w := s.Tokens[k].Lower; w == "of" || w == "on" || w == "for" {
					last = k - 1
					break
				}
			}
			i += m.N - 1
		}
	}
	if last < 0 {
		return ""
	}
	return s.Tokens[last].Lemma
}

// recalledBody returns the body that "the" and a body's noun, the whole of
// range r, recall ("the council", "the chamber"), when the article named
// one.
func (d *doc) recalledBody(toks []text.Token, r span) (dyad.Actor, bool) {
	if r.end-r.start != 2 || toks[r.start].Lower != "the" || !bodies[toks[r.start+1].Lemma] {
		return dyad.Actor{}, false
	}
	prev, ok := d.lastHead[toks[r.start+1].Lemma]
	return prev, ok
}

// rememberOrg records organisation a, named at r, for a later mention by
// the role noun of its name: "The International Court of Justice ... The
// court".
func (d *doc) rememberOrg(s *Sentence, r span, a dyad.Actor) {
	for i := r.start + 1; i < r.end; i++ {
		if s.Tokens[i].Tag == "IN" {
			r.end = i
			break
		}
	}
	h := d.roleWord(s, r)
	if last := s.Tokens[r.end-1].Lemma; h == "" && bodies[last] {
		h = last
	}
	if h != "" {
		d.lastHead[h] = a
	}
}

// noteOrgs records the organisations a sentence names, whether or not an
// event was coded of them, for a later mention by their role noun: "after
// the United Nations Security Council authorised the deployment ... Haiti
// thanked the council".
func (d *doc) noteOrgs(s *Sentence) {
	// Only a name that ends with a body's noun is recalled by it ("the
	// Security Council"); a named group is recalled by its role ("M23
	// rebels backed by Rwanda entered Goma ... fighting alongside the
	// rebels").
	if slices.ContainsFunc(s.Tokens, func(t text.Token) bool { return t.Tag == "NNP" && bodies[t.Lemma] }) {
		for _, o := range d.others(s) {
			if organisation(o.m.Entry.Code) {
				r := span{o.at, o.at + o.m.N}
				d.rememberOrg(s, r, d.named(s, r, o.m, nil))
			}
		}
	}
	d.noteGroups(s)
}

// noteGroups records the named groups of a sentence for a later mention by
// their role. Most sentences that code nothing name none, and are scanned
// without caching what they name.
func (d *doc) noteGroups(s *Sentence) {
	group := func(at int, m lexicon.Match) {
		if m.Entry.Kind == lexicon.Group {
			r := span{at, at + m.N}
			d.remember(d.named(s, r, m, nil), "")
		}
	}
	if others, ok := d.sentOthers[s.Index]; ok {
		for _, o := range others {
			group(o.at, o.m)
		}
		return
	}
	for i := 0; i < len(s.Tokens); i++ {
		if s.Tokens[i].Tag != "NNP" && s.Tokens[i].Tag != "NNPS" {
			continue
		}
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
			group(i, m)
			i += m.N - 1
		}
	}
}

// namedJunta returns the country of the last junta that the six sentences
// before s named with it ("Myanmar's junta", "the Malian junta"), or "".
func (d *doc) namedJunta(s *Sentence) string {
	for k := s.Index - 1; k >= 0 && k >= s.Index-6; k-- {
		toks := d.sents[k].Tokens
		for i := len(toks) - 1; i > 0; i-- {
			if toks[i].Lemma != "junta" {
				continue
			}
			at := i - 1
			if toks[at].Tag == "JJ" && at > 0 && !lexicon.Capitalised(toks[at].Text) {
				at-- // "Myanmar's military junta"
			}
			if toks[at].Tag == "POS" && at > 0 {
				at--
			}
			for j := max(0, at-3); j <= at; j++ {
				if m, ok := d.dict.Actor(toks, j, d.date); ok && j+m.N-1 == at && (m.Entry.Kind == lexicon.Country || m.Entry.Kind == lexicon.Adj) {
					return country(m.Entry.Code)
				}
			}
		}
	}
	return ""
}

// remember records a for "the ambassador": the last actor with its first
// role, and, when head is the lemma of the role noun that headed it, the
// last actor that noun headed ("the delegation").
func (d *doc) remember(a dyad.Actor, head string) {
	// A mission is a building as much as an actor: "the coup leaders",
	// after protesters burned the French embassy's door, are not France's.
	if len(a.Roles) > 0 && a.Country != "" && !missions[head] {
		d.lastRole[a.Roles[0]] = a
	}
	if head != "" {
		d.lastHead[head] = a
	}
	if acr := acronym(a.Text); acr != "" {
		if d.acronyms == nil {
			d.acronyms = map[string]dyad.Actor{}
		}
		d.acronyms[acr] = a
	}
}

// acronym returns the initials of a name of three or more capitalised
// words, "of", "and", "for" and "the" aside ("KCCI" of "the Karachi
// Chamber of Commerce and Industry"), or "".
func acronym(name string) string {
	var initials [8]rune // on the stack: most actors' names are a word or two
	n := 0
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "the", "of", "and", "for", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || n == len(initials) {
			return ""
		}
		initials[n] = r
		n++
	}
	if n < 3 {
		return ""
	}
	return string(initials[:n])
}

// parenAcronyms records the acronyms that s gives in parentheses after a
// group's or an organisation's name ("the opposition Pakistan
// Tehreek-e-Insaf (PTI)"), which stand for it from then on ("PTI
// spokesman Raoof Hasan", "PTI condemned"), even where the dictionaries
// leave the acronym out as ambiguous.
func (d *doc) parenAcronyms(s *Sentence) {
	toks := s.Tokens
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Tag != "-LRB-" || toks[i+2].Tag != "-RRB-" || !upperWord(toks[i+1].Text) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			m, ok := d.dict.Actor(toks, j, d.date)
			if !ok || j+m.N != i {
				continue
			}
			if k := m.Entry.Kind; k == lexicon.Group || k == lexicon.IGO || k == lexicon.NGO {
				if d.acronyms == nil {
					d.acronyms = map[string]dyad.Actor{}
				}
				d.acronyms[toks[i+1].Text] = d.named(s, span{j, i}, m, nil)
			}
			break
		}
	}
}

// upperWord reports whether w is an acronym in capitals of two to six
// letters: "PTI", "RSF".
func upperWord(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// byAcronym returns the body a name's initials stand for before a
// leader's title, "KCCI President Jawed Bilwani", with the holder's name
// after the title when there is one.
func (d *doc) byAcronym(s *Sentence, r span) (dyad.Actor, span, bool) {
	toks := s.Tokens
	for i := r.start; i < r.end; i++ {
		prev, ok := d.acronyms[toks[i].Text]
		if ok && (i == r.start || i == r.start+1 && toks[r.start].Lower == "the") &&
			(i+1 == r.end || commonPhrase(toks, span{i + 1, r.end}) && !leaderTitles[toks[i+1].Lemma] && !spokesWords[toks[i+1].Lemma] && !d.roleAt(toks, i+1)) {
			return prev, span{}, true // "PTI condemned the arrests", "strikes on SDF positions" (not "PTI supporters")
		}
		if !ok || i+1 >= r.end || !leaderTitles[toks[i+1].Lemma] && !spokesWords[toks[i+1].Lemma] {
			continue
		}
		name := span{i + 2, r.end}
		if !d.properName(s, name) {
			name = span{}
		}
		return prev, name, true
	}
	return dyad.Actor{}, span{}, false
}

// roleAt reports whether a role phrase of the dictionaries starts at token
// i: "supporters", "border guards".
func (d *doc) roleAt(toks []text.Token, i int) bool {
	_, ok := d.dict.Role(toks, i)
	return ok
}

// spokesWords are the titles of those who speak for a body: "PTI
// spokesman Raoof Hasan".
var spokesWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true}

// ministries are the heads of a government's offices at home.
var ministries = map[string]bool{"ministry": true, "government": true, "cabinet": true, "presidency": true}

// envoy reports whether a was last named as a diplomat: "summoned the
// French ambassador ... The foreign ministry accused the ambassador" is the
// host's ministry, not the envoy's.
func (d *doc) envoy(a dyad.Actor) bool {
	for _, h := range []string{"ambassador", "envoy", "diplomat", "consul", "attache"} {
		if e, ok := d.lastHead[h]; ok && e.Span == a.Span {
			return true
		}
	}
	return false
}

// missions are the role words of a diplomatic mission's premises.
var missions = map[string]bool{"embassy": true, "consulate": true}

// rename returns prev as written at r, and records it as recalled.
func (d *doc) rename(s *Sentence, r span, prev dyad.Actor) dyad.Actor {
	a := prev
	a.Span = dyad.Span{Start: s.Tokens[r.start].Span.Start, End: s.Tokens[r.end-1].Span.End}
	a.Text = d.art.Text[a.Span.Start:a.Span.End]
	if a.Span != prev.Span {
		d.recalled[a.Span] = true // not itself, resolved again
	}
	return a
}

// person finds a name the article introduced in the range.
func (d *doc) person(s *Sentence, r span) (dyad.Actor, bool) {
	toks := s.Tokens
	if r.end-r.start == 1 && toks[r.start].Tag == "NN" && lexicon.Capitalised(toks[r.start].Text) && !d.c.opts.Literal {
		// "Li criticised Japan": a family name the tagger takes for a
		// common noun ("li").
		if a, ok := d.families[toks[r.start].Lower]; ok {
			return a, true
		}
		return d.namedBefore(s, r.start)
	}
	for i := r.start; i < r.end; i++ {
		if toks[i].Tag != "NNP" {
			continue
		}
		j := i
		for j < r.end && toks[j].Tag == "NNP" {
			j++
		}
		if len(d.persons) > 0 {
			if a, ok := d.persons[lowerJoin(toks[i:j])]; ok {
				return a, true
			}
			if a, ok := d.persons[toks[j-1].Lower]; ok {
				return a, true
			}
		}
		if j == i+1 {
			if a, ok := d.families[toks[i].Lower]; ok {
				return a, true
			}
			if a, ok := d.namedBefore(s, i); ok {
				return a, true
			}
		}
		i = j
	}
	return dyad.Actor{}, false
}

// fullName is where an article names a person of the dictionaries in
// full: the sentence, the token the name starts at, and the match.
type fullName struct {
	sent, at int
	m        lexicon.Match
}

// namedBefore returns the person that the word at token i of s, alone,
// stands for: the last one the article named in full before it, in the
// dictionaries, whose surname (of more than three letters) or family name
// (familyFirst) the word is. "three days after President Lai Ching-te took
// office. ... Lai has offered talks": the first mention coded no event,
// so the coder had not met the name.
func (d *doc) namedBefore(s *Sentence, i int) (dyad.Actor, bool) {
	if d.fullNames == nil {
		d.fullNames = map[string][]fullName{}
		for k := range d.sents {
			toks := d.sents[k].Tokens
			for t := 0; t < len(toks); t++ {
				if toks[t].Tag != "NNP" {
					continue
				}
				m, ok := d.dict.Actor(toks, t, d.date)
				if !ok {
					continue
				}
				if m.Entry.Kind == lexicon.Person && m.N > 1 {
					n := fullName{k, t, m}
					if last := toks[t+m.N-1].Lower; len(last) > 3 {
						d.fullNames[last] = append(d.fullNames[last], n)
					}
					if first := toks[t].Lower; familyFirst[country(m.Entry.Code)] {
						d.fullNames[first] = append(d.fullNames[first], n)
					}
				}
				t += m.N - 1
			}
		}
	}
	var last *fullName
	for k, n := range d.fullNames[s.Tokens[i].Lower] {
		if n.sent < s.Index || n.sent == s.Index && n.at+n.m.N <= i {
			last = &d.fullNames[s.Tokens[i].Lower][k]
		}
	}
	if last == nil {
		return dyad.Actor{}, false
	}
	return d.named(&d.sents[last.sent], span{last.at, last.at + last.m.N}, last.m, nil), true
}

// properName reports whether the range is a bare proper name (a person's,
// as far as the coder can tell): capitalised words only, none in the
// dictionary.
func (d *doc) properName(s *Sentence, r span) bool {
	for i := r.start; i < r.end; i++ {
		if s.Tokens[i].Tag != "NNP" || d.known(s, i) {
			return false
		}
	}
	return !r.empty()
}

// introduce records that the proper name at r is the actor a.
func (d *doc) introduce(s *Sentence, r span, a dyad.Actor) dyad.Actor {
	toks := s.Tokens
	name := d.art.Text[toks[r.start].Span.Start:toks[r.end-1].Span.End]
	a.Name = name
	d.appos[a.Span] = name
	d.persons[lowerJoin(toks[r.start:r.end])] = a
	if r.end-r.start > 1 {
		d.persons[toks[r.end-1].Lower] = a
	}
	d.family(toks[r.start:r.end], a)
	return a
}

// familyFirst are the countries whose people English-language news calls
// by the first word of their name: the family name, written first ("Lai
// Ching-te" is "Lai" later, "Lee Jae-myung" "Lee", "Pham Minh Chinh"
// "Pham"), or the given name, where the second is the father's or none is
// a family's ("Abiy Ahmed" is "Abiy", "Anwar Ibrahim" "Anwar", "Prabowo
// Subianto" "Prabowo").
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true,
	"KOR": true, "PRK": true, "VNM": true, "SGP": true,
	"ETH": true, "ERI": true, "MYS": true, "IDN": true}

// family records the first word of name, a person's name of several words,
// as the family name of a when a's country names family first, unless the
// article gave the family name to someone before.
func (d *doc) family(name []text.Token, a dyad.Actor) {
	if len(name) < 2 || !familyFirst[a.Country] || name[0].Tag != "NNP" {
		return
	}
	if d.families == nil {
		d.families = map[string]dyad.Actor{}
	}
	if _, ok := d.families[name[0].Lower]; !ok {
		d.families[name[0].Lower] = a
	}
}

// placeAfter finds a place named in an "of" or "in" phrase in [from, to),
// or any PETRARCH actor.
func (d *doc) placeAfter(s *Sentence, from, to int) (lexicon.Match, bool) {
	toks := s.Tokens
	for i := from; i < to; i++ {
		if !objectPrep(toks[i].Lower) {
			continue
		}
		for j := i + 1; j < to && j <= i+4; j++ {
			if j >= 2 && toks[j-1].Lower == "of" && water(toks, j-1) {
				break // "in the Gulf of Aden": a sea, not the city
			}
			if m, ok := d.dict.Actor(toks, j, d.date); ok {
				// PETRARCH's actors have no kinds: any may be the one.
				if m.Entry.Kind.Place() || m.Entry.Kind == lexicon.Named {
					return m, true
				}
				// "in the Russian city of Ryazan": a people's adjective
				// before a kind of place.
				if k := j + m.N; m.Entry.Kind == lexicon.Adj && k < to && placeNouns[toks[k].Lemma] {
					return m, true
				}
				break
			}
		}
	}
	return lexicon.Match{}, false
}

// placeNouns are the kinds of place that a people's adjective gives the
// country of: "the Russian city of Ryazan", "a Syrian village".
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true,
	"capital": true, "port": true, "district": true, "territory": true,
	"island": true, "border": true, "countryside": true,
}

// domestic are the roles that, with no country named, most likely belong to
// the country the article is datelined in ("the police", "the institute").
var domestic = map[string]bool{
	"GOV": true, "COP": true, "JUD": true, "LEG": true, "EDU": true, "BUS": true,
	"MED": true, "HLH": true, "CVL": true, "LAB": true, "AGR": true, "REL": true,
	"OPP": true, "PTY": true, "ELI": true, "ENV": true, "HRI": true, "SET": true,
}

// nameIn finds a run of proper nouns in r that the dictionaries do not know:
// a person's name beside their role.
func (d *doc) nameIn(s *Sentence, r span) span {
	toks := s.Tokens
	for i := r.start; i < r.end; i++ {
		// "Tourism Minister Mehmet Ersoy": a portfolio is the title's.
		if toks[i].Tag != "NNP" || d.known(s, i) || portfolios[toks[i].Lower] {
			continue
		}
		j := i
		for j < r.end && toks[j].Tag == "NNP" && !d.known(s, j) {
			j++
		}
		// "Volker Turk": a surname that is a people's adjective.
		if j < r.end && toks[j].Tag == "NNP" {
			if m, ok := d.dict.Actor(toks, j, d.date); ok && d.surnameDemonym(toks, m, j, r.start, j+m.N) && j+m.N == r.end {
				j += m.N
			}
		}
		return span{i, j}
	}
	return span{}
}

// namedOtherwise reports whether actor a was remembered under a name that
// is not the one at n, a name no dictionary knows (nameIn); never when n
// is empty or a was remembered without a name.
func namedOtherwise(s *Sentence, n span, a dyad.Actor) bool {
	return !n.empty() && a.Name != "" && !strings.Contains(strings.ToLower(a.Name), lowerJoin(s.Tokens[n.start:n.end]))
}

func (d *doc) known(s *Sentence, i int) bool {
	if _, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
		return true
	}
	_, ok := d.dict.Role(s.Tokens, i)
	return ok
}

// antecedent resolves a personal pronoun ("he", "it", "they") to the
// nearest actor named before it in the sentence ("Hungary has said it will
// support ..."), else to the first actor of the article's last coded
// clause.
func (d *doc) antecedent(s *Sentence, at int) ([]dyad.Actor, bool) {
	one := false // "he" and "she" mean one actor, never a compound
	switch s.Tokens[at].Lemma {
	case "he", "she", "his":
		one = true
	case "it", "they", "we", "its", "their", "our":
	default:
		return nil, false
	}
	if w := s.Tokens[at].Lemma; (w == "we" || w == "our") && !d.c.opts.Literal {
		// "\"We will respond,\" the minister said": the speaker of the
		// quotation the pronoun stands in.
		if r, ok := quoteSpeaker(s, at); ok {
			if as := d.resolveNoPronoun(s, r); len(as) > 0 {
				return as, true
			}
		}
	}
	if as, ok := d.judgedAct(s, at); ok {
		return as, true
	}
	if r, ok := saidBy(s, at); ok && !d.c.opts.Literal {
		if as := d.resolveNoPronoun(s, r); len(as) > 0 && (!one || len(as) == 1 && d.personLike(s, as[0])) {
			return as, true
		}
	}
	if one && d.unknownSayer(s, at) && !d.c.opts.Literal {
		return nil, true
	}
	// "the Pakistani Taliban, who it accuses Kabul of sheltering": a
	// pronoun that is a relative clause's subject is not the noun the
	// relative pronoun stands for.
	relEnd := -1
	if at > 0 && !d.c.opts.Literal {
		switch s.Tokens[at-1].Lower {
		case "who", "whom", "which", "that":
			relEnd = at - 1
			if relEnd > 0 && isComma(&s.Tokens[relEnd-1]) {
				relEnd--
			}
		}
	}
	for ci := len(s.Chunks) - 1; ci >= 0; ci-- {
		c := s.Chunks[ci]
		if c.End > at || c.Kind != phrase.NP || s.Tokens[c.Start].Tag == "PRP" || c.End == relEnd {
			continue
		}
		if w := s.Tokens[at].Lemma; (w == "it" || w == "its") && s.Tokens[c.Head].Tag == "NNS" && !d.c.opts.Literal {
			continue // "it" is not "the Chinese vessels"
		}
		if c.Start > 1 && s.Tokens[c.Start-1].Lower == "of" && (water(s.Tokens, c.Start-1) ||
			venues[s.Tokens[c.Start-2].Lemma] && lexicon.Capitalised(s.Tokens[c.Start-2].Text)) {
			// "a tanker in the Gulf of Aden, setting it ablaze",
			// "students at the University of the Punjab ... invited
			// them": the end of a name.
			continue
		}
		if w := s.Tokens[max(c.Start-1, 0)].Lower; c.Start > 0 && (w == "in" || w == "near") && !d.c.opts.Literal {
			continue // "stormed the embassy in central Baghdad and set it on fire"
		}
		if c.Start > 0 && s.Tokens[c.Start-1].Lower == "at" && (gatherings[s.Tokens[c.Head].Lemma] || s.Tokens[c.Head].Lemma == "assembly") && !d.c.opts.Literal {
			continue // "accused India at the U.N. General Assembly ... and called on it"
		}
		if !d.c.opts.Literal && subjectPronoun(s, at) && closedRelative(s, c.Start, at) {
			continue // "NATO, which Estonia joined in 2004, said it had shared"
		}
		r := span{c.Start, c.End}
		if !one {
			// "Pakistan and India said they would": "they" are both,
			// when the two are the sentence's subject.
			k := ci
			for k >= 2 && s.Chunks[k-1].Kind == phrase.O && (coordinator(s.Tokens[s.Chunks[k-1].Start].Lower) || s.Tokens[s.Chunks[k-1].Start].Lower == ",") && s.Chunks[k-2].Kind == phrase.NP {
				k -= 2 // "Burkina Faso, Mali and Niger announced that they"
			}
			// "met Pashinyan and Aliyev and signed agreements with each
			// of them": "them" are the two wherever they stand.
			if k == 0 || k < ci && s.Tokens[at].Lower == "them" && !d.c.opts.Literal {
				r.start = s.Chunks[k].Start
			}
		}
		// "he" and "she" are a person, who has a role: not the city of
		// "visited the Almaty Chamber of Commerce, where he briefed", nor
		// the region of "visited the University of the Punjab, where he
		// addressed students".
		as := d.resolveNoPronoun(s, r)
		if len(as) > 0 && (!one || len(as) == 1 && (d.c.opts.Literal || d.personLike(s, as[0]))) {
			return as, true
		}
		// "Russia praised the law, saying it protected Georgia", "said
		// the vote was unconstitutional and vowed to challenge it": "it"
		// is the thing a verb just named, no actor.
		if w := s.Tokens[at].Lemma; len(as) == 0 && (w == "it" || w == "its") && !d.c.opts.Literal && definiteThing(s, c) {
			return nil, false
		}
	}
	if u := d.unread; u.s != nil {
		d.unread.s = nil
		if as := d.resolveNoPronoun(u.s, u.r); len(as) > 0 {
			d.lastSubject = as
		}
	}
	if w := s.Tokens[at].Lemma; w == "its" && len(d.lastSubject) == 1 && d.personLike(s, d.lastSubject[0]) && !d.c.opts.Literal {
		// "The ambassador visited the University of Peshawar. He met
		// its vice chancellor": no person's, the body the last act was
		// done to.
		for i := len(d.earlier) - 1; i >= 0 && d.earlier[i].sent.Index >= s.Index-1; i-- {
			if e := d.earlier[i]; e.sent != s && e.source.Code == d.lastSubject[0].Code && e.target.Code != "" && !d.personLike(s, e.target) {
				return []dyad.Actor{e.target}, true
			}
		}
	}
	if len(d.lastSubject) > 0 && (!one || len(d.lastSubject) == 1 && (d.c.opts.Literal || d.personLike(s, d.lastSubject[0]))) {
		return d.lastSubject, true
	}
	// "The ambassador said Turkmenistan would offer scholarships. He
	// also visited": the one who spoke.
	if y := d.sayer; (s.Tokens[at].Lower == "he" || s.Tokens[at].Lower == "she") && y.s != nil && y.s != s && !d.c.opts.Literal {
		if as := d.resolveNoPronoun(y.s, y.r); len(as) == 1 && d.personLike(y.s, as[0]) {
			return as, true
		}
	}
	// "Soldiers detained opposition leader Robert Kyagulanyi. They later
	// released him": the person an act of the sentence before was done
	// to, or by.
	if w := s.Tokens[at].Lower; (w == "him" || w == "her" && s.Tokens[at].Tag == "PRP") && !d.c.opts.Literal {
		for i := len(d.earlier) - 1; i >= 0 && d.earlier[i].sent.Index >= s.Index-1; i-- {
			e := d.earlier[i]
			if e.sent == s {
				continue
			}
			for _, a := range []dyad.Actor{e.target, e.source} {
				if a.Code != "" && d.personLike(e.sent, a) {
					return []dyad.Actor{a}, true
				}
			}
		}
	}
	return nil, false
}

// subjectPronoun reports whether the pronoun at token at is a verb's
// subject: a verb or a modal follows it.
func subjectPronoun(s *Sentence, at int) bool {
	if at+1 >= len(s.Tokens) || s.Tokens[at].Tag != "PRP" {
		return false
	}
	t := s.Tokens[at+1].Tag
	return strings.HasPrefix(t, "VB") || t == "MD"
}

// closedRelative reports whether token i is inside a relative clause set
// off by commas (", which ...,") that closes before token at.
func closedRelative(s *Sentence, i, at int) bool {
	toks := s.Tokens
	closed := false
	for k := i; k < at; k++ {
		if isComma(&toks[k]) {
			closed = true
			break
		}
	}
	if !closed {
		return false
	}
	for k := i - 1; k > 0; k-- {
		if isComma(&toks[k]) {
			return false
		}
		switch toks[k].Lower {
		case "which", "who", "whose", "whom":
			return isComma(&toks[k-1])
		}
	}
	return false
}

// judgedAct resolves "it" or "them" that a verb of judging takes ("calling
// them unjustified", "described it as illegal") to the doers of the act
// the nearest act noun before it in the sentence names: "challenge the 50%
// U.S. tariffs on Indian goods, ..., calling them unjustified" judges the
// United States.
func (d *doc) judgedAct(s *Sentence, at int) ([]dyad.Actor, bool) {
	if d.c.opts.Literal || at == 0 || s.Tokens[at].Tag != "PRP" || (s.Tokens[at].Lemma != "it" && s.Tokens[at].Lower != "them") {
		return nil, false
	}
	switch s.Tokens[at-1].Lemma {
	case "call", "describe", "term", "brand", "label", "deem":
	default:
		return nil, false
	}
	for ci := len(s.Chunks) - 1; ci >= 0; ci-- {
		c := s.Chunks[ci]
		if c.End > at || c.Kind != phrase.NP || !isActNoun(s.Tokens[c.Head].Lemma) {
			continue
		}
		as := d.resolveNoPronoun(s, span{c.Start, c.End})
		return as, len(as) > 0
	}
	return nil, false
}

// definiteThing reports whether noun phrase c is a definite determiner and
// a singular common noun, a subject or an object, not in a phrase of a
// preposition ("said in the statement that it").
func definiteThing(s *Sentence, c phrase.Chunk) bool {
	if !definite[s.Tokens[c.Start].Lower] || c.Start > 0 && (s.Tokens[c.Start-1].Tag == "IN" || s.Tokens[c.Start-1].Tag == "TO") {
		return false
	}
	return s.Tokens[c.Head].Tag == "NN"
}

// saidBy returns the subject of the verb of speech that the pronoun at
// token at follows, when that verb is coordinated with an earlier one of
// the sentence's subject: in "The ministry summoned China's envoy to
// protest against the vessels, and said it would file a protest", "it"
// is the ministry, not the nearest noun; so is a possessive after any
// verb so coordinated.
func saidBy(s *Sentence, at int) (span, bool) {
	pi := -1
	for ci, c := range s.Chunks {
		if c.Start == at {
			pi = ci
			break
		}
	}
	if pi < 3 || s.Chunks[0].Kind != phrase.NP || s.Tokens[s.Chunks[0].Start].Tag == "PRP" {
		return span{}, false
	}
	// A possessive is the subject's after any verb: "The United States
	// condemned the Chinese action and reaffirmed its commitment".
	owner := s.Tokens[at].Tag == "PRP$"
	v, and := s.Chunks[pi-1], s.Chunks[pi-2]
	if v.Kind != phrase.VP || !clauseVerbs[s.Tokens[v.Head].Lemma] && !owner || and.Kind != phrase.O || !coordinator(s.Tokens[and.Start].Lower) {
		return span{}, false
	}
	// The subject may be compound: "Egypt and Saudi Arabia called for a
	// ceasefire and renewed their offer".
	k := 0
	for k+2 < pi-2 && s.Chunks[k+1].Kind == phrase.O && (coordinator(s.Tokens[s.Chunks[k+1].Start].Lower) || isComma(&s.Tokens[s.Chunks[k+1].Start])) && s.Chunks[k+2].Kind == phrase.NP {
		k += 2
	}
	return span{s.Chunks[0].Start, s.Chunks[k].End}, true
}

// unknownSayer reports whether the pronoun at token at opens what a verb of
// saying reports, whose subject, opening the sentence, is a name no
// dictionary knows: "Milei, who takes office on December 10, has said he
// will not travel" is Milei, not whoever was named before.
func (d *doc) unknownSayer(s *Sentence, at int) bool {
	if at < 2 || !sayVerbs[s.Tokens[at-1].Lemma] || !strings.HasPrefix(s.Tokens[at-1].Tag, "VB") || len(s.Chunks) == 0 || s.Chunks[0].Kind != phrase.NP {
		return false
	}
	c := s.Chunks[0]
	r := span{c.Start, c.End}
	if d.nameIn(s, r) != r || len(d.resolveNoPronoun(s, r)) > 0 {
		return false
	}
	// "..., Foreign Minister Jan Lipavsky said. Lipavsky said he had
	// summoned": the last speaker, whom the pronoun falls back on.
	if ss := d.sayer.s; ss != nil && !d.sayer.r.empty() && ss.Tokens[d.sayer.r.end-1].Lower == s.Tokens[r.end-1].Lower {
		return false
	}
	return true
}

// personLike reports whether an actor may be "he" or "she": one with a
// role, or a name the dictionaries know as no place (a person, an
// organisation's head); not a country, a city or a region the gazetteer
// found, nor a capital that stands for its government ("was expelled by
// Washington after he criticised Trump" is the envoy).
func (d *doc) personLike(s *Sentence, a dyad.Actor) bool {
	if d.capitalGov[a.Span] {
		return false
	}
	if len(a.Roles) > 0 {
		// One person, not a body: "the University of the Punjab, where
		// he addressed students" is the visitor.
		r := tokensOf(s, a.Span)
		if r.empty() {
			// Named in an earlier sentence: "A Tunisian court sentenced
			// Ghannouchi ... urged the authorities to release him".
			if s = d.sentenceOf(a.Span); s == nil {
				return true
			}
			r = tokensOf(s, a.Span)
			if r.empty() {
				return true
			}
		}
		head := s.Tokens[r.end-1]
		for i := r.start; i < r.end; i++ {
			if s.Tokens[i].Lower == "of" && i > r.start {
				head = s.Tokens[i-1]
				break
			}
		}
		return head.Tag != "NNS" && head.Tag != "NNPS" && !bodies[head.Lemma]
	}
	// Nor a body the dictionaries name: "Human Rights Watch ... urged
	// the authorities to release him"; a person the article named that
	// they do not know is one ("Volker Turk").
	k, ok := d.kindOf(s, a)
	if !ok {
		return a.Name != "" && !bodies[lastWord(a.Text)]
	}
	// Nor a people's adjective before a noun of no role: "a festival of
	// Kazakh culture ..., where he spoke"; nor an organisation named as a
	// body: "handed Duterte over to the International Criminal Court ...
	// after police arrested him".
	return !k.Place() && k != lexicon.NGO && k != lexicon.Group && k != lexicon.Adj && !(k == lexicon.IGO && bodies[lastWord(a.Text)])
}

// sentenceOf returns the sentence of the article that holds byte span sp,
// or nil.
func (d *doc) sentenceOf(sp dyad.Span) *Sentence {
	for i := range d.sents {
		if s := &d.sents[i]; s.Span.Start <= sp.Start && sp.End <= s.Span.End {
			return s
		}
	}
	return nil
}

// bodies are the role words that name an institution, which is "it", not
// "he" or "she".
var bodies = map[string]bool{
	"university": true, "college": true, "school": true, "institute": true, "academy": true,
	"government": true, "ministry": true, "department": true, "embassy": true, "consulate": true,
	"army": true, "military": true, "police": true, "parliament": true, "assembly": true,
	"council": true, "court": true, "party": true, "company": true, "bank": true, "chamber": true,
	"commission": true, "agency": true, "office": true, "committee": true, "union": true,
	"organization": true, "organisation": true, "association": true, "centre": true, "center": true,
	"navy": true, "force": true, "cabinet": true, "senate": true, "congress": true, "board": true,
	"delegation": true, "administration": true, "regime": true, "junta": true, "press": true,
}

// quoteSpeaker returns the noun phrase that says who spoke the quotation
// token at stands in: "\"...,\" Netanyahu said", "\"...,\" said the
// minister".
func quoteSpeaker(s *Sentence, at int) (span, bool) {
	toks := s.Tokens
	open := -1
	for i := at - 1; i >= 0; i-- {
		if toks[i].Tag == "``" {
			open = i
			break
		}
	}
	if open < 0 {
		return span{}, false
	}
	end := -1
	for i := at + 1; i < len(toks); i++ {
		if toks[i].Tag == "''" {
			end = i
			break
		}
	}
	if end < 0 {
		return span{}, false
	}
	// The speaker and "said" in either order, right after the quotation.
	i := end + 1
	np := func(i int) (span, bool) {
		j := i
		for j < len(toks) && (strings.HasPrefix(toks[j].Tag, "NN") || toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "POS") {
			j++
		}
		return span{i, j}, j > i
	}
	if i < len(toks) && clauseVerbs[toks[i].Lemma] {
		return np(i + 1)
	}
	if r, ok := np(i); ok && r.end < len(toks) && clauseVerbs[toks[r.end].Lemma] {
		return r, true
	}
	return span{}, false
}

// owner resolves the possessive pronoun at "at" to the first actor of its
// clause, the subject that "its" and "their" most often stand for
// ("Pakistan, a key U.S. ally, ... urged its citizens"; "... unless Ukraine
// withdrew its troops"), else to the first of its sentence, else as
// antecedent does.
func (d *doc) owner(s *Sentence, at int) ([]dyad.Actor, bool) {
	// "The deal, brokered by the United States, requires Hezbollah to
	// withdraw its fighters": the owner is the infinitive's subject.
	if !d.c.opts.Literal {
		for ci := len(s.Chunks) - 1; ci > 0; ci-- {
			c := s.Chunks[ci]
			if c.End > at || c.Kind != phrase.VP {
				continue
			}
			// So is a bare one's: "help Syria rebuild its army".
			if prev := s.Chunks[ci-1]; (infinitive(s, c) || bareInfinitive(s, ci)) && prev.Kind == phrase.NP && s.Tokens[prev.Start].Tag != "PRP" {
				if as := d.resolveNoPronoun(s, span{prev.Start, prev.End}); len(as) > 0 {
					return as, true
				}
			}
			break
		}
	}
	// The clause runs from the last subordinate clause's opening word
	// ("unless", "that", "if") before the pronoun, or from the subject
	// after ", and" ("The United States said ..., and Japan urged its
	// citizens").
	from := 0
	for ci, c := range s.Chunks {
		if c.End > at {
			break
		}
		switch {
		case c.Kind == phrase.SBAR && !d.c.opts.Literal && c.Start+1 < at && closedRelative(s, c.Start+1, at):
			// "The United Nations, which has peacekeepers in
			// Lebanon, said Israeli troops had fired on its
			// positions": a relative clause set off and closed.
		case c.Kind == phrase.SBAR:
			from = ci + 1
		case ci > 0 && ci+2 < len(s.Chunks) && c.Kind == phrase.O && coordinator(s.Tokens[c.Start].Lower) && isComma(&s.Tokens[s.Chunks[ci-1].Start]) &&
			s.Chunks[ci+1].Kind == phrase.NP && s.Chunks[ci+2].Kind == phrase.VP && s.Chunks[ci+1].End <= at:
			from = ci + 1
		}
	}
	// "the ELN and its leaders": the owner is the one "and" joins the
	// pronoun's phrase to.
	if ci := chunkAt(s, at); ci >= 2 && !d.c.opts.Literal &&
		s.Chunks[ci-1].Kind == phrase.O && coordinator(s.Tokens[s.Chunks[ci-1].Start].Lower) && s.Chunks[ci-2].Kind == phrase.NP {
		if as := d.resolveNoPronoun(s, span{s.Chunks[ci-2].Start, s.Chunks[ci-2].End}); len(as) > 0 {
			return as, true
		}
	}
	// "its" is no person's: "visited the University of Peshawar and met
	// its vice chancellor" is the university's.
	thing := s.Tokens[at].Lower == "its" && !d.c.opts.Literal
	if as := d.firstActor(s, from, len(s.Chunks), at, thing); len(as) > 0 {
		return as, true
	}
	if as := d.firstActor(s, 0, from, at, thing); len(as) > 0 {
		return as, true
	}
	return d.antecedent(s, at)
}

// firstActor resolves the first noun phrase of chunks lo to hi, before
// token at, that names an actor, with those "and" joins to it ("China and
// India said that their ministers would meet"); with thing true, not one
// a person's title heads ("the ambassador").
func (d *doc) firstActor(s *Sentence, lo, hi, at int, thing bool) []dyad.Actor {
	for ci := lo; ci < hi; ci++ {
		c := s.Chunks[ci]
		if c.End > at {
			break
		}
		if c.Kind == phrase.NP && thing && d.namesPerson(s, c) {
			continue // "Petro suspended talks with the ELN, accusing its commanders"
		}
		if c.Kind == phrase.NP && thing && personTitled(s, c) {
			// With the phrases of the title: "The Ambassador of
			// Turkmenistan to Pakistan".
			for ci+2 < hi && s.Chunks[ci+1].Kind == phrase.PP && s.Chunks[ci+2].Kind == phrase.NP && s.Chunks[ci+2].End <= at {
				ci += 2
			}
			// And the name set off after it: ", Atadjan Movlamov,".
			if ci+3 < hi && isComma(&s.Tokens[s.Chunks[ci+1].Start]) && s.Chunks[ci+2].Kind == phrase.NP && isComma(&s.Tokens[s.Chunks[ci+3].Start]) && s.Chunks[ci+3].End <= at {
				ci += 3
			}
			continue
		}
		if c.Kind == phrase.NP {
			r := span{c.Start, c.End}
			if thing {
				// "the Karachi Chamber of Commerce and Industry": the
				// body's whole name.
				if g, _ := d.group(s, ci, " of "); g.end <= at {
					r = g
				}
			}
			if ci+2 < hi && !d.c.opts.Literal && s.Chunks[ci+1].Kind == phrase.O && coordinator(s.Tokens[s.Chunks[ci+1].Start].Lower) &&
				s.Chunks[ci+2].Kind == phrase.NP && s.Chunks[ci+2].End <= at {
				r.end = s.Chunks[ci+2].End
			}
			if as := d.resolveNoPronoun(s, r); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// peoplesCountry returns the country of the sentence's first noun phrase,
// before token at, when it names a country's people of a local role
// (protesters, the opposition, workers), or "".
func (d *doc) peoplesCountry(s *Sentence, at int) string {
	ci := slices.IndexFunc(s.Chunks, func(c phrase.Chunk) bool { return c.Kind == phrase.NP })
	if ci < 0 || s.Chunks[ci].End > at {
		return ""
	}
	as := d.resolveNoPronoun(s, span{s.Chunks[ci].Start, s.Chunks[ci].End})
	if len(as) != 1 || len(as[0].Roles) == 0 || !localRoles[as[0].Roles[0]] || as[0].Roles[0] == "COP" || !d.isCountry(as[0].Country) {
		return ""
	}
	return as[0].Country
}

// commandVerbs are the verbs by which a government moves its own forces.
var commandVerbs = map[string]bool{
	"order": true, "instruct": true, "direct": true, "command": true, "deploy": true,
	"send": true, "dispatch": true, "mobilise": true, "mobilize": true,
}

// commanderCountry returns the country of the government that the verb
// right before token at, one of commandVerbs, has as its subject, the
// noun phrase right before the verb: "the Lebanese cabinet ordered the
// army"; or "".
func (d *doc) commanderCountry(s *Sentence, at int) string {
	ci := chunkAt(s, at-1)
	if ci < 1 || s.Chunks[ci].Kind != phrase.VP || s.Chunks[ci].End != at || !commandVerbs[s.Tokens[s.Chunks[ci].Head].Lemma] {
		return ""
	}
	subj := s.Chunks[ci-1]
	if subj.Kind != phrase.NP {
		return ""
	}
	as := d.resolveNoPronoun(s, span{subj.Start, subj.End})
	if len(as) != 1 || !d.isCountry(as[0].Country) || len(as[0].Roles) > 0 && as[0].Roles[0] != "GOV" {
		return ""
	}
	return as[0].Country
}

// namesPerson reports whether noun phrase c is only the name of a person
// the dictionaries or the article know: "Petro", "Gustavo Petro".
func (d *doc) namesPerson(s *Sentence, c phrase.Chunk) bool {
	for i := c.Start; i < c.End; i++ {
		if s.Tokens[i].Tag != "NNP" {
			return false
		}
	}
	if _, ok := d.persons[s.Tokens[c.End-1].Lower]; ok {
		return true
	}
	return d.knownPerson(s, span{c.Start, c.End})
}

// personTitled reports whether a noun phrase is headed by a person's
// title: "the ambassador", not "the university" or "the coast guard".
func personTitled(s *Sentence, c phrase.Chunk) bool {
	h := &s.Tokens[c.Head]
	return strings.HasPrefix(h.Tag, "NN") && (leaderTitles[h.Lemma] || personTitles[h.Lemma])
}

// personTitles are the nouns of an office one person holds, besides
// leaderTitles.
var personTitles = map[string]bool{
	"ambassador": true, "envoy": true, "consul": true, "minister": true, "diplomat": true, "official": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "secretary": true, "governor": true,
	"mayor": true, "senator": true, "lawmaker": true, "general": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "emir": true, "adviser": true, "advisor": true,
	"attache": true, "representative": true, "delegate": true, "deputy": true,
}

// resolveNoPronoun resolves a range that is not itself a pronoun.
func (d *doc) resolveNoPronoun(s *Sentence, r span) []dyad.Actor {
	if s.Tokens[r.start].Tag == "PRP" {
		return nil
	}
	return d.resolve(s, r)
}

// speaks reports whether the actor at r says what follows: a verb of
// saying comes right after it (past adverbs) before any place or
// nationality the sentence names.
func (d *doc) speaks(s *Sentence, r span) bool {
	toks := s.Tokens
	for i := r.end; i < len(toks) && i <= r.end+2; i++ {
		switch t := toks[i]; {
		case strings.HasPrefix(t.Tag, "VB"):
			return clauseVerbs[t.Lemma] && !d.namesPlaceBefore(s, i)
		case !strings.HasPrefix(t.Tag, "RB"):
			return false
		}
	}
	return false
}

// namesPlaceBefore reports whether a place or nationality stands among the
// first end tokens of s.
func (d *doc) namesPlaceBefore(s *Sentence, end int) bool {
	ns := d.nations(s)
	return len(ns) > 0 && ns[0].at < end
}

// nation is a place or nationality a sentence names: tokens [at, at+n),
// of country, a place (not a people's adjective) when place is set.
type nation struct {
	at, n   int
	country string
	place   bool
}

// namedAt is a dictionary actor named at token at.
type namedAt struct {
	at int
	m  lexicon.Match
}

// others returns the actors other than places and nationalities that the
// dictionaries find in a sentence, in order.
func (d *doc) others(s *Sentence) []namedAt {
	d.nations(s)
	return d.sentOthers[s.Index]
}

// nations returns the places and nationalities the dictionaries find in
// a sentence, in order.
func (d *doc) nations(s *Sentence) []nation {
	if ns, ok := d.sentNations[s.Index]; ok {
		return ns
	}
	var ns []nation
	var others []namedAt
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		m, ok := d.dict.Actor(toks, i, d.date)
		if !ok {
			// "Iran-backed militias attacked a US base" names Iran.
			if e, _, ok := d.dict.Hyphened(toks[i], d.date); ok {
				ns = append(ns, nation{at: i, n: 1, country: country(e.Code)})
			}
			continue
		}
		if m.Entry.Kind.Place() || m.Entry.Kind == lexicon.Adj {
			ns = append(ns, nation{at: i, n: m.N, country: country(m.Entry.Code), place: m.Entry.Kind.Place()})
		} else {
			others = append(others, namedAt{i, m})
		}
		i += m.N - 1
	}
	d.sentNations[s.Index] = ns
	d.sentOthers[s.Index] = others
	return ns
}

// locatedIn reports whether a range of s puts its actor in a place or a
// country: "two people in Iran".
func (d *doc) locatedIn(s *Sentence, r span) bool {
	return slices.ContainsFunc(d.nations(s), func(n nation) bool {
		return n.place && n.at > r.start && n.at < r.end && whereAt(s.Tokens, n.at) == "in"
	})
}

// namesOthersOnly reports whether s names places or nationalities of
// countries, none of them the dateline's.
func (d *doc) namesOthersOnly(s *Sentence) bool {
	ns := d.nations(s)
	// A person or a group of the dateline's country the dictionaries
	// know is one of its own: "CARACAS - Maduro accused the opposition of
	// plotting a coup with the support of the United States", "KHARTOUM -
	// Egypt offered to host talks between the army and the RSF".
	home := func(o namedAt) bool {
		return !organisation(o.m.Entry.Code) && country(o.m.Entry.Code) == d.home
	}
	return len(ns) > 0 && !slices.ContainsFunc(ns, func(n nation) bool { return n.country == d.home }) &&
		(d.c.opts.Literal || !slices.ContainsFunc(d.sentOthers[s.Index], home) && !d.namesPersonOf(s, func(c string) bool { return c == d.home }))
}

// namesPersonOf reports whether s names, by a name the article gave them
// before (a surname, a family name), a person whose country passes of.
func (d *doc) namesPersonOf(s *Sentence, of func(country string) bool) bool {
	toks := s.Tokens
	for i, t := range toks {
		if t.Tag != "NNP" || i+1 < len(toks) && toks[i+1].Tag == "NNP" {
			continue
		}
		a, ok := d.persons[t.Lower]
		if !ok {
			a, ok = d.families[t.Lower]
		}
		if ok && of(a.Country) {
			return true
		}
	}
	return false
}

// namesForeignGroup reports whether s names a group, a party or a person
// of a country other than the dateline's; not an organisation of many
// ("The United Nations accused the army").
func (d *doc) namesForeignGroup(s *Sentence) bool {
	return slices.ContainsFunc(d.others(s), func(o namedAt) bool {
		c := country(o.m.Entry.Code)
		return c != "" && c != d.home && d.isCountry(c)
	})
}

// namesNation reports whether a range of s holds a place or a nationality.
func (d *doc) namesNation(s *Sentence, r span) bool {
	return slices.ContainsFunc(d.nations(s), func(n nation) bool { return n.at >= r.start && n.at < r.end })
}

// onlyCountry returns the country of the places and nationalities a
// sentence names, when it names exactly one country, or "". A place named
// as a destination ("to Georgia") does not count.
func (d *doc) onlyCountry(s *Sentence) string {
	if c, ok := d.sentCountry[s.Index]; ok {
		return c
	}
	c := ""
	toks := s.Tokens
	for _, m := range d.nations(s) {
		if end := m.at + m.n; m.at > 1 && direction(toks[m.at-1].Lower) && (toks[m.at-2].Tag == "NN" || toks[m.at-2].Tag == "NNS" || travelVerbs[toks[m.at-2].Lemma]) &&
			!diplomat(toks, m.at-1) && m.place && (end >= len(toks) || toks[end].Tag != "POS") {
			// "blocked a highway to Georgia", "will travel to
			// Washington": where something or someone goes is not
			// what the sentence is about (unlike "the ambassador to
			// Pakistan").
			continue
		}
		if m.place && m.at > 0 && (toks[m.at-1].Lemma == "visit" && strings.HasPrefix(toks[m.at-1].Tag, "VB") ||
			m.at > 1 && (toks[m.at-1].Lower == "in" || toks[m.at-1].Lower == "at") && toks[m.at-2].Lemma == "arrive") {
			// "is due to visit Tehran", "arrived in Tehran": where
			// someone goes is not theirs either.
			continue
		}
		if subjectMatter(toks, m.at, m.at+m.n) {
			continue
		}
		cc := m.country
		if c != "" && cc != c {
			c = ""
			break
		}
		c = cc
	}
	// A person the dictionaries know names their country too: in
	// "Maduro accused the opposition of plotting a coup with the support
	// of the United States" the opposition is not the United States'.
	if c != "" && !d.c.opts.Literal {
		for _, o := range d.sentOthers[s.Index] {
			if o.m.Entry.Kind == lexicon.Person && d.isCountry(country(o.m.Entry.Code)) && country(o.m.Entry.Code) != c {
				c = ""
				break
			}
		}
	}
	// So does a person the article named before: "Yoon had declared
	// martial law, accusing the opposition of sympathising with North
	// Korea" (South Korean President Yoon Suk Yeol, the sentence before).
	if c != "" && !d.c.opts.Literal && d.namesPersonOf(s, func(pc string) bool { return pc != c && d.isCountry(pc) }) {
		c = ""
	}
	d.sentCountry[s.Index] = c
	return c
}

// travelVerbs take a traveller to a place that is not theirs; not
// "return", which takes people home.
var travelVerbs = map[string]bool{"travel": true, "fly": true, "head": true, "go": true, "journey": true, "sail": true}

// cultureNouns name what is said or taught about a country rather than
// done by it: "addressed students on the history of Turkmen culture".
var cultureNouns = map[string]bool{
	"culture": true, "history": true, "heritage": true, "language": true, "literature": true,
	"art": true, "music": true, "cuisine": true, "film": true, "cinema": true, "poetry": true,
	"tradition": true, "custom": true, "dance": true, "handicraft": true, "folklore": true,
}

// subjectMatter reports whether the nation named by tokens [at, end) is
// only what some culture noun is of: "Turkmen culture", "the history of
// Kazakhstan".
func subjectMatter(toks []text.Token, at, end int) bool {
	if end < len(toks) && cultureNouns[toks[end].Lemma] {
		return true
	}
	return at >= 2 && toks[at-1].Lower == "of" && cultureNouns[toks[at-2].Lemma]
}

// expand splits an actor whose dictionary code names several actors at
// once (PETRARCH writes "FRO/BIL/SAM") into one actor each.
func (d *doc) expand(a dyad.Actor) []dyad.Actor {
	if !strings.Contains(a.Code, "/") {
		return []dyad.Actor{a}
	}
	var out []dyad.Actor
	for _, c := range strings.Split(a.Code, "/") {
		if c == "" {
			continue
		}
		b := a
		b.Code, b.Country = c, country(c)
		out = append(out, b)
	}
	return out
}

// hasPrep reports whether a range holds a preposition.
func hasPrep(toks []text.Token, r span) bool {
	for i := r.start; i < r.end; i++ {
		if toks[i].Tag == "IN" {
			return true
		}
	}
	return false
}

// notPeople reports whether a people's adjective at toks[i] names a
// language, a cuisine or a field of study, not the country's actors: "a
// Chinese language centre", "Indian cuisine".
func notPeople(toks []text.Token, m lexicon.Match, i int) bool {
	if m.Entry.Kind != lexicon.Adj || i+m.N >= len(toks) {
		return false
	}
	switch toks[i+m.N].Lemma {
	case "language", "cuisine", "food", "literature", "poetry", "music", "film", "cinema", "studies", "dish":
		return true
	case "cultural", "culture":
		// "a Kazakh cultural corner", not "a Chinese cultural
		// delegation".
		return i+m.N+1 < len(toks) && cultureThings[toks[i+m.N+1].Lemma]
	}
	return false
}

// cultureThings are what a people's culture is shown in: "a Kazakh
// cultural corner", "a Turkmen culture week".
var cultureThings = map[string]bool{
	"corner": true, "centre": true, "center": true, "week": true, "festival": true, "exhibition": true,
	"evening": true, "day": true, "show": true, "programme": true, "program": true, "event": true,
	"fair": true, "night": true, "gala": true,
}

// surnameDemonym reports whether a people's adjective at token i, ending
// the head region at end, is a surname after a given name the
// dictionaries do not know, in the phrase from start: "UN human rights
// chief Volker Turk" is no Turk.
func (d *doc) surnameDemonym(toks []text.Token, m lexicon.Match, i, start, end int) bool {
	// Not after a capitalised first word of the sentence, which may be a
	// common one: "Young Algerians blocked roads", "Senior Hungarian and
	// Romanian officials".
	if d.c.opts.Literal || m.Entry.Kind != lexicon.Adj || i+m.N != end || i < 2 || i-1 < start || toks[i-1].Tag != "NNP" {
		return false
	}
	_, known := d.dict.Actor(toks, i-1, d.date)
	_, role := d.dict.Role(toks, i-1)
	return !known && !role
}

// demonym reports whether a range is one word, after a determiner, that
// the dictionaries give as a people's adjective: "Kazakh" or "the Kazakh"
// (tagged as a proper noun), not "Ethiopia" ("Ethiopia and Tigray rebels"
// are not both rebels).
func (d *doc) demonym(toks []text.Token, p span) bool {
	if p.end-p.start == 2 && toks[p.start].Tag == "DT" {
		p.start++
	}
	m, ok := d.dict.Actor(toks, p.start, d.date)
	return ok && p.end-p.start == 1 && m.N == 1 && m.Entry.Kind == lexicon.Adj
}

// oneMember reports whether a range names one member of a body, some
// country the words do not say: "a NATO member", "another EU member state".
func oneMember(toks []text.Token, r span) bool {
	if r.end-r.start < 3 {
		return false
	}
	switch toks[r.start].Lower {
	case "a", "an", "another", "one":
	default:
		return false
	}
	last := toks[r.end-1].Lower
	if (last == "state" || last == "country" || last == "nation") && toks[r.end-2].Lower == "member" {
		return true
	}
	return last == "member"
}

// abbreviated reports whether a range is one abbreviation ("U.S.", "UK"),
// which, before "and", modifies the noun of the next conjunct as an
// adjective would: "U.S. and British warplanes".
func abbreviated(toks []text.Token, p span) bool {
	if p.end-p.start != 1 {
		return false
	}
	letters := 0
	for _, r := range toks[p.start].Text {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r != '.':
			return false
		}
	}
	return letters >= 2 && letters <= 3
}

// nounRoles returns the roles that the noun of the last actor of a
// compound gives, which its bare adjectives share: of roles, the actor's,
// those that the name before the noun does not give ("Finnish ministers
// in Oslo": GOV; "Hamas fighters": not HMS), with those of a role word
// before it ("Ukrainian military officials": MIL). None when the actor is not a
// name before a noun ("Israel and Hamas", "Ithilen and the government of
// Gondor").
func (d *doc) nounRoles(s *Sentence, last span, roles []string) []string {
	for _, c := range s.Chunks {
		if c.Start <= last.start && last.start < c.End {
			if c.Kind != phrase.NP || c.Head <= last.start {
				return nil
			}
			as, ok := d.single(s, span{last.start, c.Head})
			if !ok || len(as) != 1 {
				return nil
			}
			// A role word before the noun is the noun's too: "Russian
			// and Ukrainian military officials" are RUSMIL and UKRMIL.
			var worded []string
			for i := last.start; i < c.Head; i++ {
				if m, ok := d.dict.Role(s.Tokens, i); ok {
					worded = append(worded, m.Entry.Code)
				}
			}
			return slices.DeleteFunc(slices.Clone(roles), func(x string) bool { return slices.Contains(as[0].Roles, x) && !slices.Contains(worded, x) })
		}
	}
	return nil
}

// conjunct reports whether a part of a coordination can stand alone: it
// ends in a noun or a dictionary name ("Senior Hungarian"), not in a plain
// adjective ("Ithilen's awful and evil minister" is one actor).
func (d *doc) conjunct(s *Sentence, p span) bool {
	last := &s.Tokens[p.end-1]
	if strings.HasPrefix(last.Tag, "NN") || last.Tag == "PRP" {
		return true
	}
	for i := p.start; i < p.end; i++ {
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && i+m.N == p.end {
			return true
		}
	}
	return false
}

// anaphors are the nouns that, after "the", mean the last actor of their
// kind the article named: "the country", "the bloc", "the group".
var anaphors = map[string]lexicon.Kind{
	"country": lexicon.Country, "nation": lexicon.Country,
	"bloc": lexicon.IGO, "alliance": lexicon.IGO, "organisation": lexicon.IGO, "organization": lexicon.IGO,
	"group": lexicon.Group, "movement": lexicon.Group,
}

// anaphor returns the kind of actor that r, "the" and one of anaphors
// alone or before a possessive ("the country's military rulers"), stands
// for; a group or a bloc also after up to two words that describe it
// ("the paramilitary group", "the regional bloc"). Not a country: "the
// Central Asian country" after "Kazakhstan signed a deal with China" is
// not the last named.
func anaphor(toks []text.Token, r span) (lexicon.Kind, bool) {
	n := r.end - r.start
	if n < 2 || toks[r.start].Lower != "the" {
		return 0, false
	}
	if n > 3 && toks[r.start+2].Tag == "POS" {
		k, ok := anaphors[toks[r.start+1].Lower]
		return k, ok
	}
	if n > 4 {
		return 0, false
	}
	for _, t := range toks[r.start+1 : r.end-1] {
		if t.Tag != "JJ" && t.Tag != "NN" && t.Tag != "NNP" || anotherWords[t.Lower] {
			return 0, false
		}
	}
	k, ok := anaphors[toks[r.end-1].Lower]
	return k, ok && (n == 2 || k != lexicon.Country)
}

// lastIsland returns the island state (islandStates) named last before
// token at of sentence s, in it or in the three sentences before, or "".
func (d *doc) lastIsland(s *Sentence, at int) string {
	for i := s.Index; i >= 0 && i >= s.Index-3; i-- {
		ns := d.nations(&d.sents[i])
		for k := len(ns) - 1; k >= 0; k-- {
			if n := ns[k]; (i < s.Index || n.at < at) && islandStates[n.country] {
				return n.country
			}
		}
	}
	return ""
}

// islandStates are the countries that news calls "the island": those
// whose territory is mostly one island, or a few, by the CIA World
// Factbook's geography entries.
var islandStates = map[string]bool{
	"TWN": true, "CYP": true, "LKA": true, "CUB": true, "HTI": true, "DOM": true, "JAM": true,
	"MDG": true, "MLT": true, "ISL": true, "IRL": true, "SGP": true, "BHR": true, "MUS": true,
	"TTO": true, "BRB": true, "TLS": true, "CPV": true, "STP": true, "COM": true, "SYC": true,
	"MDV": true, "BHS": true, "FJI": true, "NRU": true, "DMA": true, "LCA": true, "GRD": true,
	"VCT": true, "ATG": true, "KNA": true,
}

// anotherWords are the modifiers that make an anaphor's noun another one than
// the last named: "the other country", "the neighbouring country".
var anotherWords = map[string]bool{"other": true, "neighbouring": true, "neighboring": true, "same": true, "former": true}

// lastNamed returns the code of the actor of kind k named last before token
// at of sentence s, in it or in the three sentences before it, other than
// except, or "". A country: the dateline's, when the sentence that names
// the last one names it too ("NIAMEY ... Niger has since strengthened ties
// with Russia, which sent instructors. The United States agreed to
// withdraw its troops from the country" is Niger).
func (d *doc) lastNamed(s *Sentence, at int, k lexicon.Kind, except string) string {
	for i := s.Index; i >= 0 && i >= s.Index-3; i-- {
		toks := d.sents[i].Tokens
		end := len(toks)
		if i == s.Index {
			end = at
		}
		last, home := "", false
		for j := 0; j < end; j++ {
			if m, ok := d.dict.Actor(toks, j, d.date); ok {
				c := m.Entry.Code
				if k == lexicon.Country {
					c = country(c)
				}
				if m.Entry.Kind == k && j+m.N <= end && c != except {
					last = c
					home = home || k == lexicon.Country && c == d.home
				}
				j += m.N - 1
			}
		}
		if home {
			return d.home
		}
		if last != "" {
			return last
		}
	}
	return ""
}

// divided returns the country that "the North" or "the South" (or "the
// North's ...") stands for in an article about the two Koreas, or one
// about either from Seoul or Pyongyang, or "".
func (d *doc) divided(toks []text.Token, r span) string {
	if d.c.opts.Literal || r.end-r.start < 2 || toks[r.start].Lower != "the" || toks[r.start+1].Tag != "NNP" ||
		r.end-r.start > 2 && toks[r.start+2].Tag != "POS" {
		return ""
	}
	korean := func(c string) bool { return c == "KOR" || c == "PRK" }
	if !(d.pair == [2]string{"KOR", "PRK"} || d.pair == [2]string{"PRK", "KOR"} || korean(d.home) && (korean(d.pair[0]) || korean(d.pair[1]))) {
		return ""
	}
	switch toks[r.start+1].Lower {
	case "north":
		return "PRK"
	case "south":
		return "KOR"
	}
	return ""
}

// byteSpan returns the bytes of the article that tokens r of s cover, or
// the zero span for an empty r.
func byteSpan(s *Sentence, r span) dyad.Span {
	if r.empty() {
		return dyad.Span{}
	}
	return dyad.Span{Start: s.Tokens[r.start].Span.Start, End: s.Tokens[r.end-1].Span.End}
}

// pairOf returns the two countries that "the two countries" stands for in
// sentence s: two that the sentence joins with "and" ("The United States
// and Jordan agreed on a pact between the two countries"), else those of
// the last event between two countries that the sentence, or the one
// before, told of ("Erdogan met Sisi in Cairo. The two leaders held talks
// on the war in Gaza"), else the two the article is most about. Two that
// are the subject of a verb whose object is the phrase, at r, are not it:
// "Qatar and Saudi Arabia urged both sides to show restraint".
func (d *doc) pairOf(s *Sentence, r span) [2]string {
	toks := s.Tokens
	named := func(i int) (string, int) {
		c, n, k := d.nationAt(toks, i)
		if !k.Place() && k != lexicon.Adj {
			return "", 0
		}
		return c, n
	}
	for i := 0; i < len(toks); i++ {
		a, n := named(i)
		if a == "" || i+n >= len(toks) || toks[i+n].Lower != "and" || topic(toks, i, nil) {
			// Not what is talked of: "The two sides discussed the war
			// in Gaza and Lebanon".
			i += max(n, 1) - 1
			continue
		}
		if b, m := named(i + n + 1); b != "" && b != a && !verbObject(toks, i+n+1+m, r.start) && !subjectOver(toks, i, i+n+1+m, r.start) && !relativeBetween(toks, r.end, i) {
			return [2]string{a, b}
		}
	}
	// "the two neighbours", "the two countries": two countries, not a
	// country and the body it appealed to.
	last := r.end - 1
	countries := last >= 0 && last < len(toks) && (countryNouns[toks[last].Lemma] || neighbours[toks[last].Lemma])
	if p, ok := d.lastPairSubject(s); ok {
		return p
	}
	if neighbours[toks[last].Lemma] && s.Index > 0 && !d.c.opts.Literal {
		// "The 25% tariffs on most imports from Mexico and Canada ...
		// took effect. Trump accused both neighbors": the two countries
		// the sentence before joined.
		if p, ok := d.joinedPair(&d.sents[s.Index-1]); ok {
			return p
		}
	}
	if e := d.lastMet(s, countries); e != nil {
		// "Rubio spoke by telephone with India's Doval and Pakistan's
		// army chief. ... urged both sides to exercise restraint": the
		// two one side spoke with, or signed with (not two it thanked).
		for _, f := range slices.Concat(d.earlier, d.sofar) {
			if (consulted(e.code) || e.code == "057") && f.sent == e.sent && f.code == e.code && f.source.Code == e.source.Code && f.target.Country != e.target.Country &&
				d.isCountry(f.target.Country) && f.target.Country != e.source.Country && e.target.Country != e.source.Country {
				return [2]string{f.target.Country, e.target.Country}
			}
		}
		return [2]string{e.source.Country, e.target.Country}
	}
	if p, ok := d.lastGuests(s); ok {
		return p
	}
	return d.pair
}

// nationAt returns the country of the dictionary name at token i of toks,
// its length and its kind; a zero kind when none stands there.
func (d *doc) nationAt(toks []text.Token, i int) (string, int, lexicon.Kind) {
	if i >= len(toks) {
		return "", 0, 0
	}
	m, ok := d.dict.Actor(toks, i, d.date)
	if !ok {
		return "", 0, 0
	}
	return country(m.Entry.Code), m.N, m.Entry.Kind
}

// joinedPair returns the first two countries that s joins with "and":
// "imports from Mexico and Canada".
func (d *doc) joinedPair(s *Sentence) ([2]string, bool) {
	toks := s.Tokens
	named := func(i int) (string, int) {
		c, n, k := d.nationAt(toks, i)
		if k != lexicon.Country {
			return "", 0
		}
		return c, n
	}
	for i := 0; i < len(toks); i++ {
		a, n := named(i)
		if a == "" {
			continue
		}
		if i+n < len(toks) && toks[i+n].Lower == "and" {
			if b, _ := named(i + n + 1); b != "" && b != a {
				return [2]string{a, b}, true
			}
		}
		i += n - 1
	}
	return [2]string{}, false
}

// lastPairSubject returns the two countries that a phrase of two, the
// subject of an act of the sentence before s, stood for: "Both leaders
// thanked Trump for his role. The two sides did not sign a full peace
// treaty" are Armenia and Azerbaijan, not one of them and the United
// States.
func (d *doc) lastPairSubject(s *Sentence) ([2]string, bool) {
	for i := len(d.earlier) - 1; i >= 0 && d.earlier[i].sent.Index >= s.Index-1; i-- {
		e := d.earlier[i]
		if e.sent == s || !d.isCountry(e.source.Country) {
			continue
		}
		for j := i - 1; j >= 0 && d.earlier[j].sent == e.sent; j-- {
			f := d.earlier[j]
			if f.source.Span == e.source.Span && f.source.Country != e.source.Country && d.isCountry(f.source.Country) &&
				f.code == e.code && f.target.Code == e.target.Code {
				if _, ok := d.pairPhrase(e.sent.Tokens, tokensOf(e.sent, e.source.Span)); ok {
					return [2]string{f.source.Country, e.source.Country}, true
				}
			}
		}
	}
	return [2]string{}, false
}

// lastGuests returns the two countries whose envoys one host last received
// or brought together, in the three sentences before s: "Fidan hosted the
// foreign ministers of Somalia and Ethiopia in Ankara ... Fidan told
// reporters the two sides had made progress" are Somalia and Ethiopia.
func (d *doc) lastGuests(s *Sentence) ([2]string, bool) {
	var (
		sent   *Sentence
		host   string
		guests [2]string
	)
	e := d.lastEvent(s, 3, func(e *event) bool {
		if c := e.code; c != "043" && !strings.HasPrefix(c, "045") || !d.isCountry(e.target.Country) || e.target.Country == e.source.Country {
			return false
		}
		if e.sent != sent || e.source.Code != host {
			sent, host, guests[0] = e.sent, e.source.Code, e.target.Country
			return false
		}
		guests[1] = e.target.Country
		return guests[1] != guests[0]
	})
	return guests, e != nil
}

// subjectOver reports whether the tokens from start to end, which open
// the sentence or a clause after a comma, are the subject of a verb whose
// object, or the object of whose "on", "to", "with" or "against", starts
// at at: "Japan and
// Australia expressed concern and urged both sides to exercise restraint"
// names others than the sides. Not "India and Pakistan held talks, and
// both sides agreed".
func subjectOver(toks []text.Token, start, end, at int) bool {
	if end >= at || at < 1 || start > 0 && !isComma(&toks[start-1]) && toks[start-1].Tag != "DT" {
		return false
	}
	// Not "signed a pact between the two countries", which the pair
	// signs with each other.
	switch t := toks[at-1]; {
	case strings.HasPrefix(t.Tag, "VB"), t.Lower == "on", t.Lower == "to", t.Lower == "with", t.Lower == "against":
	default:
		return false
	}
	return slices.ContainsFunc(toks[end:at], func(t text.Token) bool { return strings.HasPrefix(t.Tag, "VB") })
}

// relativeBetween reports whether a relative pronoun stands from token
// from up to token to: "The sides discussed the pipeline, which will carry
// Turkmen gas to Afghanistan, Pakistan and India" names no sides there.
func relativeBetween(toks []text.Token, from, to int) bool {
	for i := from; i < to; i++ {
		if w := toks[i].Lower; w == "which" || w == "who" || w == "whom" {
			return true
		}
	}
	return false
}

// lastSides returns the last event the four sentences before s told of
// between two actors of one country ("Sudan's army and the Rapid Support
// Forces clashed"), whom "the two sides" of s stand for unless s names two
// countries itself or the sentence before told of two countries; or nil.
func (d *doc) lastSides(s *Sentence, r span) *event {
	if d.c.opts.Literal || d.lastMet(s, false) != nil {
		return nil
	}
	for i := len(d.earlier) - 1; i >= 0 && d.earlier[i].sent.Index >= s.Index-4; i-- {
		e := d.earlier[i]
		if e.sent.Index == s.Index {
			continue
		}
		a, b := e.source, e.target
		if a.Country != b.Country && d.isCountry(a.Country) && d.isCountry(b.Country) {
			return nil // the last two were countries
		}
		if a.Country == b.Country && a.Code != b.Code && d.isCountry(a.Country) {
			if p := d.pairOf(s, r); p != d.pair {
				return nil // two countries the sentence names
			}
			return e
		}
	}
	return nil
}

// mediated returns the two parties that the last mediation, or offer of
// one, of the sentence before s was between, whom "both sides" of s
// stand for: "Egypt renewed its offer to host talks between the army and
// the RSF. The United Nations accused both sides of blocking aid." None
// when it was between more or fewer.
func (d *doc) mediated(s *Sentence) []dyad.Actor {
	if d.c.opts.Literal {
		return nil
	}
	e := d.lastEvent(s, 1, func(e *event) bool {
		return e.sent.Index < s.Index && (strings.HasPrefix(e.code, "045") || strings.HasPrefix(e.code, "039"))
	})
	if e == nil {
		return nil
	}
	var sides []dyad.Actor
	for _, f := range d.earlier {
		if f.sent == e.sent && f.source.Code == e.source.Code && f.code == e.code && slices.Equal(f.words, e.words) &&
			!slices.ContainsFunc(sides, func(a dyad.Actor) bool { return a.Code == f.target.Code }) {
			sides = append(sides, f.target)
		}
	}
	return sides
}

// verbObject reports whether the tokens from end to at are a verb group,
// with a preposition before at or none, so that what starts at at is the
// object of a verb whose subject ends at end: "urged", "have called on",
// "offered to mediate between".
func verbObject(toks []text.Token, end, at int) bool {
	if end >= at {
		return false
	}
	verb := false
	for i := end; i < at; i++ {
		switch t := toks[i].Tag; {
		case strings.HasPrefix(t, "VB"):
			verb = true
		case t == "MD" || t == "RB" || t == "RP" || t == "TO" && verb && i < at-1:
			// "offered to mediate between"
		case (t == "IN" || t == "TO") && i == at-1 && verb:
		default:
			return false
		}
	}
	return verb
}

// lastMet returns the last event between two parties, countries or
// organisations in talks or agreement (countries only when countries is
// set), that the sentence before s told of, or nil.
func (d *doc) lastMet(s *Sentence, countries bool) *event {
	met := func(e *event) bool {
		// An organisation is a side of what it talks or agrees on with
		// a country, not of its patrols there ("NATO peacekeepers
		// increased patrols in Kosovo. The EU urged both sides"), nor
		// of a mediation it offers.
		talks := !countries && e.code[:2] >= "03" && e.code[:2] <= "06" && !peacemaking(e.code)
		party := func(c string) bool { return d.isCountry(c) || talks && organisation(c) }
		a, b := e.source, e.target
		// Nor is one who appeals to, or demands of, another a side
		// with it: "The United States urged Azerbaijan to halt ...
		// Russia called on both sides" are Azerbaijan and Armenia.
		asks := e.code[:2] == "02" || e.code[:2] == "10"
		// Nor one who refuses to meet another ("said it would not attend
		// the talks with the United States").
		refuses := e.code[:2] == "12" || e.mode == dyad.ModeNegated
		return a.Country != b.Country && party(a.Country) && party(b.Country) && !asks && !refuses
	}
	// "spoke by telephone with Syrian President Ahmed al-Sharaa, and the
	// two agreed on a ceasefire": the two who consulted each other
	// earlier in the sentence (not a visit hosted or a mediation, whose
	// host or mediator is no side).
	for i := len(d.sofar) - 1; i >= 0; i-- {
		if e := d.sofar[i]; e.sent == s && consulted(e.code) && met(e) {
			return e
		}
	}
	if e := d.lastEvent(s, 1, met); e != nil {
		return e
	}
	// Past a sentence that told no act: "held indirect talks in Muscat
	// ... Araghchi and Witkoff also spoke for several minutes, Iran's
	// foreign ministry said. Both sides agreed to meet again".
	if !slices.ContainsFunc(d.earlier, func(e *event) bool { return e.sent.Index == s.Index-1 }) {
		return d.lastEvent(s, 2, func(e *event) bool {
			return consulted(e.code) && met(e) && d.isCountry(e.source.Country) && d.isCountry(e.target.Country)
		})
	}
	return nil
}

// consulted reports whether code is one of consultation between two sides:
// meeting, telephoning, negotiating (040, 041, 044, 046).
func consulted(code string) bool {
	switch {
	case len(code) < 3:
		return false
	case code[:3] == "040", code[:3] == "041", code[:3] == "044", code[:3] == "046":
		return true
	}
	return false
}

// metWords are the phrases that mean the two actors of the last event
// between two countries, and nothing without one: "Burhan was received
// by Sisi, and the two held talks", "During the meeting, the parties
// discussed ...".
var metWords = map[string]bool{"the two": true, "the parties": true, "both parties": true}

// pairPhrase looks a range up in pairWords, joining its words only when it
// may be one of them.
func (d *doc) pairPhrase(toks []text.Token, r span) (string, bool) {
	if n := r.end - r.start; n < 2 || n > 4 || (toks[r.start].Lower != "both" && toks[r.start].Lower != "the" && toks[r.start].Lower != "each") {
		return "", false
	}
	role, ok := pairWords[lowerJoin(toks[r.start:r.end])]
	return role, ok
}

// gazetteerCountry returns the country of a proper name that the gazetteer
// resolves to a city or region in the article's context.
func (d *doc) gazetteerCountry(s *Sentence, r span) (string, bool) {
	g := d.c.opts.Places
	if g == nil || d.c.opts.Literal || r.empty() {
		return "", false
	}
	toks := s.Tokens
	start := r.start
	if toks[start].Tag == "DT" {
		start++
	}
	if start >= r.end {
		return "", false
	}
	for i := start; i < r.end; i++ {
		if toks[i].Tag != "NNP" {
			return "", false
		}
	}
	if n, _ := g.Match(toks, start); start+n != r.end || ofName(toks, r.end) || water(toks, r.end) || r.end-start == 1 && (lexicon.Geographic(toks[start].Lower) || d.surnames[toks[start].Lower]) {
		return "", false
	}
	p, ok := g.Resolve(d.art.Text[toks[start].Span.Start:toks[r.end-1].Span.End], d.geo)
	if !ok || p.Feature == geo.FeatureCountry || p.Feature == "PPLX" && !slices.Contains(d.geo.Countries, p.Country) {
		// A city's section ("Chinatown") elsewhere than the article's
		// countries is no one's here.
		return "", false
	}
	return p.Country, true
}

// gazetteerAfter returns the country of a place the gazetteer holds that
// a phrase of where from token from to token to names, as placeAfter does
// for the dictionaries' places: the proper nouns after "in", "of",
// "inside", "within", "across" or "throughout" (and "the"), before a kind
// of place ("in the Donetsk region").
func (d *doc) gazetteerAfter(s *Sentence, from, to int) (string, bool) {
	toks := s.Tokens
	for i := from; i < to; i++ {
		if !objectPrep(toks[i].Lower) {
			continue
		}
		if toks[i].Lower == "of" && water(toks, i) {
			break // "in the Gulf of Aden": a sea, not the city
		}
		start := i + 1
		if start < to && toks[start].Tag == "DT" {
			start++
		}
		end := start
		for end < to && toks[end].Tag == "NNP" {
			end++
		}
		// "the airport in Batken and several nearby villages": more
		// places, of no one named, after it.
		if end > start && (end == to || placeNouns[toks[end].Lemma] || coordinator(toks[end].Lower) && commonPhrase(toks, span{end + 1, to})) {
			if c, ok := d.gazetteerCountry(s, span{start, end}); ok {
				return c, true
			}
		}
	}
	return "", false
}

// ofName reports whether "of" or "for" and a proper noun follow token
// i-1: the words before make a longer name with them, which the gazetteer
// does not hold ("the Gulf of Oman" is not Gulf Province of Papua New
// Guinea, "the Centre for Indian Studies" not a Centre region).
func ofName(toks []text.Token, i int) bool {
	return i+1 < len(toks) && (toks[i].Lower == "of" || toks[i].Lower == "for") && lexicon.Capitalised(toks[i+1].Text)
}

// water reports whether the name that ends before token i is a body of
// water ("the Red Sea", "the Persian Gulf"), which is no country's place,
// rather than a region named after one ("Red Sea state" of Sudan).
func water(toks []text.Token, i int) bool {
	if i == 0 || i > len(toks) {
		return false
	}
	switch toks[i-1].Lower {
	case "sea", "ocean", "gulf", "bay", "strait", "straits":
	default:
		return false
	}
	if i < len(toks) {
		switch toks[i].Lower {
		case "state", "province", "governorate", "region":
			return false
		}
	}
	return true
}

// ownedThings are craft and posts that stand for their owner when a
// possessive pronoun names it: "rammed one of its vessels".
var ownedThings = map[string]bool{
	"vessel": true, "ship": true, "boat": true, "tanker": true, "trawler": true, "plane": true,
	"airliner": true, "convoy": true, "outpost": true, "post": true, "base": true,
	"position": true, "headquarters": true, "compound": true,
}

// quantityHeads count or gather the people named after "of": "thousands of
// Iraqi Kurds", "a group of Moroccan diplomats", "members of the chamber of
// commerce".
var quantityHeads = map[string]bool{
	"hundred": true, "thousand": true, "million": true, "dozen": true, "score": true, "ten": true,
	"group": true, "crowd": true, "number": true, "handful": true, "delegation": true,
	"contingent": true, "band": true, "couple": true, "team": true, "busload": true,
	"member": true, "representative": true, "force": true, "unit": true, "detachment": true,
	"deployment": true, "batch": true, "patch": true, "wave": true, "patrol": true,
}

// nameAcross reports whether a name the dictionaries hold starts in r
// before token at and runs up to it or past it: "the Group of Seven" is a
// name, not a group of seven.
func (d *doc) nameAcross(toks []text.Token, r span, at int) bool {
	for i := r.start; i < at; i++ {
		if m, ok := d.dict.Actor(toks, i, d.date); ok && i+m.N >= at {
			return true
		}
	}
	return false
}

// pastQuantity returns the range without the quantity that opens it
// ("tens of thousands of", "a group of"): the actor is what is counted.
func pastQuantity(toks []text.Token, r span) span {
	for {
		i := r.start
		// "one of its vessels": a number before "of" and an owner is the
		// quantity.
		for i < r.end && (toks[i].Tag == "DT" || toks[i].Tag == "CD" && !(i+2 < r.end && toks[i+1].Lower == "of" && toks[i+2].Tag == "PRP$") || toks[i].Tag == "JJ") {
			i++
		}
		if i+2 >= r.end || !(quantityHeads[toks[i].Lemma] || toks[i].Tag == "CD") || toks[i+1].Lower != "of" {
			return r
		}
		r.start = i + 2
	}
}
