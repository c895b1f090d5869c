package lexicon

import (
	"bytes"
	"fmt"
	"iter"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
)

// Format is a dictionary file format.
type Format uint8

// Dictionary formats: dyad's own and PETRARCH's four.
const (
	Dyad Format = iota + 1
	PetrarchVerbs
	PetrarchActors
	PetrarchAgents
	PetrarchDiscards
)

// String returns the format's name ("dyad", "petrarch-verbs", ...).
func (f Format) String() string {
	switch f {
	case Dyad:
		return "dyad"
	case PetrarchVerbs:
		return "petrarch-verbs"
	case PetrarchActors:
		return "petrarch-actors"
	case PetrarchAgents:
		return "petrarch-agents"
	case PetrarchDiscards:
		return "petrarch-discards"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// Sniff tells the format of a dictionary file from its content: the first
// line that settles it decides (see the package documentation). A file
// that nothing settles is a PETRARCH discard list if it has any line, and
// dyad's (empty) otherwise.
func Sniff(data []byte) Format {
	seen := false
	for l := range petrarchLines(data, nil) {
		s := l.text
		seen = true
		fields := strings.Fields(s)
		if len(fields) >= 2 {
			if _, ok := kindNames[fields[1]]; ok || fields[1] == "v" || fields[1] == "n" {
				return Dyad
			}
		}
		if s[0] == '&' {
			if strings.Contains(s, "=") {
				return Dyad
			}
			return PetrarchVerbs
		}
		if strings.HasPrefix(s, "---") || s[0] == '-' && len(s) > 1 && (s[1] == ' ' || s[1] == '\t') {
			return PetrarchVerbs
		}
		if s[0] == '!' && strings.Contains(s, "=") {
			return PetrarchAgents
		}
		if _, inside, _, ok, _ := bracket(s); ok {
			if strings.Contains(inside, "~") {
				return PetrarchAgents
			}
			return PetrarchActors
		}
	}
	if seen {
		return PetrarchDiscards
	}
	return Dyad
}

// LoadPetrarch reads a PETRARCH dictionary set, and nothing else (not
// dyad's defaults): the verbs, actors, agents and discards files named; an
// empty name skips that file. The error, if any, is a dyad.ErrorList
// naming each bad line; the Dict returned holds every good line even then.
// To add PETRARCH files to dyad's defaults, give them to Load.
func LoadPetrarch(verbs, actors, agents, discards string) (*Dict, error) {
	b := newBuilder()
	for _, f := range []struct {
		format Format
		path   string
	}{{PetrarchVerbs, verbs}, {PetrarchActors, actors}, {PetrarchAgents, agents}, {PetrarchDiscards, discards}} {
		if f.path == "" {
			continue
		}
		data, err := os.ReadFile(f.path)
		if err != nil {
			b.errs.Add(&dyad.Error{File: f.path, Offset: -1, Stage: "dict", Msg: err.Error()})
			continue
		}
		b.read(f.format, f.path, data)
	}
	return b.finish()
}

// discard is a phrase whose presence stops a sentence (or a story) being
// coded.
type discard struct {
	words []string // lower case
	text  string   // as written
	story bool
}

// Discard looks for the discard phrases in a sentence's tokens, matched as
// whole words in any case. If a story-level phrase occurs it is returned
// with story true (the whole story is not to be coded); otherwise the first
// sentence-level phrase, with story false. ok is false when none occurs.
func (d *Dict) Discard(toks []text.Token) (phrase string, story, ok bool) {
	for i := range toks {
		for _, x := range d.discards[toks[i].Lower] {
			if !x.matches(toks[i:]) {
				continue
			}
			if x.story {
				return x.text, true, true
			}
			if !ok {
				phrase, ok = x.text, true
			}
		}
	}
	return phrase, false, ok
}

func (x *discard) matches(toks []text.Token) bool {
	if len(toks) < len(x.words) {
		return false
	}
	for j, w := range x.words {
		if toks[j].Lower != w {
			return false
		}
	}
	return true
}

// pline is one line of a PETRARCH file that holds something.
type pline struct {
	n    int    // line number, from 1
	text string // without comments and surrounding space
	tab  bool   // the line starts with a tab
}

// readPetrarch reads one PETRARCH file with parse.
func (b *builder) readPetrarch(file string, data []byte, parse func(file string, lines iter.Seq[pline])) {
	b.file++
	b.petrarch = true
	parse(file, petrarchLines(data, func(n int) { b.errorf(file, n, "invalid UTF-8") }))
	b.petrarch = false
}

// petrarchLines yields the lines of a PETRARCH file that hold something,
// dropping comments as PETRARCH does: lines that start with '#' or "<!",
// "<!-- ... -->" (which may run over several lines), and '#' to the end
// of the line unless it stands inside [...] (codes such as [###]). Lines
// that are not UTF-8 go to bad (when not nil) instead.
func petrarchLines(data []byte, bad func(n int)) iter.Seq[pline] {
	return func(yield func(pline) bool) {
		inComment := false
		for n := 1; len(data) > 0; n++ {
			var line []byte
			if i := bytes.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				line, data = data, nil
			}
			s := strings.TrimSuffix(string(line), "\r")
			if inComment {
				inComment = !strings.Contains(s, "-->")
				continue
			}
			if strings.HasPrefix(s, "#") || strings.HasPrefix(s, "<!") {
				continue
			}
			if !utf8.ValidString(s) {
				if bad != nil {
					bad(n)
				}
				continue
			}
			if i := strings.Index(s, "<!--"); i >= 0 {
				if j := strings.Index(s[i:], "-->"); j >= 0 {
					s = s[:i] + s[i+j+3:]
				} else {
					s = s[:i]
					inComment = true
				}
			}
			s = stripHash(s)
			if t := strings.TrimSpace(s); t != "" && !yield(pline{n: n, text: t, tab: s[0] == '\t'}) {
				return
			}
		}
	}
}

// stripHash cuts s at the comment: the first '#' that stands outside
// [...] or after a space or tab (so that codes such as [###] stay).
func stripHash(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 || s[i-1] == ' ' || s[i-1] == '\t' {
				return s[:i]
			}
		}
	}
	return s
}

