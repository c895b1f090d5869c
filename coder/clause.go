package coder

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// clause holds what the coder learns about one sentence.
type clause struct {
	s       *Sentence
	chunkOf []int        // token index -> chunk index
	subj    map[int]span // VP chunk index -> subject range
	dates   []when.Expr
}

func (d *doc) sentence(s *Sentence) []*event {
	if len(s.Tokens) == 0 {
		return nil
	}
	cl := &clause{s: s, chunkOf: make([]int, len(s.Tokens)), subj: map[int]span{}}
	if !d.c.opts.Literal {
		d.parenAcronyms(s)
	}
	for ci, c := range s.Chunks {
		for i := c.Start; i < c.End; i++ {
			cl.chunkOf[i] = ci
		}
	}
	// PETRARCH dates every event by its story's date: in literal mode the
	// text's own dates are not read.
	if !d.c.opts.Literal && mayDate(s.Tokens) {
		// An undated article's relative times ("on Friday") are found
		// undated: times still, to be read past, dating nothing.
		cl.dates = when.Find(d.art.Text, s.Span, d.date)
	}
	// Subjects first, so appositions introduce people before they are used.
	for ci, c := range s.Chunks {
		if c.Kind == phrase.VP {
			cl.subj[ci] = d.subject(cl, ci, 0)
		}
	}
	var out []*event
	covered := -1 // PETRARCH: chunks up to here belong to a coded verb's phrase
	for ci, c := range s.Chunks {
		d.sofar = out
		switch c.Kind {
		case phrase.VP:
			if ci <= covered || d.modifierParticiple(cl, ci) || d.nounsInfinitive(cl, ci, out) || chargedGerund(cl, ci) || d.summonPurpose(cl, ci, out) {
				continue
			}
			if !d.c.opts.Literal && c.End-c.Start == 1 && (s.Tokens[c.Head].Tag == "VBP" || s.Tokens[c.Head].Tag == "VB") && namedAs(cl, ci) {
				// "called the sanctions blackmail", where "blackmail"
				// was read as a verb: what the object is called.
				continue
			}
			evs := retold(d.verbEvents(cl, ci), out, c.Head)
			if len(evs) == 0 && !d.c.opts.Literal {
				evs = d.deniedCharge(cl, ci, out)
			}
			if len(evs) == 0 && !d.c.opts.Literal {
				evs = d.deniedThat(cl, ci, out)
			}
			if len(evs) > 0 && d.c.opts.Literal {
				covered = cl.subordinateEnd(ci)
			}
			out = append(out, evs...)
		case phrase.NP:
			if !d.c.opts.Literal && slices.ContainsFunc(out, func(e *event) bool { return e.took(c.Head) }) {
				// "demanded that Israel ease restrictions on ...": a
				// noun a pattern took is what that act is about (a
				// general code still gives way to the noun's:
				// "launched an investigation into crimes"). Who
				// mediated it is news of its own: "signed a deal
				// mediated by Qatar".
				if brokered(s, c.Head) {
					out = append(out, mediations(d.nounEvents(cl, ci))...)
				}
				continue
			}
			out = append(out, d.nounEvents(cl, ci)...)
		}
	}
	if len(out) == 0 && !d.c.opts.Literal {
		// A sentence that codes no event still names who a later
		// pronoun means: "Muttaqi said his government wanted good
		// relations. He invited ...". Most such sentences are followed
		// by none, so the subject is resolved when one asks.
		for ci, c := range s.Chunks {
			if c.Kind == phrase.VP {
				if r := cl.subj[ci]; !r.empty() {
					d.unread.s, d.unread.r = s, r
					// A person the subject names in full, whom no
					// dictionary knows, is introduced at once, for a
					// later mention by surname: "Guyana's President
					// Irfaan Ali said ... Maduro and Ali met".
					if n := d.nameIn(s, r); n.end-n.start > 1 {
						d.unread.s = nil
						if as := d.resolveNoPronoun(s, r); len(as) > 0 {
							d.lastSubject = as
						}
					}
				}
				break
			}
		}
		d.noteSpeaker(cl)
	}
	if !d.c.opts.Literal {
		d.noteOrgs(s)
		d.noteSayer(cl)
	}
	return dedupe(askedOnce(out))
}

// namedAs reports whether the phrase at chunk ci is what a verb of naming
// or judging calls its object, after the object or "as": "called the
// sanctions blackmail", "described the move as blackmail".
func namedAs(cl *clause, ci int) bool {
	ch, toks := cl.s.Chunks, cl.s.Tokens
	k := ci - 1
	if k >= 0 && ch[k].Kind == phrase.PP && toks[ch[k].Start].Lower == "as" {
		k--
	}
	if k < 1 || ch[k].Kind != phrase.NP || ch[k-1].Kind != phrase.VP {
		return false
	}
	switch toks[ch[k-1].Head].Lemma {
	case "call", "describe", "term", "brand", "label", "deem", "denounce", "condemn", "criticise", "criticize", "dismiss", "reject":
		return true
	}
	return false
}

// noteSayer records the subject of the sentence's first verb of saying,
// for a later "he" or "she"; a sentence that says nothing keeps the last.
func (d *doc) noteSayer(cl *clause) {
	for ci, c := range cl.s.Chunks {
		if c.Kind == phrase.VP && sayVerbs[cl.s.Tokens[c.Head].Lemma] {
			if r := cl.subj[ci]; !r.empty() && cl.s.Tokens[r.start].Tag != "PRP" {
				d.sayer.s, d.sayer.r = cl.s, r
			}
			return
		}
	}
}

// noteSpeaker records a body that closes a sentence as its speaker, for a
// later mention by its noun: "..., the Kenya National Commission on Human
// Rights said. The commission urged the police".
func (d *doc) noteSpeaker(cl *clause) {
	s := cl.s
	ci := len(s.Chunks) - 1
	if ci >= 0 && s.Chunks[ci].Kind == phrase.O {
		ci--
	}
	if ci < 2 || s.Chunks[ci].Kind != phrase.VP || !sayVerbs[s.Tokens[s.Chunks[ci].Head].Lemma] {
		return
	}
	r := cl.subj[ci]
	if r.empty() || r.start == 0 || !isComma(&s.Tokens[r.start-1]) || !bodies[d.roleWord(s, r)] {
		return
	}
	d.resolveNoPronoun(s, r)
}

// brokered reports whether "mediated", "brokered" or "facilitated"
// follows the noun at token i closely: only then may a noun a pattern took
// name its mediators, and is coded again for them.
func brokered(s *Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens) && k <= i+3; k++ {
		switch s.Tokens[k].Lemma {
		case "mediate", "broker", "facilitate":
			return true
		}
	}
	return false
}

// mediations returns the mediations (045) among evs.
func mediations(evs []*event) []*event {
	return slices.DeleteFunc(evs, func(e *event) bool { return !strings.HasPrefix(e.code, "045") })
}

// deniedCharge codes a relative clause after a comma that denies the
// accusation its sentence told of, with no object of its own: "Ukraine
// accused Russia of attacking civilians, which Moscow denies", "..., a
// charge Nairobi denied", "..., charges that Moscow denies" deny what the
// accuser said, as "Moscow denied the accusation" would: the verb's
// pattern with an accusation for its object ("DENY &R01_CHARGE") gives
// the code, or, for a verb that takes accusations and has none such, the
// pattern of its object ("REJECT +").
func (d *doc) deniedCharge(cl *clause, vi int, out []*event) []*event {
	s := cl.s
	toks, ch := s.Tokens, s.Chunks
	if vi < 2 || vi+1 < len(ch) && !(ch[vi+1].Kind == phrase.O && ch[vi+1].End == len(toks)) {
		return nil
	}
	// A verb that takes accusations (some pattern of it names them)
	// codes as with one for its object: by that pattern, else by the
	// one whose object is anyone ("REJECT +", what "rejected the
	// accusation" codes).
	var p, anyone *lexicon.Pattern
	takes := false
	for _, q := range d.dict.VerbPatterns(toks[ch[vi].Head].Lemma) {
		for _, e := range q.After {
			takes = takes || e.Kind == lexicon.ElemSynset && e.Synset == "R01_CHARGE"
		}
		if len(q.Before) > 0 || len(q.After) != 1 {
			continue
		}
		switch e := q.After[0]; {
		case p == nil && e.Kind == lexicon.ElemSynset && e.Synset == "R01_CHARGE":
			p = q
		case anyone == nil && e.Kind == lexicon.ElemTarget:
			anyone = q
		}
	}
	if p == nil && takes {
		p = anyone
	}
	np := ch[vi-1]
	if p == nil || np.Kind != phrase.NP {
		return nil
	}
	charge := func(i int) int { return d.dict.Synset("R01_CHARGE", toks, i) }
	// The antecedent: "which", a charge and "that" or "which", or a
	// charge the chunker joined to the subject ("a charge Nairobi").
	subj, ante := span{np.Start, np.End}, span{}
	switch k := ch[vi-2]; {
	case k.End-k.Start == 1 && (toks[k.Start].Lower == "which" || toks[k.Start].Lower == "that"):
		ante = span{k.Start, k.End}
		if toks[k.Start].Lower == "that" || vi >= 3 && ch[vi-3].Kind == phrase.NP {
			if vi < 3 || ch[vi-3].Kind != phrase.NP || charge(ch[vi-3].Head) == 0 {
				return nil
			}
			ante = span{ch[vi-3].Start, ch[vi-2].End}
		}
	default:
		i := np.Start
		if toks[i].Tag == "DT" {
			i++
		}
		n := charge(i)
		if n == 0 || i+n >= np.End {
			return nil
		}
		ante, subj = span{np.Start, i + n}, span{i + n, np.End}
	}
	if ante.start == 0 || toks[ante.start-1].Lower != "," {
		return nil
	}
	var acc *event
	for _, e := range out {
		if strings.HasPrefix(e.code, "112") && told(e.mode) {
			acc = e
		}
	}
	if acc == nil {
		return nil
	}
	d.recallAct(byteSpan(s, ante), recalledAct{doers: []dyad.Actor{acc.source}})
	return d.events(cl, p, subj, ante, []int{ch[vi].Head}, d.mode(cl, vi))
}

// deniedThat codes a denial of what a clause says, "Nairobi denied that
// its soldiers had entered Somali territory", as the denial of the charge
// its actor was last met with, in the sentence or the four before (016 to
// the accuser), as "Nairobi denied the accusation" would be; none when no
// one charged it.
func (d *doc) deniedThat(cl *clause, vi int, out []*event) []*event {
	s := cl.s
	toks, ch := s.Tokens, s.Chunks
	h := ch[vi].Head
	if toks[h].Lemma != "deny" || h+1 >= len(toks) || toks[h+1].Lower != "that" || d.mode(cl, vi) != dyad.ModeAsserted {
		return nil
	}
	var p *lexicon.Pattern
	for _, q := range d.dict.VerbPatterns(toks[h].Lemma) {
		if len(q.Before) == 0 && len(q.After) == 1 && q.After[0].Kind == lexicon.ElemSynset && q.After[0].Synset == "R01_CHARGE" {
			p = q
			break
		}
	}
	subj := cl.subj[vi]
	as := d.resolve(s, subj)
	if p == nil || len(as) != 1 || !d.isCountry(as[0].Country) {
		return nil
	}
	charged := func(e *event) bool {
		return against(e, as[0].Country) && (strings.HasPrefix(e.code, "11") || strings.HasPrefix(e.code, "10"))
	}
	var acc *event
	for _, e := range out {
		if charged(e) {
			acc = e
		}
	}
	if acc == nil {
		acc = d.lastEvent(s, 4, charged)
	}
	if acc == nil {
		return nil
	}
	that := span{h + 1, h + 2}
	d.recallAct(byteSpan(s, that), recalledAct{doers: []dyad.Actor{acc.source}})
	return d.events(cl, p, subj, that, []int{h}, dyad.ModeAsserted)
}

// chargedGerund reports whether the verb group at ci is a gerund that
// says what a charge or a suspicion is of: "detained the mayor on charges
// of corruption and aiding a terrorist group" is no aid by the police, nor
// "accused Russia of a campaign targeting firms" an attack.
func chargedGerund(cl *clause, ci int) bool {
	s := cl.s
	ch := s.Chunks
	if s.Tokens[ch[ci].Head].Tag != "VBG" {
		return false
	}
	for k := ci - 1; k >= 1; k-- {
		c := ch[k]
		switch {
		case c.Kind == phrase.PP && s.Tokens[c.Start].Lower == "of":
			if h := s.Tokens[ch[k-1].Head].Lemma; ch[k-1].Kind == phrase.NP && chargeNouns[h] {
				return true
			}
			// "accused Russia of a cyber campaign targeting logistics
			// firms", "was accused of a plot targeting": the charge,
			// whose act is only alleged.
			v := k - 1
			if ch[v].Kind == phrase.NP && v >= 1 {
				v--
			}
			return ch[v].Kind == phrase.VP && accusingVerbs[s.Tokens[ch[v].Head].Lemma] && ci > k+1
		case c.Kind == phrase.NP, c.Kind == phrase.O && coordinator(s.Tokens[c.Start].Lower):
		default:
			return false
		}
	}
	return false
}

// accusingVerbs take a charge after "of": "accused Russia of a campaign".
var accusingVerbs = map[string]bool{"accuse": true, "suspect": true, "charge": true, "convict": true}

// chargeNouns say what someone is held or accused for.
var chargeNouns = map[string]bool{"charge": true, "suspicion": true, "allegation": true, "accusation": true, "count": true}

// nounsInfinitive reports whether the verb group at ci is the infinitive
// of an intent noun that an event of the sentence took: "urged them to reconsider
// their decision to leave the bloc" is about the decision, which no one
// has carried out.
func (d *doc) nounsInfinitive(cl *clause, ci int, out []*event) bool {
	s := cl.s
	c := s.Chunks[ci]
	if d.c.opts.Literal || ci == 0 || s.Tokens[c.Start].Tag != "TO" || s.Chunks[ci-1].Kind != phrase.NP {
		return false
	}
	head := s.Chunks[ci-1].Head
	if !intentNouns[s.Tokens[head].Lemma] {
		return false
	}
	// "urged Niger to reconsider its decision to leave the bloc": an act
	// decided that is being undone or reviewed is none told.
	if ci >= 2 && s.Chunks[ci-2].Kind == phrase.VP && undoVerbs[s.Tokens[s.Chunks[ci-2].Head].Lemma] {
		return true
	}
	return slices.ContainsFunc(out, func(e *event) bool { return e.took(head) })
}

// undoVerbs undo or review a decision, plan or offer: what it was to do
// is not done.
var undoVerbs = map[string]bool{
	"reconsider": true, "reverse": true, "rescind": true, "revoke": true, "review": true,
	"rethink": true, "abandon": true, "drop": true, "scrap": true, "cancel": true, "withdraw": true,
	"retract": true, "overturn": true, "shelve": true,
}

// summonPurpose reports whether the verb group at ci is the infinitive
// that says why an envoy was summoned: "summoned Uganda's high
// commissioner to protest against the detention of 11 Kenyan fishermen"
// is one complaint, to the envoy's country.
func (d *doc) summonPurpose(cl *clause, ci int, out []*event) bool {
	s := cl.s
	c := s.Chunks[ci]
	if d.c.opts.Literal || s.Tokens[c.Start].Tag != "TO" {
		return false
	}
	if l := s.Tokens[c.Head].Lemma; l != "protest" && l != "complain" {
		return false
	}
	return slices.ContainsFunc(out, func(e *event) bool {
		return e.code == "114" && e.pattern != nil && e.pattern.Anchor == "summon" && len(e.words) > 0 && slices.Max(e.words) < c.Start
	})
}

// intentNouns name an act intended, by the infinitive after them: "their
// decision to leave", "a plan to annex" (not a purpose: "opened the
// crossing to allow aid in").
var intentNouns = map[string]bool{
	"decision": true, "plan": true, "bid": true, "attempt": true, "move": true, "intention": true,
	"proposal": true, "offer": true, "threat": true, "promise": true, "pledge": true, "effort": true,
	"readiness": true, "willingness": true, "refusal": true,
}

// took reports whether token i is one of the words e was coded from, by a
// pattern of a specific code: a general one (130, 090) gives way to the
// act its words go on to name instead (superseded).
func (e *event) took(i int) bool {
	return !general(e.code) && slices.Contains(e.words, i)
}

// retold drops the events of the verb at token i that an earlier event of
// the same source was coded from: "summoned a Chinese diplomat to protest
// the incident" is one act, whose pattern took "protest", not also a
// protest of the Philippines' own. Another's act the verb names stays:
// "urged the European Community to support the PLO". A general code still
// gives way to the verb's (superseded): "threatened to retaliate". Nor is
// the verb the act of a word the pattern named as part of the act:
// "clashed with police demanding the resignation of ..." is the
// protesters' demand, not the police's.
func retold(evs, earlier []*event, i int) []*event {
	return slices.DeleteFunc(evs, func(e *event) bool {
		return slices.ContainsFunc(earlier, func(f *event) bool {
			if !f.took(i) {
				return false
			}
			// "summoned the ambassadors of Britain and France to protest
			// against a resolution": a verb that does not tell another
			// to act took the infinitive as its own purpose.
			if f.source.Code == e.source.Code || f.pattern != nil && !tellsToAct(f.pattern.Anchor) {
				return true
			}
			r := tokensOf(e.sent, e.source.Span)
			return !r.empty() && slices.Contains(f.words, r.end-1)
		})
	})
}

// idiom reports whether the matched words go on into an idiom that is no
// act of the pattern's: "said many political prisoners were still behind
// bars" accuses no one of being behind anything.
func idiom(toks []text.Token, words []int) bool {
	if len(words) == 0 {
		return false
	}
	last := slices.Max(words)
	return last+1 < len(toks) && toks[last].Lower == "behind" && toks[last+1].Lower == "bars"
}

// tellsToAct reports whether a verb, by lemma, has another do what its
// infinitive or "that" clause says: "urged", "demanded that".
func tellsToAct(lemma string) bool {
	return controlVerbs[lemma] || appealVerbs[lemma] || mandateWords[lemma]
}

// modifierParticiple reports whether the verb group at ci is a participle
// that modifies the noun after it, as the object of the verb before it:
// "sheltering displaced people", "to feed starving civilians" (but not
// "continued shelling civilians", "were displaced").
func (d *doc) modifierParticiple(cl *clause, ci int) bool {
	s := cl.s
	ch := s.Chunks
	c := ch[ci]
	if d.c.opts.Literal || c.End-c.Start != 1 || ci == 0 || ci+1 >= len(ch) || ch[ci+1].Kind != phrase.NP || ch[ci-1].Kind != phrase.VP {
		return false
	}
	t, prev := s.Tokens[c.Start], s.Tokens[ch[ci-1].Head]
	if n := s.Tokens[ch[ci+1].Head]; !strings.HasPrefix(n.Tag, "NN") {
		return false
	}
	switch {
	case t.Tag == "VBD" && prev.Tag == "VBG":
		return true // the tagger's past tense after "sheltering"
	case t.Tag == "VBN":
		return !auxiliary[prev.Lemma]
	case t.Tag == "VBG":
		return !auxiliary[prev.Lemma] && !takesGerund[prev.Lemma]
	}
	return false
}

// auxiliary are the verbs a participle after which is the main verb: "were
// displaced", "has killed", "got arrested".
var auxiliary = map[string]bool{"be": true, "have": true, "get": true, "become": true, "remain": true, "seem": true}

// takesGerund are the verbs whose object may be a gerund with an object of
// its own: "continued shelling civilians", "denied arming rebels".
var takesGerund = map[string]bool{
	"continue": true, "keep": true, "stop": true, "start": true, "begin": true, "resume": true,
	"finish": true, "avoid": true, "deny": true, "risk": true, "consider": true, "suggest": true,
	"recommend": true, "admit": true, "quit": true, "halt": true, "end": true, "mention": true,
	"report": true, "allege": true, "acknowledge": true, "regret": true, "oppose": true,
	"condemn": true, "justify": true, "defend": true, "resist": true, "postpone": true, "delay": true,
	"accuse": true, "blame": true, "go": true,
}

// subordinateEnd returns the last chunk of a subordinate clause that the
// verb at chunk vi governs ("restore ties ... after crowds burned down its
// embassy"), up to the next comma, or vi when there is none. PETRARCH
// codes a verb's phrase whole, so the verbs inside it give no events of
// their own once it has coded one.
func (cl *clause) subordinateEnd(vi int) int {
	s := cl.s
	sub := false
	for ci := vi + 1; ci < len(s.Chunks); ci++ {
		c := s.Chunks[ci]
		if c.Kind == phrase.O && cl.boundaryWord(c.Start) {
			if sub {
				return ci - 1
			}
			return vi
		}
		if c.Kind == phrase.SBAR && s.Tokens[c.Start].Tag == "IN" {
			sub = true
		}
	}
	if sub {
		return len(s.Chunks) - 1
	}
	return vi
}

