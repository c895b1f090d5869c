package phrase

import (
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestParseTree(t *testing.T) {
	tests := []struct {
		in, want string
		leaves   int
	}{
		{"(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))", "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))", 3},
		{"\n(ROOT\n\t(NP (DT the)\n  (NN embassy) )\n)\n", "(ROOT (NP (DT the) (NN embassy)))", 2},
		{"( (S (NP-SBJ (-NONE- *)) (VP (VB go))))", "( (S (NP-SBJ (-NONE- *)) (VP (VB go))))", 2},
		{"(X (-LRB- -LRB-) (: --) ('' ''))", "(X (-LRB- -LRB-) (: --) ('' ''))", 3},
		{"(NN word)", "(NN word)", 1},
		{"(CD 1\u00a01/2)", "(CD 1\u00a01/2)", 1},
	}
	for _, tt := range tests {
		tr, err := ParseTree(tt.in)
		if err != nil {
			t.Errorf("ParseTree(%q): %v", tt.in, err)
			continue
		}
		if got := tr.String(); got != tt.want {
			t.Errorf("ParseTree(%q) = %s, want %s", tt.in, got, tt.want)
		}
		leaves := tr.Leaves()
		if len(leaves) != tt.leaves {
			t.Errorf("ParseTree(%q): %d leaves, want %d", tt.in, len(leaves), tt.leaves)
		}
		for i, l := range leaves {
			if l.Leaf != i || !l.IsLeaf() || l.Children != nil || tt.in[l.Offset] != '(' {
				t.Errorf("ParseTree(%q): leaf %d is %+v", tt.in, i, l)
			}
		}
	}
}

func TestParseTreeErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string // a regular expression
	}{
		{"", 0, "empty parse"},
		{"  \n", 3, "empty parse"},
		{"Arnor", 0, `must start with '\(', not "Arnor"`},
		{"  NP (NN x)", 2, `must start with '\('`},
		{"(ROOT (NP (NN x))", 17, `unbalanced: 1 '\(' not closed.*\(ROOT at offset 0`},
		{"(ROOT (NP (NN x))))", 18, `text after the end of the tree: "\)"`},
		{"(ROOT (NP (NN x))) (ROOT (NN y))", 19, `text after the end of the tree`},
		{"(ROOT (NP (NN x)) junk", 18, `word "junk" without a tag among the phrases of \(ROOT`},
		{"(ROOT ()", 6, `empty brackets`},
		{"(ROOT ( (NN x)))", 6, `phrase without a label`},
		{"(NP (NN))", 4, `\(NN\) has no word and no children`},
		{"(NN two words)", 8, `second word "words" in leaf \(NN two\)`},
		{"(NP word (NN x))", 9, `phrase after the word "word" of leaf \(NP word\)`},
		{"( (NN x) word)", 9, `word "word" without a tag`},
		{"( word)", 0, `\(word\) has no word and no children`},
		{")", 0, `must start with '\('`},
	}
	for _, tt := range tests {
		tr, err := ParseTree(tt.in)
		var te *TreeError
		if !errors.As(err, &te) {
			t.Errorf("ParseTree(%q) = %v, %v; want a *TreeError", tt.in, tr, err)
			continue
		}
		if te.Offset != tt.offset || !regexp.MustCompile(tt.msg).MatchString(te.Msg) {
			t.Errorf("ParseTree(%q): error at %d %q, want at %d /%s/", tt.in, te.Offset, te.Msg, tt.offset, tt.msg)
		}
		if tr != nil {
			t.Errorf("ParseTree(%q): a tree with the error", tt.in)
		}
	}
}

