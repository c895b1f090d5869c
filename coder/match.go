package coder

import (
	"slices"
	"strings"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/phrase"
	"github.com/dyadcoder/dyad/text"
)

// matched is what a pattern matched after its anchor.
type matched struct {
	src, tgt span
	words    []int
}

// maxSkips bounds how many modifiers may stand between two pattern words;
// looseSkips how many words of any kind, in literal (PETRARCH) matching.
const (
	maxSkips   = 4
	looseSkips = 8
)

// match matches p's elements around the anchor token, those after it from
// token from on. In the passive, a leading target slot is the subject and
// is not looked for after the verb.
func (d *doc) match(cl *clause, p *lexicon.Pattern, anchor, from int, passive bool) (matched, bool) {
	if !d.mayMatch(cl, p) {
		return matched{}, false
	}
	s := cl.s
	m := matched{words: append(d.words[:0], anchor)}
	defer func() { d.words = m.words[:0] }()
	// Literal words before the anchor ("cease-fire VIOLATE"?) are rare; they
	// must stand just before it, modifiers aside.
	pos := anchor - 1
	for i := len(p.Before) - 1; i >= 0; i-- {
		e := p.Before[i]
		if e.Kind != lexicon.ElemWord && e.Kind != lexicon.ElemSynset {
			continue
		}
		found := false
		for skips := 0; pos >= 0 && skips <= d.maxSkips(); pos-- {
			// "agreed on Thursday to resume": past a date and its
			// preposition.
			if !d.c.opts.Literal && !e.Adjacent && cl.inDate(pos, pos+1) {
				for pos > 0 && cl.inDate(pos-1, pos) {
					pos--
				}
				if pos > 0 && cl.s.Tokens[pos-1].Tag == "IN" {
					pos--
				}
				skips++
				continue
			}
			if start := d.elemEndingAt(cl, e, pos); start >= 0 {
				for k := start; k <= pos; k++ {
					m.words = append(m.words, k)
				}
				found = true
				pos = start - 1
				break
			}
			if e.Adjacent || cl.boundary(pos) || !d.skippable(cl, pos) {
				break
			}
			skips++
		}
		if !found {
			return m, false
		}
	}
	after := p.After
	if passive && len(after) > 0 && after[0].Kind == lexicon.ElemTarget {
		after = after[1:]
	}
	if passive && len(after) > 0 && after[0].Kind == lexicon.ElemSynset && !d.c.opts.Literal {
		// "Egypt's plan was rejected by Israel": the passive's subject
		// is what the pattern's words name after the verb ("REJECT
		// &R03_PLAN").
		if k := d.subjectHead(cl, anchor, after[0]); k >= 0 {
			m.words = append(m.words, k)
			after = after[1:]
		}
	}
	pos = from
	var skipped []int // modifiers skipped between pattern words
	for ei := 0; ei < len(after); ei++ {
		e := after[ei]
		switch e.Kind {
		case lexicon.ElemWord, lexicon.ElemSynset:
			found := false
			start := pos
			for skips := 0; pos < len(s.Tokens) && skips <= d.maxSkips(); {
				// "imposed sanctions on Wednesday on Iran": the "on" of
				// a date is not the pattern's.
				if end := cl.dateAt(pos); end > pos && !d.c.opts.Literal {
					pos = end
					skips++
					continue
				}
				if n := d.elemAt(cl, e, pos); n > 0 {
					// "approved a 3 billion dollar loan": the phrase's
					// head, when it too is of the synset, not its modifier.
					if c := s.Chunks[cl.chunkOf[pos]]; e.Kind == lexicon.ElemSynset && c.Kind == phrase.NP && pos+n <= c.Head && !d.c.opts.Literal {
						for k := pos + n; k <= c.Head; k++ {
							if h := d.elemAt(cl, e, k); h > 0 && k+h == c.Head+1 {
								pos, n = k, h
								break
							}
						}
					}
					for k := pos; k < pos+n; k++ {
						m.words = append(m.words, k)
					}
					pos += n
					found = true
					break
				}
				if end := d.conjoined(cl, pos); pos == start && ei > 0 && end > pos && !e.Adjacent && !talkNoun(s.Tokens[s.Chunks[cl.chunkOf[end-1]].Head].Lemma) {
					// "withdraw inspectors and aid workers from":
					// more of what the last words named; not talks,
					// whose own the words after are ("discussed trade
					// and the bloc's negotiations with the EU").
					pos = end
					skips++
					continue
				}
				if end := cl.skipWhatCalled(pos); end > pos && !d.c.opts.Literal && !e.Adjacent {
					// "held what both sides described as constructive
					// talks": the talks they held.
					pos = end
					skips++
					continue
				}
				if (cl.boundary(pos) && !d.intoThat(cl, pos)) || e.Adjacent {
					break
				}
				if end := d.phraseAt(cl, pos); end > pos {
					pos = end
					skips++
					continue
				}
				if end := partOfAt(s.Tokens, pos); end > pos && !d.c.opts.Literal {
					// "closed two of its six border crossings".
					pos = end
					skips++
					continue
				}
				if end := d.sharedHead(cl, e, pos); end > pos {
					pos = end
					skips++
					continue
				}
				if !d.skippable(cl, pos) {
					break
				}
				skipped = append(skipped, pos)
				// The modifiers of one noun phrase count as one skip:
				// "signed a 27-year gas supply deal".
				if c := s.Chunks[cl.chunkOf[pos]]; d.c.opts.Literal || c.Kind != phrase.NP || pos == c.Start || pos >= c.Head {
					skips++
				}
				pos++
			}
			if !found {
				return m, false
			}
		case lexicon.ElemSkip:
			// ^ skips one phrase: a noun phrase with its preposition.
			pos = cl.skipAdverbials(pos)
			if pos < len(s.Tokens) && s.Chunks[cl.chunkOf[pos]].Kind == phrase.PP {
				pos++
			}
			if pos >= len(s.Tokens) || s.Chunks[cl.chunkOf[pos]].Kind != phrase.NP {
				return m, false
			}
			pos = s.Chunks[cl.chunkOf[pos]].End
		case lexicon.ElemSource, lexicon.ElemTarget:
			pos = cl.skipWhatCalled(cl.skipAdverbials(pos))
			// "rejected all of the U.S. demands": the part is of whom
			// the phrase after names.
			if !d.c.opts.Literal {
				pos = partBefore(s.Tokens, pos)
			}
			// After a skipped phrase the actor may stand in a phrase of its
			// own: "celebrated Iftar in Osgiliath with Gondor".
			if ei > 0 && after[ei-1].Kind == lexicon.ElemSkip && pos < len(s.Tokens) && s.Chunks[cl.chunkOf[pos]].Kind == phrase.PP {
				pos++
			}
			if ei == 0 && !d.c.opts.Literal {
				pos = sharedObject(cl, pos)
			}
			if ei > 0 && d.foreignMission(cl, after[ei-1], skipped) {
				return m, false
			}
			if pos >= len(s.Tokens) {
				return m, false
			}
			ci := cl.chunkOf[pos]
			if s.Chunks[ci].Kind != phrase.NP || s.Chunks[ci].Start != pos {
				return m, false
			}
			var next *lexicon.Elem
			if ei+1 < len(after) {
				next = &after[ei+1]
			}
			// When the next word heads the very phrase the actor modifies
			// ("took three Britons hostage", "violated Lebanese airspace"),
			// the slot ends before it and matching goes on from there.
			g := d.slot(cl, ci, next)
			if g.empty() || d.giver(cl, p, e, next, g) {
				return m, false
			}
			if e.Kind == lexicon.ElemSource {
				m.src = g
			} else {
				m.tgt = g
			}
			pos = g.end
			if next != nil && next.Kind == lexicon.ElemWord && !d.c.opts.Literal {
				// "called on the United States and France, which oversee
				// the ceasefire, to press Israel": past the actor's
				// relative clause.
				pos = pastRelative(s.Tokens, pos)
			}
			if next != nil && next.Kind == lexicon.ElemSynset && !d.c.opts.Literal {
				// "called Germany's plan to extend border controls to
				// all its land borders unacceptable": past the
				// infinitive that says what the plan is.
				pos = pastPlanned(cl, g, pos)
			}
		}
	}
	// A pattern that places no actor after its anchor may still find its
	// target among the modifiers it skipped ("rejected Iran's request"),
	// or in the role its last words name: "clashed with riot police",
	// "attacked Russian police" are with the police.
	if m.tgt.empty() && m.src.empty() && !p.Has(lexicon.ElemTarget) && !p.Has(lexicon.ElemSource) {
		var role span
		if !d.c.opts.Literal {
			role = d.literalRole(cl, anchor, m.words)
		}
		for _, k := range skipped {
			if k >= role.start && k < role.end {
				continue // "Russian" of "Russian police"
			}
			if s.Tokens[k].Tag == "PRP$" && !d.c.opts.Literal && role.empty() {
				// "Poland shot down Russian drones that entered its
				// airspace": whose it is, when no role is named.
				// Not the subject's own, before a preposition that
				// the pattern ends with: "Turkey lifted its veto on
				// Sweden's membership".
				if r := (span{k, k + 1}); len(d.resolve(s, r)) == 1 && !(endsInPreposition(s, m.words) && d.subjectOwns(cl, anchor, r)) {
					m.tgt = r
					break
				}
				continue
			}
			if a, ok := d.dict.Actor(s.Tokens, k, d.date); ok {
				if (a.Entry.Kind == lexicon.City || a.Entry.Kind == lexicon.Region) && (p.Code >= "03" && p.Code < "07" || strings.HasPrefix(p.Code, "0871")) && !d.c.opts.Literal {
					// "to sign the Gaza ceasefire deal": where an
					// agreement or a truce is about, no party to it.
					continue
				}
				r := span{k, k + a.N}
				if len(d.resolve(s, r)) > 0 {
					m.tgt = r
					break
				}
			}
		}
		if m.tgt.empty() {
			m.tgt = role
		}
	}
	return m, true
}

