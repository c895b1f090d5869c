// Package phrase groups a tagged sentence into flat phrases (chunks): noun
// phrases, verb groups, prepositions and the rest, each with its head. Input:
// the tokens of one sentence from package text, tagged, or a given Penn
// Treebank parse of the sentence with its text (ParseTree, Align,
// ChunksFromTree). Output: []Chunk, in order, covering every token once, by
// token index (so spans stay those of the tokens).
package phrase

import (
	"strings"

	"github.com/dyadcoder/dyad/text"
)

// Kind is a chunk's category.
type Kind uint8

// Chunk kinds. O is anything else: punctuation, conjunctions, particles.
const (
	O    Kind = iota
	NP        // noun phrase: "the Ambassador", "Kazakhstan 's ambassador"
	VP        // verb group: "visited", "was invited", "has not been working", "to visit"
	PP        // preposition: "of", "to", "at"
	ADVP      // adverbs outside verb groups: "also", "yesterday"
	ADJP      // predicative adjectives: "ready"
	SBAR      // clause openers: "who", "which", "that", "because", "if"
)

var kindNames = [...]string{O: "O", NP: "NP", VP: "VP", PP: "PP", ADVP: "ADVP", ADJP: "ADJP", SBAR: "SBAR"}

// String returns the kind's name ("NP").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Chunk is a run of tokens toks[Start:End] of one kind; Head is the index of
// its head token (the last noun of an NP, the main verb of a VP).
type Chunk struct {
	Kind       Kind
	Start, End int
	Head       int
}

func nominal(tag string) bool {
	return strings.HasPrefix(tag, "NN") || tag == "PRP" || tag == "CD" || tag == "EX"
}

// npInner reports whether a token with this tag may stand inside a noun
// phrase before its head.
func npInner(t *text.Token) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "VBN", "VBG", "HYPH", "FW", "$", "``", "''":
		return true
	}
	return false
}

// npAdverb reports whether toks[j] is an adverb inside the noun phrase
// that starts at i: after its determiner or an adjective, before an
// adjective ("the newly appointed ambassador", "a highly respected
// diplomat").
func npAdverb(toks []text.Token, i, j int) bool {
	if j == i || j+1 >= len(toks) || toks[j].Tag != "RB" {
		return false
	}
	switch toks[j-1].Tag {
	case "DT", "PRP$", "JJ":
	default:
		return false
	}
	return strings.HasPrefix(toks[j+1].Tag, "JJ")
}

func verb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// Chunks groups toks into chunks.
func Chunks(toks []text.Token) []Chunk {
	out := make([]Chunk, 0, len(toks)) // a sentence has fewer chunks than tokens: one allocation
	for i := 0; i < len(toks); {
		if i+2 < len(toks) && toks[i].Lower == "at" && (toks[i+1].Lower == "least" || toks[i+1].Lower == "most") && toks[i+2].Tag == "CD" {
			// "killing at least five people": an adverb of the count,
			// not a preposition and a phrase headed by "least".
			out = append(out, Chunk{Kind: ADVP, Start: i, End: i + 2, Head: i + 1})
			i += 2
			continue
		}
		if c, ok := nounPhrase(toks, i); ok {
			out = append(out, c)
			i = c.End
			continue
		}
		if c, ok := verbGroup(toks, i); ok {
			out = append(out, c)
			i = c.End
			continue
		}
		k := O
		switch t := toks[i].Tag; {
		case t == "IN" || t == "TO":
			k = PP
			if isClauseOpener(toks[i].Lower) {
				k = SBAR
			}
		case t == "WDT" || t == "WP" || t == "WP$" || t == "WRB":
			k = SBAR
		case strings.HasPrefix(t, "RB"):
			k = ADVP
		case strings.HasPrefix(t, "JJ"):
			k = ADJP
		}
		out = append(out, Chunk{Kind: k, Start: i, End: i + 1, Head: i})
		i++
	}
	return out
}

func isClauseOpener(w string) bool {
	switch w {
	case "because", "if", "although", "though", "while", "whereas", "unless", "since", "after", "before", "when", "until", "as":
		return w != "as" && w != "after" && w != "before" && w != "since"
	}
	return false
}