// tokDump renders tokens as "Text/Tag[start:end]".
func tokDump(toks []text.Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s/%s[%d:%d]", tk.Text, tk.Tag, tk.Span.Start, tk.Span.End)
	}
	return b.String()
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name, parse, text string
		span              *dyad.Span // nil: the whole text
		want              string
	}{
		{"plain", "(S (NP (NNP Arnor)) (VP (VBD signed)) (. .))", "Arnor signed.", nil,
			"Arnor/NNP[0:5] signed/VBD[6:12] ./.[12:13]"},
		{"span", "(S (NP (NNP Gondor)) (VP (VBD agreed)) (. .))", "Arnor signed. Gondor agreed. Rohan left.", &dyad.Span{Start: 14, End: 28},
			"Gondor/NNP[14:20] agreed/VBD[21:27] ./.[27:28]"},
		{"clitics", "(S (NP (NP (NNP Gondor) (POS 's)) (NN envoy)) (VP (VBD did) (RB n't) (VP (VB go))))", "Gondor’s envoy didn't go", nil,
			"Gondor/NNP[0:6] ’s/POS[6:10] envoy/NN[11:16] did/VBD[17:20] n't/RB[20:23] go/VB[24:26]"},
		{"brackets", "(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-) (-LCB- -LCB-) (-RCB- -RCB-))", "[x) {}", nil,
			"[/-LRB-[0:1] x/NN[1:2] )/-RRB-[2:3] {/-LCB-[4:5] }/-RCB-[5:6]"},
		{"quotes", "(S (`` ``) (NN x) ('' '') (`` ``) (NN y) ('' ''))", "\"x\" “y”", nil,
			"\"/``[0:1] x/NN[1:2] \"/''[2:3] “/``[4:7] y/NN[7:8] ”/''[8:11]"},
		{"dash and ellipsis", "(S (NN x) (: --) (NN y) (: ...))", "x—y…", nil,
			"x/NN[0:1] —/:[1:4] y/NN[4:5] …/:[5:8]"},
		{"escapes", "(NP (NN and\\/or) (NNP AT&amp;T))", "and/or AT&T", nil,
			"and/or/NN[0:6] AT&T/NNP[7:11]"},
		{"case", "(NP (NNP ARNOR))", "Arnor", nil, "Arnor/NNP[0:5]"},
		{"repeated period", "(S (NP (NNP U.S.)) (. .))", "the U.S.", &dyad.Span{Start: 4, End: 8},
			"U.S./NNP[4:8] /.[8:8]"},
		{"missing final period", "(S (NP (NNP Arnor)) (VP (VBD won)) (. .))", "Arnor won ", nil,
			"Arnor/NNP[0:5] won/VBD[6:9] /.[9:9]"},
		{"empty element", "(S (NP (-NONE- *)) (VP (VB go)))", "go", nil, "/-NONE-[0:0] go/VB[0:2]"},
		{"skipped symbols", "(S (NN x) (NN y))", "x * y **", nil, "x/NN[0:1] y/NN[4:5]"},
		{"no-break space", "(NP (CD 1\u00a01/2))", "1  1/2", nil, "1  1/2/CD[0:6]"},
	}
	for _, tt := range tests {
		tr, err := ParseTree(tt.parse)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		span := dyad.Span{End: len(tt.text)}
		if tt.span != nil {
			span = *tt.span
		}
		toks, err := Align(tr, tt.text, span)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := tokDump(toks); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
		for _, tk := range toks {
			if tk.Text != tt.text[tk.Span.Start:tk.Span.End] {
				t.Errorf("%s: token %q has span %v", tt.name, tk.Text, tk.Span)
			}
		}
	}
}

func TestAlignLowerLemma(t *testing.T) {
	const s = "Ministers’ talks were held; Gondor's envoys didn't attend."
	const parse = "(S (NP (NNS Ministers) (POS ')) (NNS talks) (VBD were) (VBN held) (: ;) (NNP Gondor) (POS 's) (NNS envoys) (VBD did) (RB n't) (VB attend) (. .))"
	tr, err := ParseTree(parse)
	if err != nil {
		t.Fatal(err)
	}
	toks, err := Align(tr, s, dyad.Span{End: len(s)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Lower+"="+tk.Lemma)
	}
	want := "ministers=minister '=' talks=talk were=be held=hold ;=; gondor=gondor 's='s envoys=envoy did=do n't=not attend=attend .=."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("Lower=Lemma:\n got %s\nwant %s", g, want)
	}
}

// TestLemmaAsTag checks that text.Lower and text.Lemma, which Align uses,
// give what the text package's own pipeline gives for the same tags.
func TestLemmaAsTag(t *testing.T) {
	sents := []string{
		"Kazakhstan's ambassador visited Multan and was invited to the ceremony.",
		"The men didn't go; they're leaving, and she'd said the talks had broken down.",
		"Russia’s forces fired 12 rockets — officials said — at the best-known villages.",
		"Gondor's leaders were meeting on Monday, having been told of the better offers.",
	}
	for _, s := range sents {
		for _, sent := range text.Analyze(s) {
			for _, tk := range sent.Tokens {
				if l := text.Lower(tk.Text); l != tk.Lower {
					t.Errorf("Lower(%q) = %q, the tokenizer has %q", tk.Text, l, tk.Lower)
				}
				if l := text.Lemma(tk.Text, tk.Tag); l != tk.Lemma {
					t.Errorf("Lemma(%q, %s) = %q, Tag has %q", tk.Text, tk.Tag, l, tk.Lemma)
				}
			}
		}
	}
}

