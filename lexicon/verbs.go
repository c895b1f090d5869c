package lexicon

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dyadcoder/dyad/cameo"
	"github.com/dyadcoder/dyad/text"
)

// ElemKind says what one element of a pattern matches.
type ElemKind uint8

// Pattern elements.
const (
	ElemWord     ElemKind = iota + 1 // a literal word, by lemma or surface form
	ElemSource                       // $: the source actor
	ElemTarget                       // +: the target actor
	ElemSynset                       // &NAME: any phrase of the synset
	ElemSkip                         // ^ (PETRARCH): skip one phrase
	ElemCompound                     // % (PETRARCH): a compound actor, source and target at once
)

// Elem is one element of a pattern besides its anchor.
type Elem struct {
	Kind ElemKind
	// Word is the literal, lower case (ElemWord).
	Word string
	// Lemma is Word's lemma (ElemWord).
	Lemma string
	// Synset names the synset, without '&' (ElemSynset).
	Synset string
	// Adjacent says no word may stand between this element and its
	// neighbour on the anchor's side: the element before it in After, the
	// element after it in Before, or the anchor itself. PETRARCH writes
	// this with '_' (IN_*, *_OUT, WIRE_+TAP).
	Adjacent bool
}

// Pattern is a verb or event-noun pattern with the CAMEO code it gives.
type Pattern struct {
	// Code is the CAMEO event code; Pair, when set, is the code of the
	// reverse event (target to source) that the same words give.
	Code, Pair string
	// Noun is true for event-noun patterns (KIND n), false for verbs.
	Noun bool
	// Anchor is the lemma of the verb or noun, lower case.
	Anchor string
	// Before and After are the elements written before and after the anchor,
	// in order.
	Before, After []Elem
	// Text is the pattern as written; Src is "file:line".
	Text, Src string
	// Verb is, for a PETRARCH pattern, the verb form of the block that
	// the pattern is anchored on, as written ("BANNED", "WIRE_+TAPPED").
	Verb string
	// needs are the words the pattern cannot match without.
	needs []need
}

// Has reports whether the pattern places kind k after its anchor.
func (p *Pattern) Has(k ElemKind) bool {
	for _, e := range p.After {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// weight orders patterns: the more they name, the more specific.
func (p *Pattern) weight() int {
	w := 0
	for _, els := range [2][]Elem{p.Before, p.After} {
		for _, e := range els {
			switch e.Kind {
			case ElemWord, ElemSynset:
				w += 2
			default:
				w++
			}
		}
	}
	return w
}

// Synset is a named set of words and phrases.
type Synset struct {
	Name    string
	phrases []*phrase
	// loose is set for dyad's own synsets, whose phrases' words may have
	// modifiers between them (phrase.spanAt); PETRARCH's match word for
	// word.
	loose bool
	// nested are the synsets this one includes (PETRARCH's +&NAME),
	// merged into phrases when loading ends.
	nested []nested
}

type nested struct{ name, src string }

// Patterns returns the patterns anchored on lemma, most specific first.
func (d *Dict) Patterns(lemma string) []*Pattern { return d.patterns[lemma] }

// VerbPatterns returns the verb patterns anchored on w, most specific first.
// The slice is the Dict's: do not change it.
func (d *Dict) VerbPatterns(w string) []*Pattern { return d.verbs[w] }

// NounPatterns returns the event-noun patterns anchored on w, most specific
// first. The slice is the Dict's: do not change it.
func (d *Dict) NounPatterns(w string) []*Pattern { return d.nouns[w] }

// Synset returns the length in tokens of the longest phrase of synset name
// that starts at toks[i], or 0. In dyad's own synsets determiners,
// numbers and adjectives may stand between its words (phrase.spanAt).
func (d *Dict) Synset(name string, toks []text.Token, i int) int {
	s := d.synsets[name]
	if s == nil {
		return 0
	}
	for _, p := range s.phrases {
		if !s.loose {
			if p.matches(toks[i:], true) {
				return len(p.words)
			}
		} else if n := p.spanAt(toks[i:]); n > 0 {
			return n
		}
	}
	return 0
}

func (b *builder) synset(line, src string) error {
	name, rest, ok := strings.Cut(line[1:], "=")
	name = strings.TrimSpace(name)
	if !ok || !validName(name) {
		return fmt.Errorf("want &NAME = word; word, got %q", line)
	}
	s := b.d.synsets[name]
	if s == nil {
		s = &Synset{Name: name, loose: true}
		b.d.synsets[name] = s
	}
	for _, w := range strings.Split(rest, ";") {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		lower, lemma, _ := b.words(w)
		if len(lower) == 0 {
			continue
		}
		s.phrases = insertPhrase(s.phrases, b.phrase(lower, lemma))
	}
	if len(s.phrases) == 0 {
		return fmt.Errorf("synset &%s has no words", name)
	}
	return nil
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') && r != '_' {
			return false
		}
	}
	return true
}

