// Package cameo is the CAMEO event codebook (version 1.1b3): it takes a CAMEO
// event code such as "042" and gives its name, Goldstein value, root, quad
// class and PLOVER event type.
//
// The table is generated from the reference files in ../shared/reference by
// gen.go; see tables.go for the sources and their licences.
package cameo

//go:generate go run gen.go

import "sort"

// Code is one CAMEO event code with what the codebooks say about it.
type Code struct {
	// Code is the event code as the codebook writes it: 2 digits for a root
	// ("04"), 3 or 4 digits below it ("042", "0211").
	Code string
	// Name is the codebook's short description ("Make a visit").
	Name string
	// Goldstein is the code's Goldstein value, -10 (most conflictual) to +10
	// (most cooperative), as GDELT uses it.
	Goldstein float64
	// Root is the code's first two digits ("04").
	Root string
	// Quad is the quad class of Root: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	Quad int
	// Plover is the PLOVER event type ("CONSULT"). A code the CAMEO-to-PLOVER
	// table lacks takes the type of its nearest parent code that has one.
	// PLOVER has no type for CAMEO roots 01 (statements) and 02 (appeals), so
	// for their codes Plover is "".
	Plover string
	// PloverMode and PloverContext are the PLOVER mode ("visit") and context
	// ("diplomatic") the table gives for this very code, or "".
	PloverMode, PloverContext string
}

// Lookup returns the code exactly as written in the codebook ("042"), and
// false when there is no such code.
func Lookup(code string) (Code, bool) {
	i := sort.Search(len(codes), func(i int) bool { return codes[i].Code >= code })
	if i < len(codes) && codes[i].Code == code {
		return codes[i], true
	}
	return Code{}, false
}

// All returns every code in codebook order (each root followed by its
// 3-digit codes, each of those followed by its 4-digit codes). The slice is
// the caller's to keep.
func All() []Code {
	return append([]Code(nil), codes[:]...)
}

// RootOf returns the root of a code, its first two digits ("0421" -> "04"),
// or "" when code does not start with two digits.
func RootOf(code string) string {
	if len(code) < 2 || !isDigit(code[0]) || !isDigit(code[1]) {
		return ""
	}
	return code[:2]
}

// QuadClass returns the quad class of a root (or of any code, through its
// root) as GDELT defines it: 01-05 verbal cooperation (1), 06-09 material
// cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4).
// It returns 0 for anything else.
func QuadClass(root string) int {
	r := RootOf(root)
	if r == "" {
		return 0
	}
	switch n := int(r[0]-'0')*10 + int(r[1]-'0'); {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 9:
		return 2
	case n >= 10 && n <= 14:
		return 3
	case n >= 15 && n <= 20:
		return 4
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
