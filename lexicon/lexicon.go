package lexicon

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// Kind says what an actor or role entry names.
type Kind uint8

// Entry kinds. Role is a CAMEO sector word; the others name actors.
const (
	Country Kind = iota + 1
	Adj
	Capital
	City
	Region
	IGO
	NGO
	Group
	Person
	Role
	// Named is an actor read from a PETRARCH actor dictionary. PETRARCH
	// does not say what a name names, so the code (used verbatim, e.g.
	// "PSEREBHMS" or "---") says it all.
	Named
)

var kindNames = map[string]Kind{
	"country": Country, "adj": Adj, "capital": Capital, "city": City,
	"region": Region, "igo": IGO, "ngo": NGO, "group": Group,
	"person": Person, "role": Role,
}

// String returns the kind as written in dictionary files ("named" for
// Named, which dyad's own format does not accept).
func (k Kind) String() string {
	if k == Named {
		return "named"
	}
	for s, v := range kindNames {
		if v == k {
			return s
		}
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Place reports whether the kind names a place (a country or a part of one).
func (k Kind) Place() bool { return k == Country || k == Capital || k == City || k == Region }

// Entry is one actor or role line of a dictionary.
type Entry struct {
	// Code is the CAMEO actor code ("PAK", "IGOUNO", "KAZGOV") or, for
	// roles, the role code ("GOV").
	Code string
	Kind Kind
	// Name is the first name of the line, the canonical one.
	Name string
	// From and To bound the dates the entry holds for, both included; zero
	// means open.
	From, To time.Time
	// Src is where the entry was read: "file:line".
	Src string
	// Prefix is set on a role read from a PETRARCH agent code written
	// CODE~ ("NGO~"): the role code goes in front of the actor code
	// (NGOUSA) rather than after it (USAGOV for ~GOV).
	Prefix bool
}

// Holds reports whether the entry is valid on date d (a zero d always holds).
func (e *Entry) Holds(d time.Time) bool {
	if d.IsZero() {
		return true
	}
	if !e.From.IsZero() && d.Before(e.From) {
		return false
	}
	if !e.To.IsZero() && d.After(e.To) {
		return false
	}
	return true
}

// phrase is a dictionary name cut into the words the tokenizer makes.
type phrase struct {
	words []string // lower case
	lemma []string // lemmas, for role and pattern words
	exact []string // as written, non-nil when the match is case-sensitive
	entry *Entry
	// anyCase lets an actor name match a lower-case first word (PETRARCH
	// names match in any case).
	anyCase bool
	// surface makes a role match by surface form only: PETRARCH agent
	// files list every form that may match.
	surface bool
	// noun makes a role match only where its last word is tagged a noun:
	// "a French national", not "the national team".
	noun bool
	// file and order rank phrases of the same length: later files first;
	// within a file, dyad's later lines first and PETRARCH's earlier
	// lines first (each as its own coder reads them).
	file, order int
}

// Dict is a loaded set of dictionaries. It is immutable after loading and
// safe for concurrent use.
type Dict struct {
	names    map[string][]*phrase // first word (lower case) -> names, longest first
	roles    map[string][]*phrase // first word (lower case or lemma) -> role phrases, longest first
	patterns map[string][]*Pattern
	// verbs and nouns split patterns by kind, in the same order.
	verbs, nouns map[string][]*Pattern
	synsets      map[string]*Synset
	discards     map[string][]*discard // first word (lower case) -> discard phrases, longest first
	entries      int
	npat         int
	blocks       int
	// anyCase is set when some actor name matches in any case.
	anyCase bool
	// capitals maps a country code to its capital's name.
	capitals map[string]string
	// countries holds the codes of the countries, present and former,
	// that the dictionary names as such.
	countries map[string]bool
	// wordIDs numbers the words that patterns name (numberWords).
	wordIDs map[string]int32
}

// Stats counts what a Dict holds.
type Stats struct {
	// Actors counts actor and role entries (one per dated code for
	// PETRARCH actors); Roles counts role phrases.
	Actors, Roles int
	// Patterns counts patterns (a PETRARCH pattern line gives one per verb
	// form of its block) over Anchors distinct anchors.
	Patterns, Anchors, Synsets int
	// Blocks counts PETRARCH verb blocks.
	Blocks int
	// Discards and StoryDiscards count sentence- and story-level discard
	// phrases.
	Discards, StoryDiscards int
}

// Stats returns the sizes of d.
func (d *Dict) Stats() Stats {
	roles := 0
	for _, ps := range d.roles {
		roles += len(ps)
	}
	st := Stats{Actors: d.entries, Roles: roles, Patterns: d.npat, Anchors: len(d.patterns), Synsets: len(d.synsets), Blocks: d.blocks}
	for _, ds := range d.discards {
		for _, x := range ds {
			if x.story {
				st.StoryDiscards++
			} else {
				st.Discards++
			}
		}
	}
	return st
}

//go:embed data
var data embed.FS

// Default returns a new Dict with dyad's embedded default dictionaries.
func Default() (*Dict, error) {
	return Load(nil)
}

// Load reads dyad's embedded defaults and then each file in files, in
// order, so later files add to (and, for the same name, take precedence
// over) earlier ones. Each file may be in dyad's format or one of
// PETRARCH's, told apart by Sniff. The error, if any, is a dyad.ErrorList
// naming each bad line; the Dict returned holds every good line even then.
func Load(files []string) (*Dict, error) {
	b := newBuilder()
	err := fs.WalkDir(data, "data", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || path.Ext(p) != ".txt" || path.Base(p) == "FORMAT.txt" {
			return err
		}
		f, err := data.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		b.readDyad("embedded:"+strings.TrimPrefix(p, "data/"), f)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load embedded dictionaries: %w", err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.errs.Add(&dyad.Error{File: name, Offset: -1, Stage: "dict", Msg: err.Error()})
			continue
		}
		b.read(Sniff(data), name, data)
	}
	return b.finish()
}

// Parse reads one dictionary, in any format Sniff tells apart, from r into
// a new Dict that holds only it; name is used in error messages.
func Parse(name string, r io.Reader) (*Dict, error) {
	data, err := io.ReadAll(r)
	b := newBuilder()
	if err != nil {
		b.errs.Add(&dyad.Error{File: name, Offset: -1, Stage: "dict", Msg: err.Error()})
	}
	b.read(Sniff(data), name, data)
	return b.finish()
}

// ParseAs reads one dictionary in format f from r into a new Dict that
// holds only it; name is used in error messages.
func ParseAs(f Format, name string, r io.Reader) (*Dict, error) {
	data, err := io.ReadAll(r)
	b := newBuilder()
	if err != nil {
		b.errs.Add(&dyad.Error{File: name, Offset: -1, Stage: "dict", Msg: err.Error()})
	}
	b.read(f, name, data)
	return b.finish()
}

type builder struct {
	d    *Dict
	errs dyad.ErrorList
	// pending patterns name synsets that may be defined later.
	pending []*Pattern
	// file counts the files read; seq the phrases added (see phrase.order).
	file, seq int
	// petrarch is set while a PETRARCH file is read.
	petrarch bool
	// seen holds the PETRARCH patterns added, to drop repeats.
	seen map[string]bool
	// tagged and plain memoize words and split: pattern words recur.
	tagged, plain map[string]tokenized
}

type tokenized struct{ lower, lemma, exact []string }

func newBuilder() *builder {
	return &builder{d: &Dict{
		names:    map[string][]*phrase{},
		roles:    map[string][]*phrase{},
		patterns: map[string][]*Pattern{},
		synsets:  map[string]*Synset{},
		discards: map[string][]*discard{},
	}, seen: map[string]bool{}, tagged: map[string]tokenized{}, plain: map[string]tokenized{}}
}

// read reads one file's content in format f.
func (b *builder) read(f Format, file string, data []byte) {
	switch f {
	case PetrarchVerbs:
		b.readPetrarch(file, data, b.petrarchVerbs)
	case PetrarchActors:
		b.readPetrarch(file, data, b.petrarchActors)
	case PetrarchAgents:
		b.readPetrarch(file, data, b.petrarchAgents)
	case PetrarchDiscards:
		b.readPetrarch(file, data, b.petrarchDiscards)
	default:
		b.readDyad(file, bytes.NewReader(data))
	}
}

func (b *builder) errorf(file string, line int, format string, args ...any) {
	b.errs.Add(&dyad.Error{File: file, Line: line, Offset: -1, Stage: "dict", Msg: fmt.Sprintf(format, args...)})
}

const maxLine = 64 << 10

// readDyad reads a file in dyad's own format.
func (b *builder) readDyad(file string, r io.Reader) {
	b.file++
	b.petrarch = false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !isUTF8(line) {
			b.errorf(file, n, "invalid UTF-8")
			continue
		}
		src := fmt.Sprintf("%s:%d", file, n)
		var err error
		switch {
		case line[0] == '&':
			err = b.synset(line, src)
		default:
			err = b.entry(line, src)
		}
		if err != nil {
			b.errorf(file, n, "%v", err)
		}
	}
	if err := sc.Err(); err != nil {
		b.errorf(file, n+1, "read: %v", err)
	}
}