// bracket cuts s around its first [...]: ok is false when s has no '[',
// and err is set when the '[' is not closed.
func bracket(s string) (before, inside, after string, ok bool, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, "", "", false, nil
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, "", "", false, fmt.Errorf("%q: '[' without ']'", s)
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : i+j]), strings.TrimSpace(s[i+j+1:]), true, nil
}

// petrarchCode checks a code as written in brackets and cuts a pair
// (032:033). PETRARCH codes are kept verbatim: they need not be CAMEO
// codes ([174K], [def], [+++], [---] for none).
func petrarchCode(s string) (code, pair string, err error) {
	if s == "" {
		return "", "", fmt.Errorf("empty code []")
	}
	if strings.ContainsAny(s, " \t[") {
		return "", "", fmt.Errorf("bad code [%s]", s)
	}
	code, pair, paired := strings.Cut(s, ":")
	if paired && (code == "" || pair == "" || strings.Contains(pair, ":")) {
		return "", "", fmt.Errorf("bad code pair [%s]: want [CODE:CODE]", s)
	}
	return code, pair, nil
}

// cleanPhrase turns a PETRARCH phrase (words joined by '_' or space, a
// trailing '_' allowed) into words joined by single spaces.
func cleanPhrase(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
}

// srcOf names a line of file as "file:line".
func srcOf(file string, l pline) string { return fmt.Sprintf("%s:%d", file, l.n) }

// ---- verbs ----

// verbBlock is a PETRARCH verb block: its verbs and the patterns that
// apply to each of them.
type verbBlock struct {
	label, code, pair, src string
	verbs                  []*verbLine
	pats                   []*Pattern // Anchor and Verb unset
}

// verbLine is a verb line of a block with its forms.
type verbLine struct {
	code, pair, text, src string
	forms                 []verbForm
}

