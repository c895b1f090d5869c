//go:build ignore

// gen.go writes lexicon_table.go, the tagger's open-class lexicon, from the
// WordNet 3.0 database (Debian package wordnet-base, /usr/share/wordnet).
//
// For every single-word lemma it records which parts of speech WordNet gives
// it (noun, verb, adjective, adverb) with a weight for each: the word's
// sense-tagged frequency in WordNet's concordance (cntlist.rev) plus its
// number of senses (index.*), on a log scale. It also flags lemmas that
// WordNet spells only capitalised (proper nouns such as "Kazakhstan",
// adjectives such as "Pakistani") and records the irregular forms of the
// exception lists (verb.exc, noun.exc, adj.exc).
//
// Run with: go generate ./text (or go run gen.go [-dir /usr/share/wordnet]).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/bits"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const licence = `// Source: WordNet 3.0 (https://wordnet.princeton.edu/), files index.noun,
// index.verb, index.adj, index.adv, cntlist.rev, data.noun, data.adj,
// noun.exc, verb.exc and adj.exc, as installed by Debian's wordnet-base.
// Licence: the WordNet 3.0 licence, reproduced here as it requires:
//
// This software and database is being provided to you, the LICENSEE, by
// Princeton University under the following license.  By obtaining, using
// and/or copying this software and database, you agree that you have
// read, understood, and will comply with these terms and conditions.:
//
// Permission to use, copy, modify and distribute this software and
// database and its documentation for any purpose and without fee or
// royalty is hereby granted, provided that you agree to comply with
// the following copyright notice and statements, including the disclaimer,
// and that the same appear on ALL copies of the software, database and
// documentation, including modifications that you make for internal
// use or for distribution.
//
// WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
//
// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
// UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
// IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
// UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
// ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
// OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
// INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
// OTHER RIGHTS.
//
// The name of Princeton University or Princeton may not be used in
// advertising or publicity pertaining to distribution of the software
// and/or database.  Title to copyright in this software, database and
// any associated documentation shall at all times remain with
// Princeton University and LICENSEE agrees to preserve same.
`

// parts of speech, in field order.
const posLetters = "nvar"

type entry struct {
	weight [4]int // per part of speech; 0 = not that part of speech
	count  [4]int // concordance counts
	proper bool   // noun spelled only capitalised
	capAdj bool   // adjective spelled only capitalised
	forms  []string
}

var dir = flag.String("dir", "/usr/share/wordnet", "WordNet database directory")

func main() {
	flag.Parse()
	lex := map[string]*entry{}
	get := func(w string) *entry {
		e := lex[w]
		if e == nil {
			e = &entry{}
			lex[w] = e
		}
		return e
	}
	counts := map[string]*[4]int{}
	eachLine("cntlist.rev", func(f []string) {
		if len(f) < 3 {
			return
		}
		lemma, key, ok := strings.Cut(f[0], "%")
		if !ok || len(key) < 1 {
			return
		}
		p := strings.IndexByte(" 12345", key[0]) // 1 noun 2 verb 3 adj 4 adv 5 adj satellite
		if p < 1 {
			return
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return
		}
		c := counts[lemma]
		if c == nil {
			c = new([4]int)
			counts[lemma] = c
		}
		c[[]int{0, 0, 1, 2, 3, 2}[p]] += n
	})
	for p, name := range []string{"noun", "verb", "adj", "adv"} {
		eachLine("index."+name, func(f []string) {
			if len(f) < 4 || !keep(f[0]) {
				return
			}
			senses, err := strconv.Atoi(f[2])
			if err != nil {
				return
			}
			e := get(f[0])
			c := 0
			if counts[f[0]] != nil {
				c = counts[f[0]][p]
			}
			e.count[p] = c
			e.weight[p] = bits.Len(uint(4*c + senses))
			if e.weight[p] > 15 {
				e.weight[p] = 15
			}
		})
	}
	capitals("data.noun", lex, func(e *entry) { e.proper = true })
	capitals("data.adj", lex, func(e *entry) { e.capAdj = true })
	verbForms(lex, get)
	eachLine("noun.exc", func(f []string) {
		if len(f) < 2 || !keep(f[0]) {
			return
		}
		for _, base := range f[1:] {
			if lex[base] != nil && lex[base].weight[0] > 0 && f[0] != base {
				get(f[0]).forms = append(get(f[0]).forms, "s:"+base)
				return
			}
		}
	})
	eachLine("adj.exc", func(f []string) {
		if len(f) < 2 || !keep(f[0]) {
			return
		}
		for _, base := range f[1:] {
			if lex[base] == nil || lex[base].weight[2] == 0 || f[0] == base {
				continue
			}
			switch {
			case strings.HasSuffix(f[0], "est"):
				get(f[0]).forms = append(get(f[0]).forms, "u:"+base)
			case strings.HasSuffix(f[0], "er"):
				get(f[0]).forms = append(get(f[0]).forms, "c:"+base)
			}
			return
		}
	})

	words := make([]string, 0, len(lex))
	for w := range lex {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString("// Code generated by go run gen.go; DO NOT EDIT.\n\n")
	b.WriteString(licence)
	b.WriteString(`