func isUTF8(s string) bool {
	return strings.ToValidUTF8(s, "\uFFFD") == s && !strings.ContainsRune(s, '\uFFFD')
}

// entry parses an actor, role or pattern line.
func (b *builder) entry(line, src string) error {
	code, rest, ok := cut(line)
	if !ok {
		return fmt.Errorf("want CODE KIND ..., got %q", line)
	}
	kind, rest, ok := cut(rest)
	if !ok {
		return fmt.Errorf("%s %s: nothing after the kind", code, kind)
	}
	if kind == "v" || kind == "n" {
		p, err := b.parsePattern(code, kind == "n", rest, src)
		if err != nil {
			return err
		}
		b.addPattern(p)
		return nil
	}
	k, known := kindNames[kind]
	if !known {
		return fmt.Errorf("unknown kind %q (want country, adj, capital, city, region, igo, ngo, group, person, role, v or n)", kind)
	}
	if !validActorCode(code) {
		return fmt.Errorf("bad actor code %q", code)
	}
	var from, to time.Time
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		var err error
		from, to, err = parseRange(strings.TrimSpace(rest[i+1:]))
		if err != nil {
			return err
		}
		rest = rest[:i]
	}
	var e *Entry
	for _, name := range strings.Split(rest, ";") {
		name, noun := strings.CutSuffix(strings.TrimSpace(name), " (noun)")
		if name == "" {
			continue
		}
		if noun && k != Role {
			return fmt.Errorf("%s %s: %q: only a role may be marked (noun)", code, kind, name)
		}
		if e == nil {
			e = &Entry{Code: code, Kind: k, Name: name, From: from, To: to, Src: src}
			if k == Capital {
				if b.d.capitals == nil {
					b.d.capitals = map[string]string{}
				}
				if _, ok := b.d.capitals[code]; !ok {
					b.d.capitals[code] = name
				}
			}
			if k == Country {
				if b.d.countries == nil {
					b.d.countries = map[string]bool{}
				}
				b.d.countries[code] = true
			}
			b.d.entries++
		}
		if err := b.addName(name, e, noun); err != nil {
			return err
		}
	}
	if e == nil {
		return fmt.Errorf("%s %s: no names", code, kind)
	}
	return nil
}

