package phrase

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
)

// This file reads a given Penn Treebank parse (the bracketed trees of the
// Stanford and Berkeley parsers, and of PETRARCH's input), places its leaves
// on the sentence text, and derives from it the same flat chunks that
// Chunks makes from raw text.

// Tree is a node of a Penn Treebank parse: a phrase (Label "NP", Children)
// or a leaf (Label is the part-of-speech tag, Word the word as the parse
// writes it, Leaf its 0-based index among the leaves, no Children).
type Tree struct {
	Label    string
	Word     string
	Children []*Tree
	// Leaf is the leaf's 0-based index among the tree's leaves; -1 for a phrase.
	Leaf int
	// Offset is the byte offset (0-based) of the node's "(" in the parse text.
	Offset int
	// leaves, on a root that ParseTree made, are its leaves in order.
	leaves []*Tree
}

// IsLeaf reports whether t is a leaf (a tag and a word).
func (t *Tree) IsLeaf() bool { return t.Leaf >= 0 }

// TreeError is a malformed parse: Offset is the byte offset (0-based) in the
// parse text where reading failed.
type TreeError struct {
	Offset int
	Msg    string
}

func (e *TreeError) Error() string {
	return fmt.Sprintf("parse tree: offset %d: %s", e.Offset, e.Msg)
}

// isTreeSpace reports whether c separates the tokens of a parse. Only ASCII
// white space does: parsers keep a no-break space inside a leaf ("1 1/2").
func isTreeSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// ParseTree reads one bracketed parse such as
// "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...)))". White space (newlines,
// tabs) between tokens is free. The Treebank's unlabelled outer bracket,
// "( (S ...) )", gives a root with an empty Label; any other empty label is
// an error, as are unbalanced brackets, text after the tree, a leaf with two
// words, words mixed with phrases, and a word without a tag. Errors are
// *TreeError.
func ParseTree(s string) (*Tree, error) {
	// Count the nodes first so that they share one allocation.
	n := strings.Count(s, "(")
	if n == 0 {
		i := skipTreeSpace(s, 0)
		if i == len(s) {
			return nil, &TreeError{Offset: i, Msg: "empty parse"}
		}
		return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("parse must start with '(', not %q", clipWord(s[i:]))}
	}
	slab := make([]Tree, 0, n)
	// Children are linked after reading, from one shared slice: parent[i]
	// is the slab index of node i's parent (-1 for the root).
	parent := make([]int32, 0, n)
	var stack []*Tree
	var stackIdx []int32 // the slab indexes of stack's nodes
	var root *Tree
	leaves := make([]*Tree, 0, n/2+1)
	i := skipTreeSpace(s, 0)
	if s[i] != '(' {
		return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("parse must start with '(', not %q", clipWord(s[i:]))}
	}
	for {
		i = skipTreeSpace(s, i)
		if i == len(s) {
			break
		}
		if root != nil {
			return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("text after the end of the tree: %q", clipWord(s[i:]))}
		}
		switch s[i] {
		case '(':
			open := i
			i = skipTreeSpace(s, i+1)
			label := ""
			if i < len(s) && s[i] != '(' && s[i] != ')' {
				j := atomEnd(s, i)
				label = s[i:j]
				i = j
			} else if i < len(s) && s[i] == ')' {
				return nil, &TreeError{Offset: open, Msg: "empty brackets \"()\""}
			} else if len(stack) > 0 {
				return nil, &TreeError{Offset: open, Msg: "phrase without a label"}
			}
			slab = append(slab, Tree{Label: label, Leaf: -1, Offset: open})
			node := &slab[len(slab)-1]
			up := int32(-1)
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				if p.Word != "" {
					return nil, &TreeError{Offset: open, Msg: fmt.Sprintf("phrase after the word %q of leaf (%s %s)", p.Word, p.Label, p.Word)}
				}
				p.Leaf = -2 // has children; set back to -1 below
				up = stackIdx[len(stackIdx)-1]
			}
			parent = append(parent, up)
			stack = append(stack, node)
			stackIdx = append(stackIdx, int32(len(slab)-1))
		case ')':
			if len(stack) == 0 {
				return nil, &TreeError{Offset: i, Msg: "unbalanced ')'"}
			}
			node := stack[len(stack)-1]
			if node.Word == "" && node.Leaf != -2 {
				return nil, &TreeError{Offset: node.Offset, Msg: fmt.Sprintf("(%s) has no word and no children", node.Label)}
			}
			stack = stack[:len(stack)-1]
			stackIdx = stackIdx[:len(stackIdx)-1]
			if len(stack) == 0 {
				root = node
			}
			i++
		default:
			j := atomEnd(s, i)
			word := s[i:j]
			if len(stack) == 0 {
				return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("word %q outside the tree", clipWord(word))}
			}
			node := stack[len(stack)-1]
			switch {
			case node.Label == "":
				return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("word %q without a tag", clipWord(word))}
			case node.Word != "":
				return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("second word %q in leaf (%s %s)", clipWord(word), node.Label, node.Word)}
			case node.Leaf == -2:
				return nil, &TreeError{Offset: i, Msg: fmt.Sprintf("word %q without a tag among the phrases of (%s ...)", clipWord(word), node.Label)}
			}
			node.Word = word
			node.Leaf = len(leaves)
			leaves = append(leaves, node)
			i = j
		}
	}
	if len(stack) > 0 {
		inner := stack[len(stack)-1]
		return nil, &TreeError{Offset: len(s), Msg: fmt.Sprintf("unbalanced: %d '(' not closed at the end; the innermost opens (%s at offset %d", len(stack), inner.Label, inner.Offset)}
	}
	link(slab, parent)
	root.leaves = leaves
	return root, nil
}

