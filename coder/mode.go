package coder

import (
	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/phrase"
)

// intentVerbs govern an infinitive whose event has not happened yet: "plans
// to visit", "is expected to sign".
var intentVerbs = map[string]bool{
	"plan": true, "intend": true, "expect": true, "hope": true, "want": true,
	"aim": true, "seek": true, "prepare": true, "schedule": true, "set": true,
	"propose": true, "wish": true, "decide": true, "promise": true,
	"vow": true, "pledge": true, "agree": true, "offer": true, "go": true,
	"due": true, "consider": true, "mean": true,
	"threaten": true, "warn": true,
}

// aspectVerbs govern an infinitive whose act they begin, go on with or
// try: "would continue to support" supports.
var aspectVerbs = map[string]bool{"continue": true, "begin": true, "start": true, "resume": true, "try": true, "keep": true}

// appealVerbs govern an infinitive whose subject is asked or told to act:
// "urged Qatar to mediate" says what someone else wants done, so the act is
// hypothetical, not an intent of its subject.
// gerundIntents take as their object a gerund of what is to come:
// "proposed starting consultations", "is considering imposing sanctions".
var gerundIntents = map[string]bool{
	"propose": true, "suggest": true, "consider": true, "plan": true, "recommend": true, "contemplate": true,
}

var appealVerbs = map[string]bool{
	"urge": true, "ask": true, "call": true, "appeal": true, "invite": true,
	"press": true, "demand": true, "request": true, "encourage": true,
	"order": true, "tell": true, "push": true, "pressure": true, "persuade": true,
	"require": true, "oblige": true, "obligate": true, "commit": true,
	"give": true, // "gave Niger's military junta one week to reinstate": an ultimatum
}

// denyVerbs govern an infinitive whose event did not happen: "refused to meet".
var denyVerbs = map[string]bool{"refuse": true, "fail": true, "decline": true, "reject": true}

// infinitiveBefore returns the "to" infinitive that a verb after "and" at
// vi continues, bare or with "to" ("to restore relations and reopen
// embassies", "to restore air links and to reopen checkpoints"), or -1: the
// nearest verb group before the "and" must be that infinitive.
func (d *doc) infinitiveBefore(cl *clause, vi int) int {
	s := cl.s
	c := s.Chunks[vi]
	bare := c.Start == c.Head || s.Tokens[c.Start].Tag == "TO" // "and reopen", "and to reopen"
	if d.c.opts.Literal || vi < 3 || !bare || s.Tokens[c.Head].Tag != "VB" ||
		s.Chunks[vi-1].Kind != phrase.O || !coordinator(s.Tokens[s.Chunks[vi-1].Start].Lower) {
		return -1
	}
	for k := vi - 2; k >= 0 && k >= vi-7; k-- {
		if g := s.Chunks[k]; g.Kind == phrase.VP || g.Kind == phrase.SBAR {
			if infinitive(s, g) {
				return k
			}
			return -1
		}
	}
	return -1
}

// bareGovernors take an object and a bare infinitive: "help Syria fight".
var bareGovernors = map[string]bool{"help": true, "let": true, "make": true}

// denyNouns name a refusal, before the infinitive of the act refused:
// "its failure to arrest", "Iran's refusal to negotiate".
var denyNouns = map[string]bool{"failure": true, "refusal": true}

// futureNouns govern an infinitive whose act is yet to come, as their
// verbs do: "Japan's plan to send a delegation", "its promise to build"
// (not "a decision", "a bid" or "a move", which news tells mostly of acts
// done: "Guterres's decision to go to Kazan was wrong").
var futureNouns = map[string]bool{
	"plan": true, "intention": true, "intent": true, "proposal": true,
	"offer": true, "promise": true, "pledge": true, "vow": true, "commitment": true,
	"readiness": true, "willingness": true, "threat": true,
}

// noneFor are the nouns that "no" before them makes a reason or a will
// not to do what their infinitive names: "no reason to", "no plans to".
var noneFor = map[string]bool{"reason": true, "need": true, "plan": true, "intention": true, "desire": true, "interest": true}

// avoidVerbs keep from doing what the gerund after them names: "advised
// its citizens to avoid travelling to Japan", "refrained from attacking".
var avoidVerbs = map[string]bool{"avoid": true, "refrain": true, "abstain": true, "cease": true, "quit": true}