// pastPlanned returns the token after the infinitive clause that follows
// the noun phrase g at pos when g's head is a plan, a decision or the like
// ("Germany's plan to extend border controls to all its land borders"),
// up to a comma, a clause opener or an adjective that may end the clause
// of the verb before g; else pos.
func pastPlanned(cl *clause, g span, pos int) int {
	s := cl.s
	toks := s.Tokens
	if pos+1 >= len(toks) || toks[pos].Tag != "TO" || toks[pos+1].Tag != "VB" {
		return pos
	}
	if h := toks[s.Chunks[cl.chunkOf[g.end-1]].Head].Lemma; !futureNouns[h] && h != "decision" && h != "move" && h != "attempt" && h != "bid" {
		return pos
	}
	for k := pos + 2; k < len(toks) && k <= pos+12; k++ {
		if isComma(&toks[k]) || cl.boundary(k) {
			return pos
		}
		if strings.HasPrefix(toks[k].Tag, "JJ") && (k+1 == len(toks) || toks[k+1].Tag == "." || isComma(&toks[k+1]) || toks[k+1].Lower == "and") {
			return k
		}
	}
	return pos
}

// subjectHead returns the head of the subject of the verb at token anchor
// when a phrase of synset e ends there, or -1.
func (d *doc) subjectHead(cl *clause, anchor int, e lexicon.Elem) int {
	r := cl.subj[cl.chunkOf[anchor]]
	if r.empty() {
		return -1
	}
	head := cl.s.Chunks[cl.chunkOf[r.start]].Head
	for i := r.start; i <= head; i++ {
		if n := d.dict.Synset(e.Synset, cl.s.Tokens, i); n > 0 && i+n == head+1 {
			return head
		}
	}
	// "A trade and economic partnership agreement was signed": the head
	// both nouns modify.
	if end := d.sharedHead(cl, e, head); end > head && cl.s.Chunks[cl.chunkOf[end]].End <= r.end {
		return cl.s.Chunks[cl.chunkOf[end]].Head
	}
	return -1
}

// foreignMission reports whether the pattern word before a target is the
// "in" of a diplomatic mission that a country's adjective owns among the
// modifiers skipped: "would close the last Russian consulate in the
// country" closes Russia's, wherever it is, while "closed its embassy in
// Kyiv" closes the source's own in the country after "in".
func (d *doc) foreignMission(cl *clause, prev lexicon.Elem, skipped []int) bool {
	if prev.Kind != lexicon.ElemWord || prev.Word != "in" || d.c.opts.Literal {
		return false
	}
	toks := cl.s.Tokens
	for _, k := range skipped {
		c := cl.s.Chunks[cl.chunkOf[k]]
		if !missions[toks[c.Head].Lemma] || toks[k].Tag != "JJ" && toks[k].Tag != "NNP" {
			continue
		}
		if m, ok := d.dict.Actor(toks, k, d.date); ok && k+m.N <= c.Head {
			return true
		}
	}
	return false
}

// sharedObject returns where the object of a verb joined by "and" to the
// one after it begins: that verb's object, which both verbs take
// ("Protesters stormed and looted the residence"). Else pos.
func sharedObject(cl *clause, pos int) int {
	s := cl.s
	if pos+2 >= len(s.Tokens) || !coordinator(s.Tokens[pos].Lower) {
		return pos
	}
	v := s.Chunks[cl.chunkOf[pos+1]]
	if v.Kind != phrase.VP || v.Start != pos+1 || v.End != v.Head+1 || v.End >= len(s.Tokens) {
		return pos
	}
	switch s.Tokens[v.Head].Tag {
	case "VBD", "VBZ", "VBP":
	default:
		return pos
	}
	if o := s.Chunks[cl.chunkOf[v.End]]; o.Kind != phrase.NP || o.Start != v.End {
		return pos
	}
	return v.End
}

// literalRole returns the noun phrase of the last word a pattern matched
// after its anchor in a noun phrase, when that word is in a role
// ("police", "security forces", the ambassador of "ordered France's
// ambassador to leave"), or the empty span.
func (d *doc) literalRole(cl *clause, anchor int, words []int) span {
	w := -1
	for _, k := range words {
		if k > anchor && k > w && cl.s.Chunks[cl.chunkOf[k]].Kind == phrase.NP {
			w = k
		}
	}
	if w < 0 {
		return span{}
	}
	c := cl.s.Chunks[cl.chunkOf[w]]
	if cl.s.Tokens[c.Start].Tag == "PRP$" {
		// "closed its embassy": the subject's own, no target.
		return span{}
	}
	for i := c.Start; i <= w; i++ {
		if m, ok := d.dict.Role(cl.s.Tokens, i); ok && i+m.N > w {
			return span{c.Start, c.End}
		}
	}
	return span{}
}

// mayMatch reports whether pattern p may match the sentence: whether every
// word it names stands somewhere in it, as elemAt would match it. Most of
// a common verb's patterns are turned away so, without walking the
// sentence: coding the PLOVER gold sentences took a quarter less time.
func (d *doc) mayMatch(cl *clause, p *lexicon.Pattern) bool {
	if d.wordsOf != cl.s {
		d.dict.Words(cl.s.Tokens, d.c.opts.Literal, &d.sentWords)
		d.wordsOf = cl.s
	}
	return p.MayMatch(&d.sentWords)
}

// elemAt returns how many tokens a word or synset element matches at pos.
func (d *doc) elemAt(cl *clause, e lexicon.Elem, pos int) int {
	if pos < 0 || pos >= len(cl.s.Tokens) {
		return 0
	}
	t := &cl.s.Tokens[pos]
	if e.Kind == lexicon.ElemSynset {
		n := d.dict.Synset(e.Synset, cl.s.Tokens, pos)
		if n == 0 && !d.c.opts.Literal && partitive[t.Lemma] && strings.HasPrefix(t.Tag, "NN") && pos+2 < len(cl.s.Tokens) && cl.s.Tokens[pos+1].Lower == "of" {
			// "handed over a consignment of rice", "the sixth round of
			// nuclear talks": the goods of a bundle of them, the talks
			// of a round, past their adjectives.
			k := pos + 2
			for k+1 < len(cl.s.Tokens) && cl.s.Tokens[k].Tag == "JJ" {
				k++
			}
			if m := d.dict.Synset(e.Synset, cl.s.Tokens, k); m > 0 {
				n = k - pos + m
			}
		}
		// An adjective of the synset before a noun modifies it, and is
		// no predicate: "called the deal a dangerous failure" is not
		// "called the deal dangerous".
		if end := pos + n; n > 0 && !d.c.opts.Literal && cl.s.Tokens[end-1].Tag == "JJ" && end < len(cl.s.Tokens) && strings.HasPrefix(cl.s.Tokens[end].Tag, "NN") {
			return 0
		}
		// "fired tear gas and stun grenades at": members of the synset
		// joined by "and", "or" or commas are one.
		for n > 0 && !d.c.opts.Literal {
			end := pos + n
			if end+1 >= len(cl.s.Tokens) || !coordinator(cl.s.Tokens[end].Lower) && !isComma(&cl.s.Tokens[end]) {
				break
			}
			// Not a modifier of a noun after it: "a missile and drone
			// attack on" is one attack.
			m := d.dict.Synset(e.Synset, cl.s.Tokens, end+1)
			if m == 0 || end+1+m < len(cl.s.Tokens) && strings.HasPrefix(cl.s.Tokens[end+1+m].Tag, "NN") {
				break
			}
			n += 1 + m
		}
		return n
	}
	if t.Lower == e.Word {
		return 1
	}
	// PETRARCH's pattern words match as written ("RESOLUTION" is not
	// "resolutions"); dyad's match any inflection.
	if !d.c.opts.Literal && (t.Lemma == e.Word || (e.Lemma != "" && t.Lemma == e.Lemma)) {
		return 1
	}
	return 0
}

// endsInPreposition reports whether the last of the matched words is a
// preposition.
func endsInPreposition(s *Sentence, words []int) bool {
	if len(words) == 0 {
		return false
	}
	t := s.Tokens[slices.Max(words)].Tag
	return t == "IN" || t == "TO"
}

// subjectOwns reports whether the possessive pronoun at r stands for the
// subject of the verb at token anchor.
func (d *doc) subjectOwns(cl *clause, anchor int, r span) bool {
	subj := cl.subj[cl.chunkOf[anchor]]
	return !subj.empty() && d.ownedBy(cl.s, r.start, d.resolve(cl.s, subj))
}