// verbForm is one form of a verb: the anchor and the other words of a
// multi-word verb.
type verbForm struct {
	text          string
	anchor        string
	before, after []Elem
}

func (b *builder) petrarchVerbs(file string, lines iter.Seq[pline]) {
	var blk *verbBlock
	var syn *Synset
	var synLine pline
	endSynset := func() {
		if syn != nil && len(syn.phrases)+len(syn.nested) == 0 {
			b.errorf(file, synLine.n, "synset &%s has no +members", syn.Name)
		}
		syn = nil
	}
	for l := range lines {
		t, src := l.text, srcOf(file, l)
		if syn != nil && t[0] == '+' {
			if err := b.synsetMember(syn, t[1:], src); err != nil {
				b.errorf(file, l.n, "%v", err)
			}
			continue
		}
		endSynset()
		var err error
		switch {
		case strings.HasPrefix(t, "---"):
			b.flushBlock(blk)
			blk, err = parseBlockHeader(t, src)
		case t[0] == '-':
			if blk == nil {
				err = fmt.Errorf("pattern %q before the first --- block header", t)
				break
			}
			var p *Pattern
			if p, err = b.parseVerbPattern(t, src); err == nil {
				blk.pats = append(blk.pats, p)
			}
		case t[0] == '&':
			name := strings.ToUpper(strings.TrimSuffix(strings.TrimSpace(t[1:]), "_"))
			if !validName(name) {
				err = fmt.Errorf("want &NAME, got %q", t)
				break
			}
			syn, synLine = b.d.synsets[name], l
			if syn == nil {
				syn = &Synset{Name: name}
				b.d.synsets[name] = syn
			}
		default:
			if blk == nil {
				err = fmt.Errorf("verb %q before the first --- block header", t)
				break
			}
			var v *verbLine
			if v, err = b.parseVerbLine(t, src, blk); err == nil {
				blk.verbs = append(blk.verbs, v)
			}
		}
		if err != nil {
			b.errorf(file, l.n, "%v", err)
		}
	}
	endSynset()
	b.flushBlock(blk)
}

// synsetMember adds a +member line to s: a word or phrase, or &NAME for
// every member of another synset.
func (b *builder) synsetMember(s *Synset, m, src string) error {
	m = strings.TrimSpace(m)
	if strings.HasPrefix(m, "&") {
		name := strings.ToUpper(strings.TrimSuffix(m[1:], "_"))
		if !validName(name) {
			return fmt.Errorf("synset &%s: bad synset name %q", s.Name, m)
		}
		s.nested = append(s.nested, nested{name: name, src: src})
		return nil
	}
	lower, lemma, _ := b.words(strings.ToLower(cleanPhrase(m)))
	if len(lower) == 0 {
		return fmt.Errorf("synset &%s: empty member", s.Name)
	}
	s.phrases = insertPhrase(s.phrases, b.phrase(lower, lemma))
	return nil
}

// parseBlockHeader reads "--- LABEL [CODE] ---"; without a code the block's
// code is "---" (none). A second [code] is ignored, as PETRARCH does.
func parseBlockHeader(t, src string) (*verbBlock, error) {
	body := strings.TrimSpace(strings.TrimSuffix(strings.TrimLeft(t, "-"), "---"))
	blk := &verbBlock{label: body, code: "---", src: src}
	before, inside, _, ok, err := bracket(body)
	if err != nil {
		return blk, fmt.Errorf("block header: %v", err)
	}
	if ok {
		blk.label = before
		if blk.code, blk.pair, err = petrarchCode(inside); err != nil {
			blk.code, blk.pair = "---", ""
			return blk, fmt.Errorf("block header: %v", err)
		}
	}
	return blk, nil
}

