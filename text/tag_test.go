package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadcoder/dyad"
)

func TestTag(t *testing.T) {
	tests := []struct {
		text string
		want string // word/TAG/lemma, space-separated
	}{
		{"The ambassador visited Multan and was invited as a guest.",
			"The/DT/the ambassador/NN/ambassador visited/VBD/visit Multan/NNP/multan and/CC/and was/VBD/be invited/VBN/invite " +
				"as/IN/as a/DT/a guest/NN/guest ././."},
		{"Farmers demanded the release of jailed President Castillo, and clashed with police.",
			"Farmers/NNS/farmer demanded/VBD/demand the/DT/the release/NN/release of/IN/of jailed/JJ/jailed President/NNP/president Castillo/NNP/castillo ,/,/, and/CC/and clashed/VBD/clash with/IN/with police/NN/police ././."},
		{"Most were stopped, but some hit Haifa, while many armed men fled.",
			"Most/JJS/most were/VBD/be stopped/VBN/stop ,/,/, but/CC/but some/DT/some hit/VBD/hit Haifa/NNP/haifa ,/,/, while/IN/while many/JJ/many armed/JJ/armed men/NNS/man fled/VBD/flee ././."},
		// "-ied" is the past of a verb in consonant and "y" only: "Saied"
		// is no past of "say".
		{"Saied said no.",
			"Saied/NNP/saied said/VBD/say no/DT/no ././."},
		{"Boric met Arce.",
			"Boric/NNP/boric met/VBD/meet Arce/NNP/arce ././."},
		{"Beijing urged the Myanmar military and the rebels.",
			"Beijing/NNP/beijing urged/VBD/urge the/DT/the Myanmar/NNP/myanmar military/NN/military and/CC/and the/DT/the rebels/NNS/rebel ././."},
		{"Pretoria would not hold direct talks.",
			"Pretoria/NNP/pretoria would/MD/would not/RB/not hold/VB/hold direct/JJ/direct talks/NNS/talk ././."},
		{"He met Iran's acting Foreign Minister.",
			"He/PRP/he met/VBD/meet Iran/NNP/iran 's/POS/'s acting/JJ/acting Foreign/NNP/foreign Minister/NNP/minister ././."},
		{"Trump, on his first trip to Asia, met Anwar.",
			"Trump/NNP/trump ,/,/, on/IN/on his/PRP$/his first/JJ/first trip/NN/trip to/TO/to Asia/NNP/asia ,/,/, met/VBD/meet Anwar/NNP/anwar ././."},
		{"Trump accused Zelensky of lying.",
			"Trump/NNP/trump accused/VBD/accuse Zelensky/NNP/zelensky of/IN/of lying/NN/lying ././."},
		{"Mali arrested a French national accused of spying.",
			"Mali/NNP/mali arrested/VBD/arrest a/DT/a French/JJ/french national/NN/national accused/VBN/accuse of/IN/of spying/NN/spying ././."},
		{"Israel and Hamas agreed to a ceasefire and hostage release deal.",
			"Israel/NNP/israel and/CC/and Hamas/NNP/hamas agreed/VBD/agree to/TO/to a/DT/a ceasefire/NN/ceasefire and/CC/and hostage/NN/hostage release/NN/release deal/NN/deal ././."},
		{"The council voted to back Morocco.",
			"The/DT/the council/NN/council voted/VBD/vote to/TO/to back/VB/back Morocco/NNP/morocco ././."},
		{"Qatar is hosting separate talks.",
			"Qatar/NNP/qatar is/VBZ/be hosting/VBG/host separate/JJ/separate talks/NNS/talk ././."},
		{"Britain sanctioned firms supplying parts for drones used in Ukraine, and pledged 150 million pounds.",
			"Britain/NNP/britain sanctioned/VBD/sanction firms/NNS/firm supplying/VBG/supply parts/NNS/part for/IN/for drones/NNS/drone used/VBN/use in/IN/in Ukraine/NNP/ukraine ,/,/, and/CC/and pledged/VBD/pledge 150/CD/150 million/CD/million pounds/NNS/pound ././."},
		{"Russia's embassy called the measures hostile.",
			"Russia/NNP/russia 's/POS/'s embassy/NN/embassy called/VBD/call the/DT/the measures/NNS/measure hostile/JJ/hostile ././."},
		{"Egypt helped broker the agreement.",
			"Egypt/NNP/egypt helped/VBD/help broker/VB/broker the/DT/the agreement/NN/agreement ././."},
		{"Netanyahu cancelled a planned visit to Washington.",
			"Netanyahu/NNP/netanyahu cancelled/VBD/cancel a/DT/a planned/VBN/plan visit/NN/visit to/TO/to Washington/NNP/washington ././."},
		{"Troops armed with clubs attacked soldiers.",
			"Troops/NNS/troop armed/VBN/arm with/IN/with clubs/NNS/club attacked/VBD/attack soldiers/NNS/soldier ././."},
		{"The EU lifted remaining sanctions.",
			"The/DT/the EU/NNP/eu lifted/VBD/lift remaining/JJ/remaining sanctions/NNS/sanction ././."},
		{"Ukraine received EU funding.",
			"Ukraine/NNP/ukraine received/VBD/receive EU/NNP/eu funding/NN/funding ././."},
		{"Trump and Putin met.",
			"Trump/NNP/trump and/CC/and Putin/NNP/putin met/VBD/meet ././."},
		{"Rwanda has long denied backing the rebels.",
			"Rwanda/NNP/rwanda has/VBZ/have long/RB/long denied/VBN/deny backing/VBG/back the/DT/the rebels/NNS/rebel ././."},
		{"Police used water cannon and tear gas against protesters.",
			"Police/NN/police used/VBD/use water/NN/water cannon/NN/cannon and/CC/and tear/NN/tear gas/NN/gas against/IN/against protesters/NNS/protester ././."},
		{"Police fired tear gas and pepper spray at students.",
			"Police/NN/police fired/VBD/fire tear/NN/tear gas/NN/gas and/CC/and pepper/NN/pepper spray/NN/spray at/IN/at students/NNS/student ././."},
		{"Carney laid a wreath to fallen soldiers and met Zelensky.",
			"Carney/NNP/carney laid/VBD/lay a/DT/a wreath/NN/wreath to/TO/to fallen/VBN/fall soldiers/NNS/soldier and/CC/and met/VBD/meet Zelensky/NNP/zelensky ././."},
		{"Trump later met Sharaa.",
			"Trump/NNP/trump later/RB/later met/VBD/meet Sharaa/NNP/sharaa ././."},
		{"Sudani told visiting Iranian Foreign Minister Araghchi that Iraq agreed.",
			"Sudani/NNP/sudani told/VBD/tell visiting/JJ/visiting Iranian/JJ/iranian Foreign/NNP/foreign Minister/NNP/minister Araghchi/NNP/araghchi that/IN/that Iraq/NNP/iraq agreed/VBD/agree ././."},
		{"Mahama paid a visit to neighbouring Togo.",
			"Mahama/NNP/mahama paid/VBD/pay a/DT/a visit/NN/visit to/TO/to neighbouring/JJ/neighbouring Togo/NNP/togo ././."},
		{"Iran called the U.S. attack outrageous.",
			"Iran/NNP/iran called/VBD/call the/DT/the U.S./NNP/u.s. attack/NN/attack outrageous/JJ/outrageous ././."},
		{"The plane had been shot down by Russia and demanded that Moscow pay.",
			"The/DT/the plane/NN/plane had/VBD/have been/VBN/be shot/VBN/shoot down/RP/down by/IN/by Russia/NNP/russia and/CC/and demanded/VBD/demand that/IN/that Moscow/NNP/moscow pay/VBP/pay ././."},
		{"The Group of Seven condemned Iran.",
			"The/DT/the Group/NNP/group of/IN/of Seven/NNP/seven condemned/VBD/condemn Iran/NNP/iran ././."},
		{"Relations have since improved.",
			"Relations/NNS/relation have/VBP/have since/RB/since improved/VBN/improve ././."},
		{"Strikes on suspected militant hideouts killed eight.",
			"Strikes/NNS/strike on/IN/on suspected/JJ/suspected militant/JJ/militant hideouts/NNS/hideout killed/VBD/kill eight/CD/eight ././."},
		{"Afghan forces responded by firing at posts.",
			"Afghan/JJ/afghan forces/NNS/force responded/VBD/respond by/IN/by firing/VBG/fire at/IN/at posts/NNS/post ././."},
		{"Missile and drone strikes on Kyiv killed two.",
			"Missile/NN/missile and/CC/and drone/NN/drone strikes/NNS/strike on/IN/on Kyiv/NNP/kyiv killed/VBD/kill two/CD/two ././."},
		{"Trump imposed tariffs.",
			"Trump/NNP/trump imposed/VBD/impose tariffs/NNS/tariff ././."},
		{"Burundi closed its border.",
			"Burundi/NNP/burundi closed/VBD/close its/PRP$/its border/NN/border ././."},
		{"HRW called the verdict politically motivated and urged the authorities to act.",
			"HRW/NNP/hrw called/VBD/call the/DT/the verdict/NN/verdict politically/RB/politically motivated/VBN/motivate and/CC/and urged/VBD/urge the/DT/the authorities/NNS/authority to/TO/to act/VB/act ././."},
		{"Thailand will release soldiers captured in July.",
			"Thailand/NNP/thailand will/MD/will release/VB/release soldiers/NNS/soldier captured/VBN/capture in/IN/in July/NNP/july ././."},
		{"The army said militants attacked in the north.",
			"The/DT/the army/NN/army said/VBD/say militants/NNS/militant attacked/VBD/attack in/IN/in the/DT/the north/NN/north ././."},
		{"Burundi troops left.",
			"Burundi/JJ/burundi troops/NNS/troop left/VBD/leave ././."},
		{"Stop the war.",
			"Stop/VB/stop the/DT/the war/NN/war ././."},
		{"Russia staged drills and waged war.",
			"Russia/NNP/russia staged/VBD/stage drills/NNS/drill and/CC/and waged/VBD/wage war/NN/war ././."},
		{"Russia is staging drills.",
			"Russia/NNP/russia is/VBZ/be staging/VBG/stage drills/NNS/drill ././."},
		{"North Korea test-fired a missile.",
			"North/NNP/north Korea/NNP/korea test-fired/VBD/test-fire a/DT/a missile/NN/missile ././."},
		{"Iranian-backed militias attacked a base.",
			"Iranian-backed/NNP/iranian-backed militias/NNS/militia attacked/VBD/attack a/DT/a base/NN/base ././."},
		{"Russia launched a missile and drone attack on Ukraine.",
			"Russia/NNP/russia launched/VBD/launch a/DT/a missile/NN/missile and/CC/and drone/NN/drone attack/NN/attack on/IN/on Ukraine/NNP/ukraine ././."},
		{"The two held talks.",
			"The/DT/the two/CD/two held/VBD/hold talks/NNS/talk ././."},
		{"The two captured soldiers were freed.",
			"The/DT/the two/CD/two captured/VBN/capture soldiers/NNS/soldier were/VBD/be freed/VBN/free ././."},
		{"Ankara blocked Sweden's bid.",
			"Ankara/NNP/ankara blocked/VBD/block Sweden/NNP/sweden 's/POS/'s bid/NN/bid ././."},
		{"Gondor has been working with Arnor.",
			"Gondor/NNP/gondor has/VBZ/have been/VBN/be working/VBG/work with/IN/with Arnor/NNP/arnor ././."},
		{"Talks failed, but talks in Jeddah collapsed.",
			"Talks/NNS/talk failed/VBD/fail ,/,/, but/CC/but talks/NNS/talk in/IN/in Jeddah/NNP/jeddah collapsed/VBD/collapse ././."},
		{"Fighting between the army and the rebels spread to Omdurman.",
			"Fighting/NN/fighting between/IN/between the/DT/the army/NN/army and/CC/and the/DT/the rebels/NNS/rebel spread/VBD/spread to/TO/to Omdurman/NNP/omdurman ././."},
		{"Speaking in Kabul, he said so.",
			"Speaking/VBG/speak in/IN/in Kabul/NNP/kabul ,/,/, he/PRP/he said/VBD/say so/RB/so ././."},
		{"Ankara will approve Sweden's NATO bid.",
			"Ankara/NNP/ankara will/MD/will approve/VB/approve Sweden/NNP/sweden 's/POS/'s NATO/NNP/nato bid/NN/bid ././."},
		{"Shelling in Donetsk killed three civilians.",
			"Shelling/NN/shelling in/IN/in Donetsk/NNP/donetsk killed/VBD/kill three/CD/three civilians/NNS/civilian ././."},
		{"Niger's ruling junta revoked it.",
			"Niger/NNP/niger 's/POS/'s ruling/JJ/ruling junta/NN/junta revoked/VBD/revoke it/PRP/it ././."},
		{"Australia is open to talks.",
			"Australia/NNP/australia is/VBZ/be open/JJ/open to/TO/to talks/NNS/talk ././."},
		{"Moscow and Kyiv have each accused the other.",
			"Moscow/NNP/moscow and/CC/and Kyiv/NNP/kyiv have/VBP/have each/RB/each accused/VBN/accuse the/DT/the other/NN/other ././."},
		{"They accused each other.",
			"They/PRP/they accused/VBD/accuse each/DT/each other/NN/other ././."},
		{"They cooperate in trade, transport and energy.",
			"They/PRP/they cooperate/VBP/cooperate in/IN/in trade/NN/trade ,/,/, transport/NN/transport and/CC/and energy/NN/energy ././."},
		{"He said Washington fully supported Israel.",
			"He/PRP/he said/VBD/say Washington/NNP/washington fully/RB/fully supported/VBD/support Israel/NNP/israel ././."},
		{"They met on Monday and signed a treaty.",
			"They/PRP/they met/VBD/meet on/IN/on Monday/NNP/monday and/CC/and signed/VBD/sign a/DT/a treaty/NN/treaty ././."},
		{"Rebels attacked the town, officials said.",
			"Rebels/NNS/rebel attacked/VBD/attack the/DT/the town/NN/town ,/,/, officials/NNS/official said/VBD/say ././."},
		{"He accused Arnor of lying and called for talks.",
			"He/PRP/he accused/VBD/accuse Arnor/NNP/arnor of/IN/of lying/VBG/lie and/CC/and called/VBD/call for/IN/for talks/NNS/talk ././."},
		{"The men went home.", "The/DT/the men/NNS/man went/VBD/go home/NN/home ././."},
		// A nationality adjective starting the sentence is not a verb.
		{"Polish troops left.", "Polish/JJ/polish troops/NNS/troop left/VBD/leave ././."},
		// A noun after a noun, before a verb: "chief" is not the adjective.
		{"Ghana signed a loan deal with Peru.", "Ghana/NNP/ghana signed/VBD/sign a/DT/a loan/NN/loan deal/NN/deal with/IN/with Peru/NNP/peru ././."},
		{"They opened the Rafah crossing.", "They/PRP/they opened/VBD/open the/DT/the Rafah/NNP/rafah crossing/NN/crossing ././."},
		{"They withdrew inspectors and aid workers.", "They/PRP/they withdrew/VBD/withdraw inspectors/NNS/inspector and/CC/and aid/NN/aid workers/NNS/worker ././."},
		{"They carried out strikes.", "They/PRP/they carried/VBD/carry out/RP/out strikes/NNS/strike ././."},
		{"They repeated their demand that Israel ease restrictions.", "They/PRP/they repeated/VBD/repeat their/PRP$/their demand/NN/demand that/IN/that Israel/NNP/israel ease/VBP/ease restrictions/NNS/restriction ././."},
		{"A US strike killed him.", "A/DT/a US/NNP/us strike/NN/strike killed/VBD/kill him/PRP/he ././."},
		{"A US drone strike killed him.", "A/DT/a US/NNP/us drone/NN/drone strike/NN/strike killed/VBD/kill him/PRP/he ././."},
		{"The Palestinians reject proposed changes.", "The/DT/the Palestinians/NNP/palestinians reject/VBP/reject proposed/VBN/propose changes/NNS/change ././."},
		{"The consul general also visited.", "The/DT/the consul/NN/consul general/NN/general also/RB/also visited/VBD/visit ././."},
		{"He insisted that China trade figures were wrong.", "He/PRP/he insisted/VBD/insist that/IN/that China/NNP/china trade/NN/trade figures/NNS/figure were/VBD/be wrong/JJ/wrong ././."},
		{"They signed a long gas supply deal.", "They/PRP/they signed/VBD/sign a/DT/a long/JJ/long gas/NN/gas supply/NN/supply deal/NN/deal ././."},
		{"He is on a state visit to India.", "He/PRP/he is/VBZ/be on/IN/on a/DT/a state/NN/state visit/NN/visit to/TO/to India/NNP/india ././."},
		{"Drones struck an apartment building in Odesa.", "Drones/NNS/drone struck/VBD/strike an/DT/an apartment/NN/apartment building/NN/building in/IN/in Odesa/NNP/odesa ././."},
		{"Police fired tear gas and live rounds.", "Police/NN/police fired/VBD/fire tear/NN/tear gas/NN/gas and/CC/and live/JJ/live rounds/NNS/round ././."},
		{"They pledged to help and support refugees.", "They/PRP/they pledged/VBD/pledge to/TO/to help/VB/help and/CC/and support/VB/support refugees/NNS/refugee ././."},
		{"US officials met them.", "US/NNP/us officials/NNS/official met/VBD/meet them/PRP/they ././."},
		{"Vice Premier He Lifeng met them.", "Vice/NNP/vice Premier/NNP/premier He/NNP/he Lifeng/NNP/lifeng met/VBD/meet them/PRP/they ././."},
		{"Nepal has once again rejected it.", "Nepal/NNP/nepal has/VBZ/have once/RB/once again/RB/again rejected/VBN/reject it/PRP/it ././."},
		{"The army chief met them.", "The/DT/the army/NN/army chief/NN/chief met/VBD/meet them/PRP/they ././."},
		{"The army chief, who left.", "The/DT/the army/NN/army chief/NN/chief ,/,/, who/WP/who left/VBD/leave ././."},
		{"Kazakhstan's ties didn't weaken.",
			"Kazakhstan/NNP/kazakhstan 's/POS/'s ties/NNS/tie did/VBD/do n't/RB/not weaken/VB/weaken ././."},
		{"She will visit Gondor to restore ties.",
			"She/PRP/she will/MD/will visit/VB/visit Gondor/NNP/gondor to/TO/to restore/VB/restore ties/NNS/tie ././."},
		{"Officials say that the ship that sank was old.",
			"Officials/NNS/official say/VBP/say that/IN/that the/DT/the ship/NN/ship that/WDT/that sank/VBD/sink was/VBD/be old/JJ/old ././."},
		{"It's the best deal.", "It/PRP/it 's/VBZ/be the/DT/the best/JJS/good deal/NN/deal ././."},
		{`"We will go," he said.`, "\"/``/\" We/PRP/we will/MD/will go/VB/go ,/,/, \"/''/\" he/PRP/he said/VBD/say ././."},
		{"Venezuelan security forces briefly detained Machado.",
			"Venezuelan/JJ/venezuelan security/NN/security forces/NNS/force briefly/RB/briefly detained/VBD/detain Machado/NNP/machado ././."},
		{"Ivory Coast rebels on Friday rejected the plan.",
			"Ivory/NNP/ivory Coast/NNP/coast rebels/NNS/rebel on/IN/on Friday/NNP/friday rejected/VBD/reject the/DT/the plan/NN/plan ././."},
		{"A top U.S. official today praised the reopening of the border and promised aid.",
			"A/DT/a top/JJ/top U.S./NNP/u.s. official/NN/official today/NN/today praised/VBD/praise the/DT/the reopening/NN/reopening " +
				"of/IN/of the/DT/the border/NN/border and/CC/and promised/VBD/promise aid/NN/aid ././."},
		{"The troops marched very close to the border.",
			"The/DT/the troops/NNS/troop marched/VBD/march very/RB/very close/JJ/close to/TO/to the/DT/the border/NN/border ././."},
		{"The talks (in Geneva) ended. Gondor cost $5 million.",
			"The/DT/the talks/NNS/talk (/-LRB-/( in/IN/in Geneva/NNP/geneva )/-RRB-/) ended/VBD/end ././. Gondor/NNP/gondor cost/VBD/cost $/$/$ 5/CD/5 million/CD/million ././."},
	}
	for _, tt := range tests {
		got := Analyze(tt.text)
		var b strings.Builder
		for _, s := range got {
			for _, tk := range s.Tokens {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(tk.Text + "/" + tk.Tag + "/" + tk.Lemma)
			}
		}
		if b.String() != tt.want {
			t.Errorf("Analyze(%q)\n got %s\nwant %s", tt.text, b.String(), tt.want)
		}
	}
}