// link fills in the Children of the nodes in slab from their parents'
// indexes, all from one backing slice, in reading order.
func link(slab []Tree, parent []int32) {
	count := make([]int32, len(slab))
	for _, p := range parent {
		if p >= 0 {
			count[p]++
		}
	}
	kids := make([]*Tree, len(slab))
	off := 0
	for i := range slab {
		if slab[i].Leaf == -2 {
			slab[i].Leaf = -1
		}
		if c := int(count[i]); c > 0 {
			slab[i].Children = kids[off : off : off+c]
			off += c
		}
	}
	for i, p := range parent {
		if p >= 0 {
			slab[p].Children = append(slab[p].Children, &slab[i])
		}
	}
}

func skipTreeSpace(s string, i int) int {
	for i < len(s) && isTreeSpace(s[i]) {
		i++
	}
	return i
}

// atomEnd returns the end of the label or word that starts at s[i].
func atomEnd(s string, i int) int {
	for i < len(s) && s[i] != '(' && s[i] != ')' && !isTreeSpace(s[i]) {
		i++
	}
	return i
}

// clipWord shortens s for an error message.
func clipWord(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	n := max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// Leaves returns t's leaves in order. The slice is t's: do not change it.
func (t *Tree) Leaves() []*Tree {
	if t.leaves != nil {
		return t.leaves
	}
	return t.appendLeaves(make([]*Tree, 0, t.countLeaves()))
}

func (t *Tree) countLeaves() int {
	if t.IsLeaf() {
		return 1
	}
	n := 0
	for _, c := range t.Children {
		n += c.countLeaves()
	}
	return n
}

func (t *Tree) appendLeaves(out []*Tree) []*Tree {
	if t.IsLeaf() {
		return append(out, t)
	}
	for _, c := range t.Children {
		out = c.appendLeaves(out)
	}
	return out
}

// String returns t in one-line bracketed form, which ParseTree reads back
// to the same tree.
func (t *Tree) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t *Tree) write(b *strings.Builder) {
	b.WriteByte('(')
	b.WriteString(t.Label)
	if t.IsLeaf() {
		b.WriteByte(' ')
		b.WriteString(t.Word)
	}
	for _, c := range t.Children {
		b.WriteByte(' ')
		c.write(b)
	}
	b.WriteByte(')')
}

// Text returns the sentence as t's leaves spell it: the words with the
// Treebank's escapes undone ("-LRB-" is "(", a quote leaf is "\""),
// separated by single spaces, without empty elements (-NONE-). Align
// places every leaf of t on it; use it when the parse's own words are
// wanted, or when the text a parse came with differs from it.
func (t *Tree) Text() string {
	var b strings.Builder
	for _, l := range t.Leaves() {
		if l.Label == "-NONE-" || strings.TrimSpace(l.Word) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(leafText(l.Word))
	}
	return b.String()
}