// parseVerbLine reads "VERB {FORMS} [CODE]", where VERB and each form may
// be a multi-word verb (+CORDON_OFF, WIRE_+TAP).
func (b *builder) parseVerbLine(t, src string, blk *verbBlock) (*verbLine, error) {
	v := &verbLine{code: blk.code, pair: blk.pair, text: t, src: src}
	body, inside, after, ok, err := bracket(t)
	if err != nil {
		return nil, err
	}
	if ok {
		if after != "" {
			return nil, fmt.Errorf("verb %q: text after the code", t)
		}
		if v.code, v.pair, err = petrarchCode(inside); err != nil {
			return nil, fmt.Errorf("verb %q: %v", t, err)
		}
	}
	forms := []string{body}
	if i := strings.IndexByte(body, '{'); i >= 0 {
		j := strings.IndexByte(body, '}')
		if j < i {
			return nil, fmt.Errorf("verb %q: '{' without '}'", t)
		}
		if strings.TrimSpace(body[j+1:]) != "" {
			return nil, fmt.Errorf("verb %q: text after the {forms}", t)
		}
		forms = append([]string{strings.TrimSpace(body[:i])}, strings.Fields(body[i+1:j])...)
	}
	if forms[0] == "" {
		return nil, fmt.Errorf("verb line %q has no verb", t)
	}
	for _, f := range forms {
		vf, err := b.parseVerbForm(f)
		if err != nil {
			return nil, fmt.Errorf("verb %q: %v", t, err)
		}
		v.forms = append(v.forms, vf)
	}
	return v, nil
}

// item is one word of a PETRARCH phrase; joined says '_' ties it to the
// word before.
type item struct {
	word   string
	joined bool
}

// items cuts s at spaces and underscores.
func items(s string) []item {
	var out []item
	for _, f := range strings.Fields(s) {
		first := true
		for _, w := range strings.Split(f, "_") {
			if w == "" {
				continue
			}
			out = append(out, item{word: w, joined: !first})
			first = false
		}
	}
	return out
}

// parseVerbForm reads one verb form: its anchor is the word marked '+', or
// the first word; the other words become literals around it.
func (b *builder) parseVerbForm(s string) (verbForm, error) {
	vf := verbForm{text: s}
	its := items(s)
	at := -1
	for i := range its {
		if strings.HasPrefix(its[i].word, "+") {
			if at >= 0 {
				return vf, fmt.Errorf("form %q marks two words with +", s)
			}
			at = i
			its[i].word = its[i].word[1:]
		}
	}
	if at < 0 {
		at = 0
	}
	if len(its) == 0 || its[at].word == "" {
		return vf, fmt.Errorf("form %q has no verb", s)
	}
	lower, _ := b.split(strings.ToLower(its[at].word))
	if len(lower) != 1 {
		return vf, fmt.Errorf("verb %q is not one word", its[at].word)
	}
	vf.anchor = lower[0]
	for i := 0; i < at; i++ {
		els, err := b.literal(its[i].word, its[i+1].joined, true)
		if err != nil {
			return vf, err
		}
		vf.before = append(vf.before, els...)
	}
	for i := at + 1; i < len(its); i++ {
		els, err := b.literal(its[i].word, its[i].joined, false)
		if err != nil {
			return vf, err
		}
		vf.after = append(vf.after, els...)
	}
	return vf, nil
}

// literal turns a word into word elements, one per token ("DON'T" is "do"
// "n't"), tied to each other; adj is the word's own tie toward the anchor.
func (b *builder) literal(w string, adj, before bool) ([]Elem, error) {
	if strings.ContainsAny(w, "*{}[]$%^&+") {
		return nil, fmt.Errorf("%q is not a word", w)
	}
	lower, lemma, _ := b.words(strings.ToLower(w))
	if len(lower) == 0 {
		return nil, fmt.Errorf("%q has no word", w)
	}
	els := make([]Elem, len(lower))
	for i := range lower {
		els[i] = Elem{Kind: ElemWord, Word: lower[i], Lemma: lemma[i], Adjacent: true}
	}
	if before {
		els[len(els)-1].Adjacent = adj
	} else {
		els[0].Adjacent = adj
	}
	return els, nil
}