func TestTagEmptyLower(t *testing.T) {
	toks := []Token{{Text: "Officials"}, {Text: "met"}, {Text: ""}}
	Tag(toks)
	if toks[0].Lower != "officials" || toks[0].Tag != "NNS" || toks[1].Lemma != "meet" {
		t.Errorf("Tag = %s", dump(toks))
	}
}

func TestAnalyze(t *testing.T) {
	text := "Mr. Veldt arrived.  She left.\n\nNo punctuation here"
	got := Analyze(text)
	want := []dyad.Span{sp(0, 18), sp(20, 29), sp(31, 50)}
	if len(got) != len(want) {
		t.Fatalf("Analyze: %d sentences, want %d", len(got), len(want))
	}
	for i, s := range got {
		if s.Index != i || s.Span != want[i] {
			t.Errorf("sentence %d: index %d span %v, want %v", i, s.Index, s.Span, want[i])
		}
		for _, tk := range s.Tokens {
			if tk.Span.Start < s.Span.Start || tk.Span.End > s.Span.End || text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Errorf("sentence %d: token %q %v outside %v", i, tk.Text, tk.Span, s.Span)
			}
			if tk.Tag == "" || tk.Lemma == "" || tk.Lower == "" {
				t.Errorf("token %q not tagged: %+v", tk.Text, tk)
			}
		}
	}
	if Analyze("") != nil || Analyze(" \n ") != nil {
		t.Error("Analyze of blank text should be nil")
	}
}