func TestAlignErrors(t *testing.T) {
	tests := []struct {
		parse, text string
		leaf        int
		offset      int
	}{
		{"(S (NP (NNP Gondor)) (VP (VBD left)))", "Arnor left", 0, 0},
		{"(S (NP (NN officials)) (IN in) (NNP Arnor))", "officials' meeting in Arnor", 1, 9},
		{"(S (NNS officials) (VBD met))", "officials met in Arnor", 2, 14},
		{"(S (NN x) (. .))", "x y", 1, 2},
		{"(S (NN x))", "", 0, 0},
	}
	for _, tt := range tests {
		tr, err := ParseTree(tt.parse)
		if err != nil {
			t.Fatal(err)
		}
		toks, err := Align(tr, tt.text, dyad.Span{End: len(tt.text)})
		var ae *AlignError
		if !errors.As(err, &ae) {
			t.Errorf("Align(%s, %q) = %v, %v; want an *AlignError", tt.parse, tt.text, tokDump(toks), err)
			continue
		}
		if ae.Leaf != tt.leaf || ae.Offset != tt.offset {
			t.Errorf("Align(%s, %q): %v; want leaf %d at %d", tt.parse, tt.text, err, tt.leaf, tt.offset)
		}
	}
}

func TestChunksFromTree(t *testing.T) {
	tests := []struct{ text, parse, want string }{
		{"Kazakhstan's ambassador plans to visit Pakistan.",
			"(S (NP (NP (NNP Kazakhstan) (POS 's)) (NN ambassador)) (VP (VBZ plans) (S (VP (TO to) (VP (VB visit) (NP (NNP Pakistan)))))) (. .))",
			"[NP Kazakhstan 's ambassador] [VP plans] [VP to visit] [NP Pakistan] [O .]"},
		{"Russia did not attack Ukraine.",
			"(S (NP (NNP Russia)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Ukraine)))) (. .))",
			"[NP Russia] [VP did not attack] [NP Ukraine] [O .]"},
		{"He was invited to the ceremony.",
			"(S (NP (PRP He)) (VP (VBD was) (VP (VBN invited) (PP (TO to) (NP (DT the) (NN ceremony))))) (. .))",
			"[NP He] [VP was invited] [PP to] [NP the ceremony] [O .]"},
		{"Gollum did allow it.",
			"(S (NP (NNP Gollum)) (VP (VBD did) (S (VP (VB allow) (NP (PRP it))))) (. .))",
			"[NP Gollum] [VP did allow] [NP it] [O .]"},
		{"Arnor is to sign.",
			"(S (NP (NNP Arnor)) (VP (VBZ is) (S (VP (TO to) (VP (VB sign))))) (. .))",
			"[NP Arnor] [VP is] [VP to sign] [O .]"},
		{"He went to Rome, not to Paris.",
			"(S (NP (PRP He)) (VP (VBD went) (PP (TO to) (NP (NNP Rome))) (, ,) (RB not) (PP (TO to) (NP (NNP Paris)))) (. .))",
			"[NP He] [VP went] [PP to] [NP Rome] [O ,] [ADVP not] [PP to] [NP Paris] [O .]"},
		{"Arnor, Gondor and Rohan met because the talks that ended were over.",
			"(S (NP (NNP Arnor) (, ,) (NNP Gondor) (CC and) (NNP Rohan)) (VP (VBD met) (SBAR (IN because) (S (NP (NP (DT the) (NNS talks)) (SBAR (WHNP (WDT that)) (S (VP (VBD ended))))) (VP (VBD were) (ADVP (RB over)))))) (. .))",
			"[NP Arnor] [O ,] [NP Gondor] [O and] [NP Rohan] [VP met] [SBAR because] [NP the talks] [SBAR that] [VP ended] [VP were] [ADVP over] [O .]"},
		{"the five years ago",
			"(NP (NP (DT the) (CD five) (NNS years)) (ADVP (RB ago)))",
			"[NP the five years] [ADVP ago]"},
	}
	for _, tt := range tests {
		tr, err := ParseTree(tt.parse)
		if err != nil {
			t.Fatal(err)
		}
		toks, err := Align(tr, tt.text, dyad.Span{End: len(tt.text)})
		if err != nil {
			t.Fatal(err)
		}
		cs := ChunksFromTree(tr, toks)
		if got := dump(toks, cs); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, got, tt.want)
		}
		if msg := chunkCover(toks, cs); msg != "" {
			t.Errorf("%q: %s", tt.text, msg)
		}
	}
}