// parseVerbPattern reads "- WORDS * WORDS [CODE]".
func (b *builder) parseVerbPattern(t, src string) (*Pattern, error) {
	body, inside, after, ok, err := bracket(t[1:])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("pattern %q has no [code]", t)
	}
	if after != "" {
		return nil, fmt.Errorf("pattern %q: text after the code", t)
	}
	p := &Pattern{Text: t, Src: src}
	if p.Code, p.Pair, err = petrarchCode(inside); err != nil {
		return nil, fmt.Errorf("pattern %q: %v", t, err)
	}
	if strings.ContainsAny(body, "{}") {
		return nil, fmt.Errorf("pattern %q: {...} alternatives are not supported (PETRARCH skips them); use a synset", t)
	}
	its := items(body)
	at := -1
	for i, it := range its {
		if it.word == "*" {
			if at >= 0 {
				return nil, fmt.Errorf("pattern %q has two * (verbs)", t)
			}
			at = i
		}
	}
	if at < 0 {
		return nil, fmt.Errorf("pattern %q has no * (the verb)", t)
	}
	for i, it := range its {
		if i == at {
			continue
		}
		before := i < at
		adj := it.joined
		if before {
			adj = its[i+1].joined
		}
		var els []Elem
		switch w := it.word; {
		case w == "$":
			els = []Elem{{Kind: ElemSource}}
		case w == "+":
			els = []Elem{{Kind: ElemTarget}}
		case w == "%":
			els = []Elem{{Kind: ElemCompound}}
		case w == "^":
			els = []Elem{{Kind: ElemSkip}}
		case w[0] == '&':
			name := strings.ToUpper(strings.TrimSuffix(w[1:], "_"))
			if !validName(name) {
				return nil, fmt.Errorf("pattern %q: bad synset name %q", t, w)
			}
			els = []Elem{{Kind: ElemSynset, Synset: name}}
		default:
			if els, err = b.literal(w, adj, before); err != nil {
				return nil, fmt.Errorf("pattern %q: %v", t, err)
			}
		}
		if len(els) == 1 {
			els[0].Adjacent = adj
		}
		if before {
			p.Before = append(p.Before, els...)
		} else {
			p.After = append(p.After, els...)
		}
	}
	return p, nil
}

// flushBlock turns a block into patterns: for every form of every verb, a
// pattern of the verb alone (the verb's code) and one per pattern line.
func (b *builder) flushBlock(blk *verbBlock) {
	if blk == nil {
		return
	}
	b.d.blocks++
	if len(blk.verbs) == 0 {
		file, line := splitSrc(blk.src)
		b.errorf(file, line, "block %q has no verb", blk.label)
		return
	}
	for _, v := range blk.verbs {
		for _, f := range v.forms {
			b.addPetrarchPattern(&Pattern{Code: v.code, Pair: v.pair, Anchor: f.anchor,
				Before: f.before, After: f.after, Text: v.text, Src: v.src, Verb: f.text})
			for _, p := range blk.pats {
				b.addPetrarchPattern(&Pattern{Code: p.Code, Pair: p.Pair, Anchor: f.anchor,
					Before: concat(p.Before, f.before), After: concat(f.after, p.After),
					Text: p.Text, Src: p.Src, Verb: f.text})
			}
		}
	}
}

func concat(a, b []Elem) []Elem {
	if len(a)+len(b) == 0 {
		return nil
	}
	return append(append(make([]Elem, 0, len(a)+len(b)), a...), b...)
}

// addPetrarchPattern adds p unless the same pattern is there already
// (PETRARCH files repeat lines, which PETRARCH merges).
func (b *builder) addPetrarchPattern(p *Pattern) {
	key := fmt.Sprintf("%s|%s|%s|%v|%v", p.Anchor, p.Code, p.Pair, p.Before, p.After)
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	b.d.patterns[p.Anchor] = append(b.d.patterns[p.Anchor], p)
	b.d.npat++
	b.pending = append(b.pending, p)
}