// amount returns the token index after a sum of money ("$3 billion",
// "$500 million in", "40 million euros in") or a measure of something
// ("25,000 tons of") at pos, or pos.
func amount(toks []text.Token, pos int) int {
	end, dollar := numbers(toks, pos)
	if end == pos {
		return pos
	}
	cur := currency(toks, end)
	switch {
	case dollar:
		if inWhat(toks, end) {
			end++ // "$500 million in aid"
		}
		return end
	case cur > end && inWhat(toks, cur):
		// "40 million euros in aid", "50 million Australian dollars
		// in budget support"; "a million euros" alone may be a
		// pattern's words.
		return cur + 1
	case end+1 < len(toks) && toks[end].Tag == "NNS" && measures[toks[end].Lemma] && toks[end+1].Lower == "of":
		return end + 2 // "25,000 tons of", "two shiploads of"; not "200 prisoners of war"
	}
	return pos
}

// currency returns the token index after the currency named at i, "euros",
// "Australian dollars" or "New Zealand dollars", or i.
func currency(toks []text.Token, i int) int {
	switch {
	case i < len(toks) && currencies[toks[i].Lemma]:
		return i + 1
	case i+1 < len(toks) && lexicon.Capitalised(toks[i].Text) && currencies[toks[i+1].Lemma]:
		return i + 2
	case i+2 < len(toks) && lexicon.Capitalised(toks[i].Text) && lexicon.Capitalised(toks[i+1].Text) && currencies[toks[i+2].Lemma]:
		return i + 3 // "New Zealand dollars"
	}
	return i
}

// numbers returns the token index after the numbers at pos, with a dollar
// sign before them or not, and whether it has one; pos when no number
// stands there.
func numbers(toks []text.Token, pos int) (int, bool) {
	end := pos
	dollar := end < len(toks) && toks[end].Tag == "$"
	if dollar {
		end++
	}
	start := end
	for end < len(toks) && toks[end].Tag == "CD" {
		end++
	}
	if end == start {
		return pos, false
	}
	return end, dollar
}

// money returns the token index after a sum of money at pos, "$500
// million" or "500 million dollars", or pos.
func money(toks []text.Token, pos int) int {
	end, dollar := numbers(toks, pos)
	if end == pos {
		return pos
	}
	if cur := currency(toks, end); cur > end || dollar {
		return cur // "500 million dollars"; "$500 million", no currency word after
	}
	return pos
}

// sumOf returns the token index after an "of" and a sum at pos, "of $500
// million" or "of 500 million dollars", or pos.
func sumOf(toks []text.Token, pos int) int {
	if toks[pos].Lower != "of" {
		return pos
	}
	if end := money(toks, pos+1); end > pos+1 {
		return end
	}
	return pos
}

// inWhat reports whether the token at i is an "in" that says what a sum
// is of ("$500 million in aid"), not where it goes ("invest $2 billion in
// Pakistan").
func inWhat(toks []text.Token, i int) bool {
	if i >= len(toks) || toks[i].Lower != "in" {
		return false
	}
	for j := i + 1; j < len(toks) && toks[j].Tag == "DT"; j++ {
		i = j
	}
	return i+1 >= len(toks) || !strings.HasPrefix(toks[i+1].Tag, "NNP")
}

// phraseAt returns the token index after a phrase at pos that stands
// between two pattern words as one skip, or pos: a date ("threatened on
// Monday to break relations"), a sum or a measure ("signed a $3 billion
// loan deal"), a quantifier or a count ("launched more than 300 drones",
// "fired dozens of rockets"), or where ("protested in Ramallah against").
func (d *doc) phraseAt(cl *clause, pos int) int {
	toks := cl.s.Tokens
	if end := cl.dateAt(pos); end > pos {
		return end
	}
	if end := worthOf(toks, pos); end > pos && !d.c.opts.Literal {
		// "approved the sale to Taiwan of $640 million worth of missile
		// components": the goods, past their worth.
		return end
	}
	if end := amount(toks, pos); end > pos {
		return end
	}
	if !d.c.opts.Literal {
		// "approved a loan of 500 million dollars to Bangladesh": the
		// sum of what the pattern names.
		if end := sumOf(toks, pos); end > pos {
			return end
		}
		// "over four years": a span of time, before "over" as a count.
		if end := duration(toks, pos); end > pos {
			return end
		}
		if n := quantifier(toks[pos:]); n > 0 {
			return pos + n
		}
		// "fired dozens of rockets", "signed a number of documents".
		if pos+1 < len(toks) && (toks[pos].Tag == "NNS" || toks[pos].Tag == "NN" && pos > 0 && toks[pos-1].Lower == "a") && quantityHeads[toks[pos].Lemma] && toks[pos+1].Lower == "of" {
			return pos + 2
		}
		if end := rate(toks, pos); end > pos {
			return end
		}
		// "launched its largest air attack of the war on Ukraine": the
		// situation or the time the act is the most of.
		if pos+2 < len(toks) && toks[pos].Lower == "of" && toks[pos+1].Lower == "the" && (situations[toks[pos+2].Lemma] || periods[toks[pos+2].Lemma]) {
			return pos + 3
		}
		// "agreed to all of Trump's terms": a part of what the pattern
		// names.
		if end := partBefore(toks, pos); end > pos {
			return end
		}
		// "agreed on the text of a peace treaty": a part of the
		// document the pattern names.
		if pos+1 < len(toks) && pos > 0 && toks[pos-1].Tag == "DT" && documentParts[toks[pos].Lemma] && toks[pos+1].Lower == "of" {
			return pos + 2
		}
		// "delivered food for about 13,000 people to Darfur": whom the
		// aid is for, before where it goes.
		if toks[pos].Lower == "for" {
			k := pos + 1
			for k < len(toks) && k <= pos+3 && (strings.HasPrefix(toks[k].Tag, "RB") || toks[k].Tag == "JJR" || toks[k].Lower == "than") {
				k++ // "for about", "for more than"
			}
			if k < len(toks) {
				if c := cl.s.Chunks[cl.chunkOf[k]]; c.Kind == phrase.NP && c.Start == k && beneficiaries[toks[c.Head].Lemma] {
					return c.End
				}
			}
		}
	}
	if end := cl.mediumAt(pos); end > pos && !d.c.opts.Literal {
		return end
	}
	return d.wherePhrase(cl, pos)
}

// sharedHead returns the token index after "and" when the noun at pos and
// the noun phrase after "and" share the head that element e names: "signed
// a trade and economic partnership agreement". Else pos.
func (d *doc) sharedHead(cl *clause, e lexicon.Elem, pos int) int {
	s := cl.s
	if d.c.opts.Literal || pos+2 >= len(s.Tokens) || !strings.HasPrefix(s.Tokens[pos].Tag, "NN") || !coordinator(s.Tokens[pos+1].Lower) {
		return pos
	}
	c := s.Chunks[cl.chunkOf[pos+2]]
	if c.Kind != phrase.NP || c.Start != pos+2 {
		return pos
	}
	for k := c.Start + 1; k < c.End; k++ {
		if n := d.elemAt(cl, e, k); n > 0 && k+n == c.End {
			return pos + 2
		}
	}
	return pos
}

// media are the nouns of the means by which one says something: "in a
// video", "on social media".
var media = map[string]bool{
	"video": true, "statement": true, "interview": true, "speech": true, "address": true, "post": true,
	"letter": true, "message": true, "broadcast": true, "conference": true, "tweet": true, "media": true, "medium": true,
	"television": true, "tv": true, "radio": true, "briefing": true,
}

// mediumAt returns the token index after a phrase at pos that says by what
// means something was said, with a participle after it, or pos:
// "threatened in a video posted online to attack", "warned on social media
// that".
func (cl *clause) mediumAt(pos int) int {
	s := cl.s
	if pos+1 >= len(s.Tokens) || (s.Tokens[pos].Lower != "in" && s.Tokens[pos].Lower != "on") {
		return pos
	}
	ci := cl.chunkOf[pos+1]
	c := s.Chunks[ci]
	if c.Kind != phrase.NP || c.Start != pos+1 || !media[s.Tokens[c.Head].Lemma] {
		return pos
	}
	end := c.End
	if ci+1 < len(s.Chunks) {
		if v := s.Chunks[ci+1]; v.Kind == phrase.VP && v.Start == v.Head && (s.Tokens[v.Head].Tag == "VBN" || s.Tokens[v.Head].Tag == "VBD") {
			// "posted online", "aired on state television"
			end = v.End
			if k := ci + 2; k < len(s.Chunks) && (s.Chunks[k].Kind == phrase.ADVP || s.Chunks[k].Kind == phrase.ADJP) {
				end = s.Chunks[k].End
			} else if k+1 < len(s.Chunks) && s.Chunks[k].Kind == phrase.PP && s.Chunks[k+1].Kind == phrase.NP && s.Tokens[s.Chunks[k].Start].Lower != "to" {
				end = s.Chunks[k+1].End
			}
		}
	}
	return end
}

// beneficiaries are the people aid is said to be for.
var beneficiaries = map[string]bool{
	"people": true, "person": true, "family": true, "household": true, "refugee": true,
	"civilian": true, "resident": true, "child": true, "victim": true, "survivor": true,
}

// periods are the spans of time an act may be the first or the most of.
var periods = map[string]bool{"year": true, "month": true, "week": true, "day": true, "decade": true, "century": true}

// partOfAt returns the token index after a count or a part and its "of"
// at pos ("two of", "some of"), or pos.
func partOfAt(toks []text.Token, pos int) int {
	if pos+2 < len(toks) && toks[pos+1].Lower == "of" && (toks[pos].Tag == "CD" || partOf[toks[pos].Lower]) {
		return pos + 2
	}
	return pos
}

// partOf are the determiners that, before "of", take part of what the
// phrase after names: "all of Trump's terms".
var partOf = map[string]bool{"all": true, "some": true, "most": true, "many": true, "each": true, "both": true, "part": true}