// phraseLabel returns a phrase label without its function tags and
// indexes: "NP-SBJ-1" and "NP=2" are "NP". Labels that start with "-"
// ("-NONE-") are kept whole.
func phraseLabel(l string) string {
	if i := strings.IndexAny(l, "-="); i > 0 {
		return l[:i]
	}
	return l
}

// AlignError is a parse leaf that Align could not place in the text, or
// text after the last leaf.
type AlignError struct {
	// Leaf is the leaf's 0-based index; Word and Tag are as the parse
	// writes them. For text after the last leaf, Leaf is the number of
	// leaves, Word and Tag are empty and ParseOffset is -1.
	Leaf      int
	Word, Tag string
	// ParseOffset is the byte offset of the leaf in the parse text;
	// Offset is the byte offset in the article text where it was looked for.
	ParseOffset, Offset int
	// Found is the text at Offset.
	Found string
}

func (e *AlignError) Error() string {
	if e.Word == "" {
		return fmt.Sprintf("align: text at offset %d is after the last leaf: %q", e.Offset, e.Found)
	}
	return fmt.Sprintf("align: leaf %d (%s %s) at parse offset %d: not found at text offset %d (text has %q)",
		e.Leaf, e.Tag, e.Word, e.ParseOffset, e.Offset, e.Found)
}

// Align places the leaves of t on the words of the sentence
// text[span.Start:span.End] (a span outside text is clipped to it) and
// returns one token per leaf, in leaf order: Span in text, Text as the text
// writes it, Tag from the parse, Lower and Lemma as the text package makes
// them. Spans are in order and do not overlap.
//
// Align undoes the Treebank's escapes (-LRB- -RRB- -LSB- -RSB- -LCB-
// -RCB-, the doubled backtick and apostrophe for any quote, \/ and \*,
// "&amp;", and -- or ... for the one-character dashes and ellipsis) and
// the parser's clitic splits ("did" "n't", "Kazakhstan" "'s"), and matches
// letters regardless of case, curly quotes and apostrophes as straight
// ones, and white space in a leaf as any run of white space. Text the
// parse leaves out is skipped if it holds no letters or digits.
//
// A leaf with no text of its own gets a token with an empty span where it
// would be and empty Text, Lower and Lemma: the empty elements of Treebank
// annotation (-NONE-), and punctuation the text lacks (the period a parser
// repeats after an abbreviation that ends the sentence, "the U.S.", or a
// final period the text does not have). Any other leaf that cannot be
// placed is an *AlignError naming it, as is a word of the text after the
// last leaf. Tree.Text gives a text on which every leaf can be placed.
func Align(t *Tree, txt string, span dyad.Span) ([]text.Token, error) {
	start, end := min(max(span.Start, 0), len(txt)), min(max(span.End, 0), len(txt))
	start = min(start, end)
	leaves := t.Leaves()
	toks := make([]text.Token, len(leaves))
	pos := start
	var buf [3]string
	for i, l := range leaves {
		tok := &toks[i]
		tok.Tag = l.Label
		if l.Label == "-NONE-" || strings.TrimSpace(l.Word) == "" {
			tok.Span = dyad.Span{Start: pos, End: pos}
			continue
		}
		at := skipTextSpace(txt, pos, end)
		from, to, ok := place(leafForms(l.Word, buf[:0]), txt, at, end)
		if !ok {
			if extraPunct(l.Word, txt, at, end, toks[:i]) {
				tok.Span = dyad.Span{Start: pos, End: pos}
				continue
			}
			return nil, &AlignError{Leaf: i, Word: l.Word, Tag: l.Label, ParseOffset: l.Offset, Offset: at, Found: clipWord(txt[at:end])}
		}
		tok.Span = dyad.Span{Start: from, End: to}
		tok.Text = txt[from:to]
		tok.Lower = text.Lower(tok.Text)
		tok.Lemma = text.Lemma(tok.Lower, tok.Tag) // Lower: the same lemma, no second folding
		pos = to
	}
	if skipUnparsed(txt, pos, end) < end {
		at := skipTextSpace(txt, pos, end)
		return nil, &AlignError{Leaf: len(leaves), ParseOffset: -1, Offset: at, Found: clipWord(txt[at:end])}
	}
	return toks, nil
}