func TestChunksFromTreeOtherTokens(t *testing.T) {
	tr, err := ParseTree("(S (NP (NNP Arnor)) (VP (VBD won)))")
	if err != nil {
		t.Fatal(err)
	}
	toks := text.Tokenize("Arnor won today", dyad.Span{End: 15})
	text.Tag(toks)
	if got, want := dump(toks, ChunksFromTree(tr, toks)), dump(toks, Chunks(toks)); got != want {
		t.Errorf("tokens not from the tree: got %s, want Chunks' %s", got, want)
	}
}

// chunkCover returns why cs do not cover toks once in order with heads
// inside, or "".
func chunkCover(toks []text.Token, cs []Chunk) string {
	next := 0
	for _, c := range cs {
		if c.Start != next || c.End <= c.Start || c.Head < c.Start || c.Head >= c.End {
			return fmt.Sprintf("bad chunk %+v after %d", c, next)
		}
		next = c.End
	}
	if next != len(toks) {
		return fmt.Sprintf("chunks end at %d of %d tokens", next, len(toks))
	}
	return ""
}

// indent renders a tree one node a line, leaves with their index.
func indent(b *strings.Builder, n *Tree, depth int) {
	b.WriteString(strings.Repeat("  ", depth))
	if n.IsLeaf() {
		fmt.Fprintf(b, "%d %s %q\n", n.Leaf, n.Label, n.Word)
		return
	}
	b.WriteString(n.Label + "\n")
	for _, c := range n.Children {
		indent(b, c, depth+1)
	}
}

// golden renders what the package makes of one testdata/*.tree file: a
// "text:" line, then the parse.
func golden(src string) string {
	var txt, parse strings.Builder
	for _, line := range strings.SplitAfter(src, "\n") {
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "text: "):
			txt.WriteString(strings.TrimSuffix(strings.TrimPrefix(line, "text: "), "\n"))
		default:
			parse.WriteString(line)
		}
	}
	var b strings.Builder
	tr, err := ParseTree(parse.String())
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
		return b.String()
	}
	fmt.Fprintf(&b, "tree: %s\nleaf text: %s\n\n", tr, tr.Text())
	indent(&b, tr, 0)
	s := txt.String()
	toks, err := Align(tr, s, dyad.Span{End: len(s)})
	if err != nil {
		fmt.Fprintf(&b, "\nerror: %v\n", err)
		return b.String()
	}
	b.WriteString("\ntokens:\n")
	for i, tk := range toks {
		fmt.Fprintf(&b, "%3d [%d:%d] %-6s %q lower=%q lemma=%q\n", i, tk.Span.Start, tk.Span.End, tk.Tag, tk.Text, tk.Lower, tk.Lemma)
	}
	fmt.Fprintf(&b, "\nchunks: %s\n", dump(toks, ChunksFromTree(tr, toks)))
	return b.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.tree"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.tree: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := golden(string(src))
		gf := strings.TrimSuffix(f, ".tree") + ".golden"
		if *update {
			if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gf)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs from %s:\n%s", f, gf, got)
		}
	}
}

// suiteRecord is one <Sentence> of the PETRARCH unit-test records.
type suiteRecord struct {
	ID    string `xml:"id,attr"`
	Text  string `xml:"Text"`
	Parse string `xml:"Parse"`
}

