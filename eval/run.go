package eval

import (
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/coder"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/source"
	"github.com/dyadcoder/dyad/text"
	"github.com/dyadcoder/dyad/when"
)

// Error codes a coder reports for a record instead of events, as the
// PETRARCH suite names them.
const (
	ErrBadParse        = "bad_input_parse"
	ErrDateline        = "dateline"
	ErrStoryDiscard    = "storydiscard"
	ErrSentenceDiscard = "sentencediscard"
)

// RunOptions change how Run codes the records.
type RunOptions struct {
	// Parsed codes each record from its given parse (PETRARCH gold) instead
	// of running dyad's own pipeline on its text.
	Parsed bool
	// Singles codes events without a target for every record; records
	// whose options set require_dyad to false get them anyway.
	Singles bool
}

// Coded is what Run made of one record: the events, or the error code the
// coder reported instead.
type Coded struct {
	Article *dyad.Article
	Events  []dyad.Event
	Error   string
}

// Run codes every record with the dictionaries d and returns, by record
// Key, what the coder produced (for Score) and the coded events. PETRARCH
// records (those with a parse) are coded as PETRARCH codes them: the
// patterns' codes literally, unknown countries as "---", unknown short
// noun phrases as new actors when new_actor_length allows, and without a
// target where their options set require_dyad to false; other records
// with dyad's own conventions.
func Run(recs []Record, d *lexicon.Dict, opts RunOptions) (map[string]Produced, map[string]Coded) {
	coders := map[coder.Options]*coder.Coder{}
	got := make(map[string]Produced, len(recs))
	coded := make(map[string]Coded, len(recs))
	for i := range recs {
		r := &recs[i]
		o := coder.Options{Singles: opts.Singles || strings.EqualFold(r.Options["require_dyad"], "false")}
		if r.Parse != "" {
			o.Unknown, o.Literal = true, true
			o.NewActorLength, _ = strconv.Atoi(r.Options["new_actor_length"])
		}
		c := coders[o]
		if c == nil {
			c = coder.New(d, o)
			coders[o] = c
		}
		k := codeRecord(c, r, opts.Parsed)
		key := r.Key
		if key == "" {
			key = r.ID
		}
		coded[key] = k
		got[key] = FromEvents(k.Events, k.Error)
	}
	return got, coded
}

func codeRecord(c *coder.Coder, r *Record, parsed bool) Coded {
	a := &dyad.Article{ID: r.ID, Text: r.Text, Date: r.Date}
	if !r.Date.IsZero() {
		a.DatePrecision = dyad.PrecisionDay
	}
	k := Coded{Article: a}
	// A record is one sentence: a dateline at its start is an irregular
	// input, as PETRARCH reports it.
	if r.Parse != "" && hasDateline(r.Text, r.Date) {
		k.Error = ErrDateline
		return k
	}
	var sents []coder.Sentence
	if parsed && r.Parse != "" {
		var err error
		if sents, err = coder.Parsed(a, r.Parse); err != nil {
			k.Error = ErrBadParse
			return k
		}
	} else {
		sents = coder.Analyze(a)
	}
	for i := range sents {
		if drop := commaClauses(sents[i].Tokens, r.Options); drop != nil {
			sents[i] = sents[i].Without(drop)
		}
	}
	switch story, drop := c.Discards(sents); {
	case story:
		k.Error = ErrStoryDiscard
		return k
	case len(drop) == len(sents) && len(sents) > 0:
		k.Error = ErrSentenceDiscard
		return k
	}
	k.Events = c.CodeSentences(a, sents)
	return k
}

// PetrarchDict loads the dictionaries a PETRARCH validation file names in
// its <Environment>, looked up in dictDir, or when dictDir is empty in the
// file's own folder.
func PetrarchDict(path, dictDir string) (*lexicon.Dict, error) {
	f, err := source.ReadPetrarch(path)
	if f == nil {
		return nil, err
	}
	if dictDir == "" {
		dictDir = filepath.Dir(path)
	}
	at := func(name string) string {
		if name == "" {
			return ""
		}
		return filepath.Join(dictDir, name)
	}
	env := f.Env
	if env.Verbs == "" && env.Actors == "" && env.Agents == "" {
		return nil, fmt.Errorf("%s: the <Environment> names no dictionaries", path)
	}
	d, err := lexicon.LoadPetrarch(at(env.Verbs), at(env.Actors), at(env.Agents), at(env.Discards))
	if err != nil {
		var list dyad.ErrorList
		if !errors.As(err, &list) || d == nil {
			return nil, err
		}
	}
	return d, err
}

// hasDateline reports whether a sentence opens with a dateline: one that
// dyad's dateline reader finds, or a place in capitals before a colon
// ("CEBU CITY: -- ..."), as PETRARCH's irregular-input check finds them.
func hasDateline(text string, ref time.Time) bool {
	if _, ok := when.ParseDateline(text, ref); ok {
		return true
	}
	head, rest, ok := strings.Cut(text, ":")
	if !ok || len(head) < 3 || len(head) > 40 {
		return false
	}
	// The report follows, capitalised: "CEBU CITY: -- Cordova ...".
	rest = strings.TrimLeft(rest, " -\u2013\u2014")
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	letters := 0
	for _, r := range head {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 3
}

// commaClauses marks the tokens of the comma-delimited clauses PETRARCH's
// options say to leave out before coding: a clause at the beginning (up to
// the first comma) of comma_bmin to comma_bmax words, one at the end (after
// the last comma) of comma_emin to comma_emax words, and one in the middle
// (between two commas) of comma_min to comma_max words. It returns nil
// when the options name no such limits or nothing is left out.
func commaClauses(toks []text.Token, opts map[string]string) []bool {
	limit := func(name string) (int, bool) {
		n, err := strconv.Atoi(opts[name])
		return n, err == nil
	}
	var commas []int
	for i, t := range toks {
		if t.Lower == "," {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return nil
	}
	words := func(a, b int) int { // words in toks[a:b]
		n := 0
		for _, t := range toks[a:b] {
			if len(t.Lower) > 0 && (unicode.IsLetter(rune(t.Lower[0])) || unicode.IsDigit(rune(t.Lower[0]))) {
				n++
			}
		}
		return n
	}
	var drop []bool
	cut := func(a, b int, lo, hi string) {
		min, ok1 := limit(lo)
		max, ok2 := limit(hi)
		if !ok1 || !ok2 || max <= 0 {
			return
		}
		if n := words(a, b); n >= min && n <= max {
			if drop == nil {
				drop = make([]bool, len(toks))
			}
			for i := a; i < b; i++ {
				drop[i] = true
			}
		}
	}
	end := len(toks)
	if end > 0 && toks[end-1].Tag == "." {
		end--
	}
	cut(0, commas[0]+1, "comma_bmin", "comma_bmax")
	cut(commas[len(commas)-1], end, "comma_emin", "comma_emax")
	for k := 0; k+1 < len(commas); k++ {
		// The clause goes with both its commas: "Arnor, it seems, will".
		cut(commas[k], commas[k+1]+1, "comma_min", "comma_max")
	}
	return drop
}