func dedupe(evs []*event) []*event {
	seen := map[string]bool{}
	var out []*event
	for _, e := range evs {
		k := e.source.Code + "|" + e.target.Code + "|" + e.code
		if seen[k] || superseded(e, evs) || toll(e, evs) {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// toll reports whether e is the toll of another violent act of evs, the
// sentence's events, that the same source did to a country, and e to its
// people:
// "Pakistani aircraft struck targets in Afghanistan, killing at least 10
// people" is one strike (195 to Afghanistan), its dead no second attack.
// (When the act was on someone, the dead are others: "the army and the
// RSF clashed, killing dozens of civilians".)
func toll(e *event, evs []*event) bool {
	if e.pattern == nil || !violent(e.code) || len(e.words) == 0 {
		return false
	}
	s, w := e.sent, slices.Min(e.words)
	if !tollVerbs[e.pattern.Anchor] || s.Tokens[w].Tag != "VBG" || w == 0 || !isComma(&s.Tokens[w-1]) {
		return false
	}
	if slices.ContainsFunc(evs, func(f *event) bool { return violent(f.code) && country(f.source.Code) == e.target.Country }) {
		// "The RSF shelled a camp near El Fasher, killing 30 people",
		// "Malian troops and Russian mercenaries attacked a village in
		// central Mali, killing a dozen civilians", "India and Pakistan
		// exchanged artillery fire, killing four civilians": a fight
		// the country's own forces are in is told by whom it kills.
		return false
	}
	return slices.ContainsFunc(evs, func(f *event) bool {
		return f != e && violent(f.code) && len(f.words) > 0 && slices.Max(f.words) < w &&
			f.source.Code == e.source.Code && f.target.Code == f.target.Country && f.target.Country == e.target.Country &&
			f.target.Country != ""
	})
}

// tollVerbs tell what an attack cost: "..., killing five".
var tollVerbs = map[string]bool{"kill": true, "wound": true, "injure": true}

// superseded reports whether e has a code "not specified below" (130) and
// the sentence gives the same pair a code under it, or an act to come,
// from some of the same words or the words right after them, the same act:
// "threatened to retaliate against" is the threat 1384, not also 130;
// "threatened to storm" the threat 1384 that the infinitive gives;
// "threatened to suspend the agreement" the suspension to come; "launched
// an investigation into crimes" is 091, not also 090. ("Welcomed Tokayev
// and held talks" are two acts, 043 and 040.)
// Nor is an event whose words are a strict part of another's for the same
// pair, the same act matched by a longer pattern, unless the longer one's
// code is the general one: "attempted to assassinate" is the attempt 185,
// not also the threat that "to assassinate" alone would be.
func superseded(e *event, evs []*event) bool {
	for _, f := range evs {
		if f != e && f.source.Code == e.source.Code && f.target.Code == e.target.Code &&
			len(e.words) < len(f.words) && subset(e.words, f.words) &&
			!(general(f.code) && strings.HasPrefix(e.code, f.code[:2])) {
			return true
		}
	}
	if !general(e.code) {
		return false
	}
	for _, f := range evs {
		if f == e || f.source.Code != e.source.Code || f.target.Code != e.target.Code || f.code == e.code {
			continue
		}
		under := strings.HasPrefix(f.code, e.code[:2])
		if under && shareWords(e.words, f.words) || (under || f.mode == dyad.ModeFuture) && runsInto(e.words, f.words) {
			return true
		}
	}
	return false
}

// general reports whether a code is its root's "not specified below" code:
// 130, 090.
func general(code string) bool { return len(code) == 3 && code[2] == '0' }

// subset reports whether every token index of a is in b.
func subset(a, b []int) bool {
	for _, i := range a {
		if !slices.Contains(b, i) {
			return false
		}
	}
	return true
}

// shareWords reports whether two lists of token indices share one.
func shareWords(a, b []int) bool {
	for _, i := range a {
		if slices.Contains(b, i) {
			return true
		}
	}
	return false
}

// runsInto reports whether the words b start right after the words a:
// "threatened to" and "storm".
func runsInto(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && slices.Max(a)+1 == slices.Min(b)
}

func isComma(t *text.Token) bool { return t.Lower == "," }

// group extends the noun phrase at chunk ci over "of"-phrases and
// coordinated noun phrases: "the Ambassador of Kazakhstan", "Pakistan and
// Kazakhstan", "Mordor, Rohan, Fornost and Bree". It returns the token
// range and the next chunk index.
func (d *doc) group(s *Sentence, ci int, preps string) (span, int) {
	ch := s.Chunks
	r := span{ch[ci].Start, ch[ci].End}
	j := ci + 1
	for j+1 < len(ch) {
		c := ch[j]
		w := s.Tokens[c.Start].Lower
		switch {
		case c.Kind == phrase.PP && strings.Contains(preps, " "+w+" ") && ch[j+1].Kind == phrase.NP:
		case c.Kind == phrase.PP && w == "for" && ch[j+1].Kind == phrase.NP && !d.c.opts.Literal && ch[j-1].Kind == phrase.NP && shelters[s.Tokens[ch[j-1].Head].Lemma]:
			// "a camp for Congolese refugees": whom it holds.
		case c.Kind == phrase.PP && ch[j+1].Kind == phrase.NP && !d.c.opts.Literal && d.runsOn(s, r) > r.end:
			// "the Kenya National Commission on Human Rights", "the
			// European Bank for Reconstruction and Development": a role
			// or a name that runs on past another preposition than "of".
			r.end = d.runsOn(s, r)
			for j < len(ch) && ch[j].Start < r.end {
				j++
			}
			continue
		case c.Kind == phrase.O && coordinator(w) && ch[j+1].Kind == phrase.NP && (d.c.opts.Literal || !clauseAfter(s, j) && !d.eventNoun(s, ch[j+1])):
			// Not "attacked Gaza and Hezbollah fired": the noun after
			// "and" is the subject of a clause of its own, as it is
			// of an infinitive that goes with the one before ("requires
			// Hezbollah to withdraw its fighters and Israeli troops to
			// pull out"); nor "a tariff on China and a 20% tariff on the
			// European Union": an act of its own.
		case c.Kind == phrase.O && w == "," && ch[j+1].Kind == phrase.NP && listGoesOn(s, j+1):
		case c.Kind == phrase.VP && c.Start == c.Head && whereVerbs[s.Tokens[c.Head].Lemma] && j+2 < len(ch) &&
			ch[j+1].Kind == phrase.PP && wherePrep(preps, s.Tokens[ch[j+1].Start].Lower) && ch[j+2].Kind == phrase.NP:
			// "militants operating from Afghanistan", "troops stationed
			// in Poland": where the noun's people are.
			r.end = ch[j+2].End
			j += 3
			continue
		case !d.c.opts.Literal && proxied(s, c, ch[j+1]) && j+2 < len(ch) && ch[j+2].Kind == phrase.NP:
			// "a hacker group linked to Russia", "militias backed by
			// Iran": whose proxies they are.
			r.end = ch[j+2].End
			j += 3
			continue
		case !d.c.opts.Literal && c.Kind == phrase.SBAR && (w == "who" || w == "that") && j+3 < len(ch) && ch[j+1].Kind == phrase.VP &&
			whereVerbs[s.Tokens[ch[j+1].Head].Lemma] && ch[j+2].Kind == phrase.PP && wherePrep(preps, s.Tokens[ch[j+2].Start].Lower) && ch[j+3].Kind == phrase.NP:
			// "militants who crossed from Afghanistan": so in a
			// relative clause.
			r.end = ch[j+3].End
			j += 4
			continue
		default:
			return r, j
		}
		r.end = ch[j+1].End
		j += 2
	}
	return r, j
}

// runsOn returns where a role or a name the dictionaries know, begun in r,
// ends, when it runs on past r's end; else r's end.
func (d *doc) runsOn(s *Sentence, r span) int {
	end := r.end
	for i := r.start; i < r.end; i++ {
		if m, ok := d.dict.Role(s.Tokens, i); ok {
			end = max(end, i+m.N)
		}
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
			end = max(end, i+m.N)
		}
	}
	return end
}

// proxyVerbs tie a group to a sponsor: "linked to", "backed by",
// "allied with", "affiliated with", "sponsored by".
var proxyVerbs = map[string]bool{"link": true, "tie": true, "back": true, "ally": true, "affiliate": true, "sponsor": true, "align": true}

// proxied reports whether chunks v and pp are a participle of proxyVerbs
// (or read as a past tense) and its preposition: "linked to", "backed by".
func proxied(s *Sentence, v, pp phrase.Chunk) bool {
	if v.Kind != phrase.VP || v.Start != v.Head || s.Tokens[v.Head].Tag != "VBN" && s.Tokens[v.Head].Tag != "VBD" || !proxyVerbs[s.Tokens[v.Head].Lemma] || pp.Kind != phrase.PP {
		return false
	}
	switch s.Tokens[pp.Start].Lower {
	case "to", "by", "with":
		return true
	}
	return false
}

// deedSubject reports whether actor a is written as a deed of its own, a
// noun phrase headed by one of deeds ("Beijing's unfair trade practices").
func deedSubject(s *Sentence, a dyad.Actor) bool {
	for i := len(s.Tokens) - 1; i >= 0; i-- {
		if t := s.Tokens[i]; t.Span.End == a.Span.End {
			return deeds[t.Lemma] && strings.HasPrefix(t.Tag, "NN") && t.Tag != "NNP"
		}
	}
	return false
}

// deeds are nouns of what an actor does or has, which may endanger
// something without threatening anyone.
var deeds = map[string]bool{
	"practice": true, "policy": true, "action": true, "activity": true, "behaviour": true, "behavior": true,
	"move": true, "plan": true, "program": true, "programme": true, "conduct": true, "ambition": true,
	"expansion": true, "buildup": true, "build-up": true, "subsidy": true, "measure": true, "decision": true,
}

// infinitive reports whether a verb group is a "to" infinitive.
func infinitive(s *Sentence, c phrase.Chunk) bool {
	return c.Kind == phrase.VP && s.Tokens[c.Start].Tag == "TO"
}

// bareInfinitive reports whether the verb group at chunk vi is a bare
// infinitive after the object of "help", "let" or "make": "help Syria
// rebuild".
func bareInfinitive(s *Sentence, vi int) bool {
	c := s.Chunks[vi]
	return vi >= 2 && c.Kind == phrase.VP && c.Start == c.Head && (s.Tokens[c.Head].Tag == "VB" || s.Tokens[c.Head].Tag == "VBP") &&
		s.Chunks[vi-1].Kind == phrase.NP && s.Chunks[vi-2].Kind == phrase.VP && bareGovernors[s.Tokens[s.Chunks[vi-2].Head].Lemma]
}

// byPhone reports whether s frames what it tells as a call: "in a phone
// call", "in a telephone conversation", "in a video call" (not "met
// Starmer and later spoke by phone with Macron").
func byPhone(s *Sentence) bool {
	toks := s.Tokens
	for i := 1; i+1 < len(toks); i++ {
		switch toks[i].Lemma {
		case "phone", "telephone", "video":
		default:
			continue
		}
		if n := toks[i+1].Lemma; n != "call" && n != "conversation" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if toks[j].Lower == "in" || toks[j].Lower == "during" {
				return true
			}
		}
	}
	return false
}

// phoneIn reports whether s speaks of a telephone: "Ruto spoke by telephone
// with Biden, and the two leaders discussed the funding".
func phoneIn(s *Sentence) bool {
	return slices.ContainsFunc(s.Tokens, func(t text.Token) bool { return t.Lemma == "phone" || t.Lemma == "telephone" })
}

// attacked reports whether the noun of the matched words heads the object
// of a violent verb: "opened fire on a patrol", "ambushed a convoy".
func (d *doc) attacked(cl *clause, words []int) bool {
	if len(words) == 0 {
		return false
	}
	s := cl.s
	ci := cl.chunkOf[slices.Min(words)]
	if ci > 0 && s.Chunks[ci-1].Kind == phrase.PP {
		ci--
	}
	if ci > 1 && s.Chunks[ci-1].Kind == phrase.NP && s.Tokens[s.Chunks[ci-1].Head].Lemma == "fire" && s.Chunks[ci-2].Kind == phrase.VP {
		return true // "opened fire on"
	}
	return ci > 0 && s.Chunks[ci-1].Kind == phrase.VP && d.violentVerb(&s.Tokens[s.Chunks[ci-1].Head])
}

// refusedDemands maps a rejection (CAMEO 121 to 127) to the demand and the
// appeal it answers: a rejected reform (123) a demanded one (104, 024).
var refusedDemands = map[string][2]string{
	"121": {"101", "021"}, "122": {"103", "023"}, "123": {"104", "024"}, "124": {"105", "025"},
	"125": {"106", "026"}, "126": {"108", "028"}, "127": {"107", "027"},
}

// demandOf reports whether code d is a demand or an appeal that rejection
// r answers: of the same kind, or any for a rejection of no kind (120).
func demandOf(r, d string) bool {
	if len(r) < 3 || len(d) < 3 {
		return false
	}
	k, ok := refusedDemands[r[:3]]
	if !ok {
		return r[:3] == "120" && (strings.HasPrefix(d, "10") || strings.HasPrefix(d, "02"))
	}
	return d[:3] == k[0] || d[:3] == k[1]
}

// longAfter reports whether the matched words are the verb of a clause
// that "weeks after", "two months after" or "years after" opens: an act
// long past when the news came (not "two weeks after").
func longAfter(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	toks := s.Tokens
	for i := slices.Min(words) - 1; i > 0; i-- {
		switch t := toks[i]; {
		case t.Lower == "after":
			switch toks[i-1].Lemma {
			case "month", "year", "decade":
				return true
			case "week":
				// "weeks after", not "two weeks after" (the attack the
				// news answers: "India struck nine sites in Pakistan,
				// two weeks after gunmen killed 26 tourists").
				return i < 2 || toks[i-2].Tag != "CD"
			}
			return false
		case isComma(&t) || strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD":
			return false
		}
	}
	return false
}

// stative reports whether a verb, by lemma, says what is rather than what
// is done: "be", and "have" as a main verb ("had no permission").
func stative(lemma string) bool { return lemma == "be" || lemma == "have" }

// subjunctive reports whether the verb group at chunk vi is a one-word
// present or base form in a "that" clause right after its subject, which
// a finite verb in the past governs: "demanded that Yoon resign".
func subjunctive(s *Sentence, vi int) bool {
	ch := s.Chunks
	if vi < 3 || ch[vi].Kind != phrase.VP || ch[vi].Start != ch[vi].Head {
		return false
	}
	if t := s.Tokens[ch[vi].Head].Tag; t != "VB" && t != "VBP" {
		return false
	}
	return ch[vi-1].Kind == phrase.NP && (ch[vi-2].Kind == phrase.SBAR || ch[vi-2].Kind == phrase.PP) && s.Tokens[ch[vi-2].Start].Lower == "that" &&
		ch[vi-3].Kind == phrase.VP && tense(s, ch[vi-3]) == "VBD"
}

// clauseAfter reports whether the noun phrase after the coordinator at
// chunk j is the subject of a clause of its own: of a finite verb
// ("attacked Gaza and Hezbollah fired"), or of an infinitive that goes
// with one before it ("to withdraw its fighters and Israeli troops to pull
// out").
func clauseAfter(s *Sentence, j int) bool {
	if j+2 >= len(s.Chunks) {
		return false
	}
	v := s.Chunks[j+2]
	return v.Kind == phrase.VP && (finiteVerb(s, v) || infinitive(s, v) && afterInfinitive(s, j))
}

// afterInfinitive reports whether the nearest verb group before chunk ci
// is a "to" infinitive whose object the noun phrase at ci is in ("to
// withdraw its fighters north of the Litani River"), not one whose
// objects are told to act ("to invite Saudi Arabia and Qatar to join").
func afterInfinitive(s *Sentence, ci int) bool {
	for k := ci - 1; k >= 0; k-- {
		if c := s.Chunks[k]; c.Kind == phrase.VP {
			return objectInfinitive(s, c)
		}
	}
	return false
}

// objectInfinitive reports whether a verb group is a "to" infinitive that
// does not tell its object to act: "to withdraw", not "to invite".
func objectInfinitive(s *Sentence, c phrase.Chunk) bool {
	return infinitive(s, c) && !controlVerbs[s.Tokens[c.Head].Lemma]
}

// whereVerbs, by lemma, say where the people of the noun before them are
// or come from, as a participle or in a relative clause: "militants
// operating from Afghanistan", "troops stationed in Poland", "militants
// who crossed from Afghanistan".
var whereVerbs = map[string]bool{
	"operate": true, "base": true, "station": true, "live": true, "reside": true, "active": true,
	"hide": true, "deploy": true, "hole": true, "cross": true, "come": true, "infiltrate": true,
	"enter": true, "slip": true,
}

// headlinePair reports whether the noun phrases at chunks a and a+2, a
// comma between them, open the sentence as a headline's compound subject
// before its verb: "Pakistan, Iran agree to de-escalate", "Vietnam, Japan
// elevate ties". Both are bare proper names.
func headlinePair(s *Sentence, a int) bool {
	ch := s.Chunks
	if a != 0 || a+3 >= len(ch) || ch[a].Kind != phrase.NP || ch[a+2].Kind != phrase.NP || ch[a+3].Kind != phrase.VP ||
		s.Tokens[ch[a+1].Start].Lower != "," {
		return false
	}
	for _, c := range []phrase.Chunk{ch[a], ch[a+2]} {
		for i := c.Start; i < c.End; i++ {
			if t := s.Tokens[i].Tag; t != "NNP" && t != "NNPS" && !(t == "DT" && i == c.Start) {
				return false
			}
		}
	}
	return true
}

// wherePrep reports whether a phrase after one of whereVerbs and
// the preposition w says where: one of preps, or "from".
func wherePrep(preps, w string) bool {
	return w == "from" || strings.Contains(preps, " "+w+" ")
}

// eventNoun reports whether a noun phrase is headed by a noun that names an
// act in the verb dictionaries ("tariff", "attack"), not an actor.
func (d *doc) eventNoun(s *Sentence, c phrase.Chunk) bool {
	// A name is no act: "Qatar and the United States" ("States" is no
	// "state of emergency").
	h := &s.Tokens[c.Head]
	return h.Tag != "NNP" && h.Tag != "NNPS" && len(d.dict.NounPatterns(h.Lemma)) > 0
}

// listGoesOn reports whether the noun phrases from chunk ci on, separated
// by commas, end in "and" or "or" and a last noun phrase: a list, not an
// apposition.
func listGoesOn(s *Sentence, ci int) bool {
	ch := s.Chunks
	for j := ci; j+2 < len(ch) && ch[j].Kind == phrase.NP; j += 2 {
		w := s.Tokens[ch[j+1].Start].Lower
		switch {
		case w == "and" || w == "or":
			return ch[j+2].Kind == phrase.NP
		case w == ",":
			if j+3 < len(ch) && ch[j+2].Kind == phrase.O && (s.Tokens[ch[j+2].Start].Lower == "and" || s.Tokens[ch[j+2].Start].Lower == "or") {
				return ch[j+3].Kind == phrase.NP // the serial comma
			}
		default:
			return false
		}
	}
	return false
}

// subjectPreps are the prepositions a subject may carry: "the Ambassador of
// Kazakhstan to Pakistan", "officials from Pakistan".
const subjectPreps = " of to from in for at with "

// asidePreps open a phrase that says when or what about, whose actors are
// no party to the act: "after a meeting in Astana", "traded accusations
// over the Western Sahara dispute".
var asidePreps = map[string]bool{
	"after": true, "before": true, "during": true, "since": true, "until": true, "following": true,
	"amid": true, "ahead": true, "over": true, "about": true, "regarding": true, "concerning": true,
}

// asideGroupPreps are the prepositions of the phrases an aside holds: all of
// "during Putin's visit to Pyongyang" says when.
const asideGroupPreps = " of to from in for at with on by between inside within across throughout "

// overPlace reports whether chunk ci is "over" before a place ("strikes
// over northern Iraq"), where, unlike "over the dispute", it says where.
func (d *doc) overPlace(s *Sentence, ci int) bool {
	if s.Tokens[s.Chunks[ci].Start].Lower != "over" || ci+1 >= len(s.Chunks) {
		return false
	}
	c := s.Chunks[ci+1]
	m, ok := d.dict.Actor(s.Tokens, c.Head, d.date)
	if !ok {
		for i := c.Start; i < c.Head && !ok; i++ {
			m, ok = d.dict.Actor(s.Tokens, i, d.date)
			ok = ok && i+m.N > c.Head
		}
	}
	return ok && m.Entry.Kind.Place()
}

// actWhere cuts a subject that opens with an act of violence down to the
// act where a phrase of where follows it: "Strikes in Rafah killed 20
// people" were no one's of Rafah ("Israeli strikes in Rafah" are Israel's).
func actWhere(cl *clause, g span) span {
	s := cl.s
	ci := cl.chunkOf[g.start]
	ch := s.Chunks
	if g.empty() || ch[ci].Kind != phrase.NP || ci+1 >= len(ch) || ch[ci+1].Kind != phrase.PP || ch[ci+1].Start >= g.end ||
		!violentAct(s.Tokens[ch[ci].Head].Lemma) || !where(s.Tokens[ch[ci+1].Start].Lower) {
		return g
	}
	return span{g.start, ch[ci].End}
}

// violentVerb reports whether the verb at t codes violence (roots 18 to
// 20) alone or with its target only: "attacked", "killing", "fired at";
// not "accused", "said".
func (d *doc) violentVerb(t *text.Token) bool {
	for _, p := range d.patterns(t, false) {
		if violent(p.Code) && (len(p.After) == 0 || len(p.After) == 1 && p.After[0].Kind == lexicon.ElemTarget ||
			len(p.After) == 2 && p.After[0].Kind == lexicon.ElemWord && p.After[1].Kind == lexicon.ElemTarget) {
			return true
		}
	}
	return false
}

// violentAct reports whether a noun names an act of violence (actNouns):
// "an Israeli strike", "the Russian attack".
func violentAct(lemma string) bool {
	return slices.ContainsFunc(actNouns[lemma], violent)
}

// objectPreps are those an object carries: "the city of Multan",
// "villages in Afghanistan", "targets across the Gaza Strip", "a base
// near Homs".
const objectPreps = " of in inside within across throughout near "

// objectPrep reports whether w is one of objectPreps: a phrase after it
// says where, or whose, the noun before it is.
func objectPrep(w string) bool { return strings.Contains(objectPreps, " "+w+" ") }

// subject finds the subject of the verb group at chunk vi.
func (d *doc) subject(cl *clause, vi, depth int) span {
	if depth > 3 {
		return span{}
	}
	if r, ok := cl.subj[vi]; ok && depth > 0 {
		return r
	}
	s := cl.s
	ch := s.Chunks
	j := vi - 1
	// Adverbs and time phrases stand between a subject and its verb:
	// "Yeltsin on Saturday hosted".
	for j >= 0 {
		switch {
		case ch[j].Kind == phrase.ADVP, ch[j].Kind == phrase.O && quoteMark(s.Tokens[ch[j].Start].Tag):
			// "Tehran \"will respond decisively\"": past the quotation
			// mark too.
			j--
			continue
		case s.Tokens[ch[j].Start].Tag == "-RRB-":
			// "The European Union (EU) agree": past the parenthesis.
			k := j - 1
			for k >= 0 && s.Tokens[ch[k].Start].Tag != "-LRB-" {
				k--
			}
			if k < 0 {
				break
			}
			j = k - 1
			continue
		case ch[j].Kind == phrase.NP && cl.inDate(ch[j].Start, ch[j].End):
			j--
			if j >= 0 && ch[j].Kind == phrase.PP {
				j--
			}
			continue
		}
		break
	}
	if j < 0 {
		return span{}
	}
	c := ch[j]
	first := s.Tokens[c.Start]
	// "issued a statement condemning", "marched through Nairobi,
	// demanding": a participle after the object its clause's subject
	// issued, or after the clause, is that subject's act.
	if gerund := ch[vi].Start == ch[vi].Head && s.Tokens[ch[vi].Head].Tag == "VBG"; gerund && !d.c.opts.Literal {
		// "spoke after meeting his counterpart", "After meeting his
		// counterpart, Wang said": the gerund's doer is the clause's
		// subject, before it or, opening the sentence, after it.
		// "Afghan forces responded by firing at border posts": the
		// means a verb with no object is done by is its subject's act.
		// So after a verb joined by "and" that the tagger read as a
		// participle ("had violated its airspace and responded by closing").
		if ch[j].Kind == phrase.PP && first.Lower == "by" && j > 0 && ch[j-1].Kind == phrase.VP &&
			(finiteVerb(s, ch[j-1]) || j >= 2 && ch[j-2].Kind == phrase.O && coordinator(s.Tokens[ch[j-2].Start].Lower)) {
			return d.subject(cl, j-1, depth+1)
		}
		if ch[j].Kind == phrase.PP && phrase.GerundPrep(first.Lower) {
			for k := j - 1; k >= 0 && ch[k].Kind != phrase.SBAR; k-- {
				if ch[k].Kind == phrase.VP && finiteVerb(s, ch[k]) {
					return d.subject(cl, k, depth+1)
				}
			}
			for k := vi + 1; k < len(ch) && ch[k].Kind != phrase.SBAR; k++ {
				if ch[k].Kind == phrase.VP && finiteVerb(s, ch[k]) {
					return d.subject(cl, k, depth+1)
				}
			}
			return span{}
		}
		// The statement may stand before a phrase of where: "filed a case
		// at the International Court of Justice accusing".
		sj := j
		for n := 0; n < 2 && sj >= 2 && !statementNouns[s.Tokens[ch[sj].Head].Lemma] && ch[sj-1].Kind == phrase.PP && ch[sj-2].Kind == phrase.NP; n++ {
			sj -= 2
		}
		if c.Kind == phrase.NP && statementNouns[s.Tokens[ch[sj].Head].Lemma] {
			g := d.leftGroup(cl, sj)
			if k := cl.chunkOf[g.start] - 1; k >= 0 && ch[k].Kind == phrase.VP && issuingVerbs[s.Tokens[ch[k].Head].Lemma] {
				return d.subject(cl, k, depth+1)
			}
		}
		if c.Kind == phrase.NP && j >= 2 && ch[j-1].Kind == phrase.PP && wherePreps[s.Tokens[ch[j-1].Start].Lower] && ch[j-2].Kind == phrase.VP && finiteVerb(s, ch[j-2]) {
			// "rallied outside parliament on Wednesday demanding the
			// resignation": where a verb with no object was done is
			// no doer; its subject is.
			return d.subject(cl, j-2, depth+1)
		}
		if c.Kind == phrase.NP {
			// "fired tear gas at students demanding the resignation":
			// the noun the participle follows, when the phrase that
			// holds it names no one.
			if g := d.leftGroup(cl, j); len(d.resolve(s, g)) == 0 {
				return span{c.Start, c.End}
			}
		}
		if isComma(&first) {
			// The clause's own verb, past a relative clause's ("fired
			// at protesters who stormed parliament, killing five"),
			// unless only the relative clause's is violent and so is
			// the participle: "accused the Taliban of sheltering
			// militants who attacked a police post, killing four
			// policemen" is the militants' killing.
			rel := -1
			for k := j - 1; k >= 0; k-- {
				if ch[k].Kind == phrase.VP && finiteVerb(s, ch[k]) && inRelativeClause(s, k) && rel < 0 &&
					!d.c.opts.Literal && d.violentVerb(&s.Tokens[ch[k].Head]) && d.violentVerb(&s.Tokens[ch[vi].Head]) {
					rel = k
				}
				if ch[k].Kind == phrase.VP && finiteVerb(s, ch[k]) && !inRelativeClause(s, k) {
					if rel >= 0 && !d.violentVerb(&s.Tokens[ch[k].Head]) {
						return d.subject(cl, rel, depth+1)
					}
					// "launched a satellite, the military said, defying
					// U.N. resolutions": not the attribution's verb,
					// unless the participle says something too ("...,
					// the military said, condemning the launch").
					if a := attribution(s, k); a >= 0 && !speechActs[s.Tokens[ch[vi].Head].Lemma] && !sayVerbs[s.Tokens[ch[vi].Head].Lemma] {
						k = a
						continue
					}
					return d.subject(cl, k, depth+1)
				}
				if ch[k].Kind == phrase.SBAR && !relative(s, ch[k]) {
					break
				}
			}
			if !d.c.opts.Literal && j >= 1 && ch[j-1].Kind == phrase.NP && d.leftGroup(cl, j-1).start == 0 {
				// "Prince Faisal, speaking by telephone with Araghchi,
				// urged Tehran": a participle set off after the
				// sentence's subject is the subject's act, as its verb
				// after the closing comma is.
				for k := vi + 1; k+1 < len(ch) && ch[k].Kind != phrase.SBAR; k++ {
					if isComma(&s.Tokens[ch[k].Start]) {
						if ch[k+1].Kind == phrase.VP && finiteVerb(s, ch[k+1]) {
							return d.subject(cl, k+1, depth+1)
						}
						break
					}
				}
			}
		}
	}
	if k := d.purposeOf(cl, vi, j); k >= 0 {
		return d.subject(cl, k, depth+1)
	}
	// "the plane that crashed in Kazakhstan had been shot down": the
	// relative clause's noun, not the last noun of that clause (a group
	// that holds the clause, "Militants who crossed from Afghanistan",
	// stays whole).
	if c.Kind == phrase.NP && !d.c.opts.Literal && finiteVerb(s, ch[vi]) {
		if r := relativeBefore(s, j); r >= 0 && d.leftGroup(cl, j).start > ch[r].Start {
			return d.leftGroup(cl, r)
		}
	}
	switch {
	case c.Kind == phrase.NP:
		// "Russia became the first country to recognise the Taliban
		// government": the first one to do it is the copula's subject.
		if !d.c.opts.Literal && s.Tokens[ch[vi].Start].Tag == "TO" && c.End-c.Start >= 3 && s.Tokens[c.Start].Lower == "the" &&
			ordinalFirst[s.Tokens[c.Start+1].Lower] && j > 0 && ch[j-1].Kind == phrase.VP && (s.Tokens[ch[j-1].Head].Lemma == "be" || s.Tokens[ch[j-1].Head].Lemma == "become") &&
			len(d.resolve(s, span{c.Start, c.End})) == 0 {
			return d.subject(cl, j-1, depth+1)
		}
		g := d.leftGroup(cl, j)
		if !d.c.opts.Literal {
			g = actWhere(cl, g)
			// "demanding a deal to free the hostages": the deal's
			// doer, whom the sentence does not name.
			if s.Tokens[ch[vi].Start].Tag == "TO" && infinitiveNouns[s.Tokens[c.Head].Lemma] && len(d.resolve(s, g)) == 0 {
				// "continue its efforts to mediate": the owner's.
				if s.Tokens[c.Start].Tag == "PRP$" {
					return span{c.Start, c.Start + 1}
				}
				return span{}
			}
		}
		// "Guterres's decision to go to Kazan was wrong": the noun the
		// infinitive phrase belongs to, not the infinitive's object.
		if k := cl.chunkOf[g.start] - 1; !d.c.opts.Literal && k >= 2 && ch[k].Kind == phrase.PP && ch[k-1].Kind == phrase.VP &&
			s.Tokens[ch[k-1].Start].Tag == "TO" && ch[k-2].Kind == phrase.NP && infinitiveNouns[s.Tokens[ch[k-2].Head].Lemma] {
			return d.leftGroup(cl, k-2)
		}
		// "The Red Cross operating in Iraq said": the noun the participle
		// phrase modifies.
		k := cl.chunkOf[g.start] - 1
		if k > 0 && ch[k].Kind == phrase.PP {
			k--
		}
		if k > 0 && participle(s, ch[k]) && ch[k-1].Kind == phrase.NP {
			return d.leftGroup(cl, k-1)
		}
		return g
	case c.Kind == phrase.VP:
		// "the M23 rebels, which Kinshasa and the United Nations say are
		// backed by Rwanda": a finite verb right after a verb of saying
		// has the relative's noun for subject, not the sayer.
		if !d.c.opts.Literal && clauseVerbs[s.Tokens[c.Head].Lemma] && finiteVerb(s, ch[vi]) && finiteVerb(s, c) {
			if g := d.subject(cl, j, depth+1); !g.empty() {
				if k := cl.chunkOf[g.start] - 1; k >= 0 && relative(s, ch[k]) && s.Tokens[ch[k].Start].Lower != "what" {
					return d.subject(cl, k+1, depth+1)
				}
			}
		}
		// "plans to visit": the subject of the governing verb; so for two
		// verbs in a row ("will not wire tap").
		return d.subject(cl, j, depth+1)
	case (c.Kind == phrase.ADJP || c.Kind == phrase.PP) && j > 0 && ch[j-1].Kind == phrase.VP:
		// "is willing to withdraw", "is about to restore": the subject of
		// the copula.
		if s.Tokens[ch[vi].Start].Tag == "TO" {
			return d.subject(cl, j-1, depth+1)
		}
	case isComma(&first):
		// "X, the ambassador, visited" or "X, who ..., visited".
		k := j - 1
		for k >= 0 && !isComma(&s.Tokens[ch[k].Start]) {
			k--
		}
		if k <= 0 {
			return span{}
		}
		inner := span{ch[k+1].Start, ch[j-1].End}
		if j-1 < k+1 {
			return span{}
		}
		outer := d.leftGroup(cl, k-1)
		if outer.empty() {
			return span{}
		}
		if ch[k+1].Kind == phrase.SBAR {
			return outer
		}
		if w := s.Tokens[inner.start].Lower; (w == "along" || w == "together") && inner.end-inner.start > 2 && s.Tokens[inner.start+1].Lower == "with" && !d.c.opts.Literal {
			// "Germany, along with France and Britain, called on Iran":
			// all of them.
			return span{outer.start, inner.end}
		}
		if w := s.Tokens[inner.start].Lower; w == "including" && inner.end-inner.start > 1 && !d.c.opts.Literal && len(d.resolve(s, span{inner.start + 1, inner.end})) > 0 {
			// "Several leaders, including Estonian Prime Minister Kaja
			// Kallas, accused Orban", "NATO members, including Poland":
			// the doers the text names, not a group of them ("leaders"
			// read as the dateline's).
			return span{inner.start + 1, inner.end}
		}
		d.apposition(cl, outer, inner)
		return outer
	case relative(s, c):
		k := j - 1
		if k >= 0 && isComma(&s.Tokens[ch[k].Start]) {
			k--
		}
		// "that" and "which" stand for things as often: only a noun
		// that is no preposition's object is their doer ("shot down
		// Russian drones that violated its airspace", not "the bombing
		// in Kabul that killed 20 people" or "a campaign of espionage
		// that targeted lawmakers").
		thing := (first.Lower == "that" || first.Lower == "which") && k >= 0 && (k == 0 || ch[k-1].Kind != phrase.PP)
		if k >= 0 && ch[k].Kind == phrase.NP && thing {
			return span{ch[k].Start, ch[k].End}
		}
		// "supplying drones to the Rapid Support Forces, which attacked
		// Port Sudan": a group named after a preposition, set off by a
		// comma, is the doer (a place there is not: "the bombing in
		// Kabul, which killed 20").
		if k >= 0 && k < j-1 && first.Lower == "which" && ch[k].Kind == phrase.NP && !d.c.opts.Literal && d.namedBody(s, ch[k]) {
			return span{ch[k].Start, ch[k].End}
		}
		if k >= 0 && ch[k].Kind == phrase.NP && first.Lower == "who" {
			// "fired tear gas at protesters who stormed parliament": the
			// relative's noun is the one before it, not the phrase that
			// holds it after a preposition ("of" aside).
			g := d.leftGroup(cl, k)
			for p := k - 1; p > cl.chunkOf[g.start]; p-- {
				if ch[p].Kind == phrase.PP && s.Tokens[ch[p].Start].Lower != "of" {
					g.start = ch[p+1].Start
					break
				}
			}
			return g
		}
	case first.Lower == "and" || first.Lower == "but" || first.Lower == "or":
		// "X visited Multan and was invited": the earlier verb's subject;
		// a finite verb's, past infinitives and participles between ("X
		// welcomed a deal for GE to build engines in India and pledged").
		finite := finiteVerb(s, ch[vi])
		// ", and" goes back past a relative clause's verb: "accused
		// China of a campaign that targeted lawmakers, and imposed
		// sanctions".
		commaAnd := ch[j].Start > 0 && s.Tokens[ch[j].Start-1].Lower == ","
		for k := j - 1; k >= 0; k-- {
			if commaAnd && k > 0 && ch[k].Kind == phrase.VP && relative(s, ch[k-1]) {
				k-- // and past its "that"
				continue
			}
			// A subjunctive is none for a verb in the past: "demanded that
			// Yoon resign immediately and filed a criminal complaint" is
			// the demander's complaint.
			if finite && !d.c.opts.Literal && s.Tokens[ch[vi].Head].Tag == "VBD" && subjunctive(s, k) {
				return d.subject(cl, k-3, depth+1)
			}
			// A bare infinitive the tagger read as a present is none
			// ("pledged to help Syria rebuild its army and offered").
			if ch[k].Kind == phrase.VP && (!finite || finiteVerb(s, ch[k]) && (d.c.opts.Literal || !bareInfinitive(s, k))) {
				if m := cl.speechOver(k); m >= 0 && tense(s, ch[vi]) == tense(s, ch[m]) &&
					(tense(s, ch[k]) != tense(s, ch[m]) || stative(s.Tokens[ch[k].Head].Lemma) && !stative(s.Tokens[ch[vi].Head].Lemma) ||
						commaAnd && !d.c.opts.Literal && perfect(s, ch[k]) && !perfect(s, ch[vi]) ||
						!d.c.opts.Literal && d.verbInfo(cl, k).passive && perfect(s, ch[k]) && !d.verbInfo(cl, vi).passive) {
					// "Nurtleu noted that Korea is a key partner and
					// expressed confidence", "said its staff were safe
					// and summoned", "told reporters that the protesters
					// had no permission ... and warned": the verb of
					// speech's subject, whose
					// tense the second verb has, and who acts where the
					// clause only says what is; so past a comma after a
					// past perfect ("said the remarks had caused anger,
					// and demanded"; not "said soldiers had surrounded
					// his home and placed him under house arrest"), or
					// after a passive past perfect ("said 271 people had
					// been arrested and accused criminal gangs").
					return d.subject(cl, m, depth+1)
				}
				sub := d.subject(cl, k, depth+1)
				if m := cl.speechOver(k); m >= 0 && !d.c.opts.Literal && !sub.empty() && (len(d.resolve(s, sub)) == 0 || weapons[s.Tokens[sub.end-1].Lemma] && ch[k].Start != ch[k].Head) {
					// "Algeria said the drone had violated its airspace
					// and closed its airspace to Malian flights": a thing
					// that names no one acts no more, nor a weapon past the
					// perfect of what it did ("Indian missiles hit six sites
					// and killed 31 civilians" still kill); the speaker does.
					if spk := d.subject(cl, m, depth+1); len(d.resolve(s, spk)) > 0 {
						return spk
					}
				}
				return sub
			}
			if ch[k].Kind == phrase.SBAR {
				break
			}
		}
	}
	return span{}
}

// purposeOf returns the verb group whose subject the infinitive at vi says
// the purpose of, or -1: "blocked roads in Paris to protest", an
// infinitive after a verb's object (ending at chunk j), unless the verb
// has its object do it ("urged Iran to release") or a noun takes the
// infinitive ("the right of Russian troops to fire", "plans to sell"), and
// the noun has its own doer.
func (d *doc) purposeOf(cl *clause, vi, j int) int {
	s := cl.s
	ch := s.Chunks
	// A date is no object the infinitive would be the purpose of: what
	// goes before it is ("met in Athens on Monday to improve relations";
	// "agreed on Wednesday to cooperate" has none).
	j = cl.pastDate(j)
	if d.c.opts.Literal || j < 0 || ch[j].Kind != phrase.NP || s.Tokens[ch[vi].Start].Tag != "TO" {
		return -1
	}
	// "became the first Indian prime minister to visit Ukraine": the
	// noun's act, which happened, no purpose.
	if np := ch[j]; np.End-np.Start >= 3 && s.Tokens[np.Start].Lower == "the" && ordinalFirst[s.Tokens[np.Start+1].Lower] {
		return -1
	}
	k := cl.objectOf(j)
	if k < 0 || controlVerbs[s.Tokens[ch[k].Head].Lemma] || cl.infinitiveNoun(k+1, j) {
		return -1
	}
	return k
}

// meetingBefore reports whether the infinitive at vi follows a meeting
// verb with no object, past a date: "due to meet on Tuesday to discuss".
func (cl *clause) meetingBefore(vi int) bool {
	s := cl.s
	ch := s.Chunks
	if s.Tokens[ch[vi].Start].Tag != "TO" {
		return false
	}
	j := cl.pastDate(vi - 1)
	return j >= 0 && ch[j].Kind == phrase.VP && meetingVerbs[s.Tokens[ch[j].Head].Lemma]
}

// toAnswer reports whether an infinitive of answering to justice ("to
// face charges", "to stand trial", "to appear before the court") follows
// the verb at vi in its clause.
func (cl *clause) toAnswer(vi int) bool {
	s := cl.s
	for k := vi + 1; k < len(s.Chunks) && k <= vi+6; k++ {
		c := s.Chunks[k]
		if c.Kind == phrase.SBAR || c.Kind == phrase.O && cl.boundaryWord(c.Start) {
			return false
		}
		if c.Kind == phrase.VP && s.Tokens[c.Start].Tag == "TO" {
			switch s.Tokens[c.Head].Lemma {
			case "face":
				return k+1 < len(s.Chunks) && s.Chunks[k+1].Kind == phrase.NP && answerNouns[s.Tokens[s.Chunks[k+1].Head].Lemma]
			case "stand":
				return c.Head+1 < len(s.Tokens) && s.Tokens[c.Head+1].Lower == "trial"
			case "appear":
				return c.Head+1 < len(s.Tokens) && s.Tokens[c.Head+1].Lower == "before"
			}
			return false
		}
	}
	return false
}

// answerNouns are what one faces in a court: "to face charges".
var answerNouns = map[string]bool{"charge": true, "trial": true, "justice": true, "prosecution": true, "sentence": true, "court": true}

// pastDate returns the chunk before a date that chunk j ends ("on
// Tuesday"), with its preposition, or j.
func (cl *clause) pastDate(j int) int {
	ch := cl.s.Chunks
	if j > 0 && ch[j].Kind == phrase.NP && cl.inDate(ch[j].Start, ch[j].End) {
		if j--; ch[j].Kind == phrase.PP {
			j--
		}
	}
	return j
}

// unadopted reports whether the verb group at vi is a participle that
// says what a statement, vetoed, blocked or rejected, would have said:
// "vetoed a resolution calling on".
func unadopted(s *Sentence, vi int) bool {
	ch := s.Chunks
	c := ch[vi]
	if vi < 2 || c.Start != c.Head || s.Tokens[c.Head].Tag != "VBG" || ch[vi-1].Kind != phrase.NP || !statementNouns[s.Tokens[ch[vi-1].Head].Lemma] || ch[vi-2].Kind != phrase.VP {
		return false
	}
	return blockingVerbs[s.Tokens[ch[vi-2].Head].Lemma]
}

// blockingVerbs keep what their object names from coming about: "vetoed a
// package of EU aid", "blocked a statement criticising China".
var blockingVerbs = map[string]bool{"veto": true, "block": true, "reject": true, "defeat": true}

// toldThen reports whether date x is that of the telling of an act to come
// told after it: "announced in January 2024 that they would leave the
// bloc", where the act, told long ago, is history too.
func (d *doc) toldThen(cl *clause, words []int, x *when.Expr) bool {
	s := cl.s
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	di := -1
	for k := 0; k < first; k++ {
		if s.Tokens[k].Span.Start >= x.Span.Start {
			di = k
			break
		}
	}
	for k := di - 1; k >= 0 && k >= di-3; k-- {
		if t := &s.Tokens[k]; strings.HasPrefix(t.Tag, "VB") {
			return clauseVerbs[t.Lemma] && t.Tag == "VBD"
		}
	}
	return false
}

// promiseVerbs bind their subject to what their infinitive says.
var promiseVerbs = map[string]bool{"agree": true, "pledge": true, "promise": true, "vow": true, "commit": true, "undertake": true, "swear": true}

// promisedNot returns the verb group of a promise that governs the "not
// to" infinitive at vi, "agreed not to attack", or -1.
func promisedNot(cl *clause, vi int) int {
	s := cl.s
	k := s.Chunks[vi].Start
	if s.Tokens[k].Tag != "TO" || k < 2 || s.Tokens[k-1].Lower != "not" && s.Tokens[k-1].Lower != "never" {
		return -1
	}
	if g := governorOf(s, vi, 2); g >= 0 && promiseVerbs[s.Tokens[s.Chunks[g].Head].Lemma] {
		return g
	}
	return -1
}

// meetingVerbs tell of a meeting, whose purpose of talks is the meeting
// itself.
var meetingVerbs = map[string]bool{"meet": true, "gather": true, "convene": true, "confer": true}

// aim reports whether an act of code, as an infinitive's purpose, is what
// its subject aims at rather than what it did: cooperation ("met in Athens
// to improve relations", "held talks to ease tensions"), not what the act
// itself does ("opened the crossing to allow aid in", "blocked roads to
// protest", "opened fire to disperse").
func aim(code string) bool {
	return len(code) >= 2 && code[:2] >= "03" && code[:2] <= "06" || strings.HasPrefix(code, "087")
}

// controlVerbs have their object do what the infinitive after it says:
// "urged Iran to release", "sent envoys to mediate", "appointed him to
// lead".
var controlVerbs = map[string]bool{
	"urge": true, "ask": true, "call": true, "persuade": true, "convince": true, "invite": true,
	"allow": true, "permit": true, "force": true, "compel": true, "oblige": true, "encourage": true, "commit": true,
	"order": true, "tell": true, "instruct": true, "direct": true, "press": true, "pressure": true,
	"push": true, "want": true, "expect": true, "enable": true, "empower": true, "authorize": true,
	"authorise": true, "advise": true, "warn": true, "request": true, "require": true, "get": true,
	"help": true, "lead": true, "appeal": true, "beg": true, "remind": true, "challenge": true,
	"prompt": true, "cause": true, "give": true, "send": true, "deploy": true, "dispatch": true,
	"appoint": true, "nominate": true, "elect": true, "name": true, "choose": true, "select": true,
	"assign": true, "hire": true, "recruit": true, "train": true, "pay": true, "mandate": true,
	"like": true, "prefer": true, "need": true, "wish": true, "leave": true,
}

// infinitiveNouns take an infinitive that says what their doer would do:
// "the right of Russian troops to fire", "plans to sell", "a bid to join".
var infinitiveNouns = map[string]bool{
	"right": true, "plan": true, "decision": true, "attempt": true, "bid": true, "effort": true,
	"move": true, "ability": true, "permission": true, "request": true, "call": true, "order": true,
	"agreement": true, "deal": true, "proposal": true, "offer": true, "threat": true, "promise": true,
	"pledge": true, "commitment": true, "readiness": true, "willingness": true, "refusal": true,
	"failure": true, "chance": true, "opportunity": true, "need": true, "obligation": true,
	"power": true, "authority": true, "mandate": true, "resolution": true, "campaign": true,
	"push": true, "drive": true, "initiative": true, "aim": true, "intention": true, "demand": true,
	"appeal": true, "invitation": true, "license": true, "licence": true, "approval": true,
	"authorization": true, "authorisation": true, "vote": true, "motion": true, "law": true,
	"bill": true, "scheme": true, "program": true, "programme": true, "project": true, "way": true,
	"memorandum": true, "mou": true, "understanding": true, "accord": true, "pact": true, "treaty": true,
	"roadmap": true, "framework": true,
}

// infinitiveNoun reports whether one of the noun phrases from chunk i to
// chunk j is headed by one of the infinitiveNouns.
func (cl *clause) infinitiveNoun(i, j int) bool {
	for k := i; k <= j; k++ {
		if c := cl.s.Chunks[k]; c.Kind == phrase.NP && infinitiveNouns[cl.s.Tokens[c.Head].Lemma] {
			return true
		}
	}
	return false
}

// objectOf returns the verb group whose object, with the phrases after it
// up to chunk j, the noun phrase at j is: "blocked roads in Paris"; -1 when
// a clause boundary or a subject stands between.
func (cl *clause) objectOf(j int) int {
	ch := cl.s.Chunks
	and := false
	for k := j - 1; k >= 0; k-- {
		switch ch[k].Kind {
		case phrase.NP, phrase.PP, phrase.ADVP:
			if isComma(&cl.s.Tokens[ch[k].Start]) {
				return -1
			}
		case phrase.VP:
			if and && infinitive(cl.s, ch[k]) {
				// "requires Hezbollah to withdraw its fighters and
				// Israeli troops to pull out": a second infinitive
				// with its own subject.
				return -1
			}
			return k
		case phrase.O:
			// "visited New Delhi and Islamabad to defuse tensions":
			// past a compound object.
			if !coordinator(cl.s.Tokens[ch[k].Start].Lower) {
				return -1
			}
			and = true
		default:
			return -1
		}
	}
	return -1
}

// relative reports whether a chunk opens a relative clause: "who",
// "which".
func relative(s *Sentence, c phrase.Chunk) bool {
	return c.Kind == phrase.SBAR && (s.Tokens[c.Start].Tag == "WP" || s.Tokens[c.Start].Tag == "WDT")
}

// inRelativeClause reports whether the verb group at chunk k is in a
// relative clause: a relative pronoun stands before it with no comma between,
// across the clause's own subject and verbs ("a boat that Washington said
// was carrying drugs", "protesters who stormed parliament").
func inRelativeClause(s *Sentence, k int) bool {
	for m := k - 1; m >= 0; m-- {
		c := s.Chunks[m]
		switch {
		case relative(s, c), s.Tokens[c.Start].Lower == "that" && c.End-c.Start == 1 && m > 0 && s.Chunks[m-1].Kind == phrase.NP:
			// "that" after a noun opens a clause about it too.
			return true
		case c.Kind == phrase.O:
			return false
		}
	}
	return false
}

// namedBody reports whether noun phrase c ends with the name of a group or
// an organisation: "the Rapid Support Forces".
func (d *doc) namedBody(s *Sentence, c phrase.Chunk) bool {
	for i := c.Start; i < c.End; i++ {
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && i+m.N == c.End {
			k := m.Entry.Kind
			return k == lexicon.Group || k == lexicon.IGO || k == lexicon.NGO
		}
	}
	return false
}

// relativeBefore returns the chunk of the noun a restrictive relative
// clause that ends with noun phrase chunk j is about, or -1: "the plane
// that crashed in Kazakhstan", "the man who attacked the town".
func relativeBefore(s *Sentence, j int) int {
	ch := s.Chunks
	k := j
	for k >= 2 && ch[k].Kind == phrase.NP && ch[k-1].Kind == phrase.PP {
		k -= 2
	}
	if k >= 1 && ch[k].Kind == phrase.NP && ch[k-1].Kind == phrase.VP {
		k-- // the relative verb's object
	}
	if k < 2 || ch[k].Kind != phrase.VP || !finiteVerb(s, ch[k]) || !relative(s, ch[k-1]) || ch[k-2].Kind != phrase.NP {
		return -1
	}
	return k - 2
}

// finiteVerb reports whether a verb group is finite: "pledged", "will
// visit", "has been", not "to build", "building" or "built" alone.
func finiteVerb(s *Sentence, c phrase.Chunk) bool {
	switch s.Tokens[c.Start].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// tense returns the tag of a verb group's first word, which tells the
// tense of a finite one: VBD (past), VBZ or VBP (present), MD (a modal).
// A lone participle is taken for the past ("is a key partner and
// criticised India").
func tense(s *Sentence, c phrase.Chunk) string {
	if t := s.Tokens[c.Start].Tag; t != "VBN" || c.Start != c.Head {
		return t
	}
	return "VBD"
}

// perfect reports whether a verb group is in the past perfect: "had
// caused".
func perfect(s *Sentence, c phrase.Chunk) bool {
	return s.Tokens[c.Start].Lemma == "have" && s.Tokens[c.Start].Tag == "VBD" && c.Head > c.Start && s.Tokens[c.Head].Tag == "VBN"
}

// speechOver returns the finite verb of speech or thought whose clause,
// with "that" or without, holds the verb group at chunk k ("noted that
// Korea is", "said its staff were"), or -1.
func (cl *clause) speechOver(k int) int {
	s := cl.s
	ch := s.Chunks
	speech := func(j int) bool {
		return ch[j].Kind == phrase.VP && clauseVerbs[s.Tokens[ch[j].Head].Lemma] && finiteVerb(s, ch[j])
	}
	for j := k - 1; j > 0; j-- {
		switch {
		case s.Tokens[ch[j].Start].Lower == "that" && ch[j].Start == ch[j].End-1 && s.Tokens[ch[j].Start].Tag != "WDT":
			// Past a date: "said on Sunday that".
			v := j - 1
			for v >= 2 && ch[v].Kind == phrase.NP && cl.inDate(ch[v].Start, ch[v].End) && ch[v-1].Kind == phrase.PP {
				v -= 2
			}
			if v >= 1 && ch[v].Kind == phrase.NP && speech(v-1) && tellVerbs[s.Tokens[ch[v-1].Head].Lemma] {
				v-- // "told lawmakers on Wednesday that"
			}
			if speech(v) {
				return v
			}
			return -1
		case ch[j].Kind == phrase.VP && relative(s, ch[j-1]):
			// "said that the plane that crashed in Kazakhstan had been
			// shot down": past the relative clause.
			j--
		case ch[j].Kind == phrase.VP:
			if speech(j) && j < k-1 && ch[j+1].Kind == phrase.NP {
				return j
			}
			return -1
		case ch[j].Kind == phrase.SBAR:
			return -1
		}
	}
	return -1
}

// leftGroup returns the noun-phrase group that ends with chunk j.
func (d *doc) leftGroup(cl *clause, j int) span {
	s := cl.s
	ch := s.Chunks
	if j < 0 || ch[j].Kind != phrase.NP {
		return span{}
	}
	start := j
	list := false // an "and" seen: commas before it separate a list
	for start-2 >= 0 {
		p := ch[start-1]
		w := s.Tokens[p.Start].Lower
		// "Ithilen's awful and evil minister": a possessive and its
		// adjectives belong to the noun they modify.
		k := start - 1
		for k >= 0 && (ch[k].Kind == phrase.ADJP || ch[k].Kind == phrase.O && coordinator(s.Tokens[ch[k].Start].Lower)) {
			k--
		}
		if k < start-1 && k >= 0 && endsPossessive(s, ch[k]) {
			start = k
			continue
		}
		// "Militants who crossed from Afghanistan attacked": the noun a
		// relative clause of where follows.
		if !d.c.opts.Literal && start-4 >= 0 && ch[start-1].Kind == phrase.PP && wherePrep(subjectPreps, w) && ch[start-2].Kind == phrase.VP &&
			whereVerbs[s.Tokens[ch[start-2].Head].Lemma] && ch[start-3].Kind == phrase.SBAR && ch[start-4].Kind == phrase.NP {
			if r := s.Tokens[ch[start-3].Start].Lower; r == "who" || r == "that" {
				start -= 4
				continue
			}
		}
		// "Washington along with its allies": a compound.
		if p.Kind == phrase.PP && w == "with" && ch[start-2].Kind == phrase.PP && s.Tokens[ch[start-2].Start].Lower == "along" && start-3 >= 0 && ch[start-3].Kind == phrase.NP {
			start -= 3
			continue
		}
		// "the National Liberation Army (ELN) guerrilla group": a name
		// with its abbreviation, and what it is.
		if !d.c.opts.Literal && start-4 >= 0 && s.Tokens[p.Start].Tag == "-RRB-" && ch[start-2].Kind == phrase.NP &&
			s.Tokens[ch[start-3].Start].Tag == "-LRB-" && ch[start-4].Kind == phrase.NP {
			start -= 4
			continue
		}
		if ch[start-2].Kind != phrase.NP {
			// "Mordor, Rohan, and Bree": the serial comma, of a list of
			// three or more ("killing two children, and Pakistan
			// retaliated" joins clauses).
			if p.Kind == phrase.O && (w == "and" || w == "or") && start-5 >= 0 && s.Tokens[ch[start-2].Start].Lower == "," && ch[start-3].Kind == phrase.NP &&
				s.Tokens[ch[start-4].Start].Lower == "," && ch[start-5].Kind == phrase.NP {
				start -= 3
				list = true
				continue
			}
			// "Kim Jong Un, chairman of the State Affairs of the DPRK,
			// and Russian President Vladimir Putin signed": a name, its
			// apposition between commas, and the one after "and".
			if q := appositionBefore(cl, start-2); p.Kind == phrase.O && coordinator(w) && q > 0 && !d.c.opts.Literal {
				d.apposition(cl, span{ch[q-1].Start, ch[q-1].End}, span{ch[q+1].Start, ch[start-3].End})
				start = q - 1
				continue
			}
			break
		}
		// "An Israeli strike on a school killed": the act's, not the
		// school's.
		onAct := p.Kind == phrase.PP && (w == "on" || w == "against") && !d.c.opts.Literal && violentAct(s.Tokens[ch[start-2].Head].Lemma)
		if p.Kind == phrase.O && coordinator(w) && !d.c.opts.Literal && cl.joinsClauses(start-2, j) {
			// "Hamas will release 20 hostages and Israel will free 60
			// prisoners": the noun before "and" is a verb's object, and
			// "and" joins two clauses.
			break
		}
		// "the Kenya National Commission on Human Rights": a role or a
		// name that runs on past another preposition.
		across := p.Kind == phrase.PP && !d.c.opts.Literal && d.runsOn(s, span{ch[start-2].Start, ch[start-2].End}) >= ch[start].End
		if (p.Kind == phrase.PP && strings.Contains(subjectPreps, " "+w+" ")) || onAct || across || (p.Kind == phrase.O && coordinator(w)) {
			list = list || p.Kind == phrase.O
			start -= 2
			continue
		}
		if p.Kind == phrase.O && w == "," && list && !cl.opening(start-2) {
			start -= 2
			continue
		}
		if !d.c.opts.Literal && p.Kind == phrase.O && w == "," && headlinePair(s, start-2) {
			start -= 2 // "Pakistan, Iran agree to de-escalate"
			continue
		}
		break
	}
	return span{ch[start].Start, ch[j].End}
}

// appositionBefore returns the chunk of the comma that opens an apposition
// closed by the comma at chunk k ("Kim Jong Un, chairman of the State
// Affairs of the DPRK,"): noun phrases and "of" or "in" phrases after a
// noun phrase, at most seven chunks. Else -1.
func appositionBefore(cl *clause, k int) int {
	s := cl.s
	ch := s.Chunks
	if k < 3 || s.Tokens[ch[k].Start].Lower != "," || ch[k-1].Kind != phrase.NP {
		return -1
	}
	for q := k - 1; q >= 1 && q >= k-8; q-- {
		c := ch[q]
		switch {
		case c.Kind == phrase.NP:
		case c.Kind == phrase.PP && (s.Tokens[c.Start].Lower == "of" || s.Tokens[c.Start].Lower == "in"):
		case c.Kind == phrase.O && s.Tokens[c.Start].Lower == "," && q < k-1 && ch[q-1].Kind == phrase.NP && ch[q+1].Kind == phrase.NP:
			return q
		default:
			return -1
		}
	}
	return -1
}

// joinsClauses reports whether the "and" after the noun phrase at chunk k
// joins two clauses rather than two subjects of the finite verb after
// chunk j: the noun is an earlier verb's object, past a quantity ("Hamas
// will release 20 more Israeli hostages and Israel will free 60
// prisoners") or in a phrase of the object ("held talks with Vietnam's
// prime minister and the two leaders agreed"), unless that verb says or
// thinks what follows ("said US and British forces must ensure").
func (cl *clause) joinsClauses(k, j int) bool {
	s := cl.s
	ch := s.Chunks
	// "to withdraw its fighters and Israeli troops to pull out": so do
	// two infinitives, the second with a subject of its own.
	if j+1 >= len(ch) || ch[j+1].Kind != phrase.VP {
		return false
	}
	finite := finiteVerb(s, ch[j+1])
	if !finite && !infinitive(s, ch[j+1]) {
		return false
	}
	// "came a day after the United States and South Korea began": a
	// conjunction of time opens the clause both nouns are subjects of.
	if k >= 1 && ch[k-1].Kind == phrase.PP && finite && subordinators[s.Tokens[ch[k-1].Start].Lower] {
		return false
	}
	k--
	for k >= 0 {
		switch {
		case ch[k].Kind == phrase.ADVP || ch[k].Kind == phrase.NP && s.Tokens[ch[k].Head].Tag == "CD":
			k--
			continue
		case k > 0 && ch[k].Kind == phrase.PP && ch[k-1].Kind == phrase.NP:
			k -= 2
			continue
		}
		break
	}
	return k >= 0 && ch[k].Kind == phrase.VP && !clauseVerbs[s.Tokens[ch[k].Head].Lemma] && (finite || objectInfinitive(s, ch[k]))
}

// definiteAct reports whether a subject is a definite determiner and a
// noun of an act: "the agreement", "this visit".
func definiteAct(s *Sentence, r span) bool {
	return r.end-r.start >= 2 && definite[s.Tokens[r.start].Lower] && isActNoun(s.Tokens[r.end-1].Lemma)
}

// definiteObject reports whether the matched words take for their object,
// after a definite determiner, a noun of the act they code: "signed the
// pact" (not "invited Milei to the Mercosur summit", an invitation).
func definiteObject(cl *clause, words []int, code string) bool {
	s := cl.s
	for _, w := range words {
		c := s.Chunks[cl.chunkOf[w]]
		if c.Kind != phrase.NP || c.Head != w || c.Start == w || !definite[s.Tokens[c.Start].Lower] {
			continue
		}
		if slices.ContainsFunc(actNouns[s.Tokens[w].Lemma], func(p string) bool { return p != "" && strings.HasPrefix(code, p) }) {
			return true
		}
	}
	return false
}

// clauseVerbs take a clause without "that" as their object ("said US and
// British forces must"), and say who spoke a quotation ("\"...,\" he said").
var clauseVerbs = map[string]bool{
	"say": true, "tell": true, "think": true, "believe": true, "claim": true, "insist": true,
	"warn": true, "announce": true, "report": true, "state": true, "add": true, "note": true,
	"argue": true, "confirm": true, "deny": true, "fear": true, "hope": true, "expect": true,
	"know": true, "suggest": true, "assert": true, "declare": true, "indicate": true, "reveal": true,
	"acknowledge": true, "admit": true, "stress": true, "emphasise": true, "emphasize": true,
	"recall": true, "predict": true, "estimate": true, "allege": true, "feel": true, "agree": true,
	"write": true,
}

// opening reports whether the noun phrase at chunk j, before a comma, says
// when or where the sentence happens rather than heads a list: "On Monday,
// Pakistan and China met", "Last year, ...", "In Beijing, ...".
func (cl *clause) opening(j int) bool {
	ch := cl.s.Chunks
	return cl.inDate(ch[j].Start, ch[j].End) || j == 1 && ch[0].Kind == phrase.PP
}

// apposition links a bare person name with the actor beside it: "the
// Ambassador of Kazakhstan, Yerzhan Kistafin," or "Yerzhan Kistafin, the
// Ambassador of Kazakhstan,".
func (d *doc) apposition(cl *clause, outer, inner span) {
	s := cl.s
	switch {
	case d.properName(s, inner):
		if as := d.resolve(s, outer); len(as) == 1 {
			d.introduce(s, inner, as[0])
		}
	case d.properName(s, outer):
		if as := d.resolve(s, inner); len(as) == 1 {
			d.introduce(s, outer, as[0])
		}
	}
}

// lightVerbs take an event noun as object and mean its event: "paid a
// visit", "held talks", "launched an attack".
var lightVerbs = map[string]bool{
	"make": true, "pay": true, "hold": true, "conduct": true, "undertake": true,
	"carry": true, "launch": true, "stage": true, "give": true, "issue": true,
	"impose": true, "take": true, "have": true, "begin": true, "start": true,
	"continue": true, "end": true, "resume": true, "mount": true, "wage": true,
	"deliver": true, "extend": true, "offer": true, "express": true, "lodge": true,
	"file": true, "announce": true, "complete": true, "conclude": true, "open": true,
	"wrap": true, "finish": true,
}

// verbInfo describes a verb group.
type verbInfo struct {
	head    int
	lemma   string
	passive bool
	mode    dyad.Mode
	// refused is set when the act is refused ("refused to meet", "will
	// not accept"), which CAMEO codes as a rejection.
	refused bool
}

func (d *doc) verbInfo(cl *clause, vi int) verbInfo {
	s := cl.s
	c := s.Chunks[vi]
	v := verbInfo{head: c.Head, lemma: s.Tokens[c.Head].Lemma}
	hasBe := false
	for i := c.Start; i < c.Head; i++ {
		l := s.Tokens[i].Lemma
		if l == "be" || l == "get" {
			hasBe = true
		}
	}
	v.passive = hasBe && s.Tokens[c.Head].Tag == "VBN" || !d.c.opts.Literal && c.Head == c.Start && s.Tokens[c.Head].Tag == "VBN" && cl.afterPassive(vi)
	v.mode = d.mode(cl, vi)
	v.refused = v.mode == dyad.ModeNegated && d.refused(cl, vi)
	return v
}

// harmVerbs are the verbs whose subject may be an attack, which harms for
// its doer: "the strikes killed 26 civilians".
var harmVerbs = map[string]bool{"kill": true, "injure": true, "wound": true, "hit": true, "destroy": true, "damage": true, "target": true}

// afterPassive reports whether the participle at chunk vi is joined by
// "and", "or" or "but" to a passive verb before it, whose "be" it shares: "was
// arrested in Manila and flown to The Hague". A participle in "-ed" may
// be a past tense of the subject's ("would not be bullied and called on
// Washington to return"): only one that goes on to where, or ends the
// clause, or names its agent, is taken for passive ("were detained and
// deported to China", "was welcomed by Hamas but rejected by Israel").
func (cl *clause) afterPassive(vi int) bool {
	s := cl.s
	c := s.Chunks[vi]
	if c.Start == 0 || !coordinator(s.Tokens[c.Start-1].Lower) && s.Tokens[c.Start-1].Lower != "but" {
		return false
	}
	if strings.HasSuffix(s.Tokens[c.Head].Lower, "ed") && c.Head+1 < len(s.Tokens) {
		switch s.Tokens[c.Head+1].Lower {
		case "by", "to", "into", "from", "in", "at", ",", ".", ";":
		default:
			return false
		}
	}
	for k := vi - 1; k >= 0; k-- {
		p := s.Chunks[k]
		if p.Kind != phrase.VP {
			continue
		}
		if s.Tokens[p.Head].Tag != "VBN" {
			return false
		}
		for i := p.Start; i < p.Head; i++ {
			if l := s.Tokens[i].Lemma; l == "be" || l == "get" {
				return true
			}
		}
		return false
	}
	return false
}

// verbEvents codes the events of the verb group at chunk vi.
func (d *doc) verbEvents(cl *clause, vi int) []*event {
	s := cl.s
	v := d.verbInfo(cl, vi)
	if a, ok := d.askedOf(cl, vi, v); ok {
		return d.askedEvents(cl, vi, v, a)
	}
	toks := s.Tokens
	pats := d.patterns(&toks[v.head], false)
	if len(pats) == 0 {
		return nil
	}
	subj := cl.subj[vi]
	if !d.c.opts.Literal && unadopted(s, vi) {
		// "Russia vetoed a resolution calling on Sudan's warring
		// parties to halt hostilities": what a text never adopted says
		// is no one's act.
		return nil
	}
	if !d.c.opts.Literal && !subj.empty() && marksTime(s, subj.start) && toks[v.head].Tag == "VBD" {
		// "the first visit since Paris recognised Rabat's sovereignty":
		// what "since" opens marks the time of the news, and is no news.
		return nil
	}
	if !d.c.opts.Literal && !v.passive && !subj.empty() && harmVerbs[v.lemma] {
		// "India struck nine sites in Pakistan ... the strikes killed
		// 26 civilians": an attack told of before harms for its doer.
		if ci := cl.chunkOf[subj.start]; s.Chunks[ci].Start == subj.start && s.Chunks[ci].End == subj.end && violentAct(toks[s.Chunks[ci].Head].Lemma) {
			d.earlierAct(cl, ci, subj)
		}
	}
	// PETRARCH reads a passive without its agent as active: "The
	// Philippines was criticized over its dispute with Eriador" is coded
	// PHL -> ERI.
	passive := v.passive && !(d.c.opts.Literal && d.byAgent(cl, v.head).empty())
	for _, p := range pats {
		m, ok := d.match(cl, p, v.head, v.head+1, passive)
		if !ok || idiom(toks, m.words) {
			continue
		}
		src, tgt := m.src, m.tgt
		subjRole := lexicon.ElemSource
		if p.Has(lexicon.ElemSource) && !p.Has(lexicon.ElemTarget) {
			subjRole = lexicon.ElemTarget
		}
		if passive {
			// "Y was visited by X": the subject is the logical object.
			subjRole = lexicon.ElemTarget
			if p.Has(lexicon.ElemSource) && !p.Has(lexicon.ElemTarget) {
				subjRole = lexicon.ElemSource
			}
		}
		if p.Has(lexicon.ElemSource) && p.Has(lexicon.ElemTarget) && !passive {
			subjRole = 0
		}
		// A pattern may say what the subject is, before its anchor:
		// PETRARCH's "+ WAS * DEAD IN $".
		if k := before(p); k != 0 {
			subjRole = k
		}
		switch subjRole {
		case lexicon.ElemSource:
			if src.empty() {
				src = subj
			}
		case lexicon.ElemTarget:
			if tgt.empty() {
				tgt = subj
			}
		}
		if passive && src.empty() {
			src = d.byAgent(cl, v.head)
			if !src.empty() && !d.c.opts.Literal && situations[toks[s.Chunks[cl.chunkOf[src.start]].Head].Lemma] {
				// "have been displaced by the violence in Burkina
				// Faso": a situation, where it is, is no one's act.
				continue
			}
			if src.empty() && toks[v.head].Lemma == "summon" && !d.c.opts.Literal {
				src = d.summonedTo(cl, v.head)
			}
			if src.empty() && strings.HasPrefix(p.Code, "17") && !d.c.opts.Literal {
				src = d.forceSaying(cl, vi)
			}
		}
		// A pattern that names no target takes the first actor after the
		// words it matched, in the same clause: "signed an accord to
		// supply Gondor"; not after a verb whose object is a topic
		// ("discussed the Chinese incursion").
		if tgt.empty() && subjRole != lexicon.ElemTarget && !p.Has(lexicon.ElemTarget) && !d.c.opts.Literal {
			// "Rwanda denied the accusation": an act the pattern's
			// own last word recalls is its doer's.
			last := slices.Max(m.words)
			if c := s.Chunks[cl.chunkOf[last]]; c.Kind == phrase.NP && c.Head == last {
				tgt = d.earlierAct(cl, cl.chunkOf[last], span{c.Start, c.End})
			}
		}
		if tgt.empty() && subjRole != lexicon.ElemTarget && !p.Has(lexicon.ElemTarget) && !topicVerbs[toks[v.head].Lemma] &&
			!(strings.HasPrefix(p.Code, "17") && gathered(s, m.words) && !d.c.opts.Literal) && !(!d.c.opts.Literal && d.othersNext(cl, slices.Max(m.words)+1)) {
			// Parties of a compound subject who do a mutual act do it
			// with each other, not with whom its purpose names:
			// "Italy and Albania signed a deal to process asylum
			// seekers in Albanian centres".
			pair := !d.c.opts.Literal && mutual(p) && len(d.resolve(s, src)) > 1
			tgt = d.firstActorAfter(cl, slices.Max(m.words)+1, !pair)
			if !d.c.opts.Literal && (atPlace(s, p, tgt) || strings.HasPrefix(p.Code, "12") && d.occasionAt(cl, tgt, true)) {
				// "Protesters clashed in Nairobi", "officials met in
				// Astana": where an act done with someone happened is
				// not who it was done with.
				tgt = span{}
			}
			if !d.c.opts.Literal && strings.HasPrefix(p.Code, "144") && !tgt.empty() && tgt.start > 0 && direction(toks[tgt.start-1].Lower) {
				// "blocked a highway to Georgia": where the road goes is
				// not whom the blockade is against.
				tgt = span{}
			}
		}
		if tgt.empty() && !p.Has(lexicon.ElemTarget) && strings.HasPrefix(p.Code, "13") && !d.c.opts.Literal {
			// "Russia threatened to stop the talks if the United States
			// deployed missiles": a threat is made to the one whose act
			// its condition names.
			tgt = d.conditioned(cl, m.words)
		}
		if p.Code == "130" && len(p.After) == 0 && len(p.Before) == 0 && (p.Anchor == "respond" || p.Anchor == "retaliate") && !toCome(v.mode) && !d.c.opts.Literal {
			// "said Moscow would respond" threatens; "Moscow responded"
			// or "retaliated", told as done, is no threat.
			continue
		}
		if !d.c.opts.Literal && (strings.HasPrefix(p.Code, "042") || strings.HasPrefix(p.Code, "043")) && cl.toAnswer(vi) {
			// "Duterte arrived in The Hague to face charges": brought
			// to a court, on no visit.
			continue
		}
		mode := speechActMode(p.Code, v.mode)
		code := p.Code
		k := d.purposeOf(cl, vi, vi-1)
		if !d.c.opts.Literal && strings.HasPrefix(code, "04") && (k >= 0 && meetingVerbs[toks[s.Chunks[k].Head].Lemma] || cl.meetingBefore(vi)) {
			// "met on the border on Wednesday to discuss the frontier",
			// "are due to meet on Tuesday to discuss the truce": the
			// talk is the meeting's own, told or to come.
			continue
		}
		if mode == dyad.ModeAsserted && aim(code) && k >= 0 {
			mode = dyad.ModeFuture
		}
		if v.mode == dyad.ModeNegated && violent(code) && !d.c.opts.Literal {
			if g := promisedNot(cl, vi); g >= 0 {
				// "The Houthis agreed not to attack US vessels": the
				// promise to hold off is the event.
				code, mode = "0356", speechActMode("0356", d.mode(cl, g))
			}
		}
		if v.refused && !d.c.opts.Literal {
			if c, ok := refusalCode(p.Code); ok {
				// The refusal is the event.
				code, mode = c, d.refusalMode(cl, vi)
			}
		}
		evs := d.eventsCoded(cl, p, code, src, tgt, m.words, mode)
		if !d.c.opts.Literal && ((passive || v.lemma == "target") && definiteAct(s, subj) || !passive && definiteObject(cl, m.words, code)) {
			// "The agreement was signed in Kampala by the two energy
			// ministers", "The strike targeted Hamas negotiators",
			// "Sharif and the crown prince signed the pact in Riyadh":
			// the act told before, told again.
			for _, e := range evs {
				e.anaphor = true
			}
		}
		if len(evs) > 0 {
			if passive && !d.c.opts.Literal && tgt == subj {
				// "Raisi was received by the minister. He later met
				// Sharif": "he" is the passive's subject, not its agent.
				d.lastSubject = []dyad.Actor{evs[0].target}
			}
			return evs
		}
	}
	return nil
}

func (d *doc) patterns(t *text.Token, noun bool) []*lexicon.Pattern {
	get := d.dict.VerbPatterns
	if noun {
		get = d.dict.NounPatterns
	}
	// The form as written first: a dictionary may give a form its own
	// patterns ("LEFT" apart from "LEAVE").
	form, lemma := get(t.Lower), []*lexicon.Pattern(nil)
	if t.Lemma != t.Lower {
		lemma = get(t.Lemma)
	}
	switch {
	case len(lemma) == 0:
		return form
	case len(form) == 0:
		return lemma
	}
	out := append(make([]*lexicon.Pattern, 0, len(form)+len(lemma)), form...)
next:
	for _, p := range lemma {
		for _, q := range form {
			if q == p {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

// events builds the events of a matched pattern, one per source and target
// pair (compound actors give several).
func (d *doc) events(cl *clause, p *lexicon.Pattern, src, tgt span, words []int, mode dyad.Mode) []*event {
	return d.eventsCoded(cl, p, p.Code, src, tgt, words, mode)
}

// eventsCoded is events with the code given, not the pattern's: a refusal
// codes a rejection where the pattern names the act refused. The pair code
// stays the pattern's; a refusal has none, nor has an act to come or that
// may come.
func (d *doc) eventsCoded(cl *clause, p *lexicon.Pattern, code string, src, tgt span, words []int, mode dyad.Mode) []*event {
	pair := p.Pair
	if code != p.Code || !d.c.opts.Literal && mode == dyad.ModeHypothetical {
		// Nor has a visit that only may come a host yet; one to come
		// is arranged by both, so the host's side is an intent too.
		pair = ""
	}
	// words may be the matcher's scratch space: the events keep a copy.
	owned := append([]int(nil), words...)
	s := cl.s
	if strings.HasPrefix(code, "192") && !d.c.opts.Literal && !tgt.empty() && office(s.Tokens[s.Chunks[cl.chunkOf[tgt.start]].Head]) {
		// "took over the rotating presidency of the EU Council": an
		// office taken over is no territory occupied.
		return nil
	}
	if code == "190" && p.Anchor == "target" && !d.c.opts.Literal && len(words) > 0 && sanctionsBefore(s, slices.Min(words)) {
		// "adopted its 17th package of sanctions against Russia,
		// targeting nearly 200 vessels": what sanctions target, which
		// is no attack.
		return nil
	}
	if code == "051" && p.Anchor == "welcome" && !d.c.opts.Literal && len(p.After) == 1 && p.After[0].Kind == lexicon.ElemTarget && d.visitorNamed(cl, tgt) {
		// "welcomed a delegation of Somali lawmakers", "welcomed
		// Chinese Foreign Minister Wang Yi": a visitor welcomed is
		// received, not praised.
		code, pair = "043", "042"
		if toCome(mode) {
			pair = ""
		}
	}
	if code == "043" && !d.c.opts.Literal && len(p.After) == 1 && p.After[0].Kind == lexicon.ElemTarget && d.thingNamed(cl, tgt) {
		// "Hungary, which hosts a large Chinese battery plant",
		// "Ukraine received American tanks": a thing hosted or
		// received, which a people's adjective describes, pays no visit.
		return nil
	}
	if code == "042" && !d.c.opts.Literal && d.madeBy(cl, words, tgt) {
		// "toured a textile factory built by an Uzbek company": the
		// maker of a thing visited is not whom the visit is to.
		return nil
	}
	if strings.HasPrefix(code, "201") && !d.c.opts.Literal && len(words) > 0 && fewCounted(s.Tokens[slices.Min(words):slices.Max(words)+1]) {
		// "deported 45 Syrian men": people counted by the dozen or the
		// hundred are deported as individuals, not expelled en masse.
		code = "174"
	}
	if (strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19")) && !d.c.opts.Literal && (cyberHead(s, tgt) || cyberHead(s, src)) {
		// "Russian hackers attacked the website of the election
		// commission": an attack on computers, which CAMEO has no
		// closer code for than coercion.
		code = "170"
	}
	if code == "192" && p.Anchor == "capture" && !d.c.opts.Literal && len(p.After) == 1 && p.After[0].Kind == lexicon.ElemTarget && d.peopleAt(cl, tgt) {
		// "captured Venezuelan President Nicolas Maduro", "captured two
		// North Korean soldiers": people taken are detained, no land.
		code = "173"
	}
	if code == "1711" && !d.c.opts.Literal && len(p.After) == 1 && p.After[0].Kind == lexicon.ElemTarget && d.placeNamed(s, tgt) {
		// "The M23 rebels seized Goma": a town seized is territory
		// occupied, not property confiscated.
		code, pair = "192", ""
	}
	if strings.HasPrefix(code, "174") && !d.c.opts.Literal && d.envoys(s, tgt) {
		// "South Africa's ambassador was expelled by Washington": as
		// "expelled South Africa's ambassador" is, a cut in relations.
		code = "161"
	}
	srcs := d.resolve(s, src)
	if len(srcs) == 0 {
		return nil
	}
	// The target first: "He was received by Sharif" is the last
	// sentence's subject received, not Sharif receiving himself.
	tgts := d.resolve(s, tgt)
	if _, pair := d.pairPhrase(s.Tokens, tgt); pair && len(tgts) == 2 && len(srcs) == 1 && !d.c.opts.Literal && tgts[0].Country != tgts[1].Country &&
		(len(srcs[0].Roles) == 0 || srcs[0].Roles[0] == "GOV" || srcs[0].Roles[0] == "MIL") {
		// "The US envoy urged both warring parties to allow aid
		// convoys", where the article's two are the United States and
		// Sudan: a state that speaks to both sides is not one of them
		// (its chamber of commerce may urge its own government).
		tgts = slices.DeleteFunc(tgts, func(a dyad.Actor) bool { return a.Country == srcs[0].Country })
	}
	if !d.c.opts.Literal && tgt.end-tgt.start == 1 && s.Tokens[tgt.start].Tag == "PRP" && len(tgts) > 0 &&
		!slices.ContainsFunc(tgts, func(b dyad.Actor) bool {
			return !slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Code == b.Code })
		}) {
		// "Malian and Russian troops attacked them": an object pronoun
		// is not the subject it would have to be "themselves" for.
		tgts = nil
	}
	if len(tgts) == 0 && tgt.empty() && strings.HasPrefix(code, "045") && !d.c.opts.Literal {
		// "completed a prisoner exchange, with Turkey acting as a
		// mediator": between the two the sentence's act was between.
		if a, b := d.partiesSoFar(s); !a.empty() {
			tgts = append(d.resolve(s, a), d.resolve(s, b)...)
		}
	}
	if code == "040" && !d.c.opts.Literal && (byPhone(s) || p.Anchor == "discuss" && phoneIn(s)) {
		// "In a phone call on Friday, Zelenskiy and Starmer discussed
		// the attack": a consultation by telephone.
		code = "041"
	}
	if p.Anchor == "force" && strings.HasPrefix(code, "17") && !d.c.opts.Literal && len(words) > 0 {
		// "vetoed the aid package, forcing leaders to postpone the
		// decision": what an act led to, no coercion of its own.
		if w := slices.Min(words); s.Tokens[w].Tag == "VBG" && w > 0 && isComma(&s.Tokens[w-1]) {
			return nil
		}
	}
	if p.Noun && strings.HasPrefix(code, "15") && !d.c.opts.Literal && d.attacked(cl, words) {
		// "Insurgents opened fire on a Rwandan army patrol near
		// Mocimboa da Praia": the patrol is what was attacked, no show
		// of force of its own.
		return nil
	}
	if len(tgts) == 0 && tgt.empty() && !p.Noun && (code[:2] == "03" || code[:2] == "05" || code[:2] == "07") && !d.c.opts.Literal && joinedVerb(cl, words) {
		// "apologised to Namibia and promised 1.1 billion euros in
		// development aid": to whom the subject's meeting, visit or
		// gesture just before was.
		for _, e := range d.sofar {
			if e.source.Code == srcs[0].Code && (e.code[:2] == "04" || e.code[:2] == "05") {
				tgts = []dyad.Actor{e.target}
			}
		}
	}
	if len(tgts) == 0 && tgt.empty() && strings.HasPrefix(code, "051") && !d.c.opts.Literal && slices.ContainsFunc(words, func(i int) bool { return strings.HasPrefix(s.Tokens[i].Lemma, "congratulat") }) {
		// "Modi, Sharif and Muizzu also sent messages of
		// congratulations": to whom the congratulations before went.
		if e := d.lastEvent(s, 4, func(e *event) bool { return strings.HasPrefix(e.code, "051") && e.target.Code != "" }); e != nil {
			tgts = []dyad.Actor{e.target}
		}
	}
	if len(tgts) == 0 && tgt.empty() && strings.HasPrefix(code, "07") && len(srcs) > 0 && !d.c.opts.Literal {
		// "... conveyed Fiji's condolences to Vanuatu after a magnitude
		// 7.3 earthquake ... Australia and New Zealand dispatched urban
		// search and rescue teams": to whom sympathy or help went
		// before.
		if e := d.lastEvent(s, 4, func(e *event) bool {
			return (strings.HasPrefix(e.code, "018") || strings.HasPrefix(e.code, "07") || strings.HasPrefix(e.code, "033")) &&
				d.isCountry(e.target.Country) && e.target.Country != srcs[0].Country
		}); e != nil {
			tgts = []dyad.Actor{{Code: e.target.Country, Country: e.target.Country}}
		}
	}
	if len(tgts) == 0 && tgt.empty() && strings.HasPrefix(code, "114") && !d.c.opts.Literal {
		// "summoned China's deputy ambassador and lodged a diplomatic
		// protest": with whom the subject's act before it was done.
		for _, e := range d.sofar {
			if e.source.Code == srcs[0].Code && e.code == code {
				tgts = []dyad.Actor{e.target}
			}
		}
	}
	if by, ok := d.acts[byteSpan(s, src)]; ok && violent(code) && len(by.victims) == 1 && !d.c.opts.Literal {
		// "India launched missile strikes on nine sites in Pakistan. ...
		// Pakistan said the strikes killed 26 civilians": people the
		// act killed, of no country named, are of the country it hit.
		for i, a := range tgts {
			if v := by.victims[0].Country; slices.Equal(a.Roles, []string{"CVL"}) && a.Country != v && d.isCountry(v) &&
				!slices.ContainsFunc(d.nations(s), func(n nation) bool { return n.at >= tgt.start && n.at < tgt.end }) {
				tgts[i] = d.actor(s, tgt, v, a.Roles, "")
			}
		}
	}
	recalled, reacts := d.acts[byteSpan(s, tgt)]
	if reacts && recalled.event != nil && !violent(recalled.event.code) && (strings.HasPrefix(code, "19") || strings.HasPrefix(code, "138")) && !d.c.opts.Literal {
		// "The EU and Mercosur reached a trade agreement ... France
		// vowed to fight the deal": an agreement fought is rejected, no
		// war.
		code = "120"
	}
	if reacts && strings.HasPrefix(code, "015") && !d.c.opts.Literal {
		// "JNIM claimed responsibility for the attack": for what the
		// attack did to its targets, whom the claim is about; none
		// when it had none.
		tgts = recalled.victims
	}
	if strings.HasPrefix(code, "015") && !d.c.opts.Literal && len(srcs) == 1 && armedGroup(srcs[0]) && mode == dyad.ModeAsserted {
		// "Gunmen attacked a police station ... The Pakistani Taliban
		// claimed responsibility for the attack": the attack, of no
		// one named, was theirs.
		e := recalled.event
		if !reacts {
			e = d.lastViolent(s)
		}
		if e != nil && unclaimed(e.source) {
			e.source = claimedBy(e.source, srcs[0])
		}
	}
	if len(srcs) == 1 && !d.c.opts.Literal && (delegationOf(s, src.start-2) || delegationOf(s, src.start) || delegationOf(s, src.start+1)) {
		// "A delegation of the Pakistan Senate led by Chairman Yousuf
		// Raza Gilani arrived in Tashkent ... The delegation will also
		// visit Samarkand", "Gilani held talks".
		d.remember(srcs[0], "delegation")
		d.ledBy(cl, src.end, srcs[0])
	}
	if len(tgts) == 1 && !d.c.opts.Literal && (delegationOf(s, tgt.start-2) || delegationOf(s, tgt.start) || delegationOf(s, tgt.start+1)) {
		// "welcomed a delegation of Somali lawmakers. The delegation
		// visited ...": the pattern took the delegation's word, or the
		// phrase holds it ("met a delegation of U.S. congressmen"),
		// which a later "the delegation" recalls them by.
		d.remember(tgts[0], "delegation")
		d.ledBy(cl, tgt.end, tgts[0])
	}
	d.lastSubject, d.unread.s = srcs, nil
	// An actor named twice in a list is one party: each with the other
	// is then a handful of events, not one for every pair of mentions.
	srcs, tgts = distinct(srcs), distinct(tgts)
	if !d.c.opts.Literal && (!leftBody(p, tgts) || p.Anchor == "replace" && strings.HasPrefix(code, "0831") && d.namesBody(s, tgts)) {
		// Nor is replacing a group or a country a change of leaders:
		// "the Africa Corps, which replaced the Wagner group".
		return nil
	}
	if !d.c.opts.Literal {
		code, pair = d.bySource(s, src, code, pair)
	}
	if code == "042" && p.Anchor != "visit" && !d.c.opts.Literal && !slices.ContainsFunc(srcs, func(a dyad.Actor) bool {
		return !slices.Contains(a.Roles, "CVL") && !slices.Contains(a.Roles, "REF")
	}) {
		// "The children arrived in Doha", "Refugees arrived in Poland":
		// people's journeys, no visit of one state to another.
		return nil
	}
	if a := srcs[0]; len(srcs) == 1 && len(a.Roles) > 0 && strings.HasPrefix(a.Code, a.Country+a.Roles[0]) {
		// "The Indian army chief met his Chinese counterpart": the
		// counterpart holds the source's kind of role (INDMIL, CHNMIL),
		// not a government's; not its group ("AFGGOVTAL" meets PAKGOV).
		for i := range tgts {
			// Not one an act recalled stands for ("North Korea's state
			// media denounced the move" of a minister and his Japanese
			// counterpart).
			if b := &tgts[i]; isCounterpart(b.Text) && d.isCountry(b.Country) && s.Span.Start <= b.Span.Start && b.Span.End <= s.Span.End {
				b.Roles = a.Roles[:1]
				b.Code = b.Country + b.Roles[0]
			}
		}
	}
	if !d.c.opts.Literal && tgt.start >= 2 && s.Tokens[tgt.start-1].Lower == "of" && diplomat(s.Tokens, tgt.start-1) {
		// "summoned the ambassadors of Britain and France": their
		// governments', as "the British ambassador" is.
		for i := range tgts {
			if b := &tgts[i]; len(b.Roles) == 0 && d.isCountry(b.Country) {
				b.Roles = []string{"GOV"}
				b.Code = b.Country + "GOV"
			}
		}
	}
	// "their embassies" are the subject's own, with the role or without.
	own := !tgt.empty() && s.Tokens[tgt.start].Tag == "PRP$" && d.ownedBy(s, tgt.start, srcs)
	// What two who agree or cooperate do it on, of their own countries,
	// is no one they do it with, with a role or not: "Senegal and France
	// signed an agreement for the handover of the last French military
	// bases".
	coop := !d.c.opts.Literal && len(code) >= 2 && code[:2] >= "03" && code[:2] <= "06" && reciprocal(code)
	if len(srcs) > 1 && (partiesOf(srcs, tgts, own || coop) && !d.struckThing(cl, code, words) || atPlace(s, p, tgt)) {
		// "Pakistan and Kazakhstan met in Astana", "Ethiopia and Tigray
		// rebels signed a peace deal in Pretoria": a target of the
		// subject's own countries, or a place where they did something
		// together, is where, not with whom; each of the subject's
		// actors is the other's target.
		tgts = nil
	}
	if len(srcs) == 1 && own && !d.c.opts.Literal && !forceful(code) && partiesOf(srcs, tgts, own) {
		// "Ukraine withdrew its troops", "Russia recalled its envoy":
		// the subject's own people are what it moves, not whom it acts
		// on; one it coerces or fights ("arrested its critics") is.
		tgts = nil
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && strings.HasPrefix(code, "16") && !countriesAfter(s, words) && !objectAfter(cl, words) {
		// "France recalled its ambassador", in an article about France
		// and Mali: a cut in relations is with the other country the
		// article is about, an actor the text implies, unless the
		// sentence names one other ("the government suspended talks on
		// joining the European Union"); not when the words name
		// countries it does not ("expelled diplomats from seven Latin
		// American countries").
		other, named := d.soleOther(s, srcs[0].Country)
		if !named {
			other = d.otherOfPair(srcs[0].Country)
		}
		if other != "" {
			tgts = []dyad.Actor{{Code: other, Country: other}}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && (strings.HasPrefix(code, "13") || strings.HasPrefix(code, "19")) && retaliates(s, words) {
		// "India struck nine sites in Pakistan ... Pakistan vowed to
		// retaliate", "The officers returned fire": against who
		// attacked it, an actor the text implies.
		if e := d.attackOn(s, srcs[0].Country); e != nil {
			tgts = []dyad.Actor{{Code: e.source.Code, Country: e.source.Country, Roles: e.source.Roles}}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && (strings.HasPrefix(code, "172") || strings.HasPrefix(code, "034")) && d.isCountry(srcs[0].Country) && mode != dyad.ModeHypothetical {
		// "Yoon Suk Yeol declared martial law": an administrative
		// sanction that names no one is on the source's own country;
		// so is political reform promised ("the government agreed to
		// hold a presidential election").
		c := srcs[0].Country
		tgts = []dyad.Actor{{Code: c, Country: c}}
		if srcs[0].Code == c {
			// "Bangladesh imposed a curfew": the state, on its own
			// country, acts by its government.
			srcs = []dyad.Actor{srcs[0]}
			srcs[0].Code, srcs[0].Roles = c+"GOV", []string{"GOV"}
		}
	}
	if !d.c.opts.Literal && strings.HasPrefix(code, "10") && p.Anchor == "order" && len(srcs) == 1 && slices.Contains(srcs[0].Roles, "GOV") {
		// "President Bola Tinubu ordered the police and the army to
		// rescue the students": a government's command to its own
		// forces is no demand between actors.
		tgts = slices.DeleteFunc(tgts, func(a dyad.Actor) bool {
			return a.Country == srcs[0].Country && slices.ContainsFunc(a.Roles, func(r string) bool { return forceRoles[r] })
		})
		if len(tgts) == 0 {
			return nil
		}
	}
	protest := !d.c.opts.Literal && strings.HasPrefix(code, "14")
	stateRole := func(r string) bool { return r == "GOV" || r == "MIL" || r == "COP" || r == "SPY" }
	// Several protesters of one country, none of the state, are as one:
	// "students and their supporters rallied".
	others := func(a dyad.Actor) bool {
		return a.Country != srcs[0].Country || slices.ContainsFunc(a.Roles, stateRole)
	}
	if protest && p.Anchor == "march" && slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return slices.ContainsFunc(a.Roles, stateRole) }) {
		// "Soldiers marched through Moscow": a parade, no rally against
		// anyone (police who rally over their pay still protest).
		return nil
	}
	if protest && len(tgts) == 0 && len(srcs) >= 1 && !slices.ContainsFunc(srcs[1:], others) {
		// A protest that names no one is addressed to the government of
		// the protesters' country: an actor the text implies, without
		// words of its own.
		switch c := srcs[0].Country; {
		case !d.isCountry(c) || slices.ContainsFunc(srcs[0].Roles, stateRole) ||
			strings.HasPrefix(code, "143") && d.countryAlone(s, srcs[0]):
			// Nor is a country's boycott ("a boycott by the United
			// States") against its own government (its people's are:
			// "students throughout Indonesia staged demonstrations"),
			// nor its forces' blockade ("Israeli forces blocked a
			// second convoy").
		case strings.HasPrefix(code, "145") && fighter(srcs[0]):
			// "Gangs attacked police stations": armed men who attack
			// the police's buildings attack the police, and no one
			// when the pattern names no one.
			if patternWord(p, "police") {
				tgts = []dyad.Actor{{Code: c + "COP", Country: c, Roles: []string{"COP"}}}
			}
		default:
			// Prisoners riot against whoever holds them: "Palestinian
			// prisoners rioted at this jail in northern Israel".
			if l := d.localCountry(s); l != "" && l != c && d.isCountry(l) && held(srcs[0]) {
				c = l
			}
			tgts = []dyad.Actor{{Code: c + "GOV", Country: c, Roles: []string{"GOV"}}}
		}
	}
	// Not in a relative clause, whose subject is its noun's: "criticised
	// leaders who attended the parade".
	attended := code == "042" && p.Anchor == "attend" && len(words) > 0 && !inRelativeClause(s, cl.chunkOf[slices.Min(words)])
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) >= 1 && attended && d.home != "" && d.isCountry(d.home) && !d.nationAfter(s, words, "") &&
		!slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Country == d.home || !d.isCountry(a.Country) }) {
		// "WINDHOEK - South African President Cyril Ramaphosa and
		// Angolan President Joao Lourenco attended the ceremony": a
		// visit to the country the report is from.
		tgts = []dyad.Actor{{Code: d.home, Country: d.home}}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && mode != dyad.ModeHypothetical && (strings.HasPrefix(code, "07") || strings.HasPrefix(code, "033") || withdraws(code)) &&
		d.home != "" && d.home != srcs[0].Country && (d.home == d.pair[0] || d.home == d.pair[1]) && d.isCountry(srcs[0].Country) && !d.nationAfter(s, words, srcs[0].Country) {
		// "DHAKA - Japan pledged $5 million in emergency aid": aid that
		// names no one is for the country the report is from and about,
		// an actor the text implies (not the host of a donors'
		// conference in Brussels); "DAKAR - France said it would
		// withdraw its remaining troops": from there.
		tgts = []dyad.Actor{{Code: d.home, Country: d.home}}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && askedOfHolder(code) && ownRelease(s, words) {
		// "Serbia arrested two Kosovo police officers. Kosovo demanded
		// their release": of whoever the article told holds them, an
		// actor the text implies.
		if e := d.lastEvent(s, 3, func(e *event) bool {
			return seizes(e) && e.source.Country != srcs[0].Country
		}); e != nil {
			tgts = []dyad.Actor{e.source}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && strings.HasPrefix(code, "13") && d.isCountry(srcs[0].Country) {
		// "Moldova expelled a Russian diplomat ... Zakharova said Moscow
		// would respond": a threat that names no one is to whoever just
		// acted against the threatener's country, an actor the text
		// implies.
		if e := d.lastEvent(s, 2, func(e *event) bool {
			return against(e, srcs[0].Country) && e.code >= "11" && e.code < "21" && d.isCountry(e.source.Country)
		}); e != nil {
			tgts = []dyad.Actor{e.source}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && strings.HasPrefix(code, "016") {
		// "Sweden blamed hackers linked to Russia. Russia's embassy
		// denied any involvement": a denial answers who accused the
		// denier's country, an actor the text implies, as far back as
		// "the accusation" reaches.
		if e := d.lastEvent(s, reach("accusation"), func(e *event) bool {
			return against(e, srcs[0].Country) && strings.HasPrefix(e.code, "112")
		}); e != nil {
			tgts = []dyad.Actor{e.source}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) > 0 && peacemaking(code) {
		// "Ethiopian and Eritrean troops clashed ... The African Union
		// called for restraint and offered to mediate": to the sides of
		// the fighting just told of, actors the text implies.
		// Only its doer when the fighting was one-sided: "Israeli troops
		// killed three Palestinians. The UN called for restraint."
		// Mediation is always between two armed or governing sides,
		// and fighting the article told of both ways ("Thai and
		// Cambodian troops clashed ... Thailand launched air strikes")
		// has two sides.
		// So for several who offer it ("Saudi Arabia and the UAE offered
		// to mediate"), none of them a side.
		if e := d.lastFight(s); e != nil && !slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Country == e.source.Country || a.Country == e.target.Country }) {
			tgts = []dyad.Actor{e.source}
			side := len(e.target.Roles) == 0 || armedRoles[e.target.Roles[0]] || e.target.Roles[0] == "GOV"
			if (strings.HasPrefix(code, "039") || strings.HasPrefix(code, "045")) && side || d.lastEvent(s, 2, func(f *event) bool {
				if !violent(f.code) || !told(f.mode) {
					return false
				}
				if f.sent == e.sent && f.source.Code == e.target.Code && f.target.Code == e.source.Code {
					return true
				}
				return e.source.Country != e.target.Country && f.source.Country == e.target.Country && f.target.Country == e.source.Country
			}) != nil {
				tgts = append(tgts, e.target)
			}
		}
	}
	if !d.c.opts.Literal && len(tgts) == 0 && len(srcs) == 1 && strings.HasPrefix(code, "17") && gathered(s, words) && d.isCountry(srcs[0].Country) {
		// "Georgian police dispersed a rally outside parliament": those
		// who gathered, the protesters of the country whose police
		// broke it up, an actor the text implies (not the parliament
		// they gathered at).
		c := srcs[0].Country
		tgts = []dyad.Actor{{Code: c + "OPP", Country: c, Roles: []string{"OPP"}}}
	}
	if !d.c.opts.Literal && protection(code) && !tgt.empty() && claims[s.Tokens[s.Chunks[cl.chunkOf[tgt.start]].Head].Lemma] {
		// "would take measures to protect the rights of Chinese firms":
		// what is defended is a claim, and no one gets protection.
		return nil
	}
	if !d.c.opts.Literal && code == "153" && len(srcs) == 1 && len(tgts) > 0 && d.isCountry(srcs[0].Country) &&
		!slices.ContainsFunc(tgts, func(b dyad.Actor) bool {
			return len(b.Roles) > 0 || b.Country == srcs[0].Country || !d.isCountry(b.Country)
		}) {
		// "Kenya will send 400 police officers to Haiti": police sent
		// to another country protect it, as peacekeepers do; at home
		// they are mobilised.
		code = "074"
	}
	if len(srcs) == 1 && len(tgts) > 0 && !slices.ContainsFunc(tgts, func(b dyad.Actor) bool { return !d.ownWeapons(s, srcs[0], b) }) {
		// "North Korea tested a missile": its own weapons are no
		// target, and the act is on no one.
		tgts = nil
	}
	var out []*event
	add := func(a, b dyad.Actor, code string) {
		if !d.c.opts.Literal && len(code) >= 2 && code[:2] >= "03" && code[:2] <= "06" {
			// "the government of President Nicolas Maduro agreed with
			// the opposition": the opposition a government deals with,
			// when no country is said, is its own, not the dateline's.
			a, b = d.ownBody(s, a, b, "OPP"), d.ownBody(s, b, a, "OPP")
		}
		if !d.c.opts.Literal && strings.HasPrefix(code, "163") && ofState(a) && len(b.Roles) > 0 && !ofState(b) && b.Country == a.Country {
			// "the government imposed a buffer zone along the border,
			// barring civilians from entering": a ban on one's own
			// people is an administrative sanction, no embargo.
			code = "172"
		}
		if !d.c.opts.Literal && strings.HasPrefix(code, "01") {
			// "Canadian Prime Minister Justin Trudeau told parliament",
			// from New Delhi: the parliament a government addresses is
			// its own.
			b = d.ownBody(s, b, a, "LEG")
		}
		if protest && len(b.Roles) == 0 && b.Country == a.Country && d.isCountry(b.Country) {
			// Protesters in their own country ("Iraqi Kurds demonstrated
			// in Kirkuk") protest to its government; rebels who "stormed
			// the police station in Kidal" attack its police.
			role := "GOV"
			if strings.HasPrefix(code, "145") && fighter(a) && patternWord(p, "police") {
				role = "COP"
			}
			b.Code, b.Roles = b.Country+role, []string{role}
		}
		if !d.c.opts.Literal && askedOfHolder(code) {
			// "demanded the man's immediate release": a release is
			// asked of whoever holds the people, as the article told;
			// so is access to them ("seeking consular access to the
			// man").
			if h := d.holder(s, a, b); h != nil {
				b = h.source
			} else if d.detained(s, b) && len(b.Roles) > 0 && !ofState(b) && b.Country == d.home && a.Country == d.home && d.isCountry(b.Country) {
				// "several students were arrested ... The opposition
				// demanded the release of the detained students": of
				// their own government, whoever arrested them.
				b = dyad.Actor{Code: b.Country + "GOV", Country: b.Country, Roles: []string{"GOV"}}
			}
		}
		if d.capitalGov[b.Span] && !d.c.opts.Literal && violent(code) {
			// "a missile strike on Kyiv" is on the city, the country's,
			// not on its government.
			b.Code, b.Roles = b.Country, nil
		}
		// "---" is a pattern that matches so that nothing is coded.
		if code == "" || code == "---" || a.Code == b.Code || d.selfBorrowed(s, a, b, code) || d.ownWeapons(s, a, b) {
			return
		}
		if !d.c.opts.Literal && violent(code) && a.Country == b.Country && d.isCountry(a.Country) && ofAnother(srcs, a.Country) &&
			!slices.ContainsFunc(srcs, func(x dyad.Actor) bool { return x.Code == b.Code }) && d.fought(s, srcs) {
			// "India and Pakistan exchanged artillery fire, killing four
			// civilians": each country's fire kills the other's people,
			// if anyone's the words say, not its own; the sides of a war
			// within one country kill its people. Allies who fight side
			// by side ("Malian troops and Russian mercenaries killed a
			// dozen civilians") are no such sides.
			return
		}
		if !d.c.opts.Literal && (code == "042" || code == "043") && d.exiled(s, a, b) {
			// "Spain granted political asylum to Edmundo Gonzalez, who
			// flew to Madrid": a refugee's flight is no visit.
			return
		}
		if !d.c.opts.Literal && strings.HasPrefix(code, "0831") && p.Anchor == "replace" && plural(s, tgt) {
			// "They were replaced by Indian civilian technicians": a
			// change of leadership replaces an official, not troops.
			return
		}
		if !d.c.opts.Literal && code == "190" && p.Anchor == "cross" && (slices.Contains(a.Roles, "REF") || slices.Contains(a.Roles, "CVL")) {
			// "More than 900 asylum seekers have crossed into Finland":
			// people who cross a border invade nothing.
			return
		}
		if !d.c.opts.Literal && (code == "043" && slices.Contains(b.Roles, "REF") || code == "042" && slices.Contains(a.Roles, "REF")) {
			// "Turkey hosts about three million Syrian refugees":
			// refugees taken in pay no visit.
			return
		}
		if !d.c.opts.Literal && a.Country != "" && a.Country == b.Country && (strings.HasPrefix(code, "161") ||
			(code == "042" || code == "043") && (slices.Contains(a.Roles, "CVL") || slices.Contains(b.Roles, "CVL"))) {
			// "The two countries have each expelled diplomats": no
			// country breaks relations with itself; "most of its ethnic
			// Armenian residents left for Armenia": people going to
			// their own country pay it no visit.
			return
		}
		if !d.c.opts.Literal && strings.HasPrefix(code, "074") && a.Country == b.Country && d.isCountry(a.Country) {
			// "saying its government protected citizens of all
			// faiths": a state's protection of its own people is no
			// military protection given (074 is to another).
			return
		}
		if !d.c.opts.Literal && code == "010" && mode == dyad.ModeNegated {
			// "The Kremlin did not comment on the strike", "did not
			// respond to the appeal": silence is no event.
			return
		}
		if !d.c.opts.Literal && strings.HasPrefix(code, "13") && deedSubject(s, a) {
			// "Beijing's unfair trade practices threatened American
			// jobs": what a deed endangers is no threat of its doer's.
			return
		}
		if !d.c.opts.Literal && a.Country == b.Country && d.isCountry(b.Country) && (len(b.Roles) == 0 && ofState(a) || len(a.Roles) == 0 && ofState(b)) &&
			(strings.HasPrefix(code, "07") || strings.HasPrefix(code, "05") || code == "043" || code == "042" || strings.HasPrefix(code, "03") && code[:3] != "034" && code[:3] != "035") {
			// "Polish aircraft were scrambled to protect Poland's
			// airspace": a country's own aid to itself is no event,
			// nor are its intents to cooperate, meet or aid and its
			// diplomatic acts towards itself ("Kristersson welcomed the
			// decision" that a sentence before told Sweden took), nor
			// is its hosting of its own people ("would receive deported
			// Mexicans"), nor its offer to host its own ministers ("China
			// offered to host a meeting of the foreign ministers of
			// China, Pakistan and Afghanistan"). A visit at home is one,
			// and so are intents to reform or yield ("promised to
			// democratize Serbia").
			return
		}
		if !d.c.opts.Literal {
			if strings.HasPrefix(code, "145") && fighter(a) {
				// A riot is civilians': troops, rebels or police who
				// "clash with police" or "storm the embassy" fight, and
				// gangs who "attacked police stations" assault.
				code = "190"
				if a.Roles[0] == "CRM" {
					code = "180"
				}
			}
			if strings.HasPrefix(b.Code, "IGO") && (strings.HasPrefix(code, "08") || strings.HasPrefix(code, "035")) && leavingPattern(p) {
				// "Mali withdrew from ECOWAS", "quit the bloc": leaving
				// an organisation is a cut in relations, not a retreat
				// or a resignation.
				code = "161"
			}
			if strings.HasPrefix(code, "173") && p.Anchor == "charge" && len(b.Roles) == 0 && d.isCountry(b.Country) {
				// "Serbia lodged a protest with Albania, charging its
				// neighbor with supporting dissidents": a state is
				// accused, not charged in court.
				code = "112"
			}
			if code == "141" && p.Anchor == "protest" && d.state(s, a) {
				// "The foreign ministry summoned China's envoy to
				// protest against aggressive actions": a government's
				// protest is an official complaint, not a rally.
				code = "114"
			}
			if code == "190" && p.Anchor == "storm" && len(a.Roles) > 0 && localRoles[a.Roles[0]] && a.Roles[0] != "COP" {
				// And civilians who storm a building riot: "Protesters
				// stormed the prime minister's official residence".
				code = "145"
			}
			if mode == dyad.ModeFuture && strings.HasPrefix(code, "16") && decided(s, words) {
				// "EU ministers agreed to impose sanctions on Russia":
				// a body's decision to cut ties or impose sanctions is
				// the act, no threat.
				mode = dyad.ModeAsserted
			}
			if code == "0354" && mode == dyad.ModeAsserted && decidedBy(s, words) {
				// "EU foreign ministers agreed on Tuesday to lift
				// remaining economic sanctions on Syria": so is a
				// decision to ease them.
				code = "085"
			}
			code = intentCode(code, mode)
			if mode == dyad.ModeFuture && !strings.HasPrefix(code, "13") && unless(s, words) {
				// "will withdraw its force from Chad unless ...": what
				// is promised on a condition the target must meet is a
				// threat.
				code = "130"
			}
		}
		e := &event{sent: s, source: a, target: b, code: code, pattern: p, words: owned, mode: mode, reacts: reacts}
		e.span = evidenceSpan(s, words, a, b)
		e.date = cl.dateNear(words)
		if x := e.date; x != nil && !d.c.opts.Literal && strings.HasPrefix(code, "03") && !toCome(mode) && intendedWhen(s, words, x.Span) {
			// "agreed to meet again in September": when what is
			// intended is to be done, not when the intent was told.
			e.date = nil
		}
		if p.Noun && !d.c.opts.Literal && reasonFor(s, words) {
			// "imposed tariffs on Tuesday in retaliation for US tariffs
			// on Canadian steel", "launched drones at Israel in
			// retaliation for a suspected Israeli strike on its
			// embassy": the act answered came before, on a day the
			// sentence does not give, and the article tells of it as
			// the cause of its news, not as news.
			return
		}
		if x := e.date; x != nil && !d.c.opts.Literal && d.since(cl, words, x, p.Noun) {
			// "China has invested $60 billion in Pakistan since the
			// corridor was launched in 2015": background, what has gone
			// on for years, not an event of 2015 or of the article's day;
			// "has strengthened ties with Russia since the coup in July":
			// not an event of July.
			if !d.date.IsZero() && d.date.Sub(x.Date) >= yearAge {
				return
			}
			e.date = nil
		}
		if e.date == nil && !d.c.opts.Literal && d.sinceLong(cl, words, p.Noun) {
			// "Norway has barred most Russian fishing vessels from its
			// ports since 2022": the same, with the date right after
			// "since", which dates no act.
			return
		}
		if x := e.date; x != nil && !d.c.opts.Literal && toCome(mode) && cl.inParticiple(x, words, true) {
			// "will release 18 Cambodian soldiers captured in July": an
			// act to come is not of the time its object was taken.
			e.date = nil
		}
		if x := e.date; x != nil && !d.c.opts.Literal && sinceBefore(s, words, x) {
			// "welcomed the improvement in relations since the two
			// countries restored ties in 2023": a time since which,
			// not the welcome's.
			e.date = nil
		}
		if e.date == nil && !d.c.opts.Literal && laterThatDay(s) {
			// "... on Monday. Later, the ambassador visited the Lahore
			// Chamber of Commerce": on the day of the act before.
			e.date = d.lastDate(s)
		}
		if e.date == nil && !d.c.opts.Literal {
			// "... urged Myanmar's military government on Friday to halt
			// air strikes. The day before, the military launched air
			// strikes on a village": the day before the act before.
			if r := previousDay(s); !r.empty() {
				if last := d.lastDate(s); last != nil && last.Precision == dyad.PrecisionDay {
					sp := byteSpan(s, r)
					e.date = &when.Expr{Span: sp, Text: d.art.Text[sp.Start:sp.End], Date: last.Date.AddDate(0, 0, -1), Precision: dyad.PrecisionDay}
				}
			}
		}
		if x := e.date; x != nil && !d.c.opts.Literal && (x.Precision == dyad.PrecisionYear || x.Precision == dyad.PrecisionDecade) && (d.multitudeIn(cl, tgt) || d.multitudeIn(cl, src)) {
			// "More than 1.2 million migrants were detained by Mexican
			// authorities in 2024": a year's figure, not an act.
			return
		}
		if e.date == nil && !d.c.opts.Literal && len(words) > 0 && perfectWithin(s.Tokens, slices.Min(words), 4) && (d.millionsIn(cl, tgt) || d.millionsIn(cl, src)) {
			// "More than 1.3 million Haitians have been displaced by
			// gang violence": a toll counted in millions so far, not
			// an act.
			return
		}
		if !d.c.opts.Literal && (e.date == nil && (code >= "10" && code < "14" && longHeld(s, words) || manyWars(s, words) || pastEra(s, words)) || inRecentYears(s, words) || !violent(code) && perfectSummary(s, words)) {
			// "Iraq has long accused Turkey of reducing the flow of the
			// Tigris": a grievance held, not said today; "Zagreb has
			// barred several Serbian officials in recent years", "the
			// two neighbours fought two wars", "has expelled several
			// diplomats since the start of the war", "have each
			// expelled diplomats several times this year": acts summed
			// up, none of them told, whatever time they are given;
			// "during World War Two": history.
			return
		}
		if e.date == nil && !d.c.opts.Literal && code < "10" && (habitual(s, words) || code >= "04" && describes(s, words) || cooperating(s, words)) {
			// "Turkey has traditionally backed Azerbaijan", "has
			// provided Ukraine with $60 billion since the start of the
			// war", "has mediated in previous conflicts": background
			// of cooperation. A conflictual practice reported ("soldiers
			// routinely beat up detainees") is an event, as CAMEO
			// codes it.
			return
		}
		if !d.c.opts.Literal && longAfter(s, words) {
			// "weeks after the two countries established diplomatic
			// relations", "two months after the two sides agreed on a
			// ceasefire": an act told as long past, background.
			e.history = true
		}
		if e.date == nil && !d.c.opts.Literal && standingStatus(s, words) {
			// "The PKK is listed as a terrorist organisation by Turkey",
			// "is not recognised by any UN member state": a standing
			// status, not the act that gave it.
			return
		}
		if x := e.date; x != nil && !d.c.opts.Literal && (!toCome(mode) || d.toldThen(cl, words, x)) && history(x, d.date) {
			// "Pakistan and Kazakhstan established diplomatic relations
			// in 1992", "Last year, the United States seized the same
			// tanker": an act the article dates long before its own day
			// is background, told to explain the news, not news (and no
			// event of 1992 that one report of today should make). It
			// is kept until the end for what later sentences recall
			// ("the two sides", "the accusation") and then dropped.
			e.history = true
		}
		if x := e.date; x != nil && !d.date.IsZero() && (x.Date.After(d.date) || laterIn(x)) && !toCome(mode) {
			// "invited Sharif to visit Astana next year": what has
			// happened is not dated after the article, nor "later this
			// year"; the date is that of what is to come.
			e.date = nil
		}
		out = append(out, e)
	}
	// visit adds the visit of a guest, whom range r calls "visiting", to
	// the country of the host of an act of consultation or diplomacy
	// (roots 04, 05) that happened.
	visit := func(guest, host dyad.Actor, r span) {
		if d.c.opts.Literal || !strings.HasPrefix(code, "04") && !strings.HasPrefix(code, "05") || mode != dyad.ModeAsserted ||
			guest.Country == host.Country || !d.isCountry(guest.Country) || !d.isCountry(host.Country) {
			return
		}
		home := dyad.Actor{Code: host.Country, Country: host.Country}
		n := len(out)
		add(guest, home, "042")
		add(home, guest, "043")
		for _, e := range out[n:] {
			// The evidence is the word that tells of the visit.
			e.words = append(slices.Clone(e.words), visitingIndex(s, r))
			slices.Sort(e.words)
			e.span = evidenceSpan(s, e.words, e.source, e.target)
		}
		if len(out) == n+2 {
			out[n+1].pairOf = out[n]
		}
	}
	if len(tgts) == 0 && strings.HasPrefix(code, "12") && len(srcs) == 1 && !d.c.opts.Literal {
		// "Protesters demanded the resignation of President William
		// Ruto. ... Ruto said he would not resign": a refusal of what
		// someone demanded of the refuser rejects the demanders.
		if e := d.lastEvent(s, 6, func(e *event) bool {
			return demandOf(code, e.code) && e.sent != s && told(e.mode) && e.target.Code == srcs[0].Code && e.source.Country != ""
		}); e != nil {
			tgts = []dyad.Actor{e.source}
		}
	}
	if len(tgts) == 0 {
		if len(srcs) > 1 && !d.otherNamed(cl, p, tgt, srcs) && (d.c.opts.Literal || mutual(p) && !d.struckThing(cl, code, words) && !pronounObject(s, words) || eachOther(s, tgt)) {
			// "Pakistan and Kazakhstan signed an agreement": each with the
			// other, on one occasion, so in one place (what each says,
			// each says at home).
			for i, a := range srcs {
				for j, b := range srcs {
					if i != j {
						add(a, b, code)
					}
				}
			}
			for _, e := range out[min(1, len(out)):] {
				if !saidAtHome(e.code) {
					e.pairOf = out[0]
				}
			}
			// "signed by Chinese Education Minister Huai Jinpeng and
			// visiting French Higher Education Minister Sylvie
			// Retailleau".
			if len(srcs) == 2 {
				for i, a := range srcs {
					if r := tokensOf(s, a.Span); visitingAt(s, r) {
						visit(a, srcs[1-i], r)
					}
				}
			}
			return out
		}
		if d.c.opts.Singles {
			add(srcs[0], dyad.Actor{Roles: []string{}}, code)
		}
		if !d.c.opts.Literal && (mode == dyad.ModeAsserted || mode == dyad.ModeReported) {
			// "North Korea fired a ballistic missile into the sea": an
			// act on no one, which "condemned the launch" may answer.
			u := &event{sent: s, source: srcs[0], code: code, mode: mode}
			if x := cl.dateNear(words); x != nil && history(x, d.date) {
				// "since 2021, when the Trump administration returned it
				// to the list": no act the news answers.
				u.history = true
			}
			d.untargeted = append(d.untargeted, u)
		}
		return out
	}
	if reacts && !d.c.opts.Literal && len(srcs) == 1 && len(recalled.victims) > 0 && ofState(srcs[0]) &&
		!slices.ContainsFunc(tgts, func(b dyad.Actor) bool { return b.Country != srcs[0].Country || !ofState(b) }) {
		// "The Kremlin did not comment on the strikes" that Russia's
		// forces launched at Ukraine: on what they did to Ukraine, not
		// on Russia's own forces (a state's opposition that condemns
		// an arrest condemns the police).
		tgts = recalled.victims
	}
	for _, a := range srcs {
		for _, b := range tgts {
			if reacts && len(tgts) > 1 && b.Country == a.Country && b.Code == b.Country && !d.c.opts.Literal {
				// "Ethiopia signed a port deal with Somaliland. Somalia's
				// president called the agreement an act of aggression":
				// at its other party, not its own country (its
				// opposition or its armed groups stay parties).
				continue
			}
			b = d.otherCountry(s, a, b)
			b = d.hostGovernment(s, a, b, code)
			n := len(out)
			add(a, b, code)
			add(b, a, pair)
			if len(out) == n+2 {
				// The host's 043 happened where the visit did.
				out[n+1].pairOf = out[n]
			}
			// "held talks with visiting Syrian President Ahmed al-Sharaa",
			// "Visiting Indian Prime Minister Narendra Modi held talks
			// with Putin": who visits is on a visit to the host's country.
			if visitingAt(s, tgt) {
				visit(b, a, tgt)
			} else if visitingAt(s, src) {
				visit(a, b, src)
			} else if w := duringVisit(s); w >= 0 && !d.c.opts.Literal && !strings.HasPrefix(code, "041") {
				// "held talks with Chinese Premier Li Qiang in Beijing,
				// during a visit aimed at expanding exports": the
				// subject is the visitor.
				visit(a, b, span{w, w + 1})
			}
		}
	}
	return out
}

// duringVisit returns the token of a visit or trip that the sentence says
// its act was "during" or "on", of no destination named after it ("during
// a visit aimed at ...", "on a three-day visit"), nor told before ("during
// the visit"), or -1.
func duringVisit(s *Sentence) int {
	toks := s.Tokens
	for i, t := range toks {
		if t.Lemma != "visit" && t.Lemma != "trip" || !strings.HasPrefix(t.Tag, "NN") {
			continue
		}
		if i+1 < len(toks) {
			switch toks[i+1].Lower {
			case "to", "of", "by", "from":
				continue
			}
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if w := toks[k].Lower; w == "during" || w == "on" {
				return i
			}
			if w := toks[k].Lower; w == "the" || w == "this" || w == "that" {
				break // "during the visit": one told before
			}
			if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "CD" && toks[k].Tag != "HYPH" && toks[k].Tag != "PRP$" && !strings.HasPrefix(toks[k].Tag, "NN") {
				break
			}
		}
	}
	return -1
}

// visitingAt reports whether range r opens with "visiting", after "the" or
// not: "visiting Syrian President Ahmed al-Sharaa".
func visitingAt(s *Sentence, r span) bool {
	return !r.empty() && s.Tokens[visitingIndex(s, r)].Lower == "visiting"
}

// visitingIndex returns the token where "visiting" would open range r:
// its first, or its second after "the".
func visitingIndex(s *Sentence, r span) int {
	if s.Tokens[r.start].Lower == "the" && r.start+1 < r.end {
		return r.start + 1
	}
	return r.start
}

// ledBy introduces the person a "led by" phrase at token at names as the
// leader of group, of its country, when no dictionary knows them: "received
// a delegation of the Turkish parliament led by Speaker Numan Kurtulmus.
// Kurtulmus invited Sharif" is Turkey's speaker's invitation.
func (d *doc) ledBy(cl *clause, at int, group dyad.Actor) {
	s := cl.s
	toks := s.Tokens
	if at+2 >= len(toks) || toks[at].Lower != "led" || toks[at+1].Lower != "by" || !d.isCountry(group.Country) {
		return
	}
	c := s.Chunks[cl.chunkOf[at+2]]
	r := span{at + 2, c.End}
	if c.Kind != phrase.NP || c.Start != at+2 {
		return
	}
	// A leader the phrase gives a country of ("led by Pakistan's
	// ambassador") or the dictionaries know is as resolved; an unknown
	// name is the group's, whatever the dateline's country.
	for i := r.start; i < r.end; i++ {
		if _, ok := d.dict.Actor(toks, i, d.date); ok {
			return
		}
	}
	name := r
	var roles []string
	if m, ok := d.dict.Role(toks, r.start); ok {
		roles = []string{m.Entry.Code}
		name.start += m.N
	}
	if name.empty() || !d.properName(s, name) {
		return
	}
	if len(roles) == 0 || leaderTitles[toks[name.start-1].Lemma] {
		// "led by Chairman Yousuf Raza Gilani": the group's leader
		// holds its role.
		roles = group.Roles
	}
	d.introduce(s, name, d.actor(s, r, group.Country, roles, ""))
}

// visitors are the words of people or a group received as guests.
var visitors = map[string]bool{
	"delegation": true, "delegate": true, "visitor": true, "guest": true, "envoy": true, "emissary": true,
	"ambassador": true, "minister": true, "president": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "prince": true, "emir": true, "sheikh": true, "counterpart": true,
	"lawmaker": true, "parliamentarian": true, "senator": true, "official": true, "leader": true,
}

// visitorNamed reports whether the target at r opens with people who may
// come as guests: a noun phrase, owning nothing, with a word of visitors or
// a person of the dictionary ("a delegation of Somali lawmakers", "Chinese
// Foreign Minister Wang Yi"; not "Iran's decision", "the new government").
func (d *doc) visitorNamed(cl *clause, r span) bool {
	if r.empty() {
		return false
	}
	s := cl.s
	c := s.Chunks[cl.chunkOf[r.start]]
	found := false
	for i := c.Start; i < c.End; i++ {
		t := s.Tokens[i]
		if t.Tag == "POS" || isActNoun(t.Lemma) {
			return false
		}
		if visitors[t.Lemma] {
			found = true
		}
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && m.Entry.Kind == lexicon.Person {
			found = true
		}
	}
	return found
}

// withdraws reports whether a code is of a withdrawal of forces, done or
// to come: 0874, or 0356 (its intent).
func withdraws(code string) bool {
	return strings.HasPrefix(code, "0874") || strings.HasPrefix(code, "0356")
}

// nationAfter reports whether s names a place or a nationality other than
// own's after the matched words, before the next comma: whom aid may be for
// (not "worth 2 billion Canadian dollars", from Canada).
func (d *doc) nationAfter(s *Sentence, words []int, own string) bool {
	if len(words) == 0 {
		return false
	}
	last := slices.Max(words)
	end := len(s.Tokens)
	for i := last + 1; i < len(s.Tokens); i++ {
		if w := s.Tokens[i].Lower; w == "," || w == ";" {
			end = i
			break
		}
	}
	return slices.ContainsFunc(d.nations(s), func(n nation) bool { return n.at > last && n.at < end && n.country != own })
}

// peacemaking reports whether a code is of a third party's calls or offers
// to end fighting: appeals for de-escalation, offers to mediate and
// mediation.
func peacemaking(code string) bool {
	return strings.HasPrefix(code, "0256") || strings.HasPrefix(code, "039") || strings.HasPrefix(code, "045")
}

// fought reports whether two of the actors as fought each other in s, as
// far as it is coded, or in the sentence before it.
func (d *doc) fought(s *Sentence, as []dyad.Actor) bool {
	fight := func(e *event) bool {
		return violent(e.code) && slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Code == e.source.Code }) &&
			slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Code == e.target.Code })
	}
	return slices.ContainsFunc(d.sofar, fight) || d.lastEvent(s, 1, fight) != nil
}

// ownRelease reports whether the matched words name a release of people a
// possessive names: "their immediate release", "the children's release".
func ownRelease(s *Sentence, words []int) bool {
	for _, w := range words {
		if s.Tokens[w].Lemma != "release" {
			continue
		}
		k := w - 1
		for k >= 0 && strings.HasPrefix(s.Tokens[k].Tag, "JJ") {
			k--
		}
		return k >= 0 && (s.Tokens[k].Tag == "PRP$" || s.Tokens[k].Tag == "POS")
	}
	return false
}

// detained reports whether actor b is written as people held: "the
// detained students", "the jailed activists", "prisoners".
func (d *doc) detained(s *Sentence, b dyad.Actor) bool {
	r := tokensOf(s, b.Span)
	if r.empty() {
		return false
	}
	for i := r.start; i < r.end; i++ {
		switch s.Tokens[i].Lower {
		case "detained", "jailed", "arrested", "imprisoned", "held":
			return true
		}
	}
	return held(b)
}

// askedOfHolder reports whether a code asks for people held, or access to
// them, of someone: the release demanded or appealed for (1053, 0253),
// access demanded or appealed for (1055, 0255).
func askedOfHolder(code string) bool {
	for _, c := range []string{"1053", "0253", "1055", "0255"} {
		if strings.HasPrefix(code, c) {
			return true
		}
	}
	return false
}

// seizes reports whether e is an arrest or an abduction told as done.
func seizes(e *event) bool {
	return (strings.HasPrefix(e.code, "173") || strings.HasPrefix(e.code, "181")) && told(e.mode)
}

// holder returns the last arrest or abduction of b, by another than a,
// that s so far or the three sentences before it told of, else, for
// people b names with "the", the last abduction of the six sentences
// before; or nil.
func (d *doc) holder(s *Sentence, a, b dyad.Actor) *event {
	took := func(e *event) bool {
		return seizes(e) &&
			e.target.Code == b.Code && e.source.Code != a.Code
	}
	for i := len(d.sofar) - 1; i >= 0; i-- {
		if took(d.sofar[i]) {
			return d.sofar[i]
		}
	}
	if e := d.lastEvent(s, 3, took); e != nil || d.c.opts.Literal {
		return e
	}
	// "Armed bandits abducted at least 25 students ... UNICEF called for
	// the release of the children": people the article took up again
	// by "the", whatever they were called, were taken by the last who
	// abducted someone.
	if r := tokensOf(s, b.Span); r.empty() || s.Tokens[r.start].Lower != "the" || s.Tokens[r.end-1].Tag != "NNS" {
		return nil
	}
	return d.lastEvent(s, 6, func(e *event) bool {
		return strings.HasPrefix(e.code, "181") && told(e.mode) && e.source.Code != a.Code
	})
}

// lastFight returns the last fight between two actors, told as done, that
// s or the two sentences before it told of, or nil.
func (d *doc) lastFight(s *Sentence) *event {
	return d.lastEvent(s, 2, func(e *event) bool {
		return violent(e.code) && told(e.mode) && e.source.Code != "" && e.target.Code != "" && e.source.Code != e.target.Code
	})
}

// held reports whether an actor is written as people in custody:
// "Palestinian prisoners", "detainees".
func held(a dyad.Actor) bool {
	return custody[strings.TrimSuffix(lastWord(a.Text), "s")]
}

// custody are the nouns of people held.
var custody = map[string]bool{"prisoner": true, "detainee": true, "inmate": true, "hostage": true, "captive": true}

// lastWord returns the last word of a text, in lower case.
func lastWord(text string) string {
	return strings.ToLower(text[strings.LastIndexByte(text, ' ')+1:])
}

// countryAlone reports whether actor a of s is written as a country's name
// and nothing else: "the United States", not "students throughout
// Indonesia".
func (d *doc) countryAlone(s *Sentence, a dyad.Actor) bool {
	r := tokensOf(s, a.Span)
	if r.empty() || len(a.Roles) > 0 {
		return false
	}
	if s.Tokens[r.start].Tag == "DT" {
		r.start++
	}
	m, ok := d.dict.Actor(s.Tokens, r.start, d.date)
	return ok && m.Entry.Kind == lexicon.Country && r.start+m.N == r.end
}

// protestGatherings are the nouns of people gathered to protest.
var protestGatherings = map[string]bool{
	"rally": true, "protest": true, "demonstration": true, "march": true, "gathering": true,
	"sit-in": true, "vigil": true, "assembly": true,
}

// gathered reports whether the matched words name a gathering: "dispersed
// a rally", "broke up the protest".
func gathered(s *Sentence, words []int) bool {
	return slices.ContainsFunc(words, func(i int) bool {
		return protestGatherings[s.Tokens[i].Lemma] && strings.HasPrefix(s.Tokens[i].Tag, "NN")
	})
}

// ofAnother reports whether an actor of as is of another country than c.
func ofAnother(as []dyad.Actor, c string) bool {
	return slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Country != c })
}

// cyberNouns are the computers an attack is on, or the people who make
// one on them.
var cyberNouns = map[string]bool{
	"hacker": true, "website": true, "server": true, "network": true, "database": true,
	"computer": true, "email": true, "e-mail": true, "account": true,
}

// cyberHead reports whether the noun phrase that opens range r has a
// cyber noun for its head: "the website of Moldova's election commission",
// "Russian hackers".
func cyberHead(s *Sentence, r span) bool {
	if r.empty() || r.start >= len(s.Tokens) {
		return false
	}
	for _, c := range s.Chunks {
		if c.Start <= r.start && r.start < c.End {
			return c.Kind == phrase.NP && cyberNouns[s.Tokens[c.Head].Lemma]
		}
	}
	return false
}

// othersNext reports whether the words from token at address countries of
// no name: "appealed to other countries to honour their pledges" is
// addressed to none the article names, not to whom the pledges are of.
func (d *doc) othersNext(cl *clause, at int) bool {
	s := cl.s
	if at < len(s.Tokens) && (s.Tokens[at].Lower == "to" || s.Tokens[at].Lower == "on") {
		at++
	}
	if at >= len(s.Tokens) {
		return false
	}
	c := s.Chunks[cl.chunkOf[at]]
	if c.Kind != phrase.NP || c.Start != at || !countryNouns[s.Tokens[c.Head].Lemma] && s.Tokens[c.Head].Lemma != "donor" {
		return false
	}
	return len(d.resolve(s, span{c.Start, c.End})) == 0
}

// exiled reports whether one of a and b was granted asylum by the other's
// country earlier in sentence s.
func (d *doc) exiled(s *Sentence, a, b dyad.Actor) bool {
	return slices.ContainsFunc(d.sofar, func(e *event) bool {
		return e.sent == s && strings.HasPrefix(e.code, "075") &&
			(e.target.Code == a.Code && e.source.Country == b.Country || e.target.Code == b.Code && e.source.Country == a.Country)
	})
}

// plural reports whether range r ends in a plural noun or "they", "them".
func plural(s *Sentence, r span) bool {
	if r.empty() {
		return false
	}
	h := s.Tokens[r.end-1]
	return h.Tag == "NNS" || h.Lower == "they" || h.Lower == "them"
}

// armedGroup reports whether an actor is an armed group: rebels,
// separatists, insurgents, militias or a group the dictionaries name.
func armedGroup(a dyad.Actor) bool {
	for _, r := range a.Roles {
		switch r {
		case "REB", "SEP", "INS", "UAF":
			return true
		}
	}
	return strings.HasPrefix(a.Code, "IMG") || strings.Contains(a.Code, "REB") || strings.Contains(a.Code, "SEP") || strings.Contains(a.Code, "INS")
}

// unclaimed reports whether the doer of an act is no one named: armed men
// of no group ("gunmen"), or a country only for where the act was done.
func unclaimed(a dyad.Actor) bool {
	if a.Name != "" {
		return false
	}
	if len(a.Roles) == 0 {
		return a.Code == a.Country
	}
	return len(a.Roles) == 1 && a.Roles[0] == "UAF"
}

// claimedBy returns the doer a of an act as the group that claimed it.
func claimedBy(a, group dyad.Actor) dyad.Actor {
	a.Code, a.Country, a.Roles, a.Name = group.Code, group.Country, group.Roles, group.Name
	return a
}

// fewCounted reports whether toks count people below a thousand: a
// number that no "thousand", "million" or "billion" follows.
func fewCounted(toks []text.Token) bool {
	for i, t := range toks {
		if t.Tag != "CD" {
			continue
		}
		if i+1 < len(toks) && (toks[i+1].Tag == "CD" || toks[i+1].Lemma == "thousand" || toks[i+1].Lemma == "million" || toks[i+1].Lemma == "billion") {
			continue
		}
		if n, ok := cardinal(t); ok {
			return n < 1000
		}
	}
	return false
}

// multitudeIn reports whether the noun phrase that opens range r counts
// its head by the thousand or more.
func (d *doc) multitudeIn(cl *clause, r span) bool { return countedIn(cl, r, multitude) }

// countedIn reports whether the noun phrase that opens r counts its head as
// counts says.
func countedIn(cl *clause, r span, counts func(*Sentence, phrase.Chunk) bool) bool {
	if r.empty() || r.start >= len(cl.s.Tokens) {
		return false
	}
	c := cl.s.Chunks[cl.chunkOf[r.start]]
	return c.Kind == phrase.NP && counts(cl.s, c)
}

// millionsIn reports whether the noun phrase that opens r counts its head
// by the million or more: "more than 1.3 million Haitians".
func (d *doc) millionsIn(cl *clause, r span) bool { return countedIn(cl, r, millions) }

// millions reports whether the noun phrase c counts its head by the million
// or more.
func millions(s *Sentence, c phrase.Chunk) bool {
	for i := c.Start; i <= c.Head; i++ {
		if l := s.Tokens[i].Lemma; l == "million" || l == "billion" {
			return true
		}
	}
	return false
}

// cardinal returns the count a number token names: in figures ("12,000")
// or spelled ("three", up to twelve).
func cardinal(t text.Token) (int, bool) {
	if n, err := strconv.Atoi(strings.ReplaceAll(t.Text, ",", "")); err == nil {
		return n, true
	}
	return when.Number(t.Lower)
}

// multitude reports whether the noun phrase c counts its head by the
// thousand or more: "around three million Afghans", "12,000 pilgrims".
func multitude(s *Sentence, c phrase.Chunk) bool {
	for i := c.Start; i < c.Head; i++ {
		t := s.Tokens[i]
		switch t.Lemma {
		case "thousand", "million", "billion":
			return true
		}
		if n, ok := cardinal(t); ok && t.Tag == "CD" && n >= 1000 {
			return true
		}
	}
	return false
}

// thingNamed reports whether r, hosted or received, names a thing or people
// handed over rather than visitors: its head is a common noun that is no
// role, name, title, visitor or act (a meeting hosted is its parties') ("a large Chinese battery plant", "a Chinese loan", "a US
// military base"), or a weapon that is no ship ("American tanks"; warships
// make port calls).
func (d *doc) thingNamed(cl *clause, r span) bool {
	if r.empty() {
		return false
	}
	s := cl.s
	c := s.Chunks[cl.chunkOf[r.start]]
	h := s.Tokens[c.Head]
	switch {
	case multitude(s, c):
		// "Pakistan hosts around three million Afghans": people taken
		// in by the thousand are no visitors.
		return true
	case given[h.Lemma] && h.Tag != "NNP":
		// "confirmed it had received the request", "received EU
		// funding": what was sent or given is no visit of whom it came
		// from.
		return true
	case h.Tag != "NN" && h.Tag != "NNS" || lexicon.Capitalised(h.Text) || visitors[h.Lemma] || leaderTitles[h.Lemma] || isActNoun(h.Lemma):
		return false
	case weapons[h.Lemma]:
		return !ships[h.Lemma]
	case custody[h.Lemma], h.Lemma == "migrant", h.Lemma == "deportee", h.Lemma == "evacuee":
		// "Lithuania, which received the freed prisoners": people
		// handed over or taken in pay no visit.
		return true
	}
	if _, ok := d.dict.Actor(s.Tokens, c.Head, d.date); ok {
		return false
	}
	for i := c.Start; i <= c.Head; i++ {
		if m, ok := d.dict.Role(s.Tokens, i); ok && i+m.N > c.Head {
			return false
		}
	}
	return true
}

// given are the act nouns (actNouns) that name what is sent or given, not
// who comes: received, they are things.
var given = map[string]bool{
	"request": true, "appeal": true, "call": true, "plea": true, "demand": true, "ultimatum": true,
	"complaint": true, "protest": true, "accusation": true, "claim": true, "allegation": true,
	"funding": true, "package": true,
}

// ships are the weapons that call at ports.
var ships = map[string]bool{"warship": true, "submarine": true, "destroyer": true, "frigate": true}

// placeNamed reports whether r is one or more places below a country's
// level, and nothing else: "Goma", "Goma and Bukavu".
func (d *doc) placeNamed(s *Sentence, r span) bool {
	if r.empty() {
		return false
	}
	for i := r.start; i < r.end; {
		if t := s.Tokens[i]; t.Lower == "and" || isComma(&t) {
			i++
			continue
		}
		m, ok := d.dict.Actor(s.Tokens, i, d.date)
		if !ok || m.Entry.Kind != lexicon.City && m.Entry.Kind != lexicon.Region && m.Entry.Kind != lexicon.Capital || i+m.N > r.end {
			return false
		}
		i += m.N
	}
	return true
}

// otherCountry returns target b of source a, but for "the country" that
// stands for a's own: then the one named before it ("Niger has
// strengthened ties with Russia, and Russian military instructors arrived
// in the country" is Niger).
func (d *doc) otherCountry(s *Sentence, a, b dyad.Actor) dyad.Actor {
	if b.Country != a.Country || len(b.Roles) > 0 || d.c.opts.Literal {
		return b
	}
	r := tokensOf(s, b.Span)
	if r.empty() {
		return b
	}
	if k, ok := anaphor(s.Tokens, r); ok && k == lexicon.Country {
		if c := d.lastNamed(s, r.start, k, a.Country); c != "" {
			b.Code, b.Country = c, c
		}
	}
	return b
}

// hostGovernment returns a government target b that took source a's
// country from the sentence, in an act of cooperation or speech (roots 01
// to 08), as the dateline's government instead: "DAKAR - French President
// Emmanuel Macron congratulated the president-elect" is Senegal's.
func (d *doc) hostGovernment(s *Sentence, a, b dyad.Actor, code string) dyad.Actor {
	if d.c.opts.Literal || !d.borrowed[b.Span] || b.Country != a.Country || len(b.Roles) == 0 || b.Roles[0] != "GOV" ||
		d.home == "" || d.home == a.Country || len(code) < 2 || code[:2] > "08" {
		return b
	}
	r := tokensOf(s, b.Span)
	if r.empty() {
		return b
	}
	return d.actor(s, r, d.home, b.Roles, "")
}

// eachOther reports whether the target is "each other", "one another" or
// "the other": the parties of a compound subject, each the other's
// ("India and Pakistan accused each other of violating the ceasefire").
func eachOther(s *Sentence, tgt span) bool {
	if tgt.end-tgt.start != 2 {
		return false
	}
	switch lowerJoin(s.Tokens[tgt.start:tgt.end]) {
	case "each other", "one another", "the other":
		return true
	}
	return false
}

// distinct returns the actors with the first of each code (as itself when
// no code repeats, which is nearly always).
func distinct(as []dyad.Actor) []dyad.Actor {
	repeats := false
	for i := 1; i < len(as) && !repeats; i++ {
		for j := range i {
			if as[j].Code == as[i].Code {
				repeats = true
				break
			}
		}
	}
	if !repeats {
		return as
	}
	var out []dyad.Actor
	for _, a := range as {
		if !slices.ContainsFunc(out, func(b dyad.Actor) bool { return b.Code == a.Code }) {
			out = append(out, a)
		}
	}
	return out
}

// direction reports whether a preposition says where something goes.
func direction(w string) bool {
	return w == "to" || w == "into" || w == "toward" || w == "towards"
}

// ownBody returns actor b as the opposition or the legislature (role) of
// government a's country when b is one whose own words name no country,
// nor one the article named before ("the protesters" a foreign leader
// voices support for are those of the article's news).
func (d *doc) ownBody(s *Sentence, b, a dyad.Actor, role string) dyad.Actor {
	if len(b.Roles) == 0 || b.Roles[0] != role || !slices.Contains(a.Roles, "GOV") || a.Country == b.Country || d.recalled[b.Span] ||
		!d.isCountry(a.Country) || b.Text == "" || d.namesNation(s, tokensOf(s, b.Span)) {
		return b
	}
	b.Country = a.Country
	b.Code = a.Country + strings.Join(b.Roles, "")
	return b
}

// soleOther returns the one country or organisation other than c that
// sentence s names, and whether it names any other: "" and true when it
// names several.
func (d *doc) soleOther(s *Sentence, c string) (string, bool) {
	var others []string
	add := func(o string) {
		if o != c && o != "" && !slices.Contains(others, o) {
			others = append(others, o)
		}
	}
	for _, n := range d.nations(s) {
		add(n.country)
	}
	for _, o := range d.sentOthers[s.Index] {
		if organisation(o.m.Entry.Code) {
			add(country(o.m.Entry.Code))
		}
	}
	switch len(others) {
	case 0:
		return "", false
	case 1:
		return others[0], true
	}
	return "", true
}

// otherOfPair returns the other of the two countries the article is most
// about when c is one of them, or "".
func (d *doc) otherOfPair(c string) string {
	switch {
	case c == d.pair[0] && d.isCountry(d.pair[1]):
		return d.pair[1]
	case c == d.pair[1] && d.isCountry(d.pair[0]):
		return d.pair[0]
	}
	return ""
}

// offices are what one takes over that is no territory: a post, a
// body's lead, a business.
var offices = map[string]bool{
	"presidency": true, "chairmanship": true, "chair": true, "leadership": true, "helm": true,
	"post": true, "seat": true, "role": true, "portfolio": true, "office": true, "mandate": true,
	"company": true, "firm": true, "business": true, "stake": true, "operation": true,
}

// office reports whether a noun names an office taken over: one of
// offices, in the singular ("border posts" captured are ground won).
func office(t text.Token) bool {
	return offices[t.Lemma] && t.Tag != "NNS"
}

// ofState reports whether an actor is its country's state: the country
// itself, its government, forces, legislature or courts, not rebels, the
// opposition or its people, who may deal with the state ("Ethiopia and
// Tigray rebels signed a peace deal").
func ofState(a dyad.Actor) bool {
	if len(a.Roles) == 0 {
		return true
	}
	switch a.Roles[0] {
	case "GOV", "MIL", "LEG", "JUD", "COP":
		return true
	}
	return false
}

// decided reports whether the matched words follow "agreed to", "decided
// to" or "voted to", with the verb of a noun between ("agreed to impose
// new sanctions") and the day between the verbs ("agreed on Monday to").
func decided(s *Sentence, words []int) bool {
	k := slices.Min(words) - 1
	// "agreed to impose a fresh round of sanctions": past what counts
	// the measures.
	if k >= 1 && s.Tokens[k].Lower == "of" && batchNouns[s.Tokens[k-1].Lemma] {
		k -= 2
	}
	for k >= 0 && (s.Tokens[k].Tag == "DT" || s.Tokens[k].Tag == "CD" || strings.HasPrefix(s.Tokens[k].Tag, "JJ")) {
		k--
	}
	if k >= 0 && s.Tokens[k].Tag == "VB" && !slices.Contains(words, k) {
		k--
	}
	if k < 1 || s.Tokens[k].Lower != "to" {
		return false
	}
	v := s.Tokens[dayBefore(s, k)-1]
	return decisionVerbs[v.Lemma] && strings.HasPrefix(v.Tag, "VB") && v.Tag != "VB"
}

// decisionVerbs take a decision: "agreed", "decided" or "voted" to act.
var decisionVerbs = map[string]bool{"agree": true, "decide": true, "vote": true}

// decidedBy reports whether the matched words are those of a decision
// taken (decisionVerbs, in the past) to do what follows.
func decidedBy(s *Sentence, words []int) bool {
	return slices.ContainsFunc(words, func(k int) bool {
		t := s.Tokens[k]
		return decisionVerbs[t.Lemma] && (t.Tag == "VBD" || t.Tag == "VBN")
	})
}

// batchNouns count measures taken together: "a new package of sanctions".
var batchNouns = map[string]bool{"round": true, "package": true, "set": true, "wave": true, "raft": true, "batch": true, "series": true}

// dayBefore returns where a day the decision was taken on ("agreed on
// Monday to impose") opens, right before k, or k when there is none.
func dayBefore(s *Sentence, k int) int {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch t := s.Tokens[j]; {
		case t.Lower == "on":
			if j < k-1 {
				return j
			}
			return k
		case t.Tag != "NNP" && t.Tag != "CD" && t.Lower != ",":
			return k
		}
	}
	return k
}

// pronounObject reports whether a personal pronoun other than "each
// other" is the object after the matched words, past a quantifier:
// "The United States, Britain and Jordan shot down almost all of them"
// did not shoot each other down.
func pronounObject(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	last := slices.Max(words)
	for i := last + 1; i < len(s.Tokens) && i <= last+4; i++ {
		switch t := &s.Tokens[i]; {
		case t.Tag == "PRP":
			return t.Lower != "each"
		case t.Tag != "DT" && t.Tag != "RB" && t.Tag != "IN" && t.Tag != "PDT":
			return false
		}
	}
	return false
}

// struckThing reports whether a violent act (18-20) is done to a thing or a
// place named right after its words rather than to anyone: "Malian troops
// and Russian mercenaries attacked a village in Mali" did not attack each
// other, as "fought" with no object, or "fought a war", did, and the
// village is Mali's although they are of Mali.
func (d *doc) struckThing(cl *clause, code string, words []int) bool {
	if d.c.opts.Literal || code < "18" || code >= "21" || len(words) == 0 {
		return false
	}
	ci := cl.chunkOf[slices.Max(words)] + 1
	if ci >= len(cl.s.Chunks) || cl.s.Chunks[ci].Kind != phrase.NP {
		return false
	}
	c := cl.s.Chunks[ci]
	return d.thingNamed(cl, span{c.Start, c.End})
}

// madeBy reports whether target span tgt is the agent of a participle
// ("built by", "funded by") after a thing named right after the matched
// words.
func (d *doc) madeBy(cl *clause, words []int, tgt span) bool {
	s, ch := cl.s, cl.s.Chunks
	if len(words) == 0 || tgt.empty() {
		return false
	}
	ci := cl.chunkOf[slices.Max(words)] + 1
	if ci+3 >= len(ch) || ch[ci].Kind != phrase.NP || !d.thingNamed(cl, span{ch[ci].Start, ch[ci].End}) {
		return false
	}
	v, by := ch[ci+1], ch[ci+2]
	return v.Kind == phrase.VP && s.Tokens[v.Head].Tag == "VBN" && by.Kind == phrase.PP && s.Tokens[by.Start].Lower == "by" && tgt.start >= by.End
}

// atPlace reports whether the target of a mutual act stands after a
// locative ("met in Astana"): the place the act was done in.
func atPlace(s *Sentence, p *lexicon.Pattern, tgt span) bool {
	// A rejection is of whoever proposed, not of where: "rejected an
	// invitation to attend the talks in Geneva".
	if !mutual(p) && !strings.HasPrefix(p.Code, "12") || tgt.empty() || tgt.start == 0 {
		return false
	}
	// "on the sidelines of the BRICS summit in Kazan" is where too.
	return where(s.Tokens[tgt.start-1].Lower) || s.Tokens[tgt.start-1].Lower == "on" && slices.ContainsFunc(s.Tokens[tgt.start:min(tgt.end, tgt.start+2)], func(t text.Token) bool { return t.Lemma == "sideline" || t.Lower == "sidelines" })
}

// otherNamed reports whether the target a pattern names is someone by role
// whom no dictionary or earlier mention makes one of the subject's
// parties: "Macron and Michel congratulated the president-elect" is no
// praise of each other.
func (d *doc) otherNamed(cl *clause, p *lexicon.Pattern, tgt span, srcs []dyad.Actor) bool {
	s := cl.s
	if d.c.opts.Literal || !p.Has(lexicon.ElemTarget) || tgt.empty() || eachOther(s, tgt) || atPlace(s, p, tgt) {
		return false
	}
	head := s.Chunks[cl.chunkOf[tgt.start]].Head
	if _, ok := d.dict.Role(s.Tokens, head); !ok {
		return false
	}
	for _, a := range d.resolve(s, tgt) {
		if !slices.ContainsFunc(srcs, func(b dyad.Actor) bool { return b.Code == a.Code }) {
			return false
		}
	}
	return true
}

// mutual reports whether a pattern's act, done by a compound subject with
// no one else, is done by each with the other: an act of a reciprocal code,
// or one that its verb makes mutual ("India and Pakistan traded
// accusations", "exchanged fire", "swapped prisoners").
func mutual(p *lexicon.Pattern) bool {
	switch p.Anchor {
	case "exchange", "trade", "swap":
		return true
	case "broker", "mediate":
		// "The United States and Saudi Arabia tried to broker a
		// ceasefire": between others, whom the clause may not name.
		return false
	}
	return reciprocal(p.Code)
}

// sanctionsBefore reports whether sanctions, tariffs, an embargo or a ban
// are named in the twelve words before token at.
func sanctionsBefore(s *Sentence, at int) bool {
	for i := max(at-12, 0); i < at; i++ {
		switch s.Tokens[i].Lemma {
		case "sanction", "tariff", "embargo", "ban", "restriction", "blacklist":
			return true
		}
	}
	return false
}

// leftBody reports whether an event of pattern p on targets tgts may be
// coded: leaving or exiting (161, "LEAVE +") is a cut in relations with an
// organisation only ("Mali, Burkina Faso and Niger left ECOWAS"), not with
// a place one leaves ("Putin left Beijing").
func leftBody(p *lexicon.Pattern, tgts []dyad.Actor) bool {
	if p.Anchor != "leave" && p.Anchor != "exit" || !strings.HasPrefix(p.Code, "161") {
		return true
	}
	return len(tgts) > 0 && !slices.ContainsFunc(tgts, func(b dyad.Actor) bool { return !organisation(b.Country) })
}

// namesBody reports whether an actor's words name a group, a country or an
// organisation the dictionaries know, not a person.
func (d *doc) namesBody(s *Sentence, as []dyad.Actor) bool {
	for _, a := range as {
		for i, t := range s.Tokens {
			if t.Span.Start < a.Span.Start || t.Span.End > a.Span.End {
				continue
			}
			if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && m.Entry.Kind != lexicon.Person {
				return true
			}
		}
	}
	return false
}

// objectAfter reports whether the matched words go on with "on" or
// "against" and what they are on, which no actor the coder knows is:
// "to impose sanctions on the fleet" names its target, if not one to code.
func objectAfter(cl *clause, words []int) bool {
	s := cl.s
	if len(words) == 0 {
		return false
	}
	i := slices.Max(words) + 1
	if i+1 >= len(s.Tokens) || s.Tokens[i].Lower != "on" && s.Tokens[i].Lower != "against" {
		return false
	}
	return s.Chunks[cl.chunkOf[i+1]].Kind == phrase.NP
}

// envoys reports whether the phrase at r is headed by diplomats, up to its
// first preposition: "South Africa's ambassador to the United States".
func (d *doc) envoys(s *Sentence, r span) bool {
	for i := r.start; i < r.end && s.Tokens[i].Tag != "IN" && s.Tokens[i].Tag != "TO"; i++ {
		if n := d.dict.Synset("R16_DIPLO", s.Tokens, i); n > 0 && (i+n == r.end || s.Tokens[i+n].Tag == "IN" || s.Tokens[i+n].Tag == "TO" || s.Tokens[i+n].Tag == "NNP") {
			return true
		}
	}
	return false
}

// laterIn reports whether a date is the rest of a period: "later this
// year", "later this month".
func laterIn(x *when.Expr) bool {
	return strings.HasPrefix(strings.ToLower(x.Text), "later this")
}

// laterThatDay reports whether sentence s opens with "Later," or "Later
// that day", which go on from the day of the act told before.
func laterThatDay(s *Sentence) bool {
	toks := s.Tokens
	if len(toks) < 3 || toks[0].Lower != "later" {
		return false
	}
	return toks[1].Lower == "," || len(toks) > 3 && toks[1].Lower == "that" && toks[2].Lower == "day"
}

// previousDay returns the words of s that date its act the day before the
// act told before, "the day before", "a day earlier", "the previous day",
// standing alone (not "the day before the vote"), or an empty span.
func previousDay(s *Sentence) span {
	toks := s.Tokens
	for i := 0; i+2 < len(toks); i++ {
		a, b, c := toks[i].Lower, toks[i+1].Lower, toks[i+2].Lower
		if !((a == "the" || a == "a") && b == "day" && (c == "before" || c == "earlier") || a == "the" && b == "previous" && c == "day") {
			continue
		}
		if j := i + 3; j == len(toks) || isComma(&toks[j]) || toks[j].Tag == "." || strings.HasPrefix(toks[j].Tag, "VB") {
			return span{i, j}
		}
	}
	return span{}
}

// lastDate returns the date of the last dated act told of in the three
// sentences before s, or nil.
func (d *doc) lastDate(s *Sentence) *when.Expr {
	if e := d.lastEvent(s, 3, func(e *event) bool { return e.date != nil && e.sent != s && told(e.mode) }); e != nil {
		return e.date
	}
	return nil
}

// lastEvent returns the last event of s or the back sentences before it
// for which ok holds, or nil.
func (d *doc) lastEvent(s *Sentence, back int, ok func(*event) bool) *event {
	for i := len(d.earlier) - 1; i >= 0 && d.earlier[i].sent.Index >= s.Index-back; i-- {
		if ok(d.earlier[i]) {
			return d.earlier[i]
		}
	}
	return nil
}

// against reports whether e, told as done, was done to country c by an
// actor of another country: what a denial or a threat that names no one
// answers.
func against(e *event, c string) bool {
	return told(e.mode) && e.target.Country == c && e.source.Country != c && e.source.Country != ""
}

// told reports whether an act of the mode was told as done: asserted or
// reported.
func told(m dyad.Mode) bool { return m == dyad.ModeAsserted || m == dyad.ModeReported }

// retaliates reports whether the matched words of a threat or an attack
// name a retaliation: "vowed to retaliate", "threatened revenge", "returned
// fire".
func retaliates(s *Sentence, words []int) bool {
	return slices.ContainsFunc(words, func(i int) bool {
		switch s.Tokens[i].Lemma {
		case "retaliate", "retaliation", "avenge", "revenge", "reprisal":
			return true
		case "return":
			return i+1 < len(s.Tokens) && s.Tokens[i+1].Lower == "fire" // "returned fire"
		}
		return false
	})
}

// attackOn returns the last attack (CAMEO roots 18 to 20) told of in the
// three sentences before s, of another country's actor on country c, or
// nil.
func (d *doc) attackOn(s *Sentence, c string) *event {
	return d.lastEvent(s, 3, func(e *event) bool {
		return violent(e.code) && told(e.mode) && e.target.Country == c && e.source.Country != c && e.source.Country != ""
	})
}

// reasonFor reports whether the matched words of an event noun stand in
// a phrase of what an act answers: "in retaliation for", "in response
// to", "in revenge for".
func reasonFor(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	for i := first - 1; i >= 1 && i >= first-5; i-- {
		if w := s.Tokens[i].Lower; w == "for" || w == "to" {
			switch s.Tokens[i-1].Lemma {
			case "retaliation", "response", "revenge", "reprisal":
				return true
			}
		}
	}
	return false
}

// countriesAfter reports whether "countries" stands within six words after
// the matched words: countries the sentence does not name.
func countriesAfter(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	last := slices.Max(words)
	for i := last + 1; i < len(s.Tokens) && i <= last+6; i++ {
		if t := s.Tokens[i]; t.Lemma == "country" && t.Tag == "NNS" {
			return true
		}
	}
	return false
}

// reciprocal reports whether an act (a pattern's code: refusing it is
// reciprocal too, "failed to reach agreement") that a compound subject does
// with no one else is done by each with the other: meeting, agreeing,
// cooperating, fighting ("Pakistan and Kazakhstan signed an agreement"),
// not appealing, aiding, demanding or protesting ("Egypt and Qatar called
// for a ceasefire" is addressed to others), nor mediating (045), nor
// offering aid, reform or mediation (033, 034, 038, 039), nor letting
// others in (086).
func reciprocal(code string) bool {
	if len(code) < 3 {
		return false
	}
	switch code[:2] {
	case "04":
		// Mediation is between others, and a visit made or hosted is
		// of someone else: "Egypt and Saudi Arabia hosted talks between
		// the warring parties" did not host each other.
		return code[:3] != "045" && code[:3] != "042" && code[:3] != "043"
	case "05", "06", "19", "20":
		return true
	case "08":
		// Letting in peacekeepers, inspectors or aid (086) is for
		// others: "US and British forces must allow supplies to reach
		// the needy"; and a change of policy (083) is each one's own:
		// "urged the three countries to reconsider their decision".
		return code[:3] != "086" && code[:3] != "083"
	case "03":
		switch code[:3] {
		case "033", "034", "038", "039":
			return false
		}
		return true
	}
	return false
}

// protection reports whether a code is of military protection given (074),
// intended (0334), appealed for (0234) or demanded (1034).
func protection(code string) bool {
	return strings.HasPrefix(code, "074") || code == "0334" || code == "0234" || code == "1034"
}

// claims are the nouns of what a party may defend that is no one's body
// or land: "protect the rights of", "defend the interests of".
var claims = map[string]bool{
	"right": true, "interest": true, "freedom": true, "dignity": true, "reputation": true,
	"privacy": true, "benefit": true, "welfare": true, "legitimacy": true,
}

// armedRoles are the roles of actors who bear arms, other than the police.
var armedRoles = map[string]bool{"MIL": true, "REB": true, "INS": true, "SEP": true, "UAF": true}

// leaving are the anchors of patterns of leaving a place, a post or a
// body.
var leaving = map[string]bool{"withdraw": true, "withdrawal": true, "quit": true, "leave": true, "exit": true}

// leavingPattern reports whether a pattern's anchor or words leave:
// "WITHDRAW from +", "ANNOUNCE withdrawal from +".
func leavingPattern(p *lexicon.Pattern) bool {
	if leaving[p.Anchor] {
		return true
	}
	for w := range leaving {
		if patternWord(p, w) {
			return true
		}
	}
	return false
}

// fighter reports whether an actor who riots by a pattern's words fights
// instead: the armed, the police and criminal gangs.
func fighter(a dyad.Actor) bool {
	return len(a.Roles) > 0 && (armedRoles[a.Roles[0]] || a.Roles[0] == "COP" || a.Roles[0] == "CRM")
}

// patternWord reports whether word is one of the pattern's own words.
func patternWord(p *lexicon.Pattern, word string) bool {
	for _, es := range [][]lexicon.Elem{p.Before, p.After} {
		for _, e := range es {
			if e.Kind == lexicon.ElemWord && e.Word == word {
				return true
			}
		}
	}
	return false
}

// violent reports whether a code is one of violence (roots 18 to 20):
// assault, fight, mass violence.
func violent(code string) bool {
	return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
}

// forceful reports whether a code is one of coercion or violence (roots 17
// to 20).
func forceful(code string) bool {
	return strings.HasPrefix(code, "17") || violent(code)
}

// unless reports whether "unless" follows the matched words in the
// sentence.
func unless(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	for i := slices.Max(words) + 1; i < len(s.Tokens); i++ {
		if s.Tokens[i].Lower == "unless" {
			return true
		}
	}
	return false
}

// conditioned returns the actor phrase that opens the first condition ("if
// the United States ...", "unless Stockholm ...") after the matched words,
// or the empty span.
func (d *doc) conditioned(cl *clause, words []int) span {
	s := cl.s
	if len(words) == 0 {
		return span{}
	}
	for i := slices.Max(words) + 1; i+1 < len(s.Tokens); i++ {
		if w := s.Tokens[i].Lower; w != "if" && w != "unless" {
			continue
		}
		ci := cl.chunkOf[i+1]
		c := s.Chunks[ci]
		if c.Kind != phrase.NP || c.Start != i+1 {
			return span{}
		}
		// Not who a passive condition is done to: "threatened to use
		// force if Bazoum was not reinstated".
		if ci+1 < len(s.Chunks) && s.Chunks[ci+1].Kind == phrase.VP && d.verbInfo(cl, ci+1).passive {
			return span{}
		}
		if r := (span{c.Start, c.End}); len(d.resolveNoPronoun(s, r)) > 0 {
			return r
		}
		return span{}
	}
	return span{}
}

// bySource refines a code, and its pair code, by what the source's words
// name: force not specified (190) by the weapon ("Israeli warplanes
// struck" is aerial, 195; "tanks pounded", 194; "gunmen fired", 193), and
// a visit (042) by peacekeepers ("NATO peacekeeping troops arrived in
// Bosnia" is a force deployed to keep the peace, 074, which the host
// receives, 0861).
func (d *doc) bySource(s *Sentence, src span, code, pair string) (string, string) {
	if code != "190" && code != "042" {
		return code, pair
	}
	for i := src.start; i < src.end; i++ {
		switch {
		case code == "190" && s.Tokens[i].Lower == "suicide" && i+1 < src.end && strings.HasPrefix(s.Tokens[i+1].Lower, "bomber"):
			// "A suicide bomber killed 12 people": a person, no aircraft.
			return "1831", pair
		case code == "190" && d.dict.Synset("R19_AIR", s.Tokens, i) > 0:
			return "195", pair
		case code == "190" && d.dict.Synset("R19_HEAVY", s.Tokens, i) > 0:
			return "194", pair
		case code == "190" && d.dict.Synset("R19_SMALLARMS", s.Tokens, i) > 0:
			return "193", pair
		case code == "042" && strings.HasPrefix(s.Tokens[i].Lower, "peacekeep"):
			return "074", "0861"
		case code == "042" && forceNouns[s.Tokens[i].Lemma] && strings.HasPrefix(s.Tokens[i].Tag, "NN") && onMission(s):
			// "The first contingent of about 400 Kenyan police officers
			// arrived in Haiti ... to lead a U.N.-backed multinational
			// mission": a force deployed, no visit.
			return "074", "0861"
		}
	}
	return code, pair
}

// forceNouns name a body of armed men or police sent somewhere together.
var forceNouns = map[string]bool{"contingent": true, "troop": true, "soldier": true, "force": true, "officer": true,
	"paratrooper": true, "marine": true, "battalion": true, "unit": true}

// onMission reports whether s tells of a force arriving somewhere sent on
// a mission, a deployment or a request ("at the request of Prime Minister
// Manasseh Sogavare"), not for exercises or drills.
func onMission(s *Sentence) bool {
	mission := false
	for _, t := range s.Tokens {
		switch t.Lemma {
		case "exercise", "drill", "manoeuvre", "maneuver", "parade":
			return false
		case "mission", "deployment", "request", "help", "restore", "protect", "secure", "peacekeeping":
			mission = true
		}
	}
	return mission
}

// isCounterpart reports whether an actor's words include "counterpart" or
// "counterparts" ("his Chinese counterpart in Delhi"), without allocating:
// it runs for every target of a source with a role.
func isCounterpart(text string) bool {
	const w = "counterpart"
	for i := 0; i+len(w) <= len(text); i++ {
		if (i == 0 || text[i-1] == ' ') && strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// ownedBy reports whether the possessive pronoun at token at stands for
// one of srcs ("Ukraine withdrew its troops"), not for another actor
// ("Petro suspended talks with the ELN, accusing its commanders").
func (d *doc) ownedBy(s *Sentence, at int, srcs []dyad.Actor) bool {
	owners, ok := d.owner(s, at)
	if d.c.opts.Literal || !ok || len(owners) == 0 {
		return true
	}
	return slices.ContainsFunc(owners, func(o dyad.Actor) bool {
		return slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Code == o.Code })
	})
}

// partiesOf reports whether every target is a country that one of the
// sources is of, or, when own, the sources' own: where they acted or what
// they did it to, not with whom. Another target with a role is someone:
// "the army and the RSF clashed, killing dozens of civilians".
func partiesOf(srcs, tgts []dyad.Actor, own bool) bool {
	if len(tgts) == 0 {
		return false
	}
	for _, b := range tgts {
		if len(b.Roles) > 0 && !own || !slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Country != "" && a.Country == b.Country }) {
			return false
		}
	}
	return true
}