// partBefore returns the token index after "all of", "some of" ... at pos,
// or pos.
func partBefore(toks []text.Token, pos int) int {
	if pos+2 < len(toks) && toks[pos+1].Lower == "of" && partOf[toks[pos].Lower] {
		return pos + 2
	}
	return pos
}

// documentParts are the parts of a document that an act on it may name
// instead: "agreed on the text of a peace treaty".
var documentParts = map[string]bool{"text": true, "term": true, "draft": true, "wording": true, "detail": true, "framework": true}

// duration returns the token index after a span of time at pos that an
// act is the first in or lasts, "in five years", "in more than a decade",
// "in years" ("held their first formal talks in five years on the
// sidelines of the summit"), "over four years", "for 30 years", or pos.
func duration(toks []text.Token, pos int) int {
	if toks[pos].Lower != "in" && toks[pos].Lower != "over" && toks[pos].Lower != "for" {
		return pos
	}
	i := pos + 1
	if i < len(toks) {
		i += quantifier(toks[i:])
	}
	if i < len(toks) && (toks[i].Tag == "CD" || toks[i].Lower == "a" || toks[i].Lower == "an") {
		i++
	}
	if i < len(toks) && periods[toks[i].Lemma] && (i > pos+1 || toks[i].Tag == "NNS") {
		return i + 1
	}
	return pos
}

// rate returns the token index after a rate at pos, "of up to 212%", "of
// 25 percent" ("imposed duties of up to 212% on Australian wine"), or pos.
func rate(toks []text.Token, pos int) int {
	if toks[pos].Lower != "of" {
		return pos
	}
	i := pos + 1
	if i+1 < len(toks) && (toks[i].Lower == "up" && toks[i+1].Lower == "to" || toks[i].Lower == "more" && toks[i+1].Lower == "than") {
		i += 2
	} else if i < len(toks) && (toks[i].Lower == "about" || toks[i].Lower == "around" || toks[i].Lower == "nearly" || toks[i].Lower == "almost") {
		i++
	}
	if i >= len(toks) || toks[i].Tag != "CD" {
		return pos
	}
	i++
	switch {
	case i < len(toks) && (toks[i].Lower == "%" || toks[i].Lower == "percent"):
		return i + 1
	case i+1 < len(toks) && toks[i].Lower == "per" && toks[i+1].Lower == "cent":
		return i + 2
	}
	return pos
}

// measures are the nouns that measure an amount of something: "25,000
// tons of", "two shiploads of".
var measures = map[string]bool{
	"ton": true, "tonne": true, "kilogram": true, "kilo": true, "pound": true, "litre": true,
	"liter": true, "gallon": true, "barrel": true, "cubic": true, "shipload": true, "truckload": true,
	"planeload": true, "shipment": true, "consignment": true, "batch": true, "load": true,
	"container": true, "crate": true, "box": true, "bag": true, "sack": true, "package": true,
	"truck": true, "lorry": true, "flight": true, "plane": true, "airlift": true,
	"parcel": true, "carton": true, "pallet": true, "dose": true, "unit": true, "vial": true,
	"round": true, "tranche": true, "installment": true, "instalment": true,
	"megawatt": true, "gigawatt": true, "kilowatt": true, "megawatt-hour": true,
}

// nature are the nouns of weather, disaster and disease, which name no
// actor whatever country they are said to be of.
var nature = map[string]bool{
	"monsoon": true, "season": true, "rain": true, "flood": true, "flooding": true, "earthquake": true,
	"quake": true, "tremor": true, "aftershock": true, "storm": true, "cyclone": true, "typhoon": true,
	"hurricane": true, "tornado": true, "drought": true, "heatwave": true, "landslide": true,
	"mudslide": true, "avalanche": true, "wildfire": true, "tsunami": true, "eruption": true,
	"weather": true, "climate": true, "epidemic": true, "pandemic": true, "outbreak": true,
	"virus": true, "disease": true, "cholera": true, "malaria": true, "famine": true,
}

// currencies are the words that make a number a sum of money.
var currencies = map[string]bool{
	"dollar": true, "euro": true, "pound": true, "yuan": true, "renminbi": true,
	"yen": true, "rupee": true, "ruble": true, "rouble": true, "franc": true,
	"riyal": true, "dirham": true, "lira": true, "won": true, "real": true,
	"peso": true, "rand": true, "naira": true, "shilling": true, "taka": true,
	"tenge": true, "hryvnia": true, "krona": true, "krone": true, "zloty": true,
}

// wherePhrase returns the token index after a phrase at pos that says
// where ("in Ramallah", "at the Kremlin"): a locative preposition and a
// noun phrase that names a place in the dictionaries. Else pos.
func (d *doc) wherePhrase(cl *clause, pos int) int {
	s := cl.s
	if d.c.opts.Literal || pos+1 >= len(s.Tokens) || !where(s.Tokens[pos].Lower) || s.Chunks[cl.chunkOf[pos]].Kind != phrase.PP {
		return pos
	}
	c := s.Chunks[cl.chunkOf[pos+1]]
	if c.Kind != phrase.NP || c.Start != pos+1 {
		return pos
	}
	i := c.Start
	if s.Tokens[i].Tag == "DT" {
		i++
	}
	if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && i+m.N == c.End && m.Entry.Kind.Place() {
		return c.End
	}
	return pos
}

// conjoined returns the token index after "and" or "or" and the noun
// phrase after it at pos, or pos.
func (d *doc) conjoined(cl *clause, pos int) int {
	s := cl.s
	// After a noun: "military and civilian personnel" joins adjectives
	// of a noun that is not the pattern's.
	if d.c.opts.Literal || pos == 0 || !strings.HasPrefix(s.Tokens[pos-1].Tag, "NN") {
		return pos
	}
	// The noun phrase after it, or the rest of the one it joins ("tear
	// gas and live rounds" chunked as one); a list's commas lead to its
	// "and": "sent food, water and medicine into".
	for end := pos; end+1 < len(s.Tokens); {
		w := s.Tokens[end].Lower
		if !coordinator(w) && w != "," {
			return pos
		}
		c := s.Chunks[cl.chunkOf[end+1]]
		if c.Kind != phrase.NP || c.Start != end+1 && c.Start > end {
			return pos
		}
		if coordinator(w) {
			return c.End
		}
		end = c.End
	}
	return pos
}

// skippable reports whether the token at pos may stand between two pattern
// words: determiners, adjectives, adverbs, numbers, possessives and the
// modifiers inside a noun phrase.
func (d *doc) skippable(cl *clause, pos int) bool {
	s := cl.s
	t := &s.Tokens[pos]
	if d.c.opts.Literal {
		// PETRARCH's patterns name words in order, whatever stands
		// between them.
		return !cl.boundaryWord(pos)
	}
	switch t.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "RB", "RBR", "CD", "PRP$", "POS", "HYPH", "``", "''":
		return t.Lower != "not" && t.Lower != "n't" && t.Lower != "never"
	}
	c := s.Chunks[cl.chunkOf[pos]]
	return c.Kind == phrase.NP && pos < c.Head
}

// boundary reports whether pos ends the clause a pattern may match in.
func (cl *clause) boundary(pos int) bool {
	t := &cl.s.Tokens[pos]
	switch t.Lower {
	case ".", ";", ":", "!", "?":
		return true
	}
	return cl.s.Chunks[cl.chunkOf[pos]].Kind == phrase.SBAR
}

// skipAdverbials skips adverbs and time phrases ("on Tuesday", "last week")
// before an actor slot.
func (cl *clause) skipAdverbials(pos int) int {
	s := cl.s
	for pos < len(s.Tokens) {
		t := &s.Tokens[pos]
		if strings.HasPrefix(t.Tag, "RB") && t.Lower != "not" && t.Lower != "n't" {
			pos++
			continue
		}
		if end := cl.dateAt(pos); end > pos {
			pos = end
			continue
		}
		if n := quantifier(s.Tokens[pos:]); n > 0 {
			pos += n
			continue
		}
		// "imposed tariffs on 30 billion dollars of American goods":
		// the goods, past their worth.
		if end := worthOf(s.Tokens, pos); end > pos {
			pos = end
			continue
		}
		break
	}
	return pos
}

// worthOf returns the token index after a sum and its "of" at pos ("30
// billion dollars of", "$30 billion worth of"), or pos.
func worthOf(toks []text.Token, pos int) int {
	end := money(toks, pos)
	if end == pos {
		return pos
	}
	if end < len(toks) && toks[end].Lower == "worth" {
		end++
	}
	if end >= len(toks) || toks[end].Lower != "of" {
		return pos
	}
	return end + 1
}

// namingVerbs name what the speaker takes the object to be: "struck what
// it called terrorist infrastructure", "what it said were Hezbollah
// targets".
var namingVerbs = map[string]bool{"call": true, "say": true, "describe": true, "term": true, "claim": true, "believe": true, "identify": true}

// skipWhatCalled returns the token index after "what it called", "what it
// said were", "what officials described as" at pos, where the phrase the
// speaker names begins, or pos.
func (cl *clause) skipWhatCalled(pos int) int {
	s := cl.s
	if pos >= len(s.Tokens) || s.Tokens[pos].Lower != "what" || cl.chunkOf[pos]+2 >= len(s.Chunks) {
		return pos
	}
	ci := cl.chunkOf[pos] + 1
	if s.Chunks[ci].Kind != phrase.NP || s.Chunks[ci+1].Kind != phrase.VP || !namingVerbs[s.Tokens[s.Chunks[ci+1].Head].Lemma] {
		return pos
	}
	end := s.Chunks[ci+1].End
	for end < len(s.Tokens) && (s.Tokens[end].Lemma == "be" || s.Tokens[end].Lower == "as") {
		end++
	}
	return end
}

