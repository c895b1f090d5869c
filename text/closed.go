package text

import "strings"

// closedEntry is a closed-class word: its usual tag, every tag it can
// take, and its lemma when that is not the word itself.
type closedEntry struct {
	tag   uint8
	can   tagSet
	lemma string
}

// closedClasses lists closed-class words (and a few very frequent words
// whose tags WordNet does not give) by tag. A word listed under several
// tags takes the first as its usual tag and may be retagged to the others
// by the contextual rules. "word=lemma" gives a lemma.
const closedClasses = `
EX there
DT the a an this these those each every another either neither no some any all both
IN vs. v. that about above across after against along alongside amid amidst among amongst around as at atop because before behind below beneath beside besides between beyond by despite during except for from if in inside into like near of on onto outside over past per since than though although through throughout till toward towards under underneath unless unlike until upon via whereas whether while whilst with within without once off up down out
JJR more less fewer
JJS most least
RB not n't=not never also very too so just only even still already again ever often always however thus therefore then here now yet perhaps almost quite rather instead meanwhile soon together away back ago later there about as once around before down up off over enough else nearly
RBR more less
RBS most least
RP out up down off away back over
CC and or but nor & yet plus either neither both
TO to
MD can could may might must shall should will would ought 'll=will wo=will ca=can 'd=would
POS 's '
VBZ is=be 's=be has=have does=do
VBP am=be are=be 're=be 'm=be have 've=have do
VB be have do like
VBP like
FW etc. e.g. i.e. et al.
VBD was=be were=be had=have did=do 'd=have
VBN been=be had=have done=do
VBG being=be having=have doing=do according=accord including=include
PRP i me=i you he him=he she her=she it we us=we they them=they myself yourself himself herself itself ourselves themselves yourselves
PRP$ my your his its our their her=she
WP who whom=who what whoever whatever
WP$ whose=who
WDT which whichever that what whatever
WRB when where why how whenever wherever
UH yes oh ok okay hello
CD one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion zero
JJ many few several other same own various certain such next last first second third fourth fifth former latter much
PDT all both such quite
NN something anything nothing everything someone anyone everyone nobody somebody anybody everybody none
`

// closed maps each closed-class word to its entry.
var closed = func() map[string]closedEntry {
	m := make(map[string]closedEntry, 400)
	for _, line := range strings.Split(closedClasses, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		t := tagByName(fields[0])
		for _, f := range fields[1:] {
			w, lemma, ok := strings.Cut(f, "=")
			if !ok {
				lemma = w
			}
			e, seen := m[w]
			if !seen {
				e = closedEntry{tag: t, lemma: lemma}
			}
			e.can |= 1 << t
			m[w] = e
		}
	}
	return m
}()

// monthsDays are names that are proper nouns when capitalised, even at
// the start of a sentence.
var monthsDays = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}
