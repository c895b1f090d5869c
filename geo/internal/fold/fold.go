// Package fold turns a place name into the key under which the gazetteer
// files it: lower case, Latin diacritics removed, apostrophes dropped and any
// other run of characters that are neither letters nor digits turned into one
// space. Input: a name or a token as written. Output: its key, so that
// "Nur-Sultan", "nur sultan" and "NUR SULTAN" agree, as do "Tol’yatti" and
// "Tolyatti", or "São Paulo" and "Sao Paulo".
package fold

import (
	"unicode"
	"unicode/utf8"
)

// latin maps a lower-case Latin letter with a diacritic (or a ligature) to
// its ASCII letters. Each string lists the letters that fold to its key.
var latin = func() map[rune]string {
	groups := map[string]string{
		"a":  "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặḁⱥ",
		"b":  "ḃḅḇƀɓ",
		"c":  "çćĉċčƈȼḉ",
		"d":  "ďđḋḍḏḑḓɗð",
		"e":  "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệɇə",
		"f":  "ḟƒ",
		"g":  "ĝğġģǥǧǵḡɠ",
		"h":  "ĥħȟḣḥḧḩḫẖ",
		"i":  "ìíîïĩīĭįıǐȉȋḭḯỉịɨ",
		"j":  "ĵǰɉ",
		"k":  "ķĸǩḱḳḵƙ",
		"l":  "ĺļľŀłƚḷḹḻḽ",
		"m":  "ḿṁṃ",
		"n":  "ñńņňŉŋǹṅṇṉṋɲ",
		"o":  "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ",
		"p":  "ṕṗƥ",
		"r":  "ŕŗřȑȓṙṛṝṟ",
		"s":  "śŝşšșṡṣṥṧṩ",
		"t":  "ţťŧțṫṭṯṱẗ",
		"u":  "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
		"v":  "ṽṿ",
		"w":  "ŵẁẃẅẇẉẘ",
		"x":  "ẋẍ",
		"y":  "ýÿŷẏẙỳỵỷỹƴȳ",
		"z":  "źżžƶẑẓẕ",
		"ae": "æǽǣ",
		"oe": "œ",
		"ss": "ß",
		"th": "þ",
		"ij": "ĳ",
	}
	m := make(map[rune]string, 400)
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
		}
	}
	return m
}()

// isApostrophe reports whether r is an apostrophe or a letter used as one
// (the ‘ayn and hamza of transliterations): such marks join the letters
// around them rather than separate words.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´', '′':
		return true
	}
	return false
}

// Append appends the key of s to dst. When dst already holds a key and s
// has letters or digits, a space separates the two, so a key can be built
// token by token.
func Append(dst []byte, s string) []byte {
	space := len(dst) > 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '\'' || c == '`':
				continue
			default:
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue // a combining mark belongs to the letter before it
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = len(dst) > 0
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		r = unicode.ToLower(r)
		if to, ok := latin[r]; ok {
			dst = append(dst, to...)
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// Key returns the key of s: Append(nil, s) as a string.
func Key(s string) string {
	var buf [64]byte
	return string(Append(buf[:0], s))
}

// ASCII returns s with its Latin diacritics removed and its case kept
// ("São Paulo" -> "Sao Paulo", "Ærøskøbing" -> "Aeroskobing"); apostrophe
// marks become "'". Letters of other scripts are left as they are. When
// nothing changes, s itself is returned.
func ASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case isApostrophe(r):
			b = append(b, '\'')
		case unicode.Is(unicode.Mn, r):
		default:
			lower := unicode.ToLower(r)
			to, ok := latin[lower]
			switch {
			case !ok:
				b = utf8.AppendRune(b, r)
			case lower != r:
				b = append(b, to[0]-('a'-'A'))
				b = append(b, to[1:]...)
			default:
				b = append(b, to...)
			}
		}
	}
	return string(b)
}