// dateAt returns the token index after a date expression that starts at
// pos (a leading preposition included), or pos.
func (cl *clause) dateAt(pos int) int {
	s := cl.s
	start := s.Tokens[pos].Span.Start
	if s.Tokens[pos].Tag == "IN" && pos+1 < len(s.Tokens) {
		start = s.Tokens[pos+1].Span.Start
	}
	for _, x := range cl.dates {
		if x.Span.Start <= start && start < x.Span.End {
			end := pos
			for end < len(s.Tokens) && s.Tokens[end].Span.Start < x.Span.End {
				end++
			}
			return end
		}
	}
	return pos
}

// untilDate cuts a range before the first date expression in it: "Nepal
// next month" names Nepal.
func (cl *clause) untilDate(r span) span {
	for i := r.start + 1; i < r.end; i++ {
		at := cl.s.Tokens[i].Span.Start
		for _, x := range cl.dates {
			if x.Span.Start <= at && at < x.Span.End {
				r.end = i
				// "withdrawal from ECOWAS in January": nor the
				// preposition the date follows.
				if r.end-1 > r.start && cl.s.Tokens[r.end-1].Tag == "IN" {
					r.end--
				}
				return r
			}
		}
	}
	return r
}

// quantifier returns the length of a quantifying phrase before a number
// ("more than", "at least", "nearly"), or 0.
func quantifier(toks []text.Token) int {
	if len(toks) < 2 {
		return 0
	}
	a, b := toks[0].Lower, toks[1].Lower
	switch {
	case (a == "more" || a == "less" || a == "fewer") && b == "than",
		a == "at" && (b == "least" || b == "most"), a == "up" && b == "to":
		return 2
	case (a == "about" || a == "around" || a == "nearly" || a == "almost" || a == "some" || a == "over" || a == "roughly") && toks[1].Tag == "CD":
		return 1
	}
	return 0
}

// giver reports whether target slot g of an intent pattern is the owner
// of the thing pledged or offered, which is the giver's, not the one it
// goes to: "pledged Egypt's support", "offered its backing".
func (d *doc) giver(cl *clause, p *lexicon.Pattern, e lexicon.Elem, next *lexicon.Elem, g span) bool {
	if d.c.opts.Literal || e.Kind != lexicon.ElemTarget || next == nil || next.Kind != lexicon.ElemSynset || !strings.HasPrefix(p.Code, "03") {
		return false
	}
	toks := cl.s.Tokens
	return g.end < len(toks) && toks[g.end].Tag == "POS" || g.end-g.start == 1 && toks[g.start].Tag == "PRP$"
}

// pastRelative returns the position after a relative clause set off by
// commas at pos (", which oversee the ceasefire,"), else pos.
func pastRelative(toks []text.Token, pos int) int {
	if pos+2 >= len(toks) || !isComma(&toks[pos]) || toks[pos+1].Lower != "which" && toks[pos+1].Lower != "who" {
		return pos
	}
	for i := pos + 2; i < len(toks); i++ {
		if isComma(&toks[i]) {
			return i + 1
		}
	}
	return pos
}

// rolesFrom reports whether the noun phrase at chunk ci is of people by
// their role alone, whom a "from" phrase next gives their countries:
// "hosted his counterparts from Kazakhstan and Uzbekistan".
func (d *doc) rolesFrom(s *Sentence, ci int) bool {
	if d.c.opts.Literal || !phraseOf(s, ci, "from") {
		return false
	}
	c := s.Chunks[ci]
	for i := c.Start; i <= c.Head; i++ {
		if _, ok := d.dict.Actor(s.Tokens, i, d.date); ok {
			return false
		}
		if m, ok := d.dict.Role(s.Tokens, i); ok && i+m.N > c.Head {
			from, _ := d.group(s, ci+2, objectPreps)
			return len(d.countriesOnly(s, from)) > 0
		}
	}
	return false
}

// worksFor reports whether the noun phrase at chunk ci is a journalist by
// role alone, whose employer a "for" phrase next names with its country:
// "ordered a correspondent for German public broadcaster ZDF to leave".
func (d *doc) worksFor(s *Sentence, ci int) bool {
	if d.c.opts.Literal || !phraseOf(s, ci, "for") {
		return false
	}
	c := s.Chunks[ci]
	if m, ok := d.dict.Role(s.Tokens, c.Head); !ok || m.Entry.Code != "MED" {
		return false
	}
	employer, _ := d.group(s, ci+2, objectPreps)
	as := d.resolve(s, employer)
	return len(as) == 1 && d.isCountry(as[0].Country)
}

// atMission reports whether the noun phrase at chunk ci names someone "at"
// a diplomatic mission, whose country is the mission's: "an official at
// the French embassy".
func atMission(s *Sentence, ci int) bool {
	return phraseOf(s, ci, "at") && personTitles[s.Tokens[s.Chunks[ci].Head].Lemma] && missions[s.Tokens[s.Chunks[ci+2].Head].Lemma]
}

// phraseOf reports whether the noun phrase at chunk ci is followed by a
// phrase of preposition prep and a noun phrase.
func phraseOf(s *Sentence, ci int, prep string) bool {
	return ci+2 < len(s.Chunks) && s.Chunks[ci+1].Kind == phrase.PP && s.Tokens[s.Chunks[ci+1].Start].Lower == prep && s.Chunks[ci+2].Kind == phrase.NP
}

// countriesOnly returns the countries r names when it names countries and
// nothing else ("Kazakhstan, Kyrgyzstan and Uzbekistan"), else none.
func (d *doc) countriesOnly(s *Sentence, r span) []string {
	var cs []string
	for _, a := range d.resolve(s, r) {
		if len(a.Roles) > 0 || !d.isCountry(a.Country) || a.Code != a.Country {
			return nil
		}
		cs = append(cs, a.Country)
	}
	return cs
}

// occasionAt reports whether the phrase g is an occasion and where it was
// held, which names no party to it: "a reception in Islamabad", and, when
// talks is set, "the talks in Geneva" (which an earlier sentence may have
// told of: "criticised the talks").
func (d *doc) occasionAt(cl *clause, g span, talks bool) bool {
	if g.empty() {
		return false
	}
	s := cl.s
	lemma := s.Tokens[s.Chunks[cl.chunkOf[g.start]].Head].Lemma
	if !gatherings[lemma] && !(talks && talkNoun(lemma)) {
		return false
	}
	return len(d.resolve(s, beforeWhere(s, g))) == 0
}

// slot finds the actor of a slot at the noun phrase chunk ci. next is the
// pattern element after the slot, if any: a literal inside the phrase cuts
// the actor short before it, and a preposition that the pattern names next
// is not swallowed by the actor ("accused X of").
func (d *doc) slot(cl *clause, ci int, next *lexicon.Elem) span {
	s := cl.s
	c := s.Chunks[ci]
	if next != nil && (next.Kind == lexicon.ElemWord || next.Kind == lexicon.ElemSynset) {
		for k := c.Start + 1; k < c.End; k++ {
			if d.elemAt(cl, *next, k) > 0 {
				r := span{c.Start, k}
				if s.Tokens[k-1].Tag == "POS" {
					r.end--
				}
				// "Sweden's NATO bid": the owner, past a name that
				// modifies the noun.
				for i := c.Start + 1; i < r.end && !d.c.opts.Literal; i++ {
					if s.Tokens[i].Tag == "POS" {
						r.end = i
						break
					}
				}
				if !r.empty() && len(d.resolve(s, r)) > 0 {
					return r
				}
				break
			}
		}
	}
	preps := objectPreps
	if d.rolesFrom(s, ci) {
		preps += "from "
	} else if d.worksFor(s, ci) {
		preps += "for "
	} else if atMission(s, ci) {
		preps += "at "
	}
	if next != nil && next.Kind == lexicon.ElemWord {
		preps = strings.Replace(preps, " "+next.Word+" ", " ", 1)
	}
	g, j := d.group(s, ci, preps)
	g = cl.untilDate(g)
	for k := ci + 1; k < len(s.Chunks) && s.Chunks[k].Start < g.end && !d.c.opts.Literal; k++ {
		if at := s.Chunks[k].Start; s.Chunks[k].Kind == phrase.PP && cl.mediumAt(at) > at {
			g.end = at // "rejected the call in a televised address"
			break
		}
	}
	if next != nil && next.Kind == lexicon.ElemWord && next.Word == "and" {
		// "between $ and +": the first party ends at the "and".
		for k := g.start + 1; k < g.end; k++ {
			if s.Tokens[k].Lower == "and" {
				g.end = k
				break
			}
		}
	}
	if !d.c.opts.Literal && eachOther(s, span{c.Start, c.End}) {
		return span{c.Start, c.End} // each party of a compound subject
	}
	if !d.c.opts.Literal && d.occasionAt(cl, g, false) {
		// "hosted a reception in Islamabad": where an occasion was
		// held is no party to it; "welcomed the summit" told before is
		// its parties'.
		if c.End == g.end && isActNoun(s.Tokens[c.Head].Lemma) {
			return d.earlierAct(cl, ci, g)
		}
		return span{}
	}
	// "arrested John Smith, a Kenyan journalist": a name no dictionary
	// knows is whom the apposition after it says.
	if !d.c.opts.Literal && j+1 < len(s.Chunks) && isComma(&s.Tokens[s.Chunks[j].Start]) && s.Chunks[j+1].Kind == phrase.NP &&
		d.properName(s, g) && len(d.resolve(s, g)) == 0 {
		inner, k := d.group(s, j+1, objectPreps)
		if k >= len(s.Chunks) || s.Chunks[k].Kind == phrase.O {
			d.apposition(cl, g, inner)
		}
	}
	if !d.c.opts.Literal && c.End < g.end && isActNoun(s.Tokens[c.Head].Lemma) {
		// "condemned the violation of Polish airspace": an act told
		// before, done to what the phrase after the noun names, is its
		// doer's, not that phrase's.
		if r := d.earlierAct(cl, ci, g); !r.empty() {
			return r
		}
	}
	if len(d.resolve(s, g)) == 0 {
		// "duties on brandy imported from the European Union": goods
		// are of whom they come from.
		if from := d.goodsFrom(cl, g); !from.empty() {
			return from
		}
		// "hailed its ties with India": a relation is with whom the
		// "with" phrase names.
		head := s.Tokens[c.Head].Lemma
		if agent := d.actByAgent(cl, j, tieWords[head] || head == "cooperation" || head == "alliance"); !agent.empty() {
			return agent
		}
		return d.earlierAct(cl, ci, g)
	}
	// "welcomed France's decision to increase": the infinitive belongs to
	// the act the actor owns, not to the pattern's "to" ("called on
	// China's leaders to" keeps it: the leaders are the actor).
	if next != nil && next.Kind == lexicon.ElemWord && next.Word == "to" && d.ownedAct(s, c) &&
		g.end+1 < len(s.Tokens) && s.Tokens[g.end].Tag == "TO" && s.Tokens[g.end+1].Tag == "VB" {
		return span{}
	}
	return g
}

