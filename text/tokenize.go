package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

// Tokenize returns the tokens of text[span.Start:span.End], with spans in
// text, and with Text and Lower set (Tag and Lemma are left for Tag).
// A span outside text is clipped to it.
//
// Words keep inner hyphens ("long-standing"), apostrophes ("O'Brien"),
// and number punctuation ("1,200.50", "10:30"); URLs, e-mail addresses,
// dotted abbreviations ("U.S.", "e.g."), initials ("W.") and known
// abbreviations ("Gen.", "Inc.") are one token each. Clitics are split off
// as in the Penn Treebank: "didn't" is "did" + "n't", "Kazakhstan's" is
// "Kazakhstan" + "'s", "they're" is "they" + "'re". Every other
// punctuation mark is a token; a run of periods ("...") or hyphens ("--")
// is one token. An invalid UTF-8 byte is a one-byte token.
func Tokenize(text string, span dyad.Span) []Token {
	s, e := clip(text, span)
	toks := appendTokens(make([]Token, 0, (e-s)/5+4), text, dyad.Span{Start: s, End: e})
	foldLower(toks)
	return toks
}

func clip(text string, span dyad.Span) (s, e int) {
	s, e = span.Start, span.End
	if s < 0 {
		s = 0
	}
	if e > len(text) {
		e = len(text)
	}
	if s > e {
		s = e
	}
	return s, e
}

// appendTokens appends the tokens of text[span.Start:span.End] to toks,
// with Lower unset.
func appendTokens(toks []Token, text string, span dyad.Span) []Token {
	s, e := clip(text, span)
	add := func(i, j int) {
		toks = append(toks, Token{Span: dyad.Span{Start: i, End: j}, Text: text[i:j]})
	}
	for i := s; i < e; {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:e])
		}
		switch {
		case isSpace(r):
			i += size
			continue
		case r == utf8.RuneError && size == 1:
			// Invalid byte: a symbol of its own.
		case isWordRune(r):
			j := scanWord(text, i, e)
			k := cliticStart(text[i:j])
			if k > 0 {
				add(i, i+k)
				add(i+k, j)
			} else {
				add(i, j)
			}
			i = j
			continue
		case c == '.' || c == '-':
			for size < e-i && text[i+size] == c {
				size++
			}
		case c == '`' || c == '\'':
			if size < e-i && text[i+size] == c {
				size++ // "``" or "''" written out
			}
		}
		add(i, i+size)
		i += size
	}
	return toks
}

// isWordRune reports whether r can start or continue a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// runeAt decodes the rune at text[i:e], or returns -1 at e.
func runeAt(text string, i, e int) (rune, int) {
	if i >= e {
		return -1, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:e])
}

// scanWord returns the end of the word that starts at text[i] (a word
// rune), not splitting clitics.
func scanWord(text string, i, e int) int {
	if n := urlLen(text[i:e]); n > 0 {
		return i + n
	}
	j := i
	prev := rune(-1)
	for j < e {
		r, size := runeAt(text, j, e)
		if isWordRune(r) {
			prev = r
			j += size
			continue
		}
		next, _ := runeAt(text, j+size, e)
		switch r {
		case '-', '\u2010', '\u2011':
			if isWordRune(next) {
				j += size
				continue
			}
		case '\'', '’':
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				j += size
				continue
			}
		case '.', ':', '/':
			if isDigitRune(prev) && isDigitRune(next) {
				j += size
				continue
			}
		case ',':
			if isDigitRune(prev) && j+4 <= e && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
				(j+4 == e || !isDigit(text[j+4])) {
				j += size
				continue
			}
		case '&':
			if prev >= 'A' && prev <= 'Z' && next >= 'A' && next <= 'Z' {
				j += size
				continue
			}
		case '@':
			if n := emailDomainLen(text[j+size : e]); n > 0 {
				return j + size + n
			}
		}
		break
	}
	if j < e && text[j] == '.' {
		return j + abbrevPeriod(text, i, j, e)
	}
	return j
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// abbrevPeriod returns how many bytes from text[j] (a period after the word
// text[i:j]) belong to the word as an abbreviation: 0 if the period is not
// part of it, 1 for "Gen." or "W.", more for dotted forms ("U.S.").
func abbrevPeriod(text string, i, j, e int) int {
	w := text[i:j]
	if len(w) == 1 && isASCIILetter(w[0]) {
		k, n := j+1, 1
		for k+1 < e && isASCIILetter(text[k]) && text[k+1] == '.' {
			k += 2
			n++
		}
		if n >= 2 {
			return k - j // "U.S.", "e.g.", "a.m."
		}
		if w[0] >= 'A' && w[0] <= 'Z' && !onlyClosers(text, j+1, e) {
			return 1 // an initial
		}
		return 0
	}
	switch abbrevs[w] {
	case abbrTitle, abbrEnding, abbrMonth:
		return 1
	case abbrNumber:
		if n := skipSpace(text, j+1); n < e && isDigit(text[n]) {
			return 1
		}
	}
	return 0
}