// evidenceSpan returns the part of sentence s that says what happened: from
// the first to the last of the matched words and the actors it names.
func evidenceSpan(s *Sentence, words []int, actors ...dyad.Actor) dyad.Span {
	sp := dyad.Span{Start: s.Span.End, End: s.Span.Start}
	grow := func(x dyad.Span) {
		if x.End <= x.Start {
			return
		}
		sp.Start = min(sp.Start, x.Start)
		sp.End = max(sp.End, x.End)
	}
	for _, i := range words {
		grow(s.Tokens[i].Span)
	}
	for _, a := range actors {
		// An actor named in an earlier sentence ("he", "the attack")
		// is evidence there, not here.
		if s.Span.Start <= a.Span.Start && a.Span.End <= s.Span.End {
			grow(a.Span)
		}
	}
	if sp.End < sp.Start {
		return s.Span
	}
	return sp
}

// dateNear returns the date expression of the sentence closest to the
// matched words and in their clause (not across "who", "which", "that"),
// or nil.
func (cl *clause) dateNear(words []int) *when.Expr {
	if len(words) == 0 {
		return nil
	}
	at := words[0]
	// How far a date is from the nearest matched word: "after signing a
	// border treaty in March" is of March, not of "since deadly clashes
	// in 2022" before it.
	dist := func(x *when.Expr) int {
		d := -1
		for _, w := range words {
			if k := abs(x.Span.Start - cl.s.Tokens[w].Span.Start); d < 0 || k < d {
				d = k
			}
		}
		return d
	}
	var best *when.Expr
	for i := range cl.dates {
		x := &cl.dates[i]
		if x.Date.IsZero() || cl.acrossClause(at, x.Span) || cl.datesNoun(x.Span, words) || cl.datesParticiple(x, words) || cl.datesAside(x.Span, words) || cl.datesOccasion(x, words) || cl.sinceDate(x) && !cl.whenOf(x, words) || cl.ongoingAfter(x, words) {
			continue
		}
		if best == nil || dist(x) < dist(best) {
			best = x
		}
	}
	return best
}