package text

// lexiconData holds one line per word: the word, a tab, then fields
// separated by spaces. "n", "v", "a" or "r" and a hex digit give a part of
// speech (noun, verb, adjective, adverb) and its weight, the bit length of
// 4*(concordance count)+(number of senses). "P" marks a noun that WordNet
// spells only capitalised, "J" such an adjective. "d:", "p:", "t:", "g:"
// and "z:" give the base verb of a past tense, past participle, form that
// is both, -ing form and third-person form; "s:" the singular of a plural
// noun; "c:" and "u:" the base of a comparative and superlative adjective.
const lexiconData = ` + "`")
	for _, w := range words {
		e := lex[w]
		b.WriteString(w)
		sep := byte('\t')
		for p := range 4 {
			if e.weight[p] > 0 {
				b.WriteByte(sep)
				sep = ' '
				b.WriteByte(posLetters[p])
				b.WriteByte("0123456789abcdef"[e.weight[p]])
			}
		}
		if e.proper {
			b.WriteByte(sep)
			sep = ' '
			b.WriteByte('P')
		}
		if e.capAdj {
			b.WriteByte(sep)
			sep = ' '
			b.WriteByte('J')
		}
		for _, f := range e.forms {
			b.WriteByte(sep)
			sep = ' '
			b.WriteString(f)
		}
		b.WriteByte('\n')
	}
	b.WriteString("`\n")
	if err := os.WriteFile("lexicon_table.go", []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("lexicon_table.go: %d words, %d bytes\n", len(words), b.Len())
}

// keep reports whether a WordNet lemma is a single plain word.
func keep(w string) bool {
	if len(w) > 24 || strings.ContainsAny(w, "_`\t") {
		return false
	}
	letter := false
	for _, c := range []byte(w) {
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '.':
		default:
			return false
		}
	}
	return letter
}

// capitals calls mark for each lemma that a data file spells only with a
// capital first letter.
func capitals(file string, lex map[string]*entry, mark func(*entry)) {
	upper, lower := map[string]bool{}, map[string]bool{}
	eachLine(file, func(f []string) {
		if len(f) < 5 {
			return
		}
		n, err := strconv.ParseInt(f[3], 16, 0)
		if err != nil {
			return
		}
		for i := 0; i < int(n) && 4+2*i < len(f); i++ {
			w := f[4+2*i]
			if j := strings.IndexByte(w, '('); j > 0 {
				w = w[:j] // adjective marker "(a)", "(p)", "(ip)"
			}
			lw := strings.ToLower(w)
			if w[0] >= 'A' && w[0] <= 'Z' {
				upper[lw] = true
			} else {
				lower[lw] = true
			}
		}
	})
	for w := range upper {
		if !lower[w] && lex[w] != nil {
			mark(lex[w])
		}
	}
}

// verbForms adds verb.exc's irregular forms, classed by their ending and
// by the other forms of the same verb.
func verbForms(lex map[string]*entry, get func(string) *entry) {
	past := map[string][]string{}
	var pairs [][2]string
	eachLine("verb.exc", func(f []string) {
		if len(f) < 2 || !keep(f[0]) {
			return
		}
		for _, base := range f[1:] {
			if lex[base] == nil || lex[base].weight[1] == 0 || base == f[0] {
				continue
			}
			pairs = append(pairs, [2]string{f[0], base})
			if !strings.HasSuffix(f[0], "ing") && !strings.HasSuffix(f[0], "s") {
				past[base] = append(past[base], f[0])
			}
		}
	})
	for _, p := range pairs {
		form, base := p[0], p[1]
		kind := "t"
		switch {
		case strings.HasSuffix(form, "ing"):
			kind = "g"
		case strings.HasSuffix(form, "s"):
			kind = "z"
		case len(past[base]) >= 2:
			kind = "d"
			if participle(form, past[base]) {
				kind = "p"
			}
		}
		get(form).forms = append(get(form).forms, kind+":"+base)
	}
}

// participle reports whether form, one of a verb's two or more irregular
// past forms, is the past participle: "gone" not "went", "begun" not
// "began".
func participle(form string, forms []string) bool {
	for _, o := range forms {
		if o == form {
			continue
		}
		if pn, on := strings.TrimSuffix(form, "e"), strings.TrimSuffix(o, "e"); strings.HasSuffix(pn, "n") && !strings.HasSuffix(on, "n") {
			return true
		}
		if len(o) == len(form) && strings.Contains(form, "u") && strings.Contains(o, "a") {
			return true
		}
	}
	return false
}

func eachLine(file string, fn func([]string)) {
	f, err := os.Open(filepath.Join(*dir, file))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		fn(strings.Fields(line))
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
}