func cut(s string) (first, rest string, ok bool) {
	s = strings.TrimSpace(s)
	i := strings.IndexAny(s, " \t")
	if i < 0 {
		return s, "", false
	}
	return s[:i], strings.TrimSpace(s[i+1:]), true
}

func validActorCode(c string) bool {
	if len(c) < 3 || len(c) > 15 {
		return false
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

func parseRange(s string) (from, to time.Time, err error) {
	a, z, ok := strings.Cut(s, "..")
	if !ok {
		return from, to, fmt.Errorf("bad date range %q: want FROM..TO", s)
	}
	if a != "" {
		if from, err = time.Parse(time.DateOnly, a); err != nil {
			return from, to, fmt.Errorf("bad date range %q: %v", s, err)
		}
	}
	if z != "" {
		if to, err = time.Parse(time.DateOnly, z); err != nil {
			return from, to, fmt.Errorf("bad date range %q: %v", s, err)
		}
	}
	return from, to, nil
}

// words cuts a name or phrase into the tokenizer's words, with lemmas.
// Tagging is the costly part: split does without it.
func words(s string) (lower, lemma, exact []string) {
	toks := text.Tokenize(s, dyad.Span{Start: 0, End: len(s)})
	text.Tag(toks)
	for _, t := range toks {
		lower = append(lower, t.Lower)
		lemma = append(lemma, t.Lemma)
		exact = append(exact, t.Text)
	}
	return lower, lemma, exact
}

// words is words, memoized.
func (b *builder) words(s string) (lower, lemma, exact []string) {
	t, ok := b.tagged[s]
	if !ok {
		t.lower, t.lemma, t.exact = words(s)
		b.tagged[s] = t
	}
	return t.lower, t.lemma, t.exact
}

// split is split, memoized.
func (b *builder) split(s string) (lower, exact []string) {
	t, ok := b.plain[s]
	if !ok {
		t.lower, t.exact = split(s)
		b.plain[s] = t
	}
	return t.lower, t.exact
}

// split cuts a name into the tokenizer's words, lower case and as written,
// without lemmas.
func split(s string) (lower, exact []string) {
	toks := text.Tokenize(s, dyad.Span{Start: 0, End: len(s)})
	lower = make([]string, len(toks))
	exact = make([]string, len(toks))
	for i, t := range toks {
		lower[i] = t.Lower
		exact[i] = t.Text
	}
	return lower, exact
}

// acronym reports whether a name is written in capitals, which makes it
// match only in capitals ("US" the country, not "us" the pronoun).
func acronym(s string) bool {
	hasUpper := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			hasUpper = true
		}
	}
	return hasUpper
}