// delegationOf reports whether token i of s is "delegation" before "of"
// or "from".
func delegationOf(s *Sentence, i int) bool {
	return i >= 0 && i+1 < len(s.Tokens) && s.Tokens[i].Lemma == "delegation" && (s.Tokens[i+1].Lower == "of" || s.Tokens[i+1].Lower == "from")
}

// phaseVerbs begin, go on with or end the act their subject names: "the
// talks will resume".
var phaseVerbs = map[string]bool{"begin": true, "start": true, "continue": true, "end": true, "resume": true, "conclude": true, "complete": true}

// includedAfter reports whether the noun phrase at ci is joined by "and"
// to one that "including" opens, past their phrases: "including a 34% levy
// on Chinese goods and a 20% duty on goods from the EU".
func (cl *clause) includedAfter(ci int) bool {
	ch := cl.s.Chunks
	if ci < 2 || ch[ci-1].Kind != phrase.O || !coordinator(cl.s.Tokens[ch[ci-1].Start].Lower) {
		return false
	}
	for k := ci - 2; k >= 0 && (ch[k].Kind == phrase.NP || ch[k].Kind == phrase.PP); k-- {
		if ch[k].Kind == phrase.NP && ch[k].Start > 0 && cl.s.Tokens[ch[k].Start-1].Lower == "including" {
			return true
		}
	}
	return false
}