// ---- actors ----

// actorRecord is a PETRARCH actor: its names and codes.
type actorRecord struct {
	line  pline
	names []string
	def   *Entry   // the default code, if any
	dated []*Entry // date-restricted codes, in file order
}

func (b *builder) petrarchActors(file string, lines iter.Seq[pline]) {
	var rec *actorRecord
	for l := range lines {
		t := l.text
		if strings.Contains(t, "---STOP---") {
			break
		}
		var err error
		switch {
		case l.tab || t[0] == '[':
			if rec == nil {
				err = fmt.Errorf("code %q before the first actor", t)
				break
			}
			err = rec.code(t, srcOf(file, l))
		case t[0] == '+':
			if rec == nil {
				err = fmt.Errorf("synonym %q before the first actor", t)
				break
			}
			name := cleanPhrase(t[1:])
			switch {
			case strings.ContainsAny(name, "[]"):
				err = fmt.Errorf("synonym %q: a synonym takes no [code]; put dated codes on tab-indented lines", t)
			case name == "":
				err = fmt.Errorf("empty synonym")
			default:
				rec.names = append(rec.names, name)
			}
		default:
			b.flushActor(file, rec)
			rec = &actorRecord{line: l}
			name, inside, after, ok, berr := bracket(t)
			name = cleanPhrase(name)
			switch {
			case berr != nil:
				err = berr
			case name == "":
				err = fmt.Errorf("actor line %q has no name", t)
			case after != "":
				err = fmt.Errorf("actor %q: text after the code", t)
			}
			if err == nil && ok {
				switch {
				case strings.ContainsAny(inside, " \t"):
					err = fmt.Errorf("actor %q: a dated code goes on its own tab-indented line", t)
				case inside == "":
					err = fmt.Errorf("actor %q: empty code", t)
				default:
					rec.def = &Entry{Code: inside, Src: srcOf(file, l)}
				}
			}
			if err != nil {
				rec = nil
				break
			}
			rec.names = []string{name}
		}
		if err != nil {
			b.errorf(file, l.n, "%v", err)
		}
	}
	b.flushActor(file, rec)
}

// code reads a code line: "[CODE]", "[CODE <DATE]", "[CODE >DATE]" or
// "[CODE DATE-DATE]", dates included.
func (r *actorRecord) code(t, src string) error {
	_, inside, after, ok, err := bracket(t)
	switch {
	case err != nil:
		return err
	case !ok || !strings.HasPrefix(t, "["):
		return fmt.Errorf("code line %q: want [CODE] or [CODE <date], [CODE >date], [CODE date-date]", t)
	case after != "":
		return fmt.Errorf("code line %q: text after the code", t)
	}
	code, rest, _ := strings.Cut(inside, " ")
	code, rest = strings.TrimSpace(code), strings.TrimSpace(rest)
	if i := strings.IndexAny(code, "<>\t"); i >= 0 {
		code, rest = code[:i], strings.TrimSpace(code[i:]+" "+rest)
	}
	if code == "" {
		return fmt.Errorf("code line %q: empty code", t)
	}
	e := &Entry{Code: code, Src: src}
	switch {
	case rest == "":
		if r.def != nil {
			return fmt.Errorf("second default code [%s]: %s already has [%s]", code, r.names[0], r.def.Code)
		}
		r.def = e
		return nil
	case rest[0] == '<' || rest[0] == '>':
		d, err := petrarchDate(strings.TrimSpace(rest[1:]))
		if err != nil {
			return fmt.Errorf("code line %q: %v", t, err)
		}
		if rest[0] == '<' {
			e.To = d
		} else {
			e.From = d
		}
	default:
		a, z, ok := strings.Cut(rest, "-")
		if !ok {
			return fmt.Errorf("code line %q: bad date restriction %q: want <date, >date or date-date", t, rest)
		}
		if e.From, err = petrarchDate(strings.TrimSpace(a)); err == nil {
			e.To, err = petrarchDate(strings.TrimSpace(z))
		}
		if err != nil {
			return fmt.Errorf("code line %q: %v", t, err)
		}
		if e.To.Before(e.From) {
			return fmt.Errorf("code line %q: the interval ends before it starts", t)
		}
	}
	r.dated = append(r.dated, e)
	return nil
}