// goodsFrom returns the actor that goods come from in a participle phrase
// after the noun phrase g ("brandy imported from the European Union",
// "steel made in China"), or the empty span.
func (d *doc) goodsFrom(cl *clause, g span) span {
	s := cl.s
	toks := s.Tokens
	i := g.end
	if d.c.opts.Literal || g.empty() || i+1 >= len(toks) {
		return span{}
	}
	// "tariffs on imports from Canada": goods from a country.
	from := i + 1
	if !(goodsNouns[toks[i-1].Lemma] && toks[i].Lower == "from") {
		if i+2 >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBD" || !goodsVerbs[toks[i].Lemma] || toks[i+1].Lower != "from" && toks[i+1].Lower != "in" {
			return span{}
		}
		from = i + 2
	}
	ci := cl.chunkOf[from]
	if s.Chunks[ci].Kind != phrase.NP || s.Chunks[ci].Start != from {
		return span{}
	}
	r, _ := d.group(s, ci, objectPreps)
	if len(d.resolve(s, r)) == 0 {
		return span{}
	}
	return r
}

// goodsNouns are the goods a "from" phrase says the country of: "imports
// from Canada".
var goodsNouns = map[string]bool{"import": true, "good": true, "export": true, "product": true, "shipment": true}

// goodsVerbs say where goods come from: "imported from", "made in".
var goodsVerbs = map[string]bool{"import": true, "make": true, "produce": true, "manufacture": true, "ship": true, "originate": true}

// gatherings are the occasions one hosts or holds, whose place is no party:
// "hosted a reception in Islamabad".
var gatherings = map[string]bool{
	"reception": true, "dinner": true, "lunch": true, "luncheon": true, "banquet": true, "ceremony": true,
	"event": true, "function": true, "celebration": true, "gala": true, "concert": true, "exhibition": true,
	"festival": true, "seminar": true, "conference": true, "forum": true, "workshop": true, "session": true,
	"summit": true,
}

// actByAgent returns the actor of a "by" or "between" phrase at chunk j,
// or of a "with" phrase when with is set (the phrase before it names a
// relation), after an act that names no actor and, maybe, a participle:
// the doers of the act, which is what the act done to it is done to
// ("condemned the attack by Ukraine", "welcomed the statement issued by
// China", "welcomed the agreement between Israel and Hamas", "hailed its
// ties with India"). Else an empty span.
func (d *doc) actByAgent(cl *clause, j int, with bool) span {
	s := cl.s
	ch := s.Chunks
	if d.c.opts.Literal || j >= len(ch) {
		return span{}
	}
	// The participle may be tagged as a past tense before its "by", and
	// have a particle: "carried out by".
	if c := ch[j]; c.Kind == phrase.VP && c.Start == c.Head && (s.Tokens[c.Head].Tag == "VBN" || s.Tokens[c.Head].Tag == "VBD") {
		j++
		if j < len(ch) && s.Tokens[ch[j].Start].Tag == "RP" {
			j++
		}
	}
	if j+1 >= len(ch) || ch[j].Kind != phrase.PP || ch[j+1].Kind != phrase.NP {
		return span{}
	}
	if w := s.Tokens[ch[j].Start].Lower; w != "by" && w != "between" && (w != "with" || !with) {
		return span{}
	}
	g, _ := d.group(s, j+1, objectPreps)
	g = cl.untilDate(g)
	if s.Tokens[g.start].Tag == "PRP" || len(d.resolve(s, g)) == 0 {
		return span{}
	}
	return g
}

// actNouns map the nouns that refer back to an act ("condemned the
// attack", "welcomed the agreement") to the CAMEO code prefixes of the acts
// they name.
var actNouns = map[string][]string{
	"attack": {"18", "19", "20"}, "strike": {"195", "19"}, "airstrike": {"195", "19"}, "raid": {"19", "17"},
	"bombing": {"18", "19"}, "shelling": {"19"}, "assault": {"18", "19"}, "offensive": {"19"},
	"incursion": {"128", "19", "15"}, "intrusion": {"128", "15", "19"}, "killing": {"18", "19", "20"}, "execution": {"18"}, "massacre": {"20", "18", "19"},
	"fighting": {"19"}, "clash": {"19", "145"}, "bombardment": {"19"}, "operation": {"19", "17", "18"},
	"crackdown": {"17", "19"}, "coup": {"17", "18", "19"}, "violence": {"17", "18", "19", "145"},
	"visit": {"042"}, "trip": {"042"},
	"agreement": {"057", "0871", "03"}, "deal": {"057", "0871", "03"}, "accord": {"057", "0871", "03"}, "treaty": {"057"}, "pact": {"057"},
	"ceasefire": {"057", "0356", "0871"}, "truce": {"057", "0356", "0871"},
	"talk": {"04"}, "meeting": {"04"}, "summit": {"04"}, "negotiation": {"04"},
	"drill": {"06", "15"}, "exercise": {"06", "15"}, "manoeuvre": {"06", "15"}, "maneuver": {"06", "15"},
	"launch": {"15", "19"}, "test": {"15"}, "sanction": {"163"}, "tariff": {"163"}, "duty": {"163"}, "levy": {"163"}, "embargo": {"163"}, "boycott": {"163"},
	"blockade": {"191"}, "siege": {"191"}, "closure": {"191", "172", "163"}, "sale": {"0332", "062", "061"}, "arrest": {"173"},
	"detention": {"173"}, "expulsion": {"174", "161", "201"}, "deportation": {"174", "201"}, "release": {"0841", "08"}, "seizure": {"1711"}, "abduction": {"181"}, "kidnapping": {"181"}, "hijacking": {"181"}, "verdict": {"116"}, "ruling": {"116"}, "opinion": {"116"}, "conviction": {"116"}, "warrant": {"173"}, "recognition": {"054"},
	"resolution": {"02", "05", "10", "11", "12", "16"}, "accusation": {"112"}, "criticism": {"11"}, "condemnation": {"11"}, "allegation": {"112"}, "claim": {"112"},
	"protest": {"114", "14"}, "complaint": {"114"}, "violation": {"128", "19"}, "veto": {"129"},
	"funding": {"07", "033"}, "package": {"07", "033", "163"},
	"incident": {"17", "18", "19", "15"}, "appeal": {"02"}, "call": {"02"}, "plea": {"02"}, "request": {"02", "10"}, "demand": {"10", "02"}, "ultimatum": {"13"}, "threat": {"13"},
	"proposal": {"02", "039", "0356"}, "offer": {"03"},
	// What any act may be called: the act of the sentence before.
	"decision": {""}, "move": {""}, "vote": {""}, "step": {""},
	// Measures are mostly sanctions or restrictions: "imposed sanctions on
	// six Iranian officials ... summoned the Spanish ambassador ...
	// condemned the measures" are the sanctions.
	"measure": {"163", "172", ""},
}

// reach returns how many sentences back an act noun may recall its act:
// four, eight for an accusation, an arrest, a release or a meeting, which
// an article often answers near its end ("India's foreign ministry
// dismissed the allegations", "the Vatican welcomed the releases", "Panama's
// government also condemned the detention", "The U.S. State Department
// welcomed the summit"), six for an
// abduction or sanctions, which reactions near an article's end take up
// again ("Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the
// sanctions"), and twelve for an attack, an article's lead told, which is
// "the attack" to its end ("The US State Department called the attack
// \"dangerous and unlawful\"", seven sentences on), and so are strikes,
// bombings, shelling and raids ("Oman ... criticised the strikes", five
// on; "Brazil, Colombia and Chile issued statements condemning the raid",
// seven on).
func reach(lemma string) int {
	switch lemma {
	case "accusation", "allegation", "charge", "claim", "release", "arrest", "detention", "summit", "visit", "meeting", "talk":
		return 8
	case "abduction", "kidnapping", "sanction":
		return 6
	case "attack", "strike", "airstrike", "bombing", "shelling", "bombardment", "raid":
		return 12
	}
	return 4
}