// extraPunct reports whether the punctuation leaf w, not found at s[at:],
// is one the parse has and the text does not: the period a parser repeats
// after an abbreviation ("U.S." "."), or punctuation after the last word
// of a text that has none.
func extraPunct(w, s string, at, end int, before []text.Token) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if skipUnparsed(s, at, end) == end {
		return true
	}
	return len(before) > 0 && strings.HasSuffix(before[len(before)-1].Text, w)
}

func skipTextSpace(s string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipUnparsed returns the offset of the first letter or digit at or after
// s[i], or end: how far text the parse left out may be skipped.
func skipUnparsed(s string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += n
	}
	return i
}

// place finds the first of forms in s[at:end], allowing only white space
// and text without letters or digits before it; it returns the match.
func place(forms []string, s string, at, end int) (from, to int, ok bool) {
	limit := skipUnparsed(s, at, end)
	for i := at; i <= limit && i < end; {
		for _, f := range forms {
			if n := matchAt(f, s, i, end); n > 0 {
				return i, i + n, true
			}
		}
		_, n := utf8.DecodeRuneInString(s[i:end])
		i += n
	}
	return 0, 0, false
}

// leafForms appends to buf the ways the text may write a leaf's word.
func leafForms(w string, buf []string) []string {
	switch w {
	case "-LRB-":
		return append(buf, "(", "[", "{")
	case "-RRB-":
		return append(buf, ")", "]", "}")
	case "-LSB-":
		return append(buf, "[")
	case "-RSB-":
		return append(buf, "]")
	case "-LCB-":
		return append(buf, "{")
	case "-RCB-":
		return append(buf, "}")
	case "``", "''":
		return append(buf, w, "\"", "'")
	case "--":
		return append(buf, "--", "—", "–")
	case "...":
		return append(buf, "...", "…", ". . .")
	}
	if strings.IndexByte(w, '&') >= 0 || strings.IndexByte(w, '\\') >= 0 {
		if u := unescapeLeaf.Replace(w); u != w {
			return append(buf, w, u)
		}
	}
	return append(buf, w)
}

// leafText returns the text a leaf's word stands for.
func leafText(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LSB-":
		return "["
	case "-RSB-":
		return "]"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "``", "''":
		return "\""
	}
	return unescapeLeaf.Replace(w)
}

// unescapeLeaf undoes the escapes of older Treebank files (\/ and \*) and
// the XML entities of a parse that was escaped twice.
var unescapeLeaf = strings.NewReplacer(`\/`, "/", `\*`, "*", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"")

// matchAt returns the length of the text at s[i:end] that spells word f,
// or 0. Letters match regardless of case, a straight quote or apostrophe
// matches its curly forms and a backtick, a hyphen matches the Unicode
// hyphens and dashes, and white space in f (a no-break space in "1 1/2")
// matches any run of white space, or none.
func matchAt(f, s string, i, end int) int {
	j := i
	for _, w := range f {
		if unicode.IsSpace(w) {
			j = skipTextSpace(s, j, end)
			continue
		}
		if j >= end {
			return 0
		}
		r, n := utf8.DecodeRuneInString(s[j:end])
		if r != w && !sameLetter(r, w) && !sameQuote(r, w) {
			return 0
		}
		j += n
	}
	return j - i
}

func sameLetter(r, w rune) bool {
	return unicode.IsLetter(r) && unicode.ToLower(r) == unicode.ToLower(w)
}

func sameQuote(r, w rune) bool {
	switch w {
	case '\'', '`':
		return strings.ContainsRune("'`‘’‛′", r)
	case '"':
		return strings.ContainsRune("\"“”„‟″«»", r)
	case '-':
		return strings.ContainsRune("‐‑‒–−", r)
	}
	return false
}