// avoided reports whether the verb group at vi is a gerund that the verb
// group before it, or its "from", keeps from happening (avoidVerbs).
func avoided(cl *clause, vi int) bool {
	s := cl.s
	if s.Tokens[s.Chunks[vi].Head].Tag != "VBG" || vi == 0 {
		return false
	}
	k := vi - 1
	if s.Chunks[k].Kind == phrase.PP && s.Tokens[s.Chunks[k].Start].Lower == "from" && k > 0 {
		k--
	}
	return s.Chunks[k].Kind == phrase.VP && avoidVerbs[s.Tokens[s.Chunks[k].Head].Lemma]
}

// toComeWords, before an event noun, say it has not happened yet: "the
// upcoming visit", "a planned summit".
var toComeWords = map[string]bool{
	"upcoming": true, "forthcoming": true, "planned": true, "proposed": true, "scheduled": true,
	"expected": true, "impending": true, "future": true, "next": true, "coming": true,
}

// mode says whether the verb group at chunk vi reports a plain fact, or a
// negated, future, hypothetical or reported event.
func (d *doc) mode(cl *clause, vi int) dyad.Mode {
	s := cl.s
	c := s.Chunks[vi]
	if avoided(cl, vi) && !d.c.opts.Literal {
		return dyad.ModeNegated
	}
	// "chanting \"Arrest Yoon Suk Yeol\"": a command quoted, the act
	// asked for, not done.
	if c.Start == c.Head && s.Tokens[c.Head].Tag == "VB" && c.Start > 0 && quoteMark(s.Tokens[c.Start-1].Tag) && !d.c.opts.Literal {
		return dyad.ModeHypothetical
	}
	// "Neither Russia nor China supported the move": none of them did.
	if r, ok := cl.subj[vi]; ok && !r.empty() && s.Tokens[r.start].Lower == "neither" && !d.c.opts.Literal {
		return dyad.ModeNegated
	}
	for i := c.Start; i <= c.Head; i++ {
		switch s.Tokens[i].Lower {
		case "not", "n't", "never":
			return dyad.ModeNegated
		}
	}
	// "called on Pakistan not to deport", "agreed never to attack": what
	// is to be left undone, whatever the verb that governs it.
	if k := c.Start; k >= 1 && s.Tokens[k].Tag == "TO" && (s.Tokens[k-1].Lower == "not" || s.Tokens[k-1].Lower == "never") && !d.c.opts.Literal {
		return dyad.ModeNegated
	}
	// "Turkey and Hungary have yet to ratify": not done so far.
	if k := c.Start; k >= 2 && s.Tokens[k].Tag == "TO" && s.Tokens[k-1].Lower == "yet" && (s.Tokens[k-2].Lemma == "have" || s.Tokens[k-2].Lemma == "be") && !d.c.opts.Literal {
		return dyad.ModeNegated
	}
	// "saw no reason to resume talks", "has no plans to visit": what no
	// reason or plan is for is not done.
	if k := c.Start; k >= 2 && s.Tokens[k].Tag == "TO" && noneFor[s.Tokens[k-1].Lemma] && !d.c.opts.Literal {
		for j := k - 2; j >= 0 && j >= k-3; j-- {
			if s.Tokens[j].Lower == "no" {
				return dyad.ModeNegated
			}
		}
	}
	// The verb whose "that" clause this is, if any: "denied that",
	// "agreed that", "never confirmed that".
	gv, gov := d.thatGovernor(cl, vi), ""
	if gv >= 0 {
		gov = s.Tokens[s.Chunks[gv].Head].Lemma
	}
	for i := c.Start; i <= c.Head; i++ {
		switch s.Tokens[i].Lower {
		case "will", "shall", "'ll", "wo":
			return dyad.ModeFuture
		case "would":
			// "said they would boycott": will, reported.
			if d.reportedBy(cl, vi) {
				return dyad.ModeFuture
			}
			return dyad.ModeHypothetical
		case "should":
			// "agreed that they should cooperate": what the parties
			// agree they should do, they intend.
			if gov == "agree" {
				return dyad.ModeFuture
			}
			return dyad.ModeHypothetical
		case "could", "might", "may", "can", "must", "ca":
			return dyad.ModeHypothetical
		}
	}
	// By its subject's word, what a denial governs did not happen ("denied
	// (reports) that it had supplied missiles", "rejected claims that it
	// was preparing to invade", "denied supporting the rebels"); what its
	// subject never confirmed, others say ("has never confirmed that it
	// struck").
	switch {
	case d.mandated(cl, vi):
		return dyad.ModeHypothetical
	case denialVerbs[gov]:
		return dyad.ModeNegated
	case confirmVerbs[gov] && d.mode(cl, gv) == dyad.ModeNegated:
		return dyad.ModeReported
	case vi > 0 && s.Chunks[vi-1].Kind == phrase.VP && s.Tokens[c.Start].Tag == "VBG" &&
		s.Tokens[s.Chunks[vi-1].Head].Lemma == "deny":
		return dyad.ModeNegated
	}
	// "proposed starting consultations", "considered imposing sanctions":
	// a gerund that one proposes or plans is to come.
	if vi > 0 && s.Chunks[vi-1].Kind == phrase.VP && s.Tokens[c.Start].Tag == "VBG" && gerundIntents[s.Tokens[s.Chunks[vi-1].Head].Lemma] && !d.c.opts.Literal {
		if m := d.mode(cl, vi-1); m != dyad.ModeAsserted {
			return m
		}
		return dyad.ModeFuture
	}
	// "will respond by expelling Chad's ambassador": the means shares the
	// mode of the act it is the means of.
	if vi > 1 && s.Tokens[c.Start].Tag == "VBG" && s.Chunks[vi-1].Kind == phrase.PP && s.Tokens[s.Chunks[vi-1].Start].Lower == "by" &&
		s.Chunks[vi-2].Kind == phrase.VP && !d.c.opts.Literal {
		return d.mode(cl, vi-2)
	}
	// A verb right after another ("will not wire tap") shares its mode.
	if vi > 0 && s.Chunks[vi-1].Kind == phrase.VP && s.Tokens[c.Start].Tag != "TO" {
		return d.mode(cl, vi-1)
	}
	// "was ready to help Syria fight Islamic State": a bare infinitive
	// after the object of "help", "let" or "make" is done if they are.
	if k := vi - 2; !d.c.opts.Literal && bareInfinitive(s, vi) {
		if m := d.mode(cl, k); m != dyad.ModeFuture {
			return m
		}
		return dyad.ModeHypothetical
	}
	// "agreed to restore diplomatic relations and reopen embassies": a
	// bare verb after "and" goes with the infinitive before it.
	if k := d.infinitiveBefore(cl, vi); k >= 0 {
		return d.mode(cl, k)
	}
	// "the first South Korean leader to visit Tokyo in 12 years": what
	// the first, the last or the only one did happened.
	if s.Tokens[c.Start].Tag == "TO" && vi > 0 && s.Chunks[vi-1].Kind == phrase.NP && !d.c.opts.Literal {
		np := s.Chunks[vi-1]
		if np.End-np.Start >= 3 && s.Tokens[np.Start].Lower == "the" && ordinalFirst[s.Tokens[np.Start+1].Lower] {
			return dyad.ModeAsserted
		}
	}
	// An infinitive takes the mode of the verb that governs it.
	if s.Tokens[c.Start].Tag == "TO" {
		if vi > 0 && s.Chunks[vi-1].Kind == phrase.ADJP {
			switch s.Tokens[s.Chunks[vi-1].Head].Lemma {
			case "willing", "ready", "prepared", "determined", "eager", "keen", "likely", "set", "due", "able":
				return dyad.ModeFuture
			case "unwilling", "reluctant", "unable", "unlikely":
				return dyad.ModeNegated
			}
		}
		// "Mongolia's failure to arrest Putin": an act that did not
		// happen.
		if vi > 0 && s.Chunks[vi-1].Kind == phrase.NP && denyNouns[s.Tokens[s.Chunks[vi-1].Head].Lemma] {
			return dyad.ModeNegated
		}
		if !d.c.opts.Literal && vi > 0 && s.Chunks[vi-1].Kind == phrase.NP && futureNouns[s.Tokens[s.Chunks[vi-1].Head].Lemma] {
			return dyad.ModeFuture
		}
		if !d.c.opts.Literal && vi > 0 && headlineFuture(s, vi) {
			return dyad.ModeFuture
		}
		// "requires Hezbollah to withdraw its fighters and Israeli
		// troops to pull out": the mode of the infinitive it goes with.
		if vi >= 3 && s.Chunks[vi-1].Kind == phrase.NP && s.Chunks[vi-2].Kind == phrase.O && coordinator(s.Tokens[s.Chunks[vi-2].Start].Lower) {
			for k := vi - 3; k >= 0; k-- {
				if s.Chunks[k].Kind == phrase.VP {
					if objectInfinitive(s, s.Chunks[k]) {
						return d.mode(cl, k)
					}
					break
				}
			}
		}
		limit := vi - 3
		for j := vi - 1; j >= 0 && j >= limit; j-- {
			g := s.Chunks[j]
			if g.Kind == phrase.O && coordinator(s.Tokens[g.Start].Lower) {
				// "urged Israel and Hamas to agree": past a compound
				// object.
				limit -= 2
			}
			if g.Kind == phrase.NP && cl.inDate(g.Start, g.End) && !d.c.opts.Literal {
				limit-- // "invited them to a summit later this month to discuss"
			}
			if g.Kind == phrase.PP && (objectPrep(s.Tokens[g.Start].Lower) || !d.c.opts.Literal && limit > vi-7) {
				// "invited the governor of Punjab to visit", "called on
				// Russian peacekeepers in the region to stop": past the
				// object's "of" or "in" phrase; "agreed to lift sanctions
				// on Syria to help the country recover": past one more
				// phrase of the object's, whatever its preposition.
				limit -= 2
			}
			if g.Kind != phrase.VP {
				continue
			}
			lemma := s.Tokens[g.Head].Lemma
			if denyVerbs[lemma] {
				// Whatever the refusal's own mode: "demanded that its
				// partners refuse to recognize" does not recognize.
				return dyad.ModeNegated
			}
			if m := d.mode(cl, j); m != dyad.ModeAsserted {
				if m == dyad.ModeFuture && !intentVerbs[lemma] && !appealVerbs[lemma] && !clauseVerbs[lemma] && !aspectVerbs[lemma] {
					// "their countries should cooperate to encourage
					// refugees to return": the purpose of what is to
					// come may come too ("would continue to support"
					// will).
					return dyad.ModeHypothetical
				}
				return m
			}
			// "committed to provide", "is committed to expanding": one's
			// own commitment, as a pledge, not another's obligation
			// ("the deal commits Israel to withdraw").
			own := lemma == "commit" && g.Head+1 < len(s.Tokens) && s.Tokens[g.Head+1].Lower == "to"
			switch {
			case appealVerbs[lemma] && !own:
				return dyad.ModeHypothetical
			case intentVerbs[lemma] || own:
				return dyad.ModeFuture
			}
			break
		}
	}
	// A condition or a hedge in the same sentence before the verb; what
	// one acts "until" it happens, in the present, has not happened ("have
	// sworn to fight until they gain control of villages").
	for i := 0; i < c.Start; i++ {
		switch s.Tokens[i].Lower {
		case "if", "unless":
			return dyad.ModeHypothetical
		case "until":
			if t := s.Tokens[c.Head].Tag; (t == "VBP" || t == "VBZ") && !d.c.opts.Literal {
				return dyad.ModeHypothetical
			}
		case "reportedly", "allegedly", "purportedly":
			return dyad.ModeReported
		}
	}
	return dyad.ModeAsserted
}