// peopleAt reports whether the noun phrase that opens r names people: a
// person's role or title heads it, or it names a person the dictionaries
// know.
func (d *doc) peopleAt(cl *clause, r span) bool {
	if r.empty() {
		return false
	}
	s := cl.s
	c := s.Chunks[cl.chunkOf[r.start]]
	if c.Kind != phrase.NP {
		return false
	}
	if personTitled(s, c) || d.knownPerson(s, span{c.Start, c.End}) {
		return true
	}
	h := &s.Tokens[c.Head]
	if bodies[h.Lemma] {
		return false
	}
	for i := c.Start; i <= c.Head; i++ {
		if m, ok := d.dict.Role(s.Tokens, i); ok && i+m.N-1 == c.Head {
			return true
		}
	}
	return false
}

// joinedVerb reports whether the matched words' first is a verb joined by
// "and" to the verb before it: "apologised to Namibia and promised".
func joinedVerb(cl *clause, words []int) bool {
	if len(words) == 0 {
		return false
	}
	k := cl.chunkOf[slices.Min(words)] - 1
	return k > 0 && cl.s.Chunks[k].Kind == phrase.O && coordinator(cl.s.Tokens[cl.s.Chunks[k].Start].Lower)
}

// ongoingAfter reports whether date x stands before the "and" that joins
// the matched words' verb, one of what is going on, to the act before:
// "had established diplomatic relations in 1992 and were cooperating in
// trade" is no cooperation of 1992.
func (cl *clause) ongoingAfter(x *when.Expr, words []int) bool {
	s := cl.s
	at := tokenAt(s, x.Span.Start)
	if at < 0 || len(words) == 0 {
		return false
	}
	vi := cl.chunkOf[slices.Min(words)]
	v := s.Chunks[vi]
	if v.Kind != phrase.VP || s.Tokens[v.Head].Tag != "VBG" || v.Start == v.Head || s.Tokens[v.Start].Lemma != "be" ||
		vi < 1 || s.Chunks[vi-1].Kind != phrase.O || !coordinator(s.Tokens[s.Chunks[vi-1].Start].Lower) {
		return false
	}
	return at < s.Chunks[vi-1].Start
}