// talkNoun reports whether a noun, by lemma, names talks and nothing else:
// "talks", "meeting", "summit".
func talkNoun(lemma string) bool {
	p := actNouns[lemma]
	return len(p) == 1 && p[0] == "04"
}

// isActNoun reports whether a noun, by lemma, names an act (actNouns).
func isActNoun(lemma string) bool {
	_, ok := actNouns[lemma]
	return ok
}

// anyAct reports whether an act noun's prefixes take any code: a noun
// that may name any act ("welcomed the decision") refers to one the
// sentence before told of, not one further back.
func anyAct(prefixes []string) bool { return slices.Contains(prefixes, "") }

// earlierAct returns the noun phrase g at chunk ci when it refers back to
// an act an earlier sentence of the article coded ("the attack", "this
// visit"), having made it stand for the doer of that act, or for both
// parties of a mutual one ("welcomed the agreement"). Else an empty span.
func (d *doc) earlierAct(cl *clause, ci int, g span) span {
	s := cl.s
	c := s.Chunks[ci]
	if d.c.opts.Literal || c.Head <= c.Start {
		return span{}
	}
	// "the violation of Polish airspace", "the attack on Kyiv": what the
	// act was done to may follow the noun, and must be what the earlier
	// act was done to.
	var object span
	if c.End != g.end {
		if ci+2 >= len(s.Chunks) || s.Chunks[ci+1].Kind != phrase.PP || s.Chunks[ci+2].Kind != phrase.NP || !actObjectPreps[s.Tokens[s.Chunks[ci+1].Start].Lower] {
			return span{}
		}
		object = span{s.Chunks[ci+2].Start, g.end}
	}
	if !definite[s.Tokens[c.Start].Lower] {
		return span{}
	}
	prefixes, ok := actNouns[s.Tokens[c.Head].Lemma]
	if !ok {
		return span{}
	}
	if prefixes[0] == "042" && slices.ContainsFunc(s.Tokens[c.Start:c.Head], func(t text.Token) bool { return toComeWords[t.Lower] }) {
		// "welcomed the planned visit": a visit to come recalls one
		// promised (036).
		prefixes = []string{"036"}
	}
	back := 4
	// past is set when the act may be told two sentences back, past one
	// that told none and is no quotation: then not an act of violence,
	// which no one calls a decision or a step.
	past := false
	if anyAct(prefixes) {
		back = 1
		// Past a sentence that told no act, a quotation or words on the
		// act: "\"We will keep up the pressure,\" Lammy said. Russia's
		// embassy called the measures hostile"; "EU ministers agreed to
		// lift sanctions on Syria. Kallas said some would remain. Syria
		// welcomed the decision".
		in := func(e *event) bool { return e.sent.Index == s.Index-1 }
		if prev := s.Index - 1; prev > 0 && !slices.ContainsFunc(d.earlier, in) && !slices.ContainsFunc(d.untargeted, in) {
			back, past = 2, !quoted(&d.sents[prev])
		}
	}
	// "the Canadian tariffs": the act of the country a people's adjective
	// or a name before the noun says did it.
	by := ""
	for i := c.Start + 1; i < c.Head; i++ {
		if m, ok := d.dict.Actor(s.Tokens, i, d.date); ok && (m.Entry.Kind == lexicon.Adj || m.Entry.Kind == lexicon.Country) {
			by = country(m.Entry.Code)
		}
	}
	// An act with a target first, else one on no one ("fired a missile
	// into the sea. Japan condemned the launch"); of the kind the noun
	// names first, the last one ("the strikes" are Russia's air strikes,
	// not Ukraine's shooting down of its missiles, told after them).
	// The sentence's own acts told before count too, for a noun of a
	// kind of act: "Gunmen attacked a military base, and JNIM claimed
	// responsibility for the attack" (not "met the Russian ambassador
	// and called the decision a brave step").
	own := d.sofar
	if anyAct(prefixes) {
		own = nil
	}
	for _, acts := range [][]*event{own, d.earlier, d.untargeted} {
		for _, prefix := range prefixes {
			e := lastAct(acts, prefix, s.Index-reach(s.Tokens[c.Head].Lemma), s.Tokens[c.Head].Lemma, by)
			if prefix == "" {
				// "The UN Security Council voted to back Morocco's plan
				// ... welcomed the vote": an act a vote decided, not
				// the next act the sentence told ("voted to extend the
				// president's term, prompting protests, where police
				// arrested 50 people"); with no vote told, the main act.
				e = mainAct(acts, s.Index-back)
				if s.Tokens[c.Head].Lemma == "vote" {
					if voted, anyVote := votedAct(acts, s.Index-4); anyVote {
						e = voted
					}
				}
				if e != nil && past && e.sent.Index < s.Index-1 && violent(e.code) {
					e = nil
				}
			}
			if e == nil {
				continue
			}
			if !object.empty() {
				if obj := d.resolve(s, object); len(obj) == 0 || obj[0].Country != e.target.Country {
					continue
				}
			}
			// The doer of the act, with those who did it together
			// ("Britain, Canada and Australia recognised the State of
			// Palestine ... welcomed the decision"), and the other party
			// of a meeting, an agreement or cooperation, which both do.
			as := []dyad.Actor{e.source}
			for _, f := range acts {
				// The same words coded for another doer: not another
				// act of the sentence ("The United States struck
				// three Iranian nuclear sites, joining Israel's war
				// against Iran": the strikes are the US's).
				if f != e && f.sent == e.sent && f.code == e.code && f.target.Code == e.target.Code && f.source.Code != e.source.Code &&
					slices.Equal(f.words, e.words) && !slices.ContainsFunc(as, func(a dyad.Actor) bool { return a.Code == f.source.Code }) {
					as = append(as, f.source)
				}
			}
			switch e.code[:2] {
			case "04", "05", "06":
				// Not the one recognised, praised or forgiven: "France
				// recognised the State of Palestine. Israel called the
				// move a reward for terrorism" is France's.
				if e.target.Code != "" && (e.code[:2] != "05" || e.code[:3] == "050" || e.code[:3] == "057") {
					as = append(as, e.target)
				}
			case "08":
				// "A ceasefire between Israel and Hezbollah took
				// effect ... welcomed the truce": both keep it.
				if strings.HasPrefix(e.code, "0871") && e.target.Code != "" {
					as = append(as, e.target)
				}
			case "03":
				// "agreed to restore relations. ... welcomed the
				// agreement": what both agreed to.
				if prefixes[0] == "057" && e.target.Code != "" {
					as = append(as, e.target)
				}
			}
			ra := recalledAct{doers: as, event: e}
			if e.target.Code != "" {
				ra.victims = []dyad.Actor{e.target}
			}
			d.recallAct(byteSpan(s, g), ra)
			return g
		}
	}
	// "condemned an Israeli strike that targeted a compound in Doha ...
	// Saudi Arabia also denounced the attack": an act of violence that
	// an earlier criticism took for its object, and whose doer it named.
	if violentAct(s.Tokens[c.Head].Lemma) && object.empty() {
		if e := d.lastEvent(s, 4, func(e *event) bool {
			return strings.HasPrefix(e.code, "11") && e.target.Code != "" && e.ofViolence()
		}); e != nil {
			d.recallAct(byteSpan(s, g), recalledAct{doers: []dyad.Actor{e.target}})
			return g
		}
	}
	return span{}
}

// ofViolence reports whether the object of event e's words names an act of
// violence: "condemned an Israeli strike".
func (e *event) ofViolence() bool {
	if len(e.words) == 0 {
		return false
	}
	toks := e.sent.Tokens
	last := slices.Max(e.words)
	for i := last + 1; i < len(toks) && i <= last+4; i++ {
		if violentAct(toks[i].Lemma) && strings.HasPrefix(toks[i].Tag, "NN") {
			return true
		}
	}
	return false
}

// quoted reports whether a sentence opens with a quotation mark.
func quoted(s *Sentence) bool {
	return len(s.Tokens) > 0 && s.Tokens[0].Tag == "``"
}

// recalledAct is what a phrase that refers back to an act stands for: its
// doers (with the other party of what two do together), the targets it
// was done to, and the event the act was coded as.
type recalledAct struct {
	doers, victims []dyad.Actor
	event          *event
}

// recallAct records that the phrase at sp refers back to an act.
func (d *doc) recallAct(sp dyad.Span, ra recalledAct) {
	if d.acts == nil {
		d.acts = map[dyad.Span]recalledAct{}
	}
	d.acts[sp] = ra
}

// actObjectPreps open what an act noun's act was done to: "the violation
// of Polish airspace", "the attack on Kyiv".
var actObjectPreps = map[string]bool{"of": true, "on": true, "against": true}