// onlyClosers reports whether text[k:e] holds only space, quotes and
// closing brackets, as after the last word of a sentence.
func onlyClosers(text string, k, e int) bool {
	for _, r := range text[k:e] {
		if !isSpace(r) && !strings.ContainsRune("\"')]}”’»", r) {
			return false
		}
	}
	return true
}

// urlLen returns the length of the URL at the start of s, or 0.
func urlLen(s string) int {
	if s[0]|0x20 != 'h' && s[0]|0x20 != 'w' || !hasPrefixFold(s, "http://") && !hasPrefixFold(s, "https://") && !hasPrefixFold(s, "www.") {
		return 0
	}
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		n += size
	}
	for n > 0 && strings.IndexByte(".,;:!?)]'", s[n-1]) >= 0 {
		n--
	}
	return n
}

// emailDomainLen returns the length of the domain at the start of s, the
// part of an e-mail address after "@", or 0 if there is none.
func emailDomainLen(s string) int {
	n, dot := 0, false
	for n < len(s) && (isASCIILetter(s[n]) || isDigit(s[n]) || s[n] == '-' || s[n] == '.') {
		dot = dot || s[n] == '.' && n > 0
		n++
	}
	for n > 0 && s[n-1] == '.' {
		n--
	}
	if !dot || n == 0 || s[0] == '.' {
		return 0
	}
	return n
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// cliticStart returns where a clitic begins in word w ("n't", "'s", "'re",
// "'ve", "'ll", "'d", "'m", with "'" or "’"), or 0 if w has none.
func cliticStart(w string) int {
	n := len(w)
	if n < 3 || strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "’") {
		return 0
	}
	// "n't"
	for _, ap := range [...]string{"'", "’"} {
		if k := n - 1 - len(ap); k >= 1 && w[n-1]|0x20 == 't' && w[k:n-1] == ap && w[k-1]|0x20 == 'n' {
			if k-1 >= 1 {
				return k - 1
			}
			return 0
		}
	}
	for _, ap := range [...]string{"'", "’"} {
		for _, suf := range [...]string{"s", "d", "m", "re", "ve", "ll"} {
			k := n - len(suf) - len(ap)
			if k >= 1 && w[k:k+len(ap)] == ap && strings.EqualFold(w[k+len(ap):], suf) {
				return k
			}
		}
	}
	return 0
}

// foldLower sets Lower on each token, sharing one allocation for the tokens
// whose Text is not already lower-case ASCII.
func foldLower(toks []Token) {
	n := 0
	for i := range toks {
		if needsFold(toks[i].Text) {
			n += len(toks[i].Text) + 2
		} else {
			toks[i].Lower = toks[i].Text
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for i := range toks {
		if toks[i].Lower == "" {
			for _, r := range toks[i].Text {
				if f := foldSpecial(r); f != "" {
					b.WriteString(f)
				} else {
					b.WriteRune(unicode.ToLower(r))
				}
			}
		}
	}
	s := b.String()
	off := 0
	for i := range toks {
		if toks[i].Lower == "" {
			m := foldedLen(toks[i].Text)
			toks[i].Lower = s[off : off+m]
			off += m
		}
	}
}

// foldSpecial returns the ASCII form of a curly quote, apostrophe or dash,
// or "".
func foldSpecial(r rune) string {
	switch r {
	case '‘', '’', '‛', '′':
		return "'"
	case '“', '”', '„', '‟', '″':
		return "\""
	case '–', '‐', '‑', '‒', '−':
		return "-"
	case '—', '―':
		return "--"
	}
	return ""
}

func foldedLen(s string) int {
	n := 0
	for _, r := range s {
		if f := foldSpecial(r); f != "" {
			n += len(f)
		} else {
			n += utf8.RuneLen(unicode.ToLower(r))
		}
	}
	return n
}

// needsFold reports whether s differs from its folded form.
func needsFold(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if ascii {
		return false
	}
	for _, r := range s {
		if foldSpecial(r) != "" || unicode.ToLower(r) != r || r == utf8.RuneError {
			return true
		}
	}
	return false
}
