// Package lexicon holds dyad's dictionaries: actors (countries, cities,
// organisations, people), roles (CAMEO sectors such as GOV or MIL), verb and
// event-noun patterns with their CAMEO codes, and synsets. Input: dictionary
// text files (dyad's own format; the defaults are embedded). Output: an
// immutable *Dict, safe to share between goroutines, that the coder consults.
//
// # File format
//
// One entry a line; '#' starts a comment that runs to the end of the line;
// blank lines are ignored. Every line has one of three forms.
//
// Actor and role lines:
//
//	CODE  KIND  name; name; ...  [@FROM..TO]
//
// CODE is a CAMEO actor code (PAK, IGOUNO) or, for KIND role, a role code
// (GOV). KIND is one of country, adj, capital, city, region, igo, ngo, group,
// person or role. Names are written as in running text: a name in capitals
// ("UN", "U.S.") matches only in capitals, any other name matches when its
// first word is capitalised in the text; role words are lower case and
// match any inflection ("ambassador" matches "ambassadors"). The optional
// @FROM..TO (dates YYYY-MM-DD, either side may be empty) limits the entry to
// events dated in that range, so a person can carry one code per office.
//
// Synset lines:
//
//	&NAME = word; two words; ...
//
// Pattern lines:
//
//	CODE[:PAIR]  KIND  PATTERN
//
// CODE is a CAMEO event code; PAIR, when given, is coded at the same time
// with source and target swapped (042:043: the visitor visits, the host
// hosts). KIND is v when the anchor is a verb and n when it is an event noun
// (nominal patterns also catch light verbs: "paid a visit to", "held talks
// with"). PATTERN is a sequence of tokens: exactly one ANCHOR in upper case
// (the lemma of the verb or noun), lower-case literal words (matched on lemma
// or surface form, in order; determiners, adjectives, adverbs, numbers and
// possessives between them are skipped), $ for the source actor, + for the
// target actor, and &NAME for any phrase of a synset. A slot written after
// the anchor is filled from there; the clause's subject fills the other
// role (the source unless the pattern puts $ after the anchor without a +).
// Patterns are written in the active voice: the coder handles the passive.
package lexicon