// petrarchDate reads YYYYMMDD or YYMMDD; as in PETRARCH (and KEDS and
// TABARI), two-digit years 00-30 are 2000-2030 and 31-99 are 1931-1999.
func petrarchDate(s string) (time.Time, error) {
	if len(s) != 6 && len(s) != 8 {
		return time.Time{}, fmt.Errorf("bad date %q: want YYYYMMDD or YYMMDD", s)
	}
	n := make([]int, 0, 4)
	for i := 0; i < len(s); i += 2 {
		if s[i] < '0' || s[i] > '9' || s[i+1] < '0' || s[i+1] > '9' {
			return time.Time{}, fmt.Errorf("bad date %q: want YYYYMMDD or YYMMDD", s)
		}
		n = append(n, int(s[i]-'0')*10+int(s[i+1]-'0'))
	}
	var y int
	if len(n) == 4 {
		y, n = n[0]*100+n[1], n[2:]
	} else {
		y, n = 1900+n[0], n[1:]
		if y <= 1930 {
			y += 100
		}
	}
	d := time.Date(y, time.Month(n[0]), n[1], 0, 0, 0, 0, time.UTC)
	if d.Year() != y || int(d.Month()) != n[0] || d.Day() != n[1] {
		return time.Time{}, fmt.Errorf("bad date %q: no such day", s)
	}
	return d, nil
}

// flushActor adds a record's entries: its dated codes in file order, then
// its default, so that the first that holds wins, as in PETRARCH.
func (b *builder) flushActor(file string, r *actorRecord) {
	if r == nil {
		return
	}
	es := r.dated
	if r.def != nil {
		es = append(es, r.def)
	}
	if len(es) == 0 {
		b.errorf(file, r.line.n, "actor %q has no code", r.names[0])
		return
	}
	for _, e := range es {
		e.Kind, e.Name = Named, r.names[0]
	}
	for _, name := range r.names {
		lower, _ := b.split(name)
		if len(lower) == 0 {
			b.errorf(file, r.line.n, "actor name %q has no words", name)
			continue
		}
		for _, e := range es {
			p := b.phrase(lower, nil)
			p.entry, p.anyCase = e, true
			b.d.names[lower[0]] = insertPhrase(b.d.names[lower[0]], p)
		}
	}
	b.d.entries += len(es)
	b.d.anyCase = true
}

// ---- agents ----

func (b *builder) petrarchAgents(file string, lines iter.Seq[pline]) {
	subs := map[string][]string{}
	for l := range lines {
		t := l.text
		var err error
		if t[0] == '!' && strings.Contains(t, "=") {
			err = defineMarker(subs, t)
		} else {
			err = b.agent(t, srcOf(file, l), subs)
		}
		if err != nil {
			b.errorf(file, l.n, "%v", err)
		}
	}
}