func (b *builder) parsePattern(codes string, noun bool, body, src string) (*Pattern, error) {
	p := &Pattern{Noun: noun, Text: body, Src: src}
	var ok bool
	p.Code, p.Pair, ok = strings.Cut(codes, ":")
	for _, c := range []string{p.Code, p.Pair} {
		if c == "" && !ok {
			continue
		}
		if _, known := cameo.Lookup(c); !known {
			return nil, fmt.Errorf("unknown CAMEO event code %q", c)
		}
	}
	anchored := false
	for _, f := range strings.Fields(body) {
		var e Elem
		switch {
		case f == "$":
			e.Kind = ElemSource
		case f == "+":
			e.Kind = ElemTarget
		case f == "^":
			e.Kind = ElemSkip
		case f[0] == '&':
			if !validName(f[1:]) {
				return nil, fmt.Errorf("pattern %q: bad synset name %q", body, f)
			}
			e = Elem{Kind: ElemSynset, Synset: f[1:]}
		case strings.ToUpper(f) == f && strings.ToLower(f) != f:
			if anchored {
				return nil, fmt.Errorf("pattern %q: two anchors (%s and %s); write one in upper case", body, strings.ToUpper(p.Anchor), f)
			}
			anchored = true
			lower, _ := b.split(strings.ToLower(f))
			if len(lower) != 1 {
				return nil, fmt.Errorf("pattern %q: anchor %q is not one word", body, f)
			}
			p.Anchor = lower[0]
			continue
		case strings.ToLower(f) == f:
			lower, lemma, _ := b.words(f)
			if len(lower) != 1 {
				return nil, fmt.Errorf("pattern %q: literal %q is not one word", body, f)
			}
			e = Elem{Kind: ElemWord, Word: lower[0], Lemma: lemma[0]}
		default:
			return nil, fmt.Errorf("pattern %q: %q is neither an ANCHOR (upper case) nor a literal (lower case)", body, f)
		}
		if anchored {
			p.After = append(p.After, e)
		} else {
			p.Before = append(p.Before, e)
		}
	}
	if !anchored {
		return nil, fmt.Errorf("pattern %q has no anchor (the verb or noun in upper case)", body)
	}
	return p, nil
}

// nestSynsets merges each synset's nested synsets into its phrases,
// reporting undefined and circular ones.
func (b *builder) nestSynsets() {
	done := map[*Synset]bool{}
	var visit func(s *Synset, path map[*Synset]bool)
	visit = func(s *Synset, path map[*Synset]bool) {
		if done[s] {
			return
		}
		path[s] = true
		for _, n := range s.nested {
			t := b.d.synsets[n.name]
			file, line := splitSrc(n.src)
			switch {
			case t == nil:
				b.errorf(file, line, "synset &%s includes undefined synset &%s", s.Name, n.name)
				continue
			case path[t]:
				b.errorf(file, line, "synset &%s includes itself through &%s", s.Name, n.name)
				continue
			}
			visit(t, path)
			for _, p := range t.phrases {
				s.phrases = insertPhrase(s.phrases, p)
			}
		}
		delete(path, s)
		done[s] = true
	}
	names := make([]string, 0, len(b.d.synsets))
	for name := range b.d.synsets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		visit(b.d.synsets[name], map[*Synset]bool{})
	}
}

func (b *builder) addPattern(p *Pattern) {
	for _, q := range b.d.patterns[p.Anchor] {
		if q.Noun == p.Noun && q.Text == p.Text && q.Code == p.Code {
			file, line := splitSrc(p.Src)
			b.errorf(file, line, "pattern %q repeats %s", p.Text, q.Src)
			return
		}
	}
	b.d.patterns[p.Anchor] = append(b.d.patterns[p.Anchor], p)
	b.d.npat++
	b.pending = append(b.pending, p)
}
