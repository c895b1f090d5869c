package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

// Split returns the sentence spans of text, each trimmed of surrounding
// space, in order and without overlap. A sentence ends at ".", "!", "?" or
// an ellipsis (with any closing quotes and brackets after it) when the next
// word starts a sentence; at a blank line; and before a bulleted line, whose
// bullet is left out of the next sentence. Abbreviations, initials and
// decimal numbers do not end a sentence.
func Split(text string) []dyad.Span {
	spans := make([]dyad.Span, 0, len(text)/120+1)
	start, end := -1, 0 // current sentence's first byte and end of its last non-space rune
	flush := func() {
		if start >= 0 {
			spans = append(spans, dyad.Span{Start: start, End: end})
			start = -1
		}
	}
	lineStart := true
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' || c == '\r' {
			j := i + 1
			if c == '\r' && j < len(text) && text[j] == '\n' {
				j++
			}
			if k := skipBlanks(text, j); k < len(text) && (text[k] == '\n' || text[k] == '\r') {
				flush() // blank line: paragraph break
			}
			lineStart = true
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == '\u2029' { // paragraph separator
			flush()
			lineStart = true
			i += size
			continue
		}
		if isSpace(r) {
			i += size
			continue
		}
		if lineStart {
			lineStart = false
			if n := bulletLen(text, i); n > 0 {
				flush()
				i += n
				continue
			}
		}
		if start < 0 {
			start = i
		}
		end = i + size
		if c == '.' || c == '!' || c == '?' || r == '…' {
			j, k := endOfStop(text, i)
			end = k
			if k >= len(text) || isBoundary(text, i, j, k) {
				flush()
			}
			i = k
			continue
		}
		i += size
	}
	flush()
	return spans
}

// endOfStop returns the end j of the run of stops starting at i, and the end
// k of the closing quotes and brackets after it.
func endOfStop(text string, i int) (j, k int) {
	j = i
	for j < len(text) {
		if c := text[j]; c == '.' || c == '!' || c == '?' {
			j++
		} else if hasPrefixAt(text, j, "…") {
			j += len("…")
		} else {
			break
		}
	}
	k = j
	for k < len(text) {
		switch c := text[k]; {
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == '}':
			k++
		case hasPrefixAt(text, k, "”") || hasPrefixAt(text, k, "’"):
			k += 3
		case hasPrefixAt(text, k, "»"):
			k += len("»")
		default:
			return j, k
		}
	}
	return j, k
}

// isBoundary reports whether the stops text[i:j], followed by closers up to
// k, end a sentence. k < len(text).
func isBoundary(text string, i, j, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	if !isSpace(r) && r != '\n' && r != '\r' {
		return false // "3.5", "U.S.-led", "e.g.,"
	}
	n := skipSpace(text, k)
	if n >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[n:])
	if unicode.IsLower(next) {
		return false // "e.g. the", "\"Why?\" he asked"
	}
	if j-i != 1 || text[i] != '.' || k > j {
		// "!", "?", "...", or a period inside quotes or brackets.
		return true
	}
	ws := i
	for ws > 0 && (isASCIILetter(text[ws-1]) || text[ws-1] == '.') {
		ws--
	}
	w := text[ws:i]
	if w == "" {
		return true
	}
	digit := next >= '0' && next <= '9'
	switch abbrevs[w] {
	case abbrTitle:
		return false
	case abbrNumber:
		return !digit
	case abbrMonth:
		return !digit && startsSentence(text, n)
	case abbrEnding:
		// A capitalised word on the next line after "Jr." or "etc."
		// starts the next paragraph's sentence: "President Ferdinand
		// Marcos Jr.\nChina's foreign ministry said".
		return startsSentence(text, n) || containsByte(text[k:n], '\n')
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' || containsByte(w[:len(w)-1], '.') {
		// An initial ("George W. Bush") or a dotted abbreviation ("U.S.").
		return startsSentence(text, n)
	}
	return true
}

// startsSentence reports whether the word at text[n:] is a capitalised
// function word ("The", "He", "But"), which after an abbreviation
// suggests a new sentence.
func startsSentence(text string, n int) bool {
	var buf [12]byte
	m := 0
	for ; n < len(text) && isASCIILetter(text[n]); n++ {
		if m == len(buf) {
			return false
		}
		buf[m] = text[n] | 0x20
		m++
	}
	if m == 0 || text[n-m] < 'A' || text[n-m] > 'Z' {
		return false
	}
	_, ok := closed[string(buf[:m])]
	return ok
}