// readSuite reads the PETRARCH unit-test records from ../shared, with the
// white space of their text and parse collapsed, or skips the test.
func readSuite(tb testing.TB) []suiteRecord {
	tb.Helper()
	path := filepath.Join("..", "..", "shared", "peers", "petrarch2", "PETR.UnitTest.records.xml")
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Skipf("no PETRARCH suite: %v", err)
	}
	var doc struct {
		Sentences []suiteRecord `xml:"Sentences>Sentence"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	for i := range doc.Sentences {
		r := &doc.Sentences[i]
		r.Text = strings.Join(strings.Fields(r.Text), " ")
		r.Parse = strings.Join(strings.Fields(r.Parse), " ")
	}
	return doc.Sentences
}

// Floors for the PETRARCH suite: of its 284 records, all but ERROR-02 and
// ERROR-03 parse; 12 have a <Text> that differs from their parse in words
// (AGENT-12 "Congresses" for "government", PATTERN-19 "center" for
// "centre", ...), and all align on the parse's own Text.
const (
	suiteParseFloor     = 282
	suiteAlignFloor     = 270
	suiteLeafAlignFloor = 282
)

func TestSuite(t *testing.T) {
	recs := readSuite(t)
	var parsed, aligned, leafAligned, chunked, same int
	diffs := map[string]int{}
	for _, r := range recs {
		tr, err := ParseTree(r.Parse)
		if err != nil {
			if r.ID != "ERROR-02" && r.ID != "ERROR-03" {
				t.Errorf("%s: %v", r.ID, err)
			}
			continue
		}
		parsed++
		own := tr.Text()
		if _, err := Align(tr, own, dyad.Span{End: len(own)}); err != nil {
			t.Errorf("%s: on its own text: %v", r.ID, err)
		} else {
			leafAligned++
		}
		toks, err := Align(tr, r.Text, dyad.Span{End: len(r.Text)})
		if err != nil {
			t.Logf("%s: %v", r.ID, err)
			continue
		}
		aligned++
		cs := ChunksFromTree(tr, toks)
		if msg := chunkCover(toks, cs); msg != "" {
			t.Errorf("%s: %s", r.ID, msg)
			continue
		}
		chunked++
		// Compare with Chunks on the same tokens and tags, chunk by chunk.
		a, b := chunkSet(toks, cs), chunkSet(toks, Chunks(toks))
		if len(a) == len(b) && len(diffOf(a, b)) == 0 {
			same++
		}
		for _, d := range diffOf(a, b) {
			diffs["tree  "+d]++
		}
		for _, d := range diffOf(b, a) {
			diffs["Chunks "+d]++
		}
	}
	t.Logf("%d records: %d parse, %d align on <Text>, %d on the parse's own text, %d chunk; ChunksFromTree = Chunks on %d",
		len(recs), parsed, aligned, leafAligned, chunked, same)
	keys := make([]string, 0, len(diffs))
	for k := range diffs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if diffs[keys[i]] != diffs[keys[j]] {
			return diffs[keys[i]] > diffs[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		if i == 30 {
			break
		}
		t.Logf("%4d %s", diffs[k], k)
	}
	if parsed < suiteParseFloor || aligned < suiteAlignFloor || leafAligned < suiteLeafAlignFloor || chunked < aligned {
		t.Errorf("below the floors: %d parse (floor %d), %d align (%d), %d on own text (%d), %d of them chunk",
			parsed, suiteParseFloor, aligned, suiteAlignFloor, leafAligned, suiteLeafAlignFloor, chunked)
	}
}

// chunkSet renders each chunk as "[KIND words]".
func chunkSet(toks []text.Token, cs []Chunk) []string {
	out := make([]string, len(cs))
	for i := range cs {
		out[i] = dump(toks, cs[i:i+1])
	}
	return out
}

// diffOf returns the chunks of a that b does not have, as multisets.
func diffOf(a, b []string) []string {
	have := map[string]int{}
	for _, s := range b {
		have[s]++
	}
	var out []string
	for _, s := range a {
		if have[s] > 0 {
			have[s]--
			continue
		}
		out = append(out, s)
	}
	return out
}

func TestSuiteErrorRecords(t *testing.T) {
	want := map[string]string{
		"ERROR-02": "text after the end of the tree",
		"ERROR-03": "not closed at the end",
	}
	for _, r := range readSuite(t) {
		frag, ok := want[r.ID]
		if !ok {
			continue
		}
		delete(want, r.ID)
		_, err := ParseTree(r.Parse)
		var te *TreeError
		if !errors.As(err, &te) || !strings.Contains(te.Msg, frag) || te.Offset < 0 || te.Offset > len(r.Parse) {
			t.Errorf("%s: %v, want a *TreeError: %s", r.ID, err, frag)
		}
	}
	if len(want) > 0 {
		t.Errorf("records not in the suite: %v", want)
	}
}

func FuzzParseTree(f *testing.F) {
	for _, s := range []string{
		"(ROOT (S (NP (NNP Arnor)) (VP (VBZ is)) (. .)))",
		"( (S (NP-SBJ (-NONE- *)) (VP (VB go))))",
		"(ROOT (NP (NN x))", "(NN two words)", "(NP word (NN x))", "()", ")(", "(CD 1\u00a01/2)",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.tree"))
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			if i := strings.IndexByte(string(src), '('); i >= 0 {
				f.Add(string(src[i:]))
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr, err := ParseTree(s)
		if err != nil {
			var te *TreeError
			if !errors.As(err, &te) || te.Offset < 0 || te.Offset > len(s) {
				t.Fatalf("ParseTree(%q): %v", s, err)
			}
			return
		}
		// The one-line form reads back to itself.
		one := tr.String()
		again, err := ParseTree(one)
		if err != nil || again.String() != one {
			t.Fatalf("ParseTree(%q).String() = %q does not read back: %v", s, one, err)
		}
		for i, l := range tr.Leaves() {
			if l.Leaf != i || l.Offset < 0 || l.Offset >= len(s) || s[l.Offset] != '(' {
				t.Fatalf("ParseTree(%q): leaf %d is %+v", s, i, l)
			}
		}
	})
}

func FuzzAlign(f *testing.F) {
	f.Add("(S (NP (NNP Arnor)) (VP (VBD signed)) (. .))", "Arnor signed.", 0, 13)
	f.Add("(S (`` ``) (NN x) ('' '') (-LRB- -LRB-) (: --))", "“x” (—", 0, 20)
	f.Add("(S (NP (NNP U.S.)) (. .))", "in the U.S.", 7, 11)
	f.Add("(S (NN x) (NN y))", "x * y **", 0, 8)
	f.Fuzz(func(t *testing.T, parse, s string, start, end int) {
		tr, err := ParseTree(parse)
		if err != nil {
			return
		}
		n := len(tr.Leaves())
		check := func(s string, span dyad.Span, toks []text.Token) {
			if len(toks) != n {
				t.Fatalf("Align(%q, %q): %d tokens for %d leaves", parse, s, len(toks), n)
			}
			prev := 0
			for _, tk := range toks {
				sp := tk.Span
				if sp.Start < prev || sp.End < sp.Start || sp.Start < span.Start || sp.End > span.End {
					t.Fatalf("Align(%q, %q, %v): token %q at %v after %d", parse, s, span, tk.Text, sp, prev)
				}
				if tk.Text != s[sp.Start:sp.End] {
					t.Fatalf("Align(%q, %q): token %q at %v", parse, s, tk.Text, sp)
				}
				prev = sp.End
			}
			if msg := chunkCover(toks, ChunksFromTree(tr, toks)); msg != "" {
				t.Fatalf("ChunksFromTree(%q): %s", parse, msg)
			}
		}
		span := dyad.Span{Start: start, End: end}
		if toks, err := Align(tr, s, span); err == nil {
			// Spans are inside the span clipped to s.
			e := min(max(end, 0), len(s))
			check(s, dyad.Span{Start: min(max(start, 0), e), End: e}, toks)
		} else if !errors.As(err, new(*AlignError)) {
			t.Fatalf("Align(%q, %q): %v", parse, s, err)
		}
		// Every tree aligns on its own text.
		own := tr.Text()
		toks, err := Align(tr, own, dyad.Span{End: len(own)})
		if err != nil {
			t.Fatalf("Align(%q) on its own text %q: %v", parse, own, err)
		}
		check(own, dyad.Span{End: len(own)}, toks)
	})
}

func benchTree(b *testing.B) (string, string) {
	src, err := os.ReadFile(filepath.Join("testdata", "coord.tree"))
	if err != nil {
		b.Fatal(err)
	}
	txt, parse, _ := strings.Cut(string(src), "\n(")
	_, txt, _ = strings.Cut(txt, "text: ")
	return "(" + parse, txt
}

func BenchmarkParseTree(b *testing.B) {
	parse, _ := benchTree(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(parse)))
	for i := 0; i < b.N; i++ {
		if _, err := ParseTree(parse); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAlign(b *testing.B) {
	parse, txt := benchTree(b)
	tr, err := ParseTree(parse)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Align(tr, txt, dyad.Span{End: len(txt)}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkChunksFromTree(b *testing.B) {
	parse, txt := benchTree(b)
	tr, err := ParseTree(parse)
	if err != nil {
		b.Fatal(err)
	}
	toks, err := Align(tr, txt, dyad.Span{End: len(txt)})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ChunksFromTree(tr, toks)
	}
}