// headlineFuture reports whether the infinitive at vi follows its subject
// with no verb before it, as headlines tell what is to come: "Modi to visit
// Ukraine next week".
func headlineFuture(s *Sentence, vi int) bool {
	if s.Chunks[vi-1].Kind != phrase.NP {
		return false
	}
	for j := 0; j < vi; j++ {
		switch s.Chunks[j].Kind {
		case phrase.VP, phrase.SBAR, phrase.ADJP:
			return false
		}
	}
	return true
}

// thatGovernor returns the verb group that governs the "that" clause of
// the verb group at vi, past a noun of what is claimed ("denied that",
// "rejected claims that"), or -1.
func (d *doc) thatGovernor(cl *clause, vi int) int {
	if d.c.opts.Literal {
		return -1
	}
	s := cl.s
	ch := s.Chunks
	t := cl.thatBefore(vi)
	if t < 0 {
		return -1
	}
	k := t - 1
	if k >= 0 && ch[k].Kind == phrase.NP && claimNouns[s.Tokens[ch[k].Head].Lemma] {
		k--
	}
	// "agreed on Wednesday that": past the date.
	if k >= 1 && ch[k].Kind == phrase.NP && cl.inDate(ch[k].Start, ch[k].End) {
		k--
		if ch[k].Kind == phrase.PP {
			k--
		}
	}
	if k < 0 || ch[k].Kind != phrase.VP {
		return -1
	}
	return k
}