// addName adds a name of entry e; noun makes a role match only where its
// last word is tagged a noun.
func (b *builder) addName(name string, e *Entry, noun bool) error {
	if e.Kind == Role {
		lower, lemma, exact := b.words(name)
		if len(lower) == 0 {
			return fmt.Errorf("name %q has no words", name)
		}
		p := b.phrase(lower, lemma)
		p.entry, p.noun = e, noun
		if r := exact[0][0]; r >= 'A' && r <= 'Z' {
			// A title, a role as written only: "Speaker".
			p.exact = exact
		}
		for _, key := range uniq(lower[0], lemma[0]) {
			b.d.roles[key] = insertPhrase(b.d.roles[key], p)
		}
		return nil
	}
	// Actor names match on surface forms: no lemmas needed.
	lower, exact := b.split(name)
	if len(lower) == 0 {
		return fmt.Errorf("name %q has no words", name)
	}
	p := b.phrase(lower, nil)
	p.entry = e
	if acronym(name) {
		p.exact = exact
	}
	b.d.names[lower[0]] = insertPhrase(b.d.names[lower[0]], p)
	return nil
}

// phrase returns a new phrase ranked after every phrase added before it.
func (b *builder) phrase(lower, lemma []string) *phrase {
	b.seq++
	p := &phrase{words: lower, lemma: lemma, file: b.file, order: b.seq}
	if b.petrarch {
		p.order = -b.seq
	}
	return p
}

func uniq(a, b string) []string {
	if a == b || b == "" {
		return []string{a}
	}
	return []string{a, b}
}

// insertPhrase keeps the list longest first; among phrases of the same
// length, later files come first (so an overlay wins), then the higher
// order.
func insertPhrase(ps []*phrase, p *phrase) []*phrase {
	i := sort.Search(len(ps), func(i int) bool {
		q := ps[i]
		if len(q.words) != len(p.words) {
			return len(q.words) < len(p.words)
		}
		if q.file != p.file {
			return q.file < p.file
		}
		return q.order < p.order
	})
	ps = append(ps, nil)
	copy(ps[i+1:], ps[i:])
	ps[i] = p
	return ps
}