// whenOf reports whether the matched words are in a "when" clause right
// after date x and a comma, which tells what happened then: "since 1980,
// when Washington cut diplomatic ties with Tehran".
func (cl *clause) whenOf(x *when.Expr, words []int) bool {
	s := cl.s
	k := tokenAt(s, x.Span.End) // the comma right after the date
	return k >= 0 && k+1 < len(s.Tokens) && len(words) > 0 && isComma(&s.Tokens[k]) && s.Tokens[k+1].Lower == "when" && slices.Min(words) > k+1
}

// sinceDate reports whether "since" opens date x: when a state began
// ("dialogue, suspended since 2019"), never when an act was done.
func (cl *clause) sinceDate(x *when.Expr) bool {
	at := tokenAt(cl.s, x.Span.Start)
	return at > 0 && cl.s.Tokens[at-1].Lower == "since"
}

// since reports whether the matched words tell what has gone on since date
// x: a verb in the perfect ("has invested", "have cooperated") with "since"
// between it and the date.
func (d *doc) since(cl *clause, words []int, x *when.Expr, noun bool) bool {
	s := cl.s
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	at := first
	if noun {
		// "has carried out hundreds of air strikes on Syria since
		// December": the perfect of the verb the noun is the object of.
		if ci := cl.chunkOf[first]; ci > 0 {
			if vi, _, _ := d.governor(cl, ci); vi >= 0 {
				at = s.Chunks[vi].Head
			}
		}
	}
	if !perfectBefore(s.Tokens, first) && (at == first || !perfectBefore(s.Tokens, at)) {
		return false
	}
	for i := first; i < len(s.Tokens) && s.Tokens[i].Span.Start < x.Span.Start; i++ {
		if s.Tokens[i].Lower == "since" {
			return true
		}
	}
	return false
}

// sinceLong reports whether the matched words tell, in the perfect, what
// has gone on since a date right after "since" a year or more before the
// article's day.
func (d *doc) sinceLong(cl *clause, words []int, noun bool) bool {
	if d.date.IsZero() {
		return false
	}
	for i := range cl.dates {
		x := &cl.dates[i]
		if !x.Date.IsZero() && cl.sinceDate(x) && d.date.Sub(x.Date) >= yearAge && d.since(cl, words, x, noun) {
			return true
		}
	}
	return false
}

// sinceBefore reports whether "since" stands between the matched words and
// date x after them.
func sinceBefore(s *Sentence, words []int, x *when.Expr) bool {
	at := tokenAt(s, x.Span.Start)
	if at < 0 || len(words) == 0 {
		return false
	}
	for i := slices.Max(words) + 1; i < at; i++ {
		if s.Tokens[i].Lower == "since" {
			return true
		}
	}
	return false
}

// describes reports whether the matched words' verb is in the simple
// present in a relative clause, which says what its noun is or does as a
// rule: "CNOOC, which operates oil fields in Uganda", "Turkey, which backs
// the Tripoli-based government" (not what one says, the news's present:
// "which Kigali denies").
func describes(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	if t := s.Tokens[first].Tag; t != "VBZ" && t != "VBP" {
		return false
	}
	for k, c := range s.Chunks {
		if c.Start <= first && first < c.End {
			return c.Kind == phrase.VP && c.Start == first && inRelativeClause(s, k)
		}
	}
	return false
}