// defineMarker reads "!NAME! = FORM, FORM, ...".
func defineMarker(subs map[string][]string, t string) error {
	j := strings.IndexByte(t[1:], '!')
	if j < 0 {
		return fmt.Errorf("substitution set %q: want !NAME! = FORM, FORM", t)
	}
	name, rest := t[1:j+1], strings.TrimSpace(t[j+2:])
	if name == "" || !strings.HasPrefix(rest, "=") {
		return fmt.Errorf("substitution set %q: want !NAME! = FORM, FORM", t)
	}
	var forms []string
	for _, f := range strings.Split(rest[1:], ",") {
		if f = strings.TrimSpace(f); f != "" {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 {
		return fmt.Errorf("substitution set !%s! is empty", name)
	}
	subs[name] = forms
	return nil
}

// agent reads "PHRASE {PLURALS} [~CODE]" or "PHRASE [CODE~]".
func (b *builder) agent(t, src string, subs map[string][]string) error {
	body, inside, after, ok, err := bracket(t)
	switch {
	case err != nil:
		return err
	case !ok:
		return fmt.Errorf("agent %q needs a [~CODE] or [CODE~]", t)
	case after != "":
		return fmt.Errorf("agent %q: text after the code", t)
	}
	code := strings.Join(strings.Fields(inside), "")
	e := &Entry{Kind: Role, Src: src}
	switch {
	case len(code) > 1 && code[0] == '~' && code[len(code)-1] != '~':
		e.Code = code[1:]
	case len(code) > 1 && code[len(code)-1] == '~' && code[0] != '~':
		e.Code, e.Prefix = code[:len(code)-1], true
	default:
		return fmt.Errorf("agent %q: code [%s]: want [~CODE] (after the actor's code) or [CODE~] (before it)", t, inside)
	}
	var forms []string
	switch i, k := strings.IndexByte(body, '!'), strings.IndexByte(body, '{'); {
	case i >= 0:
		j := strings.IndexByte(body[i+1:], '!')
		if j < 0 {
			return fmt.Errorf("agent %q: substitution marker not closed with '!'", t)
		}
		if k >= 0 {
			return fmt.Errorf("agent %q: a substitution marker takes no {plurals}", t)
		}
		name := body[i+1 : i+1+j]
		set, ok := subs[name]
		if !ok {
			return fmt.Errorf("agent %q: substitution marker !%s! is not defined", t, name)
		}
		for _, s := range set {
			forms = append(forms, body[:i]+s+body[i+j+2:])
		}
	case k >= 0:
		j := strings.IndexByte(body, '}')
		if j < k {
			return fmt.Errorf("agent %q: '{' without '}'", t)
		}
		if strings.TrimSpace(body[j+1:]) != "" {
			return fmt.Errorf("agent %q: text after the {plurals}", t)
		}
		forms = append([]string{body[:k]}, strings.Fields(body[k+1:j])...)
	default:
		forms = []string{body, plural(strings.TrimRight(strings.TrimSpace(body), "_"))}
	}
	for i, f := range forms {
		name := cleanPhrase(f)
		if name == "" {
			return fmt.Errorf("agent %q has no name", t)
		}
		if i == 0 {
			e.Name = name
		}
		lower, _ := b.split(name)
		if len(lower) == 0 {
			return fmt.Errorf("agent %q: name %q has no words", t, name)
		}
		p := b.phrase(lower, nil)
		p.entry, p.surface = e, true
		b.d.roles[lower[0]] = insertPhrase(b.d.roles[lower[0]], p)
	}
	b.d.entries++
	return nil
}

// plural makes the regular plural of a phrase as PETRARCH does: -Y becomes
// -IES, -S takes -ES, anything else -S (in the case of the last letter).
func plural(s string) string {
	if s == "" {
		return s
	}
	last := s[len(s)-1]
	suffix := func(x string) string {
		if last >= 'a' && last <= 'z' {
			return strings.ToLower(x)
		}
		return x
	}
	switch last {
	case 'Y', 'y':
		return s[:len(s)-1] + suffix("IES")
	case 'S', 's':
		return s + suffix("ES")
	}
	return s + suffix("S")
}

// ---- discards ----

func (b *builder) petrarchDiscards(file string, lines iter.Seq[pline]) {
	for l := range lines {
		t := l.text
		story := t[0] == '+'
		if story {
			t = t[1:]
		}
		name := cleanPhrase(t)
		lower, _ := b.split(name)
		if len(lower) == 0 {
			b.errorf(file, l.n, "discard %q has no words", l.text)
			continue
		}
		x := &discard{words: lower, text: name, story: story}
		ds := b.d.discards[lower[0]]
		i := len(ds)
		for i > 0 && len(ds[i-1].words) < len(x.words) {
			i--
		}
		b.d.discards[lower[0]] = append(ds[:i:i], append([]*discard{x}, ds[i:]...)...)
	}
}
