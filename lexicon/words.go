package lexicon

import "github.com/dyadcoder/dyad/text"

// need is a word a pattern cannot match without, by its ids in
// Dict.wordIDs: as written (lower case), and its lemma's (-1 when it has
// none).
type need struct{ word, lemma int32 }

// WordSet holds which of the words that patterns name a sentence has
// (Dict.Words), to tell at once the patterns that cannot match it
// (Pattern.MayMatch). The zero WordSet is empty.
type WordSet struct{ bits []uint64 }

func (ws *WordSet) has(id int32) bool {
	return id >= 0 && int(id>>6) < len(ws.bits) && ws.bits[id>>6]&(1<<(id&63)) != 0
}

// Words fills ws with the pattern words among toks: as written (lower
// case) and, unless literal, their lemmas. It reuses ws's memory.
func (d *Dict) Words(toks []text.Token, literal bool, ws *WordSet) {
	n := (len(d.wordIDs) + 63) / 64
	if cap(ws.bits) < n {
		ws.bits = make([]uint64, n)
	} else {
		ws.bits = ws.bits[:n]
		clear(ws.bits)
	}
	add := func(w string) {
		if id, ok := d.wordIDs[w]; ok {
			ws.bits[id>>6] |= 1 << (id & 63)
		}
	}
	for i := range toks {
		add(toks[i].Lower)
		if !literal {
			add(toks[i].Lemma)
		}
	}
}

// MayMatch reports whether every word that p names, before or after its
// anchor, is in ws, as written or by its lemma: a pattern that needs a
// word its sentence lacks cannot match it. (Literal matching, which takes
// words as written only, fills ws without lemmas.) A pattern made outside
// a Dict names no words here, and may match.
func (p *Pattern) MayMatch(ws *WordSet) bool {
	for _, n := range p.needs {
		if !ws.has(n.word) && !ws.has(n.lemma) {
			return false
		}
	}
	return true
}

// numberWords gives every word the patterns name an id, and each pattern
// the list of the words it needs.
func (d *Dict) numberWords() {
	d.wordIDs = map[string]int32{}
	id := func(w string) int32 {
		if w == "" {
			return -1
		}
		i, ok := d.wordIDs[w]
		if !ok {
			i = int32(len(d.wordIDs))
			d.wordIDs[w] = i
		}
		return i
	}
	for _, ps := range d.patterns {
		for _, p := range ps {
			p.needs = p.needs[:0]
			for _, els := range [2][]Elem{p.Before, p.After} {
				for _, e := range els {
					if e.Kind == ElemWord {
						p.needs = append(p.needs, need{id(e.Word), id(e.Lemma)})
					}
				}
			}
		}
	}
}
