package coder

import (
	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/phrase"
)

// intentVerbs govern an infinitive whose event has not happened yet: "plans
// to visit", "is expected to sign".
var intentVerbs = map[string]bool{
	"plan": true, "intend": true, "expect": true, "hope": true, "want": true,
	"aim": true, "seek": true, "prepare": true, "schedule": true, "set": true,
	"propose": true, "wish": true, "try": true, "decide": true, "promise": true,
	"vow": true, "pledge": true, "agree": true, "offer": true, "go": true,
	"due": true, "attempt": true, "consider": true, "mean": true,
	// Appeals, orders and threats: "urged Qatar to mediate", "threatened
	// to attack" say what someone wants done, not what was done.
	"urge": true, "ask": true, "call": true, "appeal": true, "invite": true,
	"press": true, "demand": true, "request": true, "encourage": true,
	"order": true, "threaten": true, "warn": true, "tell": true,
}

// denyVerbs govern an infinitive whose event did not happen: "refused to meet".
var denyVerbs = map[string]bool{"refuse": true, "fail": true, "decline": true, "reject": true}

// mode says whether the verb group at chunk vi reports a plain fact, or a
// negated, future, hypothetical or reported event.
func (d *doc) mode(cl *clause, vi int) dyad.Mode {
	s := cl.s
	c := s.Chunks[vi]
	for i := c.Start; i <= c.Head; i++ {
		switch s.Tokens[i].Lower {
		case "not", "n't", "never":
			return dyad.ModeNegated
		case "will", "shall", "'ll", "wo":
			return dyad.ModeFuture
		case "would", "could", "might", "may", "should", "can", "must", "ca":
			return dyad.ModeHypothetical
		}
	}
	// An infinitive takes the mode of the verb that governs it.
	if s.Tokens[c.Start].Tag == "TO" {
		if vi > 0 && s.Chunks[vi-1].Kind == phrase.ADJP {
			switch s.Tokens[s.Chunks[vi-1].Head].Lemma {
			case "willing", "ready", "prepared", "determined", "eager", "keen", "likely", "set", "due", "able":
				return dyad.ModeFuture
			case "unwilling", "reluctant", "unable", "unlikely":
				return dyad.ModeNegated
			}
		}
		for j := vi - 1; j >= 0 && j >= vi-3; j-- {
			g := s.Chunks[j]
			if g.Kind != phrase.VP {
				continue
			}
			lemma := s.Tokens[g.Head].Lemma
			if m := d.mode(cl, j); m != dyad.ModeAsserted {
				return m
			}
			switch {
			case denyVerbs[lemma]:
				return dyad.ModeNegated
			case intentVerbs[lemma]:
				return dyad.ModeFuture
			}
			break
		}
	}
	// A condition or a hedge in the same sentence before the verb.
	for i := 0; i < c.Start; i++ {
		switch s.Tokens[i].Lower {
		case "if", "unless":
			return dyad.ModeHypothetical
		case "reportedly", "allegedly", "purportedly":
			return dyad.ModeReported
		}
	}
	return dyad.ModeAsserted
}

// speechActMode corrects the mode of codes that are themselves about the
// future: "promised to release" is a real act of promising (03), as are
// appeals (02), demands (10) and threats (13), so the promise, not the
// release, is what is coded, and it is not future.
func speechActMode(code string, m dyad.Mode) dyad.Mode {
	if m != dyad.ModeFuture || len(code) < 2 {
		return m
	}
	switch code[:2] {
	case "02", "03", "10", "13":
		return dyad.ModeAsserted
	}
	return m
}