// bulletLen returns the length of the bullet ("- ", "* ", "• ", "1. ",
// "2) ") and the space after it at text[i:], or 0.
func bulletLen(text string, i int) int {
	j := i
	switch {
	case text[i] == '-' || text[i] == '*':
		j++
	case hasPrefixAt(text, i, "•") || hasPrefixAt(text, i, "–") || hasPrefixAt(text, i, "—"):
		j += 3
	case hasPrefixAt(text, i, "·"):
		j += 2
	default:
		for j < len(text) && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j == i || j >= len(text) || text[j] != '.' && text[j] != ')' {
			return 0
		}
		j++
	}
	if j >= len(text) || text[j] != ' ' && text[j] != '\t' {
		return 0
	}
	return skipBlanks(text, j) - i
}

// Abbreviation classes, for Split and Tokenize.
const (
	abbrNone   = iota
	abbrTitle  // never ends a sentence: "Mr.", "Gen."
	abbrNumber // not before a number: "No. 5"
	abbrMonth  // not before a number: "Jan. 5"
	abbrEnding // may end a sentence: "Inc.", "etc."
)

// abbrevs maps abbreviations, as written and without their final period,
// to their class.
var abbrevs = map[string]uint8{
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Messrs": abbrTitle, "Dr": abbrTitle,
	"Prof": abbrTitle, "Gen": abbrTitle, "Lt": abbrTitle, "Col": abbrTitle, "Sen": abbrTitle,
	"Sens": abbrTitle, "Rep": abbrTitle, "Reps": abbrTitle, "Gov": abbrTitle, "Govs": abbrTitle,
	"Sgt": abbrTitle, "Capt": abbrTitle, "Maj": abbrTitle, "Adm": abbrTitle, "Cmdr": abbrTitle,
	"Cdr": abbrTitle, "Rev": abbrTitle, "Hon": abbrTitle, "Pres": abbrTitle, "Supt": abbrTitle,
	"Brig": abbrTitle, "Cpl": abbrTitle, "Pvt": abbrTitle, "Amb": abbrTitle, "Atty": abbrTitle,
	"Fr": abbrTitle, "Mt": abbrTitle, "Ft": abbrTitle, "St": abbrTitle, "Gens": abbrTitle,
	"Lieut": abbrTitle, "Insp": abbrTitle, "Det": abbrTitle, "Sec": abbrTitle, "vs": abbrTitle,
	"v": abbrTitle, "cf": abbrTitle, "approx": abbrTitle, "Mme": abbrTitle, "Mlle": abbrTitle,
	"No": abbrNumber, "Nos": abbrNumber, "Art": abbrNumber, "Vol": abbrNumber,
	"Fig": abbrNumber, "pp": abbrNumber, "p": abbrNumber, "Ch": abbrNumber,
	"Jan": abbrMonth, "Feb": abbrMonth, "Mar": abbrMonth, "Apr": abbrMonth, "Jun": abbrMonth,
	"Jul": abbrMonth, "Aug": abbrMonth, "Sep": abbrMonth, "Sept": abbrMonth, "Oct": abbrMonth,
	"Nov": abbrMonth, "Dec": abbrMonth,
	"Inc": abbrEnding, "Corp": abbrEnding, "Ltd": abbrEnding, "Co": abbrEnding, "Cos": abbrEnding,
	"Jr": abbrEnding, "Sr": abbrEnding, "Bros": abbrEnding, "Plc": abbrEnding, "etc": abbrEnding,
	"Dept": abbrEnding, "Univ": abbrEnding, "Ave": abbrEnding, "Blvd": abbrEnding, "Rd": abbrEnding,
	"est": abbrEnding, "al": abbrEnding,
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200B
}

// skipBlanks returns the index of the first byte at or after i that is not
// a space or tab.
func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

// skipSpace returns the index of the first rune at or after i that is not
// space.
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

func hasPrefixAt(text string, i int, p string) bool {
	return len(text)-i >= len(p) && text[i:i+len(p)] == p
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
