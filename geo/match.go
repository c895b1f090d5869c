package geo

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad/geo/internal/fold"
	"github.com/dyadcoder/dyad/text"
)

// Match finds the longest name in the gazetteer that starts at token i of
// toks (one sentence's tokens, as package text makes them) and returns the
// number of tokens it covers and its places, best first (as Lookup); n is 0
// and cands nil when no name starts there. Names are compared as Lookup
// compares them, token by token, so "New Delhi", "Nur-Sultan" and "Dera
// Ghazi Khan" match across their tokens; a token of punctuation alone ends
// a name. The slice is shared: do not modify it.
//
// Match takes a name only as a proper noun is written:
//   - its first and last tokens start with a capital letter ("Rio de
//     Janeiro", not "rio" or "Rio de");
//   - a name the gazetteer has only in capitals (UK, U.S., NWFP) must be in
//     capitals;
//   - a one-word name that is never a place alone (function words, titles
//     such as "President", months such as "March") is not taken;
//   - a one-word name that is also a common English word ("Police",
//     "Split", "Nice", "Reading", "Mobile", "Male") is taken only when
//     capitalised where a common word would not be: not at the start of
//     the sentence or after a colon or dash, and not in a run of capitals.
//
// Whether a match is a place or part of another name ("Jordan" the country
// or "Michael Jordan") is for the caller to weigh: Match gives the candidates.
func (g *Gazetteer) Match(toks []text.Token, i int) (n int, cands []*Place) {
	if i < 0 || i >= len(toks) || !capitalised(toks[i].Text) {
		return 0, nil
	}
	var buf [128]byte
	key := buf[:0]
	var found *entry
	for j := i; j < len(toks) && j-i < g.maxWords; j++ {
		before := len(key)
		key = fold.Append(key, toks[j].Text)
		if len(key) == before {
			break // punctuation
		}
		e := g.lookup(key)
		if e == nil {
			break
		}
		if len(e.places) > 0 && capitalised(toks[j].Text) && g.takes(e, string(key), toks, i, j+1) {
			n, found = j-i+1, e
		}
		if !e.prefix {
			break
		}
	}
	if found == nil {
		return 0, nil
	}
	return n, found.places
}

// takes reports whether the name filed under e and key may be taken from
// toks[i:j] (see Match).
func (g *Gazetteer) takes(e *entry, key string, toks []text.Token, i, j int) bool {
	if e.caps {
		caps := true
		for _, t := range toks[i:j] {
			caps = caps && allCaps(t.Text)
		}
		if caps {
			return true
		}
	}
	if !e.lower {
		return false
	}
	if j-i > 1 {
		return true
	}
	if g.never[key] {
		return false
	}
	if g.common[key] {
		return !allCaps(toks[i].Text) && !initial(toks, i)
	}
	return true
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// allCaps reports whether s has letters and no lower-case one.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// initial reports whether token i starts a sentence or a clause after which
// English capitalises any word: nothing but punctuation comes before it, or
// the nearest punctuation before it ends a sentence or is a colon or a dash.
func initial(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := toks[j].Text
		if hasWord(t) {
			return false
		}
		switch t {
		case ".", "!", "?", ":", ";", "-", "--", "—", "–":
			return true
		}
	}
	return true
}

// hasWord reports whether s has a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