func (b *builder) finish() (*Dict, error) {
	b.nestSynsets()
	reported := map[[2]string]bool{}
	for _, p := range b.pending {
		for _, els := range [][]Elem{p.Before, p.After} {
			for _, el := range els {
				// A PETRARCH pattern line gives several patterns: report once.
				if key := [2]string{p.Src, el.Synset}; el.Kind == ElemSynset && !reported[key] {
					reported[key] = true
					b.checkSynset(p, el)
				}
			}
		}
	}
	b.d.verbs = map[string][]*Pattern{}
	b.d.nouns = map[string][]*Pattern{}
	for w, ps := range b.d.patterns {
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].weight() > ps[j].weight() })
		for _, p := range ps {
			if p.Noun {
				b.d.nouns[w] = append(b.d.nouns[w], p)
			} else {
				b.d.verbs[w] = append(b.d.verbs[w], p)
			}
		}
	}
	b.d.numberWords()
	b.errs.Sort()
	return b.d, b.errs.Err()
}

func (b *builder) checkSynset(p *Pattern, el Elem) {
	if el.Kind == ElemSynset && b.d.synsets[el.Synset] == nil {
		file, line := splitSrc(p.Src)
		b.errorf(file, line, "pattern %q: undefined synset &%s", p.Text, el.Synset)
	}
}

func splitSrc(src string) (string, int) {
	i := strings.LastIndexByte(src, ':')
	n := 0
	fmt.Sscan(src[i+1:], &n)
	return src[:i], n
}

// Match is a dictionary name found in a run of tokens.
type Match struct {
	Entry *Entry
	// N is the number of tokens the name covers.
	N int
}

// Actor returns the longest actor name that starts at toks[i] and holds on
// date d, or ok false. Names from dyad's files match only from a
// capitalised word; PETRARCH names match in any case. Among the entries of
// one name, the first that holds wins: for a PETRARCH actor, its dated
// codes in file order and then its default code.
func (d *Dict) Actor(toks []text.Token, i int, date time.Time) (m Match, ok bool) {
	t := toks[i]
	upper := Capitalised(t.Text)
	// A name that opens with "The" opens with "the" in running text:
	// "thanked the Emirates".
	the := t.Lower == "the"
	if !upper && !d.anyCase && !the {
		return m, false
	}
	for _, p := range d.names[t.Lower] {
		if !upper && !p.anyCase && !the {
			continue
		}
		if p.entry.Holds(date) && p.matches(toks[i:], false) {
			// A place's name, or one word of a person's, inside a longer
			// proper name is not theirs: "Michael Jordan", "Jalil Abbas
			// Jilani".
			if !p.anyCase && (p.entry.Kind.Place() || p.entry.Kind == Person && len(p.words) == 1) && d.LongerName(toks, i, len(p.words), false) {
				continue
			}
			// "seven Latin American countries", "South American
			// leaders": a region's adjective, not the country's people;
			// "a trip to Latin America" is to no one country.
			if (p.entry.Kind == Adj || t.Lower == "america") && i > 0 && Capitalised(toks[i-1].Text) && (toks[i-1].Lower == "latin" || compass[toks[i-1].Lower]) {
				continue
			}
			return Match{Entry: p.entry, N: len(p.words)}, true
		}
	}
	// "a Greek-owned tanker", "the Saudi-led coalition": what a country
	// owns, flies the flag of or leads is of the country.
	if upper {
		if e, part, ok := d.Hyphened(t, date); ok && ownedBy[part] {
			return Match{Entry: e, N: 1}, true
		}
	}
	return m, false
}

// ownedBy are the participles after a hyphen that make what a country's
// name or adjective before the hyphen names the country's own.
var ownedBy = map[string]bool{
	"owned": true, "flagged": true, "registered": true, "operated": true, "led": true,
	"run": true, "controlled": true, "based": true, "held": true, "managed": true,
	"chartered": true,
}

// Hyphened returns the entry of the country whose name or adjective a
// token joins to a participle with a hyphen, or of the named group, and
// the participle: "Iran" and "backed" for "Iran-backed", "Greek" and
// "owned" for "Greek-owned", "Houthi" and "held" for "Houthi-held". Only
// what a country or group owns, holds or leads is its (Actor); what it
// backs or made still names it.
func (d *Dict) Hyphened(t text.Token, date time.Time) (e *Entry, participle string, ok bool) {
	k := strings.LastIndexByte(t.Lower, '-')
	if k <= 0 {
		return e, "", false
	}
	part := t.Lower[k+1:]
	if !strings.HasSuffix(part, "ed") && !irregularParticiples[part] {
		return e, "", false
	}
	for _, p := range d.names[t.Lower[:k]] {
		if len(p.words) == 1 && (p.entry.Kind.Place() || p.entry.Kind == Adj || p.entry.Kind == Group) && p.entry.Holds(date) {
			return p.entry, part, true
		}
	}
	return e, "", false
}

