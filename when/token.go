package when

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	word   kind = iota + 1 // letters, then letters or digits: "May", "COVID19"
	number                 // digits, inner "," or "." between digits, letter suffix: "28", "28th", "1,992"
	punct                  // any other single rune
)

// token is a word, number or punctuation rune of the text; start and end are
// byte offsets in the whole text, End exclusive.
type token struct {
	start, end int
	kind       kind
	s          string
}

// tokenize splits text[lo:hi] into tokens, skipping white space.
func tokenize(text string, lo, hi int) []token {
	toks := make([]token, 0, (hi-lo)/4)
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:hi])
		j := i + n
		var k kind
		switch {
		case unicode.IsSpace(r):
			i = j
			continue
		case unicode.IsLetter(r):
			k = word
			for j < hi {
				r, n := utf8.DecodeRuneInString(text[j:hi])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
					break
				}
				j += n
			}
		case '0' <= r && r <= '9':
			k = number
			for j < hi {
				c := text[j]
				if '0' <= c && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.') && j+1 < hi && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			for j < hi {
				r, n := utf8.DecodeRuneInString(text[j:hi])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
		default:
			k = punct
		}
		toks = append(toks, token{start: i, end: j, kind: k, s: text[i:j]})
		i = j
	}
	return toks
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