// mandateWords are the verbs and nouns whose "that" clause says what
// someone wants done: "urged that", "its demand that".
var mandateWords = map[string]bool{
	"demand": true, "urge": true, "insist": true, "ask": true, "request": true, "propose": true,
	"recommend": true, "suggest": true, "require": true, "call": true, "appeal": true,
	"proposal": true, "recommendation": true, "insistence": true, "suggestion": true,
}

// mandated reports whether the verb group at vi is in a "that" clause of
// what someone wants done, not what happened: "reiterated its demand today
// that Israel ease restrictions".
func (d *doc) mandated(cl *clause, vi int) bool {
	s := cl.s
	ch := s.Chunks
	if d.c.opts.Literal || s.Tokens[ch[vi].Start].Tag == "TO" {
		return false // an infinitive has its governing verb's mode
	}
	k := cl.thatBefore(vi)
	if k < 0 {
		return false
	}
	for k--; k >= 0 && ch[k].Kind == phrase.NP && cl.inDate(ch[k].Start, ch[k].End); k-- {
	}
	return k >= 0 && (ch[k].Kind == phrase.VP || ch[k].Kind == phrase.NP) && mandateWords[s.Tokens[ch[k].Head].Lemma]
}

// thatBefore returns the chunk of the "that" that opens the clause of the
// verb group at vi, before the verb's subject, or -1.
func (cl *clause) thatBefore(vi int) int {
	k := vi - 1
	if subj, ok := cl.subj[vi]; ok && !subj.empty() {
		k = cl.chunkOf[subj.start] - 1
	}
	if k < 0 || cl.s.Tokens[cl.s.Chunks[k].Start].Lower != "that" {
		return -1
	}
	return k
}