// nounPhrase reads a noun phrase at i: optional determiners and modifiers,
// ending at the last nominal before anything that cannot be inside.
func nounPhrase(toks []text.Token, i int) (Chunk, bool) {
	if toks[i].Tag == "PRP" || toks[i].Tag == "EX" {
		return Chunk{Kind: NP, Start: i, End: i + 1, Head: i}, true
	}
	j := i
	head := -1
	for j < len(toks) && (npInner(&toks[j]) || npAdverb(toks, i, j)) {
		t := &toks[j]
		// A participle starts a noun phrase only between a determiner or
		// adjective and a noun ("the visiting minister"), or right after a
		// main verb ("rejected proposed changes"), never right after a
		// noun ("troops fired").
		if (t.Tag == "VBN" || t.Tag == "VBG") && !participleModifier(toks, i, j) {
			break
		}
		// "the government today said": a time word ends the phrase; so
		// does, after a noun, a day ("staged demonstrations Saturday"),
		// a time counted from now ("will host Putin next month") and a
		// determiner ("gave Tanzania a grant").
		if j > i && (timeNoun(t.Lower) || (head >= 0 && (weekday(t.Lower) || t.Tag == "DT" || t.Tag == "PDT" || t.Tag == "PRP$" || timeAgo(toks, j) || relativeTime(toks, j)))) {
			break
		}
		// "told reporters Ethiopia would export": a name after a bare
		// plural noun starts a phrase of its own (not after a title's:
		// "foreign affairs Adel al-Jubeir").
		if head == i && j == i+1 && toks[head].Tag == "NNS" && t.Tag == "NNP" {
			break
		}
		// "called the measures economic terrorism": an adjective before
		// a common noun, after a plural common noun, opens the phrase
		// that names it (not before a name: "UN human rights chief
		// Volker Turk"); so does a quotation mark after a common noun
		// ("called the measures \"economic terrorism\"").
		if head >= 0 && head == j-1 && (toks[head].Tag == "NNS" && t.Tag == "JJ" && j+1 < len(toks) && (toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS") ||
			(toks[head].Tag == "NNS" || toks[head].Tag == "NN") && t.Tag == "``") {
			break
		}
		if nominal(t.Tag) {
			head = j
		}
		j++
		// Adjectives coordinated before the head share it: "Pakistani
		// and Kazakh officials", "political, economic and cultural ties".
		if head < 0 && j+1 < len(toks) && coordinatedAdjective(toks, j) {
			j++
		}
		// So does a noun coordinated with an adjective before it: "air
		// and naval drills".
		if head == j-1 && j+2 < len(toks) && coordinatedNoun(toks, j) {
			j++
		}
	}
	if head < 0 {
		return Chunk{}, false
	}
	return Chunk{Kind: NP, Start: i, End: head + 1, Head: head}, true
}

// coordinatedAdjective reports whether toks[j] joins the adjective before
// it to one after, or to a noun that modifies the head with it: a comma
// or "and"/"or" between them.
func coordinatedAdjective(toks []text.Token, j int) bool {
	if !strings.HasPrefix(toks[j-1].Tag, "JJ") {
		return false
	}
	switch toks[j].Lower {
	case ",", "and", "or":
	default:
		return false
	}
	next := toks[j+1].Tag
	// "humanitarian and development assistance": a noun that modifies
	// the same head.
	if next == "NN" && j+2 < len(toks) && nominal(toks[j+2].Tag) {
		return true
	}
	return strings.HasPrefix(next, "JJ") || next == "NNP" || next == "NNPS"
}

// coordinatedNoun reports whether toks[j] joins the singular noun before
// it to an adjective after that modifies the same plural head: "air and
// naval drills", "police and military officials".
func coordinatedNoun(toks []text.Token, j int) bool {
	return toks[j-1].Tag == "NN" && (toks[j].Lower == "and" || toks[j].Lower == "or") &&
		toks[j+1].Tag == "JJ" && toks[j+2].Tag == "NNS"
}

// timeAgo reports whether a span of time that ends in "later", "earlier"
// or "ago" opens at j: "rejected the proposal hours later", "two days ago".
func timeAgo(toks []text.Token, j int) bool {
	if toks[j].Tag == "CD" {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "minutes", "hours", "days", "weeks", "months", "years", "hour", "day", "week", "month", "year":
	default:
		return false
	}
	switch toks[j+1].Lower {
	case "later", "earlier", "ago":
		return true
	}
	return false
}

// relativeTime reports whether a time counted from now opens at j: "next
// month", "last week", "this year" (not "this year's", which modifies the
// noun after it).
func relativeTime(toks []text.Token, j int) bool {
	switch toks[j].Lower {
	case "next", "last", "this":
	default:
		return false
	}
	if j+1 >= len(toks) || j+2 < len(toks) && toks[j+2].Tag == "POS" {
		return false
	}
	switch toks[j+1].Lower {
	case "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

func timeNoun(w string) bool { return w == "today" || w == "yesterday" || w == "tonight" }

func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// descriptive are the participles that describe a noun rather than
// govern an object after a preposition: "with visiting Russian President
// Putin", not "of violating Indian airspace".
var descriptive = map[string]bool{
	"visiting": true, "outgoing": true, "incoming": true, "ruling": true, "governing": true,
	"neighbouring": true, "neighboring": true, "warring": true, "opposing": true, "leading": true,
}

// GerundPrep reports whether a preposition opens a phrase of a gerund whose
// doer is the clause's subject: "after visiting Moscow", "before leaving".
// ("By signing" may be the object's act: "accused Ethiopia of violating ...
// by signing".)
func GerundPrep(w string) bool {
	switch w {
	case "after", "before", "while", "upon", "when":
		return true
	}
	return false
}

func participleModifier(toks []text.Token, start, j int) bool {
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1].Tag
	}
	if j == start {
		// After a main verb: "reject proposed changes"; after a
		// preposition, before a name or an adjective: "talks with
		// visiting Russian President Putin".
		if j > 0 && toks[j].Tag == "VBG" && toks[j-1].Tag == "IN" && !GerundPrep(toks[j-1].Lower) && descriptive[toks[j].Lower] && (strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ")) {
			return true
		}
		return j > 0 && toks[j].Tag == "VBN" && strings.HasPrefix(toks[j-1].Tag, "VB") && !aux(&toks[j-1]) &&
			(strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ"))
	}
	// "the divided island", "the divided Mediterranean island", "as
	// \"organised criminals\"", "a combined three billion dollars".
	if !strings.HasPrefix(next, "NN") && !strings.HasPrefix(next, "JJ") && !(next == "CD" && toks[j-1].Tag == "DT") {
		return false
	}
	p := toks[j-1].Tag
	return p == "DT" || p == "PRP$" || p == "POS" || strings.HasPrefix(p, "JJ") || p == "CD" || p == "``"
}

// committed are the words of commitment that "to" and a gerund follow as
// they would "to" and an infinitive: "committed to expanding", "open to
// restoring".
var committed = map[string]bool{"committed": true, "dedicated": true, "devoted": true, "forward": true, "open": true}

// verbGroup reads auxiliaries, modals, negation and adverbs up to the main
// verb: "has not yet been working", "was invited", "to visit".
func verbGroup(toks []text.Token, i int) (Chunk, bool) {
	j := i
	if toks[j].Tag == "TO" {
		// "to visit", and split: "to formally recognise".
		k := j + 1
		for k < len(toks) && k <= j+2 && toks[k].Tag == "RB" {
			k++
		}
		// "committed to expanding": a gerund after "to" and a word of
		// commitment is as its infinitive.
		gerund := k < len(toks) && toks[k].Tag == "VBG" && i > 0 && committed[toks[i-1].Lower]
		if k >= len(toks) || toks[k].Tag != "VB" && !gerund {
			return Chunk{}, false
		}
		j = k
	}
	head := -1
	for j < len(toks) {
		t := &toks[j]
		switch {
		case verb(t.Tag):
			head = j
		case strings.HasPrefix(t.Tag, "RB") && head >= 0 && j+1 < len(toks) && (verb(toks[j+1].Tag) || strings.HasPrefix(toks[j+1].Tag, "RB")):
			// an adverb inside the group: "has not been", "was also invited"
		default:
			goto done
		}
		j++
		if verb(t.Tag) && !aux(t) {
			break
		}
	}
done:
	if head < 0 {
		return Chunk{}, false
	}
	return Chunk{Kind: VP, Start: i, End: head + 1, Head: head}, true
}

// aux reports whether a verb may be followed by more of its group.
func aux(t *text.Token) bool {
	if t.Tag == "MD" {
		return true
	}
	switch t.Lemma {
	case "be", "have", "do", "get":
		return true
	}
	return false
}