func readArticles(tb testing.TB) []string {
	var out []string
	for _, name := range []string{"summit.txt", "protest.txt", "aid.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// checkTokens verifies the invariants of a token list over text[span].
func checkTokens(t *testing.T, text string, span dyad.Span, toks []Token) {
	t.Helper()
	prev := span.Start
	for _, tk := range toks {
		s := tk.Span
		if s.Start < prev || s.End <= s.Start || s.End > span.End || text[s.Start:s.End] != tk.Text {
			t.Fatalf("bad token %q %v after %d in %v", tk.Text, s, prev, span)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("token %q %v splits a rune", tk.Text, s)
		}
		prev = s.End
	}
}

func FuzzSplit(f *testing.F) {
	for _, a := range readArticles(f) {
		f.Add(a)
	}
	f.Add("Mr. J. R. Smith Jr. said \"no.\" Then...\n\n- a\n1) b")
	f.Add("\xff.\xfe! U.S.")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Split(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %v after %d (len %d)", s, prev, len(text))
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
				t.Fatalf("span %v splits a rune", s)
			}
			if r, _ := utf8.DecodeRuneInString(text[s.Start:]); isSpace(r) {
				t.Fatalf("span %v starts with space", s)
			}
			if r, _ := utf8.DecodeLastRuneInString(text[:s.End]); isSpace(r) {
				t.Fatalf("span %v ends with space", s)
			}
			prev = s.End
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, a := range readArticles(f) {
		f.Add(a, 0, len(a))
	}
	f.Add("can't won't O'Brien's U.S. $1,000.5 http://x.y/z a@b.co", 0, 60)
	f.Add("\xff’s\xe2\x80", 1, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		span := dyad.Span{Start: start, End: end}
		toks := Tokenize(text, span)
		s, e := clip(text, span)
		checkTokens(t, text, dyad.Span{Start: s, End: e}, toks)
		for _, tk := range toks {
			if tk.Lower == "" {
				t.Fatalf("token %q has no Lower", tk.Text)
			}
		}
	})
}

func FuzzTag(f *testing.F) {
	for _, a := range readArticles(f) {
		f.Add(a)
	}
	f.Add("'s n't ' \" `` '' That her there up more 'd")
	f.Fuzz(func(t *testing.T, text string) {
		for _, s := range Analyze(text) {
			checkTokens(t, text, s.Span, s.Tokens)
			for _, tk := range s.Tokens {
				if tk.Tag == "" || tk.Lemma == "" {
					t.Fatalf("token %q: tag %q lemma %q", tk.Text, tk.Tag, tk.Lemma)
				}
			}
		}
		// Tag on its own, on tokens made by hand.
		var toks []Token
		for i, w := range strings.Fields(text) {
			toks = append(toks, Token{Span: dyad.Span{Start: i, End: i + 1}, Text: w})
		}
		Tag(toks)
	})
}

func benchText(b *testing.B) string {
	return strings.Join(readArticles(b), "\n\n")
}

func BenchmarkSplit(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Split(text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	spans := Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range spans {
			Tokenize(text, s)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	text := benchText(b)
	var sents [][]Token
	for _, s := range Split(text) {
		sents = append(sents, Tokenize(text, s))
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, toks := range sents {
			Tag(toks)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	text := benchText(b)
	n := len(Split(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