// denialVerbs say that what their clause tells did not happen ("denied
// that it had supplied", "rejected claims that it was preparing");
// confirmVerbs, negated, leave it to others ("has never confirmed that it
// struck"); claimNouns are what they deny: "rejected claims that".
var (
	denialVerbs  = map[string]bool{"deny": true, "reject": true, "dismiss": true, "refute": true}
	confirmVerbs = map[string]bool{"confirm": true, "acknowledge": true, "admit": true}
	claimNouns   = map[string]bool{
		"report": true, "claim": true, "allegation": true, "accusation": true, "suggestion": true,
		"rumour": true, "rumor": true, "charge": true, "assertion": true,
	}
)

// toCome reports whether an event of mode m has not happened yet, or may:
// future or hypothetical.
func toCome(m dyad.Mode) bool { return m == dyad.ModeFuture || m == dyad.ModeHypothetical }

// speechActMode corrects the mode of codes that are themselves about the
// future: "promised to release" is a real act of promising (03), as are
// appeals (02), demands (10) and threats (13), so the promise, not the
// release, is what is coded, and it is not future.
func speechActMode(code string, m dyad.Mode) dyad.Mode {
	if m != dyad.ModeFuture || len(code) < 2 {
		return m
	}
	switch code[:2] {
	case "02", "03", "10", "13":
		return dyad.ModeAsserted
	}
	return m
}

// intentCodes maps a cooperative act to the CAMEO code of the intent to do
// it (root 03): CAMEO codes "will provide aid" as 033, not 070. The event
// keeps mode future, so the act is still distinguishable from the promise.
var intentCodes = map[string]string{
	"04": "036", "045": "039", "046": "036",
	"05": "032", "057": "030",
	"06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"08": "035", "081": "0351", "082": "0352", "083": "034", "084": "0353",
	"085": "0354", "086": "0355", "087": "0356",
}

// threatCodes maps a conflictual act to the CAMEO code of threatening it
// (root 13), the conflictual side of root 03: "will boycott the elections"
// is 133, "will attack" 1384, "will impose a curfew" 1323.
var threatCodes = map[string]string{
	"14": "133",
	"16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
	"17": "130", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "175": "137",
	"18": "1383",
	"19": "1384", "191": "1381", "192": "1382",
	"20": "138", "204": "1385",
}