// cooperating reports whether the matched words' verb is a progressive of
// cooperating, which tells a relation, not an act: "were cooperating in
// trade, education and energy" (the article's cooperation areas).
func cooperating(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	t := &s.Tokens[first]
	if t.Tag != "VBG" || (t.Lemma != "cooperate" && t.Lemma != "collaborate") {
		return false
	}
	for i := first - 1; i >= 0 && i >= first-3; i-- {
		if s.Tokens[i].Lemma == "be" {
			return true
		}
	}
	return false
}

// perfectBefore reports whether a present perfect's "have" stands in the
// three tokens before token first: "has invested", "have cooperated".
func perfectBefore(toks []text.Token, first int) bool { return perfectWithin(toks, first, 3) }

// perfectWithin reports whether a "have" of the perfect stands in the n
// tokens before token first.
func perfectWithin(toks []text.Token, first, n int) bool {
	for i := max(first-n, 0); i < first; i++ {
		if toks[i].Lemma == "have" && toks[i].Tag != "VBD" {
			return true
		}
	}
	return false
}

// perfectSummary reports whether the matched words are a perfect that sums
// up a stretch of time rather than tells of an act: with "since" after
// them and a count of many ("has expelled several Russian diplomats since
// the start of the war"), or in a relative clause that describes its
// subject ("Qatar, which has also mediated between the two sides"). The
// caller keeps violence: strikes carried out by the hundred since a recent
// month go on.
func perfectSummary(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	toks := s.Tokens
	first, last := slices.Min(words), slices.Max(words)
	// "have carried out dozens of": the perfect of the verb that governs
	// the matched noun.
	if !perfectWithin(toks, first, 6) {
		return false
	}
	for i := max(first-4, 1); i+1 < first; i++ {
		// ", which has", not ", which Moscow has not denied".
		if (toks[i].Lower == "which" || toks[i].Lower == "who") && isComma(&toks[i-1]) && toks[i+1].Lemma == "have" {
			return true
		}
	}
	many, since := false, false
	for i := max(first-3, 0); i < len(toks) && i <= last+12; i++ {
		switch toks[i].Lower {
		case "dozens", "hundreds", "thousands", "several", "numerous", "multiple", "many":
			many = true
		case "since":
			since = true
			// "has deployed troops to Congo since the early 2000s".
			for j := i + 1; j < len(toks) && j <= i+3; j++ {
				if decade(toks[j].Lower) {
					many = true
				}
			}
		case ",", ";", ".":
			if i > last {
				return many && since
			}
		}
	}
	return many && since
}

// intendedWhen reports whether the date at sp follows an infinitive among
// the matched words of an intent: it dates what is intended.
func intendedWhen(s *Sentence, words []int, sp dyad.Span) bool {
	if len(words) == 0 {
		return false
	}
	at := tokenAt(s, sp.Start)
	for _, w := range words {
		if w > 0 && w < at && s.Tokens[w].Tag == "VB" && s.Tokens[w-1].Lower == "to" {
			return true
		}
	}
	return false
}

// habitual reports whether the matched words tell what an actor does as a
// rule or has done over a long time, not an event: a habitual adverb before
// them ("has traditionally backed", "regularly hold"), "in the past" or "in
// previous ..." after them, or a perfect with "since" a long-ago start
// ("has provided ... since the start of the war").
func habitual(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	toks := s.Tokens
	first, last := slices.Min(words), slices.Max(words)
	for i := max(first-3, 0); i < first; i++ {
		switch toks[i].Lower {
		case "traditionally", "historically", "regularly", "routinely", "usually", "often", "previously":
			return true
		case "long":
			if toks[i].Tag == "RB" {
				return true
			}
		}
	}
	perfect := perfectBefore(toks, first)
	// "Since then, ... the two countries have cooperated closely": what
	// has gone on since a time the sentence opens with.
	if perfect && toks[0].Lower == "since" {
		return true
	}
	for i := last + 1; i+1 < len(toks) && i <= last+20; i++ {
		w := toks[i].Lower
		if w == "," && (toks[i+1].Lower == "which" || toks[i+1].Lower == "who") {
			// Past a relative clause on the object: "has backed the
			// Polisario Front, which seeks independence, since the
			// 1970s".
			for i++; i+1 < len(toks) && !isComma(&toks[i]); i++ {
			}
			continue
		}
		if w == "," || w == ";" || w == "." {
			break
		}
		if w == "in" && (toks[i+1].Lower == "previous" || toks[i+1].Lower == "earlier" || toks[i+1].Lower == "past" ||
			toks[i+1].Lower == "the" && i+2 < len(toks) && toks[i+2].Lower == "past") {
			return true
		}
		if w == "since" && perfect {
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				switch toks[j].Lemma {
				case "start", "beginning", "outbreak", "independence", "establishment", "founding", "inception", "creation":
					return true
				}
				// "has backed the Polisario Front since the 1970s".
				if toks[j].Tag == "CD" && decade(toks[j].Lower) {
					return true
				}
			}
		}

	}
	return false
}

// negatedBetween reports whether toks hold "not" or "never".
func negatedBetween(toks []text.Token) bool {
	return slices.ContainsFunc(toks, func(t text.Token) bool { return t.Lower == "not" || t.Lower == "n't" || t.Lower == "never" })
}

// statusVerbs give a standing status, which the present passive tells as
// a state: "is listed as", "are recognised by".
var statusVerbs = map[string]bool{
	"list": true, "recognize": true, "recognise": true, "designate": true, "classify": true,
	"consider": true, "regard": true, "deem": true, "brand": true, "label": true, "blacklist": true,
}

// standingStatus reports whether the matched words open with a verb of
// status in the present passive, the present with "do" or the perfect
// negated: "is listed", "is not recognised", "are widely regarded", "does
// not formally recognise", "has not formally recognised".
func standingStatus(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	t := s.Tokens[first]
	if !statusVerbs[t.Lemma] {
		return false
	}
	if t.Tag != "VBN" && t.Tag != "VB" {
		return false
	}
	for i := first - 1; i >= 0 && i >= first-3; i-- {
		switch w := s.Tokens[i].Lower; {
		case (w == "is" || w == "are") && t.Tag == "VBN", (w == "does" || w == "do") && t.Tag == "VB":
			return true
		case (w == "has" || w == "have") && t.Tag == "VBN" && negatedBetween(s.Tokens[i+1:first]):
			return true // "has not formally recognised"
		case w != "not" && w != "n't" && s.Tokens[i].Tag != "RB":
			return false
		}
	}
	return false
}

// pastEra reports whether the matched words are said to have happened
// during a world war or a leader's time: "Japan occupied the Philippines
// during World War Two", "were killed by police during Duterte's anti-drug
// campaign" are history.
func pastEra(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	toks := s.Tokens
	for i := slices.Max(words) + 1; i+2 < len(toks); i++ {
		switch toks[i].Lower {
		case "that", "which", "who", "when", ";":
			return false // "demanded an admission that Soviet forces murdered ... during World War Two"
		case "during", "in":
			j := i + 1
			for j < len(toks) && (toks[j].Lower == "the" || toks[j].Lower == "first" || toks[j].Lower == "second") {
				j++
			}
			if j+1 < len(toks) && toks[j].Lower == "world" && toks[j+1].Lower == "war" {
				return true
			}
			// "during Duterte's anti-drug campaign": a former
			// leader's time.
			for k := i + 1; k < len(toks) && k <= i+3; k++ {
				if toks[k].Tag == "POS" && k+3 < len(toks) {
					for h := k + 1; h <= k+3; h++ {
						switch toks[h].Lemma {
						case "campaign", "rule", "presidency", "reign", "regime", "era", "tenure":
							return toks[i].Lower == "during"
						}
					}
				}
			}
		}
	}
	return false
}

// manyWars reports whether the matched words count wars or conflicts by
// more than one: "fought two wars", "several wars".
func manyWars(s *Sentence, words []int) bool {
	for _, w := range words {
		switch s.Tokens[w].Lower {
		case "wars", "conflicts":
		default:
			continue
		}
		if k := w - 1; k >= 0 && (s.Tokens[k].Tag == "CD" || s.Tokens[k].Lower == "several" || s.Tokens[k].Lower == "many" || s.Tokens[k].Lower == "multiple") {
			return true
		}
	}
	return false
}

// inRecentYears reports whether "in recent years" or "in recent decades",
// or "several times" and the like, follows the matched words in their
// clause, or "repeatedly" stands by them in the perfect: acts summed up.
func inRecentYears(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	toks := s.Tokens
	for i := slices.Max(words) + 1; i+2 < len(toks); i++ {
		if isComma(&toks[i]) || toks[i].Lower == ";" {
			break
		}
		if toks[i].Lower == "in" && toks[i+1].Lower == "recent" && (toks[i+2].Lower == "years" || toks[i+2].Lower == "decades") {
			return true
		}
		// "have each expelled diplomats several times this year".
		if toks[i+1].Lower == "times" && (toks[i].Lower == "several" || toks[i].Lower == "many" || toks[i].Lower == "numerous" || toks[i].Lower == "multiple") {
			return true
		}
	}
	// "Chinese and Philippine vessels have clashed repeatedly near the
	// shoal": a perfect done again and again.
	first := slices.Min(words)
	for i := max(first-2, 0); i < len(toks) && i <= slices.Max(words)+2; i++ {
		if toks[i].Lower == "repeatedly" && perfectWithin(toks, first, 4) {
			return true
		}
	}
	return false
}

// decade reports whether w names a decade: "1970s", "1990s".
func decade(w string) bool {
	if len(w) != 5 || w[4] != 's' {
		return false
	}
	_, err := strconv.Atoi(w[:4])
	return err == nil
}

// longHeld reports whether "long" stands right before the matched words of
// a perfect ("has long accused", "have long demanded"): what an actor has
// said for years.
func longHeld(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	first := slices.Min(words)
	return first >= 2 && s.Tokens[first-1].Lower == "long" && perfectBefore(s.Tokens, first)
}

// datesNoun reports whether the date at sp modifies a noun in a phrase
// that says when or what about, other than the matched words: "vowed to
// destroy Hamas after the group's October 7 attack" is not a vow of
// October 7 (the attack's own event, "the October 7 attack", is).
func (cl *clause) datesNoun(sp dyad.Span, words []int) bool {
	if cl.datesActAfter(sp, words) {
		return true
	}
	s := cl.s
	for i, t := range s.Tokens {
		if t.Span.Start < sp.End {
			continue
		}
		ci := cl.chunkOf[i]
		c := s.Chunks[ci]
		if i == 0 || cl.chunkOf[i-1] != ci || c.Kind != phrase.NP || c.Head < i ||
			!strings.HasPrefix(s.Tokens[c.Head].Tag, "NN") || slices.Contains(words, c.Head) {
			return false
		}
		// "condemned the strike as a violation of the November 2024
		// ceasefire agreement": a date between a determiner and its
		// noun after the act names which of them, not when the act was
		// done ("The October 7 attack killed 1,200 people" is of its
		// day).
		if at := tokenAt(s, sp.Start); at > c.Start && at > slices.Min(words) && determinerAt(s.Tokens, c.Start, at) {
			return true
		}
		for ci--; ci >= 0 && s.Chunks[ci].Kind == phrase.NP; ci-- {
		}
		return ci >= 0 && s.Chunks[ci].Kind == phrase.PP && asidePreps[s.Tokens[s.Chunks[ci].Start].Lower]
	}
	return false
}

// historyAge is how long before the article's day an act told as done is
// history: half a year; yearAge how long what has gone on since a date
// must have gone on to be background: a year.
const (
	historyAge = 183 * 24 * time.Hour
	yearAge    = 366 * 24 * time.Hour
)

// history reports whether date x, an act's, is long before the article's
// day: in an earlier year when only its year (or decade) is told, else
// ending more than half a year before (a month at its last day). Without
// the article's day nothing is.
func history(x *when.Expr, day time.Time) bool {
	if day.IsZero() || x.Date.After(day) {
		return false
	}
	end := x.Date
	if !x.End.IsZero() {
		end = x.End
	}
	switch x.Precision {
	case dyad.PrecisionYear:
		return end.Year() < day.Year()
	case dyad.PrecisionDecade:
		return end.Year()+9 < day.Year()
	case dyad.PrecisionMonth:
		end = end.AddDate(0, 1, -1)
	case dyad.PrecisionWeek:
		end = end.AddDate(0, 0, 6)
	}
	return day.Sub(end) > historyAge
}

// determinerAt reports whether a determiner or a possessive stands in
// toks[from:to]: "the", "its", "Russia's".
func determinerAt(toks []text.Token, from, to int) bool {
	for _, t := range toks[from:to] {
		if t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" {
			return true
		}
	}
	return false
}

// meetingNoun reports whether a noun names a meeting or a visit (04) or a
// gathering.
func meetingNoun(lemma string) bool {
	p := actNouns[lemma]
	return len(p) == 1 && strings.HasPrefix(p[0], "04") || gatherings[lemma]
}

// awaited reports whether the noun phrase starting at token at follows
// "before" or "ahead of": what it names comes after the news.
func awaited(toks []text.Token, at int) bool {
	return at > 0 && (toks[at-1].Lower == "before" || at > 1 && toks[at-1].Lower == "of" && toks[at-2].Lower == "ahead")
}

// datesAside reports whether the date at sp, after the matched words,
// ends a phrase of when ("after", "before", "following", "ahead of") or of
// circumstance ("despite", "amid") that names another occasion, up to a
// comma: "discussed security guarantees after a summit between Trump and
// Putin in Alaska on Friday" is no discussion of Friday, "criticised Ruto
// for sending the officers despite a High Court ruling in January" no
// criticism of January.
func (cl *clause) datesAside(sp dyad.Span, words []int) bool {
	s := cl.s
	at := tokenAt(s, sp.Start)
	if at < 0 || len(words) == 0 || at <= slices.Max(words) {
		return false
	}
	for i := slices.Max(words) + 1; i < at; i++ {
		if w := s.Tokens[i].Lower; w != "after" && w != "before" && w != "following" && w != "ahead" && w != "despite" && w != "amid" {
			continue
		}
		// The phrase runs to a comma: ", security sources said
		// Tuesday" is past it.
		occasion := false
		for k := i + 1; k < at; k++ {
			if isComma(&s.Tokens[k]) {
				occasion = false
				break
			}
			// ("ruling" may be read as a verb's -ing, lemma "rule")
			if t := s.Tokens[k].Lemma; gatherings[t] || talkNoun(t) || isActNoun(t) || isActNoun(s.Tokens[k].Lower) {
				occasion = true
			}
		}
		if occasion {
			return true
		}
	}
	return false
}

// occasions are the nouns of occasions a date after them tells the time
// of, besides gatherings and talks: "the elections in September".
var occasions = map[string]bool{"election": true, "vote": true, "poll": true, "referendum": true, "runoff": true, "inauguration": true}

// datesOccasion reports whether the date x, past a verb after the matched
// words, tells the time of an occasion that the verb's phrase names right
// before it: "accused Russia of spending millions to interfere in
// Moldova's parliamentary elections in September" is no accusation of
// September (nor, told in the past, of last September).
func (cl *clause) datesOccasion(x *when.Expr, words []int) bool {
	s := cl.s
	at := tokenAt(s, x.Span.Start)
	if at < 2 || len(words) == 0 || at <= slices.Max(words) {
		return false
	}
	k := at - 1
	if s.Tokens[k].Tag == "IN" {
		k--
	}
	h := &s.Tokens[k]
	if k <= slices.Max(words) || !strings.HasPrefix(h.Tag, "NN") || s.Chunks[cl.chunkOf[k]].Head != k ||
		!occasions[h.Lemma] && !gatherings[h.Lemma] && !talkNoun(h.Lemma) {
		return false
	}
	for ci := cl.chunkOf[slices.Max(words)] + 1; ci < cl.chunkOf[k]; ci++ {
		if c := s.Chunks[ci]; c.Kind == phrase.VP && !slices.Contains(words, c.Head) {
			return true
		}
	}
	return false
}

// datesActAfter reports whether the date at sp ends the phrase of an act
// that the matched words are for or about: "threatened to retaliate for the
// killing of Hamas leader Ismail Haniyeh in Tehran last month" is no threat
// of last month.
func (cl *clause) datesActAfter(sp dyad.Span, words []int) bool {
	at := tokenAt(cl.s, sp.Start)
	return at >= 0 && len(words) > 0 && at >= slices.Max(words) && (inActPhrase(cl.s, at, words) || inGerundFor(cl.s, at, words))
}

// inGerundFor reports whether token at is in the phrase of a gerund after
// "for" that the matched words are not of: "thanked Vietnam for donating
// 10,000 tonnes of rice this year" is no thanks of the year.
func inGerundFor(s *Sentence, at int, words []int) bool {
	ci := chunkAt(s, at)
	for k := ci - 1; k > 0; k-- {
		c := s.Chunks[k]
		if slices.Contains(words, c.Head) {
			return false
		}
		if c.Kind == phrase.VP {
			p := s.Chunks[k-1]
			return c.Start == c.Head && s.Tokens[c.Head].Tag == "VBG" && p.Kind == phrase.PP && s.Tokens[p.Start].Lower == "for"
		}
		if c.Kind != phrase.NP && c.Kind != phrase.PP {
			return false
		}
	}
	return false
}

// datesParticiple reports whether year or decade x is in the phrase of a
// participle after the matched words that modifies a noun: "demand the
// return of property seized by government forces in the 1970s" is no
// demand of the 1970s, "agreements reached during Sharif's visit in 2023"
// no discussion of 2023. A day or a month there is mostly the verb's
// ("received a delegation led by Gilani on Tuesday").
func (cl *clause) datesParticiple(x *when.Expr, words []int) bool {
	return (x.Precision == dyad.PrecisionYear || x.Precision == dyad.PrecisionDecade) && cl.inParticiple(x, words, false)
}

// inParticiple reports whether date x is in the phrase of a participle
// after the matched words that modifies a noun, a past one when past is
// set: "release 18 Cambodian soldiers captured in July".
func (cl *clause) inParticiple(x *when.Expr, words []int, past bool) bool {
	at := tokenAt(cl.s, x.Span.Start)
	if at < 0 || len(words) == 0 || at < slices.Max(words) {
		return false
	}
	for ci := cl.chunkOf[slices.Max(words)] + 1; ci < cl.chunkOf[at]; ci++ {
		if c := cl.s.Chunks[ci]; c.Kind == phrase.VP && participle(cl.s, c) && !slices.Contains(words, c.Head) && (!past || cl.s.Tokens[c.Head].Tag == "VBN") {
			return true
		}
	}
	return false
}

// chunkAt returns the index of the chunk of s that holds token i, or -1.
func chunkAt(s *Sentence, i int) int {
	return slices.IndexFunc(s.Chunks, func(c phrase.Chunk) bool { return c.Start <= i && i < c.End })
}

// tokenAt returns the index of the token that starts at byte offset at, or
// -1.
func tokenAt(s *Sentence, at int) int {
	for i, t := range s.Tokens {
		if t.Span.Start == at {
			return i
		}
	}
	return -1
}

// anotherInfinitive reports whether chunk ci is a coordinator before
// another verb whose infinitive starts before byte offset end: "and agreed
// to begin talks", "and invited him to attend".
func anotherInfinitive(s *Sentence, ci, end int) bool {
	c := s.Chunks[ci]
	if c.Kind != phrase.O || !coordinator(s.Tokens[c.Start].Lower) || ci+2 >= len(s.Chunks) || s.Chunks[ci+1].Kind != phrase.VP ||
		s.Tokens[c.Start].Span.Start >= end {
		return false
	}
	if meansVerbs[s.Tokens[s.Chunks[ci+1].Head].Lemma] {
		// "detained dozens of protesters and used water cannon to
		// disperse a rally on Wednesday night": the purpose of a means
		// used then, not another time.
		return false
	}
	for _, v := range s.Chunks[ci+2:] {
		if s.Tokens[v.Start].Span.Start >= end {
			return false
		}
		if v.Kind == phrase.VP && s.Tokens[v.Start].Tag == "TO" {
			return true
		}
	}
	return false
}

// meansVerbs use a means for the purpose an infinitive after their object
// says: "used water cannon to disperse", "sent troops to secure".
var meansVerbs = map[string]bool{"use": true, "deploy": true, "send": true, "fire": true, "employ": true}