// ChunksFromTree derives flat chunks from the parse t, by token index into
// toks, which must be Align's tokens for t (one per leaf); given other
// tokens, or a tree not numbered as ParseTree numbers its leaves, it
// returns Chunks(toks). The chunks follow Chunks' conventions, so the
// coder reads either alike:
//
//   - NP: the lowest noun phrases, with possessives and premodifying QP,
//     ADJP and NML inside ("Kazakhstan 's ambassador" is one NP), split at
//     conjunctions and punctuation, starting where Chunks may start one
//     (not at an adverb or preposition) and ending at the last noun, the
//     head;
//   - VP: auxiliaries, modals, negation and adverbs up to the main verb,
//     the head ("has not yet been received"); "to" + infinitive is one
//     group, and a main verb ends its group ("plans" "to visit");
//   - PP: the prepositions of PP;
//   - SBAR: the openers of SBAR (its IN, and the wh-words of WHNP and
//     WHADVP), so "that" and "after" there are SBAR where Chunks has PP;
//   - ADVP and ADJP, as the parse groups them ("very close");
//   - O for the rest, and for tokens with no text.
//
// Every token is in exactly one chunk, in order.
func ChunksFromTree(t *Tree, toks []text.Token) []Chunk {
	leaves := t.Leaves()
	if len(leaves) != len(toks) {
		return Chunks(toks)
	}
	for i, l := range leaves {
		if l.Leaf != i {
			return Chunks(toks)
		}
	}
	c := chunker{toks: toks, out: make([]Chunk, 0, len(toks)/2+1)}
	c.walk(t)
	return c.out
}

// chunker builds chunks from a tree in leaf order.
type chunker struct {
	toks []text.Token
	out  []Chunk
	// The open verb group: tokens from start, its last verb head (-1 when
	// none yet), adverbs after head still waiting for a verb, and whether
	// the group may go on (its last verb is an auxiliary, or it is "to").
	start, head int
	open        bool
	more        bool
	pending     []int
}

func (c *chunker) emit(k Kind, start, end, head int) {
	c.out = append(c.out, Chunk{Kind: k, Start: start, End: end, Head: head})
}

// walk chunks the phrase or leaf n.
func (c *chunker) walk(n *Tree) {
	if n.IsLeaf() {
		c.single(n.Leaf)
		return
	}
	switch phraseLabel(n.Label) {
	case "NP", "NML", "NX":
		// Leaves and flat noun phrases inside make one run, so that
		// possessives ("(NP (NP Kazakhstan 's) ambassador)") and shared
		// modifiers ("(NP (NP Arnor and Gondor) leaders)") stay with
		// their head.
		var run []int
		for _, ch := range n.Children {
			if ch.IsLeaf() || flatNominal(ch) {
				run = leafIndexes(ch, run)
				continue
			}
			c.nounRun(run)
			run = run[:0]
			c.walk(ch)
		}
		c.nounRun(run)
	case "VP":
		c.verbPhrase(n)
		c.flush()
	case "PP", "WHPP":
		for _, ch := range n.Children {
			if ch.IsLeaf() && (ch.Label == "IN" || ch.Label == "TO") && c.hasText(ch.Leaf) {
				c.emit(PP, ch.Leaf, ch.Leaf+1, ch.Leaf)
			} else {
				c.walk(ch)
			}
		}
	case "SBAR":
		for _, ch := range n.Children {
			if ch.IsLeaf() && (ch.Label == "IN" || strings.HasPrefix(ch.Label, "W")) && c.hasText(ch.Leaf) {
				c.emit(SBAR, ch.Leaf, ch.Leaf+1, ch.Leaf)
			} else {
				c.walk(ch)
			}
		}
	case "WHNP", "WHADVP", "WHADJP":
		c.mixed(n, func(run []int) {
			from := 0
			for k, i := range run {
				if strings.HasPrefix(c.toks[i].Tag, "W") && c.hasText(i) {
					c.nounRun(run[from:k])
					c.emit(SBAR, i, i+1, i)
					from = k + 1
				}
			}
			c.nounRun(run[from:])
		})
	case "ADVP":
		c.mixed(n, func(run []int) { c.modifierRun(ADVP, "RB", run) })
	case "ADJP":
		c.mixed(n, func(run []int) { c.modifierRun(ADJP, "JJ", run) })
	default:
		for _, ch := range n.Children {
			c.walk(ch)
		}
	}
}

