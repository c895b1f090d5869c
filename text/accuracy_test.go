package text

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Accuracy floors, set just under what the tagger reaches on the PETRARCH
// unit-test parses; raise them when the tagger improves.
const (
	fineFloor   = 0.965
	coarseFloor = 0.985
)

type treebankSentence struct {
	ID    string `xml:"id,attr"`
	Text  string `xml:"Text"`
	Parse string `xml:"Parse"`
}

var leafRE = regexp.MustCompile(`\(([^()\s]+) ([^()\s]+)\)`)

// leafWord maps a parse leaf back to the text it stands for.
func leafWord(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "``", "''":
		return "\""
	}
	return w
}

// coarse maps a tag to noun, verb, adjective or other.
func coarse(tag string) string {
	switch {
	case strings.HasPrefix(tag, "NN"):
		return "N"
	case strings.HasPrefix(tag, "VB"):
		return "V"
	case strings.HasPrefix(tag, "JJ"):
		return "J"
	}
	return "O"
}

func TestTreebankAccuracy(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "peers", "petrarch2", "PETR.UnitTest.records.xml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no treebank: %v", err)
	}
	var doc struct {
		Sentences []treebankSentence `xml:"Sentences>Sentence"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var total, fine, crude, skipped int
	confusion := map[string]int{}
	for _, s := range doc.Sentences {
		text := strings.Join(strings.Fields(s.Text), " ")
		if seen[text] {
			continue
		}
		seen[text] = true
		leaves := leafRE.FindAllStringSubmatch(s.Parse, -1)
		toks := Analyze(text)
		var all []Token
		for _, sent := range toks {
			all = append(all, sent.Tokens...)
		}
		pairs, ok := align(all, leaves)
		if !ok {
			if os.Getenv("TAG_UNALIGNED") != "" {
				t.Logf("not aligned: %s\n%v", dump(all), leaves)
			}
			skipped++
			continue
		}
		for _, p := range pairs {
			gold, got := leaves[p[1]][1], all[p[0]].Tag
			total++
			if gold == got {
				fine++
			} else if testing.Verbose() {
				confusion[gold+" -> "+got+" "+all[p[0]].Lower]++
				if w := os.Getenv("TAG_CONTEXT"); w == all[p[0]].Lower || w == gold+">"+got {
					t.Logf("%s -> %s in: %s", gold, got, dump(all))
				}
			}
			if coarse(gold) == coarse(got) {
				crude++
			}
		}
	}
	if total == 0 {
		t.Fatal("no aligned tokens")
	}
	fineAcc, coarseAcc := float64(fine)/float64(total), float64(crude)/float64(total)
	t.Logf("%d tokens in %d sentences (%d not aligned): fine %.2f%%, coarse %.2f%%",
		total, len(seen)-skipped, skipped, 100*fineAcc, 100*coarseAcc)
	if os.Getenv("TAG_ERRORS") != "" {
		for k, v := range confusion {
			t.Logf("%3d %s", v, k)
		}
	}
	if fineAcc < fineFloor || coarseAcc < coarseFloor {
		t.Errorf("accuracy fell below the floor (fine %.4f < %.4f or coarse %.4f < %.4f)", fineAcc, fineFloor, coarseAcc, coarseFloor)
	}
}

// align pairs tokens with parse leaves (token index, leaf index). It lets a
// parse add a final "." after an abbreviation that holds the period
// ("U.S."), and fails on any other mismatch.
func align(toks []Token, leaves [][]string) ([][2]int, bool) {
	var pairs [][2]int
	j := 0
	for i := 0; i < len(toks); i++ {
		if j >= len(leaves) {
			return nil, false
		}
		w := leafWord(leaves[j][2])
		if w != toks[i].Text && !(w == "\"" && (toks[i].Lower == "\"" || toks[i].Text == "'")) {
			return nil, false
		}
		pairs = append(pairs, [2]int{i, j})
		j++
		if j < len(leaves) && leaves[j][2] == "." && strings.HasSuffix(toks[i].Text, ".") && len(toks[i].Text) > 1 &&
			(i+1 == len(toks) || toks[i+1].Text != ".") {
			j++
		}
	}
	if j == len(leaves)-1 && leaves[j][2] == "." {
		j++ // the parse ends with a period the text lacks
	}
	return pairs, j == len(leaves)
}