// acrossClause reports whether a clause opener stands between token at and
// the byte span sp.
func (cl *clause) acrossClause(at int, sp dyad.Span) bool {
	s := cl.s
	lo, hi := s.Tokens[at].Span.Start, sp.Start
	if hi < lo {
		lo, hi = sp.End, s.Tokens[at].Span.Start
	}
	for ci, c := range s.Chunks {
		// "signed a declaration in Ankara and agreed to begin talks by
		// the end of February": a date in the infinitive of another
		// verb of the subject's is that infinitive's ("killed two and
		// wounded five on Sunday" is both's).
		if s.Tokens[at].Span.Start < s.Tokens[c.Start].Span.Start && anotherInfinitive(s, ci, sp.Start) {
			return true
		}
		// "called on Hamas to release the hostages it seized in the
		// Oct. 7 attack": a clause that follows a noun without "that"
		// has its own time.
		if c.Kind == phrase.NP && s.Tokens[c.Start].Tag == "PRP" && c.End-c.Start == 1 && ci > 0 && ci+1 < len(s.Chunks) &&
			s.Chunks[ci-1].Kind == phrase.NP && s.Chunks[ci+1].Kind == phrase.VP && s.Tokens[s.Chunks[ci+1].Start].Tag == "VBD" {
			if b := s.Tokens[c.Start].Span.Start; lo < b && b < hi {
				return true
			}
		}
		// "Scholz, who spoke with Putin on Friday, condemned the
		// strikes": a relative clause set off by commas has its own
		// time.
		// So has one without commas before them, that a comma and
		// "and" end before the matched words: "accused Rwanda of
		// backing M23 rebels who captured Goma last month, and recalled
		// its ambassador" recalled no envoy last month (a participle
		// after the comma still goes with it: "protesters who stormed
		// parliament on Tuesday, killing five").
		if relative(s, c) && c.Start > 0 {
			end := len(s.Tokens)
			for k := c.Start; k < len(s.Tokens); k++ {
				if s.Tokens[k].Lower == "," {
					end = k
					break
				}
			}
			rw := s.Tokens[c.Start].Lower
			coordinated := (rw == "who" || rw == "which" || rw == "that") && end+1 < len(s.Tokens) && coordinator(s.Tokens[end+1].Lower) && at > end+1
			if end < len(s.Tokens) && (s.Tokens[c.Start-1].Lower == "," || coordinated) {
				in := func(b int) bool { return s.Tokens[c.Start].Span.Start <= b && b < s.Tokens[end].Span.Start }
				if in(sp.Start) != in(s.Tokens[at].Span.Start) {
					return true
				}
			}
		}
		// "struck what it said were militant bases ... on Tuesday": a
		// speaker's naming of the object opens no clause of its own.
		// "told parliament that agencies were investigating the killing
		// in June": the time in a clause a "that" opens, which the
		// chunker took for a preposition, is not the telling's (the
		// time of the saying is the reported clause's: "agreed on
		// Wednesday that their countries should cooperate").
		if c.Kind == phrase.PP && s.Tokens[c.Start].Lower == "that" && c.End-c.Start == 1 &&
			s.Tokens[at].Span.Start < s.Tokens[c.Start].Span.Start && s.Tokens[c.Start].Span.Start < sp.Start {
			end := s.Span.End // the clause runs to a comma
			for k := c.End; k < len(s.Tokens); k++ {
				if isComma(&s.Tokens[k]) {
					end = s.Tokens[k].Span.Start
					break
				}
			}
			if sp.Start < end {
				return true
			}
		}
		// "denied that Lula's government had ordered any espionage,
		// saying the operation was halted in March 2023": what a
		// participle of saying after a comma tells has its own time.
		if c.Kind == phrase.VP && c.Start > 0 && isComma(&s.Tokens[c.Start-1]) && s.Tokens[c.Head].Tag == "VBG" && sayVerbs[s.Tokens[c.Head].Lemma] {
			if b := s.Tokens[c.Start].Span.Start; lo < b && b < hi {
				return true
			}
		}
		if c.Kind == phrase.SBAR && cl.skipWhatCalled(c.Start) == c.Start {
			// "visited the university on Monday, where he addressed
			// students", "since the invasion in 2022, when Lithuania
			// expelled the Russian ambassador": a clause of the place
			// or time goes on with the time of the one it follows.
			if w := s.Tokens[c.Start].Lower; (w == "where" || w == "when") && sp.End <= s.Tokens[c.Start].Span.Start && s.Tokens[at].Span.Start > s.Tokens[c.Start].Span.Start {
				continue
			}
			if b := s.Tokens[c.Start].Span.Start; lo < b && b < hi {
				return true
			}
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// talksTopic reports whether the noun phrase at token at is what talks are
// about: after "on", "over" or "about" that follows talks or a meeting in
// its clause ("talks with Howard Lutnick on US tariffs on Mexican steel"
// are no tariffs imposed).
func talksTopic(s *Sentence, at int) bool {
	toks := s.Tokens
	if at < 2 {
		return false
	}
	switch toks[at-1].Lower {
	case "on", "over", "about", "regarding", "concerning":
	default:
		return false
	}
	for k := at - 2; k >= 0 && k >= at-8; k-- {
		t := &toks[k]
		if isComma(t) || strings.HasPrefix(t.Tag, "VB") {
			return false
		}
		if strings.HasPrefix(t.Tag, "NN") && (talkNoun(t.Lemma) || t.Lemma == "discussion" || t.Lemma == "dialogue" || t.Lemma == "consultation") {
			return true
		}
	}
	return false
}

// nounEvents codes an event noun heading the noun phrase at chunk ci:
// "Kazakhstan's visit to Pakistan", "the trip to Multan was made by X",
// "the visit of X to Y", "an attack by X on Y".
func (d *doc) nounEvents(cl *clause, ci int) []*event {
	s := cl.s
	c := s.Chunks[ci]
	head := &s.Tokens[c.Head]
	if !strings.HasPrefix(head.Tag, "NN") || head.Tag == "NNP" || head.Tag == "NNPS" {
		return nil
	}
	pats := d.patterns(head, true)
	if len(pats) == 0 || !d.c.opts.Literal && (cl.undone(ci) || marksTime(s, c.Start) || talksTopic(s, c.Start)) {
		return nil
	}
	toks := s.Tokens
	// The source: a possessive or modifier in the noun phrase ...
	var mod span
	for i := c.Start; i < c.Head; i++ {
		if toks[i].Tag == "POS" {
			mod = span{c.Start, i}
		}
	}
	if mod.empty() {
		for i := c.Start; i < c.Head; i++ {
			if m, ok := d.dict.Actor(toks, i, d.date); ok && i+m.N <= c.Head {
				mod = span{i, i + m.N}
				break
			}
		}
	}
	if mod.empty() && !d.c.opts.Literal && c.Start < c.Head && (toks[c.Start].Lower == "his" || toks[c.Start].Lower == "her") && meetingNoun(head.Lemma) {
		// "did not arrest Putin during his visit to the country": the
		// person's own; "Ruto met Xi during his visit to China": the
		// clause's subject's, not the last person named.
		mod = span{c.Start, c.Start + 1}
		if sb := cl.subjectBefore(ci); !sb.empty() && c.Start > 0 && toks[c.Start-1].Tag == "IN" {
			if as := d.resolve(s, sb); len(as) == 1 && d.personLike(s, as[0]) {
				mod = sb
			}
		}
	}
	// ... an "of" or "by" phrase right after it ...
	var ofBy span
	ofWord := ""
	if ci+2 < len(s.Chunks) && s.Chunks[ci+1].Kind == phrase.PP && s.Chunks[ci+2].Kind == phrase.NP {
		if w := toks[s.Chunks[ci+1].Start].Lower; w == "of" || w == "by" {
			g, _ := d.group(s, ci+2, objectPreps)
			g = cl.untilDate(g)
			if len(d.resolve(s, g)) > 0 {
				ofBy, ofWord = g, w
			}
		}
	}
	if d.putOff(cl, ci) || !d.c.opts.Literal && cl.measured(ci) {
		return nil
	}
	// ... or the light verb that governs it.
	mode := dyad.ModeAsserted
	var gov, iobj span
	rest := c.Head + 1 // where the pattern's words after the noun go on
	if vi, asSubject, io := d.governor(cl, ci); vi >= 0 {
		iobj = io
		v := d.verbInfo(cl, vi)
		if _, ok := d.askedOf(cl, vi, v); ok {
			return nil // what is asked for, coded with the demand
		}
		if !asSubject || v.passive || d.c.opts.Literal || phaseVerbs[v.lemma] {
			// Not "an Israeli offensive in Rafah would have dire
			// consequences", Egypt warned: what the act would have is
			// no mode of its own (one that would begin is).
			mode = v.mode
		}
		switch {
		case asSubject && v.passive:
			// "Sanctions were imposed on Russia by the EU": the
			// agent, and the noun's words go on after the verb.
			gov = d.byAgent(cl, v.head)
			if c.End == s.Chunks[vi].Start {
				rest = s.Chunks[vi].End
			}
		case !asSubject && !v.passive:
			gov = cl.subj[vi]
		}
	}
	if mode == dyad.ModeAsserted && d.mayBe(cl, ci) {
		// "a Chinese attack on Taiwan could threaten Japan's survival":
		// an act that would do something, if it happened.
		mode = dyad.ModeHypothetical
	}
	if gov.empty() && !d.c.opts.Literal && (c.Start > 0 && toks[c.Start-1].Lower == "including" || cl.includedAfter(ci)) {
		// "imposed tariffs on dozens of countries, including a 34% duty
		// on Chinese goods and a 20% duty on goods from the European
		// Union": what the clause's subject did.
		gov = cl.subjectBefore(ci)
	}
	for i := c.Start; i < c.Head && mode == dyad.ModeAsserted && !d.c.opts.Literal; i++ {
		if toComeWords[toks[i].Lower] {
			mode = dyad.ModeFuture
		}
	}
	if mode == dyad.ModeAsserted && !d.c.opts.Literal && meetingNoun(head.Lemma) && awaited(toks, c.Start) {
		// "fired a missile days before a visit to Seoul by the U.S.
		// secretary of state": a meeting the news is ahead of is yet
		// to come.
		mode = dyad.ModeFuture
	}
	// "this visit", "the trip": an event the article may have coded already.
	anaphor := false
	if c.Start < c.Head {
		switch toks[c.Start].Lower {
		case "this", "that", "the", "these", "those":
			anaphor = true
		}
	}
	// "A U.S. drone strike in Baghdad killed Iranian commander Qassem
	// Soleimani": the strike, the subject of a violent verb, struck
	// whom the verb names, not the place it was in.
	killed := false
	if vj := cl.verbAfter(ci); !d.c.opts.Literal && vj >= 0 && d.violentVerb(&toks[s.Chunks[vj].Head]) && !d.verbInfo(cl, vj).passive {
		killed = true
	}
	var mediated []*event
	for _, p := range pats {
		if killed && startsWith(p, "in") {
			continue
		}
		src, from := mod, rest
		// "the visit of X to Y", "an attack by X": the source, unless the
		// pattern itself goes on with "of" ("the shelling of +").
		// Not the "of" phrase of talks held by the governing verb's
		// subject, which says at what level ("Afghanistan, Pakistan
		// and China held a meeting of ministers in Kabul").
		if !ofBy.empty() && (ofWord == "by" || !startsWith(p, "of")) && src.empty() && !(ofWord == "of" && !gov.empty() && talkNoun(head.Lemma)) {
			src, from = ofBy, ofBy.end
		}
		if src.empty() {
			src = gov
		}
		m, ok := d.match(cl, p, c.Head, from, false)
		if !ok && !iobj.empty() {
			// "gave Tanzania a grant" is "gave a grant to Tanzania".
			if q := withoutTarget(p); q != nil {
				m, ok = d.match(cl, q, c.Head, from, false)
				m.tgt = iobj
			}
		}
		if !ok {
			continue
		}
		if !m.src.empty() {
			src = m.src
			if m.tgt.empty() && !p.Has(lexicon.ElemTarget) && !d.c.opts.Literal {
				// "exchanged prisoners in a swap mediated by the UAE":
				// those the clause's verb has for subject are whom the
				// agent the noun's pattern names acted between; not one
				// alone ("Pakistan signed a deal brokered by China":
				// the broker is no party, and mediated between no one).
				if r := cl.subjectBefore(ci); len(d.resolve(s, r)) > 1 {
					m.tgt = r
				} else if a, b := d.partiesSoFar(s); !a.empty() {
					// "said Ethiopia had agreed to respect Somalia's
					// sovereignty, after talks mediated by Turkey": the
					// two the sentence's act was between.
					evs := append(d.events(cl, p, src, a, m.words, mode), d.events(cl, p, src, b, m.words, mode)...)
					if len(evs) > 0 {
						return append(mediated, evs...)
					}
					continue
				} else {
					continue
				}
			}
		}
		if bm, ok := d.metBetween(cl, ci, p); src.empty() && ok {
			if bm != dyad.ModeAsserted {
				// "a truce between Israel and Hamas would begin on
				// Thursday", Qatar said: as the verb has it.
				mode = bm
			}
			// "after a meeting between Vieira and his Argentine
			// counterpart Werthein": those it was between met, each
			// with the other; "between" takes both whatever verb
			// follows ("between India and Pakistan came into force").
			src, m.tgt = m.tgt, span{}
			ch := cl.s.Chunks
			if k := cl.chunkOf[src.end-1]; k+2 < len(ch) && ch[k+1].Kind == phrase.O && coordinator(cl.s.Tokens[ch[k+1].Start].Lower) && ch[k+2].Kind == phrase.NP {
				src.end = ch[k+2].End
			} else if k+2 < len(ch) && ch[k+1].Kind == phrase.PP && (cl.s.Tokens[ch[k+1].Start].Lower == "from" || cl.s.Tokens[ch[k+1].Start].Lower == "of") && ch[k+2].Kind == phrase.NP {
				// "a meeting between officials from both sides": the
				// two the article is about.
				if _, ok := d.pairPhrase(cl.s.Tokens, span{ch[k+2].Start, ch[k+2].End}); ok {
					src.end = ch[k+2].End
				}
			}
		}
		if src.empty() && !d.c.opts.Literal && !startsWith(p, "between") && meetingNoun(head.Lemma) && c.Start > 0 && heldWords[toks[c.Start-1].Lower] {
			// "released 24 political prisoners after talks with a
			// delegation from Norway", "After talks with Putin, Modi
			// said": the clause's subject held them.
			if src = cl.subjectBefore(ci); src.empty() {
				src = cl.subjectAfter(ci)
			}
		}
		if src.empty() || d.permanentMission(cl.s, p, m.tgt) {
			continue
		}
		evs := d.events(cl, p, src, m.tgt, m.words, mode)
		for _, e := range evs {
			e.anaphor = anaphor
		}
		if len(evs) > 0 && len(mediated) == 0 && strings.HasPrefix(p.Code, "045") && !gov.empty() && talkNoun(head.Lemma) {
			// "Russia and Ukraine held talks mediated by Turkey": the
			// mediation, and the talks the parties held.
			mediated = evs
			continue
		}
		if len(evs) > 0 {
			return append(mediated, evs...)
		}
		if len(p.Before) > 0 && !d.c.opts.Literal {
			// "lodged a diplomatic protest": a noun its modifier says
			// is of a kind of its own is not the noun alone (a rally),
			// even when it names no one.
			return mediated
		}
	}
	return mediated
}

// wherePreps open a phrase of where an act was done, and never of whom
// it was done to, as "at" and "to" may be ("fired at protesters
// demanding"), which locative counts.
var wherePreps = map[string]bool{"outside": true, "near": true, "in": true, "inside": true, "across": true, "through": true, "throughout": true}

// partiesSoFar returns the spans of the source and the target, two
// countries' actors named in s, of the last act s has told so far, or
// empty spans.
func (d *doc) partiesSoFar(s *Sentence) (span, span) {
	for i := len(d.sofar) - 1; i >= 0; i-- {
		e := d.sofar[i]
		if e.sent != s || !told(e.mode) && e.mode != dyad.ModeFuture || e.source.Country == e.target.Country || !d.isCountry(e.source.Country) || !d.isCountry(e.target.Country) {
			continue
		}
		a, b := tokensOf(s, e.source.Span), tokensOf(s, e.target.Span)
		if !a.empty() && !b.empty() {
			return a, b
		}
	}
	return span{}, span{}
}

// marksTime reports whether the noun phrase at token at follows "since":
// an act that marks a time ("the first high-level meeting since Russia's
// invasion of Ukraine") is background, not news.
func marksTime(s *Sentence, at int) bool {
	return at > 0 && s.Tokens[at-1].Lower == "since"
}

// heldWords before a meeting's noun tell it took place: "after talks
// with", "during a meeting with".
var heldWords = map[string]bool{"after": true, "following": true, "during": true}

// subjectBefore returns the subject of the last verb group before chunk
// ci that has one, or an empty span.
func (cl *clause) subjectBefore(ci int) span {
	for k := ci - 1; k >= 0; k-- {
		if cl.s.Chunks[k].Kind == phrase.VP {
			if r := cl.subj[k]; !r.empty() {
				return r
			}
		}
	}
	return span{}
}

// subjectAfter returns the subject of the first verb group after chunk ci
// whose subject comes after ci too ("After talks with Putin, Modi said"),
// or an empty span.
func (cl *clause) subjectAfter(ci int) span {
	for k := ci + 1; k < len(cl.s.Chunks); k++ {
		if cl.s.Chunks[k].Kind == phrase.VP {
			if r := cl.subj[k]; !r.empty() && r.start >= cl.s.Chunks[ci].End {
				return r
			}
			return span{}
		}
	}
	return span{}
}

// metBetween reports whether the event noun at chunk ci, whose pattern p
// goes on with "between" and its parties, told of a meeting that took place:
// one a phrase of time or occasion names ("after a meeting between",
// "during talks between", "at a summit between", "followed a meeting
// between"), or one that took effect ("A ceasefire between Israel and Hamas
// took effect"), or will ("would begin on Thursday", Qatar said), with the
// mode of the verb that says so. Not talks called for, planned or ahead
// ("ahead of talks between"), which are no meeting yet.
func (d *doc) metBetween(cl *clause, ci int, p *lexicon.Pattern) (dyad.Mode, bool) {
	if d.c.opts.Literal || !startsWith(p, "between") || !reciprocal(p.Code) {
		return "", false
	}
	s := cl.s
	c := s.Chunks[ci]
	for i := c.Start; i < c.Head; i++ {
		if toComeWords[s.Tokens[i].Lower] {
			return "", false
		}
	}
	// "A ceasefire between Israel and Hamas took effect": one that
	// began, or held; or that will begin, by the two's intent ("a truce
	// between Israel and Hamas would begin on Thursday").
	if vj := cl.verbAfter(ci); vj >= 0 {
		m := d.verbInfo(cl, vj).mode
		switch v := s.Chunks[vj]; s.Tokens[v.Head].Lemma {
		case "begin", "start", "hold", "end", "last", "conclude":
			// "A meeting between Zelensky and Trump ended in a
			// shouting match": it took place.
			if m == dyad.ModeAsserted || toCome(m) {
				return m, true
			}
		case "take", "come", "enter":
			// "took effect", "came into force", "entered into force";
			// "A meeting between the two countries took place".
			if (m == dyad.ModeAsserted || toCome(m)) && v.Head+1 < len(s.Tokens) && (s.Tokens[v.Head+1].Lower == "effect" || s.Tokens[v.Head+1].Lower == "into" || s.Tokens[v.Head+1].Lower == "place") {
				return m, true
			}
		}
	}
	if c.Start == 0 {
		return "", false
	}
	switch t := s.Tokens[c.Start-1]; {
	case t.Lower == "after", t.Lower == "following", t.Lower == "during", t.Lower == "at":
		return dyad.ModeAsserted, true
	case t.Lemma == "follow" && strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG":
		// "The decision followed a meeting between Carney and Modi".
		return dyad.ModeAsserted, true
	}
	return "", false
}

// permanentMission reports whether a visit's mission is a country's mission
// to an international organisation, an office and no visit: "Iran's
// mission to the United Nations said".
func (d *doc) permanentMission(s *Sentence, p *lexicon.Pattern, tgt span) bool {
	if d.c.opts.Literal || p.Anchor != "mission" || p.Code != "042" || tgt.empty() {
		return false
	}
	as := d.resolve(s, tgt)
	return len(as) > 0 && !slices.ContainsFunc(as, func(a dyad.Actor) bool { return !organisation(a.Country) })
}

// undoingVerbs end or lessen what their object names: "ease restrictions",
// "halted strikes", "scrapped the visit", "cut duties".
var undoingVerbs = map[string]bool{
	"ease": true, "lift": true, "relax": true, "loosen": true, "remove": true, "end": true,
	"scrap": true, "cancel": true, "rescind": true, "revoke": true, "repeal": true, "abolish": true,
	"reverse": true, "halt": true, "stop": true, "suspend": true, "drop": true, "withdraw": true,
	"lower": true, "reduce": true, "cut": true, "slash": true, "waive": true,
}

// putOff reports whether the noun phrase at ci is in the subject of a
// passive verb that called it off: "Xi's visit to Moscow was postponed",
// "a visit to Kabul by the foreign minister was cancelled" tell of no
// visit.
func (d *doc) putOff(cl *clause, ci int) bool {
	if d.c.opts.Literal {
		return false
	}
	vj := cl.verbAfter(ci)
	return vj >= 0 && cl.calledOff(vj) && d.verbInfo(cl, vj).passive
}

// measured reports whether the noun phrase at ci is the subject of a verb
// of how much it changed: "India's exports to the United States fell 20%"
// is a figure, no act.
func (cl *clause) measured(ci int) bool {
	vj := cl.verbAfter(ci)
	if vj < 0 {
		return false
	}
	// "Trade between China and Russia reached a record 240 billion
	// dollars", not "the implementation of agreements reached earlier".
	v := cl.s.Tokens[cl.s.Chunks[vj].Head].Lemma
	return changeVerbs[v] || v == "reach" && tradeNouns[cl.s.Tokens[cl.s.Chunks[ci].Head].Lemma]
}

// tradeNouns are the amounts of trade whose figures a story gives.
var tradeNouns = map[string]bool{"trade": true, "export": true, "import": true, "turnover": true, "investment": true}

// changeVerbs say how much an amount changed, or came to.
var changeVerbs = map[string]bool{
	"fall": true, "rise": true, "grow": true, "drop": true, "decline": true, "surge": true,
	"jump": true, "slump": true, "plunge": true, "soar": true, "shrink": true, "climb": true,
	"double": true, "triple": true, "halve": true, "dip": true,
	// How much it was: "India's trade with Switzerland stood at 19 billion dollars".
	"stand": true, "total": true, "amount": true, "exceed": true, "top": true,
}

// verbAfter returns the verb group after the noun phrase at ci and its
// complements ("a visit to Kabul by the foreign minister was cancelled"),
// of which it may be the subject, or -1.
func (cl *clause) verbAfter(ci int) int {
	ch := cl.s.Chunks
	vj := ci + 1
	for vj < len(ch) && (ch[vj].Kind == phrase.NP || ch[vj].Kind == phrase.PP || ch[vj].Kind == phrase.O && coordinator(cl.s.Tokens[ch[vj].Start].Lower)) {
		vj++
	}
	if vj < len(ch) && ch[vj].Kind == phrase.VP {
		return vj
	}
	return -1
}

// mayBe reports whether the noun phrase at ci, an indefinite one ("a",
// "an", "any"), is the subject of a verb of what may or will be, not a
// passive: "an Israeli strike on Iran would be a disaster". What "the
// attack" will bring has happened.
func (d *doc) mayBe(cl *clause, ci int) bool {
	ch := cl.s.Chunks
	switch cl.s.Tokens[ch[ci].Start].Lower {
	case "a", "an", "any":
	default:
		return false
	}
	vj := cl.verbAfter(ci)
	if d.c.opts.Literal || vj < 0 || ci > 0 && ch[ci-1].Kind == phrase.PP && cl.s.Tokens[ch[ci-1].Start].Lower != "that" {
		// "said after a meeting with Putin that India would buy
		// oil": a preposition's object is no verb's subject ("that"
		// opens a clause).
		return false
	}
	v := d.verbInfo(cl, vj)
	return !v.passive && (v.mode == dyad.ModeHypothetical || v.mode == dyad.ModeFuture)
}

// calledOff reports whether the verb group at vi ends, lessens or puts off
// what its object (or passive subject) names: an undoing verb,
// "postponed", "delayed", "called off", "put off".
func (cl *clause) calledOff(vi int) bool {
	s := cl.s
	c := s.Chunks[vi]
	switch lemma := s.Tokens[c.Head].Lemma; lemma {
	case "postpone", "delay", "defer":
		return true
	case "call", "put":
		return c.Head+1 < len(s.Tokens) && s.Tokens[c.Head+1].Lower == "off"
	default:
		return undoingVerbs[lemma]
	}
}

// undone reports whether the noun phrase at ci is the object of a verb
// that ends or lessens it: "demanded that Israel ease restrictions on
// Palestinian workers" is no restriction imposed.
func (cl *clause) undone(ci int) bool {
	s := cl.s
	j := ci - 1
	if j >= 2 && s.Chunks[j].Kind == phrase.PP && s.Tokens[s.Chunks[j].Start].Lower == "of" && s.Chunks[j-1].Kind == phrase.NP && partitive[s.Tokens[s.Chunks[j-1].Head].Lemma] {
		j -= 2 // "vetoed a package of EU aid"
	}
	if j >= 0 && s.Tokens[s.Chunks[j].Start].Tag == "RP" {
		j-- // "called off the talks"
	}
	if j < 0 || s.Chunks[j].Kind != phrase.VP {
		return false
	}
	lemma := s.Tokens[s.Chunks[j].Head].Lemma
	return undoingVerbs[lemma] || blockingVerbs[lemma]
}

// startsWith reports whether the first element after p's anchor is the
// literal w.
func startsWith(p *lexicon.Pattern, w string) bool {
	return len(p.After) > 0 && p.After[0].Kind == lexicon.ElemWord && p.After[0].Word == w
}

// governor finds the light verb an event noun belongs to: the verb whose
// object it is ("paid a visit", "gave Tanzania a grant", where iobj is the
// indirect object), or whose subject it is ("the trip was made by"). It
// returns the VP chunk index or -1.
func (d *doc) governor(cl *clause, ci int) (vi int, asSubject bool, iobj span) {
	s := cl.s
	light := func(j int) bool {
		return j >= 0 && s.Chunks[j].Kind == phrase.VP && lightVerbs[s.Tokens[s.Chunks[j].Head].Lemma]
	}
	if light(ci - 1) {
		return ci - 1, false, span{}
	}
	// "held what both sides described as constructive talks": the verb
	// before the speaker's naming of its object.
	for k := ci - 1; k >= 1 && k >= ci-4 && !d.c.opts.Literal; k-- {
		if at := s.Chunks[k].Start; s.Chunks[k].Kind == phrase.SBAR && cl.skipWhatCalled(at) > at {
			if cl.skipWhatCalled(at) <= s.Chunks[ci].Start && light(k-1) {
				return k - 1, false, span{}
			}
			break
		}
	}
	// "imposed a 34% tariff on China and a 20% tariff on the European
	// Union": the same act again after "and" has the first one's verb.
	if ci >= 2 && s.Chunks[ci-1].Kind == phrase.O && coordinator(s.Tokens[s.Chunks[ci-1].Start].Lower) && !d.c.opts.Literal {
		head := s.Tokens[s.Chunks[ci].Head].Lemma
		for k := ci - 2; k >= 0 && s.Chunks[k].Kind != phrase.VP; k-- {
			if s.Chunks[k].Kind == phrase.NP && s.Tokens[s.Chunks[k].Head].Lemma == head {
				return d.governor(cl, k)
			}
		}
	}
	// "carried out strikes": past the verb's particle.
	if ci >= 2 && s.Tokens[s.Chunks[ci-1].Start].Tag == "RP" && light(ci-2) {
		return ci - 2, false, span{}
	}
	if ci >= 2 && s.Chunks[ci-1].Kind == phrase.NP && light(ci-2) {
		return ci - 2, false, span{s.Chunks[ci-1].Start, s.Chunks[ci-1].End}
	}
	// "who is on a three-day visit to Pakistan", "arrived on an official
	// visit": the subject of being or arriving on it.
	if ci >= 2 && s.Chunks[ci-1].Kind == phrase.PP && s.Tokens[s.Chunks[ci-1].Start].Lower == "on" &&
		s.Chunks[ci-2].Kind == phrase.VP && onVerbs[s.Tokens[s.Chunks[ci-2].Head].Lemma] {
		return ci - 2, false, span{}
	}
	// "held the 21st round of talks", "launched one of its largest air
	// attacks": the act a part of it names.
	if ci >= 3 && s.Chunks[ci-1].Kind == phrase.PP && s.Tokens[s.Chunks[ci-1].Start].Lower == "of" &&
		s.Chunks[ci-2].Kind == phrase.NP && partitive[s.Tokens[s.Chunks[ci-2].Head].Lemma] {
		v := ci - 3
		if v >= 1 && s.Tokens[s.Chunks[v].Start].Tag == "RP" {
			v-- // "carried out a wave of air strikes"
		}
		if light(v) {
			return v, false, span{}
		}
	}
	for vj, c := range s.Chunks {
		r, ok := cl.subj[vj]
		if ok && c.Kind == phrase.VP && r.start <= s.Chunks[ci].Start && s.Chunks[ci].End <= r.end && light(vj) {
			return vj, true, span{}
		}
	}
	return -1, false, span{}
}

// topicVerbs take what is talked about as their object, never a party:
// "the two sides discussed security", "discussed Afghanistan", "exchanged
// views on Syria" (a pattern's own "with +" still names one).
var topicVerbs = map[string]bool{"discuss": true, "debate": true, "exchange": true}

// statementNouns are what an actor issues to say something, or to do it:
// "issued a statement condemning", "signed an executive order lifting".
var statementNouns = map[string]bool{
	"statement": true, "declaration": true, "communique": true, "communiqué": true,
	"resolution": true, "letter": true, "message": true, "note": true, "release": true,
	"case": true, "complaint": true, "lawsuit": true, "suit": true, "petition": true, "report": true,
	"order": true, "decree": true, "directive": true,
}

// issuingVerbs are those by which one makes a statement one's own: "issued
// a statement condemning", "filed a case accusing"; not "blocked an EU
// statement criticising China", which is the EU's.
var issuingVerbs = map[string]bool{
	"issue": true, "release": true, "publish": true, "make": true, "put": true, "send": true,
	"deliver": true, "sign": true, "adopt": true, "pass": true, "file": true, "submit": true,
	"lodge": true, "post": true, "present": true, "write": true, "read": true, "broadcast": true,
	"table": true, "bring": true, "launch": true,
}

// onVerbs are those one is "on" an act with: "is on a visit", "arrived on
// a visit".
var onVerbs = map[string]bool{"be": true, "arrive": true, "come": true, "go": true, "travel": true}

// partitive are the nouns of a part, a stretch or a bundle of an act: "a
// round of talks", "ten days of war games", "a package of sanctions", "the
// first flights of humanitarian aid".
var partitive = map[string]bool{
	"round": true, "series": true, "session": true, "cycle": true, "day": true, "week": true, "month": true,
	"one": true, "wave": true, "barrage": true, "spate": true, "string": true, "volley": true, "salvo": true,
	"number": true, "couple": true, "part": true, "another": true,
	"dozen": true, "hundred": true, "thousand": true, "score": true,
	"package": true, "tranche": true, "batch": true,
	"flight": true, "shipment": true, "consignment": true, "planeload": true, "truckload": true, "load": true, "tonne": true, "ton": true,
}

// forceSaying returns the subject of the verb of saying that governs the
// verb at vi when it is a police, military or security force, who tell of
// what they did: "Police said 37 people were detained". Else an empty span.
func (d *doc) forceSaying(cl *clause, vi int) span {
	subj := cl.subj[vi]
	if subj.empty() {
		return span{}
	}
	s := cl.s
	var r span
	gv := cl.chunkOf[subj.start] - 1
	if gv >= 0 && s.Tokens[s.Chunks[gv].Start].Lower == "that" {
		gv--
	}
	if gv >= 0 && s.Chunks[gv].Kind == phrase.VP && sayVerbs[s.Tokens[s.Chunks[gv].Head].Lemma] {
		r = cl.subj[gv]
	} else if _, speaker := d.trailingSpeech(cl, lastVerbBeforeComma(s, vi)); !speaker.empty() {
		// "Six suspected gang members were arrested, a police spokesman
		// said": the speaker after the report (past a verb joined to
		// the first: "were detained and several officers were injured,
		// the interior ministry said").
		r = speaker
	}
	if r.empty() {
		return span{}
	}
	if as := d.resolve(s, r); len(as) != 1 || len(as[0].Roles) == 0 || !forceRoles[as[0].Roles[0]] && !interiorMinistry(s.Tokens[r.start:r.end]) {
		return span{}
	}
	return r
}

// lastVerbBeforeComma returns the last verb group from chunk vi on before
// the first comma after it.
func lastVerbBeforeComma(s *Sentence, vi int) int {
	last := vi
	for k := vi + 1; k < len(s.Chunks) && !isComma(&s.Tokens[s.Chunks[k].Start]); k++ {
		if s.Chunks[k].Kind == phrase.VP {
			last = k
		}
	}
	return last
}

// interiorMinistry reports whether the words name the ministry or the
// minister the police answer to: "the interior ministry", "Home Minister".
func interiorMinistry(toks []text.Token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].Lower == "interior" || toks[i].Lower == "home") && (toks[i+1].Lemma == "ministry" || toks[i+1].Lemma == "minister") {
			return true
		}
	}
	return false
}

// forceRoles are the roles of those who use the state's force.
var forceRoles = map[string]bool{"COP": true, "MIL": true, "SPY": true}

// summonedTo returns the government whose ministry an envoy was summoned
// to, when the passive names no agent: "Ukraine's ambassador was summoned
// to the Polish foreign ministry" is Poland's summons. Else an empty span.
func (d *doc) summonedTo(cl *clause, head int) span {
	s := cl.s
	ci := cl.chunkOf[head] + 1
	if ci+1 >= len(s.Chunks) || s.Chunks[ci].Kind != phrase.PP || s.Tokens[s.Chunks[ci].Start].Lower != "to" || s.Chunks[ci+1].Kind != phrase.NP {
		return span{}
	}
	g, _ := d.group(s, ci+1, objectPreps)
	for _, a := range d.resolve(s, g) {
		if !slices.Contains(a.Roles, "GOV") {
			return span{}
		}
	}
	return g
}

// byAgent returns the "by X" phrase after a passive verb.
func (d *doc) byAgent(cl *clause, head int) span {
	s := cl.s
	for ci := cl.chunkOf[head] + 1; ci+1 < len(s.Chunks) && ci <= cl.chunkOf[head]+8; ci++ {
		c := s.Chunks[ci]
		if c.Kind == phrase.VP || c.Kind == phrase.SBAR {
			break
		}
		if c.Kind == phrase.PP && s.Tokens[c.Start].Lower == "by" && s.Chunks[ci+1].Kind == phrase.NP {
			g, _ := d.group(s, ci+1, subjectPreps)
			return g
		}
	}
	return span{}
}

// inDate reports whether the tokens [start, end) all lie in one date
// expression of the sentence.
func (cl *clause) inDate(start, end int) bool {
	a, b := cl.s.Tokens[start].Span.Start, cl.s.Tokens[end-1].Span.End
	for _, x := range cl.dates {
		if x.Span.Start <= a && b <= x.Span.End {
			return true
		}
	}
	// Without an article date the resolver gives no relative dates, but
	// "Saturday" is still a time, not an actor.
	return timeWords[cl.s.Tokens[end-1].Lemma] && end-start <= 2
}

// timeWords head noun phrases that say when, not who.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true,
	"week": true, "month": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "day": true,
}

// withoutTarget returns p without its final target slot and the preposition
// before it ("GRANT to +" -> "GRANT"), or nil when p does not end so.
func withoutTarget(p *lexicon.Pattern) *lexicon.Pattern {
	n := len(p.After)
	if n == 0 || p.After[n-1].Kind != lexicon.ElemTarget {
		return nil
	}
	q := *p
	q.After = p.After[:n-1]
	if n >= 2 && p.After[n-2].Kind == lexicon.ElemWord {
		switch p.After[n-2].Word {
		case "to", "for", "with", "on":
			q.After = p.After[:n-2]
		}
	}
	return &q
}

// firstActorAfter returns the first noun phrase group from token pos on
// that names an actor, without crossing a clause boundary (a comma, a
// clause opener, a finite verb), nor an infinitive unless pastTo is set
// ("signed an accord to supply Gondor").
func (d *doc) firstActorAfter(cl *clause, pos int, pastTo bool) span {
	s := cl.s
	if pos >= len(s.Tokens) {
		return span{}
	}
	for ci := cl.chunkOf[pos]; ci < len(s.Chunks); ci++ {
		c := s.Chunks[ci]
		if c.Start < pos {
			continue
		}
		switch {
		case c.Kind == phrase.SBAR && d.c.opts.Literal && s.Tokens[c.Start].Lower == "that":
			// PETRARCH looks into a "that" clause: "expressed hopes that X".
		case c.Kind == phrase.SBAR, c.Kind == phrase.VP && s.Tokens[c.Start].Tag != "TO" && !participle(s, c),
			c.Kind == phrase.VP && s.Tokens[c.Start].Tag == "TO" && !pastTo:
			return span{}
		case c.Kind == phrase.O && !d.c.opts.Literal && coordinator(s.Tokens[c.Start].Lower) && clauseAfter(s, ci) && s.Chunks[ci+1].Kind == phrase.NP:
			// "withdrew its fighters and Israeli troops pulled out",
			// "to withdraw its fighters and Israeli troops to pull
			// out": the noun after "and" is another clause's subject.
			return span{}
		case c.Kind == phrase.VP && !d.c.opts.Literal && !pastTo && s.Tokens[c.Head].Tag == "VBG":
			// "Egypt, Qatar, Turkey and the United States signed a
			// document guaranteeing the ceasefire between Israel and
			// Hamas": what the participle does is no party to the
			// mutual act, as the purpose an infinitive says is not.
			return span{}
		case c.Kind == phrase.VP && !d.c.opts.Literal && s.Tokens[c.Head].Tag == "VBN" && c.End < len(s.Tokens) && s.Tokens[c.End].Lower == "by":
			// "a truce mediated by Qatar": the participle's agent is
			// no party to the act.
			return span{}
		case c.Kind == phrase.O && cl.boundaryWord(c.Start):
			// A comma between adjectives does not end the clause:
			// "complete, full diplomatic ties with Gondor".
			if s.Tokens[c.Start].Lower == "," && c.Start > 0 && strings.HasPrefix(s.Tokens[c.Start-1].Tag, "JJ") &&
				c.Start+1 < len(s.Tokens) && strings.HasPrefix(s.Tokens[c.Start+1].Tag, "JJ") {
				continue
			}
			return span{}
		case c.Kind == phrase.NP && c.Start >= 2 && s.Tokens[c.Start-1].Lower == "of" && water(s.Tokens, c.Start-1):
			// "in the Gulf of Oman": the sea's name, not the country.
		case c.Kind == phrase.PP && !d.c.opts.Literal && s.Tokens[c.Start].Lower == "for" && ci+1 < len(s.Chunks) && s.Chunks[ci+1].Kind == phrase.NP && isActNoun(s.Tokens[s.Chunks[ci+1].Head].Lemma):
			// "vowed to retaliate for the killing of three American
			// soldiers in Jordan": the act it answers, whose parties
			// are no target.
			g, _ := d.group(s, ci+1, asideGroupPreps)
			ci = cl.chunkOf[g.end-1]
		case c.Kind == phrase.PP && !d.c.opts.Literal && s.Tokens[c.Start].Lower == "on" && ci+1 < len(s.Chunks) &&
			s.Chunks[ci+1].Kind == phrase.NP && s.Tokens[s.Chunks[ci+1].Head].Lemma == "island":
			// "Maduro and Ali met on the Caribbean island of St.
			// Vincent": where they met, not whom.
			g, _ := d.group(s, ci+1, asideGroupPreps)
			ci = cl.chunkOf[g.end-1]
		case c.Kind == phrase.PP && !d.c.opts.Literal && (asidePreps[s.Tokens[c.Start].Lower] && !d.overPlace(s, ci) || s.Tokens[c.Start].Lower == "within"):
			// "agreed to resume talks after a meeting in Astana": the
			// phrase says when, and who is in it is no party to the act;
			// nor is the body an act is done within ("should strengthen
			// cooperation within the BRICS").
			if ci+1 < len(s.Chunks) && s.Chunks[ci+1].Kind == phrase.NP {
				g, _ := d.group(s, ci+1, asideGroupPreps)
				ci = cl.chunkOf[g.end-1]
			}
		case c.Kind == phrase.NP && !cl.inDate(c.Start, c.End):
			g, _ := d.group(s, ci, objectPreps)
			g = cl.untilDate(g)
			if s.Tokens[g.start].Tag != "PRP" && len(d.resolve(s, g)) > 0 {
				return d.placeInGroup(cl, ci, g)
			}
		}
	}
	return span{}
}

// placeInGroup returns the part of group g (opened by chunk ci) that holds
// its actors when its head names none and they stand after a locative: in
// "signed a declaration of principles in Doha" the actor is Doha, where
// the act was done, which the caller then sees as a place.
func (d *doc) placeInGroup(cl *clause, ci int, g span) span {
	s := cl.s
	if d.c.opts.Literal || g.end <= s.Chunks[ci].End || len(d.resolve(s, span{s.Chunks[ci].Start, s.Chunks[ci].End})) > 0 {
		return g
	}
	for k := ci + 1; k < len(s.Chunks) && s.Chunks[k].Start < g.end; k++ {
		c := s.Chunks[k]
		if c.Kind != phrase.NP || len(d.resolve(s, span{c.Start, c.End})) == 0 {
			continue
		}
		if where(s.Tokens[c.Start-1].Lower) {
			return span{c.Start, g.end}
		}
		return g
	}
	return g
}

// boundaryWord reports whether the token at i is punctuation that ends a
// clause.
func (cl *clause) boundaryWord(i int) bool {
	switch cl.s.Tokens[i].Lower {
	case ",", ".", ";", ":", "!", "?", "--":
		return true
	}
	return false
}

// speechActs, besides sayVerbs, are acts done by saying: a participle of
// one after an attribution is the speaker's.
var speechActs = map[string]bool{
	"condemn": true, "call": true, "accuse": true, "urge": true, "describe": true, "criticise": true,
	"criticize": true, "blame": true, "denounce": true, "praise": true, "welcome": true, "dismiss": true,
	"threaten": true, "note": true, "cite": true, "claim": true, "deny": true, "appeal": true, "ask": true,
	"thank": true, "express": true, "voice": true, "reject": true, "vow": true, "pledge": true, "promise": true,
}

// attribution returns the index of the comma that opens an attribution
// set between commas after the clause it reports ("..., the South Korean
// military said, ..."), when the speech verb at vi ends one; else -1.
func attribution(s *Sentence, vi int) int {
	if !sayVerbs[s.Tokens[s.Chunks[vi].Head].Lemma] || vi+1 >= len(s.Chunks) || !isComma(&s.Tokens[s.Chunks[vi+1].Start]) {
		return -1
	}
	for k := vi - 1; k > 0; k-- {
		switch c := s.Chunks[k]; {
		case isComma(&s.Tokens[c.Start]):
			if k == vi-1 {
				return -1
			}
			return k
		case c.Kind != phrase.NP && c.Kind != phrase.PP:
			return -1
		}
	}
	return -1
}

// participle reports whether a verb group is a bare participle modifying a
// noun ("memos sent by Bree"), not a finite verb.
func participle(s *Sentence, c phrase.Chunk) bool {
	t := s.Tokens[c.Head].Tag
	return c.Start == c.Head && (t == "VBN" || t == "VBG") && c.Start > 0 && strings.HasPrefix(s.Tokens[c.Start-1].Tag, "NN")
}

// mayDate reports whether a sentence may hold a date expression: a number
// or a calendar word (when.Anchor), near which when.Find starts matching.
func mayDate(toks []text.Token) bool {
	for i := range toks {
		t := &toks[i]
		if t.Tag == "CD" || when.Anchor(strings.TrimSuffix(t.Lower, ".")) {
			return true
		}
		if w := t.Lower; w != "" && w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "mid-") {
			return true // "1990s", "mid-1990s"
		}
	}
	return false
}

// before returns the actor slot a pattern writes before its anchor, or 0.
func before(p *lexicon.Pattern) lexicon.ElemKind {
	for _, e := range p.Before {
		if e.Kind == lexicon.ElemSource || e.Kind == lexicon.ElemTarget {
			return e.Kind
		}
	}
	return 0
}

// coordinator reports whether w joins the actors of a compound.
func coordinator(w string) bool { return w == "and" || w == "or" || w == "nor" }

// endsPossessive reports whether chunk c is a noun phrase ending in 's.
func endsPossessive(s *Sentence, c phrase.Chunk) bool {
	return c.Kind == phrase.NP && s.Tokens[c.End-1].Tag == "POS"
}