// mixed chunks a phrase whose runs of leaf children go to run and whose
// phrase children are walked.
func (c *chunker) mixed(n *Tree, run func([]int)) {
	var leaves []int
	for _, ch := range n.Children {
		if ch.IsLeaf() {
			leaves = append(leaves, ch.Leaf)
			continue
		}
		if len(leaves) > 0 {
			run(leaves)
			leaves = leaves[:0]
		}
		c.walk(ch)
	}
	if len(leaves) > 0 {
		run(leaves)
	}
}

// flatNominal reports whether n is a noun phrase or a premodifier (QP,
// ADJP, ADVP) made only of leaves and such phrases: a base noun phrase or
// part of one.
func flatNominal(n *Tree) bool {
	if n.IsLeaf() {
		return true
	}
	switch phraseLabel(n.Label) {
	case "NP", "NML", "NX", "QP", "ADJP", "ADVP":
		for _, ch := range n.Children {
			if !flatNominal(ch) {
				return false
			}
		}
		return true
	}
	return false
}

// leafIndexes appends the leaf indexes of n to buf.
func leafIndexes(n *Tree, buf []int) []int {
	if n.IsLeaf() {
		return append(buf, n.Leaf)
	}
	for _, ch := range n.Children {
		buf = leafIndexes(ch, buf)
	}
	return buf
}

// splitter reports whether a token ends a run inside a phrase: a
// conjunction or punctuation other than quotes, an empty element, or a
// token with no text of its own.
func (c *chunker) splitter(i int) bool {
	t := &c.toks[i]
	switch t.Tag {
	case "CC", ",", ":", ".", "-LRB-", "-RRB-", "-NONE-":
		return true
	}
	return !c.hasText(i)
}

// hasText reports whether token i has text of its own.
func (c *chunker) hasText(i int) bool { return c.toks[i].Span.Start < c.toks[i].Span.End }

// nounRun chunks consecutive leaves of a base noun phrase: each stretch
// between splitters, less leading words that cannot open a noun phrase
// (adverbs, prepositions), is an NP up to its last nominal, its head (the
// last token when it has none); what follows the head is chunked by tag.
func (c *chunker) nounRun(run []int) {
	for len(run) > 0 {
		if c.splitter(run[0]) {
			c.single(run[0])
			run = run[1:]
			continue
		}
		k := 1
		for k < len(run) && !c.splitter(run[k]) {
			k++
		}
		seg := run[:k]
		run = run[k:]
		// A noun phrase starts where Chunks would start one: the coder
		// skips adverbs before an NP ("almost five years").
		for len(seg) > 0 && !npInner(&c.toks[seg[0]]) && !nominal(c.toks[seg[0]].Tag) {
			c.single(seg[0])
			seg = seg[1:]
		}
		if len(seg) == 0 {
			continue
		}
		head := -1
		for _, i := range seg {
			if nominal(c.toks[i].Tag) {
				head = i
			}
		}
		if head < 0 || trailingModifiers(c.toks, head, seg[len(seg)-1]) {
			// A base noun phrase that ends in adjectives ends there: the
			// parse's "(NP (NNP Arnor) (JJ cleric))" is one phrase.
			head = seg[len(seg)-1]
		}
		end := head + 1
		for end <= seg[len(seg)-1] && c.toks[end].Tag == "POS" {
			end++ // "Ithilen 's": the possessive stays with its noun, as Chunks has it
		}
		c.emit(NP, seg[0], end, head)
		for _, i := range seg {
			if i >= end {
				c.single(i)
			}
		}
	}
}

// modifierRun chunks the leaves of an ADVP or ADJP: each stretch between
// splitters is one chunk of kind k, its head the last token whose tag
// starts with headTag (the last token when none does).
func (c *chunker) modifierRun(k Kind, headTag string, run []int) {
	for len(run) > 0 {
		if c.splitter(run[0]) {
			c.single(run[0])
			run = run[1:]
			continue
		}
		n := 1
		for n < len(run) && !c.splitter(run[n]) {
			n++
		}
		head := run[n-1]
		for _, i := range run[:n] {
			if strings.HasPrefix(c.toks[i].Tag, headTag) {
				head = i
			}
		}
		c.emit(k, run[0], head+1, head)
		for _, i := range run[:n] {
			if i > head {
				c.single(i)
			}
		}
		run = run[n:]
	}
}