// lastAct returns the last of acts, asserted or reported, from sentence
// from on, whose code starts with prefix and that noun may name, or nil.
// An intent or a threat (03, 13, and their codes) counts when to come too:
// agreeing to do something is done, and "welcomed the funding" or "the
// planned visit" is of what was promised.
func lastAct(acts []*event, prefix string, from int, noun, by string) *event {
	if prefix == "03" {
		// "agreed to a ceasefire ... Hamas will free 33 hostages and
		// Israel will release prisoners. Biden welcomed the agreement":
		// what two agreed to together before what one of them will do.
		if e := lastActWith(acts, prefix, from, noun, by, func(e *event) bool { return mutualIn(acts, e) }); e != nil {
			return e
		}
	}
	return lastActWith(acts, prefix, from, noun, by, func(*event) bool { return true })
}

// mutualIn reports whether acts hold e's counterpart: the same act done by
// its target to its source.
func mutualIn(acts []*event, e *event) bool {
	return slices.ContainsFunc(acts, func(f *event) bool {
		return f.sent == e.sent && f.code == e.code && f.source.Code == e.target.Code && f.target.Code == e.source.Code
	})
}

// lastActWith is lastAct among the acts that also pass ok; one told with
// the noun's own word first ("India struck nine sites ... two weeks after
// gunmen killed 26 tourists. Pakistan said the strikes killed civilians").
func lastActWith(acts []*event, prefix string, from int, noun, by string, ok func(*event) bool) *event {
	fits := func(e *event) bool {
		return (told(e.mode) || (strings.HasPrefix(prefix, "03") || strings.HasPrefix(prefix, "13")) && e.mode == dyad.ModeFuture) && strings.HasPrefix(e.code, prefix) && (by == "" || e.source.Country == by) && ok(e)
	}
	// The lead's acts are the article's news to its end: "Venezuelan
	// security forces briefly detained opposition leader Maria Corina
	// Machado ... Panama's government also condemned the detention", nine
	// sentences on.
	within := func(e *event) bool { return e.sent.Index >= from || e.sent.Index == 0 && from > 0 }
	for i := len(acts) - 1; i >= 0 && noun != ""; i-- {
		if e := acts[i]; within(e) && fits(e) && !intercepted(e) && slices.ContainsFunc(e.words, func(k int) bool { return e.sent.Tokens[k].Lemma == noun }) {
			return e
		}
	}
	for i := len(acts) - 1; i >= 0; i-- {
		e := acts[i]
		if !within(e) {
			continue
		}
		if noun == "resolution" && !organisation(e.source.Country) && !slices.Contains(e.source.Roles, "LEG") {
			// "Japan lodged a protest with Pyongyang. North Korea
			// rejected the resolutions": a body's, not a government's.
			continue
		}
		// Shooting down the drones fired at one is no attack of one's
		// own: "condemned the attack" is of who fired them.
		if !fits(e) || intercepted(e) || (noun == "launch" || noun == "test") && !projectileNear(e) || noun == "attack" && answers(acts[:i], e) {
			continue
		}
		// An act a verb of the same sentence told of before one a noun
		// named ("Iran launched drones at Israel, in retaliation for a
		// suspected Israeli strike on its embassy. ... condemned the
		// attack" is Iran's): the sentence's own news, not its
		// background.
		if nominal(e) {
			for j := i - 1; j >= 0 && acts[j].sent == e.sent; j-- {
				if fits(acts[j]) && !nominal(acts[j]) {
					return acts[j]
				}
			}
		}
		return e
	}
	return nil
}

// answers reports whether e is done to the doer of an earlier violent act
// among acts: "Security forces killed the attackers" answers the attack,
// which "condemned the attack" is.
func answers(acts []*event, e *event) bool {
	return slices.ContainsFunc(acts, func(f *event) bool {
		return f.source.Code == e.target.Code && f.target.Code != e.source.Code && violent(f.code)
	})
}

// projectiles are what is shot down or intercepted in defence.
var projectiles = map[string]bool{"drone": true, "missile": true, "rocket": true, "shell": true, "projectile": true, "uav": true}

// projectileNear reports whether a projectile, or a satellite, is among
// an event's words or the eight after them, or in its sentence when it
// has no words (a show of force on no one): what "the launch" or "the
// test" recalls ("fired two ballistic missiles into the sea"), not a drill
// told after it.
func projectileNear(e *event) bool {
	toks := e.sent.Tokens
	from, to := 0, len(toks)-1
	if len(e.words) > 0 {
		from, to = slices.Min(e.words), slices.Max(e.words)+8
	}
	for i := from; i < len(toks) && i <= to; i++ {
		if projectiles[toks[i].Lemma] || toks[i].Lemma == "satellite" {
			return true
		}
	}
	return false
}

// intercepted reports whether an event is the shooting down or
// interception of projectiles ("shot down 40 of the 52 drones launched by
// Russia"): the matched verb is one of shooting down, and a projectile is
// its object, within eight words and before a comma or another verb.
func intercepted(e *event) bool {
	toks := e.sent.Tokens
	if len(e.words) == 0 || !slices.ContainsFunc(e.words, func(i int) bool {
		switch toks[i].Lemma {
		case "shoot", "intercept", "down", "destroy":
			return true
		}
		return false
	}) {
		return false
	}
	last := slices.Max(e.words)
	for i := last + 1; i < len(toks) && i <= last+8; i++ {
		if projectiles[toks[i].Lemma] {
			return true
		}
		if toks[i].Lower == "," || strings.HasPrefix(toks[i].Tag, "VB") {
			return false
		}
	}
	return false
}

// nominal reports whether an event was coded from an event noun.
func nominal(e *event) bool { return e.pattern != nil && e.pattern.Noun }

// votedAct returns the last act told, from sentence from on, whose words a
// form of "vote" stands before in its clause (no comma between), or nil,
// and whether a sentence of those acts says someone voted at all.
func votedAct(acts []*event, from int) (*event, bool) {
	vote := func(t *text.Token) bool { return t.Lemma == "vote" && strings.HasPrefix(t.Tag, "VB") }
	anyVote := false
	for i := len(acts) - 1; i >= 0 && acts[i].sent.Index >= from; i-- {
		e := acts[i]
		anyVote = anyVote || slices.ContainsFunc(e.sent.Tokens, func(t text.Token) bool { return vote(&t) })
		if !told(e.mode) || len(e.words) == 0 {
			continue
		}
		for k := slices.Min(e.words) - 1; k >= 0; k-- {
			t := &e.sent.Tokens[k]
			if t.Lower == "," || t.Lower == ";" {
				break
			}
			if vote(t) {
				return e, true
			}
		}
	}
	return nil, anyVote
}

// mainAct returns the first act, asserted or reported, of the last sentence
// from index from on that told of one: the act of its main clause, which
// "the decision" or "the vote" names, not one its object names ("adopted
// a resolution condemning Iran's crackdown on protesters. Germany
// welcomed the vote": the council's vote, not Iran's crackdown).
//
// A sentence that only reacted to an act recalled, or commented, is passed
// over for the one before: "The United States tightened sanctions on Cuba. Cuba's
// foreign minister denounced the measures. Mexico criticised the decision"
// is the United States'.
func mainAct(acts []*event, from int) *event {
	var main *event
	reacted := false // the sentence at from reacted to an act recalled, or commented
	for i := len(acts) - 1; i >= 0 && (acts[i].sent.Index >= from || reacted && acts[i].sent.Index == from-1); i-- {
		e := acts[i]
		if !told(e.mode) || e.history {
			// Nor is what history tells the move or the decision a
			// reaction is to: "... since 2021, when the first Trump
			// administration returned it to the list".
			continue
		}
		if main != nil && e.sent.Index != main.sent.Index {
			break
		}
		// A comment is no decision, move or step either.
		if (e.reacts || strings.HasPrefix(e.code, "01")) && e.sent.Index == from {
			reacted = true
			continue
		}
		main = e
	}
	return main
}

// ownedAct reports whether a noun phrase is an actor's possession that
// names no actor itself: "France's decision", not "China's leaders" nor
// "Sudan's warring parties".
func (d *doc) ownedAct(s *Sentence, c phrase.Chunk) bool {
	if _, ok := d.dict.Actor(s.Tokens, c.Head, d.date); ok || sides[s.Tokens[c.Head].Lemma] {
		return false
	}
	if _, ok := d.dict.Role(s.Tokens, c.Head); ok {
		return false
	}
	for k := c.Start; k < c.Head; k++ {
		if s.Tokens[k].Tag == "POS" {
			return true
		}
	}
	return false
}

// sides are the nouns of the parties to a conflict or a cause, people and
// no act: "called on Sudan's rival factions to halt hostilities".
var sides = map[string]bool{"party": true, "side": true, "faction": true, "group": true, "camp": true, "partner": true, "ally": true}

// elemEndingAt returns where a word or synset phrase that ends at token pos
// starts ("did n't" before a verb), or -1.
func (d *doc) elemEndingAt(cl *clause, e lexicon.Elem, pos int) int {
	for start := pos; start >= 0 && start > pos-5; start-- {
		if n := d.elemAt(cl, e, start); n == pos-start+1 {
			return start
		}
		if e.Kind != lexicon.ElemSynset {
			break
		}
	}
	return -1
}

func (d *doc) maxSkips() int {
	if d.c.opts.Literal {
		return looseSkips
	}
	return maxSkips
}

// intoThat reports whether matching may go on into a "that" clause at pos:
// PETRARCH's patterns do ("allowed that Mordor isn't a really pleasant
// place").
func (d *doc) intoThat(cl *clause, pos int) bool {
	return d.c.opts.Literal && cl.s.Tokens[pos].Lower == "that" && cl.s.Chunks[cl.chunkOf[pos]].Kind == phrase.SBAR
}