// irregularParticiples are the participles not ending in "-ed" that join
// a country to what it did: "Hamas-run", "Russian-made", "US-born".
var irregularParticiples = map[string]bool{"run": true, "made": true, "built": true, "led": true, "held": true, "born": true, "drawn": true, "sworn": true}

// LongerName reports whether the proper name at toks[i:i+n] is part of a
// longer one, a person's or a newspaper's: "Michael Jordan", "Jordan
// Smith", "China Daily". A capitalised proper noun beside it makes it so,
// unless it is a title or role ("Senator Jordan", "Pakistan Army"), a day
// or month ("Syria Monday"), or a word of geography ("South Lebanon"); with
// strict false, a name the dictionaries know does not either ("Russia
// Ukraine talks"). A lower-case particle between them does not part them
// ("Lula da Silva"). Actor uses it with strict false for place names and
// one-word names of persons.
func (d *Dict) LongerName(toks []text.Token, i, n int, strict bool) bool {
	name := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		t := &toks[j]
		if (t.Tag != "NNP" && t.Tag != "NNPS") || !Capitalised(t.Text) || when.Named(t.Lower) || geographic[t.Lower] || j == i+n && landmarks[t.Lower] ||
			strings.ContainsAny(t.Text, "0123456789") {
			// Nor is a model's designation: "U.S. B-2 bombers".
			return false
		}
		if _, ok := d.Role(toks, j); ok {
			return false
		}
		// A neighbour the dictionaries name apart is no part of this
		// name, unless it names a person: "Abbas Araghchi" is no
		// Mahmoud Abbas, whatever the date.
		for _, p := range d.names[t.Lower] {
			if !strict && p.entry.Kind != Person && p.matches(toks[j:], false) {
				return false
			}
		}
		return true
	}
	// "Lula da Silva", "Osama bin Laden": past a particle written in lower
	// case, the name goes on.
	particle := func(j int) bool {
		return j >= 0 && j < len(toks) && nameParticles[toks[j].Text]
	}
	return name(i-1) || name(i+n) || particle(i-1) && name(i-2) || particle(i+n) && name(i+n+1)
}

// landmarks are the nouns that, after a place's name, name a building, a
// site or a public body of the place, which the name still names: the
// Lahore Museum is in Lahore, the Khyber Pakhtunkhwa Board of Investment
// is the province's.
var landmarks = map[string]bool{
	"museum": true, "airport": true, "stadium": true, "fort": true, "port": true, "station": true,
	"hospital": true, "mosque": true, "cathedral": true, "temple": true, "market": true, "bazaar": true,
	"zoo": true, "bridge": true, "prison": true, "jail": true,
	"board": true, "authority": true, "secretariat": true, "directorate": true,
}

// nameParticles join the parts of a person's name, in lower case: "Lula da
// Silva", "Mohammed bin Salman".
var nameParticles = map[string]bool{
	"da": true, "de": true, "do": true, "dos": true, "das": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "bin": true, "ibn": true, "al": true, "el": true,
}

// Geographic reports whether w, in lower case, is a word of geography,
// which makes a place name part of a place or a division rather than of a
// person's name ("South Lebanon", "Gaza Strip"), and names no place alone
// ("Western criticism" is no Western Province).
func Geographic(w string) bool { return geographic[w] }

// compass are the words of direction that make a region's adjective of a
// people's: "South American", "Central Asian".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
}

// geographic are words that make a place name a part of its place or a
// division ("South Lebanon", "West Darfur State", "Gaza Strip"), not a
// person's name.
var geographic = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "upper": true, "lower": true, "greater": true, "inner": true,
	"outer": true, "new": true, "old": true, "state": true, "province": true, "region": true,
	"city": true, "county": true, "district": true, "governorate": true, "valley": true, "coast": true,
	"strip": true, "bank": true, "border": true, "island": true, "islands": true, "peninsula": true,
	"mountains": true, "highlands": true, "basin": true, "delta": true, "river": true, "sea": true,
	"gulf": true, "bay": true, "lake": true, "plain": true, "plains": true, "desert": true,
}

