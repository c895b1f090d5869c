// Package corpus makes synthetic news articles for benchmarks: sentences
// built from templates written for dyad, with actors and places drawn from
// fixed lists by a seeded generator, so a corpus of any size is the same on
// every run. Output: JSON Lines articles in dyad's input format.
package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

var (
	countries = []string{"Pakistan", "Kazakhstan", "India", "China", "Russia", "Ukraine", "Turkey", "Iran",
		"Japan", "Vietnam", "Kenya", "Nigeria", "Brazil", "Mexico", "France", "Germany", "Egypt", "Israel",
		"Jordan", "Afghanistan", "Uzbekistan", "Nepal", "Indonesia", "Peru", "Chile", "Poland", "Sudan"}
	adjectives = []string{"Pakistani", "Kazakh", "Indian", "Chinese", "Russian", "Ukrainian", "Turkish", "Iranian",
		"Japanese", "Vietnamese", "Kenyan", "Nigerian", "Brazilian", "Mexican", "French", "German", "Egyptian",
		"Israeli", "Jordanian", "Afghan", "Uzbek", "Nepalese", "Indonesian", "Peruvian", "Chilean", "Polish", "Sudanese"}
	roles     = []string{"foreign minister", "ambassador", "president", "prime minister", "army", "police", "students", "opposition", "defence minister", "trade delegation"}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	templates = []string{
		"The {A} {R} visited {C} on {W} for talks on trade and energy.",
		"{C} and {C2} signed an agreement on {W} to expand cooperation in infrastructure.",
		"The {A} {R} met his {A2} counterpart in {C2} on {W}.",
		"{C} accused {C2} of violating the ceasefire along the border.",
		"{A} troops shelled villages in {C2} on {W}, officials said.",
		"The {A} government condemned the attack and summoned the {A2} ambassador.",
		"{C} imposed sanctions on {C2} after the talks collapsed.",
		"Police fired tear gas at protesters in {C} on {W}.",
		"The {A} {R} will visit {C2} next month, the ministry said.",
		"{C} pledged humanitarian aid to {C2} after the floods.",
		"{C} is one of the largest producers of cotton in the region.",
		"The {A} {R} praised {C2} for its economic reforms.",
		"{C} rejected the proposal and criticised {C2} for interfering in its affairs.",
		"The two countries have a long history of trade and cultural ties.",
		"{C} did not attend the summit in {C2} on {W}.",
	}
	// contexts are sentences that report no event: the background most of
	// a news article is made of.
	contexts = []string{
		"{C} has a population of about {N} million people.",
		"The city is known for its textile markets and its old mosques.",
		"The economy of {C} grew by {N} percent last year, according to the central bank.",
		"Rainfall in the region was below average for the third year in a row.",
		"The university was founded in 19{N} and now has twenty thousand students.",
		"Tourism has grown steadily since the new airport opened.",
		"Exports of fruit rose sharply during the harvest season.",
		"The festival draws thousands of visitors every spring.",
		"Analysts expect the budget to be debated in parliament next week.",
		"The river runs through the valley and feeds the farms around it.",
		"The museum holds manuscripts from the fifteenth century.",
		"Prices of wheat and rice have risen by {N} percent since January.",
	}
)

// Article is one synthetic article, in dyad's JSON Lines input format.
type Article struct {
	ID   string `json:"id"`
	Date string `json:"date"`
	Text string `json:"text"`
}

// Generate returns n articles of per sentences each, from seed. A share
// context of the sentences (0 to 1) report no event, as most of a news
// article's do: the Multan report of ../shared/examples has 3 events in 14
// sentences.
func Generate(n, per int, context float64, seed uint64) []Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]Article, n)
	for i := range out {
		var b strings.Builder
		for j := 0; j < per; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			if j > 0 && j%4 == 0 {
				b.WriteString("\n\n")
			}
			// No draw without context sentences, so that corpora of
			// event sentences alone stay the same.
			if context > 0 && r.Float64() < context {
				b.WriteString(contextSentence(r))
			} else {
				b.WriteString(sentence(r))
			}
		}
		out[i] = Article{
			ID:   fmt.Sprintf("synthetic-%06d", i),
			Date: start.AddDate(0, 0, r.IntN(700)).Format(time.DateOnly),
			Text: b.String(),
		}
	}
	return out
}

func sentence(r *rand.Rand) string {
	a, b := r.IntN(len(countries)), r.IntN(len(countries))
	if a == b {
		b = (b + 1) % len(countries)
	}
	s := templates[r.IntN(len(templates))]
	return strings.NewReplacer(
		"{C2}", countries[b], "{C}", countries[a],
		"{A2}", adjectives[b], "{A}", adjectives[a],
		"{R}", roles[r.IntN(len(roles))], "{W}", weekdays[r.IntN(len(weekdays))],
	).Replace(s)
}

func contextSentence(r *rand.Rand) string {
	s := contexts[r.IntN(len(contexts))]
	return strings.NewReplacer("{C}", countries[r.IntN(len(countries))], "{N}", fmt.Sprint(10+r.IntN(80))).Replace(s)
}

// WriteJSONL writes articles as JSON Lines.
func WriteJSONL(w io.Writer, arts []Article) error {
	enc := json.NewEncoder(w)
	for i := range arts {
		if err := enc.Encode(&arts[i]); err != nil {
			return err
		}
	}
	return nil
}