// verbPhrase chunks a VP. Its verbs join the open verb group while that may
// go on; an auxiliary's group goes on into the VP that follows it, across
// adverbs ("has not yet been working").
func (c *chunker) verbPhrase(n *Tree) {
	for _, ch := range n.Children {
		switch {
		case ch.IsLeaf():
			c.verbLeaf(ch.Leaf)
		case phraseLabel(ch.Label) == "VP":
			if !c.open || !c.more {
				c.flush()
			}
			c.verbPhrase(ch)
		case c.open && c.more && bareVP(ch) != nil:
			// "(VP (VBD did) (S (VP (VB allow) ...)))": a parser's
			// subjectless clause inside a verb group.
			c.verbPhrase(bareVP(ch))
		case phraseLabel(ch.Label) == "ADVP" && c.open && c.more && allAdverbs(ch):
			c.pending = leafIndexes(ch, c.pending)
		default:
			c.flush()
			c.walk(ch)
		}
	}
}

// bareVP returns the VP of a clause that is only a VP starting with a
// verb, or nil.
func bareVP(n *Tree) *Tree {
	if phraseLabel(n.Label) != "S" || len(n.Children) != 1 {
		return nil
	}
	vp := n.Children[0]
	if phraseLabel(vp.Label) != "VP" || vp.IsLeaf() || !vp.Children[0].IsLeaf() || !verb(vp.Children[0].Label) {
		return nil
	}
	return vp
}

func allAdverbs(n *Tree) bool {
	for _, ch := range n.Children {
		if !ch.IsLeaf() || !strings.HasPrefix(ch.Label, "RB") {
			return false
		}
	}
	return true
}

// verbLeaf adds a leaf child of a VP to the verb group.
func (c *chunker) verbLeaf(i int) {
	t := &c.toks[i]
	switch {
	case !c.hasText(i):
		c.flush()
		c.single(i)
	case verb(t.Tag):
		if !c.open || !c.more {
			c.flush()
			c.open, c.start = true, i
		}
		c.head, c.pending = i, c.pending[:0]
		c.more = aux(t)
		if !c.more {
			c.flush()
		}
	case t.Tag == "TO" && !c.open:
		c.open, c.more, c.start, c.head = true, true, i, -1
	case strings.HasPrefix(t.Tag, "RB") && c.open && c.more:
		c.pending = append(c.pending, i)
	default:
		c.flush()
		c.single(i)
	}
}

// flush closes the open verb group: a VP up to its last verb, then the
// adverbs after it on their own; "to" without a verb is a PP.
func (c *chunker) flush() {
	if !c.open {
		return
	}
	c.open = false
	if c.head < 0 {
		c.emit(PP, c.start, c.start+1, c.start)
	} else {
		c.emit(VP, c.start, c.head+1, c.head)
	}
	for _, i := range c.pending {
		c.single(i)
	}
	c.pending = c.pending[:0]
}

// single chunks token i alone by its tag, as Chunks does for a token
// outside any noun phrase or verb group.
func (c *chunker) single(i int) {
	t := &c.toks[i]
	k := O
	switch tag := t.Tag; {
	case !c.hasText(i):
	case verb(tag):
		k = VP
	case tag == "PRP" || nominal(tag):
		k = NP
	case tag == "IN" || tag == "TO":
		k = PP
		if isClauseOpener(t.Lower) {
			k = SBAR
		}
	case tag == "WDT" || tag == "WP" || tag == "WP$" || tag == "WRB":
		k = SBAR
	case strings.HasPrefix(tag, "RB"):
		k = ADVP
	case strings.HasPrefix(tag, "JJ"):
		k = ADJP
	}
	c.emit(k, i, i+1, i)
}

// trailingModifiers reports whether the tokens after head up to last are
// all adjectives or participles.
func trailingModifiers(toks []text.Token, head, last int) bool {
	if last <= head {
		return false
	}
	for i := head + 1; i <= last; i++ {
		switch toks[i].Tag {
		case "JJ", "JJR", "JJS", "VBN", "VBG":
		default:
			return false
		}
	}
	return true
}