// Role returns the longest role phrase that starts at toks[i], or ok false.
// A role word matches its inflections as a noun, not a verb's: "suspected
// militant hideouts" name no suspect.
func (d *Dict) Role(toks []text.Token, i int) (m Match, ok bool) {
	t := toks[i]
	for _, key := range uniq(t.Lower, t.Lemma) {
		for _, p := range d.roles[key] {
			if p.matches(toks[i:], !p.surface) && !inflectedVerb(toks[i:], p.words) &&
				(!p.noun || commonNoun(toks[i+len(p.words)-1].Tag)) {
				return Match{Entry: p.entry, N: len(p.words)}, true
			}
		}
	}
	return m, false
}

// commonNoun reports whether a tag is a common noun's: a capitalised
// "National" is a name's word ("National Liberation Army").
func commonNoun(tag string) bool { return tag == "NN" || tag == "NNS" }

// inflectedVerb reports whether one of words matched a verb's inflection of it
// ("suspected" for "suspect") rather than the word itself.
func inflectedVerb(toks []text.Token, words []string) bool {
	for j, w := range words {
		if t := &toks[j]; t.Lower != w && strings.HasPrefix(t.Tag, "VB") {
			return true
		}
	}
	return false
}

// Capitalised reports whether a word is written as a name is: it starts
// with a capital (or a non-ASCII letter), after a lower-case Arabic
// article: "al-Qaeda", "el-Sisi" and "an-Nusra" are written so in running
// text.
func Capitalised(s string) bool {
	if i := strings.IndexByte(s, '-'); i > 0 && arabicArticles[s[:i]] {
		s = s[i+1:]
	}
	return s != "" && ((s[0] >= 'A' && s[0] <= 'Z') || s[0] >= 0x80)
}

// arabicArticles are the forms of the article al- that names keep in lower
// case, assimilated ones included.
var arabicArticles = map[string]bool{"al": true, "el": true, "ad": true, "an": true, "ar": true, "as": true, "ash": true, "at": true, "az": true}

func (p *phrase) matches(toks []text.Token, lemmas bool) bool {
	if len(toks) < len(p.words) {
		return false
	}
	for j := range p.words {
		if !p.wordAt(j, &toks[j], lemmas) {
			return false
		}
	}
	return true
}

// wordAt reports whether token t is the phrase's word j.
func (p *phrase) wordAt(j int, t *text.Token, lemmas bool) bool {
	switch w := p.words[j]; {
	case p.exact != nil:
		return t.Text == p.exact[j]
	case lemmas:
		return t.Lower == w || t.Lemma == w || t.Lemma == p.lemma[j]
	default:
		return t.Lower == w
	}
}

// spanAt returns how many tokens from toks[0] the phrase covers, matched
// on lemmas, when the words after its first may each follow up to three
// determiners, numbers, adjectives, participles or nouns that are none of
// its words: "reverse its decision", "stop the attack", "lift the remaining
// economic sanctions", "lift the road blockades". 0 when it does not
// match.
func (p *phrase) spanAt(toks []text.Token) int {
	n := 0
	for j := range p.words {
		for k := 0; j > 0 && k < 3 && n < len(toks) && modifier(toks[n].Tag) && !p.wordAt(j, &toks[n], true); k++ {
			n++
		}
		if n >= len(toks) || !p.wordAt(j, &toks[n], true) {
			return 0
		}
		n++
	}
	return n
}

// modifier reports whether a tag is one of a word that may stand between
// a verb and its object, or a noun and its modifiers, inside a phrase.
func modifier(tag string) bool {
	switch tag {
	case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "VBN", "VBG", "NN":
		return true
	}
	return false
}

// Capital returns the name of a country's capital ("Islamabad" for PAK).
func (d *Dict) Capital(country string) (string, bool) {
	name, ok := d.capitals[country]
	return name, ok
}

// IsCountry reports whether code is a country's, present or former, that
// the dictionary names as such: PAK, HKG, SGP, USR; not IGOUNO.
func (d *Dict) IsCountry(code string) bool { return d.countries[code] }
