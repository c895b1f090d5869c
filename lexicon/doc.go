// Package lexicon holds dyad's dictionaries: actors (countries, cities,
// organisations, people), roles (CAMEO sectors such as GOV or MIL), verb and
// event-noun patterns with their CAMEO codes, synsets, and discard phrases.
// Input: dictionary text files (dyad's own format, whose defaults are
// embedded, and PETRARCH's verbs, actors, agents and discards formats).
// Output: an immutable *Dict, safe to share between goroutines, that the
// coder consults.
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
// first word is capitalised in the text (one that opens with "the", "the
// Emirates", also from a lower-case "the"); role words are lower case and
// match any inflection ("ambassador" matches "ambassadors"), unless written
// capitalised: a title that is a role only as such ("Speaker") matches as
// written, and only so ("Speaker Numan Kurtulmus", not "a speaker"); a role
// word followed by "(noun)" matches only where it is tagged a noun ("a French
// national", not "the national team"). The optional
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
// target actor, ^ for any one noun phrase, with its preposition, that is
// skipped ("FILE complaint with ^ against +": the forum is not the
// target), and &NAME for any phrase of a synset. A slot written after
// the anchor is filled from there; the clause's subject fills the other
// role (the source unless the pattern puts $ after the anchor without a +).
// Patterns are written in the active voice: the coder handles the passive.
//
// # PETRARCH formats
//
// The four dictionary files of the PETRARCH coder load into the same model:
// LoadPetrarch reads a set of them and nothing else (a PETRARCH test suite
// runs on its own dictionaries only); Load and Parse take them too, beside
// or instead of dyad's files. The reader follows PETRARCH 1, the version
// whose validation suite dyad runs.
//
// Comments are as PETRARCH has them: lines that start with '#' or "<!" are
// skipped; "<!-- ... -->" is removed (when it opens in the middle of a
// line it may run over several lines, and the line that closes it is
// dropped whole); '#' starts a comment when it stands outside [...] or
// after a space, so codes such as [###] stay. Words of a phrase are joined
// by '_' or a space; a trailing '_' is ignored. Codes in brackets are kept
// verbatim: PETRARCH files use codes that are not CAMEO codes ([174K],
// [102b], [def], [+++], [###]) and [---] for none; dyad's own files keep
// checking theirs against the codebook.
//
// Verbs. "&NAME" opens a synset whose members follow as "+word or phrase"
// lines; "+&OTHER" includes every member of another synset (resolved when
// loading ends; undefined and circular ones are reported). A block opens
// with "--- LABEL [CODE] ---" (no code means [---]; a second code is
// ignored, as PETRARCH does). Verb lines follow, "VERB {FORMS} [CODE]": the
// forms in braces are anchors too; a multi-word verb marks its verb with
// '+' (+CORDON_OFF, WIRE_+TAP), or else its first word is the verb, and its
// other words become literals next to the anchor; [CODE] overrides the
// block's code for that verb. Pattern lines, "- WORDS * WORDS [CODE]",
// apply to every verb of the block: '*' is the verb, '$' the source, '+'
// the target, '%' a compound actor (ElemCompound), '^' a skipped phrase
// (ElemSkip), &NAME a synset, and '_' between two elements makes them
// adjacent (Elem.Adjacent; "IN_ *" is the same as "IN *", as in PETRARCH).
// A code may be a pair, [032:033], read as Code and Pair. Each verb form
// gives one Pattern of the verb alone, with the verb's code, and one per
// pattern line; Anchor is the form in lower case, which the coder finds
// through either the lemma or the surface form of a token. Patterns that
// repeat within the files are merged. PETRARCH's {...} alternatives
// inside patterns are not supported (PETRARCH skips them): a synset does
// the job.
//
// Actors. "PHRASE [CODE]" opens an actor; "+PHRASE" lines add synonyms;
// tab-indented lines add codes limited in time: [CODE <DATE] (up to DATE),
// [CODE >DATE] (from DATE), [CODE DATE-DATE], dates included, or [CODE]
// alone, the default, which may also stand on the line after the phrase.
// Dates are YYYYMMDD or YYMMDD, where YY 00-30 means 2000-2030 and 31-99
// means 1931-1999, as PETRARCH (and TABARI and KEDS) read them. A line
// holding ---STOP--- ends the file. Each code becomes an Entry of kind
// Named for every name of the actor (PETRARCH has no kinds), and Actor
// tries them as PETRARCH does: the dated codes in file order, then the
// default (with no date, every code holds, so the first dated code wins;
// PETRARCH never codes an undated sentence). PETRARCH names match in any case; among names of the same
// length from one PETRARCH file the earlier line wins (in dyad's files the
// later one does, and later files always win over earlier ones). Words
// of a name must be consecutive in the text, whether the file joins them
// with '_' or a space.
//
// Agents. "!NAME! = FORM, FORM" defines a substitution set, used inside a
// phrase (CONGRESS!PERSON!) to stand for each of its forms, without
// plurals. "PHRASE {PLURALS} [~CODE]" is a role: a regular plural is added
// (-Y to -IES, -S to -SES, else -S) unless the braces list the plurals
// themselves, and {} adds none. [~CODE] puts the role code after the
// actor's code; [CODE~] puts it in front (Entry.Prefix). Spaces inside
// the brackets do not matter. These roles match the forms listed, in any
// case, and no other inflection.
//
// Discards. One phrase a line; a leading '+' makes it story-level. Dict.Discard
// finds them as whole words in any case.
//
// # Telling the formats apart
//
// Sniff reads the lines that hold something, comments dropped, and the
// first that settles the question decides: a line whose second field is
// one of dyad's kinds (or v or n), or "&NAME = ...", is dyad's; "---",
// "- " or a bare "&NAME" open PETRARCH verbs; "!NAME! =" or a bracketed
// code with '~' mean agents; any other bracketed code means actors. A file
// with lines but none of these is a PETRARCH discard list.
package lexicon