// intentCode returns the root-03 code for a future cooperative act, the
// root-13 code for a future conflictual one, or code unchanged for
// anything else.
func intentCode(code string, m dyad.Mode) string {
	if m != dyad.ModeFuture || len(code) < 3 {
		return code
	}
	for _, table := range []map[string]string{intentCodes, threatCodes} {
		for n := min(len(code), 4); n >= 2; n-- {
			if c, ok := table[code[:n]]; ok {
				return c
			}
		}
	}
	return code
}

// refused reports whether a negated verb group is a refusal: governed by
// "refuse", "decline", "reject" or "fail", or negated with "will" ("will
// not accept", "said it would not accept"), rather than a plain report
// that something did not happen.
func (d *doc) refused(cl *clause, vi int) bool {
	s := cl.s
	c := s.Chunks[vi]
	for i := c.Start; i < c.Head; i++ {
		switch s.Tokens[i].Lower {
		case "will", "wo", "shall":
			return true
		case "would":
			// "said it would not accept": will, reported.
			if d.reportedBy(cl, vi) {
				return true
			}
		}
	}
	if g := governorOf(s, vi, 3); s.Tokens[c.Start].Tag == "TO" && g >= 0 {
		return denyVerbs[s.Tokens[s.Chunks[g].Head].Lemma]
	}
	return false
}

// governorOf returns the nearest verb group of the back chunks before the
// infinitive at vi, which governs it, or -1.
func governorOf(s *Sentence, vi, back int) int {
	for j := vi - 1; j >= 0 && j >= vi-back; j-- {
		if s.Chunks[j].Kind == phrase.VP {
			return j
		}
	}
	return -1
}

// refusalMode returns the mode of the refusal of the verb group at vi:
// that of the verb that refuses it ("refused to meet" happened, "demanded
// that its partners refuse to recognize" is wanted); a refusal in the verb's
// own words ("will not accept") is made as it is said.
func (d *doc) refusalMode(cl *clause, vi int) dyad.Mode {
	s := cl.s
	if s.Tokens[s.Chunks[vi].Start].Tag == "TO" {
		for j := vi - 1; j >= 0 && j >= vi-3; j-- {
			if s.Chunks[j].Kind == phrase.VP {
				return d.mode(cl, j)
			}
		}
	}
	return dyad.ModeAsserted
}

// refusalCodes map a cooperative act to the CAMEO code of refusing it
// (root 12): refusing to meet is 125, to help 122, to release 1243.
var refusalCodes = map[string]string{
	"03": "120", "04": "125", "045": "126", "05": "120", "057": "127",
	"06": "121", "061": "1211", "062": "1212", "07": "122",
	"08": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243",
	"085": "1244", "086": "1245", "087": "1246",
}

// refusalCode returns the rejection code for refusing the act code.
func refusalCode(code string) (string, bool) {
	if len(code) < 3 {
		return "", false
	}
	if c, ok := refusalCodes[code[:3]]; ok {
		return c, true
	}
	c, ok := refusalCodes[code[:2]]
	return c, ok
}

// reportedBy reports whether the verb group at vi stands in a clause a
// speech verb reports: "said (that) they would".
func (d *doc) reportedBy(cl *clause, vi int) bool {
	subj := cl.subj[vi]
	if subj.empty() {
		return false
	}
	before := cl.chunkOf[subj.start] - 1
	if ch := cl.s.Chunks; before >= 1 && ch[before].Kind == phrase.PP && cl.s.Tokens[ch[before].Start].Lower == "between" && ch[before-1].Kind == phrase.NP {
		// "said that a truce between Israel and Hamas would begin": the
		// noun the parties are of.
		before -= 2
	}
	if d.speechVerb(cl, before) >= 0 {
		return true
	}
	// "warned that Israel would strike Hezbollah", "vowed that it would
	// retaliate": a warning's or a vow's "would" is a will.
	g := governing(cl, before)
	return g >= 0 && !d.c.opts.Literal && vowVerbs[cl.s.Tokens[cl.s.Chunks[g].Head].Lemma]
}

// ordinalFirst are the words of "the first ... to", whose infinitive tells
// what happened.
var ordinalFirst = map[string]bool{"first": true, "last": true, "only": true, "second": true, "latest": true}

// vowVerbs say what their subject will do, or warns will be done.
var vowVerbs = map[string]bool{"warn": true, "threaten": true, "vow": true, "pledge": true, "promise": true, "swear": true}
