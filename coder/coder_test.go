package coder

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadcoder/dyad"
	"github.com/dyadcoder/dyad/cameo"
	"github.com/dyadcoder/dyad/geo"
	"github.com/dyadcoder/dyad/internal/corpus"
	"github.com/dyadcoder/dyad/lexicon"
	"github.com/dyadcoder/dyad/when"
)

var (
	dictOnce sync.Once
	dict     *lexicon.Dict
	dictErr  error
)

func testCoder(t testing.TB) *Coder {
	t.Helper()
	dictOnce.Do(func() { dict, dictErr = lexicon.Default() })
	if dictErr != nil {
		t.Fatalf("load dictionaries: %v", dictErr)
	}
	return New(dict, Options{})
}

func article(id, txt string, date string) *dyad.Article {
	a := &dyad.Article{ID: id, Text: txt}
	ref := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if date != "" {
		ref, _ = time.Parse(time.DateOnly, date)
		a.Date, a.DatePrecision = ref, dyad.PrecisionDay
	}
	if dl, ok := when.ParseDateline(txt, ref); ok {
		a.Dateline = &dl
		if date == "" && !dl.Date.IsZero() {
			a.Date, a.DatePrecision = dl.Date, dl.DatePrecision
		}
	}
	return a
}

// triple is what a table test expects of an event.
type triple struct {
	source, code, target string
	mode                 dyad.Mode
}

func TestSentences(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"place as target", "Pakistani troops shelled villages in Afghanistan on Monday.", []triple{{"PAKMIL", "19", "AFG", ""}}},
		{"coordinated finite verbs share a subject past an infinitive", "Nepal welcomed a plan for Japan to build roads in Nepal and pledged to deepen ties with India.",
			[]triple{{"NPL", "030", "IND", ""}}},
		{"a general code gives way to one under it", "North Korea threatened to retaliate against Japan.", []triple{{"PRK", "1384", "JPN", dyad.ModeFuture}}},
		{"a general code gives way where the words are the same act", "Serbian police launched an investigation into crimes committed by Croatian forces.", []triple{{"SRBCOP", "091", "HRVMIL", ""}}},
		{"forces are military", "Croatian forces shelled Serbian villages.", []triple{{"HRVMIL", "194", "SRB", ""}}},
		{"a force of police is police", "A force of 500 Kenyan police arrived in Haiti.", []triple{{"KENCOP", "042", "HTI", ""}, {"HTI", "043", "KENCOP", ""}}},
		{"where between the words", "Hundreds of Palestinians protested in Ramallah against the Israeli raid.", []triple{{"PSE", "141", "ISR", ""}}},
		{"where before with", "Pakistan signed in Islamabad an agreement with China.", []triple{{"PAK", "057", "CHN", ""}}},
		{"a named crossing is a noun", "Egypt opened the Rafah crossing.", []triple{{"EGY", "0872", "PSE", ""}}},
		{"a statement one issues speaks for one", "South Africa filed a case at the International Court of Justice accusing Israel of genocide.",
			[]triple{{"ZAF", "1124", "ISR", ""}}},
		{"a statement one blocks is another's, and never said", "Hungary blocked an EU statement criticising China.",
			[]triple{{"HUN", "129", "IGOEUREEC", ""}}},
		{"what it is over is no party", "Morocco and Algeria traded accusations over the Western Sahara dispute.",
			[]triple{{"MAR", "112", "DZA", ""}, {"DZA", "112", "MAR", ""}}},
		{"over a country is where", "Russian jets flew over Estonia.", []triple{{"RUSMIL", "150", "EST", ""}}},
		{"a president-elect is the government's", "Indonesia's president-elect Prabowo Subianto will visit China next week.",
			[]triple{{"IDNGOV", "036", "CHN", dyad.ModeFuture}}},
		{"a relative's noun is the one before it", "Kenyan police fired tear gas at protesters who stormed parliament.",
			[]triple{{"KENCOP", "175", "KENOPP", ""}, {"KENOPP", "145", "KENLEG", ""}}},
		{"protest leaders are the opposition", "Kenyan President William Ruto invited the protest leaders to talks.",
			[]triple{{"KENGOV", "036", "KENOPP", ""}}},
		{"a strike on a school is the striker's", "An Israeli strike on a school in Gaza killed 30 Palestinian civilians.",
			[]triple{{"ISR", "190", "PSEEDU", ""}, {"ISR", "190", "PSECVL", ""}}},
		{"a participle before a verb's object modifies it", "Aid convoys arrived in Bosnia to feed starving Moslem civilians.", nil},
		{"a gerund after an aspectual verb is its act", "Croatian troops continued shelling Serbian villages.",
			[]triple{{"HRVMIL", "194", "SRB", ""}}},
		{"agreeing to build a joint zone is material cooperation to come", "Kazakhstan and Uzbekistan agreed to build a joint industrial zone on their border.",
			[]triple{{"KAZ", "031", "UZB", ""}, {"UZB", "031", "KAZ", ""}}},
		{"hosting joint exercises is military cooperation", "Belarus hosted joint military exercises with Russia near the Polish border.",
			[]triple{{"BLR", "062", "RUS", ""}}},
		{"ratifying a country's membership endorses it", "Turkey's parliament ratified Sweden's NATO membership bid.",
			[]triple{{"TURLEG", "051", "SWE", ""}}},
		{"a role does not take its country from the country it accuses", "The ruling party accused the United States of meddling.", nil},
		{"nor a person the article does not know", "President Jonas Ferreira accused Russia of lying.", nil},
		{"a threat to a city of one's own country is one's own", "President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers.",
			[]triple{{"DZAGOV", "1323", "DZA", ""}}},
		{"a relative clause between commas", "Pakistan's army chief, who visited Washington last week, said the country wanted good relations.",
			[]triple{{"PAKMIL", "042", "USAGOV", ""}, {"USAGOV", "043", "PAKMIL", ""}}},
		{"a gerund after 'after' is the subject's act", "Chinese Foreign Minister Wang Yi told reporters after meeting his Philippine counterpart in Beijing.",
			[]triple{{"CHNGOV", "040", "PHLGOV", ""}}},
		{"and so when it opens the sentence", "After meeting his Philippine counterpart in Beijing, Chinese Foreign Minister Wang Yi told reporters the talks went well.",
			[]triple{{"CHNGOV", "040", "PHLGOV", ""}}},
		{"the speaker after a comma is no target", "French workers blocked the bridge after dumping sawdust on the roadway, French border police said.",
			[]triple{{"FRALAB", "144", "FRAGOV", ""}}},
		{"a gerund after 'by' in an accusation is the accused's", "Somali officials accused Ethiopia of violating their sovereignty by signing a port deal with Somaliland.",
			[]triple{{"SOMGOV", "112", "ETH", ""}}},
		{"closing a country's embassy reduces relations with it", "Venezuelan President Nicolas Maduro ordered the closure of the Argentine embassy in Caracas.",
			[]triple{{"VENGOV", "161", "ARGGOV", ""}}},
		{"closing one's own embassy names no target", "Australia closed its embassy.", nil},
		{"a participle a pattern took is not the act of the pattern's own words", "Protesters in Dhaka clashed with police demanding the resignation of Prime Minister Sheikh Hasina.",
			[]triple{{"BGDOPP", "1451", "BGDGOV", ""}}},
		{"a government does not deny anything to its own country", "The Kremlin denied that Russia was behind the drone attack.", nil},
		{"'and' after a phrase of the object joins clauses", "Japan's prime minister held talks with Vietnam's prime minister and the two leaders agreed to upgrade relations.",
			[]triple{{"JPNGOV", "040", "VNMGOV", ""}, {"JPNGOV", "032", "VNMGOV", "future"}, {"VNMGOV", "032", "JPNGOV", "future"}}},
		{"money pledged to help a country is pledged to it", "Japan pledged 50 billion yen in loans to help Vietnam build a railway line.",
			[]triple{{"JPN", "0331", "VNM", ""}}},
		{"co-mediators are not each other's parties", "The United States and Saudi Arabia have tried to broker a ceasefire, but talks in Jeddah collapsed last year.", nil},
		{"nor those who broker a truce", "The United States and Saudi Arabia brokered a truce.", nil},
		{"a possessive before a participle that modifies a noun", "Niger's ruling junta on Saturday revoked a military agreement with the United States.",
			[]triple{{"NERMIL", "127", "USA", ""}}},
		{"a package of sanctions is sanctions", "European Union foreign ministers on Monday adopted a 14th package of sanctions against Russia over its war in Ukraine.",
			[]triple{{"IGOEUREEC", "163", "RUS", ""}}},
		{"a speaker in a report from a dateline is of its country", "NIAMEY, March 17 (AP) - Colonel Amadou Abdramane said the presence of US forces was illegal. He accused a visiting US delegation of failing to follow protocol.",
			[]triple{{"NERMIL", "112", "USAGOV", ""}}},
		{"a rate between a sanction and its target", "China on Friday imposed anti-dumping duties of up to 212% on Australian wine.",
			[]triple{{"CHN", "163", "AUS", ""}}},
		{"duties cut are no sanction", "India cut duties on American almonds.", nil},
		{"open to talks is the intent to meet", "Australia is open to talks with China.", []triple{{"AUS", "036", "CHN", ""}}},
		{"a former president between his terms is an elite", "Indian Prime Minister Narendra Modi congratulated Donald Trump on his election victory.",
			[]triple{{"INDGOV", "051", "USAELI", ""}}},
		{"freezing participation in an alliance", "Armenia froze its participation in the Russian-led CSTO military alliance.",
			[]triple{{"ARM", "160", "IGOCASCST", ""}}},
		{"an aside holds all its phrases", "Russia and North Korea signed a mutual defence pact during Putin's visit to Pyongyang.",
			[]triple{{"RUS", "057", "PRK", ""}, {"PRK", "057", "RUS", ""}, {"RUSGOV", "042", "PRKGOV", ""}}},
		{"people are of where a relative clause says they came from", "Two Pakistani soldiers were killed by militants who crossed from Afghanistan, the army said.",
			[]triple{{"AFGREB", "190", "PAKMIL", ""}}},
		{"and so as a subject", "Militants who crossed from Afghanistan attacked a Pakistani checkpoint.",
			[]triple{{"AFGREB", "190", "PAK", ""}}},
		{"a part of an act a light verb governs", "Russia launched one of its largest air attacks on Ukraine's energy infrastructure overnight.",
			[]triple{{"RUS", "195", "UKR", ""}}},
		{"and past a particle", "Israel carried out a wave of air strikes on Gaza.", []triple{{"ISR", "195", "PSE", ""}}},
		{"each other is each party of the subject", "India and Pakistan accused each other of violating the ceasefire.",
			[]triple{{"IND", "1123", "PAK", ""}, {"PAK", "1123", "IND", ""}}},
		{"and so is the other", "Moscow and Kyiv have each accused the other of targeting civilians.",
			[]triple{{"RUSGOV", "1124", "UKRGOV", ""}, {"UKRGOV", "1124", "RUSGOV", ""}}},
		{"the move is the act the sentence before told of", "The European Union imposed sanctions on Belarus. Belarus condemned the move.",
			[]triple{{"BLR", "111", "IGOEUREEC", ""}}},
		{"a reported would not is a refusal", "Syria said it would not accept refugees from Iraq.", []triple{{"SYR", "122", "IRQ", ""}}},
		{"reporters in a city are not its country's press", "\"We will not allow Russia to win this war,\" French President Emmanuel Macron told reporters in Paris.", nil},
		{"agreeing to return territory is the intent to return property", "Armenia agreed on Friday to return four abandoned villages to Azerbaijan.",
			[]triple{{"ARM", "0353", "AZE", ""}}},
		{"where a blocked road goes is neither target nor the protesters' country", "Armenian Prime Minister Nikol Pashinyan has said the handover is necessary, but the decision triggered protests by residents who blocked a highway to Georgia.",
			[]triple{{"ARMCVL", "144", "ARMGOV", ""}}},
		{"a government's vice chancellor is of its government", "German Vice Chancellor Robert Habeck visited China.",
			[]triple{{"DEUGOV", "042", "CHN", ""}}},
		{"boarding another's vessel is seizing property", "The Chinese coast guard boarded a Philippine vessel and seized weapons from its crew.",
			[]triple{{"CHNMIL", "171", "PHL", ""}}},
		{"parties of a mutual act do it with each other, not with its purpose's", "Italy and Albania signed a deal to process asylum seekers in Albanian centres.",
			[]triple{{"ITA", "057", "ALB", ""}, {"ALB", "057", "ITA", ""}}},
		{"a town taken from a force no dictionary names the town of is taken from the force", "Somali forces recaptured the town of Moqokori from al-Shabaab militants.",
			[]triple{{"SOMMIL", "192", "SOMREBSHB", ""}}},
		{"an invitation to resume talks is an offer to meet", "Abiy Ahmed invited Egypt to resume negotiations.", []triple{{"ETHGOV", "036", "EGY", ""}}},
		{"leaving La Francophonie is a cut in relations with it", "Niger, Mali and Burkina Faso announced their withdrawal from the International Organisation of La Francophonie.",
			[]triple{{"NER", "161", "IGOFRN", ""}, {"MLI", "161", "IGOFRN", ""}, {"BFA", "161", "IGOFRN", ""}}},
		{"suspending a partnership reduces relations", "The United States suspended its strategic partnership with Georgia.", []triple{{"USA", "160", "GEO", ""}}},
		{"the two officials are the pair's governments", "Philippine President Ferdinand Marcos Jr. received Japan's defence minister on Thursday. The two officials discussed joint patrols.",
			[]triple{{"JPNGOV", "040", "PHLGOV", ""}, {"PHLGOV", "040", "JPNGOV", ""}}},
		{"destroyer escorts are weapons", "Japan will provide the Philippine navy with six Abukuma-class destroyer escorts.", []triple{{"JPN", "0332", "PHLMIL", dyad.ModeFuture}}},
		{"the worth of those named is no part of them", "Tokayev signed agreements with American companies worth 17 billion dollars.", []triple{{"KAZGOV", "057", "USABUS", ""}}},
		{"confronting someone with claims accuses them", "Trump confronted South African President Cyril Ramaphosa with unfounded claims of a genocide against white farmers.",
			[]triple{{"USAELI", "112", "ZAFGOV", ""}}},
		{"what two agree on, of their own countries, is no one they agree with", "Senegal and France signed an agreement for the handover of the last French military bases.",
			[]triple{{"SEN", "057", "FRA", ""}, {"FRA", "057", "SEN", ""}}},
		{"an invitation to take part in a forum is an offer to meet", "Kazakh Ambassador Yerzhan Kistafin invited Pakistani businessmen to participate in the Astana International Forum.",
			[]triple{{"KAZGOV", "036", "PAKBUS", ""}}},
		{"an invitation from one to another is the first's offer to meet", "The ambassador conveyed an invitation from Pakistan's prime minister to the Kazakh president to visit Islamabad.",
			[]triple{{"PAKGOV", "036", "KAZGOV", ""}}},
		{"the leaders are the pair's governments", "Pakistan's prime minister arrived in Tashkent. The leaders are expected to sign agreements on trade.",
			[]triple{{"PAKGOV", "030", "UZBGOV", dyad.ModeFuture}, {"UZBGOV", "030", "PAKGOV", dyad.ModeFuture}}},
		{"talks held by a subject are its parties', whatever their level", "Afghanistan and Pakistan held a meeting of ministers in Kabul.",
			[]triple{{"AFG", "040", "PAK", ""}, {"PAK", "040", "AFG", ""}}},
		{"members extradited are suspects extradited", "Mexico extradited 29 alleged cartel members to the United States.", []triple{{"MEX", "063", "USA", ""}}},
		{"a framework signed is an agreement", "Japan and the United States signed a framework on critical minerals.",
			[]triple{{"JPN", "057", "USA", ""}, {"USA", "057", "JPN", ""}}},
		{"schoolgirls are students", "Gunmen abducted 25 schoolgirls in Nigeria.", []triple{{"NGAUAF", "181", "NGAEDU", ""}}},
		{"aircraft parts and Patriot systems are weapons", "The United States approved a 330 million dollar sale of aircraft parts to Taiwan. Germany promised to send more Patriot systems to Poland.",
			[]triple{{"USA", "0332", "TWN", ""}, {"DEU", "0332", "POL", ""}}},
		{"the ambassadors of a country are its government's", "Russia's foreign ministry summoned the ambassadors of Britain and France.",
			[]triple{{"RUSGOV", "114", "GBRGOV", ""}, {"RUSGOV", "114", "FRAGOV", ""}}},
		{"a newly appointed ambassador is one", "Kazakh Foreign Minister Murat Nurtleu received the newly appointed Ambassador of Pakistan.",
			[]triple{{"KAZGOV", "043", "PAKGOV", ""}, {"PAKGOV", "042", "KAZGOV", ""}}},
		{"those a diplomat meets are of the country the diplomat is posted to", "Chinese Ambassador to Pakistan Jiang Zaidong on Tuesday called on Interior Minister Mohsin Naqvi.",
			[]triple{{"CHNGOV", "042", "PAKGOV", ""}}},
		{"and not the diplomat, named before", "The Chinese Ambassador to Pakistan called on the interior minister.",
			[]triple{{"CHNGOV", "042", "PAKGOV", ""}}},
		{"a diplomat's own country is no one else's", "The Azerbaijani ambassador met the commerce minister.", nil},
		{"and the dateline's is", "ISLAMABAD, March 4 (APP) - Ambassador of Azerbaijan Khazar Farhadov met Federal Minister for Commerce Jam Kamal Khan.",
			[]triple{{"AZEGOV", "040", "PAKGOV", ""}}},
		{"the leader of a body holds its role", "Iranian Consul General in Karachi Hassan Nourian held a meeting with the President of the Karachi Chamber of Commerce and Industry.",
			[]triple{{"IRNGOV", "040", "PAKBUS", ""}}},
		{"the leader of an organisation stands for it", "The head of the UN nuclear watchdog met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran.",
			[]triple{{"IGOUNOIAE", "040", "IRNGOV", ""}}},
		{"the head of an agency by name", "WHO chief Tedros Adhanom Ghebreyesus criticised Israel. Tedros also criticised Hamas.",
			[]triple{{"IGOUNOHLHWHO", "111", "ISR", ""}, {"IGOUNOHLHWHO", "111", "PSEGOVHMS", ""}}},
		{"a state's nuclear chief is its government, which warns no one of its own plans", "Iran's atomic energy chief warned that Tehran would reduce cooperation if Western powers pushed for a resolution.", nil},
		{"the on of a date is not the pattern's", "The United States imposed sanctions on Wednesday on Iran.", []triple{{"USA", "163", "IRN", ""}}},
		{"aid given to help people goes to them", "Japan will provide $50 million in emergency aid to help refugees in Chad.", []triple{{"JPN", "0333", "TCDREF", dyad.ModeFuture}}},
		{"a call to congratulate is the congratulation", "Turkish President Recep Tayyip Erdogan called Putin to congratulate him on his victory.", []triple{{"TURGOV", "051", "RUSGOV", ""}}},
		{"the two are the two that last met", "Sudanese army chief Abdel Fattah al-Burhan arrived in Egypt on Tuesday. The two held talks on the conflict.",
			[]triple{{"SDNGOV", "042", "EGY", ""}, {"EGY", "043", "SDNGOV", ""}, {"SDNGOV", "040", "EGY", ""}, {"EGY", "040", "SDNGOV", ""}}},
		{"the parties with no meeting before are no one", "The parties discussed the budget.", nil},
		{"an upcoming visit is to come", "Officials discussed the upcoming visit of the Pakistani prime minister to China.",
			[]triple{{"PAKGOV", "036", "CHN", dyad.ModeFuture}}},
		{"a verb after a that-clause in the tense of the verb of speech is its subject's", "Pakistan's prime minister noted that China is a key partner and criticised India.",
			[]triple{{"PAKGOV", "111", "IND", ""}}},
		{"and in the tense of the clause, the clause's subject's", "Pakistan's prime minister said that China built the port and criticised India.",
			[]triple{{"CHN", "111", "IND", ""}}},
		{"unless the clause only says what is", "Sweden's foreign ministry said its staff were safe and summoned Iraq's charge d'affaires in Stockholm.",
			[]triple{{"SWEGOV", "114", "IRQGOV", ""}}},
		{"police storming one do not", "Ecuadorian police stormed the Mexican embassy in Quito.", []triple{{"ECUCOP", "190", "MEXGOV", ""}}},
		{"a name with its abbreviation in parentheses is one subject", "The Colombian government and the National Liberation Army (ELN) guerrilla group agreed to extend their ceasefire.",
			[]triple{{"COLGOV", "0356", "COLREBELN", ""}, {"COLREBELN", "0356", "COLGOV", ""}}},
		{"the sidelines of a summit are where, not with whom", "Modi and Xi will meet on the sidelines of the BRICS summit in Kazan.",
			[]triple{{"INDGOV", "036", "CHNGOV", dyad.ModeFuture}, {"CHNGOV", "036", "INDGOV", dyad.ModeFuture}}},
		{"where a summit is held is no party to it", "The Saudi envoy hosted a summit in Islamabad.", nil},
		{"a role among a pattern's words names the target", "Mali ordered France's ambassador to leave the country.", []triple{{"MLI", "161", "FRAGOV", ""}}},
		{"an apposition inside a compound subject is its name's", "Kim Jong Un, chairman of the State Affairs of the DPRK, and Russian President Vladimir Putin signed the Treaty on Comprehensive Strategic Partnership.",
			[]triple{{"PRKGOV", "057", "RUSGOV", ""}, {"RUSGOV", "057", "PRKGOV", ""}}},
		{"a list of three is no apposition", "Russia, China, and Iran signed a treaty.",
			[]triple{{"RUS", "057", "CHN", ""}, {"RUS", "057", "IRN", ""}, {"CHN", "057", "RUS", ""}, {"CHN", "057", "IRN", ""}, {"IRN", "057", "RUS", ""}, {"IRN", "057", "CHN", ""}}},
		{"ratifying a country's bid endorses it", "Turkey's parliament ratified Sweden's bid to join NATO on Tuesday.",
			[]triple{{"TURLEG", "051", "SWE", ""}}},
		{"a bid is its owner's past a name that modifies it", "Turkey is unlikely to approve Sweden's NATO bid before the summit.",
			[]triple{{"TUR", "051", "SWE", dyad.ModeNegated}}},
		{"an infinitive after a compound object is the subject's purpose", "Saudi Arabia's minister of state for foreign affairs Adel al-Jubeir visited New Delhi and Islamabad to defuse tensions.",
			[]triple{{"SAUGOV", "042", "INDGOV", ""}, {"INDGOV", "043", "SAUGOV", ""}, {"SAUGOV", "042", "PAKGOV", ""}, {"PAKGOV", "043", "SAUGOV", ""}}},
		{"a bare verb after and continues the infinitive", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen embassies within two months.",
			[]triple{{"SAU", "032", "IRN", dyad.ModeFuture}, {"IRN", "032", "SAU", dyad.ModeFuture}}},
		{"it is not the gathering an act was done at", "Pakistan accused India at the U.N. General Assembly of oppression in Kashmir and called on it to reverse its decision.",
			[]triple{{"PAK", "112", "IND", ""}, {"PAK", "0242", "IND", ""}}},
		{"saying one will pay for it threatens", "Israeli Prime Minister Benjamin Netanyahu said Iran would pay dearly.",
			[]triple{{"ISRGOV", "130", "IRN", ""}}},
		{"a failure to act is no act", "Ukraine criticised Mongolia's failure to arrest Putin.",
			[]triple{{"UKR", "111", "MNG", ""}, {"MNG", "173", "RUSGOV", dyad.ModeNegated}}},
		{"calling a decision a heavy blow criticises it", "Ukraine called Mongolia's decision a heavy blow to international law.",
			[]triple{{"UKR", "111", "MNG", ""}}},
		{"an unknown name is whom its apposition says", "Police in Moscow arrested John Smith, a Kenyan journalist.",
			[]triple{{"RUSCOP", "173", "KENMED", ""}}},
		{"the same act again after and is another act", "The United States imposed a 34% tariff on imports from China and a 20% tariff on goods from the European Union.",
			[]triple{{"USA", "163", "CHN", ""}, {"USA", "163", "IGOEUREEC", ""}}},
		{"coordinating with a country cooperates", "South Korea coordinated with the United States on the response.",
			[]triple{{"KOR", "050", "USA", ""}}},
		{"warning about drones shares information", "Belarus said it had warned Poland about the drones as they approached the border.",
			[]triple{{"BLR", "064", "POL", ""}}},
		{"verbs joined by and share the object", "DHAKA - Protesters stormed and looted the official residence of Prime Minister Sheikh Hasina.",
			[]triple{{"BGDOPP", "145", "BGDGOV", ""}, {"BGDOPP", "171", "BGDGOV", ""}}},
		{"one member of a body is not the body", "Poland shot down Russian drones, the first time a NATO member has fired on Russian assets.",
			[]triple{{"POL", "190", "RUSMIL", ""}}},
		{"a thing's relative clause has the noun before it as its doer", "Poland shot down Russian drones that violated Polish airspace.",
			[]triple{{"POL", "190", "RUSMIL", ""}, {"RUSMIL", "128", "POL", ""}}},
		{"their officials are each owner's", "China and India said that their foreign ministers met on Monday.",
			[]triple{{"CHNGOV", "040", "INDGOV", ""}, {"INDGOV", "040", "CHNGOV", ""}}},
		{"patrol vessels for a coast guard are military aid", "Japan provided the Philippine coast guard with five patrol vessels.",
			[]triple{{"JPN", "072", "PHLMIL", ""}}},
		{"calling a country a threat criticises it", "Israel called Iran a threat to world peace.",
			[]triple{{"ISR", "111", "IRN", ""}}},
		{"an abbreviated country shares the next conjunct's noun", "U.S. and British warplanes struck Houthi radar sites.",
			[]triple{{"USAMIL", "195", "YEMREBHTH", ""}, {"GBRMIL", "195", "YEMREBHTH", ""}}},
		{"what a country's ship flies the flag of is the country's", "Houthi rebels attacked a Liberian-flagged ship.",
			[]triple{{"YEMREBHTH", "190", "LBR", ""}}},
		{"a coalition a country leads is the country's", "Saudi-led coalition warplanes struck Sanaa.",
			[]triple{{"SAUMIL", "195", "YEM", ""}}},
		{"militias a country backs are not of the country they attack", "Iran-backed militias attacked a US base.", nil},
		{"troops that disengage retreat", "Chinese and Indian troops disengaged from two friction points in eastern Ladakh.",
			[]triple{{"CHNMIL", "0874", "INDMIL", ""}, {"INDMIL", "0874", "CHNMIL", ""}}},
		{"agreeing to disengage is an intent to de-escalate", "India and China agreed to disengage their troops from the friction points.",
			[]triple{{"IND", "0356", "CHN", ""}, {"CHN", "0356", "IND", ""}}},
		{"a deputy chief of mission is a diplomat", "The Philippines summoned China's deputy chief of mission in Manila to protest the aggressive actions.",
			[]triple{{"PHL", "114", "CHNGOV", ""}}},
		{"one named before other people of a country is one of them", "ANKARA, Aug 1 (AP) - Moscow released journalist Evan Gershkovich and other Americans.",
			[]triple{{"RUSGOV", "0841", "USAMED", ""}, {"RUSGOV", "0841", "USA", ""}}},
		{"a date between an intent and its infinitive", "South Korea and Japan agreed on Thursday to resume visits.",
			[]triple{{"KOR", "036", "JPN", ""}, {"JPN", "036", "KOR", ""}}},
		{"restoring a dialogue is an intent to meet", "South Korea and Japan agreed to restore security dialogue.",
			[]triple{{"KOR", "036", "JPN", ""}, {"JPN", "036", "KOR", ""}}},
		{"the most of a war between an act and its target", "Russia launched its largest air attack of the war on Ukraine's power grid.",
			[]triple{{"RUS", "195", "UKR", ""}}},
		{"a country's own aid to itself is no event", "Polish and allied aircraft were scrambled to protect Poland's airspace during the attack.", nil},
		{"goods are of whom they come from", "The United States imposed tariffs on steel made in China.", []triple{{"USA", "163", "CHN", ""}}},
		{"imported from", "Beijing imposed anti-dumping duties on brandy imported from the European Union.", []triple{{"CHNGOV", "163", "IGOEUREEC", ""}}},
		{"a resolution is the demand before it", "The UN Security Council demanded an immediate ceasefire in Gaza. Hamas welcomed the resolution.",
			[]triple{{"IGOUNO", "107", "PSE", ""}, {"PSEGOVHMS", "051", "IGOUNO", ""}}},
		{"an office taken over is no territory", "Hungary took over the rotating presidency of the EU Council on July 1.", nil},
		{"a visit after which the subject met", "Orban met Xi in Beijing, days after visiting Moscow.",
			[]triple{{"HUNGOV", "040", "CHNGOV", ""}, {"HUNGOV", "042", "RUSGOV", ""}, {"RUSGOV", "043", "HUNGOV", ""}}},
		{"the minister is the minister, not the ambassador last named", "ISLAMABAD, Feb 12 (APP): Federal Minister for Commerce Jam Kamal Khan held a meeting with the Ambassador of Uzbekistan to Pakistan Alisher Tukhtaev. The ambassador thanked the minister.",
			[]triple{{"PAKGOV", "040", "UZBGOV", ""}, {"UZBGOV", "051", "PAKGOV", ""}}},
		{"a title before a name recalls its holder", "LAHORE, Oct 5 (APP): Consul General of Turkiye in Lahore Durmus Bastug called on Punjab Chief Minister Maryam Nawaz Sharif. The consul general invited the chief minister to visit Istanbul.",
			[]triple{{"TURGOV", "042", "PAKGOV", ""}, {"PAKGOV", "043", "TURGOV", ""}, {"TURGOV", "036", "PAKGOV", ""}, {"PAKGOV", "042", "TUR", dyad.ModeHypothetical}}},
		{"those before people in a place are in it too", "WASHINGTON, Sept 27 (Reuters) - The United States imposed sanctions on Wednesday on five companies and two people in Iran.",
			[]triple{{"USA", "163", "IRNBUS", ""}, {"USA", "163", "IRNCVL", ""}}},
		{"a possessive's noun is a noun", "Turkey blocked Sweden's bid to join NATO.", []triple{{"TUR", "129", "SWE", ""}}},
		{"their countries are those of their owners", "Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees to return home.",
			[]triple{{"HUN", "031", "ROU", dyad.ModeFuture}, {"ROU", "031", "HUN", dyad.ModeFuture}, {"HUN", "020", "ROUREF", dyad.ModeHypothetical}, {"ROU", "020", "ROUREF", dyad.ModeHypothetical}}},
		{"people of no country are not those of a bureau abroad, but the state's that acts on them", "DUBAI, Dec 16 (Reuters) - Iran hanged a man on Monday who had been convicted of spying for Israel's Mossad intelligence agency.",
			[]triple{{"IRN", "1823", "IRNCVL", ""}}},
		{"a cut in relations is with the article's other country", "Mali ordered France's ambassador to leave. France said it had taken note of the decision and recalled its ambassador.",
			[]triple{{"MLI", "161", "FRAGOV", ""}, {"FRA", "161", "MLI", ""}}},
		{"a test of one's own weapons is on no one, and may be answered", "North Korea test-fired a missile. South Korea condemned the launch.",
			[]triple{{"KOR", "111", "PRK", ""}}},
		{"an act on no one may be answered", "North Korea fired a ballistic missile into the sea on Sunday. South Korea and Japan condemned the launch.",
			[]triple{{"KOR", "111", "PRK", ""}, {"JPN", "111", "PRK", ""}}},
		{"a launch of a missile or a military satellite may be answered", "North Korea launched a military reconnaissance satellite on Tuesday. The United States condemned the launch.",
			[]triple{{"USA", "111", "PRK", ""}}},
		{"one's own weapons with a time phrase clinging", "North Korea fired an intercontinental ballistic missile hours before the summit.", nil},
		{"a participle of speech after an attribution is the speaker's", "North Korea launched two ballistic missiles into the sea, South Korea's military said, condemning the launch as a provocation.",
			[]triple{{"KORMIL", "111", "PRK", ""}}},
		{"a participle after an attribution is the reported clause's", "North Korea launched a satellite on Tuesday, the South Korean military said, defying United Nations resolutions.",
			[]triple{{"PRK", "128", "IGOUNO", ""}}},
		{"calling an act aggressive criticises its doer", "The Philippines' National Maritime Council called China's actions aggressive and reckless.", []triple{{"PHL", "111", "CHN", ""}}},
		{"using drones against one's forces", "Tajik forces used drones against Kyrgyz positions.", []triple{{"TJKMIL", "195", "KGZ", ""}}},
		{"using mortars against one's forces", "Tajik forces used mortars against Kyrgyz positions.", []triple{{"TJKMIL", "194", "KGZ", ""}}},
		{"craft named by a possessive are their owner's", "The Philippine coast guard said a Chinese ship rammed one of its vessels near Sabina Shoal.",
			[]triple{{"CHN", "170", "PHLMIL", ""}}},
		{"calling an agreement null and void rejects it", "Ethiopia signed an agreement with Kenya. Somalia called the agreement null and void.",
			[]triple{{"SOM", "120", "ETH", ""}, {"SOM", "120", "KEN", ""}}},
		{"the parliament a government tells is its own", "NEW DELHI, Sept 19 (Reuters) - Canadian Prime Minister Justin Trudeau told parliament that Canadian security agencies were pursuing credible allegations.",
			[]triple{{"CANGOV", "010", "CANLEG", ""}}},
		{"a denial recalls the accusation", "Congo accused Rwanda of backing M23 rebels. Rwanda denied the accusation.",
			[]triple{{"COD", "112", "RWA", ""}, {"RWA", "016", "COD", ""}}},
		{"coordination is ties", "China and Russia agreed to deepen strategic coordination.",
			[]triple{{"CHN", "032", "RUS", dyad.ModeFuture}, {"RUS", "032", "CHN", dyad.ModeFuture}}},
		{"the body cooperation is within is no party", "China and Russia should strengthen cooperation within the BRICS.",
			[]triple{{"CHN", "050", "RUS", dyad.ModeHypothetical}, {"RUS", "050", "CHN", dyad.ModeHypothetical}}},
		{"a country's own praise of itself is no event", "Swedish Prime Minister Ulf Kristersson praised Sweden.", nil},
		{"a country's hosting of its own people is no event", "Mexico's President Claudia Sheinbaum said her government would receive deported Mexicans with dignity.", nil},
		{"refugees taken in pay no visit", "Turkey hosts about three million Syrian refugees.", nil},
		{"agreeing to another's terms yields", "Colombia agreed to all of Washington's terms.", []triple{{"COL", "080", "USAGOV", ""}}},
		{"a part of what is acted on", "Iran rejected all of the U.S. demands.", []triple{{"IRN", "120", "USA", ""}}},
		{"tariffs ordered are sanctions", "The U.S. government responded by ordering 25% tariffs on all Colombian imports.", []triple{{"USAGOV", "163", "COL", ""}}},
		{"an infinitive after 'and to' goes with the first", "Kazakhstan and Uzbekistan agreed to restore air links and to reopen checkpoints on the border.",
			[]triple{{"KAZ", "0356", "UZB", dyad.ModeFuture}}},
		{"the neighbours are the two countries", "Niger accused Benin of hosting French troops. China has offered to mediate between the neighbours.",
			[]triple{{"CHN", "039", "NER", ""}, {"CHN", "039", "BEN", ""}}},
		{"a group after a preposition does what its relative says", "Sudan accused the UAE of supplying drones to the Rapid Support Forces, which attacked Port Sudan.",
			[]triple{{"SDN", "112", "ARE", ""}, {"SDNREBRSF", "190", "SDN", ""}}},
		{"declaring a country an enemy state criticises it", "Russia declared the United States an enemy state.", []triple{{"RUS", "111", "USA", ""}}},
		{"a name's first word recalls a Malaysian or an Indonesian", "Malaysian Prime Minister Anwar Ibrahim met Indonesian President Prabowo Subianto. Prabowo invited Anwar to visit Jakarta.",
			[]triple{{"IDNGOV", "036", "MYSGOV", ""}}},
		{"leaders who witness the exchange of agreements are its parties", "Malaysia and Indonesia witnessed the exchange of five memorandums of understanding.",
			[]triple{{"MYS", "057", "IDN", ""}, {"IDN", "057", "MYS", ""}}},
		{"an act said to be outrageous is criticised", "Iran said the U.S. attack was outrageous.", []triple{{"IRN", "111", "USA", ""}}},
		{"a name modifies the act called outrageous", "Iran called the U.S. attack outrageous.", []triple{{"IRN", "111", "USA", ""}}},
		{"an order awarded is an honour", "Kazakhstan awarded Uzbekistan's president the Order of Altyn Kyran.", []triple{{"KAZ", "051", "UZBGOV", ""}}},
		{"an order awarded to someone", "Russia awarded the Order of Friendship to the Chinese ambassador.", []triple{{"RUS", "051", "CHNGOV", ""}}},
		{"the first one to do it is the copula's subject", "Russia became the first country to formally recognise the Taliban government.",
			[]triple{{"RUS", "054", "AFGGOVTAL", ""}}},
		{"a part of the document named", "Armenia and Azerbaijan have agreed on the text of a peace treaty.",
			[]triple{{"ARM", "030", "AZE", ""}, {"AZE", "030", "ARM", ""}}},
		{"help's bare infinitive is to come with help", "Erdogan said Turkey was ready to help Syria fight Islamic State.",
			[]triple{{"SYR", "190", "IMGMOSISL", dyad.ModeHypothetical}}},
		{"help's bare infinitive is done with help", "Turkey helped Syria fight Islamic State.", []triple{{"SYR", "190", "IMGMOSISL", ""}}},
		{"a claim rejected is the accusation before", "Guyana accused Venezuela of sending a naval vessel into its waters. Venezuela's foreign ministry rejected the claim.",
			[]triple{{"VENGOV", "120", "GUY", ""}}},
		{"a country's own reform is an event", "Serbian President Vojislav Kostunica promised to democratize Serbia.",
			[]triple{{"SRBGOV", "0344", "SRB", ""}}},
		{"a pledge to raise trade", "Uzbekistan and Tajikistan pledged to raise bilateral trade to $2 billion by 2027.",
			[]triple{{"UZB", "0311", "TJK", ""}, {"TJK", "0311", "UZB", ""}}},
		{"since between an auxiliary and its participle", "Niger has since strengthened ties with Russia.", []triple{{"NER", "050", "RUS", ""}}},
		{"the country is the dateline's named with another", "NIAMEY, Dec 2 (AFP) - Niger has since strengthened ties with Russia, which sent military instructors. The United States agreed to withdraw its troops from the country.",
			[]triple{{"NER", "050", "RUS", ""}, {"USA", "0356", "NER", ""}}},
		{"a name across of is no quantity", "The Group of Seven condemned Iran.", []triple{{"IGOBUSGOS", "111", "IRN", ""}}},
		{"the attack a verb told of before the one a noun named", "Iran launched more than 300 drones and missiles at Israel, in retaliation for a suspected Israeli strike on its embassy compound in Damascus. Group of Seven leaders condemned the attack.",
			[]triple{{"IRN", "195", "ISR", ""}, {"IGOBUSGOS", "111", "IRN", ""}}},
		{"a mission to an organisation is an office", "Iran's mission to the United Nations said the matter could be deemed concluded.", nil},
		{"a junta is the dateline's", "NIAMEY, Dec 2 (AFP) - The junta expelled the French ambassador in September.",
			[]triple{{"NERMIL", "161", "FRAGOV", ""}}},
		{"a junta is no other force the article named", "NIAMEY, Dec 2 (AFP) - The last French soldiers left Niger on Friday. The junta had expelled the French ambassador in September.",
			[]triple{{"NERMIL", "161", "FRAGOV", ""}}},
		{"the army is the dateline's", "KHARTOUM, June 6 (AP) - The Rapid Support Forces blamed the army for the violence.",
			[]triple{{"SDNREBRSF", "1123", "SDNMIL", ""}}},
		{"the army is not the dateline's beside another country's group", "CAIRO (Reuters) - The Rapid Support Forces have been battling the army for control of the country.", nil},
		{"a rejection is of no place the talks are held in", "Sudan's army-led government rejected an invitation to attend the talks in Geneva.", nil},
		{"a rejection is of no place after in", "Iran rejected an invitation to attend talks in Vienna.", nil},
		{"the owner of the support pledged is its giver", "Sisi pledged Egypt's support.", nil},
		{"the owner of the support pledged to another is its giver", "Sisi pledged Egypt's support to Somalia.", []triple{{"EGYGOV", "032", "SOM", ""}}},
		{"an envoy summoned to a ministry is summoned by its government", "Ukraine's ambassador was summoned to the Polish foreign ministry.",
			[]triple{{"POLGOV", "114", "UKRGOV", ""}}},
		{"an envoy summoned to a ministry in a capital", "The Russian ambassador was summoned to the Foreign Office in London.",
			[]triple{{"GBRGOV", "114", "RUSGOV", ""}}},
		{"a complaint with a forum is against whom it names", "Ukraine filed a complaint with the World Trade Organization against Poland, Hungary and Slovakia over their bans on Ukrainian grain.",
			[]triple{{"UKR", "114", "POL", ""}, {"UKR", "114", "HUN", ""}, {"UKR", "114", "SVK", ""}}},
		{"the opposition a government deals with is its own", "WASHINGTON, Oct 18 (Reuters) - The government of President Nicolas Maduro agreed with the opposition to hold a presidential election next year.",
			[]triple{{"VENGOV", "030", "VENOPP", ""}}},
		{"sanctions to be reimposed if another fails are a threat to it", "US officials said Washington would reimpose the sanctions if Caracas failed to meet its commitments.",
			[]triple{{"USAGOV", "1312", "VEN", dyad.ModeFuture}}},
		{"the two ministers are the two that spoke", "ISLAMABAD (APP): Pakistan's foreign minister held a telephone conversation with his Turkish counterpart. The two ministers exchanged views on regional issues.",
			[]triple{{"PAKGOV", "041", "TURGOV", ""}, {"PAKGOV", "040", "TURGOV", ""}, {"TURGOV", "040", "PAKGOV", ""}}},
		{"greetings conveyed to a leadership", "Pakistan's president conveyed greetings to the Turkish leadership.", []triple{{"PAKGOV", "051", "TURGOV", ""}}},
		{"a delegation's nationality is not its hosts'", "ISLAMABAD, May 4 (APP): The Turkish delegation called on the Chairman Senate Yousuf Raza Gilani at Parliament House.",
			[]triple{{"TURGOV", "042", "PAKLEG", ""}, {"PAKLEG", "043", "TURGOV", ""}}},
		{"an ambassador of no country named is not the dateline's", "ISLAMABAD, May 4 (APP): The ambassador lauded Pakistan's role in promoting regional peace.", nil},
		{"a number of documents signed", "Chinese President Xi Jinping held talks with Spanish Prime Minister Pedro Sanchez. The two sides signed a number of cooperation documents.",
			[]triple{{"CHNGOV", "040", "ESPGOV", ""}, {"CHN", "057", "ESP", ""}, {"ESP", "057", "CHN", ""}}},
		{"a number of agreements signed by two", "China and Spain signed a number of agreements.",
			[]triple{{"CHN", "057", "ESP", ""}, {"ESP", "057", "CHN", ""}}},
		{"what has gone on since a time the sentence opens with is background", "Since then, Pakistan and China have cooperated closely in defence, trade and infrastructure.", nil},
		{"a massacre is the killing before it", "The Rapid Support Forces attacked a village in Sudan's Gezira state, killing more than 100 people. The United Nations condemned the massacre.",
			[]triple{{"IGOUNO", "111", "SDNREBRSF", ""}}},
		{"protesters who storm a residence riot", "Bangladeshi protesters stormed the prime minister's official residence.", []triple{{"BGDOPP", "145", "BGDGOV", ""}}},
		{"working with another is cooperation, and to come an intent", "The United States said it would work with Israel to make sure Iran faces severe consequences.",
			[]triple{{"USA", "032", "ISR", dyad.ModeFuture}}},
		{"leaving an organisation is a cut in relations", "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS. Mali quit the African Union.",
			[]triple{{"MLI", "161", "IGOWAFWAS", ""}, {"BFA", "161", "IGOWAFWAS", ""}, {"NER", "161", "IGOWAFWAS", ""}, {"MLI", "161", "IGOAFRAFU", ""}}},
		{"where an occasion is held is no party to it", "The Saudi envoy hosted a reception in Islamabad to mark the kingdom's National Day.", nil},
		{"a title's holder named after its country is introduced", "President Tokayev received Chairman of the Senate of Pakistan Yousuf Raza Gilani on Monday. Gilani met the Kazakh foreign minister.",
			[]triple{{"KAZGOV", "043", "PAKLEG", ""}, {"PAKLEG", "040", "KAZGOV", ""}}},
		{"the sides are the article's pair", "Pakistan's prime minister visited Kazakhstan. The sides discussed trade.",
			[]triple{{"PAK", "040", "KAZ", ""}, {"KAZ", "040", "PAK", ""}}},
		{"cooperation done as a rule is background", "Turkey has traditionally backed Azerbaijan in its conflict with Armenia.", nil},
		{"and so is aid given since a war began", "The United States has provided Ukraine with more than $60 billion in military aid since the start of the war.", nil},
		{"and mediation in previous conflicts", "Egypt has mediated between Israel and Hamas in previous conflicts.", nil},
		{"a conflictual practice reported is an event", "Israeli soldiers routinely beat up Palestinian detainees.", []triple{{"ISRMIL", "182", "PSECVL", ""}}},
		{"a headline's comma joins its subject", "Vietnam, Japan elevate ties during Kishida visit", []triple{{"VNM", "050", "JPN", ""}, {"JPN", "050", "VNM", ""}}},
		{"but not an apposition", "Pakistan, Iran's neighbour, praised Turkey.", []triple{{"PAK", "051", "TUR", ""}}},
		{"a headline's infinitive is to come", "Modi to visit Ukraine next week", []triple{{"INDGOV", "036", "UKR", dyad.ModeFuture}}},
		{"a past tense after an adverb after its subject is finite", "U.S. President Joe Biden said Washington fully supported Israel and was discussing with Israeli officials how to respond.",
			[]triple{{"USAGOV", "051", "ISR", ""}, {"USAGOV", "040", "ISRGOV", ""}}},
		{"congratulatory messages exchanged are praise each way", "Kazakhstan's president exchanged congratulatory messages with his Uzbek counterpart.",
			[]triple{{"KAZGOV", "051", "UZBGOV", ""}, {"UZBGOV", "051", "KAZGOV", ""}}},
		{"responding decisively to come is a threat", "Iran's foreign minister said on Monday that Tehran \"will respond decisively\" to any Israeli attack.",
			[]triple{{"IRNGOV", "1384", "ISR", dyad.ModeFuture}}},
		{"and done, retaliation", "Israel responded militarily to the Iranian missile attack.", []triple{{"ISR", "190", "IRNMIL", ""}}},
		{"responding to questions is nothing", "The ministry responded to questions from Russian reporters.", nil},
		{"money is no country", "Uzbekistan and Pakistan agreed to increase bilateral trade to 2 billion U.S. dollars within five years.",
			[]triple{{"UZB", "0311", "PAK", ""}, {"PAK", "0311", "UZB", ""}}},
		{"leading a security mission to a country is peacekeeping", "Kenya will lead a multinational police mission to Haiti.",
			[]triple{{"KEN", "0334", "HTI", dyad.ModeFuture}}},
		{"police sent as part of a mission are peacekeepers", "Kenya deployed police officers to Haiti as part of a UN mission.",
			[]triple{{"KEN", "074", "HTI", ""}}},
		{"approving the delivery of weapons is the intent to provide them", "Germany approved the delivery of Leopard tanks to Ukraine.",
			[]triple{{"DEU", "0332", "UKR", ""}}},
		{"and so approving an arms sale", "The United States approved a $1 billion arms sale to Taiwan.", []triple{{"USA", "0332", "TWN", ""}}},
		{"and authorising sending them", "Washington authorised sending cluster munitions to Kyiv.", []triple{{"USAGOV", "0332", "UKRGOV", ""}}},
		{"one's own troops withdrawn are no target", "Ukraine withdrew its troops from the town of Bakhmut on Monday.", nil},
		{"one's own troops withdrawn from another country", "Russia withdrew its troops from Kherson.", []triple{{"RUS", "0874", "UKR", ""}}},
		{"one's own citizens urged are no target", "Pakistan has urged its citizens to avoid travel to the region.", nil},
		{"one's own people coerced are the target", "The Nicaraguan government arrested its own soldiers.", []triple{{"NICGOV", "173", "NICMIL", ""}}},
		{"revoking an agreement rejects it", "Niger's junta revoked a military cooperation agreement with the United States.",
			[]triple{{"NERMIL", "127", "USA", ""}}},
		{"a language is no actor", "The Chinese Consul General inaugurated a Chinese language centre at the University of Peshawar.", []triple{{"CHNGOV", "017", "PAKEDU", ""}}},
		{"a sum of money between the words", "Ghana signed a $3 billion loan deal with the International Monetary Fund.", []triple{{"GHA", "057", "IGOBUSIMF", ""}}},
		{"a sum of money in something between the words", "Japan will provide $500 million in aid to Ukraine.", []triple{{"JPN", "033", "UKR", dyad.ModeFuture}}},
		{"a sum in a currency between the words", "Germany pledged 40 million euros in humanitarian aid to Sudan.", []triple{{"DEU", "0333", "SDN", ""}}},
		{"an infinitive after an object is the subject's purpose", "Farmers blocked roads in Paris to protest against the new tax.",
			[]triple{{"FRAAGR", "144", "FRAGOV", ""}, {"FRAAGR", "1412", "FRAGOV", ""}}},
		{"an infinitive after an object is the subject's act", "Egyptian police opened fire to disperse the demonstrators in Cairo.",
			[]triple{{"EGYCOP", "175", "EGYOPP", ""}}},
		{"a purpose of cooperation is an aim", "Greek and Turkish foreign ministers met in Athens to improve relations.",
			[]triple{{"GRCGOV", "040", "TURGOV", ""}, {"TURGOV", "040", "GRCGOV", ""}, {"GRCGOV", "032", "TURGOV", dyad.ModeFuture}, {"TURGOV", "032", "GRCGOV", dyad.ModeFuture}}},
		{"a verb that has its object act", "Kenya's president urged the United Nations to deploy peacekeepers to Haiti.",
			[]triple{{"KENGOV", "0234", "IGOUNO", ""}, {"IGOUNO", "074", "HTI", dyad.ModeHypothetical}}},
		{"a noun that takes the infinitive has its own doer", "The United States defended the right of Russian troops to fire on militants in Azerbaijan.",
			[]triple{{"USA", "052", "RUSMIL", ""}, {"RUSMIL", "190", "AZEREB", ""}}},
		{"an infinitive a pattern took is no act of its own", "The Philippines summoned a Chinese diplomat to protest the incident.",
			[]triple{{"PHL", "114", "CHNGOV", ""}}},
		{"withdrawing a bill is a change of policy", "Kenyan protesters demanded that the government withdraw the finance bill.",
			[]triple{{"KENOPP", "1042", "KENGOV", ""}}},
		{"letting aid in is for others", "American and British forces must allow aid to reach civilians in Iraq.", nil},
		{"letting aid in", "Egypt opened the Rafah crossing to allow aid trucks into Gaza.",
			[]triple{{"EGY", "0872", "PSE", ""}, {"EGY", "0863", "PSE", ""}}},
		{"what a demand's 'that' clause says is wanted", "The ILO reiterated its demand today that Israel ease restrictions on the movement of Palestinian workers.",
			[]triple{{"IGOUNOLABILO", "100", "ISR", ""}, {"ISR", "081", "PSELAB", dyad.ModeHypothetical}}},
		{"a refusal demanded is wanted, and still a refusal", "Greece demanded that its European Union partners refuse to recognize North Macedonia.",
			[]triple{{"GRC", "102", "IGOEUREEC", ""}, {"IGOEUREEC", "120", "MKD", dyad.ModeHypothetical}}},
		{"a noun a pattern took is no act of its own", "The ILO demanded that Israel ease restrictions on Palestinian workers.",
			[]triple{{"IGOUNOLABILO", "1042", "ISR", ""}}},
		{"a compound subject after an opening time", "On Monday, Pakistan and China signed an agreement.",
			[]triple{{"PAK", "057", "CHN", ""}, {"CHN", "057", "PAK", ""}}},
		{"a compound subject after an opening date", "Last month, Pakistan and China signed an agreement.",
			[]triple{{"PAK", "057", "CHN", ""}, {"CHN", "057", "PAK", ""}}},
		{"a compound subject after an opening place", "In Beijing, Pakistan and China signed an agreement.",
			[]triple{{"PAK", "057", "CHN", ""}, {"CHN", "057", "PAK", ""}}},
		{"fighting a war is with each other", "India and Pakistan fought a war in February.",
			[]triple{{"IND", "190", "PAK", ""}, {"PAK", "190", "IND", ""}}},
		{"fighting a war with another", "Armenia fought a war with Azerbaijan in February.", []triple{{"ARM", "190", "AZE", ""}}},
		{"where a noun's people operate from is their country", "Pakistan has blamed militants operating from Afghanistan for the attack.",
			[]triple{{"PAK", "1123", "AFGREB", ""}}},
		{"where a noun's people are stationed", "Russia accused NATO troops stationed in Poland of provocations.",
			[]triple{{"RUS", "1123", "IGOWSTNAT", ""}}},
		{"rolling over a loan is economic aid", "China rolled over a $2 billion loan to Pakistan.", []triple{{"CHN", "071", "PAK", ""}}},
		{"rolling over a deposit is economic aid", "Saudi Arabia rolled over a $3 billion deposit for Pakistan.", []triple{{"SAU", "071", "PAK", ""}}},
		{"weapons destroyed are not the destroyer's", "Ukrainian air defences destroyed 84 drones and 10 missiles, the air force said.", nil},
		{"one's own weapons destroyed", "Syria destroyed its chemical weapons.", nil},
		{"more weapons sent are military aid", "Germany pledged on Thursday to send three more air defence systems to Ukraine.",
			[]triple{{"DEU", "0332", "UKR", ""}}},
		{"'and' between clauses joins no subjects", "Under the deal, Hamas will release 20 more Israeli hostages and Israel will free 60 Palestinian prisoners.",
			[]triple{{"PSEGOVHMS", "0353", "ISRCVL", dyad.ModeFuture}, {"ISR", "0353", "PSECVL", dyad.ModeFuture}}},
		{"'and' between clauses joins no objects", "Israel attacked Gaza and Hezbollah fired rockets at Israel.",
			[]triple{{"ISR", "190", "PSE", ""}, {"LBNREBHEZ", "194", "ISR", ""}}},
		{"a clause after 'said' may have a compound subject", "The Red Cross said American and British forces must ensure security.",
			[]triple{{"NGOHLHIRC", "100", "USAMIL", ""}, {"NGOHLHIRC", "100", "GBRMIL", ""}}},
		{"a name after a title with a preposition", "Secretary of State Antony Blinken will arrive in Israel on Wednesday.",
			[]triple{{"USAGOV", "036", "ISR", dyad.ModeFuture}}},
		{"a sum invested in a country", "China will invest $2 billion in Pakistan.", []triple{{"CHN", "0311", "PAK", dyad.ModeFuture}}},
		{"boosting trade is with each other", "Kazakhstan and Pakistan agreed to boost bilateral trade to $1 billion.",
			[]triple{{"KAZ", "0311", "PAK", ""}, {"PAK", "0311", "KAZ", ""}}},
		{"blocking a country's vessels restricts movement", "Chinese coast guard ships blocked a Philippine resupply mission.", []triple{{"CHNMIL", "191", "PHL", ""}}},
		{"a strike by a country's initials", "A US drone strike killed a senior al-Qaeda leader in Syria.", []triple{{"USAMIL", "195", "IMGMOSALQ", ""}}},
		{"a participle after the object of a preposition is that noun's act", "Police in Dhaka fired tear gas at students demanding the resignation of Prime Minister Sheikh Hasina.",
			[]triple{{"BGDCOP", "175", "BGDEDU", ""}, {"BGDEDU", "1041", "BGDGOV", ""}}},
		{"reporters told are no party", "Qatar's foreign ministry spokesman Majed al-Ansari told reporters that talks would continue.", nil},
		{"a country's journalists told are", "President Ruto told Kenyan journalists that he would not resign.", []triple{{"KENGOV", "010", "KENMED", ""}}},
		{"what has gone on for years is background", "China has invested more than $60 billion in Pakistan since the corridor was launched in 2015.", nil},
		{"what has gone on for days is an event", "Russia has shelled Kharkiv since Monday.", []triple{{"RUS", "194", "UKR", ""}}},
		{"a toll counted in millions so far is background", "More than 1.3 million Haitians have been displaced by gang violence.", nil},
		{"what was done several times this year is summed up", "Algeria has expelled French diplomats several times this year.", nil},
		{"what has been done repeatedly is background", "Chinese and Philippine vessels have clashed repeatedly near the shoal, which China seized in 2012.", nil},
		{"what was done repeatedly on a day is an event", "Police repeatedly fired tear gas at Filipino protesters on Friday.", []triple{{"PHLCOP", "175", "PHLOPP", ""}}},
		{"what has gone on since a year is background", "Norway has barred most Russian fishing vessels from its ports since 2022.", nil},
		{"a past act of this year is an event", "China invested $2 billion in Pakistan in January.", []triple{{"CHN", "061", "PAK", ""}}},
		{"a past act of an earlier year is history", "China invested $2 billion in Pakistan in 2015.", nil},
		{"a past act of half a year ago and more is history", "China invested $2 billion in Pakistan in July 2023.", nil},
		{"a past act of less than half a year ago is an event", "China invested $2 billion in Pakistan in September 2023.", []triple{{"CHN", "061", "PAK", ""}}},
		{"an act to come is no history", "China will invest $2 billion in Pakistan in 2025.", []triple{{"CHN", "0311", "PAK", dyad.ModeFuture}}},
		{"'the country' is the last country named", "ECOWAS suspended Niger from its decision-making bodies after the July coup and closed borders with the country.",
			[]triple{{"IGOWAFWAS", "160", "NER", ""}, {"IGOWAFWAS", "191", "NER", ""}}},
		{"'the bloc' is the last organisation named", "ECOWAS suspended Niger from its decision-making bodies. The bloc threatened to use force against Niger.",
			[]triple{{"IGOWAFWAS", "160", "NER", ""}, {"IGOWAFWAS", "138", "NER", ""}}},
		{"what the striker called its target", "Israel struck what it said were Hezbollah targets in Lebanon.", []triple{{"ISR", "190", "LBNREBHEZ", ""}}},
		{"a sum given to a country is economic aid", "Japan donated $5 million to the Philippines.", []triple{{"JPN", "071", "PHL", ""}}},
		{"a sum pledged to a country", "Japan pledged $10 million to Sudan.", []triple{{"JPN", "0331", "SDN", ""}}},
		{"a staple food given is humanitarian aid", "Japan donated 50,000 tons of rice to the Philippines.", []triple{{"JPN", "073", "PHL", ""}}},
		{"a cable of condolences", "The King of Jordan sent a cable of condolences to the Turkish president.", []triple{{"JORGOV", "018", "TURGOV", ""}}},
		{"a diplomat takes no country from where it acts", "The ambassador laid a wreath at the mausoleum of Muhammad Ali Jinnah in Karachi.", nil},
		{"a named diplomat where it acts", "The Kazakh ambassador laid a wreath at the mausoleum of Muhammad Ali Jinnah in Karachi.", []triple{{"KAZGOV", "017", "PAK", ""}}},
		{"the country's people are the last country's", "France withdrew its troops from Niger. The country's military rulers expelled the French ambassador.",
			[]triple{{"FRA", "0874", "NER", ""}, {"NERMILGOV", "161", "FRAGOV", ""}}},
		{"the group's leaders are the group", "Hamas fired rockets at Israel. The group's leaders rejected a ceasefire proposal from Egypt.",
			[]triple{{"PSEGOVHMS", "194", "ISR", ""}, {"PSEGOVHMS", "120", "EGY", ""}}},
		{"a session of a joint commission is a meeting", "Pakistan and Kazakhstan held the fifth session of the intergovernmental commission in Islamabad.",
			[]triple{{"PAK", "040", "KAZ", ""}, {"KAZ", "040", "PAK", ""}}},
		{"agreeing to hold a joint commission's session", "Pakistan and Kazakhstan agreed to hold the next session of the joint ministerial commission in Astana.",
			[]triple{{"PAK", "036", "KAZ", ""}, {"KAZ", "036", "PAK", ""}}},
		{"a trade house to open is economic cooperation to come", "Kazakhstan will open a trade house in Lahore.", []triple{{"KAZ", "0311", "PAK", dyad.ModeFuture}}},
		{"direct flights launched", "Kazakhstan launched direct flights to Pakistan.", []triple{{"KAZ", "061", "PAK", ""}}},
		{"'we' in a quotation is its speaker after it", "\"We condemn Israel,\" said the Iranian foreign minister.", []triple{{"IRNGOV", "111", "ISR", ""}}},
		{"'we' in a quotation is its speaker before 'said'", "\"We will support Ukraine,\" Scholz said.", []triple{{"DEUGOV", "032", "UKR", dyad.ModeFuture}}},
		{"the Pope is the Holy See's head of state", "Pope Francis met Ukrainian President Volodymyr Zelenskiy at the Vatican.", []triple{{"VATGOV", "040", "UKRGOV", ""}}},
		{"a package of aid is its kind of aid", "The Pentagon announced a new $2 billion military aid package for Taiwan.", []triple{{"USAMIL", "072", "TWN", ""}}},
		{"a package of aid sent is aid given", "The United States sent a military aid package to Israel.", []triple{{"USA", "072", "ISR", ""}}},
		{"a measure of something between the words", "Germany will provide 5,000 tons of food aid to Sudan.", []triple{{"DEU", "0333", "SDN", dyad.ModeFuture}}},
		{"peacekeepers arriving are deployed and received", "A first batch of Kenyan peacekeepers arrived in Haiti.", []triple{{"KENMIL", "074", "HTI", ""}, {"HTI", "0861", "KENMIL", ""}}},
		{"a force arriving at a request is deployed", "Australian police and soldiers began arriving in the Solomon Islands on Friday at the request of Prime Minister Manasseh Sogavare.",
			[]triple{{"AUSCOP", "074", "SLB", ""}, {"SLB", "0861", "AUSCOP", ""}}},
		{"a force arriving on a mission is deployed", "The first contingent of about 400 Kenyan police officers arrived in Haiti on Tuesday to lead a U.N.-backed multinational mission against the gangs.",
			[]triple{{"KENCOP", "074", "HTI", ""}, {"HTI", "0861", "KENCOP", ""}}},
		{"a promise on a condition is a threat", "Kenya will withdraw its troops from Somalia unless Mogadishu pays their salaries.", []triple{{"KEN", "130", "SOM", dyad.ModeFuture}}},
		{"on a state visit, after the object", "Modi met the Saudi crown prince, who is on a state visit to India.", []triple{{"INDGOV", "040", "SAUGOV", ""}, {"SAUGOV", "042", "IND", ""}}},
		{"a high commissioner is a diplomat", "The British High Commissioner visited Pakistan.", []triple{{"GBRGOV", "042", "PAK", ""}}},
		{"a project inaugurated is a symbolic act", "The US ambassador inaugurated a water project in Pakistan.", []triple{{"USAGOV", "017", "PAK", ""}}},
		{"a surname inside a longer name is not that person", "Foreign ministers Jalil Abbas Jilani and Hossein Amir-Abdollahian spoke by phone.", nil},
		{"a visiting leader", "Chinese President Xi Jinping held talks with visiting Russian President Vladimir Putin in Beijing.", []triple{{"CHNGOV", "040", "RUSGOV", ""}}},
		{"US in capitals starting a sentence", "US Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman.", []triple{{"USAGOV", "040", "SAUGOV", ""}}},
		{"a surname that is a pronoun", "Chinese Vice Premier He Lifeng met the Pakistani prime minister.", []triple{{"CHNGOV", "040", "PAKGOV", ""}}},
		{"on a visit", "The Turkish president, who is on a two-day visit to Azerbaijan, met the Azerbaijani prime minister.", []triple{{"TURGOV", "042", "AZE", ""}, {"AZE", "043", "TURGOV", ""}, {"TURGOV", "040", "AZEGOV", ""}}},
		{"denied that", "Iran denied reports that it had supplied missiles to Russia.", []triple{{"IRN", "072", "RUS", dyad.ModeNegated}}},
		{"never confirmed that", "Israel has never confirmed that it struck the Iranian consulate.", []triple{{"ISR", "190", "IRNGOV", dyad.ModeReported}}},
		{"rejected claims that", "China rejected claims that it was preparing to invade Taiwan.", []triple{{"CHN", "150", "TWN", dyad.ModeNegated}}},
		{"denied gerund", "Rwanda denied supporting Burundian rebels.", []triple{{"RWA", "051", "BDIREB", dyad.ModeNegated}}},
		{"place across; warplanes use aerial weapons", "Israeli warplanes struck dozens of targets across the Gaza Strip.", []triple{{"ISRMIL", "195", "PSE", ""}}},
		{"a place named by its people's adjective; drones are the military's", "Ukrainian drones attacked an oil refinery in the Russian city of Ryazan.", []triple{{"UKRMIL", "195", "RUS", ""}}},
		{"a kind of place of a people", "Israeli jets struck a house in a Syrian village.", []triple{{"ISRMIL", "195", "SYR", ""}}},
		{"an act's agent is its doer", "Russia condemned the attack carried out by Ukraine.", []triple{{"RUS", "111", "UKR", ""}}},
		{"an act's agent after its participle", "Pakistan welcomed the statement issued by China.", []triple{{"PAK", "051", "CHN", ""}}},
		{"the parties of an act stand for it", "China welcomed the talks between Russia and Ukraine.", []triple{{"CHN", "051", "RUS", ""}, {"CHN", "051", "UKR", ""}}},
		{"a statement's participle is its issuer's act", "China released a statement condemning the attack by Japan.", []triple{{"CHN", "111", "JPN", ""}}},
		{"a participle after the clause and a relative clause is the clause's subject's act", "Kenyan police fired tear gas at protesters who stormed parliament, killing at least five people.", []triple{{"KENCOP", "175", "KENOPP", ""}, {"KENCOP", "190", "KENCVL", ""}}},
		{"a participle after the clause is its subject's act", "Russian forces attacked Ukrainian troops near Kharkiv, killing three Ukrainian civilians.", []triple{{"RUSMIL", "190", "UKRMIL", ""}, {"RUSMIL", "190", "UKRCVL", ""}}},
		{"the toll of an attack on a country is no attack of its own", "Russian forces shelled Kharkiv, killing three Ukrainian civilians.", []triple{{"RUSMIL", "194", "UKR", ""}}},
		{"a relation is with whom it is", "Russia hailed its ties with India as a special and privileged strategic partnership.", []triple{{"RUS", "051", "IND", ""}}},
		{"a broker is no party", "Pakistan signed a deal brokered by China.", nil},
		{"what belongs to an actor stands for it", "Israeli helicopters and tanks shelled positions of the Palestinian security forces.", []triple{{"ISRMIL", "194", "PSEMIL", ""}}},
		{"a role word before an abstract noun names no actor", "South Korea decided to suspend a military pact.", nil},
		{"a role word before a thing of the group's still does", "Israeli jets struck rebel positions in Syria.", []triple{{"ISRMIL", "195", "SYRREB", ""}}},
		{"an owner of no country named is no target", "Russia condemned the killing of civilians.", nil},
		{"a possessive pronoun's owner is the sentence's first actor", "Israel's military said its aircraft struck Hezbollah targets in southern Lebanon.", []triple{{"ISRMIL", "195", "LBNREBHEZ", ""}}},
		{"missiles are the military's; hitting is attacking; a capital attacked is the country's", "Israeli missiles hit Damascus airport.", []triple{{"ISRMIL", "195", "SYR", ""}}},
		{"a capital struck is the country's", "Russian forces launched a missile strike on Kyiv overnight.", []triple{{"RUSMIL", "195", "UKR", ""}}},
		{"a capital that speaks is the government", "Moscow condemned Kyiv.", []triple{{"RUSGOV", "111", "UKRGOV", ""}}},
		{"agreeing to work together is an intent to cooperate, whatever date stands between", "Ethiopia and Somalia agreed on Wednesday to work together to resolve the dispute.",
			[]triple{{"ETH", "030", "SOM", ""}, {"SOM", "030", "ETH", ""}}},
		{"gangs who attack police stations assault the police", "Haitian gangs attacked police stations.", []triple{{"HTICRM", "180", "HTICOP", ""}}},
		{"rebels who storm one fight them", "Malian rebels stormed a police station.", []triple{{"MLIREB", "190", "MLICOP", ""}}},
		{"protesters who do riot", "Bangladeshi protesters attacked police stations.", []triple{{"BGDOPP", "145", "BGDGOV", ""}}},
		{"promoting relations is diplomatic cooperation", "Japan and China agreed to promote mutually beneficial relations.", []triple{{"JPN", "032", "CHN", dyad.ModeFuture}, {"CHN", "032", "JPN", dyad.ModeFuture}}},
		{"the doer of a possessed effort's infinitive is the owner", "The UAE foreign ministry said it would continue its efforts to mediate between Moscow and Kyiv.",
			[]triple{{"AREGOV", "039", "RUSGOV", dyad.ModeFuture}, {"AREGOV", "039", "UKRGOV", dyad.ModeFuture}}},
		{"so is a commitment's", "The United States reaffirmed its commitment to defend the Philippines.", []triple{{"USA", "0334", "PHL", ""}}},
		{"a warning that a country would strike is a threat", "Netanyahu warned that Israel would strike Hezbollah if it violated the truce.", []triple{{"ISR", "1384", "LBNREBHEZ", dyad.ModeFuture}}},
		{"so is a vow that it would retaliate", "Iran vowed that it would retaliate against Israel.", []triple{{"IRN", "1384", "ISR", dyad.ModeFuture}}},
		{"Congo alone is the Democratic Republic", "Rwanda accused Congo of working with militias.", []triple{{"RWA", "112", "COD", ""}}},
		{"a country's neighbour is the other country of its sentence", "Congo cut diplomatic ties with Rwanda, accusing its neighbour of backing the M23 rebels.",
			[]triple{{"COD", "161", "RWA", ""}, {"COD", "112", "RWA", ""}}},
		{"', and' goes back past a relative clause", "The United States accused China of a campaign that targeted lawmakers and companies, and imposed sanctions on a Chinese firm.",
			[]triple{{"USA", "112", "CHN", ""}, {"USA", "163", "CHNBUS", ""}}},
		{"a state is accused, not charged in court", "Serbia lodged an official protest with Albania, charging its neighbor with supporting dissidents.",
			[]triple{{"SRB", "114", "ALB", ""}, {"SRB", "112", "ALB", ""}}},
		{"representations lodged are a protest", "Beijing lodged stern representations with Britain.", []triple{{"CHNGOV", "114", "GBR", ""}}},
		{"the means a verb is done by is its subject's act", "Afghan forces responded by firing at Pakistani border posts.", []triple{{"AFGMIL", "190", "PAK", ""}}},
		{"a participle after a preposition before its noun modifies it", "Pakistani airstrikes on suspected militant hideouts in eastern Afghanistan killed at least eight people.",
			[]triple{{"PAK", "195", "AFGREB", ""}}},
		{"people from the two countries are each country's", "India and China signed a deal. Troops from the two countries clashed in the Galwan valley.",
			[]triple{{"INDMIL", "190", "CHNMIL", ""}, {"CHNMIL", "190", "INDMIL", ""}}},
		{"a region's leaders are its organisation the article names", "ECOWAS leaders met in Abuja. West African leaders lifted sanctions on Niger.",
			[]triple{{"IGOWAFWAS", "085", "NER", ""}}},
		{"shooting dead", "Kenyan police shot dead at least 23 protesters on Tuesday.", []triple{{"KENCOP", "193", "KENOPP", ""}}},
		{"an intrusion recalled is its doer's", "A Chinese military aircraft violated Japan's airspace. Japan called the intrusion a serious violation of its sovereignty.",
			[]triple{{"JPN", "111", "CHNMIL", ""}}},
		{"reopening embassies is diplomatic, and agreeing to it an intent to restore relations", "Saudi Arabia and Iran agreed to reopen their embassies within two months.",
			[]triple{{"SAU", "032", "IRN", ""}, {"IRN", "032", "SAU", ""}}},
		{"a noun's modifier before a noun-or-verb, a verb to come", "Iranian missile and drone strikes on Pakistani territory killed two Pakistani children.",
			[]triple{{"IRNMIL", "195", "PAKCVL", ""}}},
		{"goods from a country are its", "The United States imposed tariffs on imports from Canada.", []triple{{"USA", "163", "CAN", ""}}},
		{"what the first to do something did happened", "Modi became the first Indian prime minister to visit Ukraine.",
			[]triple{{"INDGOV", "042", "UKR", ""}, {"UKR", "043", "INDGOV", ""}}},
		{"staging drills around a country is a show of force", "China's military staged large-scale drills around Taiwan on Monday.", []triple{{"CHNMIL", "150", "TWN", ""}}},
		{"craft are their owner's where they were", "The Philippine coast guard said a Chinese ship rammed one of its vessels in the South China Sea.",
			[]triple{{"CHN", "170", "PHLMIL", ""}}},
		{"an accusation rejected is denied", "Canada accused India of plotting. India's foreign ministry dismissed the allegations as preposterous.",
			[]triple{{"CAN", "1125", "IND", ""}, {"INDGOV", "016", "CAN", ""}}},
		{"criticism rejected is a rejection", "Haiti criticised the Dominican Republic over the deportations. The Dominican foreign ministry rejected the criticism.",
			[]triple{{"DOMGOV", "120", "HTI", ""}}},
		{"a subject pronoun past a relative clause is the sayer", "NATO, which Estonia joined in 2004, said it had shared intelligence with the Estonian authorities.",
			[]triple{{"IGOWSTNAT", "064", "ESTGOV", ""}}},
		{"an object pronoun may be in the relative clause", "Brazil, which borders Venezuela, urged it to resolve the dispute peacefully.",
			[]triple{{"BRA", "027", "VEN", ""}}},
		{"what talks are on is no act", "Mexico's economy minister held talks with US Commerce Secretary Howard Lutnick on US tariffs on Mexican steel.",
			[]triple{{"MEXGOV", "040", "USAGOV", ""}}},
		{"the sides of one country's fight four sentences back", "PORT SUDAN (Reuters) - The army-led government rejected the truce offered by the Rapid Support Forces. " +
			"Army chief General Abdel Fattah al-Burhan vowed to fight on. The war has raged for two years. Aid agencies warned of famine. " +
			"Egypt's foreign minister called on both sides to begin talks.",
			[]triple{{"EGYGOV", "026", "SDNGOV", ""}, {"EGYGOV", "026", "SDNREBRSF", ""}}},
		{"a role alone joined to a country's actor is of that country", "China urged the Myanmar military and the rebels to agree to an immediate ceasefire.",
			[]triple{{"CHN", "0256", "MMRMIL", ""}, {"CHN", "0256", "MMRREB", ""}}},
		{"what one tells someone will be is a will", "Abiy told reporters that Ethiopia would export 200 megawatts of electricity to Kenya from next year.",
			[]triple{{"ETH", "0311", "KEN", dyad.ModeFuture}}},
		{"what one tells someone will be, without 'that'", "Abiy told reporters Ethiopia would export 200 megawatts of electricity to Kenya.",
			[]triple{{"ETH", "0311", "KEN", dyad.ModeFuture}}},
		{"exports to be expanded", "Aripov said Tashkent was ready to expand electricity exports to Afghanistan.",
			[]triple{{"UZBGOV", "0311", "AFG", ""}}},
		{"a government's order to its own forces is no demand", "ABUJA (Reuters) - Nigerian President Bola Tinubu ordered the police and the army to rescue the students unharmed.", nil},
		{"an order to another country is a demand", "Russia ordered Ukraine to withdraw its troops.", []triple{{"RUS", "106", "UKR", ""}}},
		{"the purpose of an intent past the object's phrase may come", "European Union foreign ministers agreed on Tuesday to lift economic sanctions on Syria to help the country recover.",
			[]triple{{"IGOEUREEC", "085", "SYR", ""}, {"IGOEUREEC", "070", "SYR", dyad.ModeHypothetical}}},
		{"past the infinitive that says what a plan is", "Polish Prime Minister Donald Tusk called Germany's plan to extend border controls to all its land borders unacceptable.",
			[]triple{{"POLGOV", "111", "DEU", ""}}},
		{"Tusk", "Tusk called Germany's plan unacceptable.", []triple{{"POLGOV", "111", "DEU", ""}}},
		{"'him' is the person the act before was done to", "KAMPALA (AP) - Ugandan soldiers detained opposition leader Robert Kyagulanyi. The soldiers later released him.",
			[]triple{{"UGAMIL", "173", "UGAOPP", ""}, {"UGAMIL", "0841", "UGAOPP", ""}}},
		{"soldiers a speaker tells of are the dateline's", "KAMPALA (AP) - Opposition candidate Robert Kyagulanyi said soldiers had surrounded his home and placed him under house arrest.",
			[]triple{{"UGAMIL", "173", "UGAOPP", ""}}},
		{"an opposition candidate", "KAMPALA (AP) - Opposition candidate Robert Kyagulanyi said Ugandan soldiers had detained him.",
			[]triple{{"UGAMIL", "173", "UGAOPP", ""}}},
		{"what one fights until it happens has not happened", "Ethnic Albanians have sworn to fight until they gain control of villages near Macedonia's border with Bulgaria.",
			[]triple{{"ALB", "192", "MKD", dyad.ModeHypothetical}}},
		{"a threat rejected is rejected of who threatened", "Russia threatened to cut gas supplies to Moldova. Moldovan President Maia Sandu rejected the threat.",
			[]triple{{"MDAGOV", "120", "RUS", ""}}},
		{"sanctions called blackmail", "The United States imposed sanctions on Iran. Iran called the sanctions blackmail.",
			[]triple{{"IRN", "111", "USA", ""}}},
		{"a base near a city is of the city's country", "Israeli warplanes struck a military base near Homs overnight.",
			[]triple{{"ISRMIL", "195", "SYRMIL", ""}}},
		{"Moldova's president", "President Maia Sandu accused Moscow of spending millions of euros to buy votes.",
			[]triple{{"MDAGOV", "112", "RUSGOV", ""}}},
		{"the Emirates are the UAE", "Ukrainian President Volodymyr Zelensky thanked the Emirates for its role in the swap.",
			[]triple{{"UKRGOV", "051", "ARE", ""}}},
		{"beginning air and naval drills around a country is one too", "China's military began large-scale air and naval drills around Taiwan on Saturday. Taiwan's government condemned the drills as a threat to regional peace.",
			[]triple{{"CHNMIL", "150", "TWN", ""}, {"TWNGOV", "111", "CHNMIL", ""}}},
		{"a country's protest is an official complaint", "China protested against the visit by the US speaker.", []triple{{"CHN", "114", "USA", ""}}},
		{"a people's is a rally", "Hundreds of Palestinians protested in Ramallah against the Israeli raid.", []triple{{"PSE", "141", "ISR", ""}}},
		{"Brussels is Belgium's government", "Russia warned Brussels against admitting Ukraine.", []triple{{"RUS", "130", "BELGOV", ""}}},
		{"Brussels is the EU's in a report on it", "Russia said the decision would destabilise the EU and warned Brussels against admitting Ukraine.", []triple{{"RUS", "130", "IGOEUREEC", ""}}},
		{"an organisation is recalled by its role noun", "The International Court of Justice ordered Israel to prevent genocide. The court also called on Hamas to release the hostages.",
			[]triple{{"IGOUNOJUDICJ", "100", "ISR", ""}, {"IGOUNOJUDICJ", "0253", "PSEGOVHMS", ""}}},
		{"and so is what belongs to it", "The International Court of Justice ordered Israel to prevent genocide. The court's 17-judge panel also called on Hamas to release the hostages.",
			[]triple{{"IGOUNOJUDICJ", "100", "ISR", ""}, {"IGOUNOJUDICJ", "0253", "PSEGOVHMS", ""}}},
		{"a capital where something happens is the country's", "Sri Lanka opened an embassy in Tehran.", []triple{{"LKA", "054", "IRN", ""}}},
		{"troops name no weapon", "Russian troops attacked the Ukrainian village.", []triple{{"RUSMIL", "190", "UKR", ""}}},
		{"direct object", "Russia attacked Ukraine.", []triple{{"RUS", "190", "UKR", ""}}},
		{"visit pair", "The Kazakh ambassador visited Pakistan.", []triple{{"KAZGOV", "042", "PAK", ""}, {"PAK", "043", "KAZGOV", ""}}},
		{"passive", "Ukraine was attacked by Russia.", []triple{{"RUS", "190", "UKR", ""}}},
		{"a passive light verb after its noun", "Sanctions were imposed on Russia by the European Union.", []triple{{"IGOEUREEC", "163", "RUS", ""}}},
		{"compound source", "Pakistan and Kazakhstan praised Israel.", []triple{{"PAK", "", "ISR", ""}, {"KAZ", "", "ISR", ""}}},
		{"possessive", "Kazakhstan's ambassador met with Pakistan's foreign minister.", []triple{{"KAZGOV", "", "PAKGOV", ""}}},
		{"counterpart", "Japan's prime minister met his South Korean counterpart.", []triple{{"JPNGOV", "040", "KORGOV", ""}}},
		{"an owned act's infinitive", "Germany welcomed France's decision to increase defence spending.", []triple{{"DEU", "051", "FRA", ""}}},
		{"an owner that is an actor", "Japan called on China's leaders to release the detainees.", []triple{{"JPN", "0253", "CHNGOV", ""}}},
		{"counterpart of the source's roles", "The Indian army chief met his Chinese counterpart in Delhi.", []triple{{"INDMIL", "040", "CHNMIL", ""}}},
		{"apposition", "The Ambassador of Kazakhstan to Pakistan, Yerzhan Kistafin, visited Multan.", []triple{{"KAZGOV", "042", "PAK", ""}}},
		{"negated", "Russia did not visit Ukraine.", []triple{{"RUS", "042", "UKR", dyad.ModeNegated}}},
		{"future", "India will host Nepal.", []triple{{"IND", "036", "NPL", dyad.ModeFuture}}},
		{"future conflict is a threat", "India will attack Nepal.", []triple{{"IND", "1384", "NPL", dyad.ModeFuture}}},
		{"a boycott of contacts to come is a threat", "Palestinian leaders said they would boycott all official contact with the United States.", []triple{{"PSEGOV", "1313", "USA", dyad.ModeFuture}}},
		{"congratulating a leader on a victory is praise", "Erdogan congratulated Putin on his election victory.", []triple{{"TURGOV", "051", "RUSGOV", ""}}},
		{"a quantifier between a pattern's words", "Iran launched more than 300 drones and missiles at Israel.", []triple{{"IRN", "195", "ISR", ""}}},
		{"a count between a pattern's words", "Hezbollah fired dozens of rockets at northern Israel.", []triple{{"LBNREBHEZ", "194", "ISR", ""}}},
		{"retaliation with strikes on targets inside a country", "Pakistan retaliated on Thursday with strikes on targets inside Iran.", []triple{{"PAK", "190", "IRN", ""}}},
		{"a light verb with a particle", "The United States carried out strikes against Houthi targets in Yemen.", []triple{{"USA", "190", "YEMREBHTH", ""}}},
		{"the modifiers of one noun phrase are one skip", "Qatar signed a 27-year gas supply deal with China.", []triple{{"QAT", "057", "CHN", ""}}},
		{"a loan tranche", "The IMF approved a $1.1 billion loan tranche for Pakistan.", []triple{{"IGOBUSIMF", "071", "PAK", ""}}},
		{"tariffs raised", "The United States raised tariffs on Chinese electric vehicles to 100 percent.", []triple{{"USA", "163", "CHN", ""}}},
		{"more of what the pattern's words name, in one noun phrase", "Kenyan police fired tear gas and live rounds at protesters.", []triple{{"KENCOP", "175", "KENOPP", ""}}},
		{"a passive's subject is what the pattern's words name after the verb; but joins a passive", "Egypt's plan was welcomed by Hamas but rejected by Israel.",
			[]triple{{"PSEGOVHMS", "051", "EGY", ""}, {"ISR", "127", "EGY", ""}}},
		{"talks suspended in the passive are talks halted", "Talks with Iran were suspended by the United States.", []triple{{"USA", "164", "IRN", ""}}},
		{"a meeting between two that ended took place", "A meeting between Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin at the Kremlin ended in a shouting match.",
			[]triple{{"UKRGOV", "040", "RUSGOV", ""}, {"RUSGOV", "040", "UKRGOV", ""}}},
		{"shuttle diplomacy is meetings", "South Korea and Japan agreed to resume their shuttle diplomacy.", []triple{{"KOR", "036", "JPN", ""}, {"JPN", "036", "KOR", ""}}},
		{"they after a list of three subjects are all three", "Burkina Faso, Mali and Niger announced that they would withdraw from the International Criminal Court.",
			[]triple{{"BFA", "1313", "IGOJUDICC", dyad.ModeFuture}, {"MLI", "1313", "IGOJUDICC", dyad.ModeFuture}, {"NER", "1313", "IGOJUDICC", dyad.ModeFuture}}},
		{"a consul is posted where the consulate is, and those met there are of that country", "Consul General of China in Karachi Yang Yundong visited the Sindh Madressatul Islam University.",
			[]triple{{"CHNGOV", "042", "PAKEDU", ""}, {"PAKEDU", "043", "CHNGOV", ""}}},
		{"a place an agreement or a truce is about is no party to it", "Sisi will host a summit on Monday to sign the Gaza ceasefire deal.", nil},
		{"countries along with the subject act with it", "Germany, along with France and Britain, called on Iran to return to talks on its nuclear programme.",
			[]triple{{"DEU", "026", "IRN", ""}, {"FRA", "026", "IRN", ""}, {"GBR", "026", "IRN", ""}}},
		{"neither nor negates", "Neither Russia nor China supported Iran.", []triple{{"RUS", "051", "IRN", dyad.ModeNegated}, {"CHN", "051", "IRN", dyad.ModeNegated}}},
		{"a surname that is a people's adjective names no people; the person is known by it", "UN human rights chief Volker Turk criticised Israel. Turk condemned Hamas.",
			[]triple{{"IGOUNO", "111", "ISR", ""}, {"IGOUNO", "111", "PSEGOVHMS", ""}}},
		{"entering another's airspace defies norms; its airspace is its owner's", "Poland shot down Russian drones that entered its airspace.", []triple{{"POL", "190", "RUSMIL", ""}, {"RUSMIL", "128", "POL", ""}}},
		{"martial law declared names its own country", "South Korean President Yoon Suk Yeol declared martial law late on Tuesday.", []triple{{"KORGOV", "1724", "KOR", ""}}},
		{"goods sent are economic cooperation", "Mexico sent two tankers of fuel to Cuba to help restore power.", []triple{{"MEX", "061", "CUB", ""}}},
		{"a former official is an elite", "Mexican President Claudia Sheinbaum granted asylum to a former Peruvian prime minister.", []triple{{"MEXGOV", "075", "PERELI", ""}}},
		{"border posts captured are ground won, not an office", "Indian forces captured several Pakistani border posts.", []triple{{"INDMIL", "192", "PAK", ""}}},
		{"drawing condemnation from someone is their condemnation", "Japan's remarks sparked condemnation from Beijing.", []triple{{"CHNGOV", "111", "JPN", ""}}},
		{"the two neighbours are two countries, not a country and a body", "Cambodia accused Thailand of using cluster munitions and called for an emergency meeting of the UN Security Council. Malaysia offered to mediate between the two neighbours.",
			[]triple{{"KHM", "112", "THA", ""}, {"KHM", "026", "IGOUNO", ""}, {"MYS", "039", "KHM", ""}, {"MYS", "039", "THA", ""}}},
		{"what one avoids doing is not done", "China advised its officials to avoid travelling to Japan.", []triple{{"CHNGOV", "042", "JPN", dyad.ModeNegated}, {"JPN", "043", "CHNGOV", dyad.ModeNegated}}},
		{"people's journeys are no visits", "China advised its citizens to avoid travelling to Japan.", nil},
		{"refugees arriving are no visitors", "Ukrainian refugees arrived in Poland on Monday.", nil},
		{"children returned are persons returned", "Russia returned 11 Ukrainian children.", []triple{{"RUS", "0841", "UKRCVL", ""}}},
		{"flights of aid are aid", "Australia and New Zealand on Thursday delivered the first flights of humanitarian aid to Tonga.", []triple{{"AUS", "073", "TON", ""}, {"NZL", "073", "TON", ""}}},
		{"other partners unnamed leave the named", "Tongan Prime Minister Siaosi Sovaleni thanked Australia, New Zealand and other partners for their support.", []triple{{"TONGOV", "051", "AUS", ""}, {"TONGOV", "051", "NZL", ""}}},
		{"emergency supplies are aid", "China said it would provide emergency supplies to Tonga.", []triple{{"CHN", "0333", "TON", dyad.ModeFuture}}},
		{"members of a synset joined by and are one", "Greek riot police fired tear gas and stun grenades at protesters outside parliament.", []triple{{"GRCCOP", "175", "GRCOPP", ""}}},
		{"a synset member before a noun modifies it", "Russia launched a massive missile and drone attack on Ukraine.", []triple{{"RUS", "195", "UKR", ""}}},
		{"rallying across a country", "Hundreds of thousands of Greek protesters rallied across Greece on Friday.", []triple{{"GRCOPP", "141", "GRCGOV", ""}}},
		{"marching in a city", "Thousands of Venezuelan opposition supporters marched in Caracas on Thursday.", []triple{{"VENOPP", "141", "VENGOV", ""}}},
		{"soldiers marching parade", "Russian soldiers marched through Moscow.", nil},
		{"a patrol fired on shows no force of its own", "Islamic State-linked insurgents opened fire on a Rwandan army patrol near Mocimboa da Praia in Cabo Delgado province.", []triple{{"MOZINS", "190", "RWAMIL", ""}}},
		{"peace talks are negotiations", "Russian and Ukrainian delegations held their first direct peace talks in Istanbul.", []triple{{"RUSGOV", "046", "UKRGOV", ""}, {"UKRGOV", "046", "RUSGOV", ""}}},
		{"travelling on to a country is a visit to it", "Kenyan President William Ruto flew on to Djibouti on Monday.", []triple{{"KENGOV", "042", "DJI", ""}, {"DJI", "043", "KENGOV", ""}}},
		{"a discussion in a phone call is by telephone", "In a phone call on Friday, Zelenskiy and British Prime Minister Keir Starmer discussed the attack.",
			[]triple{{"UKRGOV", "041", "GBRGOV", ""}, {"GBRGOV", "041", "UKRGOV", ""}}},
		{"a meeting is no call for a call after it", "Zelenskiy met Starmer in London and later spoke by phone with Macron.",
			[]triple{{"UKRGOV", "040", "GBR", ""}, {"UKRGOV", "041", "FRAGOV", ""}}},
		{"what two discuss after a call is the call's", "Kenyan President William Ruto spoke by telephone with US President Joe Biden on Monday, and the two leaders discussed the funding of the mission.",
			[]triple{{"KENGOV", "041", "USAGOV", ""}, {"USAGOV", "041", "KENGOV", ""}}},
		{"a call with a leader is by telephone", "Modi held a similar call with German Chancellor Olaf Scholz on Monday.", []triple{{"INDGOV", "041", "DEUGOV", ""}}},
		{"hours given an ambassador to leave are an expulsion", "Niger's military rulers gave the French ambassador 48 hours to leave the country.", []triple{{"NERMIL", "161", "FRA", ""}}},
		{"broadcasters are their countries' media", "Burkina Faso's communications regulator suspended the BBC and Voice of America for two weeks.",
			[]triple{{"BFA", "172", "GBRMEDBBC", ""}, {"BFA", "172", "USAMEDVOA", ""}}},
		{"Russia today is no broadcaster", "Taiwan's Vice Foreign Minister visited Russia today.", []triple{{"TWNGOV", "042", "RUS", ""}, {"RUS", "043", "TWNGOV", ""}}},
		{"extradited from one country to another", "FTX founder Sam Bankman-Fried was extradited from the Bahamas to the United States on Wednesday.", []triple{{"BHS", "063", "USA", ""}}},
		{"credit lines expanded are aid", "Brazil expanded credit lines to Argentina.", []triple{{"BRA", "071", "ARG", ""}}},
		{"an air force fights from the air", "Pakistan said its air force shot down five Indian fighter jets.", []triple{{"PAKMIL", "195", "INDMIL", ""}}},
		{"a ban on one's own people is an administrative sanction", "The Polish government barred civilians from entering the border zone for 90 days.",
			[]triple{{"POLGOV", "172", "POLCVL", ""}}},
		{"what an act forced is no coercion", "Orban later vetoed a proposed EU aid package for Ukraine, forcing EU leaders to postpone the decision until January.",
			[]triple{{"HUNGOV", "129", "IGOEUREEC", ""}}},
		{"an act months after which is background", "Colombia's government and the ELN opened a fourth round of peace talks in Caracas on Monday, two months after the two sides agreed on a six-month ceasefire in Havana.",
			[]triple{{"COLGOV", "046", "COLREBELN", ""}, {"COLREBELN", "046", "COLGOV", ""}}},
		{"a role word before a shared noun is the noun's too", "Russian and Ukrainian military delegations met in Istanbul.", []triple{{"RUSMIL", "040", "UKRMIL", ""}, {"UKRMIL", "040", "RUSMIL", ""}}},
		{"an act that would do something, if it happened, is hypothetical", "Officials said an Israeli strike on Iran would be a disaster.", []triple{{"ISR", "190", "IRN", dyad.ModeHypothetical}}},
		{"calling a move a brave decision praises it", "Russia recognised the Taliban government. Muttaqi called the move a brave decision.", []triple{{"RUS", "054", "AFGGOVTAL", ""}, {"AFGGOVTAL", "051", "RUS", ""}}},
		{"rallying in a city is a protest there", "Tens of thousands of Serbians rallied in Belgrade on Saturday against corruption.", []triple{{"SRB", "141", "SRBGOV", ""}}},
		{"calling an act regrettable disapproves of it", "Japan's Prime Minister Shigeru Ishiba called the US tariffs extremely regrettable.", []triple{{"JPNGOV", "111", "USA", ""}}},
		{"an envoy expelled in the passive is a cut in relations; he is not the capital", "South Africa's ambassador to the United States was expelled by Washington on Friday after he criticised President Donald Trump in a webinar.",
			[]triple{{"USAGOV", "161", "ZAFGOV", ""}, {"ZAFGOV", "111", "USAELI", ""}}},
		{"a participle joined to a passive shares its be", "Former Philippine President Rodrigo Duterte was arrested in Manila on Tuesday and flown to The Hague.", nil},
		{"a past tense in -ed joined to a passive is the subject's act", "Canada would not be bullied and called on Washington to return to the negotiating table.", []triple{{"CAN", "026", "USAGOV", ""}}},
		{"an act after including is one of the subject's", "The United States imposed sweeping tariffs on imports from dozens of countries on Wednesday, including a 34% duty on Chinese goods.", []triple{{"USA", "163", "CHN", ""}}},
		{"forces of countries unnamed are not the place's", "The Kremlin rejected any deployment of European forces in Ukraine.", nil},
		{"the Pope alone, capitalised, is the Holy See's head of state", "Iraqi Prime Minister Mustafa al-Kadhimi met the Pope in Baghdad.", []triple{{"IRQGOV", "040", "VATGOV", ""}}},
		{"a pope in lower case is a cleric", "The Coptic pope met Egyptian President Abdel Fattah al-Sisi.", []triple{{"EGYREL", "040", "EGYGOV", ""}}},
		{"leaving an organisation is a cut in relations too", "Mali, Burkina Faso and Niger formally left the Economic Community of West African States on Wednesday.",
			[]triple{{"MLI", "161", "IGOWAFWAS", ""}, {"BFA", "161", "IGOWAFWAS", ""}, {"NER", "161", "IGOWAFWAS", ""}}},
		{"leaving a city is no act on it", "Putin left Beijing on Friday.", nil},
		{"a counterpart joined to the subject holds the first one's kind of role", "Indonesian Defence Minister Sjafrie Sjamsoeddin and his Malaysian counterpart Mohamed Khaled Nordin signed a memorandum of understanding on maritime security.", []triple{{"IDNMIL", "057", "MYSMIL", ""}, {"MYSMIL", "057", "IDNMIL", ""}}},
		{"water cannon and tear gas against protesters is repression", "Georgian police used water cannon and tear gas against protesters outside parliament.", []triple{{"GEOCOP", "175", "GEOOPP", ""}}},
		{"more of what the pattern's words name, joined to them", "The UN withdrew inspectors and aid workers from Iraq.", []triple{{"IGOUNO", "1662", "IRQ", ""}}},
		{"future sanctions", "Nepal will impose sanctions on India.", []triple{{"NPL", "1312", "IND", dyad.ModeFuture}}},
		{"reported would is will", "Bolivia said on Monday that it would impose sanctions on Peru.", []triple{{"BOL", "1312", "PER", dyad.ModeFuture}}},
		{"reported conditional threat", "Iran said it would attack Israel if provoked.", []triple{{"IRN", "1384", "ISR", dyad.ModeFuture}}},
		{"reported intent", "Japan said it would provide aid to Nepal.", []triple{{"JPN", "033", "NPL", dyad.ModeFuture}}},
		{"would without speech", "Nepal would attack India if it could.", []triple{{"NPL", "190", "IND", dyad.ModeHypothetical}}},
		{"refusal", "Serbia refused to meet Croatia.", []triple{{"SRB", "125", "HRV", ""}}},
		{"refusal with will", "Syria will not accept refugees from Iraq.", []triple{{"SYR", "12", "IRQ", ""}}},
		{"not done", "Russia did not visit Ukraine.", []triple{{"RUS", "042", "UKR", dyad.ModeNegated}}},
		{"appeal", "Egypt urged Qatar to mediate between Israel and Hamas.", []triple{{"QAT", "", "ISR", dyad.ModeHypothetical}}},
		{"intent", "China plans to visit Peru.", []triple{{"CHN", "036", "PER", dyad.ModeFuture}}},
		{"an attempt is an act", "Qatar tried to mediate between Israel and Hamas.", []triple{{"QAT", "045", "ISR", ""}}},
		{"nominal light verb", "The Indian president paid a visit to Bhutan.", []triple{{"INDGOV", "042", "BTN", ""}}},
		{"background", "Multan is the fifth most populous city in Pakistan.", nil},
		{"a visitor of no country", "The delegation visited Kazakhstan.", nil},
		{"a host of no country", "Kazakhstan hosted the delegation on Monday.", nil},
		{"domestic force", "The army shelled Homs.", []triple{{"SYRMIL", "19", "SYR", ""}}},
		{"counted actor", "Hundreds of Kenyan students protested against the government.", []triple{{"KENEDU", "141", "KENGOV", ""}}},
		{"gathered actor", "A group of Peruvian diplomats met Chilean officials.", []triple{{"PERGOV", "04", "CHLGOV", ""}}},
		{"members of", "The envoy of Chile met members of the Peruvian chamber of commerce.", []triple{{"CHLGOV", "04", "PERBUS", ""}}},
		{"domestic protest", "Thousands of Iraqi Kurds demonstrated in Kirkuk.", []triple{{"IRQ", "141", "IRQGOV", ""}}},
		{"protest without target", "Serbian workers went on strike on Monday.", []triple{{"SRBLAB", "143", "SRBGOV", ""}}},
		{"protesters of one country together", "Thousands of Serbian students and workers rallied in Belgrade on Saturday.",
			[]triple{{"SRBEDU", "141", "SRBGOV", ""}, {"SRBLAB", "141", "SRBGOV", ""}}},
		{"relative clause", "The French minister, who arrived from Paris, praised Germany.", []triple{{"FRAGOV", "05", "DEU", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := c.Code(article("t", tt.text, "2024-03-01"))
			for _, w := range tt.want {
				if !hasEvent(evs, w) {
					t.Errorf("%q: want %v; got %s", tt.text, w, show(evs))
				}
			}
			if tt.want == nil && len(evs) > 0 {
				t.Errorf("%q: want no events; got %s", tt.text, show(evs))
			}
			for _, e := range evs {
				checkSpans(t, tt.text, e)
			}
		})
	}
}

// TestDeedSubject: what a deed endangers is no threat of its doer's.
func TestDeedSubject(t *testing.T) {
	codeExactly(t, testCoder(t), "Biden sharply increased tariffs on Chinese electric vehicles, saying Beijing's unfair trade practices threatened American jobs.",
		[]triple{{"USAGOV", "163", "CHN", ""}})
	codeExactly(t, testCoder(t), "China's defence ministry threatened Taiwan.", []triple{{"CHNMIL", "130", "TWN", ""}})
}

// TestGovernmentProtest: a ministry's protest is an official complaint,
// and the "it" of its "and said it would" is the ministry, not the nearest
// noun (the vessels, plural, or China's envoy).
func TestGovernmentProtest(t *testing.T) {
	txt := "The Philippine foreign ministry summoned China's deputy chief of mission to protest against the actions of the Chinese vessels, and said it would file a diplomatic protest with Beijing."
	// The deputy chief of mission is a diplomat (CHNGOV), so the protest
	// the ministry would file with Beijing is the one it lodged.
	codeExactly(t, testCoder(t), txt, []triple{{"PHLGOV", "114", "CHNGOV", ""}})
}

// TestArticleMemory: people keep the actor they were introduced as, "the
// ambassador" refers back, and "both countries" is the article's pair.
func TestArticleMemory(t *testing.T) {
	c := testCoder(t)
	txt := "The Ambassador of Kazakhstan to Pakistan, Yerzhan Kistafin, arrived in Lahore on Monday. " +
		"Ambassador Kistafin later met Pakistani students. " +
		"Kistafin praised Pakistan for its hospitality. " +
		"The ambassador also visited Multan.\n\n" +
		"Pakistan and Kazakhstan are old partners. Both countries signed an agreement on energy."
	evs := c.Code(article("memory", txt, "2024-03-06"))
	wantInSentences(t, evs, []sentenceTriple{
		{0, triple{"KAZGOV", "042", "PAK", ""}},
		{1, triple{"KAZGOV", "04", "PAKEDU", ""}},
		{2, triple{"KAZGOV", "051", "PAK", ""}},
		{3, triple{"KAZGOV", "042", "PAK", ""}},
		{5, triple{"PAK", "057", "KAZ", ""}},
		{5, triple{"KAZ", "057", "PAK", ""}},
	})
	for _, e := range evs {
		checkSpans(t, txt, e)
		if e.Sentence == 0 && e.Date != "2024-03-04" {
			t.Errorf("sentence 0 dated %s, want Monday 2024-03-04", e.Date)
		}
	}
}

// TestNamedStranger: a role before a name that neither the dictionaries
// nor the article know is a new person, not the last one with the role:
// President Jonas Ferreira is not the Kenyan president just named, and in
// a report from Luanda he is taken for Angola's, and so is his government
// when his surname names him later.
func TestNamedStranger(t *testing.T) {
	c := testCoder(t)
	txt := "Luanda, 4 March 2024 (dyad example): Kenyan President William Ruto arrived in Luanda on Monday for talks on trade.\n\n" +
		"President Jonas Ferreira accused Russia and Ukraine of ignoring the ceasefire. " +
		"Russia criticised President Ferreira's government."
	evs := c.Code(article("stranger", txt, "2024-03-04"))
	wantInSentences(t, evs, []sentenceTriple{
		{0, triple{"KENGOV", "042", "AGO", ""}},
		{1, triple{"AGOGOV", "112", "RUS", ""}},
		{1, triple{"AGOGOV", "112", "UKR", ""}},
		{2, triple{"RUS", "111", "AGOGOV", ""}},
	})
	for _, e := range append(inSentence(evs, 1), inSentence(evs, 2)...) {
		for _, a := range []dyad.Actor{e.Source, e.Target} {
			if strings.Contains(a.Text, "Ferreira") && (a.Code != "AGOGOV" || a.Name != "Jonas Ferreira") {
				t.Errorf("%q coded as %s %q, want AGOGOV Jonas Ferreira", a.Text, a.Code, a.Name)
			}
		}
	}
}

// TestFamilyName: a person is known later by the word that names them
// alone, the family name first for the countries that put it first, even
// when the full name was in a clause that coded no event, but not before
// the full name.
func TestFamilyName(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, txt string
		want      []sentenceTriple
	}{
		{"named in an uncoded clause", "China launched drills around Taiwan three days after President Lai Ching-te took office. " +
			"Lai has offered talks with China.", []sentenceTriple{{1, triple{"TWNGOV", "036", "CHN", ""}}}},
		{"an unknown person introduced by role", "Chinese Ambassador Jiang Zaidong met Prime Minister Shehbaz Sharif of Pakistan. " +
			"Jiang invited Sharif to visit Beijing.", []sentenceTriple{{1, triple{"CHNGOV", "036", "PAKGOV", ""}}}},
		{"a surname met before", "Protesters gathered before Prime Minister Shehbaz Sharif arrived. " +
			"Sharif criticised India.", []sentenceTriple{{1, triple{"PAKGOV", "111", "IND", ""}}}},
		{"a given name first is not a family name", "Foreign Minister Radoslaw Sikorski spoke. " +
			"Radoslaw criticised Russia.", nil},
		{"named after", "Lai has offered talks with China. President Lai Ching-te took office in May.", nil},
		{"a family name the tagger takes for a noun", "Chinese Premier Li Qiang spoke on Monday. Li criticised Japan.",
			[]sentenceTriple{{1, triple{"CHNGOV", "111", "JPN", ""}}}},
	} {
		evs := c.Code(article(tc.name, tc.txt, "2024-06-03"))
		if tc.want == nil {
			if len(evs) > 0 {
				t.Errorf("%s: want no event, got %s", tc.name, show(evs))
			}
			continue
		}
		wantInSentences(t, evs, tc.want)
	}
}

func hasEvent(evs []dyad.Event, w triple) bool {
	for _, e := range evs {
		if e.Source.Code == w.source && e.Target.Code == w.target && (w.code == "" || e.Code == w.code || strings.HasPrefix(e.Code, w.code)) && e.Mode == w.mode {
			return true
		}
	}
	return false
}

// sentenceTriple is an event wanted in a sentence of an article.
type sentenceTriple struct {
	sentence int
	triple
}

// wantInSentences checks that each wanted event is among its sentence's.
func wantInSentences(t *testing.T, evs []dyad.Event, want []sentenceTriple) {
	t.Helper()
	for _, w := range want {
		if !hasEvent(inSentence(evs, w.sentence), w.triple) {
			t.Errorf("sentence %d: want %v; got %s", w.sentence, w.triple, show(evs))
		}
	}
}

// inSentence returns the events of sentence n.
func inSentence(evs []dyad.Event, n int) []dyad.Event {
	var in []dyad.Event
	for _, e := range evs {
		if e.Sentence == n {
			in = append(in, e)
		}
	}
	return in
}

func show(evs []dyad.Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("[" + e.Source.Code + " " + e.Code + " " + e.Target.Code + " " + string(e.Mode) + " (" + e.Evidence.Pattern + ")] ")
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

// checkSpans checks that every span of an event indexes the text it claims.
func checkSpans(t *testing.T, txt string, e dyad.Event) {
	t.Helper()
	in := func(s dyad.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(txt) }
	if !in(e.Span) {
		t.Errorf("event span %v out of range", e.Span)
		return
	}
	for _, a := range []dyad.Actor{e.Source, e.Target} {
		if a.Code == "" {
			continue
		}
		if !in(a.Span) || txt[a.Span.Start:a.Span.End] != a.Text {
			t.Errorf("actor %s: span %v does not cover %q", a.Code, a.Span, a.Text)
		}
	}
	var words []string
	for _, s := range e.Evidence.Spans {
		if !in(s) {
			t.Errorf("evidence span %v out of range", s)
			return
		}
		words = append(words, txt[s.Start:s.End])
	}
	if got := strings.Join(words, " "); got != e.Evidence.Words {
		t.Errorf("evidence words %q, spans give %q", e.Evidence.Words, got)
	}
}

// TestHeadlineDateline checks an article that opens with a headline and a
// blank line before its dateline: the dateline dates and places its events,
// and neither it nor the headline is a sentence.
func TestHeadlineDateline(t *testing.T) {
	txt := "Japan pledges loans to Vietnam\n\nHANOI, Nov 28 (Reuters) - Japan pledged 50 billion yen in loans to help Vietnam build a railway.\n\nThe two sides also signed an agreement on semiconductors."
	a := article("headline", txt, "")
	if a.Dateline == nil || a.Dateline.Place != "HANOI" || a.Date.Format(time.DateOnly) != "2023-11-28" {
		t.Fatalf("dateline %+v, date %v; want HANOI on 2023-11-28", a.Dateline, a.Date)
	}
	var got []string
	for _, s := range Analyze(a) {
		got = append(got, txt[s.Span.Start:s.Span.End])
	}
	want := []string{"Japan pledged 50 billion yen in loans to help Vietnam build a railway.",
		"The two sides also signed an agreement on semiconductors."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
	evs := placingCoder(t).Code(a)
	for _, e := range evs {
		checkSpans(t, txt, e)
		if e.Code == "057" && (e.Place == nil || e.Place.Name != "Hanoi") {
			t.Errorf("%s %s %s placed at %+v, want the dateline's Hanoi", e.Source.Code, e.Code, e.Target.Code, e.Place)
		}
	}
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.Code == "0331" && e.Date == "2023-11-28" }) {
		t.Errorf("no 0331 pledge dated 2023-11-28 in %s", show(evs))
	}
}

func TestMultanVisit(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "examples", "multan-visit.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no seed article: %v", err)
	}
	txt := string(b)
	a := article("multan-visit", txt, "")
	if a.Date.Format(time.DateOnly) != "2023-05-31" {
		t.Fatalf("article date %v, want the dateline's 2023-05-31", a.Date)
	}
	evs := placingCoder(t).Code(a)
	t.Logf("events: %s", show(evs))
	var visit *dyad.Event
	for i, e := range evs {
		checkSpans(t, txt, e)
		if e.Code == "042" && strings.HasPrefix(e.Source.Code, "KAZ") && e.Target.Code == "PAK" {
			visit = &evs[i]
		}
		for _, bad := range []string{"populous", "saints", "Mangoes", "1992", "similarities"} {
			if strings.Contains(e.Text, bad) {
				t.Errorf("event %s %s %s from a background sentence: %q", e.Source.Code, e.Code, e.Target.Code, e.Text)
			}
		}
	}
	if visit == nil {
		t.Fatalf("no 042 event KAZ* -> PAK; got %s", show(evs))
	}
	if visit.Source.Code != "KAZGOV" {
		t.Errorf("visit source %s, want KAZGOV", visit.Source.Code)
	}
	if visit.Date != "2023-05-28" || visit.DatePrecision != dyad.PrecisionDay {
		t.Errorf("visit dated %s (%s), want 2023-05-28 (day): the text says when, the dateline is 31 May", visit.Date, visit.DatePrecision)
	}
	if visit.Sentence != 0 {
		t.Errorf("visit evidence in sentence %d, want 0", visit.Sentence)
	}
	if !strings.HasPrefix(visit.Text, "The Ambassador of Kazakhstan") {
		t.Errorf("evidence sentence %q does not start after the dateline", visit.Text)
	}
	if visit.Source.Name != "Yerzhan Kistafin" {
		t.Errorf("visit source name %q, want Yerzhan Kistafin", visit.Source.Name)
	}
	if !hasEvent(evs, triple{"PAK", "043", "KAZGOV", ""}) {
		t.Errorf("no 043 PAK -> KAZGOV (the host of the visit)")
	}
	// The relation facts the article sums up.
	got := map[string]bool{}
	for _, f := range testCoder(t).Relations(a, Analyze(a)) {
		got[f.Kind+" "+f.Value] = true
	}
	for _, k := range []string{"ties_since 1992", "cooperation_area trade", "cooperation_area education",
		"cooperation_area tourism", "shared_membership IGOASASCO", "joint_venture energy",
		"joint_venture infrastructure", "joint_venture mining"} {
		if !got[k] {
			t.Errorf("no fact %s; got %v", k, got)
		}
	}
	// Placed in Multan, Punjab (GeoNames 1169825).
	p := visit.Place
	if p == nil {
		t.Fatal("the visit has no place")
	}
	if p.Name != "Multan" || p.GeonamesID != 1169825 || p.Country != "PAK" || p.Admin1 != "Punjab" || p.Precision != "city" ||
		math.Abs(p.Lat-30.197) > 0.05 || math.Abs(p.Lon-71.478) > 0.05 {
		t.Errorf("visit placed %+v, want Multan, Punjab, PAK, 1169825, 30.197 71.478", *p)
	}
}

var (
	placesOnce sync.Once
	places     *Coder
)

// placingCoder is testCoder with the embedded gazetteer.
func placingCoder(t testing.TB) *Coder {
	t.Helper()
	c := testCoder(t)
	placesOnce.Do(func() {
		g, err := geo.Load()
		if err != nil {
			t.Fatalf("gazetteer: %v", err)
		}
		places = New(c.dict, Options{Places: g})
	})
	return places
}

// TestPlaces: each event is placed where its clause says, else where the
// article last was, else at the dateline, else in its target's country.
func TestPlaces(t *testing.T) {
	c := placingCoder(t)
	tests := []struct {
		text   string
		source string
		place  string
	}{
		{"Lahore, 3 March 2024 (dyad): The Kazakh ambassador visited Multan.", "KAZGOV", "Multan"},
		{"The Turkish president arrived in Ankara. He met the Kazakh president.", "TURGOV", "Ankara"},
		// Not where the article last was, when that is in neither side's
		// country.
		{"The Japanese foreign minister met her Philippine counterpart in Tokyo. Chinese vessels fired water cannon at a Philippine boat.", "CHN", "Philippines"},
		{"Indian Prime Minister Narendra Modi will visit Nepal next month, officials in New Delhi said.", "INDGOV", "Nepal"},
		{"Police fired tear gas at protesters in Nairobi.", "", "Nairobi"},
		// Not a capital that stands for its government, nor a place of a
		// clause of another time.
		{"Polish prosecutors charged a Polish man with spying for Moscow.", "POLJUD", "Poland"},
		{"Warsaw, 4 March 2025 (dyad): Poland expelled a Russian diplomat after prosecutors charged a man in Moscow.", "POL", "Warsaw"},
		// A country's name is the country, not a town of the dateline's
		// country that has the name (Egypt, Arkansas).
		{"WASHINGTON (Reuters) - Trump met Israeli Prime Minister Benjamin Netanyahu at the White House. Trump said Palestinians should be resettled in Egypt and Jordan. Netanyahu praised Trump.",
			"ISRGOV", "Washington"},
		// "Congo" in a report from Brazzaville is the Republic's.
		{"BRAZZAVILLE, Congo (AP) - Congo's government signed a deal with France.", "COGGOV", "Brazzaville"},
		{"Rwanda denied backing the M23 rebels in eastern Congo.", "RWA", "Congo, The Democratic Republic of the"},
		// A dateline's city before its country; the country is the
		// article's home (Hyderabad, Sindh, not Telangana).
		{"ASTANA, Kazakhstan (Kazinform) - Kazakh President Kassym-Jomart Tokayev received the credentials of the newly appointed Ambassador of Hungary.", "KAZGOV", "Astana"},
		{"HYDERABAD, Pakistan (AP) - Police arrested ten protesters.", "PAKCOP", "Hyderabad"},
		// What a foreign country says is said at home, not in the
		// dateline's city, unless it was there.
		{"ADDIS ABABA (Reuters) - Somalia expelled Ethiopia's ambassador.", "SOM", "Somalia"},
		{"Hanoi, 9 October 2023 (dyad): Vietnam and Japan signed an agreement. The Japanese Foreign Minister praised Vietnam.", "JPNGOV", "Hanoi"},
		// A phrase of the occasion after a comma is the clause's.
		{"Japan and China agreed on Friday to promote mutually beneficial relations, in their first meeting on the sidelines of the APEC summit in Lima.", "JPN", "Lima"},
		// A capital that stands for its government is where it is
		// visited, not where a statement on it is made.
		{"Seoul, 2 June 2024 (dyad): Seoul suspended a military agreement with Pyongyang.", "KORGOV", "Seoul"},
		{"Indian Prime Minister Narendra Modi visited Moscow on Monday.", "INDGOV", "Moscow"},
		// A name may start with an adjective (not Columbia, South Carolina).
		{"Canadian police arrested two men in British Columbia on Monday.", "CANCOP", "British Columbia"},
		// Protesters and police with no country named are of the city's.
		{"Protesters rallied outside the French embassy in Niamey.", "NEROPP", "Niamey"},
		{"Police fired tear gas at protesters in Nairobi on Monday.", "KENCOP", "Nairobi"},
		{"Kabul, 3 March 2024 (dyad): The Afghan government condemned Pakistan.", "AFGGOV", "Kabul"},
		{"Russia attacked Ukraine.", "RUS", "Ukraine"},
		// A country the clause puts the act in, not the target's.
		{"Two Chinese engineers were kidnapped by gunmen in Nigeria.", "NGAUAF", "Nigeria"},
		{"Security forces in Guinea have tortured scores of Sierra Leonean refugees.", "GINMIL", "Guinea"},
		// A person's name is no place (Michael is a parish of the Isle of Man).
		{"Chinese officials praised Michael Jordan and Kenya.", "CHNGOV", "China"},
		// Nor is the end of one (Silva is a town in Spain).
		{"Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Friday.", "CHNGOV", "Beijing"},
		// An organisation's name is no place (Eu is a town in Normandy),
		// nor is a capital that stands for its government.
		{"Hungary has close ties with Moscow. Ukraine urged the EU to move faster.", "UKR", "Ukraine"},
		{"Kazakh officials met Indian students at the Centre for Indian Studies in Almaty.", "KAZGOV", "Almaty"},
		// A city the clause names beats the province the target names.
		{"The Ambassador of Uzbekistan called on the Governor of Sindh at the Governor House in Karachi.", "UZBGOV", "Karachi"},
		// A summons, like a statement, is made at home.
		{"The Iraqi foreign ministry summoned the Turkish charge d'affaires to protest the strikes.", "IRQGOV", "Iraq"},
		// An attack reported from the attacker's capital hit the target.
		{"TEHRAN, Oct 2 (Reuters) - Iran fired about 180 ballistic missiles at Israel on Tuesday.", "IRN", "Israel"},
		// Students at a university of a city are of the city's country.
		{"British High Commissioner Jane Marriott met students at the University of Peshawar.", "GBRGOV", "Peshawar"},
		// So does one who praises or thanks.
		{"Ukraine's President Volodymyr Zelensky thanked Germany for its military aid.", "UKRGOV", "Ukraine"},
		// A country the clause puts the act in, in parts.
		{"BEIRUT, Sept 23 (Reuters) - Israeli warplanes struck Hezbollah targets across southern and eastern Lebanon on Monday.", "ISRMIL", "Lebanon"},
		// What is said after the act is another clause, and its places not
		// the act's.
		{"ISLAMABAD, Feb 12 (APP): The Uzbek ambassador thanked Pakistan and said Uzbekistan was keen to use Karachi port.", "UZBGOV", "Islamabad"},
		// A name of several words after a title is a person, not a place
		// (Pedro Sánchez is a town in the Dominican Republic).
		{"BEIJING, April 10 (Xinhua) -- Chinese President Xi Jinping held talks with visiting Spanish Prime Minister Pedro Sanchez in Beijing on Friday.", "CHNGOV", "Beijing"},
		// Where an earlier sentence put people, in "the city of".
		{"MOSCOW, Oct 22 (Reuters) - Leaders of the BRICS group gathered in the city of Kazan on Tuesday. Russian President Vladimir Putin held talks with Chinese President Xi Jinping.", "RUSGOV", "Kazan"},
		// A name listed with countries is the country (not Nigeria's
		// Niger State in a report from Abuja).
		{"ABUJA, Jan 28 (Reuters) - Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "NER", "Niger"},
		// A host receives at home.
		{"Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received the newly appointed Ambassador of the Republic of Korea to Kazakhstan, Kim Dae-sik.", "KAZGOV", "Kazakhstan"},
		// A person named before is no place (Wang is a town in Germany).
		{"BEIJING, March 8 (Xinhua) -- Chinese Foreign Minister Wang Yi spoke on Friday. Wang also urged the United States to lift sanctions.", "CHNGOV", "Beijing"},
		// What talks are about is not where they are held, and "the two
		// leaders" are the two that met, not Egypt and Gaza.
		{"Erdogan met Sisi in Cairo on Wednesday. The two leaders held talks on the war in Gaza.", "EGYGOV", "Cairo"},
		{"Israel and Hamas agreed to a ceasefire in Gaza.", "ISR", "Gaza"},
		// A country the target is in, where the gazetteer knows not the
		// province, beats the dateline.
		{"Islamabad, 18 January 2024 (dyad): Pakistan retaliated with strikes on what it called terrorist hideouts in Iran's Sistan-Baluchestan province.", "PAK", "Iran"},
	}
	for _, tt := range tests {
		a := article("p", tt.text, "2024-03-03")
		evs := c.Code(a)
		found := false
		for _, e := range evs {
			if (tt.source == "" || e.Source.Code == tt.source) && e.Place != nil {
				found = true
				if e.Place.Name != tt.place {
					t.Errorf("%q: %s %s %s placed in %s, want %s", tt.text, e.Source.Code, e.Code, e.Target.Code, e.Place.Name, tt.place)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q: no placed event from %s; got %s", tt.text, tt.source, show(evs))
		}
	}
}

// TestPeopleOfPlace checks that people and forces of no named country are
// of the country the sentence puts them in, not of the dateline's.
func TestPeopleOfPlace(t *testing.T) {
	txt := "Islamabad, 18 January 2024 (dyad): Pakistan retaliated with strikes on militant hideouts in Iran's Sistan-Baluchestan province, killing nine people."
	evs := placingCoder(t).Code(article("p", txt, ""))
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.Source.Code == "PAK" && e.Target.Code == "IRNCVL" }) {
		t.Errorf("no event of PAK on IRNCVL in %s", show(evs))
	}
	if slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.Target.Code == "PAKCVL" }) {
		t.Errorf("the people killed in Iran are Pakistan's: %s", show(evs))
	}
	// People killed inside a country named as such are its people, and
	// the act is placed there.
	txt = "PESHAWAR, Pakistan, March 18 (AP) - Pakistani warplanes struck suspected hideouts of the Pakistani Taliban inside Afghanistan on Monday, killing eight people."
	wantPlaced(t, codeExactly(t, placingCoder(t), txt, []triple{{"PAKMIL", "195", "PAKREBTTP", ""}, {"PAKMIL", "195", "AFGCVL", ""}}), "Afghanistan", nil)
	// Supporters protest as protesters do, whoever they back.
	codeExactly(t, placingCoder(t), "Hundreds of junta supporters rallied outside the French embassy in Niamey, chanting pro-Russian slogans.",
		[]triple{{"NEROPP", "141", "FRAGOV", ""}})
	// Protesters in a part of a city are of its country; storming an
	// embassy, they riot; "it" is the embassy, not the city it is in.
	codeExactly(t, placingCoder(t), "Hundreds of protesters stormed the Swedish embassy in central Baghdad and set it on fire.",
		[]triple{{"IRQOPP", "145", "SWEGOV", ""}, {"IRQOPP", "1712", "SWEGOV", ""}})
	// Forces are of where their own words put them, and soldiers killed
	// in Colombia are not the dateline's Venezuela's, nor does an aside
	// ("..., the defence ministry said") make them its speakers.
	txt = "CARACAS, Aug 3 (AFP) - On Tuesday, ELN fighters attacked a military base in Arauca province, killing two soldiers, the defence ministry said."
	evs = placingCoder(t).Code(article("p", txt, ""))
	if len(evs) != 1 || evs[0].Source.Code != "COLREBELN" || evs[0].Target.Code != "COLMIL" {
		t.Errorf("want COLREBELN on COLMIL alone, got %s", show(evs))
	}
}

// TestActWhere checks that a place after an act of violence that opens
// the sentence is where it happened, not who did it.
func TestActWhere(t *testing.T) {
	c := placingCoder(t)
	for _, tt := range []struct{ text, source string }{
		{"Strikes in Rafah killed 20 people.", ""},
		{"Fighting in Khartoum killed 40 civilians.", ""},
		{"Israeli strikes in Rafah killed 20 people.", "ISR"},
	} {
		evs := c.Code(article("w", tt.text, "2024-03-03"))
		var got []string
		for _, e := range evs {
			got = append(got, e.Source.Code)
		}
		want := []string{}
		if tt.source != "" {
			want = []string{tt.source}
		}
		if !slices.Equal(append([]string{}, got...), want) {
			t.Errorf("%q: sources %q, want %q (%s)", tt.text, got, want, show(evs))
		}
	}
}

// TestUnnamedDoer checks that an infinitive a noun takes is no act of the
// sentence's other actors when the noun's doer goes unnamed.
func TestUnnamedDoer(t *testing.T) {
	txt := "Thousands of Israelis protested in Tel Aviv demanding a deal to free the hostages."
	for _, e := range testCoder(t).Code(article("d", txt, "2024-03-01")) {
		if e.Code != "141" {
			t.Errorf("%s %s %s coded from %q: only the protest is", e.Source.Code, e.Code, e.Target.Code, txt)
		}
	}
}

// TestUniversityVisit checks a public-diplomacy report: "he" in the
// "where" clause is the visitor, not the university or its province; the
// clause goes on with the visit's date; the visit is placed in the dateline
// city inside the province the university is named for; the governor of a
// province is that country's, and the university's vice chancellor its
// staff.
func TestUniversityVisit(t *testing.T) {
	txt := "Lahore, 14 February 2024 (APP): The Ambassador of Uzbekistan to Pakistan, Alisher Tukhtaev, visited the University of the Punjab on Monday, where he addressed students.\n\n" +
		"The Ambassador was received by the Vice Chancellor, Dr. Khalid Mahmood.\n\n" +
		"Later, the Ambassador called on the Governor of Punjab at the Governor House."
	evs := placingCoder(t).Code(article("u", txt, ""))
	want := []struct{ source, code, target, date, place string }{
		{"UZBGOV", "042", "PAKEDU", "2024-02-12", "Lahore"},
		{"UZBGOV", "010", "PAKEDU", "2024-02-12", "Lahore"},
		// "Later," goes on from the visit's Monday.
		{"UZBGOV", "042", "PAKGOV", "2024-02-12", "Lahore"},
		// The university's vice chancellor, not a government's; the
		// visit told again, on its day.
		{"PAKEDU", "043", "UZBGOV", "2024-02-12", "Lahore"},
	}
	for _, w := range want {
		if !slices.ContainsFunc(evs, func(e dyad.Event) bool {
			return e.Source.Code == w.source && e.Code == w.code && e.Target.Code == w.target && e.Date == w.date && e.Place != nil && e.Place.Name == w.place
		}) {
			t.Errorf("no %s %s %s on %s in %s; got %s", w.source, w.code, w.target, w.date, w.place, show(evs))
		}
	}
}

// TestGenericActNoun checks that a noun that may name any act ("the
// decision") refers to one of the sentence before only.
func TestGenericActNoun(t *testing.T) {
	txt := "Russia attacked Ukraine. The weather was fine. Germany criticised the decision."
	for _, e := range testCoder(t).Code(article("g", txt, "2024-03-01")) {
		if e.Source.Code == "DEU" {
			t.Errorf("%s %s %s: the decision is not the attack two sentences before", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestQuotedActorText checks that a quotation mark is not part of an
// actor's text and span.
func TestQuotedActorText(t *testing.T) {
	txt := "\"China is ready to work with Pakistan,\" Xi said."
	evs := testCoder(t).Code(article("q", txt, "2024-03-01"))
	if len(evs) == 0 {
		t.Fatalf("no event in %q", txt)
	}
	for _, e := range evs {
		checkSpans(t, txt, e)
		if e.Source.Text != "China" || txt[e.Source.Span.Start:e.Source.Span.End] != "China" {
			t.Errorf("source text %q, span %v; want China", e.Source.Text, e.Source.Span)
		}
	}
}

// TestBoilerplate checks that a web page's furniture is no sentence: a
// link to another story codes no event.
func TestBoilerplate(t *testing.T) {
	txt := "Pakistan and China signed 23 agreements on Saturday.\n\nAdvertisement\n\nRead more: Sharif meets Xi, discusses CPEC\n\n" +
		"Also read: Pakistan thanks China\n\nFollow us on Twitter @dawn_com\n\nCopyright 2024 Dawn. All rights reserved.\n\n" +
		"Read the statement in full."
	a := article("b", txt, "2024-06-08")
	var got []string
	for _, s := range Analyze(a) {
		got = append(got, txt[s.Span.Start:s.Span.End])
	}
	want := []string{"Pakistan and China signed 23 agreements on Saturday.", "Read the statement in full."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences %q, want %q", got, want)
	}
	for _, e := range testCoder(t).Code(a) {
		if e.Code != "057" {
			t.Errorf("%s %s %s from boilerplate", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestWhenClauseDate checks that a "when" clause after a date is of that
// date, not of the article's.
func TestWhenClauseDate(t *testing.T) {
	txt := "Relations have been strained since the invasion of Ukraine in 2022, when Lithuania expelled the Russian ambassador."
	evs := testCoder(t).Code(article("w", txt, "2022-11-12"))
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool { return e.Source.Code == "LTU" && e.Date == "2022-01-01" }) {
		t.Errorf("no expulsion dated 2022 in %s", show(evs))
	}
}

// TestDeadlineDate: a date in the infinitive of a second verb is not the
// first verb's, a deadline is to come, and a day the sentence before gave
// only to what is to come is no occasion to carry on.
func TestDeadlineDate(t *testing.T) {
	txt := "Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed signed a declaration in Ankara " +
		"and agreed to begin technical negotiations by the end of February. Erdogan praised the two leaders for their courage."
	evs := testCoder(t).Code(article("d", txt, "2024-12-12"))
	for _, e := range evs {
		want := "2024-12-12"
		if e.Mode == dyad.ModeFuture {
			want = "2025-02-01"
		}
		if e.Date != want {
			t.Errorf("%s %s %s (%s): dated %s, want %s", e.Source.Code, e.Code, e.Target.Code, e.Mode, e.Date, want)
		}
	}
	if len(evs) < 5 {
		t.Errorf("want the signing, the negotiations to come and the praise; got %s", show(evs))
	}
}

// TestPassivePronoun: "he" after a passive is its subject, not its agent.
func TestPassivePronoun(t *testing.T) {
	txt := "Iranian President Ebrahim Raisi arrived in Islamabad. Raisi was received at the airport by Minister for Housing Mian Riaz Hussain Pirzada. " +
		"He later met Prime Minister Shehbaz Sharif."
	evs := testCoder(t).Code(article("p", txt, "2024-04-22"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"IRNGOV", "040", "PAKGOV", ""}}})
}

// TestTheCountry: "the country" an actor arrives in is not its own but the
// one named before it; and what has gone on since a date is no event of
// that date.
func TestTheCountry(t *testing.T) {
	txt := "Niger has strengthened ties with Russia since the coup in July, and Russian military instructors arrived in the country last month."
	evs := testCoder(t).Code(article("c", txt, "2024-04-13"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"RUSMIL", "042", "NER", ""}}, {0, triple{"NER", "043", "RUSMIL", ""}}})
	for _, e := range evs {
		if e.Target.Country == e.Source.Country {
			t.Errorf("%s %s %s: an actor's own country", e.Source.Code, e.Code, e.Target.Code)
		}
		if e.Code == "050" && e.Date != "2024-04-13" {
			t.Errorf("%s %s %s dated %s, want the article's day", e.Source.Code, e.Code, e.Target.Code, e.Date)
		}
	}
}

// TestSurnameNoPlace: the surname of a person named in full after a title
// is no place and no country (Castillo is a town in the Dominican
// Republic); and ", and clashed" after a participle that modifies a name
// is the clause's past.
func TestSurnameNoPlace(t *testing.T) {
	txt := "Thousands of farmers blocked highways in southern Peru to demand the release of jailed former President Pedro Castillo, " +
		"and clashed with police. Bolivian President Luis Arce expressed solidarity with Castillo."
	evs := placingCoder(t).Code(article("s", txt, "2023-03-16"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PERAGR", "145", "PERCOP", ""}}})
	for _, e := range evs {
		if e.Target.Country == "DOM" || e.Place != nil && e.Place.Country == "DOM" {
			t.Errorf("%s %s %s placed at %+v: Castillo is a person", e.Source.Code, e.Code, e.Target.Code, e.Place)
		}
	}
}

// TestVisitPlaced: a visit told in a phrase after a comma is where the
// clause before puts it, not at the visitor's home dateline.
func TestVisitPlaced(t *testing.T) {
	txt := "MANAMA, Bahrain (Reuters) - Bahraini Foreign Minister Abdullatif al-Zayani met his Iranian counterpart in Tehran, " +
		"the first visit by a Bahraini foreign minister to Iran in more than a decade."
	evs := placingCoder(t).Code(article("v", txt, "2024-10-15"))
	found := false
	for _, e := range evs {
		if e.Code == "042" {
			found = true
			if e.Place == nil || e.Place.Name != "Tehran" {
				t.Errorf("%s %s %s placed at %+v, want Tehran", e.Source.Code, e.Code, e.Target.Code, e.Place)
			}
		}
	}
	if !found {
		t.Errorf("no visit in %s", show(evs))
	}
}

// TestThirdLocation: a meeting on the sidelines of a summit, or anywhere
// in neither party's country, is at a third location (044); one in a
// party's country is a meeting (040).
func TestThirdLocation(t *testing.T) {
	c := placingCoder(t)
	for _, tc := range []struct{ txt, code string }{
		{"South African President Cyril Ramaphosa met Chinese President Xi Jinping on the sidelines of the BRICS summit in Johannesburg.", "040"},
		{"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on the sidelines of the BRICS summit in Kazan.", "044"},
		// A place only guessed from the parties' countries says nothing.
		{"Greek and Turkish leaders held talks on the sidelines of the NATO summit.", "044"},
		// The first talks in a span of time are still talks on the sidelines.
		{"Modi and Xi held their first formal talks in five years on the sidelines of the BRICS summit.", "044"},
		// Any meeting in neither party's country is at a third location.
		{"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met in Samarkand, Uzbekistan, on Friday.", "044"},
		{"Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met in Dushanbe on Friday.", "040"},
	} {
		evs := c.Code(article("t", tc.txt, "2024-10-23"))
		if len(evs) == 0 {
			t.Errorf("%q: no events", tc.txt)
		}
		for _, e := range evs {
			if e.Code != tc.code {
				t.Errorf("%q: %s %s %s, want %s", tc.txt, e.Source.Code, e.Code, e.Target.Code, tc.code)
			}
		}
	}
}

// TestBackgroundDate: a sentence in the past perfect tells of a time
// before the story's, which the next sentence's "the two leaders" go back
// to: their pledge is not of April.
func TestBackgroundDate(t *testing.T) {
	txt := "Turkish President Tayyip Erdogan hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud. " +
		"Somalia had expelled Ethiopia's ambassador in April. The two leaders pledged to begin technical talks."
	evs := testCoder(t).Code(article("b", txt, "2024-12-12"))
	found := false
	for _, e := range evs {
		want := "2024-12-12"
		if e.Code == "161" {
			want = "2024-04-01"
		}
		if e.Code == "036" {
			found = true
		}
		if e.Date != want {
			t.Errorf("%s %s %s: dated %s, want %s", e.Source.Code, e.Code, e.Target.Code, e.Date, want)
		}
	}
	if !found {
		t.Errorf("no pledge to begin talks in %s", show(evs))
	}
}

// TestInfinitiveNounSubject: the subject of a verb after a noun and its
// infinitive phrase is the noun, not the infinitive's object: Kazan did
// not damage the UN's reputation.
func TestInfinitiveNounSubject(t *testing.T) {
	codeExactly(t, testCoder(t), "Ukraine said Guterres's decision to go to Kazan was wrong and damaged the UN's reputation.",
		[]triple{{"IGOUNO", "042", "RUS", ""}, {"RUS", "043", "IGOUNO", ""}})
}

// TestMutualPlace: what two countries do each with the other on one
// occasion is placed in one place; what each says, each says at home.
func TestMutualPlace(t *testing.T) {
	c := placingCoder(t)
	for _, tc := range []struct {
		txt  string
		same bool
	}{
		{"Egypt and Israel signed a peace treaty.", true},
		{"India and Pakistan traded accusations.", false},
	} {
		evs := c.Code(article("m", tc.txt, "2024-03-03"))
		if len(evs) != 2 || evs[0].Place == nil || evs[1].Place == nil {
			t.Errorf("%q: want two placed events, got %s", tc.txt, show(evs))
			continue
		}
		if same := evs[0].Place.Name == evs[1].Place.Name; same != tc.same {
			t.Errorf("%q: placed in %s and %s; same place %v, want %v", tc.txt, evs[0].Place.Name, evs[1].Place.Name, same, tc.same)
		}
	}
}

// TestRelativeClauseDate: a relative clause set off by commas keeps its
// time to itself, and the clause around it its own; so does the phrase of
// an act that another is for.
func TestRelativeClauseDate(t *testing.T) {
	for _, tc := range []struct {
		txt, code, want string
	}{
		{"German Chancellor Olaf Scholz, who spoke with Putin by telephone on Friday, condemned Russia.", "111", "2024-11-17"},
		{"German Chancellor Olaf Scholz, who spoke with Putin by telephone on Friday, condemned Russia.", "041", "2024-11-15"},
		{"German Chancellor Olaf Scholz, who spoke with Putin by telephone, condemned Russia on Friday.", "041", "2024-11-17"},
		// A clause after a noun, without "that", has its own date.
		{"The court called on Hamas to release the hostages it seized in the Friday attack on Israel.", "0253", "2024-11-17"},
		// The date of the act a threat is for is not the threat's.
		{"Iran has threatened to retaliate against Israel for the killing of Hamas leader Ismail Haniyeh in Tehran on Friday.", "1384", "2024-11-17"},
	} {
		evs := testCoder(t).Code(article("r", tc.txt, "2024-11-17"))
		found := false
		for _, e := range evs {
			if e.Code == tc.code {
				found = true
				if e.Date != tc.want {
					t.Errorf("%q: %s dated %s, want %s", tc.txt, e.Code, e.Date, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s in %s", tc.txt, tc.code, show(evs))
		}
	}
}

func BenchmarkCode(b *testing.B) { benchmarkCode(b, testCoder(b)) }

// BenchmarkCodePlaces is BenchmarkCode with every event placed: the cost
// of geoparsing.
func BenchmarkCodePlaces(b *testing.B) { benchmarkCode(b, placingCoder(b)) }

func benchmarkCode(b *testing.B, c *Coder) {
	var arts []*dyad.Article
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, article(f, string(t), ""))
	}
	for _, a := range corpus.Generate(200, 8, 0, 1) {
		arts = append(arts, article(a.ID, a.Text, a.Date))
	}
	if len(arts) == 0 {
		b.Skip("no examples")
	}
	sents := 0
	for _, a := range arts {
		sents += len(Analyze(a))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			c.Code(a)
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func TestParsed(t *testing.T) {
	c := testCoder(t)
	a := article("p", "Russia attacked Ukraine on Monday.", "2024-03-06")
	sents, err := Parsed(a, "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine)) (PP (IN on) (NP (NNP Monday)))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	evs := c.CodeSentences(a, sents)
	if !hasEvent(evs, triple{"RUS", "19", "UKR", ""}) {
		t.Errorf("got %s", show(evs))
	}
	for _, e := range evs {
		checkSpans(t, a.Text, e)
	}
	if _, err := Parsed(a, "(ROOT (S (NP (NNP Russia))"); !errors.Is(err, ErrBadParse) {
		t.Errorf("unbalanced parse: err %v, want ErrBadParse", err)
	}
	// Words that differ from the text: the parse's own text is coded.
	b := article("q", "Russia atacked Ukraine.", "2024-03-06")
	sents, err = Parsed(b, "(ROOT (S (NP (NNP Russia)) (VP (VBD attacked) (NP (NNP Ukraine))) (. .)))")
	if err != nil || b.Text != "Russia attacked Ukraine ." && b.Text != "Russia attacked Ukraine." {
		t.Fatalf("fallback: err %v, text %q", err, b.Text)
	}
	if evs := c.CodeSentences(b, sents); !hasEvent(evs, triple{"RUS", "19", "UKR", ""}) {
		t.Errorf("fallback: got %s", show(evs))
	}
}

// TestConventionCodes checks that every code the coder maps acts to (the
// intent and refusal conventions) is in the codebook.
func TestConventionCodes(t *testing.T) {
	for _, m := range []map[string]string{intentCodes, refusalCodes} {
		for from, to := range m {
			if _, ok := cameo.Lookup(to); !ok {
				t.Errorf("%s -> %s: not a CAMEO code", from, to)
			}
		}
	}
}

// TestRelations: the standing facts of the pair, from sentences written
// for this test, and none from sentences that state no relation.
func TestRelations(t *testing.T) {
	c := testCoder(t)
	txt := "Pakistan and Kazakhstan have long-standing ties that go back to 1992. " +
		"Both countries have worked together in fields such as trade, education and tourism. " +
		"The two countries are exploring joint ventures in energy and mining. " +
		"Both countries are members of the Shanghai Cooperation Organization. " +
		"Kazakhstan is the largest country in Central Asia. " +
		"Trade between Pakistan and Kazakhstan doubled, and the two countries plan a joint industrial zone. " +
		"Pakistan and Kazakhstan enjoy historic, cultural and religious ties. " +
		"The two countries discussed cooperation in transport, logistics and agriculture."
	a := article("rel", txt, "2024-01-01")
	facts := c.Relations(a, Analyze(a))
	want := map[string]bool{
		"ties_since 1992": true, "cooperation_area trade": true, "cooperation_area education": true,
		"cooperation_area tourism": true, "joint_venture energy": true, "joint_venture mining": true,
		"shared_membership IGOASASCO": true, "joint_venture industry": true, "cooperation_area culture": true,
		"cooperation_area transport": true, "cooperation_area logistics": true, "cooperation_area agriculture": true,
	}
	got := map[string]bool{}
	for _, f := range facts {
		got[f.Kind+" "+f.Value] = true
		if !(f.A == "PAK" && f.B == "KAZ" || f.A == "KAZ" && f.B == "PAK") {
			t.Errorf("%s %s between %s and %s, want PAK and KAZ", f.Kind, f.Value, f.A, f.B)
		}
		if f.Span.Start < 0 || f.Span.End > len(txt) || f.Span.Start >= f.Span.End {
			t.Errorf("%s: bad span %v", f.Kind, f.Span)
		}
		if f.Sentence == 4 {
			t.Errorf("a fact from the background sentence: %+v", f)
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing fact %s; got %v", k, got)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("unexpected fact %s", k)
		}
	}
	// "Trade between" states trade as a field of the pair's.
	if !slices.ContainsFunc(facts, func(f dyad.Fact) bool {
		return f.Sentence == 5 && f.Kind == dyad.FactCooperationArea && f.Value == "trade"
	}) {
		t.Errorf("no trade fact from %q", "Trade between Pakistan and Kazakhstan doubled")
	}
	// Ties denied or ended are no ties since.
	for _, txt := range []string{"Turkey and Armenia have had no diplomatic relations since 1993.", "Iran and Saudi Arabia severed ties in 2016."} {
		a := article("rel", txt, "2024-01-01")
		if facts := c.Relations(a, Analyze(a)); len(facts) != 0 {
			t.Errorf("%q: facts %+v, want none", txt, facts)
		}
	}
}

// TestOnlyDefiniteRecalls: "the protesters" is the protesters named
// before, but "156 people" are not the civilians of an earlier sentence:
// they are of the country their own sentence names. Nor is "the
// opposition" in a sentence about Georgia Zimbabwe's, or "the counterpart"
// the last officials named.
func TestOnlyDefiniteRecalls(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Israeli troops shot Palestinian civilians in Gaza on Monday. "+
		"Militiamen killed 156 people at a camp in Sudan on Tuesday.",
		[]triple{{"ISRMIL", "193", "PSECVL", ""}, {"SDNUAF", "190", "SDNCVL", ""}})
	codeExactly(t, c, "Kenyan police fired on protesters in Nairobi. The protesters accused the police of brutality.",
		[]triple{{"KENCOP", "190", "KENOPP", ""}, {"KENOPP", "112", "KENCOP", ""}})
	codeExactly(t, c, "Zimbabwe's opposition accused President Mugabe of fraud. Georgian President Eduard "+
		"Shevardnadze resigned on Sunday as the opposition threatened to storm his residence in Tbilisi.",
		[]triple{{"ZWEOPP", "1121", "ZWEGOV", ""}, {"GEOGOV", "0831", "GEOOPP", ""}, {"GEOOPP", "133", "GEO", "future"}})
	codeExactly(t, c, "Serbian officials met in Belgrade on Monday. Bangladesh rejected an Indian proposal, "+
		"urging the counterpart to sign the regional agreement instead.",
		[]triple{{"BGD", "120", "IND", ""}})
}

// TestTwoCountries: "the two countries" are the two the sentence joins with
// "and", not the two the article is most about, for events and facts.
func TestTwoCountries(t *testing.T) {
	c := testCoder(t)
	txt := "Israeli troops shelled Gaza on Monday. Israel said Palestinian militants fired rockets. " +
		"The United States and Jordan signed a free-trade pact between the two countries on Tuesday. " +
		"Japan and India have had diplomatic ties since 1952, the two countries said."
	codeExactly(t, c, txt, []triple{{"ISRMIL", "194", "PSE", ""}, {"USA", "057", "JOR", ""}, {"JOR", "057", "USA", ""}})
	a := article("t", txt, "2024-03-01")
	found := false
	for _, f := range c.Relations(a, Analyze(a)) {
		if f.Sentence != 3 {
			continue
		}
		found = true
		if !(f.A == "JPN" && f.B == "IND") {
			t.Errorf("%s %s between %s and %s, want JPN and IND", f.Kind, f.Value, f.A, f.B)
		}
	}
	if !found {
		t.Errorf("no fact from %q", "Japan and India have had diplomatic ties since 1952")
	}
}

// TestLiteralRole: a pattern whose own words end with a role ("ATTACK
// police", "EXPEL &R16_DIPLO") has that role's phrase as its target, with
// the phrase's country; an actor it skipped before the role's phrase is
// still the target ("a United Nations appeal for deploying army troops").
// A riot is civilians': armed actors who riot fight.
func TestLiteralRole(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want []triple
	}{
		{"Chechen rebels attacked Russian police in Grozny.", []triple{{"RUSREB", "190", "RUSCOP", ""}}},
		{"Kenyan protesters clashed with police in Nairobi.", []triple{{"KENOPP", "145", "KENCOP", ""}}},
		{"Pakistan expelled the Afghan ambassador.", []triple{{"PAK", "161", "AFGGOV", ""}}},
		{"Bolivian troops tried to storm the presidential palace in La Paz.", []triple{{"BOLMIL", "190", "BOLGOV", ""}}},
		{"Beirut again rejected Thursday a United Nations appeal for deploying army troops along its borders with Israel.",
			[]triple{{"LBNGOV", "1224", "IGOUNO", ""}}},
	} {
		codeExactly(t, c, tt.text, tt.want)
	}
}

// TestConditionalThreat: a threat that names no target is made to the one
// whose act its condition names; a condition that names no actor gives no
// target. "its" in the condition is its subject's: Ukraine's troops, which
// are no target of Ukraine's.
// A threat to do what no pattern names is 130; one whose act a pattern
// names is that act to come.
func TestConditionalThreat(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Iran threatened to close the Strait of Hormuz if the United States attacked.",
		[]triple{{"IRN", "1381", "USA", ""}})
	codeExactly(t, c, "Russia threatened to halt the talks unless Ukraine withdrew its troops.",
		[]triple{{"RUS", "134", "UKR", ""}})
	codeExactly(t, c, "Turkey threatened to block Sweden's membership unless Stockholm cracked down on militants.",
		[]triple{{"TUR", "131", "SWE", ""}})
	codeExactly(t, c, "Iran threatened to close the Strait of Hormuz if the talks failed.", nil)
	codeExactly(t, c, "Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.",
		[]triple{{"ISR", "130", "PSEGOVHMS", ""}})
	codeExactly(t, c, "South Korea threatened to suspend a military agreement with North Korea.",
		[]triple{{"KOR", "127", "PRK", dyad.ModeFuture}})
}

// TestPeoplesOfACountry: a people of a country named with it ("Bosnian
// Serbs", "Kosovo Albanians") is that country's, not the kin state's.
func TestPeoplesOfACountry(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.",
		[]triple{{"BIH", "107", "BIHMIL", ""}})
	codeExactly(t, c, "Kosovo Albanians protested in Pristina against Serbia.", []triple{{"KSV", "141", "SRB", ""}})
}

// TestCompoundSubjectTarget: two parties' own country, or their own
// embassies, is where or what they acted on, and each is the other's
// target; someone else of their country ("civilians") is the target.
func TestCompoundSubjectTarget(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Sudan's army and the Rapid Support Forces clashed in El Fasher, killing dozens of civilians.",
		[]triple{{"SDNMIL", "190", "SDNREBRSF", ""}, {"SDNREBRSF", "190", "SDNMIL", ""},
			{"SDNMIL", "202", "SDNCVL", ""}, {"SDNREBRSF", "202", "SDNCVL", ""}})
	// A phrase that says when is no party: "after a meeting in Astana";
	// the meeting it tells of, of each one's minister, is an event.
	codeExactly(t, c, "India and China agreed to resume border talks after a meeting of their foreign ministers in Astana.",
		[]triple{{"IND", "036", "CHN", ""}, {"CHN", "036", "IND", ""}, {"INDGOV", "040", "CHNGOV", ""}, {"CHNGOV", "040", "INDGOV", ""}})
	codeExactly(t, c, "Saudi Arabia and Iran agreed to reopen their embassies.",
		[]triple{{"SAU", "032", "IRN", ""}, {"IRN", "032", "SAU", ""}})
}

// TestRelationFacts: the agreements a pair made, the level of its
// partnership, and every organisation both belong to are facts with their names and years; agreements
// negotiated, planned, denied or left are none, and a tie word in an
// agreement's name says nothing of when the ties began.
func TestRelationFacts(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want []string // kind and value of every fact
	}{
		{"India and Japan signed a comprehensive economic partnership agreement in 2011.",
			[]string{"agreement comprehensive economic partnership agreement (2011)"}},
		{"Trade between India and Japan has grown under the 2011 agreement.",
			[]string{"cooperation_area trade", "agreement agreement (2011)"}},
		{"India and Japan signed a memorandum of understanding on clean energy on Monday.",
			[]string{"agreement memorandum of understanding on clean energy"}},
		{"Pakistan and Uzbekistan signed 15 memoranda of understanding and agreements worth $2 billion.",
			[]string{"agreement memoranda of understanding", "agreement agreements"}},
		{"Since then, Pakistan and China have cooperated closely in defence and trade.",
			[]string{"cooperation_area defence", "cooperation_area trade"}},
		{"The treaty of friendship between Peru and Chile entered into force.",
			[]string{"agreement treaty of friendship"}},
		{"Ghana and Togo have a visa-free travel agreement.", []string{"agreement visa-free travel agreement"}},
		{"Mexico and Chile ratified the Pacific Alliance accord in 2014.",
			[]string{"agreement pacific alliance accord (2014)"}},
		{"Japan and India signed a friendship treaty in 1974.", []string{"agreement friendship treaty (1974)"}},
		{"Kenya and Uganda signed the Kenyan-Ugandan 2015 water treaty.", []string{"agreement water treaty (2015)"}},
		{"India and Japan established a Special Strategic and Global Partnership in 2014.",
			[]string{"partnership special strategic and global partnership (2014)"}},
		{"China and Pakistan have an all-weather strategic cooperative partnership.",
			[]string{"partnership all-weather strategic cooperative partnership"}},
		{"Chile and Peru have had a partnership in energy and mining since 1995.",
			[]string{"ties_since 1995", "cooperation_area energy", "cooperation_area mining"}},
		{"Kenya and Uganda will establish a comprehensive strategic partnership.", nil},
		{"Both Kazakhstan and Uzbekistan are members of the SCO, the CIS and the OIC.",
			[]string{"shared_membership IGOASASCO", "shared_membership IGOCASCIS", "shared_membership IGOMOSOIC"}},
		{"Kenya and Uganda are negotiating a new defence pact.", nil},
		{"Kenya and Uganda will sign a trade agreement next year.", nil},
		{"Kenya and Uganda did not sign the fisheries accord.", nil},
		{"Kenya and Uganda have called for an agreement on fisheries.", nil},
		{"Kenya and Uganda have a great deal in common.", nil},
		{"Kenya and Uganda withdrew from the 2015 water treaty.", nil},
	} {
		a := article("agr", tt.text, "2024-03-04")
		var got []string
		for _, f := range c.Relations(a, Analyze(a)) {
			got = append(got, f.Kind+" "+f.Value)
			if f.Span.Start < 0 || f.Span.End > len(tt.text) || f.Span.Start >= f.Span.End {
				t.Errorf("%q: %s: bad span %v", tt.text, f.Kind, f.Span)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: facts %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAsked: a reported clause with "must", or one a verb of asking
// governs, is a demand (10) or an appeal (02) from the speaker to the
// clause's subject, with the subcode of what is asked; the act asked for
// is not an event of its own.
func TestAsked(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want []triple // every event of the sentence
	}{
		{"Brazil said on Friday that Paraguay must release the detained sailors.", []triple{{"BRA", "1053", "PRY", ""}}},
		{"Peru must pay compensation to the fishermen, Ecuador said on Monday.", []triple{{"ECU", "10", "PER", ""}}},
		{"Ghana said Togo must not close the border.", []triple{{"GHA", "100", "TGO", ""}}},
		{"Chile demanded that Bolivia withdraw its troops from the border.", []triple{{"CHL", "10", "BOL", ""}}},
		{"Norway urged that Sweden and Finland resume talks.", []triple{{"NOR", "026", "SWE", ""}, {"NOR", "026", "FIN", ""}}},
		{"The Red Cross working in Yemen said Saudi Arabia must allow aid deliveries.", []triple{{"NGOHLHIRC", "10", "SAU", ""}}},
		{"Mexico along with its neighbours said Cuba must free the prisoners.", []triple{{"MEX", "1053", "CUB", ""}}},
		// No demand: no actor is asked, the speaker asks itself, or the
		// clause is passive.
		{"Kenya said the election must be held in June.", nil},
		{"Japan said it must review its defence policy.", nil},
		{"Nepal said India must be consulted.", nil},
	} {
		for _, e := range codeExactly(t, c, tt.text, tt.want) {
			if e.Date != "2024-03-01" && strings.Contains(tt.text, "Friday") {
				t.Errorf("%q: dated %s, want the Friday of the speech, 2024-03-01", tt.text, e.Date)
			}
		}
	}
}

// TestReciprocal: the actors of a compound subject with no other party
// are each the other's target, whether named by their countries or by
// adjectives that share a noun; a place of their own countries is where
// they met, not a target.
func TestReciprocal(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want []triple // every event of the sentence
	}{
		{"Pakistani and Kazakh officials met in Astana on Monday.",
			[]triple{{"PAKGOV", "04", "KAZGOV", ""}, {"KAZGOV", "04", "PAKGOV", ""}}},
		{"Ghana and Togo signed an agreement in Lome.",
			[]triple{{"GHA", "057", "TGO", ""}, {"TGO", "057", "GHA", ""}}},
		{"Chilean, Peruvian and Bolivian diplomats signed a water agreement.",
			[]triple{{"CHLGOV", "057", "PERGOV", ""}, {"CHLGOV", "057", "BOLGOV", ""}, {"PERGOV", "057", "CHLGOV", ""},
				{"PERGOV", "057", "BOLGOV", ""}, {"BOLGOV", "057", "CHLGOV", ""}, {"BOLGOV", "057", "PERGOV", ""}}},
		// Names before a noun share it too; a name's own roles are not
		// shared.
		{"Kazakh and Uzbek leaders signed a border treaty.",
			[]triple{{"KAZGOV", "057", "UZBGOV", ""}, {"UZBGOV", "057", "KAZGOV", ""}}},
		{"The Kazakh and Turkish foreign ministers met in Astana on Monday.",
			[]triple{{"KAZGOV", "040", "TURGOV", ""}, {"TURGOV", "040", "KAZGOV", ""}}},
		// Adjectives that share the object's noun.
		{"Norway hosted Swedish and Finnish ministers in Oslo.",
			[]triple{{"NOR", "043", "SWEGOV", ""}, {"SWEGOV", "042", "NOR", ""}, {"NOR", "043", "FINGOV", ""}, {"FINGOV", "042", "NOR", ""}}},
		{"Russia and China pledged to deepen their strategic partnership.",
			[]triple{{"RUS", "032", "CHN", "future"}, {"CHN", "032", "RUS", "future"}}},
		{"Russia strengthened its ties in Central Asia.", nil},
		{"Armenia and Azerbaijan exchanged fire along their border.",
			[]triple{{"ARM", "190", "AZE", ""}, {"AZE", "190", "ARM", ""}}},
		{"Indian troops exchanged fire in Kashmir.", nil},
		{"Chinese and Russian warships conducted joint drills in the Sea of Japan.",
			[]triple{{"CHNMIL", "062", "RUSMIL", ""}, {"RUSMIL", "062", "CHNMIL", ""}}},
		// A country and a group beside it: the group's noun is not the
		// country's; where they signed is no party.
		{"Ethiopia and Tigray rebels signed a peace deal in Pretoria.",
			[]triple{{"ETH", "057", "ETHREB", ""}, {"ETHREB", "057", "ETH", ""}}},
		{"India and China held the 21st round of corps commander talks at the border.",
			[]triple{{"IND", "046", "CHN", ""}, {"CHN", "046", "IND", ""}}},
		{"Japan and South Korea held a series of meetings in Tokyo.",
			[]triple{{"JPN", "040", "KOR", ""}, {"KOR", "040", "JPN", ""}}},
		{"Indian and French warships began five days of joint exercises.",
			[]triple{{"INDMIL", "062", "FRAMIL", ""}, {"FRAMIL", "062", "INDMIL", ""}}},
		{"Brazil and Argentina agreed to create a joint commission.",
			[]triple{{"BRA", "032", "ARG", dyad.ModeFuture}, {"ARG", "032", "BRA", dyad.ModeFuture}}},
		// What is discussed is a topic, never a party.
		{"Mexican and American officials discussed migration in Washington.",
			[]triple{{"MEXGOV", "040", "USAGOV", ""}, {"USAGOV", "040", "MEXGOV", ""}}},
		{"Indian lawmakers discussed the Chinese incursion.", nil},
		{"Pakistan and Uzbekistan exchanged views on regional issues.",
			[]triple{{"PAK", "040", "UZB", ""}, {"UZB", "040", "PAK", ""}}},
		{"Pakistan exchanged views on Afghanistan.", nil},
		// An appeal is addressed to others, not to each other.
		{"Egypt and Qatar called for an immediate ceasefire.", nil},
		// A third party stays the target.
		{"Ghana and Togo signed an agreement with Benin.",
			[]triple{{"GHA", "057", "BEN", ""}, {"TGO", "057", "BEN", ""}}},
		// A pattern gives way to one that holds its words and more: the
		// attempt, not also a threat to assassinate.
		{"Militants attempted to assassinate the Iraqi prime minister.",
			[]triple{{"IRQREB", "185", "IRQGOV", ""}}},
		// Nor is a mediator: it mediated between them.
		{"Israel and Hamas agreed to a four-day truce mediated by Qatar.",
			[]triple{{"ISR", "0871", "PSEGOVHMS", ""}, {"PSEGOVHMS", "0871", "ISR", ""}, {"QAT", "045", "ISR", ""}, {"QAT", "045", "PSEGOVHMS", ""}}},
		// A list that names the same parties again is still one meeting
		// of each with each.
		{"Iran, Iraq, Iran, Iraq, Iran and Iraq met.",
			[]triple{{"IRN", "040", "IRQ", ""}, {"IRQ", "040", "IRN", ""}}},
		{"Indian and Chinese troops clashed along the disputed border in Ladakh.",
			[]triple{{"INDMIL", "190", "CHNMIL", ""}, {"CHNMIL", "190", "INDMIL", ""}}},
		{"Turkey and Greece signed a declaration of friendship in Athens.",
			[]triple{{"TUR", "057", "GRC", ""}, {"GRC", "057", "TUR", ""}}},
		{"Germany and Namibia signed a green hydrogen partnership.",
			[]triple{{"DEU", "057", "NAM", ""}, {"NAM", "057", "DEU", ""}}},
		// Nor is what a participle after their act does.
		{"Egypt and Qatar signed a document guaranteeing the ceasefire between Israel and Hamas.",
			[]triple{{"EGY", "057", "QAT", ""}, {"QAT", "057", "EGY", ""}}},
		// A count of people is no measure of something.
		{"Russia and Ukraine swapped 200 prisoners of war in a deal mediated by the United Arab Emirates.",
			[]triple{{"RUS", "0841", "UKR", ""}, {"UKR", "0841", "RUS", ""}, {"ARE", "045", "RUS", ""}, {"ARE", "045", "UKR", ""}}},
		// ", and" after two noun phrases joins clauses, not a list.
		{"Iran struck Pakistan on Tuesday, killing two children, and Pakistan retaliated with strikes on Iran.",
			[]triple{{"IRN", "190", "PAK", ""}, {"PAK", "190", "IRN", ""}}},
		// "They" are both parties of the sentence's compound subject,
		// and what they agree that they would do is their intent.
		{"Pakistan and India agreed that they would resume talks.",
			[]triple{{"PAK", "036", "IND", dyad.ModeFuture}, {"IND", "036", "PAK", dyad.ModeFuture}}},
		{"Hungary and Romania agreed that they should cooperate.",
			[]triple{{"HUN", "031", "ROU", dyad.ModeFuture}, {"ROU", "031", "HUN", dyad.ModeFuture}}},
		// "and" between two infinitives, or two clauses, each with its
		// subject, joins no parties; what a deal requires, and what the
		// parties are urged to do, is hypothetical.
		{"The deal requires Hezbollah to withdraw its fighters north of the Litani River and Israeli troops to pull out of southern Lebanon.",
			[]triple{{"ISRMIL", "0874", "LBN", dyad.ModeHypothetical}}},
		{"Hezbollah withdrew its fighters north of the Litani River and Israeli troops pulled out of southern Lebanon.",
			[]triple{{"ISRMIL", "0874", "LBN", ""}}},
		{"China agreed to invite Saudi Arabia and Qatar to join the bloc.",
			[]triple{{"CHN", "032", "SAU", dyad.ModeFuture}, {"CHN", "032", "QAT", dyad.ModeFuture}}},
		{"The UN urged Israel and Hamas to agree to a ceasefire.",
			[]triple{{"IGOUNO", "0256", "ISR", ""}, {"IGOUNO", "0256", "PSEGOVHMS", ""}, {"ISR", "0871", "PSEGOVHMS", dyad.ModeHypothetical}, {"PSEGOVHMS", "0871", "ISR", dyad.ModeHypothetical}}},
		// A summons's purpose is the summoner's act, not the envoys'.
		{"Iran summoned the ambassadors of Britain and France to protest against a resolution by the UN nuclear watchdog's board.",
			[]triple{{"IRN", "114", "GBRGOV", ""}, {"IRN", "114", "FRAGOV", ""}}},
		// "The three countries" are the last three named; each changes
		// its own policy, not with the others.
		{"ECOWAS lifted sanctions on Niger, Mali and Burkina Faso and urged the three military-led countries to reconsider their decision to leave the bloc.",
			[]triple{{"IGOWAFWAS", "085", "NER", ""}, {"IGOWAFWAS", "085", "MLI", ""}, {"IGOWAFWAS", "085", "BFA", ""},
				{"IGOWAFWAS", "0242", "NER", ""}, {"IGOWAFWAS", "0242", "MLI", ""}, {"IGOWAFWAS", "0242", "BFA", ""},
				{"NER", "0832", "IGOWAFWAS", dyad.ModeHypothetical}, {"MLI", "0832", "IGOWAFWAS", dyad.ModeHypothetical}, {"BFA", "0832", "IGOWAFWAS", dyad.ModeHypothetical}}},
		// A region's leaders name no one in an article that names no
		// organisation of theirs.
		{"West African leaders lifted sanctions on Niger.", nil},
		// Being behind bars is being in prison, not behind an attack.
		{"Cuban human rights groups said many political prisoners were still behind bars.", nil},
		// The act a retaliation answers is no target of it.
		{"The United States vowed to retaliate for the killing of three American soldiers in Jordan.", nil},
		// Trading and exchanging are mutual, whatever is traded.
		{"India and Pakistan traded accusations at the United Nations.",
			[]triple{{"IND", "112", "PAK", ""}, {"PAK", "112", "IND", ""}}},
		// Where an act done with someone happened is not who it was
		// done with.
		{"Protesters clashed in Nairobi.", nil},
		{"Kazakh officials met in Astana on Monday.", nil},
		// A visit to come is arranged by both: the host's side is an
		// intent too. One that may come has no host yet.
		{"The French president will visit China next week.",
			[]triple{{"FRAGOV", "036", "CHN", dyad.ModeFuture}, {"CHN", "036", "FRAGOV", dyad.ModeFuture}}},
		{"Ethiopia will host Kenyan President William Ruto next month.",
			[]triple{{"ETH", "036", "KENGOV", dyad.ModeFuture}, {"KENGOV", "036", "ETH", dyad.ModeFuture}}},
		{"The French president could visit China.",
			[]triple{{"FRAGOV", "042", "CHN", dyad.ModeHypothetical}}},
	} {
		codeExactly(t, c, tt.text, tt.want)
	}
}

// codeExactly codes txt as an article of 2024-03-01 and checks that it
// gives the events want and no others, each with spans that index txt.
func codeExactly(t *testing.T, c *Coder, txt string, want []triple) []dyad.Event {
	t.Helper()
	return codeExactlyOn(t, c, txt, "2024-03-01", want)
}

// codeExactlyOn is codeExactly for an article of the given date, which
// the dictionaries' dated entries follow.
func codeExactlyOn(t *testing.T, c *Coder, txt, date string, want []triple) []dyad.Event {
	t.Helper()
	evs := c.Code(article("t", txt, date))
	for _, w := range want {
		if !hasEvent(evs, w) {
			t.Errorf("%q: want %v; got %s", txt, w, show(evs))
		}
	}
	if len(evs) != len(want) {
		t.Errorf("%q: want %d events; got %s", txt, len(want), show(evs))
	}
	for _, e := range evs {
		checkSpans(t, txt, e)
	}
	return evs
}

// TestContextSentences: the sentences of the benchmark corpus that report
// no event (a news article's context) give none.
func TestContextSentences(t *testing.T) {
	c := placingCoder(t)
	for _, a := range corpus.Generate(100, 8, 1, 3) {
		if evs := c.Code(article(a.ID, a.Text, a.Date)); len(evs) > 0 {
			t.Errorf("%q: %s", a.Text, show(evs))
		}
	}
}

// TestPronounAntecedent: "he" means the last actor named as a subject,
// one actor, even from a sentence that coded no event; never a compound.
func TestPronounAntecedent(t *testing.T) {
	c := testCoder(t)
	txt := "Pakistan and Afghanistan agreed on Tuesday to reopen the border crossing. " +
		"Afghan Foreign Minister Amir Khan Muttaqi said his government wanted good relations with its neighbours. " +
		"He invited his Pakistani counterpart to visit Kabul next month."
	evs := c.Code(article("t", txt, "2024-03-12"))
	var got []string
	for _, e := range evs {
		if e.Code == "036" {
			got = append(got, e.Source.Code+" "+e.Target.Code)
		}
	}
	if want := []string{"AFGGOVTAL PAKGOV"}; !slices.Equal(got, want) {
		t.Errorf("the invitation: %v, want %v; all: %s", got, want, show(evs))
	}
}

// TestHeadAnaphora: "the delegation" is the last delegation named, not
// the last government actor (the president who receives it).
func TestHeadAnaphora(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "A Kazakh delegation arrived in Islamabad on Monday. "+
		"Pakistan's president received the delegation at his residence.",
		[]triple{{"KAZGOV", "042", "PAKGOV", ""}, {"PAKGOV", "043", "KAZGOV", ""},
			{"PAKGOV", "043", "KAZGOV", ""}, {"KAZGOV", "042", "PAKGOV", ""}})
}

// TestUnnamedCountries: a role that says its actors are of countries not
// named ("Western governments") takes no country from the article.
func TestUnnamedCountries(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Russia's foreign minister met his Chinese counterpart. "+
		"Western governments warned Beijing against supplying weapons to Moscow.",
		[]triple{{"RUSGOV", "040", "CHNGOV", ""}})
}

// TestUndatedTimes: an undated article's relative time phrases are still
// times, read past by the patterns, and date nothing; those that give
// their own year date their events.
func TestUndatedTimes(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want triple
		date string
	}{
		{"The Israeli army lifted on Friday a blockade on Palestinian trucks.", triple{"ISRMIL", "087", "PSE", ""}, ""},
		{"Nepal attacked India on 3 May 2021.", triple{"NPL", "190", "IND", ""}, "2021-05-03"},
	} {
		evs := c.Code(article("t", tt.text, ""))
		if !hasEvent(evs, tt.want) {
			t.Errorf("%q: want %v; got %s", tt.text, tt.want, show(evs))
		}
		for _, e := range evs {
			if e.Date != tt.date {
				t.Errorf("%q: dated %q, want %q", tt.text, e.Date, tt.date)
			}
		}
	}
}

// TestWaters: a sea named like a region of a country (Red Sea state of
// Sudan) or after one (the Gulf of Oman) is no country's place or actor,
// so a ship seized in it is no country's.
func TestWaters(t *testing.T) {
	c := placingCoder(t)
	codeExactly(t, c, "The Houthis seized a cargo ship in the Red Sea.", nil)
	codeExactly(t, c, "Iran seized a tanker in the Gulf of Oman.", nil)
	codeExactly(t, c, "Houthi rebels attacked a commercial ship in the Gulf of Aden.", nil)
	// Nor is a name the gazetteer does not hold its first word's place
	// (Gulf is a province of Papua New Guinea).
	for _, e := range codeExactly(t, c, "Iran seized a British tanker in the Gulf of Oman.", []triple{{"IRN", "1711", "GBR", ""}}) {
		if e.Place != nil && (e.Place.Name == "Gulf" || e.Place.Country == "OMN") {
			t.Errorf("placed at %+v", e.Place)
		}
	}
	// Nor is "it" the water a ship was in.
	codeExactly(t, c, "Houthi rebels fired a missile at a British tanker in the Gulf of Aden, setting it ablaze.",
		[]triple{{"YEMREBHTH", "195", "GBR", ""}, {"YEMREBHTH", "1712", "GBR", ""}})
	for _, e := range codeExactly(t, c, "Iran seized a British tanker in the Gulf of Aden.", []triple{{"IRN", "1711", "GBR", ""}}) {
		if e.Place != nil && e.Place.Name == "Aden" {
			t.Errorf("placed at %+v", e.Place)
		}
	}
	evs := codeExactly(t, c, "Protesters rallied outside the Sudanese parliament in Red Sea state.", []triple{{"SDNOPP", "141", "SDNLEG", ""}})
	if len(evs) == 1 && (evs[0].Place == nil || evs[0].Place.Name != "Red Sea") {
		t.Errorf("Red Sea state: placed at %+v", evs[0].Place)
	}
}

// TestGazetteerTargets: a city or town the gazetteer holds names its
// country as a target, after "the city of" and inside a noun phrase.
func TestGazetteerTargets(t *testing.T) {
	c := placingCoder(t)
	codeExactly(t, c, "Ukrainian troops shelled the city of Donetsk.", []triple{{"UKRMIL", "194", "UKR", ""}})
	// A word of direction alone is no region (Western Province, Sri Lanka).
	codeExactly(t, c, "The Kremlin dismissed Western criticism of the election.", nil)
	codeExactly(t, c, "Russian drones struck an apartment building in Odesa.", []triple{{"RUSMIL", "195", "UKR", ""}})
	// A participle after its clause happened where the clause did.
	wantPlaced(t, codeExactly(t, c, "Russian drones struck Ukrainian troops in Odesa, killing at least 10 Ukrainian civilians.",
		[]triple{{"RUSMIL", "195", "UKRMIL", ""}, {"RUSMIL", "195", "UKRCVL", ""}}), "Odessa", nil)
}

// TestInstitutionName: a proper name before the role that heads a phrase
// is the body's name, not a person's: it names no one later.
func TestInstitutionName(t *testing.T) {
	c := testCoder(t)
	evs := codeExactly(t, c, "The Indian ambassador opened a centre at Samarkand State University.", []triple{{"INDGOV", "017", "UZBEDU", ""}})
	for _, e := range evs {
		if e.Target.Name != "" {
			t.Errorf("target named %q, want no person's name", e.Target.Name)
		}
	}
}

// TestEarlierActs: "the attack", "the talks" refer back to an act an
// earlier sentence coded, and stand for its doer, or for both parties of a
// meeting or an agreement; the evidence stays in the reacting sentence.
func TestEarlierActs(t *testing.T) {
	c := testCoder(t)
	txt := "Pakistani troops shelled villages in Afghanistan on Monday. The Afghan government condemned the attack. " +
		"Japan and the Philippines held talks in Tokyo. China criticised the talks."
	evs := c.Code(article("acts", txt, "2024-03-06"))
	wantInSentences(t, evs, []sentenceTriple{
		{1, triple{"AFGGOV", "111", "PAKMIL", ""}},
		{3, triple{"CHN", "111", "JPN", ""}},
		{3, triple{"CHN", "111", "PHL", ""}},
	})
	for _, e := range evs {
		checkSpans(t, txt, e)
		if e.Sentence == 1 && e.Target.Country == "AFG" {
			t.Errorf("the attack stands for its doer, not its target: %s", show([]dyad.Event{e}))
		}
		if e.Sentence == 1 && txt[e.Span.Start:e.Span.End] != "The Afghan government condemned" {
			t.Errorf("evidence %q, want it in the reacting sentence", txt[e.Span.Start:e.Span.End])
		}
		if e.Sentence == 1 && e.Date != "2024-03-06" {
			t.Errorf("the reaction dated %s, the attack's day; want the article's, 2024-03-06", e.Date)
		}
	}
}

// TestStrikesRecalled: "the strikes" are the last air strikes, four
// sentences back, not the shooting down of the missiles told after them.
func TestStrikesRecalled(t *testing.T) {
	txt := "Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight. " +
		"Ukraine's air force said it shot down 102 missiles fired by Russian forces. Poland scrambled fighter jets. " +
		"Kyiv asked for more air defence. German Chancellor Olaf Scholz condemned the strikes."
	evs := testCoder(t).Code(article("strikes", txt, "2024-03-06"))
	wantInSentences(t, evs, []sentenceTriple{
		{0, triple{"RUS", "195", "UKR", ""}},
		{4, triple{"DEUGOV", "111", "RUS", ""}},
	})
	for _, e := range evs {
		if e.Sentence == 4 && e.Target.Code != "RUS" {
			t.Errorf("%s %s %s: the strikes are Russia's", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestAttackNotInterception: "the attack" is who fired the drones, not who
// shot them down.
func TestAttackNotInterception(t *testing.T) {
	txt := "Russia launched drones and missiles at Ukrainian cities overnight. " +
		"Ukraine's air force said it had shot down 40 of the 52 drones launched by Russia. " +
		"President Volodymyr Zelensky condemned the attack."
	evs := testCoder(t).Code(article("intercepted", txt, "2025-06-03"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"UKRGOV", "111", "RUS", ""}}})
	for _, e := range evs {
		if e.Sentence == 2 && e.Target.Country != "RUS" {
			t.Errorf("%s %s %s: the attack is Russia's", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestLaunchRecalled: "the launch" is the firing of missiles, not a drill
// told after it.
func TestLaunchRecalled(t *testing.T) {
	txt := "North Korea fired two short-range ballistic missiles into the sea on Saturday. " +
		"The launch came a day after the United States and South Korea began joint military drills. " +
		"South Korea's foreign ministry condemned the launch."
	evs := testCoder(t).Code(article("launch", txt, "2025-07-19"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"KORGOV", "111", "PRK", ""}}})
	for _, e := range evs {
		if e.Sentence == 2 && e.Target.Country != "PRK" {
			t.Errorf("%s %s %s: the launch is North Korea's", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestWelcomedVisitors: welcoming visitors is hosting them; welcoming a
// decision is praise.
func TestWelcomedVisitors(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Ethiopia's Ministry of Foreign Affairs welcomed a delegation of Somali lawmakers on Monday.",
		[]triple{{"ETHGOV", "043", "SOMLEG", ""}, {"SOMLEG", "042", "ETHGOV", ""}})
	codeExactly(t, c, "Kenya welcomed a delegation from Somalia.", []triple{{"KEN", "043", "SOM", ""}, {"SOM", "042", "KEN", ""}})
	codeExactly(t, c, "Kenya welcomed the visiting Somali president.", []triple{{"KEN", "043", "SOMGOV", ""}, {"SOMGOV", "042", "KEN", ""}})
	codeExactly(t, c, "Kenya welcomed Iran's decision.", []triple{{"KEN", "051", "IRN", ""}})
	codeExactly(t, c, "Kenya welcomed the new government in Somalia.", []triple{{"KEN", "051", "SOMGOV", ""}})
	// The delegation a pattern's words named is the one recalled.
	txt := "Ethiopia's Ministry of Foreign Affairs welcomed a delegation of Somali lawmakers on Monday. " +
		"The delegation visited Addis Ababa University."
	evs := c.Code(article("delegation", txt, "2025-11-17"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"SOMLEG", "042", "ETHEDU", ""}}})
	for _, e := range evs {
		if e.Sentence == 1 && e.Code == "042" && e.Source.Code != "SOMLEG" {
			t.Errorf("%s %s %s: the delegation is the Somali lawmakers", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestMetBetween: a meeting between two parties that a phrase of time
// names took place, each with the other; one called for or planned did not.
func TestMetBetween(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The two sides signed a memorandum during talks between Serbia and Kosovo in Brussels.",
		[]triple{{"SRB", "057", "KSV", ""}, {"KSV", "057", "SRB", ""}, {"SRB", "040", "KSV", ""}, {"KSV", "040", "SRB", ""}})
	codeExactly(t, c, "Markets rose after the planned meeting between China and the United States.", nil)
	// A person the dictionaries know keeps their country before a place.
	codeExactly(t, c, "The leaders met after a summit between Biden and Putin in Alaska.",
		[]triple{{"USAGOV", "040", "RUSGOV", ""}, {"RUSGOV", "040", "USAGOV", ""}})
	for _, e := range c.Code(article("called", "The EU called for talks between Serbia and Kosovo.", "2024-03-01")) {
		if e.Code == "040" {
			t.Errorf("%s %s %s: talks called for are no meeting", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestRelativeKilling: a violent participle after a violent relative
// clause is that clause's doer's when the main verb is not violent; after a
// violent main verb it is the main clause's.
func TestRelativeKilling(t *testing.T) {
	c := placingCoder(t)
	evs := c.Code(article("rel", "Pakistan on Sunday accused Afghanistan's Taliban government of sheltering militants who attacked a police post in Khyber Pakhtunkhwa, killing four policemen.", "2025-10-12"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PAK", "112", "AFGGOVTAL", ""}}})
	for _, e := range evs {
		if e.Source.Code == "PAK" && violent(e.Code) {
			t.Errorf("%s %s %s: the accuser killed no one", e.Source.Code, e.Code, e.Target.Code)
		}
	}
	codeExactly(t, c, "Security forces fired at protesters who stormed parliament in Nairobi, killing five lawmakers.",
		[]triple{{"KENMIL", "190", "KENOPP", ""}, {"KENOPP", "145", "KENLEG", ""}, {"KENMIL", "190", "KENLEG", ""}})
}

// TestGazetteerPhrase: a place only the gazetteer holds, in a phrase of
// where after the head, gives the object its country.
func TestGazetteerPhrase(t *testing.T) {
	c := placingCoder(t)
	evs := c.Code(article("donetsk", "KYIV, June 3, 2025 (AP) - Russian troops captured the village of Novopil in the Donetsk region.", "2025-06-03"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"RUSMIL", "192", "UKR", ""}}})
}

// TestSumOf: the sum of what a pattern names, after "of", stands between
// its words.
func TestSumOf(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The World Bank approved a loan of 500 million dollars to Bangladesh.", []triple{{"IGOUNODEVWBK", "071", "BGD", ""}})
	codeExactly(t, c, "China gave a grant of $10 million to Nepal.", []triple{{"CHN", "071", "NPL", ""}})
}

// TestForeignMinistryHome: a foreign ministry of no named country, in a
// report with a dateline, is the dateline country's, whatever other country
// the sentence names.
func TestForeignMinistryHome(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		text string
		want triple
	}{
		{"MANILA, Aug 21 (Reuters) - The foreign ministry accused China of aggression.", triple{"PHLGOV", "1123", "CHN", ""}},
		{"MANILA, Aug 21 (Reuters) - The Department of Foreign Affairs summoned a senior Chinese diplomat.", triple{"PHLGOV", "114", "CHNGOV", ""}},
	} {
		evs := c.Code(article("foreign", tt.text, "2025-08-21"))
		wantInSentences(t, evs, []sentenceTriple{{0, tt.want}})
	}
}

// TestCoHosts: two who host or visit together do not host or visit each
// other.
func TestCoHosts(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Egypt and Saudi Arabia hosted talks between the warring parties in Jeddah.", nil)
	codeExactly(t, c, "Egypt and Saudi Arabia hosted talks between the Sudanese army and the RSF in Jeddah.",
		[]triple{{"EGY", "045", "SDNMIL", ""}, {"EGY", "045", "SDNREBRSF", ""}, {"SAU", "045", "SDNMIL", ""}, {"SAU", "045", "SDNREBRSF", ""}})
}

// TestTruceRecalled: "the truce" is the ceasefire two agreed to, and both
// of them are welcomed.
func TestTruceRecalled(t *testing.T) {
	txt := "India and Pakistan agreed to a ceasefire on Saturday. China welcomed the truce."
	evs := testCoder(t).Code(article("truce", txt, "2025-05-10"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"CHN", "051", "IND", ""}}, {1, triple{"CHN", "051", "PAK", ""}}})
}

// TestReleaseRecalled: "the release" is the freeing of people told before,
// and welcoming it praises who freed them.
func TestReleaseRecalled(t *testing.T) {
	txt := "Iran released a French citizen who had been detained for three years. French President Emmanuel Macron welcomed the release."
	evs := testCoder(t).Code(article("release", txt, "2025-10-21"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"FRAGOV", "051", "IRN", ""}}})
}

// TestProtestInCityState: a protest in Hong Kong or Singapore, territories
// whose capitals are their own names, is addressed to their governments,
// and Hong Kong's chief executive is its government.
func TestProtestInCityState(t *testing.T) {
	txt := "HONG KONG, Aug 12, 2019 (Reuters) - Protesters blocked roads in the Sham Shui Po district overnight. " +
		"Britain's Foreign Secretary Dominic Raab spoke by telephone with Chief Executive Carrie Lam."
	wantInSentences(t, testCoder(t).Code(article("hk", txt, "")), []sentenceTriple{
		{0, triple{"HKGOPP", "144", "HKGGOV", ""}}, {1, triple{"GBRGOV", "041", "HKGGOV", ""}}})
	txt = "SINGAPORE, May 2, 2024 (Reuters) - Protesters rallied in the city centre on Thursday."
	wantInSentences(t, testCoder(t).Code(article("sg", txt, "")), []sentenceTriple{{0, triple{"SGPOPP", "141", "SGPGOV", ""}}})
}

// TestDemandedAndDid: a verb in the past after a subjunctive the subject
// demanded is the subject's own act; a command chanted is only asked for;
// a person named before names their country, so an opposition accused is
// not of the only country the sentence names.
func TestDemandedAndDid(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The South Korean opposition demanded that Yoon Suk Yeol resign and filed a complaint against the defence minister.",
		[]triple{{"KOROPP", "1041", "KORGOV", ""}, {"KOROPP", "114", "KORMIL", ""}})
	codeExactly(t, c, "South Korean protesters gathered outside the National Assembly, chanting \"Arrest Yoon Suk Yeol\".",
		[]triple{{"KOROPP", "141", "KORLEG", ""}, {"KOROPP", "173", "KORGOV", dyad.ModeHypothetical}})
	txt := "SEOUL, Dec 4, 2024 (Reuters) - South Korean President Yoon Suk Yeol lifted martial law early on Wednesday. " +
		"Yoon had declared martial law on Tuesday night, accusing the opposition of sympathising with North Korea."
	wantInSentences(t, c.Code(article("yoon", txt, "")), []sentenceTriple{{1, triple{"KORGOV", "112", "KOROPP", ""}}})
}

// TestVisitedPlaceNotTheirs: the place a minister of no named country
// visits, or is due to, is not the minister's country; the dateline's is.
func TestVisitedPlaceNotTheirs(t *testing.T) {
	c := testCoder(t)
	txt := "Islamabad, 3 June 2024 (APP): Interior Minister Mohsin Naqvi is due to visit Tehran next week."
	wantInSentences(t, c.Code(article("naqvi", txt, "")), []sentenceTriple{{0, triple{"PAKGOV", "036", "IRNGOV", dyad.ModeFuture}}})
	txt = "Islamabad, 3 June 2024 (APP): The interior minister arrived in Tehran on Monday."
	wantInSentences(t, c.Code(article("arrived", txt, "")), []sentenceTriple{{0, triple{"PAKGOV", "042", "IRN", ""}}})
}

// TestSoldiersAndAttackers: soldiers in a sentence that names no country
// are the dateline's; some of "the attackers", however they were killed,
// are the last violent act's doers.
func TestSoldiersAndAttackers(t *testing.T) {
	txt := "ISLAMABAD, June 3, 2024 (Reuters) - Militants opened fire on an army convoy on Sunday, killing seven soldiers. " +
		"Troops launched a clearance operation in the area and killed four of the attackers in an exchange of fire."
	wantInSentences(t, testCoder(t).Code(article("convoy", txt, "")), []sentenceTriple{
		{0, triple{"PAKREB", "190", "PAKMIL", ""}}, {1, triple{"PAKMIL", "190", "PAKREB", ""}}})
	txt = "MOGADISHU, March 15, 2024 (Reuters) - Al-Shabaab militants attacked a hotel in Mogadishu late Thursday. " +
		"Venezuelan security forces briefly detained an opposition leader on Friday. " +
		"Somali forces ended the siege early Friday, killing all five attackers, the Information Ministry said."
	wantInSentences(t, testCoder(t).Code(article("siege", txt, "")), []sentenceTriple{
		{1, triple{"VENMIL", "173", "VENOPP", ""}}, {2, triple{"SOMMIL", "190", "SOMREBSHB", ""}}})
}

// TestBothSidesSpokenWith: "both countries" after one side spoke with two
// others are the two it spoke with.
func TestBothSidesSpokenWith(t *testing.T) {
	txt := "NEW DELHI, May 7, 2025 (Reuters) - India launched missile strikes on nine sites in Pakistan early on Wednesday. " +
		"U.S. Secretary of State Marco Rubio spoke by telephone with Indian National Security Adviser Ajit Doval and Pakistan's army chief, General Asim Munir, and urged both countries to de-escalate. " +
		"China called India's military action \"regrettable\" and urged both sides to exercise restraint."
	evs := testCoder(t).Code(article("both", txt, ""))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"USAGOV", "0256", "IND", ""}}, {1, triple{"USAGOV", "0256", "PAK", ""}},
		{2, triple{"CHN", "0256", "IND", ""}}, {2, triple{"CHN", "0256", "PAK", ""}}})
	for _, e := range evs {
		if e.Target.Country == "USA" && e.Source.Country != "USA" {
			t.Errorf("%s %s %s: the caller is no side", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestJuntaAndDayBefore: "the junta" is the one an earlier sentence named by
// its country, not the dateline's; "the day before" dates an act the day
// before the act told before it; a date in a phrase of "despite" is not
// the act's.
func TestJuntaAndDayBefore(t *testing.T) {
	c := testCoder(t)
	lead := "VIENTIANE, July 26, 2024 (Kyodo) -- ASEAN foreign ministers on Friday urged Myanmar's military government to halt air strikes on civilian areas. "
	txt := lead + "Myanmar's junta leaders have been barred from ASEAN summits since 2021. Malaysian Foreign Minister Mohamad Hasan criticised the junta."
	wantInSentences(t, c.Code(article("junta", txt, "")), []sentenceTriple{{2, triple{"MYSGOV", "111", "MMRMIL", ""}}})
	wantDated(t, c, lead+"The day before, Myanmar's military launched air strikes on a village in the Sagaing region.", "",
		triple{"MMRMIL", "195", "MMR", ""}, "2024-07-25")
	wantDated(t, c, lead+"Myanmar's military launched air strikes on a village in the Sagaing region the day before the meeting.", "",
		triple{"MMRMIL", "195", "MMR", ""}, "2024-07-26")
	// The date of a ruling despite which, not of the criticism.
	wantDated(t, c, "NAIROBI, June 26, 2024 (Reuters) - Opposition politicians criticised Ruto for sending the officers despite a High Court ruling in January.", "",
		triple{"KENOPP", "111", "KENGOV", ""}, "2024-06-26")
}

// TestRefusedWhatDemanded: a refusal with no object rejects those who
// demanded the act of the refuser; the speaker of a passive past perfect
// does the past act after "and".
func TestRefusedWhatDemanded(t *testing.T) {
	c := testCoder(t)
	txt := "NAIROBI, July 2, 2024 (Reuters) - Protesters demanded the resignation of President William Ruto. Ruto said he would not resign."
	wantInSentences(t, c.Code(article("resign", txt, "")), []sentenceTriple{{1, triple{"KENGOV", "123", "KENOPP", ""}}})
	// Not those who appealed for something else.
	txt = "NAIROBI, July 2, 2024 (Reuters) - Protesters demanded the resignation of President William Ruto. " +
		"The United Nations human rights office urged Kenyan authorities to show restraint. Ruto said he would not resign."
	wantInSentences(t, c.Code(article("resign2", txt, "")), []sentenceTriple{{2, triple{"KENGOV", "123", "KENOPP", ""}}})
	codeExactly(t, c, "NAIROBI, July 2, 2024 (Reuters) - Interior Minister Kithure Kindiki said 271 people had been arrested and accused criminal gangs of hijacking the protests.",
		[]triple{{"KENGOV", "173", "KENCVL", ""}, {"KENGOV", "112", "KENCRM", ""}})
}

// TestShortSurname: a person the dictionaries know is their surname of
// three letters later in the article.
func TestShortSurname(t *testing.T) {
	txt := "ISLAMABAD, January 20, 2026 (Dawn) - Chinese Foreign Minister Wang Yi spoke by telephone with Deputy Prime Minister Ishaq Dar on Monday. " +
		"Dar thanked Beijing for its \"consistent support\", the Foreign Office said."
	wantInSentences(t, testCoder(t).Code(article("dar", txt, "")), []sentenceTriple{{1, triple{"PAKGOV", "051", "CHNGOV", ""}}})
}

// TestSectionElsewhere: a city's section the gazetteer holds only in a
// country the article is not about says nothing of whose people or
// buildings are there.
func TestSectionElsewhere(t *testing.T) {
	txt := "HONIARA, Nov 26, 2021 (Kyodo) -- Protesters torched buildings in Chinatown and tried to storm parliament."
	evs := placingCoder(t).Code(article("chinatown", txt, ""))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"SLBOPP", "145", "SLBLEG", ""}}})
	for _, e := range evs {
		if e.Source.Country == "USA" || e.Target.Country == "USA" {
			t.Errorf("%s %s %s: Chinatown is no American place here", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestPlacesAttacked: rockets fired from launchers into a place are fired
// into it; a place followed by more places of no one is still the place.
func TestPlacesAttacked(t *testing.T) {
	c := placingCoder(t)
	codeExactly(t, c, "Cambodian forces fired rockets from BM-21 launchers into civilian areas of Surin province.", []triple{{"KHMMIL", "194", "THACVL", ""}})
	codeExactly(t, c, "Tajik troops shelled the airport in Batken and several nearby villages.", []triple{{"TJKMIL", "194", "KGZ", ""}})
	// Journalists counted are of the city they act in, as protesters.
	codeExactly(t, c, "Journalists rallied outside the Russian embassy in Washington on Friday evening.", []triple{{"USAMED", "141", "RUSGOV", ""}})
	// A city the dictionaries place, which the gazetteer has only in a
	// country the article is not about, is the dictionaries'.
	codeExactly(t, c, "In the occupied West Bank, the Israeli military said it struck a cell in Jenin, killing two gunmen.", []triple{{"ISRMIL", "190", "PSE", ""}})
}

// TestDelegationSent: a delegation sent to a capital is no diplomat posted
// there, whom the people of the sentence meet; "the government" that acts
// in a report from its country about it is its own; a consignment of aid
// is aid.
func TestDelegationSent(t *testing.T) {
	txt := "COLOMBO, June 14, 2022 (Xinhua) - China on Tuesday handed over a consignment of rice to Sri Lanka as emergency assistance. " +
		"Prime Minister Ranil Wickremesinghe told parliament on Tuesday that the government would send a delegation to New Delhi next week to seek further credit lines from India. " +
		"He also thanked China and India for their support. The government criticised India."
	wantInSentences(t, testCoder(t).Code(article("colombo", txt, "")), []sentenceTriple{
		{0, triple{"CHN", "073", "LKA", ""}}, {2, triple{"LKAGOV", "051", "CHN", ""}}, {2, triple{"LKAGOV", "051", "IND", ""}},
		{3, triple{"LKAGOV", "111", "IND", ""}}})
}

// TestLeadRecalledLate: the lead's act is recalled to the article's end.
func TestLeadRecalledLate(t *testing.T) {
	txt := "CARACAS, Jan 9, 2025 (AFP) - Venezuelan security forces briefly detained opposition leader Maria Corina Machado on Thursday. " +
		"Machado was released several hours later. Thousands of opposition supporters marched in Caracas. The electoral council declared Maduro the winner. " +
		"The opposition says its candidate won. The United States condemned the Maduro government. Brazil urged the Venezuelan government to guarantee the safety of opposition leaders. " +
		"Colombia said it was concerned. The vote was disputed. Panama's government also condemned the detention."
	wantInSentences(t, testCoder(t).Code(article("lead", txt, "")), []sentenceTriple{{9, triple{"PANGOV", "111", "VENMIL", ""}}})
}

// TestParenAcronym: an acronym given in parentheses after a group's name
// stands for it after, alone, before a spokesman's title or before common
// nouns, even one the dictionaries leave out; a stative clause a speaker
// tells of leaves a past verb after "and" to the speaker.
func TestParenAcronym(t *testing.T) {
	txt0 := "ANKARA, Jan 9, 2025 (Anadolu) - Erdogan warned the Kurdish-led Syrian Democratic Forces (SDF) that Turkey would launch a new military operation. " +
		"Turkish drones struck SDF positions on Thursday."
	wantInSentences(t, testCoder(t).Code(article("sdf", txt0, "")), []sentenceTriple{{1, triple{"TURMIL", "195", "SYRREBSDF", ""}}})
	txt := "Islamabad, 3 June 2024 (APP): Police arrested 40 supporters of the opposition Pakistan Tehreek-e-Insaf (PTI) on Monday as they tried to march towards parliament. " +
		"Interior Minister Mohsin Naqvi told reporters that the protesters had no permission to enter the Red Zone and warned that police would use force. " +
		"PTI spokesman Raoof Hasan condemned the government for the arrests. PTI also criticised the police."
	evs := testCoder(t).Code(article("pti", txt, ""))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PAKPTYPTI", "141", "PAKLEG", ""}},
		{2, triple{"PAKPTYPTI", "111", "PAKGOV", ""}}, {3, triple{"PAKPTYPTI", "111", "PAKCOP", ""}}})
	for _, e := range evs {
		if e.Sentence == 1 && e.Source.Code != "PAKGOV" {
			t.Errorf("%s %s %s: the minister warned, not the protesters", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestBureauDateline: a report from a bureau abroad that never names the
// dateline's country, nor its city again, is about the country it names
// most: its junta and fighters are that country's.
func TestBureauDateline(t *testing.T) {
	txt := "BANGKOK, April 12, 2023 (Reuters) - Myanmar's military carried out an air strike on a village in the central Sagaing region on Tuesday. " +
		"The United Nations condemned the strike. Indonesia urged Myanmar to implement a peace plan. " +
		"Separately, the junta's information ministry said two journalists had been arrested in Yangon. " +
		"Resistance fighters attacked a military convoy in the Magway region on Wednesday."
	wantInSentences(t, placingCoder(t).Code(article("bkk", txt, "")), []sentenceTriple{
		{3, triple{"MMRMIL", "173", "MMRMED", ""}}, {4, triple{"MMRREB", "190", "MMRMIL", ""}}})
}

// TestFacePunishment: saying another will face punishment threatens it;
// drones launched toward a country are launched at it; refusing to attend
// talks with another makes no pair of the two.
func TestFacePunishment(t *testing.T) {
	txt := "TEHRAN, June 13, 2025 (AFP) - Israel launched waves of air strikes on Iran's nuclear facilities early on Friday. " +
		"Iran responded by launching more than 100 drones toward Israel, most of which were intercepted, the Israeli military said. " +
		"Supreme Leader Ayatollah Ali Khamenei said in a televised message that Israel would face \"severe punishment\" for the attack. " +
		"Iran's foreign ministry said it would not attend the sixth round of nuclear talks with the United States. " +
		"U.N. Secretary-General Antonio Guterres urged both countries to show maximum restraint."
	wantInSentences(t, testCoder(t).Code(article("face", txt, "")), []sentenceTriple{
		{1, triple{"IRN", "195", "ISR", ""}}, {2, triple{"IRNGOV", "130", "ISR", ""}}, {3, triple{"IRNGOV", "125", "USA", ""}},
		{4, triple{"IGOUNO", "0256", "ISR", ""}}, {4, triple{"IGOUNO", "0256", "IRN", ""}}})
}

// TestHelpToWhom: help sent to no one named goes where the sympathy or the
// help the article told before went.
func TestHelpToWhom(t *testing.T) {
	txt := "SUVA, Dec. 18, 2024 (Fiji Times) - Prime Minister Sitiveni Rabuka has conveyed Fiji's condolences to Vanuatu after a magnitude 7.3 earthquake struck near Port Vila on Tuesday. " +
		"Australia and New Zealand dispatched urban search and rescue teams on military aircraft on Wednesday."
	wantInSentences(t, testCoder(t).Code(article("help", txt, "")), []sentenceTriple{{1, triple{"AUS", "073", "VUT", ""}}, {1, triple{"NZL", "073", "VUT", ""}}})
	codeExactly(t, testCoder(t), "Turkey dispatched rescue teams on Monday.", nil)
}

// TestSummitRecalled: "the summit" welcomed is the meeting told before,
// whose parties are welcomed, up to eight sentences back.
func TestSummitRecalled(t *testing.T) {
	txt := "TOKYO, March 16, 2023 (Kyodo) - South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida in Tokyo. " +
		"Kishida said Japan would lift export controls. South Korea said it would withdraw its complaint. A foundation will compensate former labourers. " +
		"About 200 protesters rallied in Seoul. The U.S. State Department welcomed the summit as a new chapter."
	wantInSentences(t, testCoder(t).Code(article("summit", txt, "")), []sentenceTriple{{5, triple{"USAGOV", "051", "KORGOV", ""}}, {5, triple{"USAGOV", "051", "JPNGOV", ""}}})
}

// TestBothNeighbours: "both neighbors" are the two countries the sentence
// before joined with "and".
func TestBothNeighbours(t *testing.T) {
	txt := "MEXICO CITY, March 4, 2025 (AP) - The 25% tariffs on most imports from Mexico and Canada took effect at midnight. " +
		"President Donald Trump accused both neighbors of failing to stop the flow of fentanyl."
	wantInSentences(t, testCoder(t).Code(article("neighbors", txt, "")), []sentenceTriple{{1, triple{"USAGOV", "112", "MEX", ""}}, {1, triple{"USAGOV", "112", "CAN", ""}}})
}

// TestDealFought: an agreement fought is rejected, no war.
func TestDealFought(t *testing.T) {
	txt := "BRUSSELS, Dec 6, 2024 (AFP) - The European Union and the Mercosur bloc reached a free trade agreement on Friday. France vowed to fight the deal."
	evs := testCoder(t).Code(article("deal", txt, ""))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"FRA", "120", "IGOEUREEC", ""}}, {1, triple{"FRA", "120", "IGOSAMMRC", ""}}})
}

// TestProtestRecalled: "the protest" is an official complaint told before,
// and rejecting it rejects its maker.
func TestProtestRecalled(t *testing.T) {
	txt := "Japan lodged a protest with South Korea. South Korea rejected the protest."
	evs := testCoder(t).Code(article("protest", txt, "2025-02-14"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"JPN", "114", "KOR", ""}}, {1, triple{"KOR", "120", "JPN", ""}}})
}

// TestBareInfinitive: after "help Syria rebuild", "its" is Syria's and a
// verb after "and" is the main clause's.
func TestBareInfinitive(t *testing.T) {
	codeExactly(t, testCoder(t), "Turkey pledged to help Syria rebuild its army and offered to train Syrian troops.",
		[]triple{{"TUR", "033", "SYR", ""}, {"TUR", "0332", "SYR", ""}})
}

// TestSecondThatClause: "and that" opens a second clause of the same verb
// of speech, whose "would" is a will.
func TestSecondThatClause(t *testing.T) {
	codeExactly(t, testCoder(t), "Trump said the meeting was a great success and that he would visit China in April.",
		[]triple{{"USAELI", "036", "CHN", dyad.ModeFuture}, {"CHN", "036", "USAELI", dyad.ModeFuture}})
}

// TestCountriesUnnamed: a cut in relations with countries the sentence does
// not name is with no country the article names elsewhere.
func TestCountriesUnnamed(t *testing.T) {
	txt := "Venezuela expelled diplomats from seven Latin American countries. Argentina's embassy in Caracas was surrounded."
	for _, e := range testCoder(t).Code(article("unnamed", txt, "2025-01-06")) {
		if e.Code == "161" && e.Target.Code != "" {
			t.Errorf("%s %s %s: the seven countries are not named", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestPersonCountry: a person the dictionaries know names a country of the
// sentence: the opposition Maduro accuses is not that of the one other
// country named.
func TestPersonCountry(t *testing.T) {
	c := testCoder(t)
	txt := "CARACAS, Jan 6 (EFE) - President Nicolas Maduro accused the opposition of plotting a coup with the support of the United States."
	evs := c.Code(article("maduro", txt, "2025-01-06"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"VENGOV", "1125", "VENOPP", ""}}})
	for _, e := range c.Code(article("maduro", "President Nicolas Maduro accused the opposition of plotting a coup with the support of the United States.", "2025-01-06")) {
		if e.Target.Code == "USAOPP" {
			t.Errorf("%s %s %s: the opposition is not the United States'", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestActObjectNamed: an act noun with what it was done to after it
// recalls the act told before, done to that, and stands for its doer.
func TestActObjectNamed(t *testing.T) {
	c := testCoder(t)
	txt := "Poland shot down Russian drones that violated Polish airspace. The German government condemned the violation of Polish airspace."
	evs := c.Code(article("violation", txt, "2025-09-10"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"DEUGOV", "111", "RUSMIL", ""}}})
	// Done to another country, it is no act told before.
	txt = "Poland shot down Russian drones that violated Polish airspace. The German government condemned the attack on Ukraine."
	for _, e := range c.Code(article("violation", txt, "2025-09-10")) {
		if e.Sentence == 1 && e.Target.Country == "RUS" {
			t.Errorf("%s %s %s: the attack on Ukraine was not told before", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestPartOfStrikes: "hundreds of air strikes" carried out are air strikes,
// and "since December" with the perfect of the verb dates them by the
// article, when they began less than a year before it.
func TestPartOfStrikes(t *testing.T) {
	wantDated(t, testCoder(t), "Israel has carried out hundreds of air strikes on military targets in Syria since December.", "2025-03-03",
		triple{"ISR", "195", "SYRMIL", ""}, "2025-03-03")
}

// TestLedBy: the unknown leader of a delegation received is of the
// delegation's country, not the dateline's, and known by name after.
func TestLedBy(t *testing.T) {
	txt := "ISLAMABAD, Feb 19 (APP) - Prime Minister Shehbaz Sharif received a delegation of the Turkish parliament led by Speaker Numan Kurtulmus at the PM House. " +
		"Kurtulmus invited Sharif to visit Ankara."
	evs := testCoder(t).Code(article("ledby", txt, "2025-02-19"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PAKGOV", "043", "TURLEG", ""}}, {1, triple{"TURLEG", "036", "PAKGOV", ""}}})
}

// TestOperationRecalled: "the operation", "the crackdown" and "the
// violence" are the force used before.
func TestOperationRecalled(t *testing.T) {
	txt := "Israeli troops raided the Jenin refugee camp, killing three Palestinians. Jordan's foreign ministry denounced the operation."
	evs := testCoder(t).Code(article("operation", txt, "2025-03-12"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"JORGOV", "111", "ISRMIL", ""}}})
	txt = "Georgian riot police used tear gas to disperse protesters. The European Union condemned the violence against peaceful demonstrators."
	evs = testCoder(t).Code(article("violence", txt, "2024-12-01"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"IGOEUREEC", "111", "GEOCOP", ""}}})
}

// TestTariffsRetaliation: goods past their worth are their country's; the
// act a retaliation answers is not of the retaliation's day; what sanctions
// target is not attacked.
func TestTariffsRetaliation(t *testing.T) {
	c := testCoder(t)
	txt := "Canada imposed 25 percent tariffs on 30 billion dollars of American goods on Tuesday in retaliation for US tariffs on Canadian steel."
	evs := c.Code(article("tariffs", txt, "2025-03-10"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"CAN", "163", "USA", ""}}})
	for _, e := range evs {
		if e.Source.Code == "USA" && e.Date == "2025-03-04" {
			t.Errorf("%s %s %s dated %s: the US tariffs were not Tuesday's", e.Source.Code, e.Code, e.Target.Code, e.Date)
		}
	}
	codeExactly(t, c, "The European Union adopted a package of sanctions against Russia, targeting nearly 200 vessels of its shadow fleet.",
		[]triple{{"IGOEUREEC", "163", "RUS", ""}})
}

// TestSoleOther: a cut in relations that names no one is with the one other
// actor its sentence names, before the country the article is about.
func TestSoleOther(t *testing.T) {
	txt := "The United States criticised Georgia. Georgian police dispersed protesters after the government suspended talks on joining the European Union."
	evs := testCoder(t).Code(article("sole", txt, "2024-12-01"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"GEOGOV", "164", "IGOEUREEC", ""}}})
}

// TestCalledPraise: calling an act a brave step praises its doer.
func TestCalledPraise(t *testing.T) {
	txt := "Russia formally recognised the Taliban government. Afghan Foreign Minister Amir Khan Muttaqi called the decision a brave step."
	evs := testCoder(t).Code(article("praise", txt, "2025-07-04"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"AFGGOVTAL", "051", "RUS", ""}}})
}

// TestVenueCity: a speech at a university named for its city was given in
// that city, not at the speaker's home.
func TestVenueCity(t *testing.T) {
	wantPlaced(t, codeExactly(t, placingCoder(t), "Ugandan President Yoweri Museveni addressed students at the University of Nairobi.",
		[]triple{{"UGAGOV", "010", "KENEDU", ""}}), "Nairobi", nil)
}

// TestInvitedToExhibition: an invitation to an exhibition is an offer to
// meet, of the article's day, not of the month of the exhibition.
func TestInvitedToExhibition(t *testing.T) {
	wantDated(t, testCoder(t), "Kazakh Ambassador Yerzhan Kistafin invited Pakistani businessmen to the Kazakh trade exhibition in Astana in September.", "2025-05-05",
		triple{"KAZGOV", "036", "PAKBUS", ""}, "2025-05-05")
}

// TestDateOfOtherOccasion: a date ending a phrase of when that names
// another occasion is that occasion's, not the act's; past its comma, a
// date is the act's again. "The leaders" are the pair's governments.
func TestDateOfOtherOccasion(t *testing.T) {
	c := testCoder(t)
	txt := "Trump hosted Ukrainian President Volodymyr Zelensky at the White House on Monday. " +
		"The leaders discussed security guarantees for Ukraine after a summit between Trump and Putin in Alaska on Friday."
	for _, e := range c.Code(article("aside", txt, "2025-08-18")) {
		if e.Sentence == 1 && e.Code == "040" && e.Target.Country == "UKR" && e.Date == "2025-08-15" {
			t.Errorf("%s %s %s dated %s: Friday was the summit's", e.Source.Code, e.Code, e.Target.Code, e.Date)
		}
	}
	wantDated(t, placingCoder(t), "Turkish authorities imposed a curfew in the town of Cizre after a demonstration over fraud allegations, security sources said Tuesday.", "2000-01-01",
		triple{"TURGOV", "1723", "TUR", ""}, "1999-12-28")
}

// TestSidesWithOrganisation: "the sides" after a meeting of a country and
// an organisation are those two, not two countries a relative clause
// names.
func TestSidesWithOrganisation(t *testing.T) {
	txt := "Turkmen President Serdar Berdimuhamedov received a delegation of the Asian Development Bank on Tuesday. " +
		"The sides discussed financing for the TAPI gas pipeline, which will carry Turkmen gas to Afghanistan, Pakistan and India."
	evs := testCoder(t).Code(article("sides", txt, "2025-04-08"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"TKM", "040", "IGOSEADEVADB", ""}}})
	for _, e := range evs {
		if e.Sentence == 1 && (e.Source.Country == "PAK" || e.Source.Country == "IND" || e.Source.Country == "AFG") {
			t.Errorf("%s %s %s: the pipeline's countries are no sides", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestCalledAct: calling an act a sham or a crime is criticism of its doer.
func TestCalledAct(t *testing.T) {
	txt := "A Moscow court sentenced U.S. journalist Evan Gershkovich to 16 years. U.S. officials called the verdict a disgraceful sham. " +
		"Russia attacked Ukraine. Germany called the attack a crime."
	evs := testCoder(t).Code(article("called", txt, "2024-07-19"))
	wantInSentences(t, evs, []sentenceTriple{
		{1, triple{"USAGOV", "111", "RUSJUD", ""}},
		{3, triple{"DEU", "111", "RUS", ""}},
	})
}

// TestKoreas: in an article about the two Koreas, "the North" and "the
// South" are countries.
func TestKoreas(t *testing.T) {
	c := testCoder(t)
	txt := "North Korea flew balloons into South Korea. South Korea decided to suspend a military pact with the North. " +
		"The United States condemned the North's actions."
	evs := c.Code(article("koreas", txt, "2024-06-02"))
	wantInSentences(t, evs, []sentenceTriple{
		{1, triple{"KOR", "127", "PRK", dyad.ModeFuture}},
		{2, triple{"USA", "111", "PRK", ""}},
	})
	// Elsewhere the North is no country.
	codeExactly(t, c, "Egypt condemned the attack in the North.", nil)
}

// TestVisitArticle: a pronoun subject of a passive is the last sentence's
// subject, and its event that sentence's occasion and day; a dictionary
// person is known by surname later in the article; and what happened is
// not dated by the date of what is to come.
func TestVisitArticle(t *testing.T) {
	c := testCoder(t)
	txt := "Kazakh President Kassym-Jomart Tokayev arrived in Islamabad on Monday. " +
		"He was received by Prime Minister Shehbaz Sharif. " +
		"Tokayev invited Sharif to visit Astana next year."
	evs := c.Code(article("visit", txt, "2024-05-12"))
	for _, w := range []struct {
		sentence int
		triple
		date string
	}{
		{1, triple{"PAKGOV", "043", "KAZGOV", ""}, "2024-05-06"},
		{1, triple{"KAZGOV", "042", "PAKGOV", ""}, "2024-05-06"},
		{2, triple{"KAZGOV", "036", "PAKGOV", ""}, "2024-05-12"},
		{2, triple{"PAKGOV", "042", "KAZGOV", dyad.ModeHypothetical}, "2025-01-01"},
	} {
		found := false
		for _, e := range evs {
			if e.Sentence == w.sentence && hasEvent([]dyad.Event{e}, w.triple) {
				found = true
				if e.Date != w.date {
					t.Errorf("sentence %d %v: dated %s, want %s", w.sentence, w.triple, e.Date, w.date)
				}
			}
		}
		if !found {
			t.Errorf("sentence %d: want %v; got %s", w.sentence, w.triple, show(evs))
		}
	}
	// The whole sentence that goes on with the occasion is of its day.
	evs = c.Code(article("visit2", "The Kazakh president arrived in Ankara on Tuesday. "+
		"Erdogan welcomed Tokayev at the presidential complex, and the two leaders held talks.", "2024-03-14"))
	n := 0
	for _, e := range evs {
		if e.Sentence == 1 {
			n++
			if e.Date != "2024-03-12" {
				t.Errorf("%s %s %s dated %s, want Tuesday 2024-03-12", e.Source.Code, e.Code, e.Target.Code, e.Date)
			}
		}
	}
	if n < 3 {
		t.Errorf("sentence 1: %d events, want the welcome and the talks: %s", n, show(evs))
	}
}

// FuzzCode: coding any text, places and all, never panics, and every span
// of every event indexes the text.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Multan, 31 May 2023 (TDI): The Ambassador of Kazakhstan to Pakistan, Yerzhan Kistafin, visited Multan and was invited as a guest to a graduation ceremony.",
		"Kenyan police fired tear gas and live rounds at protesters who stormed parliament, killing at least five people.",
		"Kazakh President Kassym-Jomart Tokayev arrived in Islamabad on Monday. He was received by Prime Minister Shehbaz Sharif, and the two leaders held talks.",
		"Iran launched more than 300 drones and missiles at Israel, the Gulf of Oman and the Red Sea, its aircraft, $500 million in aid.",
		"Sanctions were imposed on Russia by the European Union. The city of Donetsk, at least 10",
		"India and Japan signed the 2011 partnership agreement on trade; the treaty of",
		", killing", "its", "at least 5", "of", "The Gulf of", "US", "the accord", "deal",
		// Placing the visit once went round in a circle (abroad asked
		// where the visit was to know where its host was): a report's
		// dateline in the middle of another's.
		"\nBelgrade, 2 February 2025 - Tens of thousands of Serbian students blocked major bridges in Novi Sad on Saturday to protest against corruption after the collapse of a railway station canopy killed 15 people.\n\n\n" +
			"London, 17 March 2025 (PA) - British Prime Minister Keir Starmer hosted leaders from 25 countries at Lancaster House on Saturday to discuss a possible peacekeeping force for Ukraine.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		c := placingCoder(t)
		a := article("fuzz", txt, "2024-03-01")
		for _, e := range c.Code(a) {
			checkSpans(t, txt, e)
		}
		for _, f := range c.Relations(a, Analyze(a)) {
			if f.Span.Start < 0 || f.Span.End > len(txt) || f.Span.Start >= f.Span.End {
				t.Errorf("%s %s: span %v outside the text", f.Kind, f.Value, f.Span)
			}
		}
	})
}

// TestDateOfAnotherAct: a date that modifies a noun in a phrase of when or
// what about is that noun's time, not the time of the act around it; the
// noun's own act takes it.
func TestDateOfAnotherAct(t *testing.T) {
	c := testCoder(t)
	wantDated(t, c, "Israel has vowed to destroy Hamas after the group's October 7 attack on southern Israel.", "2024-03-04",
		triple{"ISR", "1384", "PSEGOVHMS", ""}, "2024-03-04")
	wantDated(t, c, "Israel has vowed to destroy Hamas after the group's October 7 attack on southern Israel.", "2024-03-04",
		triple{"PSEGOVHMS", "190", "ISR", ""}, "2023-10-07")
	wantDated(t, c, "The October 7 attack on Israel by Hamas killed 1,200 people.", "2024-03-04",
		triple{"PSEGOVHMS", "190", "ISRCVL", ""}, "2023-10-07")
	// "Since" opens when a state began, never when an act was done.
	wantDated(t, c, "Australia and China agreed on Friday to resume military dialogue, suspended since 2019, after talks between their defence ministers in Beijing.", "2024-12-20",
		triple{"AUSMIL", "040", "CHNMIL", ""}, "2024-12-20")
	wantDated(t, c, "Congo accused Rwanda of backing M23 rebels who captured the eastern city of Goma last month, and recalled its ambassador from Kigali.", "2025-02-17",
		triple{"COD", "161", "RWAGOV", ""}, "2025-02-17")
	wantDated(t, c, "NEW DELHI, Sept 19 (Reuters) - Canadian Prime Minister Justin Trudeau told parliament that agencies were investigating the killing in June.", "2023-09-19",
		triple{"CANGOV", "010", "CANLEG", ""}, "2023-09-19")
	wantDated(t, c, "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees in Hungary to return home.", "2000-01-01",
		triple{"HUN", "031", "ROU", dyad.ModeFuture}, "1999-12-29")
	// A date between a determiner and its noun says which of them.
	wantDated(t, c, "Lebanese President Joseph Aoun condemned the Israeli strike as a violation of the November 2024 ceasefire agreement.", "2026-02-16",
		triple{"LBNGOV", "111", "ISR", ""}, "2026-02-16")
	// What a participle of saying after a comma tells has its own time.
	wantDated(t, c, "Paraguay accused Brazil of spying on its officials. Brazil's government denied that Lula's administration had ordered any espionage, saying the operation was halted in March 2023.", "2025-04-01",
		triple{"BRAGOV", "016", "PRY", ""}, "2025-04-01")
	// A "when" clause after a date "since" opens happened then.
	wantDated(t, c, "Switzerland has represented US interests in Iran since 1980, when Washington cut diplomatic ties with Tehran.", "1980-06-01",
		triple{"USAGOV", "161", "IRNGOV", ""}, "1980-01-01")
	// A means used for a purpose, then, is no other time.
	wantDated(t, c, "TBILISI, Dec 4 (AFP) - Georgian police detained dozens of protesters and used water cannon to disperse a rally on Wednesday night.", "2026-12-04",
		triple{"GEOCOP", "173", "GEOOPP", ""}, "2026-12-02")
	// The date nearest the act's words is its own.
	wantDated(t, c, "Kyrgyzstan and Tajikistan opened their first border crossing since deadly clashes in 2022, after signing a border treaty in March.", "2026-09-02",
		triple{"KGZ", "057", "TJK", ""}, "2026-03-01")
	// An act to come is not of the month its object was taken in.
	wantDated(t, c, "Thailand and Cambodia signed a peace declaration on Sunday. Thailand will release 18 Cambodian soldiers captured in July.", "2026-10-27",
		triple{"THA", "0353", "KHMMIL", dyad.ModeFuture}, "2026-10-27")
}

// wantDated codes text in an article of the given day and checks that it
// gives the event want, dated date.
func wantDated(t *testing.T, c *Coder, text, day string, want triple, date string) {
	t.Helper()
	evs := c.Code(article("t", text, day))
	found := false
	for _, e := range evs {
		if hasEvent([]dyad.Event{e}, want) {
			found = true
			if e.Date != date {
				t.Errorf("%q: %s %s %s dated %q, want %q", text, e.Source.Code, e.Code, e.Target.Code, e.Date, date)
			}
		}
	}
	if !found {
		t.Errorf("%q: want %v; got %s", text, want, show(evs))
	}
}

// TestConsulGeneral: a post-nominal "general" is the title's noun before an
// adverb too, and "he" is the person, not the city of the place visited.
func TestConsulGeneral(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The Consul General of Pakistan in Almaty met the rector of Al-Farabi Kazakh National University. "+
		"The consul general also visited the Almaty Chamber of Commerce, where he briefed local businessmen.",
		[]triple{{"PAKGOV", "040", "KAZEDU", ""}, {"PAKGOV", "042", "KAZBUS", ""}, {"KAZBUS", "043", "PAKGOV", ""}, {"PAKGOV", "010", "KAZBUS", ""}})
}

// TestWhatCalledDate: a speaker's naming of the object ("what it said
// were militant bases") opens no clause that would keep the act from the
// date after it.
func TestWhatCalledDate(t *testing.T) {
	wantDated(t, testCoder(t), "Iran struck what it said were militant bases in Pakistan's Balochistan province on Tuesday.", "2024-01-05",
		triple{"IRN", "190", "PAKREB", ""}, "2024-01-02")
}

// TestForeignReporters: the reporters a spokesman tells, in a sentence
// about other countries, are not the dateline's.
func TestForeignReporters(t *testing.T) {
	txt := "CARACAS, Dec 4 (Reuters) - The United States reaffirmed its unwavering support for Guyana's sovereignty, " +
		"State Department spokesman Matthew Miller told reporters."
	evs := placingCoder(t).Code(article("r", txt, "2023-12-04"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"USA", "051", "GUY", ""}}})
	for _, e := range evs {
		if e.Source.Country == "VEN" || e.Target.Country == "VEN" {
			t.Errorf("%s %s %s: no Venezuelan is in the sentence", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestBothSidesNotSubject: "both sides" that a compound subject urges are
// not the compound's own two countries.
func TestBothSidesNotSubject(t *testing.T) {
	txt := "Pakistani and Afghan forces exchanged heavy fire along the border. " +
		"Qatar and Saudi Arabia urged both sides to show restraint."
	evs := testCoder(t).Code(article("b", txt, "2025-10-12"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"QAT", "0256", "PAK", ""}}, {1, triple{"SAU", "0256", "AFG", ""}}})
	for _, e := range evs {
		if e.Source.Country == "QAT" && e.Target.Country == "SAU" || e.Source.Country == "SAU" && e.Target.Country == "QAT" {
			t.Errorf("%s %s %s: Qatar and Saudi Arabia urged others", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestEmbassyRecalled: what belongs to "the embassy" is the embassy's
// named before, and the embassy is no "coup leaders" after it.
func TestEmbassyRecalled(t *testing.T) {
	txt := "NIAMEY, July 30 (Reuters) - Thousands of supporters of Niger's junta rallied outside the French embassy in Niamey on Sunday, " +
		"some waving Russian flags and setting fire to the embassy's door. " +
		"The West African bloc ECOWAS gave the coup leaders one week to reinstate President Mohamed Bazoum."
	evs := placingCoder(t).Code(article("e", txt, "2023-07-30"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"NEROPP", "1712", "FRAGOV", ""}}, {1, triple{"IGOWAFWAS", "139", "NERGOV", ""}}})
}

// TestIntroducedWithoutEvent: a person named in full in a sentence that
// codes nothing is known by surname later, and an island one meets on is
// where, not whom.
func TestIntroducedWithoutEvent(t *testing.T) {
	txt := "Guyana's President Irfaan Ali said his government would take the matter to the United Nations. " +
		"Maduro and Ali met on the Caribbean island of St. Vincent on Dec. 14."
	evs := placingCoder(t).Code(article("i", txt, "2023-12-15"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"VENGOV", "040", "GUYGOV", ""}}, {1, triple{"GUYGOV", "040", "VENGOV", ""}}})
	for _, e := range evs {
		if e.Target.Country == "VCT" || e.Place == nil || e.Place.Country != "VCT" {
			t.Errorf("%s %s %s placed at %+v: they met on St. Vincent", e.Source.Code, e.Code, e.Target.Code, e.Place)
		}
	}
}

// TestMainActRecalled: "the vote" is the act of the sentence before's
// main clause, not the act its object names.
func TestMainActRecalled(t *testing.T) {
	txt := "The UN Human Rights Council adopted a resolution condemning Iran's crackdown on protesters. " +
		"Germany and Britain welcomed the vote."
	evs := testCoder(t).Code(article("m", txt, "2025-03-14"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"DEU", "051", "IGOUNOHRIHRC", ""}}, {1, triple{"GBR", "051", "IGOUNOHRIHRC", ""}}})
}

// TestDrillRecalled: "the drill" is the show of force or the joint
// exercise told before, of both parties when joint.
func TestDrillRecalled(t *testing.T) {
	txt := "South Korea and the United States staged a joint air drill on Wednesday. " +
		"North Korea condemned the drill as a provocative rehearsal for invasion."
	evs := testCoder(t).Code(article("d", txt, "2024-11-13"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"PRK", "111", "KOR", ""}}, {1, triple{"PRK", "111", "USA", ""}}})
}

// TestPresidentsPair: "the presidents" after a meeting of two are the two,
// and inviting one to pay a state visit is an intent to meet.
func TestPresidentsPair(t *testing.T) {
	txt := "Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Astana on Tuesday. " +
		"The presidents signed a treaty on allied relations. " +
		"Mirziyoyev invited Tokayev to pay a state visit to Uzbekistan next year."
	evs := testCoder(t).Code(article("p", txt, "2024-06-12"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"KAZGOV", "057", "UZBGOV", ""}}, {1, triple{"UZBGOV", "057", "KAZGOV", ""}},
		{2, triple{"UZBGOV", "036", "KAZGOV", ""}}})
}

// TestSituationCountryNotPlace: a country a situation is in is what a
// briefing is about, not where it is given.
func TestSituationCountryNotPlace(t *testing.T) {
	txt := "BEIJING, April 9 (Xinhua) - Chinese Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov in Beijing on Tuesday. " +
		"Lavrov briefed Wang on the situation in Ukraine."
	evs := placingCoder(t).Code(article("s", txt, "2024-04-09"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"RUSGOV", "010", "CHNGOV", ""}}})
	wantPlaced(t, evs, "Beijing", nil)
}

// TestCivilSides: "the two sides" after a clash within one country are
// its two parties, not the mediators nor the article's two countries.
func TestCivilSides(t *testing.T) {
	txt := "Sudan's army and the Rapid Support Forces clashed in Khartoum on Sunday. " +
		"The United Nations called for an immediate ceasefire. " +
		"Egypt and Saudi Arabia offered to mediate between the two sides."
	evs := testCoder(t).Code(article("c", txt, "2023-04-17"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"EGY", "039", "SDNMIL", ""}}, {2, triple{"SAU", "039", "SDNREBRSF", ""}}})
	for _, e := range evs {
		if e.Code == "039" && e.Target.Country != "SDN" {
			t.Errorf("%s %s %s: the two sides are Sudan's", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestAgreedToRecalled: "the agreement" is what two parties agreed to do,
// an intent, and both are its parties.
func TestAgreedToRecalled(t *testing.T) {
	txt := "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. " +
		"The United Nations welcomed the agreement."
	evs := testCoder(t).Code(article("a", txt, "2023-03-10"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"IGOUNO", "051", "SAU", ""}}, {1, triple{"IGOUNO", "051", "IRN", ""}}})
}

// TestDismissedAct: dismissing an act told before rejects its doer.
func TestDismissedAct(t *testing.T) {
	txt := "Britain imposed sanctions on six Russian prison officials. " +
		"Russia's embassy in London dismissed the sanctions as a publicity stunt."
	evs := testCoder(t).Code(article("d", txt, "2024-02-20"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"RUSGOV", "120", "GBR", ""}}})
}

// TestIncursionRecalled: "the incursion" is the violation of airspace told
// before, not the shooting down that answered it.
func TestIncursionRecalled(t *testing.T) {
	txt := "Poland shot down Russian drones that violated Polish airspace. " +
		"Germany and France condemned the incursion."
	evs := testCoder(t).Code(article("i", txt, "2025-09-10"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"DEU", "111", "RUSMIL", ""}}, {1, triple{"FRA", "111", "RUSMIL", ""}}})
}

// TestCultureNotActor: a country a talk is about ("the history of Turkmen
// culture") gives no one its nationality, and a relative "where" puts the
// people in it at its place.
func TestCultureNotActor(t *testing.T) {
	for _, tc := range []struct {
		text  string
		want  []triple
		place string
	}{
		{"The ambassador of Turkmenistan addressed students on the history of Turkmen culture.", nil, ""},
		{"The Turkmen ambassador visited Lahore, where he addressed students on the history of Turkmen culture.",
			[]triple{{"TKMGOV", "042", "PAK", ""}, {"PAK", "043", "TKMGOV", ""}, {"TKMGOV", "010", "PAKEDU", ""}}, "Lahore"},
	} {
		wantPlaced(t, codeExactly(t, placingCoder(t), tc.text, tc.want), tc.place, nil)
	}
}

// TestGovernorRecalled: "the governor" is the Governor of Punjab named
// before, whom the ambassador invited, and the visit he was invited to
// has not happened.
func TestGovernorRecalled(t *testing.T) {
	txt := "ISLAMABAD, Feb 14 (APP) - The Ambassador of Turkmenistan to Pakistan called on the Governor of Punjab at the Governor House in Lahore on Wednesday. " +
		"The ambassador invited the governor to visit Ashgabat."
	evs := placingCoder(t).Code(article("g", txt, "2024-02-14"))
	wantInSentences(t, evs, []sentenceTriple{
		{1, triple{"TKMGOV", "036", "PAKGOV", ""}},
		{1, triple{"PAKGOV", "042", "TKMGOV", dyad.ModeHypothetical}},
	})
	// Past the object's "of" phrase.
	codeExactly(t, placingCoder(t), "The ambassador of Turkmenistan invited the governor of Punjab to visit Ashgabat.",
		[]triple{{"TKMGOV", "036", "PAKGOV", ""}, {"PAKGOV", "042", "TKMGOV", dyad.ModeHypothetical}})
}

// TestThirdCountrySaysAtHome: what a third country says of two that met
// is said at home, not where they met.
func TestThirdCountrySaysAtHome(t *testing.T) {
	txt := "TASHKENT, March 12 (Reuters) - Uzbekistan and Tajikistan signed an agreement on Tuesday. " +
		"Uzbek President Shavkat Mirziyoyev hosted his Tajik counterpart Emomali Rahmon for talks in Tashkent. " +
		"Kyrgyzstan welcomed the deal."
	evs := placingCoder(t).Code(article("k", txt, "2024-03-12"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"KGZ", "051", "UZB", ""}}, {2, triple{"KGZ", "051", "TJK", ""}}})
	wantPlaced(t, evs, "Kyrgyzstan", func(e dyad.Event) bool { return e.Sentence == 2 })
}

// wantPlaced checks that the events, or those of them that of keeps when
// it is not nil, are placed at the named place.
func wantPlaced(t *testing.T, evs []dyad.Event, name string, of func(dyad.Event) bool) {
	t.Helper()
	for _, e := range evs {
		if (of == nil || of(e)) && (e.Place == nil || e.Place.Name != name) {
			t.Errorf("%s %s %s placed at %+v, want %s", e.Source.Code, e.Code, e.Target.Code, e.Place, name)
		}
	}
}

// TestCouncilRecalled: "the council" is the Security Council a clause
// that coded nothing of it named.
func TestCouncilRecalled(t *testing.T) {
	txt := "NAIROBI, Oct 2 (Reuters) - Kenyan police will lead a security mission to Haiti after the United Nations Security Council on Monday authorised the deployment. " +
		"Haiti's Prime Minister Ariel Henry thanked the council and Kenya."
	evs := testCoder(t).Code(article("u", txt, "2023-10-02"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"HTIGOV", "051", "IGOUNO", ""}}, {1, triple{"HTIGOV", "051", "KEN", ""}}})
}

// TestChamberRecalled: "the chamber" and "the president of the chamber"
// are the chamber of commerce the consul general visited.
func TestChamberRecalled(t *testing.T) {
	for _, subject := range []string{"The chamber", "The president of the chamber"} {
		txt := "KARACHI, March 8 (APP) - The Consul General of Japan in Karachi visited the Karachi Chamber of Commerce and Industry on Friday. " +
			subject + " thanked Japan for its development assistance."
		evs := placingCoder(t).Code(article("k", txt, "2024-03-08"))
		wantInSentences(t, evs, []sentenceTriple{{1, triple{"PAKBUS", "051", "JPN", ""}}})
	}
}

// TestPlaceOfAnotherAct: the place of the act an event answers is not the
// event's.
func TestPlaceOfAnotherAct(t *testing.T) {
	txt := "Iran launched more than 300 drones and missiles at Israel, in retaliation for a suspected Israeli strike on its embassy compound in Damascus."
	evs := placingCoder(t).Code(article("p", txt, "2024-04-14"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"IRN", "195", "ISR", ""}}})
	wantPlaced(t, evs, "Israel", func(e dyad.Event) bool { return e.Source.Code == "IRN" })
}

// TestDateCutsPreposition: an actor cut short at a date leaves the
// preposition before it out, and is resolved without it.
func TestDateCutsPreposition(t *testing.T) {
	for _, e := range codeExactly(t, testCoder(t), "Niger announced its withdrawal from the Economic Community of West African States in January.",
		[]triple{{"NER", "161", "IGOWAFWAS", ""}}) {
		if e.Target.Text != "the Economic Community of West African States" {
			t.Errorf("target %q", e.Target.Text)
		}
	}
	codeExactly(t, testCoder(t), "Armenia and Azerbaijan signed a peace deal. Russia, which brokered a ceasefire between the two countries in January, welcomed it.",
		[]triple{{"ARM", "057", "AZE", ""}, {"AZE", "057", "ARM", ""}, {"RUS", "045", "ARM", ""}, {"RUS", "045", "AZE", ""}})
}

// TestAdjectiveBeforeNoun: a synset's adjective before a noun modifies it
// and is no predicate.
func TestAdjectiveBeforeNoun(t *testing.T) {
	codeExactly(t, testCoder(t), "Iran and Saudi Arabia signed a deal. Israel's opposition leader called the deal a dangerous failure of Israeli foreign policy.",
		[]triple{{"IRN", "057", "SAU", ""}, {"SAU", "057", "IRN", ""}})
}

// TestSummitPlaces: a building's name is no place, and a meeting on the
// sidelines of a summit is where the summit was, in neither's country.
func TestSummitPlaces(t *testing.T) {
	txt := "ASTANA, July 4 (Kazinform) - Leaders of the Shanghai Cooperation Organisation gathered in Astana on Thursday for a summit. " +
		"Kazakh President Kassym-Jomart Tokayev welcomed Belarusian President Alexander Lukashenko at the Palace of Independence. " +
		"Chinese President Xi Jinping and Russian President Vladimir Putin held talks on the sidelines of the summit."
	evs := placingCoder(t).Code(article("a", txt, "2024-07-04"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"KAZGOV", "043", "BLRGOV", ""}}, {2, triple{"CHNGOV", "044", "RUSGOV", ""}}})
	wantPlaced(t, evs, "Astana", nil)
}

// TestPlaceInOtherInfinitive: a place in the infinitive of another verb
// after "and" is not the first verb's.
func TestPlaceInOtherInfinitive(t *testing.T) {
	txt := "BUENOS AIRES, Dec 10 (AFP) - Argentina's new President Javier Milei met Ukrainian President Volodymyr Zelensky in Buenos Aires on Sunday. " +
		"Zelensky thanked Milei for his support and invited him to attend a peace summit in Switzerland."
	evs := placingCoder(t).Code(article("b", txt, "2023-12-10"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"UKRGOV", "051", "ARGGOV", ""}}})
	wantPlaced(t, evs, "Buenos Aires", func(e dyad.Event) bool { return e.Code == "051" })
}

// TestPlaceAfterAnotherVerb: a place after another verb joined by "and"
// is that verb's, not the first one's.
func TestPlaceAfterAnotherVerb(t *testing.T) {
	txt := "ALMATY, Sept 3 (Kazinform) - Pakistan's Ambassador to Kazakhstan Nauman Bashir Bhatti met students of Al-Farabi Kazakh National University on Wednesday " +
		"and spoke about scholarships for Kazakh students in Pakistan."
	evs := placingCoder(t).Code(article("a", txt, "2026-09-03"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PAKGOV", "040", "KAZEDU", ""}}})
	wantPlaced(t, evs, "Almaty", nil)
}

// TestChargePlace: the place of a charge is its alleged act's, not the
// arrest's; access sought to a man held is sought of his holder.
func TestChargePlace(t *testing.T) {
	txt := "BISHKEK, Oct 3 (AKIpress) - Kyrgyz police detained a Russian citizen suspected of recruiting Kyrgyz nationals to fight in Ukraine. " +
		"Russia's embassy in Bishkek said it was seeking consular access to the man."
	evs := placingCoder(t).Code(article("q", txt, "2026-10-03"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"KGZCOP", "173", "RUSCVL", ""}}, {1, triple{"RUSGOV", "0255", "KGZCOP", ""}}})
	wantPlaced(t, evs, "Bishkek", nil)
}

// TestWarnedThreat: a warning that an actor will pay is a threat, not
// also a statement.
func TestWarnedThreat(t *testing.T) {
	codeExactly(t, testCoder(t), "Netanyahu warned that Iran would pay a heavy price.", []triple{{"ISRGOV", "130", "IRN", ""}})
	codeExactly(t, testCoder(t), "Iran warned that any Israeli response would be met with crushing attacks.", []triple{{"IRN", "130", "ISR", ""}})
	codeExactly(t, testCoder(t), "Iran said any Israeli request would be met with sympathy.", nil)
}

// TestPlaceOfEarlierAct: a place in the phrase of another act an earlier
// sentence told of is not carried to a later event.
func TestPlaceOfEarlierAct(t *testing.T) {
	txt := "NEW DELHI, Sept 19 (Reuters) - India expelled a senior Canadian diplomat on Tuesday, hours after Canada expelled an Indian diplomat over the killing of a Sikh separatist leader in British Columbia. " +
		"Canadian Prime Minister Justin Trudeau told parliament that Canadian security agencies were pursuing credible allegations."
	evs := placingCoder(t).Code(article("c", txt, "2023-09-19"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"CANGOV", "010", "CANLEG", ""}}})
	wantPlaced(t, evs, "Canada", func(e dyad.Event) bool { return e.Sentence == 1 })
}

// TestThirdCountryDateline: a meeting at a third location, and what its
// parties say to each other there, is in the dateline's city of a third
// country; an agreement reached after talks is where the talks were.
func TestThirdCountryDateline(t *testing.T) {
	txt := "KAZAN, Russia, Oct 23 (AP) - Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks on Wednesday on the sidelines of the BRICS summit. " +
		"Modi told Xi that peace on the border should be the priority, according to India's foreign ministry."
	evs := placingCoder(t).Code(article("k", txt, "2024-10-23"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"INDGOV", "044", "CHNGOV", ""}}, {1, triple{"INDGOV", "010", "CHNGOV", ""}}})
	wantPlaced(t, evs, "Kazan", nil)
	txt = "DOHA, Oct 19 (AP) - Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and Turkey."
	evs = placingCoder(t).Code(article("d", txt, "2025-10-19"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PAK", "0871", "AFG", ""}}})
	wantPlaced(t, evs, "Doha", nil)
}

// TestRelativeAfterSaying: a finite verb right after a verb of saying in a
// relative clause has the relative's noun for subject; a town seized is
// territory occupied.
func TestRelativeAfterSaying(t *testing.T) {
	codeExactly(t, testCoder(t), "The M23 rebels, which Kinshasa and the United Nations say are backed by Rwanda, seized Goma and Bukavu.",
		[]triple{{"RWA", "051", "CODREBM23", ""}, {"CODREBM23", "192", "COD", ""}})
	codeExactly(t, testCoder(t), "Iran seized a British tanker.", []triple{{"IRN", "1711", "GBR", ""}})
}

// TestDecadesAndParticiples: "the 1990s" dates an event by its decade, and
// a year in the phrase of a participle after the matched words is the
// participle's, while a day there is the verb's.
func TestDecadesAndParticiples(t *testing.T) {
	c := testCoder(t)
	wantDated(t, c, "Serbia and Croatia fought a war in the 1990s.", "1995-01-31", triple{"SRB", "190", "HRV", ""}, "1990-01-01")
	wantDated(t, c, "Serbia attacked Croatia in the mid-1990s.", "1995-01-31", triple{"SRB", "190", "HRV", ""}, "1990-01-01")
	wantDated(t, c, "Libya offered to hand over to Britain two nationals suspected by the West of blowing up a plane in 1988.", "2000-01-03",
		triple{"LBY", "0313", "GBR", ""}, "2000-01-03")
	wantDated(t, c, "Kazakhstan's foreign minister received a delegation led by Pakistan's Senate chairman on Tuesday.", "2024-06-06",
		triple{"KAZGOV", "043", "PAKLEG", ""}, "2024-06-04")
}

// TestStruckPlaceNotCarried: where an attack landed is its place, and not
// that of the answer to it a later sentence tells.
func TestStruckPlaceNotCarried(t *testing.T) {
	txt := "BANGKOK, July 24 (Reuters) - Cambodian troops fired rockets into Thailand, hitting a hospital in Sisaket province. " +
		"Thailand expelled the Cambodian ambassador."
	evs := placingCoder(t).Code(article("b", txt, "2025-07-24"))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"KHMMIL", "190", "THAHLH", ""}}, {1, triple{"THA", "161", "KHMGOV", ""}}})
	wantPlaced(t, evs, "Si Sa Ket", func(e dyad.Event) bool { return e.Code == "190" })
	wantPlaced(t, evs, "Bangkok", func(e dyad.Event) bool { return e.Sentence == 1 })
}

// TestSpeakerActsOn: after "and", a verb the reported clause's thing or
// weapon cannot do is the speaker's, as is the means "by" tells of.
func TestSpeakerActsOn(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Algeria shot down a Malian drone. Algeria said the drone had violated its airspace and responded by closing its airspace to Malian flights.",
		[]triple{{"DZA", "190", "MLIMIL", ""}, {"DZA", "163", "MLI", ""}})
	codeExactly(t, c, "Algeria said the drone had violated its airspace and closed its airspace to Malian flights.", []triple{{"DZA", "163", "MLI", ""}})
	codeExactly(t, c, "Pakistan said Indian missiles hit Pakistani sites and killed Pakistani civilians.",
		[]triple{{"INDMIL", "195", "PAK", ""}, {"INDMIL", "195", "PAKCVL", ""}})
}

// TestRelativeClauseNoun: a restrictive relative clause before a verb does
// not give it its last noun for subject, nor its place; a passive's
// participle does not make a past with an object after "and" one.
func TestRelativeClauseNoun(t *testing.T) {
	txt := "BAKU, Dec 29 (Reuters) - Azerbaijani President Ilham Aliyev said on Sunday that the Azerbaijan Airlines plane that crashed in Kazakhstan had been shot down by Russia by accident and demanded that Moscow admit guilt."
	evs := codeExactly(t, placingCoder(t), txt, []triple{{"AZEGOV", "101", "RUSGOV", ""}})
	wantPlaced(t, evs, "Baku", nil)
	evs = placingCoder(t).Code(article("y", "KABUL (AP) - China urged Islamabad and Kabul to resolve their differences through dialogue.", "2024-06-03"))
	wantPlaced(t, evs, "China", nil)
}

// TestKosovoHome: Kosovo's place has the country code its actors have, so
// what a Kosovar says from elsewhere is said at home.
func TestKosovoHome(t *testing.T) {
	txt := "BELGRADE, Sept 25 (AFP) - Kosovo Prime Minister Albin Kurti accused Belgrade of sponsoring the attack."
	evs := codeExactly(t, placingCoder(t), txt, []triple{{"KSVGOV", "112", "SRBGOV", ""}})
	wantPlaced(t, evs, "Kosovo", nil)
}

// TestBodyByInitials: a diplomat's name after the country of the posting is
// the diplomat's, a body named in full is recalled by its initials before a
// leader's title, and "the two sides" are not the places they talk of.
func TestBodyByInitials(t *testing.T) {
	c := testCoder(t)
	txt := "Uzbekistan's Ambassador to Pakistan Alisher Tukhtaev visited the Karachi Chamber of Commerce and Industry. " +
		"KCCI President Jawed Bilwani thanked the ambassador. Later, Tukhtaev visited Lahore."
	evs := c.Code(article("k", txt, "2025-02-12"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"PAKBUS", "051", "UZBGOV", ""}}, {2, triple{"UZBGOV", "042", "PAK", ""}}})
	txt = "Iranian Foreign Minister Abbas Araqchi met Saudi Crown Prince Mohammed bin Salman in Riyadh. The two sides discussed the war in Gaza and Lebanon."
	wantInSentences(t, c.Code(article("r", txt, "2025-11-10")), []sentenceTriple{{1, triple{"IRN", "040", "SAU", ""}}})
}

// TestSaidOfPlace: a place named after what is said is what it is about,
// not where it is said; a university's school named for what it teaches
// names no place.
func TestSaidOfPlace(t *testing.T) {
	c := placingCoder(t)
	evs := codeExactly(t, c, "ASMARA, March 18 (AFP) - Eritrea accused Ethiopia of plotting a war to seize the Red Sea port of Assab.",
		[]triple{{"ERI", "1123", "ETH", ""}})
	wantPlaced(t, evs, "Asmara", nil)
	evs = codeExactly(t, c, "LONDON, June 14 (APP) - Pakistan's High Commissioner to the United Kingdom Mohammad Faisal addressed students at the School of Oriental and African Studies.",
		[]triple{{"PAKGOV", "010", "GBREDU", ""}})
	wantPlaced(t, evs, "London", nil)
}

// TestUkrainianSpellings: the official spellings of Ukrainian cities that
// GeoNames spells otherwise are places, and their country an actor.
func TestUkrainianSpellings(t *testing.T) {
	c := placingCoder(t)
	wantPlaced(t, codeExactly(t, c, "Russian missiles struck Uzhhorod.", []triple{{"RUSMIL", "195", "UKR", ""}}), "Uzhgorod", nil)
	wantPlaced(t, codeExactly(t, c, "Russian forces shelled Sievierodonetsk.", []triple{{"RUSMIL", "194", "UKR", ""}}), "Syevyerodonets’k", nil)
}

// TestForeignMission: a mission a country's adjective owns is that
// country's wherever it is, while an unowned one is the source's own, in
// the country after "in".
func TestForeignMission(t *testing.T) {
	c := testCoder(t)
	txt := "Polish police arrested two men suspected of sabotage on the railway line to Ukraine. " +
		"Prime Minister Donald Tusk said Poland would close the last Russian consulate in the country."
	wantInSentences(t, c.Code(article("p", txt, "2025-11-14")), []sentenceTriple{{1, triple{"POL", "1313", "RUSGOV", dyad.ModeFuture}}})
	codeExactly(t, c, "Australia closed its embassy in Kabul.", []triple{{"AUS", "161", "AFG", ""}})
}

// TestDeniedCharge: a relative clause that denies the sentence's
// accusation, with no object of its own, denies it to the accuser.
func TestDeniedCharge(t *testing.T) {
	c := testCoder(t)
	for _, tail := range []string{"which Moscow denies", "a charge Moscow denies", "an accusation Moscow has denied"} {
		codeExactly(t, c, "Ukraine accused Russia of attacking civilians, "+tail+".",
			[]triple{{"UKR", "1123", "RUS", ""}, {"RUSGOV", "016", "UKR", ""}})
	}
	// Rejected, as "Moscow rejected the accusation" is.
	codeExactly(t, c, "Ukraine accused Russia of attacking civilians, charges that Moscow rejected.",
		[]triple{{"UKR", "1123", "RUS", ""}, {"RUSGOV", "120", "UKR", ""}})
	codeExactly(t, c, "Ukraine accused Russia of attacking civilians, which Moscow has not denied.",
		[]triple{{"UKR", "1123", "RUS", ""}, {"RUSGOV", "016", "UKR", dyad.ModeNegated}})
	codeExactly(t, c, "Ukraine accused Russia of attacking civilians in Kharkiv, which Moscow controls.",
		[]triple{{"UKR", "1123", "RUS", ""}})
}

// TestVisitBy: a visit "to" a place "by" someone is theirs; one in the
// subject of a passive that puts it off is none.
func TestVisitBy(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The talks followed a visit to Caracas by US special envoy Richard Grenell.",
		[]triple{{"USAGOV", "042", "VENGOV", ""}, {"VENGOV", "043", "USAGOV", ""}})
	for _, txt := range []string{"Xi's visit to Moscow was postponed.", "A visit to Beijing by the Pakistani prime minister was called off."} {
		codeExactly(t, c, txt, nil)
	}
}

// TestDescribedGroup: "the" and words that describe a group or a bloc
// stand for the last one named; not a country's.
func TestDescribedGroup(t *testing.T) {
	c := testCoder(t)
	txt := "KHARTOUM, April 9 (AFP) - Sudan's army said it had regained the presidential palace from the Rapid Support Forces. " +
		"The paramilitary group shelled a camp near El Fasher, killing at least 40 people."
	wantInSentences(t, c.Code(article("s", txt, "2025-04-09")), []sentenceTriple{{1, triple{"SDNREBRSF", "190", "SDNCVL", ""}}})
	txt = "Kazakhstan signed a deal with China. The Central Asian country also met Russia."
	for _, e := range c.Code(article("k", txt, "2025-04-09")) {
		if e.Sentence == 1 && e.Source.Code == "CHN" {
			t.Errorf("%q: the Central Asian country taken for China: %s", txt, show([]dyad.Event{e}))
		}
	}
}

// TestRecalledProtesters: "the protesters" a foreign leader supports are
// those the article's news named, of the dateline's country, not the
// leader's own.
func TestRecalledProtesters(t *testing.T) {
	c := testCoder(t)
	txt := "TBILISI, Dec 2 (Reuters) - Georgian police used tear gas against protesters outside parliament. " +
		"Ukraine's President Volodymyr Zelensky voiced support for the protesters."
	wantInSentences(t, c.Code(article("g", txt, "2024-12-02")), []sentenceTriple{{1, triple{"UKRGOV", "051", "GEOOPP", ""}}})
}

// TestAttackRecalled: an attack told of before harms for its doer ("the
// strikes killed"), and a vow to retaliate is against it.
func TestAttackRecalled(t *testing.T) {
	c := testCoder(t)
	txt := "India struck nine sites in Pakistan on Wednesday. Pakistan said the strikes killed 26 civilians and vowed to retaliate."
	codeExactly(t, c, txt, []triple{{"IND", "190", "PAK", ""}, {"IND", "190", "PAKCVL", ""}, {"PAK", "130", "IND", ""}})
	codeExactly(t, c, "Iran vowed to retaliate.", nil)
	// Where the attack landed, not a city of the attacker's named before.
	txt = "NEW DELHI, May 7 (PTI) - India struck nine sites in Pakistan, saying it targeted militants linked to last month's attack on tourists in Pahalgam. " +
		"Pakistan said the strikes killed 26 civilians."
	evs := placingCoder(t).Code(article("p", txt, "2025-05-07"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"IND", "190", "PAKCVL", ""}}})
	wantPlaced(t, evs, "Pakistan", func(e dyad.Event) bool { return e.Sentence == 1 })
	// Of the country hit, whatever other country the sentence names.
	txt = "NEW DELHI, May 7, 2025 (Reuters) - India launched missile strikes on nine sites in Pakistan early on Wednesday. " +
		"Pakistan said the strikes killed 26 civilians and that its air force shot down five Indian fighter jets."
	wantInSentences(t, c.Code(article("jets", txt, "")), []sentenceTriple{{1, triple{"IND", "190", "PAKCVL", ""}}})
}

// TestBrusselsDateline: a report from Brussels on the EU is about the
// country it names most, not Belgium; and "the sanctions" recall the
// Union's up to six sentences back.
func TestBrusselsDateline(t *testing.T) {
	c := testCoder(t)
	txt := "BRUSSELS, Jun 23, 2025 (AFP) - European Union foreign ministers agreed on Monday to impose new sanctions on Belarus. " +
		"The measures target 25 officials. Kallas said the bloc would keep up the pressure. Viasna says 1,100 people remain jailed. " +
		"Minsk called the decision hostile. Lukashenko freed 14 activists last week. " +
		"Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the sanctions and called on Lukashenko to release all political prisoners."
	wantInSentences(t, c.Code(article("b", txt, "2025-06-23")), []sentenceTriple{
		{0, triple{"IGOEUREEC", "163", "BLR", ""}},
		{6, triple{"BLROPP", "051", "IGOEUREEC", ""}}, {6, triple{"BLROPP", "0253", "BLRGOV", ""}}})
}

// TestJuntas: "the juntas" are those of the countries that last acted
// together, not the dateline's.
func TestJuntas(t *testing.T) {
	c := testCoder(t)
	txt := "ABUJA, Jan 30 (Reuters) - Mali, Burkina Faso and Niger formally left the Economic Community of West African States on Wednesday. " +
		"The juntas accused the bloc of serving French interests."
	wantInSentences(t, c.Code(article("j", txt, "2025-01-30")), []sentenceTriple{
		{1, triple{"MLIMIL", "112", "IGOWAFWAS", ""}}, {1, triple{"BFAMIL", "112", "IGOWAFWAS", ""}}, {1, triple{"NERMIL", "112", "IGOWAFWAS", ""}}})
}

// TestDefiancePlaced: a defiance of norms, such as violating a country's
// airspace, happens where its target is, not at the doer's home.
func TestDefiancePlaced(t *testing.T) {
	txt := "NICOSIA, Sept 19 (Reuters) - Turkish drones violated Cypriot airspace on Thursday, the Cypriot defence ministry said."
	wantPlaced(t, codeExactly(t, placingCoder(t), txt, []triple{{"TURMIL", "128", "CYP", ""}}), "Nicosia", nil)
}

// TestClaimedAttack: claiming an attack told of before is about its
// targets, not about its doers.
func TestClaimedAttack(t *testing.T) {
	c := testCoder(t)
	txt := "Gunmen attacked a church in Nigeria. Islamic State claimed responsibility for the attack."
	wantInSentences(t, c.Code(article("c", txt, "2025-06-04")), []sentenceTriple{{1, triple{"IMGMOSISL", "015", "NGAREL", ""}}})
}

// TestVisitPlacedInHost: a visit is made in its host's country, not at the
// visitor's dateline or at a place of the visitor's named before.
func TestVisitPlacedInHost(t *testing.T) {
	c := placingCoder(t)
	evs := codeExactly(t, c, "ACCRA, Feb 12 (GNA) - Ghana's President John Mahama paid a working visit to neighbouring Togo on Tuesday.",
		[]triple{{"GHAGOV", "042", "TGO", ""}, {"TGO", "043", "GHAGOV", ""}})
	wantPlaced(t, evs, "Togo", nil)
	txt := "SEOUL, Oct 30 (Yonhap) - South Korean President Lee Jae-myung held a summit with Chinese President Xi Jinping in Gyeongju. Xi invited Lee to visit China next year."
	wantPlaced(t, c.Code(article("k", txt, "2025-10-30")), "China", func(e dyad.Event) bool { return e.Code == "042" })
}

// TestTurnedToPlace: where a country turns to after cutting ties is not
// where it cut them.
func TestTurnedToPlace(t *testing.T) {
	txt := "BAMAKO, June 4 (AFP) - Mali's junta has cut military ties with France and turned to Moscow."
	wantPlaced(t, codeExactly(t, placingCoder(t), txt, []triple{{"MLIMIL", "161", "FRA", ""}}), "Bamako", nil)
}

// TestSupportersOfCourt: a person's supporters are of their country, in
// their own role; "the court in The Hague" recalls the court named
// before, and "The Hague" is a place.
func TestSupportersOfCourt(t *testing.T) {
	txt := "MANILA, March 11 (AP) - Former Philippine President Rodrigo Duterte was arrested in Manila on a warrant from the International Criminal Court. " +
		"Duterte's supporters protested outside the court in The Hague."
	evs := placingCoder(t).Code(article("d", txt, "2025-03-11"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"PHLOPP", "141", "IGOJUDICC", ""}}})
	wantPlaced(t, evs, "The Hague", func(e dyad.Event) bool { return e.Sentence == 1 })
}

// TestToldReporters: the reporters a speaker told, in a report from the
// speaker's capital, are not of the country the words are about.
func TestToldReporters(t *testing.T) {
	txt := `MOSCOW, April 16 (TASS) - "We are ready to resume direct talks with Ukraine without preconditions," Kremlin spokesman Dmitry Peskov told reporters on Wednesday.`
	codeExactly(t, testCoder(t), txt, []triple{{"RUSGOV", "036", "UKR", ""}})
}

// TestDoneTogether: an act several countries did together is recalled
// with all of them, by "the decision" and by "the three countries".
func TestDoneTogether(t *testing.T) {
	c := testCoder(t)
	txt := "Britain, Canada and Australia formally recognised the State of Palestine on Sunday. " +
		"Palestinian President Mahmoud Abbas welcomed the decision. " +
		"Israeli Prime Minister Benjamin Netanyahu accused the three countries of rewarding terrorism."
	evs := c.Code(article("p", txt, "2025-09-21"))
	var want []sentenceTriple
	for _, x := range []string{"GBR", "CAN", "AUS"} {
		want = append(want, sentenceTriple{1, triple{"PSEGOV", "051", x, ""}}, sentenceTriple{2, triple{"ISRGOV", "1121", x, ""}})
	}
	wantInSentences(t, evs, want)
}

// TestStrikeCalledMurder: a participle after a clause about the object is
// the main clause's subject's act, and calling an attack a murder
// condemns its doer.
func TestStrikeCalledMurder(t *testing.T) {
	txt := "CARACAS, Sept 3 (Reuters) - US forces struck a boat that Washington said was carrying drugs from Venezuela, killing 11 people. " +
		"Colombian President Gustavo Petro called the strike a murder."
	codeExactly(t, testCoder(t), txt, []triple{{"USAMIL", "190", "VENCVL", ""}, {"COLGOV", "111", "USAMIL", ""}})
}

// TestCeasefireTookEffect: a ceasefire between two that took effect is
// theirs, each with the other, and welcoming the truce praises both; one
// that will take effect is their intent.
func TestCeasefireTookEffect(t *testing.T) {
	c := testCoder(t)
	txt := "A ceasefire between Israel and Hezbollah took effect on Wednesday. Lebanese Prime Minister Najib Mikati welcomed the truce."
	wantInSentences(t, c.Code(article("c", txt, "2024-11-27")), []sentenceTriple{
		{0, triple{"ISR", "0871", "LBNREBHEZ", ""}}, {0, triple{"LBNREBHEZ", "0871", "ISR", ""}},
		{1, triple{"LBNGOV", "051", "ISR", ""}}, {1, triple{"LBNGOV", "051", "LBNREBHEZ", ""}}})
	codeExactly(t, c, "A ceasefire between Israel and Hamas will take effect on Friday.",
		[]triple{{"ISR", "0356", "PSEGOVHMS", dyad.ModeFuture}, {"PSEGOVHMS", "0356", "ISR", dyad.ModeFuture}})
}

// TestLaterThatDay: "Later," goes on from the day of the act told before.
func TestLaterThatDay(t *testing.T) {
	txt := "LAHORE, Oct 14 (APP) - The Ambassador of Uzbekistan to Pakistan, Alisher Tukhtaev, called on Punjab Governor Sardar Saleem Haider Khan on Monday. " +
		"Later, the ambassador visited the Lahore Chamber of Commerce and Industry."
	wantDated(t, testCoder(t), txt, "2025-10-14", triple{"UZBGOV", "042", "PAKBUS", ""}, "2025-10-13")
}

// TestGunmenPlaced: armed men of no country are of the place the sentence
// puts them in, one the gazetteer knows and the dictionaries do not.
func TestGunmenPlaced(t *testing.T) {
	wantPlaced(t, codeExactly(t, placingCoder(t), "Gunmen abducted 25 schoolgirls from a boarding school in Kebbi state.",
		[]triple{{"NGAUAF", "181", "NGAEDU", ""}}), "Kebbi", nil)
}

// TestInvitedLaterThisYear: "later this year" dates what is to come, not
// the invitation made.
func TestInvitedLaterThisYear(t *testing.T) {
	wantDated(t, testCoder(t), "Pakistani Prime Minister Shehbaz Sharif invited Uzbek President Shavkat Mirziyoyev to visit Islamabad later this year.",
		"2025-08-20", triple{"PAKGOV", "036", "UZBGOV", ""}, "2025-08-20")
}

// TestBothSidesNotPatrols: an organisation that patrols a country is no
// side of the two the article is about.
func TestBothSidesNotPatrols(t *testing.T) {
	txt := "PRISTINA, June 17 (AFP) - Kosovo police arrested three Serbian nationals near the border. Serbia accused Pristina of harassing Serbs. " +
		"NATO peacekeepers increased patrols in the north of Kosovo. EU envoy Miroslav Lajcak urged both sides to avoid escalation."
	evs := testCoder(t).Code(article("k", txt, "2025-06-17"))
	wantInSentences(t, evs, []sentenceTriple{{3, triple{"IGOEUREEC", "0256", "KSV", ""}}, {3, triple{"IGOEUREEC", "0256", "SRB", ""}}})
}

// TestReactionNotOwnCountry: a reaction to a deal is at its other party,
// not at one's own country as a party of it.
func TestReactionNotOwnCountry(t *testing.T) {
	codeExactly(t, placingCoder(t), "Ethiopia signed a port deal with Somalia. Somali President Hassan Sheikh Mohamud called the agreement an act of aggression.",
		[]triple{{"ETH", "057", "SOM", ""}, {"SOMGOV", "111", "ETH", ""}})
}

// TestPeoplesRepublic: "the People's Republic" holds no people, so "he"
// after it is the consul, not civilians.
func TestPeoplesRepublic(t *testing.T) {
	txt := "KARACHI, Nov 18 (APP) - Consul General of the People's Republic of China in Karachi Yang Yundong visited the Sindh Madressatul Islam University on Tuesday, where he inaugurated a Chinese language centre. " +
		"He was received by the vice chancellor, who briefed him on the university's exchange programmes with Chinese institutions."
	wantInSentences(t, testCoder(t).Code(article("p", txt, "2025-11-18")), []sentenceTriple{{1, triple{"PAKEDU", "043", "CHNGOV", ""}}})
}

// TestStrikesNotAnotherAct: "the strikes" are those the verb told of, not
// also another act of its sentence.
func TestStrikesNotAnotherAct(t *testing.T) {
	codeExactly(t, testCoder(t), "The United States struck three Iranian nuclear sites, joining Israel's war against Iran. Iranian Foreign Minister Abbas Araghchi condemned the strikes.",
		[]triple{{"USA", "190", "IRN", ""}, {"ISR", "190", "IRN", ""}, {"IRNGOV", "111", "USA", ""}})
}

// TestExactly: cases where what must not be coded matters as much as what
// must: one's own ministers are no target of one's offer; what a charge
// is of is no act of the arresting; replacing a group changes no leaders;
// sanctions on what no actor is have no implied target.
func TestExactly(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "China offered to host a trilateral meeting of the foreign ministers of China, Pakistan and Afghanistan in Beijing.",
		[]triple{{"CHN", "036", "PAKGOV", ""}, {"CHN", "036", "AFGGOV", ""}})
	codeExactly(t, c, "ANKARA, March 19 (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu on charges of corruption and aiding a terrorist group. The main opposition party called the arrest a coup.",
		[]triple{{"TURCOP", "173", "TURGOV", ""}, {"TUROPP", "111", "TURCOP", ""}})
	codeExactly(t, c, "Russian mercenaries of the Africa Corps, which replaced the Wagner group, fight alongside the Malian army.",
		[]triple{{"RUSUAF", "062", "MLIMIL", ""}})
	codeExactly(t, c, "Estonia's Prime Minister Kristen Michal called for the EU to impose sanctions on the fleet.",
		[]triple{{"ESTGOV", "020", "IGOEUREEC", ""}})
	// A thing hosted or received pays no visit; warships call at ports.
	codeExactly(t, c, "Hungary, which hosts a large Chinese battery plant, criticised the duties imposed by the European Union.",
		[]triple{{"HUN", "111", "IGOEUREEC", ""}})
	codeExactly(t, c, "Ukraine received American tanks and a Chinese loan.", []triple{})
	codeExactly(t, c, "Vietnam hosted Indian warships.", []triple{{"VNM", "043", "INDMIL", ""}, {"INDMIL", "042", "VNM", ""}})
	// Tariffs recalled are their imposer's.
	codeExactly(t, c, "The United States imposed tariffs of 50 percent on Indian goods on Monday. India criticised the tariffs.",
		[]triple{{"USA", "163", "IND", ""}, {"IND", "111", "USA", ""}})
	// The sides urged are not the subject that urges them.
	codeExactly(t, c, "MANILA (AP) - Chinese coast guard vessels fired water cannon at a Philippine supply boat. "+
		"Beijing accused the Philippines of intruding into Chinese waters. Japan and Australia expressed concern and urged both sides to exercise restraint.",
		[]triple{{"CHNMIL", "170", "PHL", ""}, {"CHNGOV", "112", "PHL", ""}, {"JPN", "0256", "CHN", ""}, {"JPN", "0256", "PHL", ""},
			{"AUS", "0256", "CHN", ""}, {"AUS", "0256", "PHL", ""}, {"CHN", "087", "PHL", dyad.ModeHypothetical}, {"PHL", "087", "CHN", dyad.ModeHypothetical}})
	// The army joined to a group is of its country; the sides are those
	// a mediator offered talks between.
	codeExactly(t, c, "KHARTOUM, Dec 2 (AFP) - The Rapid Support Forces shelled a camp near El Fasher, killing 30 people. "+
		"Egypt offered to host talks between the army and the RSF. The United Nations accused both sides of blocking aid.",
		[]triple{{"SDNREBRSF", "194", "SDN", ""}, {"SDNREBRSF", "190", "SDNCVL", ""}, {"EGY", "039", "SDNMIL", ""}, {"EGY", "039", "SDNREBRSF", ""},
			{"IGOUNO", "112", "SDNMIL", ""}, {"IGOUNO", "112", "SDNREBRSF", ""}})
	// An organisation is no foreign group that makes "the army" another
	// country's.
	codeExactly(t, c, "KHARTOUM, Dec 2 (AFP) - The United Nations criticised the army.", []triple{{"IGOUNO", "111", "SDNMIL", ""}})
	// Police sent abroad protect the country they are sent to.
	codeExactly(t, c, "Kenya deployed 400 police officers to Haiti.", []triple{{"KEN", "074", "HTI", ""}})
	codeExactly(t, c, "Kenya will send 400 police officers to Haiti.", []triple{{"KEN", "0334", "HTI", dyad.ModeFuture}})
	// Talks mediated: by the mediator between the parties, and held by
	// the parties with each other.
	codeExactly(t, c, "Russia and Ukraine held talks mediated by Turkey in Istanbul.",
		[]triple{{"TUR", "045", "RUS", ""}, {"TUR", "045", "UKR", ""}, {"RUS", "040", "UKR", ""}, {"UKR", "040", "RUS", ""}})
	// Words about an act are no act "the decision" or "the measures" name.
	codeExactly(t, c, "The United States tightened sanctions on Cuba on Monday. Cuban Foreign Minister Bruno Rodriguez denounced the measures as cruel. "+
		"Mexico criticised the decision.",
		[]triple{{"USA", "163", "CUB", ""}, {"CUBGOV", "111", "USA", ""}, {"MEX", "111", "USA", ""}})
	// A state's words on its own forces' act are on those they did it to.
	codeExactly(t, c, "Russian forces launched 100 drones at Ukrainian energy facilities overnight. The Kremlin commented on the strikes on Tuesday.",
		[]triple{{"RUSMIL", "195", "UKR", ""}, {"RUSGOV", "010", "UKR", ""}})
	// Silence is no event.
	codeExactly(t, c, "Russian forces launched 100 drones at Ukrainian energy facilities overnight. The Kremlin did not comment on the strikes.",
		[]triple{{"RUSMIL", "195", "UKR", ""}})
	// A rally dispersed is its protesters'.
	codeExactly(t, c, "Georgian police dispersed a rally outside parliament.", []triple{{"GEOCOP", "175", "GEOOPP", ""}})
	// A ruling recalled is its court's.
	codeExactly(t, c, "Brazil's Supreme Court sentenced former president Jair Bolsonaro to 27 years in prison. The United States condemned the ruling.",
		[]triple{{"BRAJUD", "116", "BRAELI", ""}, {"USA", "111", "BRAJUD", ""}})
	// "The island" is the island state named last; forces sent toward a
	// country mobilise against it; a congressional delegation is the
	// legislature's.
	codeExactly(t, c, "China sent 45 military aircraft toward Taiwan, a day after a US congressional delegation visited the island.",
		[]triple{{"CHN", "154", "TWN", ""}, {"USALEG", "042", "TWN", ""}, {"TWN", "043", "USALEG", ""}})
	codeExactly(t, c, "China held drills near Hainan. The island hosts a naval base.", []triple{})
	// A relative clause's pronoun subject is not the relative's noun.
	codeExactly(t, c, "Pakistan targeted the Pakistani Taliban, whom it accuses Kabul of sheltering.",
		[]triple{{"PAK", "190", "PAKREBTTP", ""}, {"PAK", "112", "AFGGOV", ""}})
	// A conjunction of time opens a clause with a compound subject.
	codeExactly(t, c, "The launch came a day after the United States and South Korea began joint naval drills.",
		[]triple{{"USA", "062", "KOR", ""}, {"KOR", "062", "USA", ""}})
	// Aid that names no one is for the country the report is from.
	codeExactly(t, c, "DHAKA, Oct 4 (Reuters) - Floods killed 40 people in Bangladesh. Japan pledged $5 million in emergency aid, while China offered to send a rescue team.",
		[]triple{{"JPN", "0333", "BGD", ""}, {"CHN", "0333", "BGD", ""}})
	codeExactly(t, c, "BRUSSELS, March 14 (Reuters) - Donors met for Syria. Japan pledged $5 million in emergency aid.", []triple{})
	// What a recognition is called is said of its granter, not of the
	// one recognised.
	codeExactly(t, c, "France recognised the State of Palestine on Wednesday. Israel's foreign ministry called the move a reward for terrorism.",
		[]triple{{"FRA", "054", "PSE", ""}, {"ISRGOV", "111", "FRA", ""}})
	codeExactly(t, c, "Germany expelled two Russian diplomats on Tuesday. Moscow called the expulsions an unfriendly act.",
		[]triple{{"DEU", "161", "RUSGOV", ""}, {"RUSGOV", "111", "DEU", ""}})
	// A recognition recalled is its granter's.
	codeExactly(t, c, "France recognised the State of Palestine on Wednesday. Palestinian President Mahmoud Abbas welcomed the recognition.",
		[]triple{{"FRA", "054", "PSE", ""}, {"PSEGOV", "051", "FRA", ""}})
	// A counterpart recalled keeps the role he was met in.
	codeExactly(t, c, "South Korean Defence Minister Ahn Gyu-back met his Japanese counterpart Gen Nakatani in Seoul. North Korea's state media denounced the meeting.",
		[]triple{{"KORMIL", "040", "JPNMIL", ""}, {"PRKMED", "111", "KORMIL", ""}, {"PRKMED", "111", "JPNMIL", ""}})
	// What a verdict is called is said of its court; "him" is no body,
	// but the person the act before was done to.
	codeExactly(t, c, "TUNIS, May 5 (Reuters) - A Tunisian court sentenced opposition leader Rached Ghannouchi to 22 years in prison. "+
		"Human Rights Watch called the verdict politically motivated and urged the authorities to release him.",
		[]triple{{"TUNJUD", "116", "TUNOPP", ""}, {"NGOHRIHRW", "111", "TUNJUD", ""}, {"NGOHRIHRW", "0253", "TUNGOV", ""},
			{"TUNGOV", "0841", "TUNOPP", dyad.ModeHypothetical}})
	// Soldiers who open a report are the dateline's; a coup recalled is
	// theirs.
	codeExactly(t, c, "NIAMEY, Aug 12 (Reuters) - Soldiers detained President Abdourahamane Tiani in a coup attempt on Tuesday. The African Union condemned the attempted coup.",
		[]triple{{"NERMIL", "173", "NERGOV", ""}, {"IGOAFRAFU", "111", "NERMIL", ""}})
	// An act told again in the passive with "the" is the one told.
	codeExactly(t, c, "Kenya and Uganda signed a deal on Monday to extend an oil pipeline. "+
		"The agreement was signed in Kampala by Kenyan Energy Minister Opiyo Wandayi and his Ugandan counterpart Ruth Nankabirwa.",
		[]triple{{"KEN", "057", "UGA", ""}, {"UGA", "057", "KEN", ""}})
	// What a relative clause in the present says its noun does as a rule
	// is no event.
	codeExactly(t, c, "Kenya, which contributes troops to the African Union mission, said it would keep its forces in Somalia.", []triple{})
	// A country's boycott is not against its own government.
	codeExactly(t, c, "Leaders adopted a declaration at the summit in Johannesburg on Sunday, despite a boycott by the United States.", []triple{})
	// "The two countries" are no one country's two sides; an execution
	// recalled is its executioner's.
	codeExactly(t, c, "Iran executed a man convicted of spying on Monday. Amnesty International condemned the execution.",
		[]triple{{"IRN", "1823", "IRNCVL", ""}, {"NGOHRIAMN", "111", "IRN", ""}})
	codeExactly(t, c, "Iran executed a man convicted of spying on Monday. The two countries fought a 12-day war in June 2025, Israeli media recalled.",
		[]triple{{"IRN", "1823", "IRNCVL", ""}, {"IRN", "190", "ISR", ""}, {"ISR", "190", "IRN", ""}})
	// An attack that targeted someone is its doer's.
	codeExactly(t, c, "Turkey launched an air strike in northern Iraq. Turkey said the strike targeted PKK militants.",
		[]triple{{"TUR", "195", "IRQ", ""}, {"TUR", "190", "TURSEPPKK", ""}})
	codeExactly(t, c, "Israel carried out an air strike on Hamas leaders in Doha. The strike targeted Hamas negotiators.",
		[]triple{{"ISR", "195", "PSEGOVHMS", ""}})
	// Prisoners riot against whoever holds them.
	codeExactly(t, c, "Palestinian prisoners rioted on Monday at a jail in northern Israel.", []triple{{"PSECVL", "145", "ISR", ""}})
	// A regional governor is a province's, of the country a diplomat is
	// posted to; a people's adjective before a noun of no role is no "he".
	codeExactly(t, c, "Kazakhstan's Ambassador to Uzbekistan met the regional governor.", []triple{{"KAZGOV", "040", "UZBGOV", ""}})
	codeExactly(t, c, "Kazakhstan's Ambassador to Uzbekistan attended a festival of Kazakh culture at Samarkand State University, where he spoke with students.",
		[]triple{{"KAZGOV", "040", "UZBEDU", ""}})
	// Troops withdrawn, no one named, leave the report's country.
	codeExactly(t, c, "DAKAR, Sept 14 (Reuters) - Senegal ordered the closure of French military bases. France said it would withdraw its remaining 350 troops.",
		[]triple{{"SEN", "106", "FRAMIL", ""}, {"FRA", "0356", "SEN", dyad.ModeFuture}})
	// An abduction recalled is its abductors'.
	codeExactly(t, c, "ABUJA, March 19 (Reuters) - Gunmen abducted 30 students from a school in Nigeria's Kaduna state. UNICEF condemned the abduction.",
		[]triple{{"NGAUAF", "181", "NGAEDU", ""}, {"IGOUNOKID", "111", "NGAUAF", ""}})
	// Money offered, to someone or someone offered it.
	codeExactly(t, c, "India offered Sri Lanka a $500 million credit line.", []triple{{"IND", "0331", "LKA", ""}})
	codeExactly(t, c, "India offered a $500 million credit line to Sri Lanka.", []triple{{"IND", "0331", "LKA", ""}})
	// A landmark named for its city is in the city.
	codeExactly(t, c, "The Turkmen ambassador visited the Lahore Museum.", []triple{{"TKMGOV", "042", "PAK", ""}, {"PAK", "043", "TKMGOV", ""}})
	// Imports of a country's goods suspended are an embargo on it.
	codeExactly(t, c, "China suspended imports of Japanese seafood.", []triple{{"CHN", "163", "JPN", ""}})
	// Agreeing to build a project together is an intent of material
	// cooperation.
	codeExactly(t, c, "Morocco and Mauritania agreed to build a highway and a power line linking the two countries.",
		[]triple{{"MAR", "031", "MRT", ""}, {"MRT", "031", "MAR", ""}})
	// Criticism recalled is its critics'.
	codeExactly(t, c, "Cyprus and Greece condemned Turkey on Thursday. Turkey rejected the criticism.",
		[]triple{{"CYP", "111", "TUR", ""}, {"GRC", "111", "TUR", ""}, {"TUR", "120", "CYP", ""}, {"TUR", "120", "GRC", ""}})
	// "It" after a thing a verb just named is the thing.
	codeExactly(t, c, "Russia praised the law, saying it protected Georgia from Western interference.", []triple{})
	// "Signed the pact" after the signing is the signing told again;
	// prisoners received pay no visit.
	codeExactly(t, c, "Pakistan and Saudi Arabia signed a defence agreement on Wednesday. Prime Minister Shehbaz Sharif and Crown Prince Mohammed bin Salman signed the pact in Riyadh.",
		[]triple{{"PAK", "057", "SAU", ""}, {"SAU", "057", "PAK", ""}})
	codeExactly(t, c, "Lithuania received the freed Belarusian prisoners at the border.", []triple{})
	// A visiting leader met is on a visit to the host's country.
	codeExactly(t, c, "Qatar's Emir held talks with visiting Syrian President Ahmed al-Sharaa on Sunday.",
		[]triple{{"QATGOV", "040", "SYRGOV", ""}, {"SYRGOV", "042", "QAT", ""}, {"QAT", "043", "SYRGOV", ""}})
	codeExactly(t, c, "The visiting Turkish foreign minister met Pakistani Prime Minister Shehbaz Sharif.",
		[]triple{{"TURGOV", "040", "PAKGOV", ""}, {"TURGOV", "042", "PAK", ""}, {"PAK", "043", "TURGOV", ""}})
	// What a deal commits a party to do, that party would do.
	codeExactly(t, c, "Congo and Rwanda signed a peace agreement, committing Rwanda to withdraw its troops from eastern Congo.",
		[]triple{{"COD", "057", "RWA", ""}, {"RWA", "057", "COD", ""}, {"RWA", "0874", "COD", dyad.ModeHypothetical}})
	// Aid announced on a visit, to no one named, is for the host.
	codeExactly(t, c, "KYIV, Aug 24 (Ukrinform) - Canadian Prime Minister Mark Carney arrived in Kyiv on Sunday and announced new military aid worth 2 billion Canadian dollars.",
		[]triple{{"CANGOV", "042", "UKR", ""}, {"UKR", "043", "CANGOV", ""}, {"CANGOV", "072", "UKR", ""}})
	// A suicide bomber is a person, no aircraft.
	codeExactly(t, c, "ISLAMABAD, Nov 10 (Dawn) - A suicide bomber killed 12 people outside a court in Islamabad on Tuesday.",
		[]triple{{"PAKREB", "1831", "PAKCVL", ""}})
	// Goods a sum of money is of are the target; "the Canadian tariffs"
	// are Canada's; a cabinet secretary is the government's.
	codeExactly(t, c, "Canada imposed retaliatory tariffs of 25 percent on 30 billion Canadian dollars of US goods on Friday. "+
		"US Commerce Secretary Howard Lutnick called the Canadian tariffs a mistake.",
		[]triple{{"CAN", "163", "USA", ""}, {"USAGOV", "111", "CAN", ""}})
	// Allies who strike a place together strike its country, not each
	// other, and kill its people.
	codeExactly(t, c, "BAMAKO, July 30 (Reuters) - Malian troops and Russian mercenaries attacked a village in central Mali, killing a dozen civilians, residents said.",
		[]triple{{"MLIMIL", "190", "MLI", ""}, {"RUSUAF", "190", "MLI", ""}, {"MLIMIL", "190", "MLICVL", ""}, {"RUSUAF", "190", "MLICVL", ""}})
	codeExactly(t, c, "Indian and Pakistani troops exchanged fire across the border, killing four civilians.",
		[]triple{{"INDMIL", "190", "PAKMIL", ""}, {"PAKMIL", "190", "INDMIL", ""}})
	// A national is a civilian, the noun of a participle after it.
	codeExactly(t, c, "BAMAKO, July 30 (Reuters) - Mali's military government said on Wednesday it had arrested a French national accused of working for French intelligence to destabilise the country.",
		[]triple{{"MLIMIL", "173", "FRACVL", ""}})
	// A count after a name opens the next object.
	codeExactly(t, c, "Libya offered to hand over to Britain two soldiers suspected of blowing up a plane.",
		[]triple{{"LBY", "0313", "GBR", ""}})
	// A release is demanded of whoever holds the people.
	codeExactly(t, c, "BAMAKO, July 30 (Reuters) - Mali's military government said on Wednesday it had arrested a French national. "+
		"France's foreign ministry demanded the man's immediate release.",
		[]triple{{"MLIMIL", "173", "FRACVL", ""}, {"FRAGOV", "1053", "MLIMIL", ""}})
	// A possessive after a verb coordinated with the subject's first is
	// the subject's, a compound one's too.
	codeExactly(t, c, "The United States condemned the Chinese action and reaffirmed its commitment to defend the Philippines.",
		[]triple{{"USA", "111", "CHN", ""}, {"USA", "0334", "PHL", ""}})
	codeExactly(t, c, "Egypt and Saudi Arabia condemned the Chinese action and renewed their offer to host talks between China and the Philippines.",
		[]triple{{"EGY", "111", "CHN", ""}, {"SAU", "111", "CHN", ""}, {"EGY", "039", "CHN", ""}, {"EGY", "039", "PHL", ""}, {"SAU", "039", "CHN", ""}, {"SAU", "039", "PHL", ""}})
	// "the man" is the one person the article introduced, wherever the
	// sentence is.
	codeExactly(t, c, "TEHRAN, May 8 (Reuters) - Iran released a French citizen on Thursday. Iran arrested the man, a teacher, in January during a tourist trip.",
		[]triple{{"IRN", "0841", "FRACVL", ""}, {"IRN", "173", "FRACVL", ""}})
	// A visit the news is ahead of is yet to come.
	codeExactly(t, c, "North Korea fired a missile on Tuesday, days before a visit to Seoul by the U.S. secretary of state.",
		[]triple{{"USAGOV", "036", "KORGOV", dyad.ModeFuture}, {"KORGOV", "036", "USAGOV", dyad.ModeFuture}})
	// Officers of no force named are the police the article named.
	codeExactly(t, c, "NAIROBI, Kenya, June 12 (AP) - Kenyan police fired tear gas at protesters in Nairobi on Thursday. Protesters threw stones at officers near parliament.",
		[]triple{{"KENCOP", "175", "KENOPP", ""}, {"KENOPP", "145", "KENCOP", ""}})
	// Rights or interests defended get no one protection.
	codeExactly(t, c, "The United States imposed sanctions on six Chinese companies on Tuesday. China's commerce ministry said it firmly opposed the sanctions and would take necessary measures to protect the rights of Chinese firms.",
		[]triple{{"USA", "163", "CHNBUS", ""}, {"CHNGOV", "110", "USA", ""}})
	// Weapons pledged to no one named are for the report's country.
	codeExactly(t, c, "KYIV, Feb 11 (Reuters) - Russian missiles struck energy facilities across Ukraine. Germany pledged to deliver two more Patriot systems by the end of the year.",
		[]triple{{"RUSMIL", "195", "UKR", ""}, {"DEU", "0332", "UKR", ""}})
	// A meeting that took place, between officials from the two sides
	// the article is about.
	codeExactly(t, c, "ISLAMABAD, March 20 (Dawn) - Pakistan and Afghanistan agreed on Thursday to reopen the Torkham border crossing. A meeting between officials from the two countries took place in Torkham.",
		[]triple{{"PAK", "0351", "AFG", dyad.ModeFuture}, {"AFG", "0351", "PAK", dyad.ModeFuture}, {"PAKGOV", "040", "AFGGOV", ""}, {"AFGGOV", "040", "PAKGOV", ""}})
	// Talks after or during which the clause's subject acted were held
	// by it; a preposition's object is no verb's subject.
	// Political prisoners are the state's own.
	codeExactly(t, c, "Venezuela's government released 24 political prisoners after talks with Norway.",
		[]triple{{"VENGOV", "0841", "VENCVL", ""}, {"VENGOV", "040", "NOR", ""}})
	codeExactly(t, c, "After talks with Putin, Modi said India would buy more oil.",
		[]triple{{"INDGOV", "040", "RUSGOV", ""}})
	codeExactly(t, c, "Modi said after a meeting with Putin that India would buy more oil.",
		[]triple{{"INDGOV", "040", "RUSGOV", ""}})
	// A possessive after ", and" and a new subject is that subject's.
	codeExactly(t, c, "The United States said it was watching developments with grave concern, and Japan urged its citizens in South Korea to be careful.",
		[]triple{})
	// Where a verb with no object was done is no participle's doer.
	codeExactly(t, c, "Thousands of South Koreans rallied outside parliament on Wednesday demanding the resignation of President Yoon Suk Yeol.",
		[]triple{{"KOR", "141", "KORLEG", ""}, {"KOR", "1041", "KORGOV", ""}})
	// A veto recalled is its caster's; "disastrous" scorns.
	codeExactly(t, c, "The United States vetoed a United Nations Security Council resolution on Friday. Palestinian Ambassador Riyad Mansour called the veto disastrous.",
		[]triple{{"USA", "129", "IGOUNO", ""}, {"PSEGOV", "111", "USA", ""}})
	// A court that rules an act unlawful finds its doer liable; its
	// opinion recalled is its own.
	codeExactly(t, c, "The International Court of Justice ruled on Wednesday that Israel's continued presence in the occupied Palestinian territories is unlawful. "+
		"Israel rejected the advisory opinion. The Palestinian foreign ministry welcomed the ruling as historic.",
		[]triple{{"IGOUNOJUDICJ", "116", "ISR", ""}, {"ISR", "120", "IGOUNOJUDICJ", ""}, {"PSEGOV", "051", "IGOUNOJUDICJ", ""}})
	codeExactly(t, c, "Iran said that the U.S. attack was outrageous.", []triple{{"IRN", "111", "USA", ""}})
	// "The agreement" is what two agreed to together, before what one
	// of them will do.
	codeExactly(t, c, "Israel and Hamas agreed to a ceasefire deal. Hamas will free 33 Israeli hostages and Israel will release hundreds of Palestinian prisoners. Egypt welcomed the agreement.",
		[]triple{{"ISR", "0871", "PSEGOVHMS", ""}, {"PSEGOVHMS", "0871", "ISR", ""}, {"PSEGOVHMS", "0353", "ISRCVL", dyad.ModeFuture}, {"ISR", "0353", "PSECVL", dyad.ModeFuture},
			{"EGY", "051", "ISR", ""}, {"EGY", "051", "PSEGOVHMS", ""}})
	// A name after "and" is no act ("States" is no "state of
	// emergency").
	codeExactly(t, c, "Iran condemned Qatar and the United States.", []triple{{"IRN", "111", "QAT", ""}, {"IRN", "111", "USA", ""}})
	// Negotiations mediated by three, the last "the United States", for
	// a deal whose nouns are no verb.
	codeExactly(t, c, "Israel and Hamas agreed on Wednesday to a ceasefire and hostage release deal after months of negotiations mediated by Qatar, Egypt and the United States.",
		[]triple{{"ISR", "0871", "PSEGOVHMS", ""}, {"PSEGOVHMS", "0871", "ISR", ""}, {"QAT", "045", "ISR", ""}, {"QAT", "045", "PSEGOVHMS", ""},
			{"EGY", "045", "ISR", ""}, {"EGY", "045", "PSEGOVHMS", ""}, {"USA", "045", "ISR", ""}, {"USA", "045", "PSEGOVHMS", ""}})
	// A deal a verb took may still name who mediated it.
	codeExactly(t, c, "Armenia and Azerbaijan signed a deal mediated by Qatar.",
		[]triple{{"ARM", "057", "AZE", ""}, {"AZE", "057", "ARM", ""}, {"QAT", "045", "ARM", ""}, {"QAT", "045", "AZE", ""}})
	// An order signed does what its participle says; deportations
	// recalled are their doer's.
	codeExactly(t, c, "WASHINGTON, Feb 26 (Reuters) - President Joe Biden signed an executive order on Monday lifting most U.S. sanctions on Syria. Syrian Foreign Minister Asaad al-Shaibani welcomed the decision.",
		[]triple{{"USAGOV", "085", "SYR", ""}, {"SYRGOV", "051", "USAGOV", ""}})
	codeExactly(t, c, "ISLAMABAD, Nov 1 (Reuters) - Pakistan deported more than 20,000 Afghan refugees in October. The Taliban administration criticised the deportations.",
		[]triple{{"PAK", "201", "AFGREF", ""}, {"AFGGOVTAL", "111", "PAK", ""}})
	// The act of a charge's participle is only alleged.
	codeExactly(t, c, "Britain accused Russia's military intelligence agency of a cyber campaign targeting British logistics firms.",
		[]triple{{"GBR", "112", "RUSMIL", ""}})
	// Combat exercises two countries' troops hold are joint.
	codeExactly(t, c, "American and Filipino troops began annual combat exercises on Monday in the northern Philippines.",
		[]triple{{"USAMIL", "062", "PHLMIL", ""}, {"PHLMIL", "062", "USAMIL", ""}})
	// A new border crossing opened together is economic cooperation; the
	// maker of a thing toured is not whom a visit is to.
	codeExactly(t, c, "Hungary and Serbia opened a new border crossing on Monday.",
		[]triple{{"HUN", "061", "SRB", ""}, {"SRB", "061", "HUN", ""}})
	codeExactly(t, c, "Uzbekistan's Ambassador to Turkmenistan visited Ashgabat on Tuesday. The ambassador also toured a textile factory built by an Uzbek company.",
		[]triple{{"UZBGOV", "042", "TKMGOV", ""}, {"TKMGOV", "043", "UZBGOV", ""}})
	// A date in the phrase of a gerund after "for" is its act's.
	wantDated(t, c, "Cuban President Miguel Diaz-Canel thanked Vietnam for donating 10,000 tonnes of rice this year.", "2024-07-10",
		triple{"CUBGOV", "051", "VNM", ""}, "2024-07-10")
	// A decision to impose sanctions is their imposition, no threat.
	codeExactly(t, c, "EU ministers agreed to impose new sanctions on Russia.", []triple{{"IGOEUREEC", "163", "RUS", ""}})
	codeExactly(t, c, "EU ministers agreed on Monday to impose new sanctions on Russia.", []triple{{"IGOEUREEC", "163", "RUS", ""}})
	codeExactly(t, c, "EU ambassadors agreed to impose a fresh round of sanctions on Russia.", []triple{{"IGOEUREEC", "163", "RUS", ""}})
	// So is a decision to lift them; a promise to is still an intent.
	codeExactly(t, c, "Russia promised to lift sanctions on Turkey.", []triple{{"RUS", "0354", "TUR", ""}})
	// What was promised is welcomed as such: funding, a visit to come.
	codeExactly(t, c, "Australia will provide 190 million dollars to the Solomon Islands. The Solomon Islands welcomed the funding.",
		[]triple{{"AUS", "0331", "SLB", dyad.ModeFuture}, {"SLB", "051", "AUS", ""}})
	codeExactly(t, c, "Japanese Prime Minister Sanae Takaichi will visit South Korea. South Korea's foreign ministry said it welcomed the planned visit.",
		[]triple{{"JPNGOV", "036", "KOR", dyad.ModeFuture}, {"KOR", "036", "JPNGOV", dyad.ModeFuture}, {"KORGOV", "051", "JPNGOV", ""}})
	// A release demanded of no one named is demanded of the holder.
	codeExactly(t, c, "Kosovo police arrested three Serbian nationals near the border. Serbia demanded their immediate release.",
		[]triple{{"KSVCOP", "173", "SRBCVL", ""}, {"SRB", "1053", "KSVCOP", ""}})
	// A visit "also" made is of the same trip, on its day.
	wantDated(t, c, "The Ambassador of India to Uzbekistan visited Samarkand on Friday. The ambassador also visited Samarkand State University.", "2024-05-20",
		triple{"INDGOV", "042", "UZBEDU", ""}, "2024-05-17")
	// An akim is a Kazakh region's or city's head.
	codeExactly(t, c, "Pakistan's Ambassador to Kazakhstan Nauman Bashir Bhatti met the akim of Almaty.",
		[]triple{{"PAKGOV", "040", "KAZGOV", ""}})
	// Mediation offered to no one named is between the two sides of the
	// last fight; an appeal goes to both when the article told the
	// fighting both ways.
	codeExactly(t, c, "Thai and Cambodian troops clashed along their disputed border on Friday. Thailand launched air strikes on Cambodian military targets. "+
		"Malaysia offered to mediate and urged restraint.",
		[]triple{{"THAMIL", "190", "KHMMIL", ""}, {"KHMMIL", "190", "THAMIL", ""}, {"THA", "195", "KHMMIL", ""},
			{"MYS", "039", "THA", ""}, {"MYS", "039", "KHMMIL", ""}, {"MYS", "0256", "THA", ""}, {"MYS", "0256", "KHMMIL", ""}})
	// "voted to back" backs; a resolution recalled is of the body that
	// passed it, and "the vote" past a rejection of it too.
	codeExactly(t, c, "The UN Security Council voted on Friday to back Morocco's autonomy plan for Western Sahara. The Polisario Front rejected the resolution. "+
		"Morocco's King Mohammed VI welcomed the vote.",
		[]triple{{"IGOUNO", "051", "MAR", ""}, {"ESHSEPPLS", "127", "IGOUNO", ""}, {"MARGOV", "051", "IGOUNO", ""}})
	// A junta is of the country whose coup the article told of, not of
	// a dateline abroad.
	codeExactly(t, c, "ADDIS ABABA, Feb 16 (Reuters) - African Union leaders suspended Gabon's membership after a military coup. "+
		"The African Union demanded that the junta restore constitutional order.",
		[]triple{{"IGOAFRAFU", "172", "GAB", ""}, {"IGOAFRAFU", "1051", "GABMIL", ""}})
	// "Them" a verb of judging takes is the act just named, and its
	// doer is judged; tariffs doubled are imposed.
	codeExactly(t, c, "India said on Wednesday it would challenge the 50% U.S. tariffs on Indian goods, which took effect on Tuesday, calling them unjustified.",
		[]triple{{"USA", "163", "IND", ""}, {"IND", "111", "USA", ""}})
	codeExactly(t, c, "The United States doubled tariffs on India.", []triple{{"USA", "163", "IND", ""}})
	// One who urges another is no side with it; what one is called on
	// to do, past the object's phrase of where, may not happen.
	codeExactly(t, c, "Azerbaijan shelled Armenian positions on Tuesday. The United States urged Azerbaijan to halt its military action. Russia called on both sides to stop the bloodshed.",
		[]triple{{"AZE", "194", "ARM", ""}, {"USA", "0242", "AZE", ""}, {"RUS", "0256", "AZE", ""}, {"RUS", "0256", "ARM", ""}})
	// A third party's answer to a fight is not dated by it.
	wantDated(t, c, "Azerbaijan shelled Armenian positions on Tuesday. Russia called on both sides to stop the bloodshed.", "2024-01-10",
		triple{"RUS", "0256", "ARM", ""}, "2024-01-10")
	codeExactly(t, c, "Azerbaijan shelled Armenian positions on Tuesday. Pashinyan called on Russian peacekeepers in the region to stop the attack.",
		[]triple{{"AZE", "194", "ARM", ""}, {"ARMGOV", "0256", "RUSMIL", ""}, {"RUSMIL", "087", "AZE", dyad.ModeHypothetical}})
	// "The kingdom" is the kingdom named last; money deposited in a
	// central bank is economic aid.
	codeExactly(t, c, "ISLAMABAD, Feb 22 (Dawn) - Pakistan and Saudi Arabia held talks. Saudi Chief of General Staff Fayyadh al-Ruwaili called on Prime Minister Shehbaz Sharif, who thanked the kingdom for its financial support.",
		[]triple{{"PAK", "040", "SAU", ""}, {"SAU", "040", "PAK", ""}, {"SAUMIL", "042", "PAKGOV", ""}, {"PAKGOV", "043", "SAUMIL", ""}, {"PAKGOV", "051", "SAU", ""}})
	codeExactly(t, c, "Saudi Arabia deposited 3 billion dollars in Pakistan's central bank last month.", []triple{{"SAU", "071", "PAKGOV", ""}})
	codeExactly(t, c, "ISLAMABAD, Feb 22 (Dawn) - Saudi Chief of General Staff Fayyadh al-Ruwaili called on Prime Minister Shehbaz Sharif.",
		[]triple{{"SAUMIL", "042", "PAKGOV", ""}, {"PAKGOV", "043", "SAUMIL", ""}})
	// An intent the two said on the occasion is of its day; a visit
	// "later" made is of the same trip.
	wantDated(t, c, "Mauritanian President Mohamed Ould Ghazouani received Senegalese President Bassirou Diomaye Faye on Monday. "+
		"The two presidents signed agreements on gas and said they would cooperate on fisheries.", "2024-02-14",
		triple{"SENGOV", "031", "MRTGOV", dyad.ModeFuture}, "2024-02-12")
	wantDated(t, c, "Mauritanian President Mohamed Ould Ghazouani received Senegalese President Bassirou Diomaye Faye in Nouakchott on Monday. "+
		"Faye later visited Mauritania's port city of Nouadhibou.", "2024-02-14",
		triple{"SENGOV", "042", "MRT", ""}, "2024-02-12")
	// Security cooperation pledged with no one named is with each other.
	codeExactly(t, c, "Pakistan and Saudi Arabia agreed on Thursday to expand defence cooperation.",
		[]triple{{"PAK", "0312", "SAU", ""}, {"SAU", "0312", "PAK", ""}})
	// A body that finds a state in breach of its obligations finds it
	// liable.
	codeExactly(t, c, "The IAEA board found Iran in breach of its non-proliferation obligations.", []triple{{"IGOUNOIAE", "116", "IRN", ""}})
	// An occasion foreign guests attend, no place named, is in the
	// report's country; not for those a relative clause names.
	codeExactly(t, c, "WINDHOEK, March 21 (Reuters) - South African President Cyril Ramaphosa and Angolan President Joao Lourenco attended the ceremony.",
		[]triple{{"ZAFGOV", "042", "NAM", ""}, {"NAM", "043", "ZAFGOV", ""}, {"AGOGOV", "042", "NAM", ""}, {"NAM", "043", "AGOGOV", ""}})
	codeExactly(t, c, "MOSCOW, May 9 (TASS) - Ukraine criticised leaders who attended the parade.", []triple{})
	// Two countries that open their shared border ease what kept it shut.
	codeExactly(t, c, "Tajikistan and Kyrgyzstan opened their border for the first time in three years on Thursday.",
		[]triple{{"TJK", "081", "KGZ", ""}, {"KGZ", "081", "TJK", ""}})
	// An issue raised with someone is discussed; concerns raised are
	// complaints.
	codeExactly(t, c, "New Zealand Foreign Minister Winston Peters raised the issue with his Chinese counterpart Wang Yi.", []triple{{"NZLGOV", "040", "CHNGOV", ""}})
	codeExactly(t, c, "Modi raised concerns with Xi about the border.", []triple{{"INDGOV", "114", "CHNGOV", ""}})
	// The release of people held at home, by no one the article names,
	// is demanded of their government.
	codeExactly(t, c, "NAIROBI, July 2 (AP) - The opposition demanded the release of the detained students.", []triple{{"KENOPP", "1053", "KENGOV", ""}})
	// A communist party's chief is a party's, but the general secretary
	// of a ruling one leads the state (as Xi Jinping and To Lam do).
	codeExactly(t, c, "HANOI, Sept 11 (VNA) - Biden met Communist Party General Secretary Ho Van Binh.", []triple{{"USAGOV", "040", "VNMPTY", ""}})
	codeExactly(t, c, "HANOI, Sept 11 (VNA) - Biden met Communist Party General Secretary Nguyen Phu Trong.", []triple{{"USAGOV", "040", "VNMGOV", ""}})
	// "The vote" is an act a vote decided, not the next act its sentence
	// told.
	codeExactly(t, c, "HARARE, June 3 (AFP) - Zimbabwe's parliament voted on Tuesday to extend President Emmerson Mnangagwa's term by two years, prompting protests in Harare, where police arrested more than 50 people. "+
		"The opposition said the vote was unconstitutional and vowed to challenge it in court.",
		[]triple{{"ZWECOP", "173", "ZWECVL", ""}})
	// An act its own sentence told before is recalled too.
	codeExactly(t, c, "ISLAMABAD, Nov 10 (Dawn) - A suicide bomber killed 12 people outside a court in Islamabad on Tuesday, and the Pakistani Taliban claimed responsibility for the attack.",
		[]triple{{"PAKREB", "1831", "PAKCVL", ""}, {"PAKREBTTP", "015", "PAKCVL", ""}})
	// What a memorandum is signed to do is not done yet.
	codeExactly(t, c, "Turkey and Iraq signed a memorandum of understanding on Thursday to jointly fight the PKK.",
		[]triple{{"TUR", "057", "IRQ", ""}, {"IRQ", "057", "TUR", ""}})
	// Sovereignty to be respected is diplomatic support intended.
	codeExactly(t, c, "Ethiopia agreed to respect Somalia's sovereignty.", []triple{{"ETH", "032", "SOM", ""}})
	// Talks mediated between no one named are between the two the
	// sentence's act was between.
	codeExactly(t, c, "Somalia's president said that Ethiopia had agreed to respect Somalia's sovereignty, after talks mediated by Turkey ended a year-long dispute.",
		[]triple{{"ETH", "032", "SOM", ""}, {"TUR", "045", "ETH", ""}, {"TUR", "045", "SOM", ""}})
	// An opposition is of the country the report is from, not of the one
	// its words address; a state's protection of its own people is no
	// military protection given.
	codeExactly(t, c, "MINSK, June 21 (Reuters) - Exiled opposition leader Sviatlana Tsikhanouskaya thanked the United States for securing their release.",
		[]triple{{"BLROPP", "051", "USA", ""}})
	codeExactly(t, c, "ABUJA, Nov 2 (AFP) - Nigeria rejected the U.S. threat, saying its government protected citizens of all faiths.",
		[]triple{{"NGA", "120", "USA", ""}})
	// An act after "since" marks a time and is no news.
	codeExactlyOn(t, c, "U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday, the first high-level meeting between the two countries since Russia's invasion of Ukraine.", "2025-02-18",
		[]triple{{"USAGOV", "040", "RUSGOV", ""}, {"RUSGOV", "040", "USAGOV", ""}})
	// The act a retaliation answers is background; those who shoot down
	// "them" do not shoot each other, nor do those who attack "them".
	codeExactly(t, c, "Iran launched more than 300 drones and missiles at Israel overnight in retaliation for a suspected Israeli strike on its embassy compound in Damascus.",
		[]triple{{"IRN", "195", "ISR", ""}})
	codeExactly(t, c, "The United States, Britain and Jordan shot down almost all of them.", []triple{})
	codeExactly(t, c, "Malian and Russian troops attacked them.", []triple{})
	// A strike that killed someone struck them, not the place it was in.
	codeExactly(t, c, "A U.S. drone strike in Baghdad killed Iranian commander Qassem Soleimani.", []triple{{"USAMIL", "195", "IRNMIL", ""}})
	// An adjective before a verb's object noun is no verb.
	codeExactly(t, c, "Qatar is hosting separate talks between Kinshasa and the M23 rebels.",
		[]triple{{"QAT", "045", "CODGOV", ""}, {"QAT", "045", "CODREBM23", ""}})
	// A loan to be funded for someone is economic aid intended.
	codeExactly(t, c, "European Union leaders agreed on Thursday to fund a loan for Ukraine.", []triple{{"IGOEUREEC", "0331", "UKR", ""}})
	// Transport services resumed between two countries' cities are
	// trade between them, intended when agreed.
	codeExactly(t, c, "Bangladesh and India agreed on Wednesday to resume passenger train services between Dhaka and Kolkata.",
		[]triple{{"BGD", "0311", "IND", dyad.ModeFuture}, {"IND", "0311", "BGD", dyad.ModeFuture}})
	// Aid offered for projects in a country is offered to it.
	codeExactly(t, c, "India offered a credit line of $500 million for railway projects in Bangladesh.", []triple{{"IND", "0331", "BGD", ""}})
	// A role may run past another preposition than "of".
	codeExactly(t, c, "The Kenya National Commission on Human Rights accused the police of torture.", []triple{{"KENHRI", "1122", "KENCOP", ""}})
	codeExactly(t, c, "President William Ruto criticised the Kenya National Commission on Human Rights.", []triple{{"KENGOV", "111", "KENHRI", ""}})
	// Crowds told to go home are told to end their dissent, not to resign.
	codeExactly(t, c, "Kenyan police fired tear gas at protesters. The police urged the protesters to go home.",
		[]triple{{"KENCOP", "175", "KENOPP", ""}, {"KENCOP", "0252", "KENOPP", ""}})
	// A visit a plan or a decision is to make has not been made.
	codeExactly(t, c, "China protested Japan's plan to send a delegation to Taiwan.",
		[]triple{{"CHN", "114", "JPN", ""}, {"JPN", "036", "TWN", dyad.ModeFuture}, {"TWN", "036", "JPN", dyad.ModeFuture}})
	// A body that closes a sentence as its speaker is recalled by its noun.
	codeExactly(t, c, "At least two protesters were killed, the Kenya National Commission on Human Rights said. The commission urged Kenyan police to free the protesters.",
		[]triple{{"KENHRI", "0253", "KENCOP", ""}, {"KENCOP", "0841", "KENOPP", dyad.ModeHypothetical}})
	// Saying another meddled in one's affairs accuses it; "the three
	// governments" are those of the three countries that last acted
	// together, not of the one named since.
	codeExactly(t, c, "Argentina, Chile and Peru criticised Venezuela. Venezuela's foreign minister said the three governments had interfered in its internal affairs.",
		[]triple{{"ARG", "111", "VEN", ""}, {"CHL", "111", "VEN", ""}, {"PER", "111", "VEN", ""},
			{"VENGOV", "1123", "ARGGOV", ""}, {"VENGOV", "1123", "CHLGOV", ""}, {"VENGOV", "1123", "PERGOV", ""}})
	// A protest lodged with no one named is the complaint of the act
	// before it, and never a rally.
	codeExactly(t, c, "The Philippines summoned China's deputy ambassador and lodged a diplomatic protest.", []triple{{"PHL", "114", "CHNGOV", ""}})
	codeExactly(t, c, "The Philippines lodged a diplomatic protest.", []triple{})
	// "The parties" are the two sides the article told of.
	codeExactly(t, c, "Sudan's army and the Rapid Support Forces agreed to a ceasefire. The United Nations called on the warring parties to stop fighting.",
		[]triple{{"SDNMIL", "0871", "SDNREBRSF", ""}, {"SDNREBRSF", "0871", "SDNMIL", ""},
			{"IGOUNO", "0256", "SDNMIL", ""}, {"IGOUNO", "0256", "SDNREBRSF", ""},
			{"SDNMIL", "0871", "SDNREBRSF", dyad.ModeHypothetical}, {"SDNREBRSF", "0871", "SDNMIL", dyad.ModeHypothetical}})
	// Talks joined to a topic discussed have their own "with".
	codeExactly(t, c, "Lula and Milei discussed trade and the bloc's negotiations with the European Union.",
		[]triple{{"BRAGOV", "040", "ARGGOV", ""}, {"ARGGOV", "040", "BRAGOV", ""}})
	// A verb after ", and" is its clause subject's, past a participle
	// that modifies a preposition's object.
	codeExactly(t, c, "Britain announced new sanctions on Wednesday against Russian companies supplying components for drones used in Ukraine, and pledged 150 million pounds in additional military aid to Kyiv.",
		[]triple{{"GBR", "163", "RUSBUS", ""}, {"GBR", "0332", "UKRGOV", ""}})
	// What any act may be called is the act told before a quotation
	// that told none; an adjective after the object of "called" is what
	// the object is called.
	codeExactly(t, c, "Britain imposed sanctions on Russian companies. \"We will keep up the pressure,\" Lammy said. Russia's embassy called the measures hostile.",
		[]triple{{"GBR", "163", "RUSBUS", ""}, {"RUSGOV", "111", "GBR", ""}})
	// Ships sent carrying goods or aid send them.
	codeExactly(t, c, "Mexico sent two ships carrying fuel to Cuba on Friday.", []triple{{"MEX", "061", "CUB", ""}})
	codeExactly(t, c, "Turkey sent two ships carrying food and medicine to Gaza.", []triple{{"TUR", "073", "PSE", ""}})
	// The head of an organisation is "the official" from then on.
	codeExactly(t, c, "Mali expelled the head of the United Nations human rights mission on Saturday. Mali's junta accused the official of bias.",
		[]triple{{"MLI", "174", "IGOUNO", ""}, {"MLIMIL", "112", "IGOUNO", ""}})
	// Declaring war, or trying to annex, is aggression.
	codeExactly(t, c, "Somalia's president accused Ethiopia of trying to annex part of its territory.", []triple{{"SOMGOV", "1123", "ETH", ""}})
	codeExactly(t, c, "Congo cut diplomatic ties with Rwanda, accusing it of declaring war.", []triple{{"COD", "161", "RWA", ""}, {"COD", "1123", "RWA", ""}})
	// A named group is recalled by its role, though no act was coded of it.
	codeExactly(t, c, "M23 rebels backed by Rwanda entered the centre of Goma on Monday. Rwanda denied that its troops were fighting alongside the rebels.",
		[]triple{{"RWAMIL", "062", "CODREBM23", dyad.ModeNegated}})
	// A ceasefire welcomed is the truce, not a withdrawal told after it.
	codeExactly(t, c, "BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah took effect on Wednesday. The Lebanese army said it would deploy troops to the border area as Israeli forces withdraw. Iran welcomed the ceasefire.",
		[]triple{{"ISR", "0871", "LBNREBHEZ", ""}, {"LBNREBHEZ", "0871", "ISR", ""}, {"ISRMIL", "0874", "LBN", ""},
			{"IRN", "051", "ISR", ""}, {"IRN", "051", "LBNREBHEZ", ""}})
	// A truce between two that will begin is their intent; "would",
	// reported, is a will.
	codeExactly(t, c, "Qatar said that a four-day truce between Israel and Hamas would begin on Thursday.",
		[]triple{{"ISR", "0356", "PSEGOVHMS", dyad.ModeFuture}, {"PSEGOVHMS", "0356", "ISR", dyad.ModeFuture}})
	// Talks opened are held.
	codeExactly(t, c, "The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday.",
		[]triple{{"IGOEUREEC", "046", "UKR", ""}, {"IGOEUREEC", "046", "MDA", ""}})
	// A deal brokered is brokered between its parties; "helped broker" is
	// a verb, no comparative of "broke".
	codeExactly(t, c, "Israel and Hamas agreed to a truce. The United States and Egypt also helped broker the agreement.",
		[]triple{{"ISR", "0871", "PSEGOVHMS", ""}, {"PSEGOVHMS", "0871", "ISR", ""},
			{"USA", "045", "ISR", ""}, {"USA", "045", "PSEGOVHMS", ""}, {"EGY", "045", "ISR", ""}, {"EGY", "045", "PSEGOVHMS", ""}})
	// One acting as mediator mediates between the two the sentence's act
	// is between.
	codeExactly(t, c, "Russia and the United States completed a prisoner exchange on Thursday, with Turkey acting as a mediator.",
		[]triple{{"RUS", "0841", "USA", ""}, {"USA", "0841", "RUS", ""}, {"TUR", "045", "RUS", ""}, {"TUR", "045", "USA", ""}})
	// A mediation effort launched is mediation (the codebook's example of
	// 045).
	codeExactly(t, c, "Qatar launched a mediation effort between Saudi Arabia and Iran.", []triple{{"QAT", "045", "SAU", ""}, {"QAT", "045", "IRN", ""}})
	// A bare noun joined last is more of what the part before names.
	codeExactly(t, c, "U.S. and British warships and aircraft struck Houthi targets in Yemen.",
		[]triple{{"USAMIL", "195", "YEMREBHTH", ""}, {"GBRMIL", "195", "YEMREBHTH", ""}})
	// A standby force activated is forces mobilized; a region's leaders
	// are its organisation, named in the article.
	codeExactly(t, c, "West African leaders ordered the activation of a standby force on Thursday to restore constitutional order in Niger. Russia warned ECOWAS against military intervention.",
		[]triple{{"IGOWAFWAS", "154", "NERMIL", ""}, {"RUS", "130", "IGOWAFWAS", ""}})
	// A shared project upgraded is trade, intended when agreed.
	codeExactly(t, c, "Pakistan and China agreed on Tuesday to upgrade the China-Pakistan Economic Corridor.",
		[]triple{{"PAK", "0311", "CHN", dyad.ModeFuture}, {"CHN", "0311", "PAK", dyad.ModeFuture}})
	// Aid promised after "and" to no one named is promised to whom the
	// act before it was done.
	codeExactly(t, c, "German Chancellor Olaf Scholz apologised to Namibia on Tuesday and promised 1.1 billion euros in development aid.",
		[]triple{{"DEUGOV", "055", "NAM", ""}, {"DEUGOV", "0331", "NAM", ""}})
	// Opponents are the opposition; stripping them of citizenship is an
	// administrative sanction.
	codeExactly(t, c, "Nicaragua stripped 94 opponents of their citizenship on Wednesday.", []triple{{"NIC", "172", "NICOPP", ""}})
	// A pattern's words go on past a count and its "of".
	codeExactly(t, c, "Lithuania closed two of its six border crossings with Belarus on Friday.", []triple{{"LTU", "191", "BLR", ""}})
	// A case brought by one against another is a lawsuit.
	codeExactly(t, c, "The court heard a case brought by South Africa against Israel.", []triple{{"ZAF", "115", "ISR", ""}})
	// Political reform promised is for the promiser's own country.
	codeExactly(t, c, "The government of Nicolas Maduro agreed to hold a presidential election with international observers.",
		[]triple{{"VENGOV", "0341", "VEN", ""}})
	// "Its" is a body's, not the ambassador's; a body's president holds
	// its role.
	codeExactly(t, c, "The Ambassador of Turkmenistan to Pakistan visited the University of Peshawar on Monday and met its vice chancellor.",
		[]triple{{"TKMGOV", "042", "PAKEDU", ""}, {"PAKEDU", "043", "TKMGOV", ""}, {"TKMGOV", "040", "PAKEDU", ""}})
	codeExactly(t, c, "The Consul General of Turkmenistan in Karachi, Bayram Mammedov, visited the Karachi Chamber of Commerce and Industry on Monday and held a meeting with its President Jawed Bilwani.",
		[]triple{{"TKMGOV", "042", "PAKBUS", ""}, {"PAKBUS", "043", "TKMGOV", ""}, {"TKMGOV", "040", "PAKBUS", ""}})
	// "He" is the one who spoke, when the last act's doer is no person.
	codeExactly(t, c, "The Ambassador of Turkmenistan to Pakistan visited Peshawar. The ambassador said Turkmenistan would offer scholarships to Pakistani students. He also visited the Peshawar Chamber of Commerce.",
		[]triple{{"TKMGOV", "042", "PAK", ""}, {"PAK", "043", "TKMGOV", ""}, {"TKM", "031", "PAKEDU", dyad.ModeFuture},
			{"TKMGOV", "042", "PAKBUS", ""}, {"PAKBUS", "043", "TKMGOV", ""}})
	// A delegation met is recalled by "the delegation".
	codeExactly(t, c, "Kazakhstan's Deputy Foreign Minister met a delegation of U.S. congressmen in Almaty on Monday. The delegation later visited Nazarbayev University in Astana.",
		[]triple{{"KAZGOV", "040", "USALEG", ""}, {"USALEG", "042", "KAZEDU", ""}, {"KAZEDU", "043", "USALEG", ""}})
	// A delegation that acts is recalled by "the delegation", and its
	// leader holds its role.
	codeExactly(t, c, "A delegation of the Pakistan Senate led by Chairman Yousuf Raza Gilani arrived in Tashkent at the invitation of the Senate of Uzbekistan. "+
		"Gilani held talks with Tanzila Narbaeva, Chairperson of the Senate. The delegation will also visit Samarkand.",
		[]triple{{"PAKLEG", "042", "UZB", ""}, {"UZB", "043", "PAKLEG", ""}, {"PAKLEG", "040", "UZBLEG", ""}, {"PAKLEG", "036", "UZB", dyad.ModeFuture}, {"UZB", "036", "PAKLEG", dyad.ModeFuture}})
	// A press club is the press.
	codeExactly(t, c, "Iran's Consul General in Quetta met Balochistan Governor Jaffar Khan Mandokhail on Tuesday. The consul general also visited the Quetta Press Club.",
		[]triple{{"IRNGOV", "040", "PAKGOV", ""}, {"IRNGOV", "042", "PAKMED", ""}, {"PAKMED", "043", "IRNGOV", ""}})
	// A cultural corner inaugurated at a host's place is a symbolic act
	// there; a place's name after roles takes one of them, not all.
	codeExactly(t, c, "The Ambassador of Kazakhstan to Pakistan inaugurated a Kazakh cultural corner at the Government College University Lahore on Thursday.",
		[]triple{{"KAZGOV", "017", "PAKEDU", ""}})
	// What a group holds or runs is the group's.
	codeExactly(t, c, "Israeli warplanes struck the Houthi-held port of Hodeidah.", []triple{{"ISRMIL", "195", "YEMREBHTH", ""}})
	codeExactly(t, c, "Israeli warplanes struck the Hamas-run health ministry.", []triple{{"ISRMIL", "195", "PSEGOVHMS", ""}})
	// An offensive in a country's land is against it; one warned of, that
	// "would have" consequences, may come, and is no threat of its doer.
	codeExactly(t, c, "Russian troops launched a ground offensive in Ukraine's Kharkiv region on Friday.", []triple{{"RUSMIL", "190", "UKR", ""}})
	codeExactly(t, c, "Egypt warned that an Israeli ground offensive in Rafah would have dire consequences.",
		[]triple{{"EGY", "012", "ISR", ""}, {"ISR", "190", "PSE", dyad.ModeHypothetical}})
	// "The attackers" are who did the last violent act, and killing them
	// answers the attack, which "the attack" still names.
	codeExactly(t, c, "Al Shabaab fighters stormed a hotel in Mogadishu on Thursday night, killing at least five people. Somali security forces killed all the attackers. The United States condemned the attack.",
		[]triple{{"SOMREBSHB", "190", "SOM", ""}, {"SOMREBSHB", "190", "SOMCVL", ""}, {"SOMMIL", "190", "SOMREBSHB", ""}, {"USA", "111", "SOMREBSHB", ""}})
	// A visit ended was made.
	codeExactly(t, c, "Chinese President Xi Jinping ended a two-day visit to Vietnam on Wednesday.",
		[]triple{{"CHNGOV", "042", "VNM", ""}, {"VNM", "043", "CHNGOV", ""}})
	// A project extended to a country is economic cooperation with it.
	codeExactly(t, c, "China agreed to extend the China-Pakistan Economic Corridor to Afghanistan.", []triple{{"CHN", "0311", "AFG", dyad.ModeFuture}})
	// Each act "including" lists, past "and", is the clause subject's.
	codeExactly(t, c, "China announced sweeping tariffs on imports from dozens of countries on Wednesday, including a 34% levy on American goods and a 20% duty on goods from the European Union.",
		[]triple{{"CHN", "163", "USA", ""}, {"CHN", "163", "IGOEUREEC", ""}})
	// After a determiner and its adjective, a noun: "a planned visit".
	codeExactly(t, c, "Israel's prime minister cancelled a planned visit to Washington.", []triple{{"ISRGOV", "160", "USAGOV", ""}})
	// People captured are detained, not land occupied.
	codeExactly(t, c, "Ukrainian forces captured two North Korean soldiers.", []triple{{"UKRMIL", "173", "PRKMIL", ""}})
	codeExactly(t, c, "Russian forces captured a Ukrainian military base.", []triple{{"RUSMIL", "192", "UKRMIL", ""}})
	// Cooperation going on tells a relation, not an act, and takes no date
	// from the act before its "and".
	codeExactly(t, c, "The ambassador said Kyrgyzstan and Pakistan had established diplomatic relations in January and were cooperating in trade, education and energy.",
		[]triple{{"KGZ", "054", "PAK", ""}, {"PAK", "054", "KGZ", ""}})
	// An economic deal agreed with someone, "on" or not.
	codeExactly(t, c, "Turkey's central bank agreed a currency swap worth $5 billion with Qatar's central bank on Monday.", []triple{{"TURGOV", "0311", "QATGOV", ""}})
	// People a state acts on, in a sentence that names another country
	// for something else, are the state's; captives are not.
	codeExactly(t, c, "Iran executed a man convicted of spying for Israel.", []triple{{"IRN", "1823", "IRNCVL", ""}})
	codeExactly(t, c, "Hamas freed the last 20 living hostages earlier in the day, and Israel released nearly 2,000 Palestinian prisoners.",
		[]triple{{"ISR", "0841", "PSECVL", ""}})
	// Helping a country rebuild is aid, intended when it will be.
	codeExactly(t, c, "Fidan said Turkey would help Syria rebuild its army.", []triple{{"TUR", "033", "SYR", dyad.ModeFuture}})
	// A military parade names no actor: the celebration is in Kabul.
	codeExactly(t, c, "The Taliban celebrated the anniversary of their return to power with a military parade in Kabul.", []triple{{"AFGGOVTAL", "017", "AFG", ""}})
	// A name runs on past "for" and "and": the European Bank for
	// Reconstruction and Development.
	codeExactly(t, c, "Uzbek President Shavkat Mirziyoyev received a delegation of the European Bank for Reconstruction and Development on Thursday.",
		[]triple{{"UZBGOV", "043", "IGOEURDEVEBR", ""}, {"IGOEURDEVEBR", "042", "UZBGOV", ""}})
	// A border demarcation finalised is a dispute settled.
	codeExactly(t, c, "Kyrgyzstan and Tajikistan agreed to finalise the demarcation of their shared border.",
		[]triple{{"KGZ", "037", "TJK", ""}, {"TJK", "037", "KGZ", ""}})
	// "The two countries' ministers" are each country's.
	codeExactly(t, c, "India and China held talks. The two countries' foreign ministers met in Beijing.",
		[]triple{{"IND", "040", "CHN", ""}, {"CHN", "040", "IND", ""}, {"INDGOV", "040", "CHNGOV", ""}, {"CHNGOV", "040", "INDGOV", ""}})
	// What a "since" clause tells marks the time of the news and is none.
	codeExactly(t, c, "French President Emmanuel Macron began a three-day state visit to Morocco on Monday, the first since Paris recognised Rabat's sovereignty over Western Sahara.",
		[]triple{{"FRAGOV", "042", "MAR", ""}, {"MAR", "043", "FRAGOV", ""}})
	// A border service is the military's, as border guards are; a
	// security chief is the security service's.
	codeExactly(t, c, "BISHKEK, Sept 16 (Reuters) - Kyrgyz and Tajik border guards exchanged fire on Friday. The border service accused Tajik forces of shelling Kyrgyz villages. "+
		"The security chiefs of the two countries agreed on a ceasefire.",
		[]triple{{"KGZMIL", "190", "TJKMIL", ""}, {"TJKMIL", "190", "KGZMIL", ""}, {"KGZMIL", "1123", "TJKMIL", ""}, {"KGZSPY", "0871", "TJKSPY", ""}, {"TJKSPY", "0871", "KGZSPY", ""}})
	// What the object is called is a judgment, no act ("blackmail" is
	// read as a verb here).
	codeExactly(t, c, "EU foreign ministers agreed to impose sanctions on 12 Georgian officials. The Georgian government called the sanctions blackmail.",
		[]triple{{"IGOEUREEC", "163", "GEOGOV", ""}, {"GEOGOV", "111", "IGOEUREEC", ""}})
	// "The country" in an article's opening that names none is the
	// dateline's.
	codeExactly(t, c, "ULAANBAATAR, Sept 7, 2023 (Anadolu) - Turkish Culture Minister Mehmet Nuri Ersoy opened a Turkish cultural centre in the Mongolian capital during an official visit to the country.",
		[]triple{{"TURGOV", "060", "MNG", ""}, {"TURGOV", "042", "MNG", ""}, {"MNG", "043", "TURGOV", ""}})
	// Who recalls a diplomat sent them: "the cabinet" is not of the
	// country the ambassador was posted to.
	codeExactly(t, c, "MOGADISHU, Jan 3 (AFP) - Somalia rejected a deal that would give Addis Ababa access to the sea. The cabinet also recalled Somalia's ambassador to Ethiopia.",
		[]triple{{"SOMGOV", "161", "ETH", ""}})
	// What a convoy carries may follow a phrase that counts its trucks.
	codeExactly(t, c, "Jordan's army sent a convoy of 70 trucks carrying food and medical supplies to the Gaza Strip.",
		[]triple{{"JORMIL", "073", "PSE", ""}})
	// A state's forces blocking a convoy protest against no government.
	codeExactly(t, c, "Israeli forces blocked a second convoy.", []triple{})
	// "Its" in the next sentence is the body the last act was done to,
	// not its doer.
	codeExactly(t, c, "The Ambassador of Turkmenistan visited the Karachi Chamber of Commerce. He met its president.",
		[]triple{{"TKMGOV", "042", "PAKBUS", ""}, {"PAKBUS", "043", "TKMGOV", ""}, {"TKMGOV", "040", "PAKBUS", ""}})
	// "Latin American governments" are of no one country, not the
	// dateline's.
	codeExactly(t, c, "MEXICO CITY, April 6 (AP) - Ecuadorian police stormed the Mexican embassy in Quito. Latin American governments condemned the raid.",
		[]triple{{"ECUCOP", "190", "MEXGOV", ""}})
	// A province's board is the province's.
	codeExactly(t, c, "A delegation of the Kazakh embassy visited the Khyber Pakhtunkhwa Board of Investment and Trade on Wednesday.",
		[]triple{{"KAZGOV", "042", "PAK", ""}, {"PAK", "043", "KAZGOV", ""}})
	// A lecture delivered to people addresses them.
	codeExactly(t, c, "The Kyrgyz ambassador delivered a lecture on Kyrgyzstan's foreign policy to Pakistani students.", []triple{{"KGZGOV", "010", "PAKEDU", ""}})
	// Fighting that erupted between two is theirs, each with the other;
	// several who offer to mediate offer it to both sides.
	codeExactly(t, c, "Fighting erupted between Sudan's army and the Rapid Support Forces. Saudi Arabia and the UAE offered to mediate.",
		[]triple{{"SDNMIL", "190", "SDNREBRSF", ""}, {"SDNREBRSF", "190", "SDNMIL", ""},
			{"SAU", "039", "SDNMIL", ""}, {"SAU", "039", "SDNREBRSF", ""}, {"ARE", "039", "SDNMIL", ""}, {"ARE", "039", "SDNREBRSF", ""}})
	// "The junta's leader" is the junta's, not the last leaders named.
	codeExactly(t, c, "NIAMEY, Aug 2 (AFP) - African Union leaders suspended Niger's membership following a military coup in Niger. The junta's leader accused France of interference.",
		[]triple{{"IGOAFRAFU", "172", "NER", ""}, {"NERMIL", "1123", "FRA", ""}})
	// "His visit" is the person's.
	codeExactly(t, c, "Mongolia did not arrest Russian President Vladimir Putin during his visit to the country on Tuesday.",
		[]triple{{"MNG", "173", "RUSGOV", dyad.ModeNegated}, {"RUSGOV", "042", "MNG", ""}, {"MNG", "043", "RUSGOV", ""}})
	// A camp for refugees is the refugees it holds.
	codeExactly(t, c, "Burundian militiamen attacked a camp for Congolese refugees.", []triple{{"BDIUAF", "190", "CODREF", ""}})
	// How much trade or exports changed is a figure, no act.
	codeExactly(t, c, "India's exports to the United States fell 20% in August.", []triple{})
	// A gas hub is a project built together.
	codeExactly(t, c, "Turkey and Russia agreed to build a gas hub in Turkey.", []triple{{"TUR", "031", "RUS", ""}, {"RUS", "031", "TUR", ""}})
	// A model's designation is no part of a country's name, and bombers
	// are the military.
	codeExactly(t, c, "U.S. B-2 bombers struck three Iranian nuclear sites overnight.", []triple{{"USAMIL", "195", "IRN", ""}})
	// Strikes across a country's land are on it.
	codeExactly(t, c, "Israel launched strikes across Iran on Friday.", []triple{{"ISR", "190", "IRN", ""}})
	// Punishment vowed for another threatens it.
	codeExactly(t, c, "Iran's Supreme Leader Ayatollah Ali Khamenei vowed that Israel would face a harsh punishment.", []triple{{"IRNGOV", "130", "ISR", ""}})
	codeExactly(t, c, "Putin warned that NATO would face serious consequences.", []triple{{"RUSGOV", "130", "IGOWSTNAT", ""}})
	// "Each side blaming the other": each of the two.
	codeExactly(t, c, "Chinese and Philippine vessels collided near Sabina Shoal on Monday, each side blaming the other for the incident.",
		[]triple{{"CHN", "112", "PHL", ""}, {"PHL", "112", "CHN", ""}})
	// A country that imposes a curfew does so by its government, on
	// itself; protests called treasonous are condemned.
	codeExactly(t, c, "Bangladesh imposed a nationwide curfew on Friday.", []triple{{"BGDGOV", "1723", "BGD", ""}})
	codeExactly(t, c, "Kenyan protesters stormed parliament. President William Ruto called the protests treasonous.",
		[]triple{{"KENOPP", "145", "KENLEG", ""}, {"KENGOV", "111", "KENOPP", ""}})
	// Central Asia's and the Maldives' leaders, by surname and in office
	// on the article's date.
	codeExactly(t, c, "Mirziyoyev thanked Kazakhstan for its support. Muizzu met Rahmon in Dushanbe. Japarov criticised Serdar Berdimuhamedow.",
		[]triple{{"UZBGOV", "051", "KAZ", ""}, {"MDVGOV", "040", "TJKGOV", ""}, {"KGZGOV", "111", "TKMGOV", ""}})
	// An appeal rejected is its maker's; a decision being reconsidered is
	// no act of what it decided.
	codeExactly(t, c, "ECOWAS urged Mali, Burkina Faso and Niger to reconsider their decision to leave the bloc. The three juntas rejected the appeal.",
		[]triple{{"IGOWAFWAS", "0242", "MLI", ""}, {"IGOWAFWAS", "0242", "BFA", ""}, {"IGOWAFWAS", "0242", "NER", ""},
			{"MLIMIL", "120", "IGOWAFWAS", ""}, {"BFAMIL", "120", "IGOWAFWAS", ""}, {"NERMIL", "120", "IGOWAFWAS", ""}})
	codeExactly(t, c, "Russia demanded that Ukraine withdraw from four regions. Kyiv rejected the demand.",
		[]triple{{"RUS", "106", "UKR", ""}, {"UKRGOV", "120", "RUS", ""}})
	// A request received is no visit of whom it came from.
	codeExactly(t, c, "Bangladesh asked India to extradite two opposition leaders. India's foreign ministry confirmed it had received the request.",
		[]triple{{"BGD", "0213", "IND", ""}})
	// Returning somewhere is no release of anyone; returning children is.
	codeExactly(t, c, "France urged Iran to return to the nuclear deal.", []triple{{"FRA", "020", "IRN", ""}})
	codeExactly(t, c, "Ukraine urged Russia to return the deported children.", []triple{{"UKR", "0253", "RUS", ""}})
	// What a noun is armed with is no act of it; "the incident" is the
	// confrontation told before.
	codeExactly(t, c, "Chinese troops armed with clubs attacked Indian soldiers.", []triple{{"CHNMIL", "190", "INDMIL", ""}})
	codeExactly(t, c, "Chinese coast guard vessels fired water cannon at a Philippine supply boat. Manila called the incident an act of piracy.",
		[]triple{{"CHNMIL", "170", "PHL", ""}, {"PHLGOV", "111", "CHNMIL", ""}})
	// Adjectives between a synset phrase's words; "the decision" past a
	// sentence that told no act.
	codeExactly(t, c, "European Union foreign ministers agreed on Tuesday to lift remaining economic sanctions on Syria. "+
		"EU foreign policy chief Kaja Kallas said sanctions on individuals linked to Assad would remain in place. Syrian Foreign Minister Asaad al-Shaibani welcomed the decision.",
		[]triple{{"IGOEUREEC", "085", "SYR", ""}, {"SYRGOV", "051", "IGOEUREEC", ""}})
	// People by their role from countries named are of each of them.
	codeExactly(t, c, "Jaishankar hosted his counterparts from Kazakhstan and Uzbekistan in New Delhi.",
		[]triple{{"INDGOV", "043", "KAZGOV", ""}, {"KAZGOV", "042", "INDGOV", ""}, {"INDGOV", "043", "UZBGOV", ""}, {"UZBGOV", "042", "INDGOV", ""}})
	codeExactly(t, c, "Venezuela's government released 24 political prisoners after talks with a delegation from Norway.",
		[]triple{{"VENGOV", "0841", "VENCVL", ""}, {"VENGOV", "040", "NORGOV", ""}})
	// A person introduced in a sentence that names their country is
	// known by surname after; who a passive condition is done to is not
	// threatened.
	codeExactlyOn(t, c, "NIAMEY, July 26, 2023 (AFP) - Soldiers from Niger's army detained President Mohamed Bazoum. The African Union criticised Bazoum. "+
		"ECOWAS threatened to use force if Bazoum was not reinstated.", "2023-07-26",
		[]triple{{"NERMIL", "173", "NERGOV", ""}, {"IGOAFRAFU", "111", "NERGOV", ""}})
	// A release demanded or called for in the passive is asked of the
	// holder; a participle after a quotation mark describes its noun.
	codeExactlyOn(t, c, "NIAMEY, July 26, 2023 (AFP) - Soldiers detained President Mohamed Bazoum. France demanded that Bazoum be released. The EU called for Bazoum to be freed.", "2023-07-26",
		[]triple{{"NERMIL", "173", "NERGOV", ""}, {"FRA", "1053", "NERMIL", ""}, {"IGOEUREEC", "0253", "NERMIL", ""}})
	// After the coup, the ousted president's reinstatement is what an
	// ultimatum asks for, not done.
	codeExactlyOn(t, c, "ABUJA, July 30, 2023 (Reuters) - ECOWAS on Sunday gave Niger's military junta one week to reinstate ousted President Mohamed Bazoum.", "2023-07-30",
		[]triple{{"IGOWAFWAS", "139", "NER", ""}, {"NERMIL", "0812", "NERELI", dyad.ModeHypothetical}})
	codeExactly(t, c, "Ruto described the protesters as \"organised criminals\".", []triple{{"KENGOV", "111", "KENOPP", ""}})
	// Weather is no one's act; a pattern's words go on past its actor's
	// relative clause.
	codeExactly(t, c, "Nepal's monsoon season, which runs from June to September, kills hundreds of people every year.", []triple{})
	codeExactly(t, c, "China pledged aid for the Afghan earthquake.", []triple{{"CHN", "033", "AFG", ""}})
	codeExactly(t, c, "Lebanese President Joseph Aoun called on the United States and France, which oversee the ceasefire, to press Israel.",
		[]triple{{"LBNGOV", "020", "USA", ""}, {"LBNGOV", "020", "FRA", ""}})
	// An envoy summoned to protest is one complaint, to the envoy's
	// country.
	codeExactly(t, c, "NAIROBI, Oct 1 (Reuters) - Kenya's foreign ministry summoned Uganda's high commissioner to protest against the detention of 11 Kenyan fishermen.",
		[]triple{{"KENGOV", "114", "UGAGOV", ""}})
	// A withdrawal demanded of whom its adjective or possessive names.
	codeExactly(t, c, "Hamas demanded a full Israeli withdrawal from the Gaza Strip.", []triple{{"PSEGOVHMS", "106", "ISR", ""}})
	codeExactly(t, c, "Ukraine demanded Russia's withdrawal from its territory.", []triple{{"UKR", "106", "RUS", ""}})
	// Resolutions are a body's, not a government's protest.
	codeExactly(t, c, "Japan lodged a protest with North Korea. North Korea has rejected the resolutions.", []triple{{"JPN", "114", "PRK", ""}})
	// Responding firmly is a threat of no force named; decisively, of force.
	codeExactly(t, c, "France said it would respond firmly to any Algerian retaliation.", []triple{{"FRA", "130", "DZA", ""}})
	codeExactly(t, c, "Iran said it would respond decisively to any Israeli attack.", []triple{{"IRN", "1384", "ISR", dyad.ModeFuture}})
	// Extraditing someone is cooperation with the country they go to.
	codeExactly(t, c, "Colombia extradited a senior commander of the Clan del Golfo drug cartel to the United States.", []triple{{"COL", "063", "USA", ""}})
	// Fishermen of no country are those named before by the same noun.
	codeExactly(t, c, "HANOI, Oct 2 (Reuters) - Vietnam accused China of assaulting Vietnamese fishermen near the Paracel Islands. "+
		"Ten fishermen were beaten with iron bars by Chinese law enforcement officers. China accused the fishermen of operating illegally.",
		[]triple{{"VNM", "112", "CHN", ""}, {"CHNCOP", "182", "VNMAGR", ""}, {"CHN", "112", "VNMAGR", ""}})
	// Aid sent by the truckload, as a list, into a place.
	codeExactly(t, c, "Egypt sent nearly 200 trucks of food, water and medicine into the Gaza Strip on Friday.", []triple{{"EGY", "073", "PSE", ""}})
	codeExactly(t, c, "Egypt sent 200 trucks of aid to Gaza.", []triple{{"EGY", "070", "PSE", ""}})
	// Calling someone a threat criticises them.
	codeExactly(t, c, "Poland called Russia a threat to European security.", []triple{{"POL", "111", "RUS", ""}})
	// A title's portfolios are the title's, joined by "and" or not; the
	// name after it is a new person's, known by surname after.
	codeExactly(t, c, "Turkish Culture and Tourism Minister Mehmet Nuri Ersoy opened a Turkish cultural centre in Ulaanbaatar. "+
		"Ersoy also met his Mongolian counterpart.",
		[]triple{{"TURGOV", "060", "MNG", ""}, {"TURGOV", "040", "MNGGOV", ""}})
	// An official accused of spying is a noun's phrase; a journalist is of
	// their employer's country; rescue teams and firefighting aircraft are
	// aid; no country breaks relations with itself.
	codeExactly(t, c, "France has expelled an Algerian consular official accused of spying on Algerian dissidents.", []triple{{"FRA", "174", "DZAGOV", ""}})
	codeExactly(t, c, "Russia has ordered a correspondent for German public broadcaster ZDF to leave the country.", []triple{{"RUS", "174", "DEUMED", ""}})
	codeExactly(t, c, "Chile and Argentina sent search-and-rescue teams to southern Peru. Italy sent firefighting aircraft to Greece.",
		[]triple{{"CHL", "073", "PER", ""}, {"ARG", "073", "PER", ""}, {"ITA", "073", "GRC", ""}})
	codeExactly(t, c, "France expelled two Algerian diplomats. The two countries have each expelled diplomats several times this year.",
		[]triple{{"FRA", "161", "DZAGOV", ""}})
	// Whom aid is for stands between it and where it goes.
	codeExactly(t, c, "The World Food Programme delivered food for about 13,000 people to Sudan's Darfur region.", []triple{{"IGOUNOWFP", "073", "SDN", ""}})
	codeExactly(t, c, "Jordan sent aid for more than 500 families to Gaza.", []triple{{"JOR", "070", "PSE", ""}})
	// What trade stood at or reached is a figure; people going to their
	// own country pay it no visit.
	codeExactly(t, c, "India's trade with Switzerland stood at about 19 billion dollars. Trade between China and Russia reached a record 240 billion dollars.", []triple{})
	codeExactly(t, c, "Most of the region's ethnic Armenian residents left for Armenia.", []triple{})
	// A synset word that modifies the phrase's head gives way to the head:
	// a dollar loan is a loan; an IMF arrangement is aid.
	codeExactly(t, c, "The IMF's executive board has approved a three billion dollar stand-by arrangement for Pakistan.", []triple{{"IGOBUSIMF", "071", "PAK", ""}})
	codeExactly(t, c, "Slovakia threatened to cut electricity exports to Ukraine.", []triple{{"SVK", "1312", "UKR", dyad.ModeFuture}})
	// Police of no country are those named before; calling a raid an
	// authoritarian act criticises its doer.
	codeExactly(t, c, "MEXICO CITY, April 6, 2024 (Reuters) - Ecuadorean police raided the Mexican embassy in Quito. Police briefly detained two Mexican diplomats. "+
		"President Andres Manuel Lopez Obrador called the raid 'an authoritarian act'.",
		[]triple{{"ECUCOP", "190", "MEXGOV", ""}, {"ECUCOP", "173", "MEXGOV", ""}, {"MEXGOV", "111", "ECUCOP", ""}})
	// The UN's agencies by what they do.
	codeExactly(t, c, "The United Nations refugee agency urged Pakistan to halt the forced returns. The UN food agency delivered food to Gaza.",
		[]triple{{"IGOUNOREFHCR", "0242", "PAK", ""}, {"IGOUNOWFP", "073", "PSE", ""}})
	// Several who congratulate someone by role congratulate no one of
	// their own number.
	codeExactly(t, c, "French President Emmanuel Macron and European Council President Charles Michel also congratulated the president-elect.", []triple{})
	// One's own commitment, to an infinitive or a gerund, is a pledge;
	// another's obligation is not yet done.
	codeExactly(t, c, "Sheikh Mohamed said the UAE was committed to expanding its investments in Kenya.", []triple{{"ARE", "0311", "KEN", ""}})
	codeExactly(t, c, "Japan committed to provide aid to Ukraine.", []triple{{"JPN", "033", "UKR", ""}})
	// A second city people are in is no government; a second country is
	// one more.
	codeExactly(t, c, "Pakistani police arrested hundreds of Afghans in Karachi and Islamabad.", []triple{{"PAKCOP", "173", "AFG", ""}})
	codeExactly(t, c, "The United States imposed sanctions on five companies in Iran and China.", []triple{{"USA", "163", "IRNBUS", ""}, {"USA", "163", "CHNBUS", ""}})
	// Kosovo's leaders, and Serbia's prime ministers.
	codeExactly(t, c, "Osmani met Vucic in Brussels. Kurti criticised Brnabic.", []triple{{"KSVGOV", "040", "SRBGOV", ""}, {"KSVGOV", "111", "SRBGOV", ""}})
	// Talks wrapped up were held.
	codeExactly(t, c, "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan wrapped up two days of peace talks in Almaty.",
		[]triple{{"AZEGOV", "046", "ARMGOV", ""}, {"ARMGOV", "046", "AZEGOV", ""}})
	// What one has yet to do is not done; funding or a package received
	// is no visit, and recalled is its giver's.
	codeExactly(t, c, "Turkey has yet to ratify Sweden's membership bid.", []triple{{"TUR", "051", "SWE", dyad.ModeNegated}})
	// What no reason or plan is for is not done.
	codeExactly(t, c, "New Delhi saw no reason to resume talks with Islamabad.", []triple{{"INDGOV", "040", "PAKGOV", dyad.ModeNegated}})
	codeExactly(t, c, "Ukraine received EU funding.", []triple{})
	codeExactly(t, c, "The EU adopted a new package of sanctions against Russia. Moscow condemned the package.",
		[]triple{{"IGOEUREEC", "163", "RUS", ""}, {"RUSGOV", "111", "IGOEUREEC", ""}})
	// Money given over some years, to help a country, is aid to it.
	codeExactly(t, c, "Australia will provide 190 million Australian dollars over four years to help the Solomon Islands expand its police force.",
		[]triple{{"AUS", "0331", "SLB", dyad.ModeFuture}})
	codeExactly(t, c, "Australia provided 190 million dollars over four years to the Solomon Islands.", []triple{{"AUS", "071", "SLB", ""}})
	// A warrant recalled is its court's.
	codeExactly(t, c, "The International Criminal Court issued an arrest warrant for Min Aung Hlaing. Myanmar's junta rejected the warrant.",
		[]triple{{"IGOJUDICC", "173", "MMRGOV", ""}, {"MMRMIL", "120", "IGOJUDICC", ""}})
	// Calls for restraint and offers to mediate that name no one are to
	// the sides of the fighting just told of; to its doer alone when it
	// was one-sided; "both governments" are then the sides'.
	codeExactly(t, c, "Ethiopian and Eritrean troops clashed along their border on Saturday. The African Union called for restraint and offered to mediate. "+
		"The United States urged both governments to talk.",
		[]triple{{"ETHMIL", "190", "ERIMIL", ""}, {"ERIMIL", "190", "ETHMIL", ""}, {"IGOAFRAFU", "0256", "ETHMIL", ""}, {"IGOAFRAFU", "0256", "ERIMIL", ""},
			{"IGOAFRAFU", "039", "ETHMIL", ""}, {"IGOAFRAFU", "039", "ERIMIL", ""}, {"USA", "026", "ETHGOV", ""}, {"USA", "026", "ERIGOV", ""},
			{"ETHGOV", "040", "ERIGOV", dyad.ModeHypothetical}, {"ERIGOV", "040", "ETHGOV", dyad.ModeHypothetical}})
	codeExactly(t, c, "Israeli troops killed three Palestinians in Jenin. The UN called for restraint.",
		[]triple{{"ISRMIL", "190", "PSE", ""}, {"IGOUNO", "0256", "ISRMIL", ""}})
	// A group linked to or backed by a country is of that country.
	codeExactly(t, c, "Sweden blamed a hacker group linked to Russia.", []triple{{"SWE", "112", "RUSCRM", ""}})
	codeExactly(t, c, "The United States sanctioned companies linked to Iran.", []triple{{"USA", "163", "IRNBUS", ""}})
	// A denial that names no one answers who accused the denier.
	codeExactly(t, c, "Sweden blamed hackers linked to Russia. Russia's embassy in Stockholm denied any involvement.",
		[]triple{{"SWE", "112", "RUSCRM", ""}, {"RUSGOV", "016", "SWE", ""}})
	// A comment is no step.
	codeExactly(t, c, "The United Nations warned that famine was imminent in northern Gaza. Egypt welcomed the step.", []triple{})
	// What an act followed took place.
	codeExactly(t, c, "The announcement followed talks between China and India in Beijing.",
		[]triple{{"CHN", "040", "IND", ""}, {"IND", "040", "CHN", ""}})
	// Each side's fire kills the other's people.
	codeExactly(t, c, "NEW DELHI, May 11 (PTI) - India and Pakistan exchanged artillery fire on Sunday, killing four civilians.",
		[]triple{{"IND", "194", "PAK", ""}, {"PAK", "194", "IND", ""}, {"PAK", "190", "INDCVL", ""}})
}

// TestInstitutionNoPlace: a word that starts an institution's name is no
// town of that name; a city that names its court is the court's place.
func TestInstitutionNoPlace(t *testing.T) {
	c := placingCoder(t)
	evs := c.Code(article("s", "BRASILIA, Oct 15 (Reuters) - Brazil's Supreme Court sentenced former president Jair Bolsonaro to 27 years in prison. "+
		"The United States condemned the ruling.", "2026-10-15"))
	wantPlaced(t, evs, "Brasília", func(e dyad.Event) bool { return e.Sentence == 0 })
	evs = c.Code(article("l", "ISLAMABAD, May 3 (Reuters) - The Lahore High Court acquitted former prime minister Imran Khan on Friday.", "2024-05-03"))
	wantPlaced(t, evs, "Lahore", nil)
}

// TestBackgroundYear: a year in a "since" clause dates no act of the
// clause before it, nor does it date the next sentence's, and the clause's
// own act is background, no event; the people the dictionaries know stand
// for the article's countries ("the two countries"); and places listed
// after "the situation in" are topics.
func TestBackgroundYear(t *testing.T) {
	txt := "RIYADH, May 19 (SPA) - Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas Araghchi, " +
		"and welcomed the improvement in relations since the two countries restored ties in 2023. " +
		"The two sides also discussed the situation in Yemen and Gaza."
	evs := placingCoder(t).Code(article("b", txt, "2026-05-19"))
	want := []string{"SAUGOV 043 IRNGOV 2026-05-19", "IRNGOV 042 SAUGOV 2026-05-19", "IRN 040 SAU 2026-05-19", "SAU 040 IRN 2026-05-19"}
	var got []string
	for _, e := range evs {
		got = append(got, e.Source.Code+" "+e.Code+" "+e.Target.Code+" "+e.Date)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	wantPlaced(t, evs, "Riyadh", func(e dyad.Event) bool { return e.Sentence == 1 })
}

// TestGuard: a panic while coding an article, a bug, becomes an error that
// names the article; coding that returns gives none.
func TestGuard(t *testing.T) {
	a := &dyad.Article{ID: "x", File: "news.jsonl", Line: 7}
	err := Guard(a, func() { panic("index out of range") })
	if err == nil || err.Article != "x" || err.Line != 7 || err.Stage != "code" || !strings.Contains(err.Msg, "index out of range") {
		t.Errorf("Guard = %v, want an error for article x at news.jsonl:7", err)
	}
	if err := Guard(a, func() {}); err != nil {
		t.Errorf("Guard of a coding that returns = %v, want nil", err)
	}
}

// TestVenueStudents: students at a university named for a place are of
// the place's country, not of a city named later in the sentence; the end
// of the university's name is no "them".
func TestVenueStudents(t *testing.T) {
	txt := "LAHORE, March 15 (APP) - The Ambassador of Turkmenistan to Pakistan called on the Punjab Governor on Monday. " +
		"The ambassador also addressed students at the University of the Punjab and invited them to apply for scholarships in Ashgabat."
	evs := placingCoder(t).Code(article("v", txt, "2026-03-15"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"TKMGOV", "010", "PAKEDU", ""}}, {1, triple{"TKMGOV", "020", "PAKEDU", ""}}})
}

// TestVisitedCityOfficials: the governor met on a visit is the visited
// city's.
func TestVisitedCityOfficials(t *testing.T) {
	codeExactly(t, placingCoder(t), "The Kazakh ambassador visited Samarkand and met the governor.",
		[]triple{{"KAZGOV", "042", "UZB", ""}, {"UZB", "043", "KAZGOV", ""}, {"KAZGOV", "040", "UZBGOV", ""}})
}

// TestActByItsWord: an act noun recalls the act told with its own word
// ("struck" for "the strikes") before another of its kind told after it.
func TestActByItsWord(t *testing.T) {
	codeExactly(t, placingCoder(t), "India struck nine sites in Pakistan early on Wednesday, two weeks after gunmen killed 26 tourists in Pahalgam. Pakistan said the strikes killed civilians.",
		[]triple{{"IND", "190", "PAK", ""}, {"INDUAF", "190", "INDCVL", ""}, {"IND", "190", "PAKCVL", ""}})
}

// TestPeopleWhereActed: people of no country of their own, in a sentence
// that names two, are of the place the act was done in.
func TestPeopleWhereActed(t *testing.T) {
	codeExactly(t, placingCoder(t), "Kyrgyz Ambassador Avazbek Atakhanov visited Lahore on Tuesday and delivered a lecture to students.",
		[]triple{{"KGZGOV", "042", "PAK", ""}, {"PAK", "043", "KGZGOV", ""}, {"KGZGOV", "010", "PAKEDU", ""}})
}

// TestAppealNotTo: an appeal not to do something is an appeal, not a
// visit ("called on"), and what it asks to be left undone is negated.
func TestAppealNotTo(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The United Nations called on Pakistan not to deport Afghan refugees.",
		[]triple{{"IGOUNO", "020", "PAK", ""}, {"PAK", "201", "AFGREF", dyad.ModeNegated}})
	// What one promises to leave undone is a promise to de-escalate.
	codeExactly(t, c, "Russia agreed not to attack Ukraine.",
		[]triple{{"RUS", "0356", "UKR", ""}})
}

// TestHostedMultitude: people a country takes in by the thousand pay it no
// visit; a few ministers do.
func TestHostedMultitude(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Pakistan hosts around three million Afghans.", nil)
	codeExactly(t, c, "Kenya hosted 12,000 pilgrims from Uganda.", nil)
	codeExactly(t, c, "Kenya hosted three Ugandan ministers.",
		[]triple{{"KEN", "043", "UGAGOV", ""}, {"UGAGOV", "042", "KEN", ""}})
}

// TestStatusPassive: a status told in the present passive ("is listed",
// "is not recognised") is a standing state, not the act that gave it.
func TestStatusPassive(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The PKK is listed as a terrorist organisation by Turkey.", nil)
	codeExactly(t, c, "Somaliland is not recognised by any United Nations member state.", nil)
	codeExactly(t, c, "Britain listed the Wagner Group as a terrorist organisation.",
		[]triple{{"GBR", "163", "RUSUAFWGR", ""}})
}

// TestRightsGroupRole: whose rights a group defends is not what the group
// is.
func TestRightsGroupRole(t *testing.T) {
	codeExactly(t, testCoder(t), "BERLIN (AP) - A refugee rights group criticised the government.",
		[]triple{{"DEUHRI", "111", "DEUGOV", ""}})
}

// TestDeportedFew: people deported by the dozen are deported as
// individuals (174); by the thousand, expelled en masse (201).
func TestDeportedFew(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Germany deported 45 Syrian men.", []triple{{"DEU", "174", "SYRCVL", ""}})
	codeExactly(t, c, "Russia deported 20,000 Ukrainian children.", []triple{{"RUS", "201", "UKRCVL", ""}})
}

// TestReportersInCity: reporters told something "in" a city are of its
// country, here the speaker's own press: no statement to Russia's.
func TestReportersInCity(t *testing.T) {
	codeExactly(t, testCoder(t), `MOSCOW (Reuters) - "We call on Russia to release him immediately," spokesman Matthew Miller told reporters in Washington.`,
		[]triple{{"USAGOV", "0253", "RUS", ""}, {"RUS", "0841", "USAGOV", dyad.ModeHypothetical}})
}

// TestSpokespeople: a foreign ministry's spokesperson speaks for the
// government.
func TestSpokespeople(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Spokesman Nasser Kanaani condemned the European Union.",
		[]triple{{"IRNGOV", "111", "IGOEUREEC", ""}})
	codeExactly(t, c, "Foreign Minister Gabrielius Landsbergis accused Belarus of hostage diplomacy.",
		[]triple{{"LTUGOV", "112", "BLR", ""}})
}

// TestVisitingSigner: a signer called "visiting" is on a visit to the
// other signer's country, whether the two sign as a compound subject or
// in the passive.
func TestVisitingSigner(t *testing.T) {
	c := testCoder(t)
	want := []triple{{"CHNGOV", "057", "FRAGOV", ""}, {"FRAGOV", "057", "CHNGOV", ""}, {"FRAGOV", "042", "CHN", ""}, {"CHN", "043", "FRAGOV", ""}}
	codeExactly(t, c, "Chinese Education Minister Huai Jinpeng and visiting French Higher Education Minister Sylvie Retailleau signed the memorandum.", want)
	codeExactly(t, c, "The memorandum was signed in Beijing by Chinese Education Minister Huai Jinpeng and visiting French Higher Education Minister Sylvie Retailleau.", want)
}

// TestUnknownSayer: "he" in what a person no dictionary knows has said is
// that person, not the actor of the sentence before (Milei took office on
// 10 December 2023); a speaker named in full before is still who "he" is.
func TestUnknownSayer(t *testing.T) {
	c := testCoder(t)
	txt := "Brazilian President Luiz Inacio Lula da Silva congratulated Argentina's institutions on a peaceful vote. " +
		"Milei, who takes office on December 10, has said he will not travel to Brazil or China during his first months in office."
	evs := c.Code(article("m", txt, "2023-11-20"))
	if len(evs) != 1 || evs[0].Code != "051" {
		t.Errorf("%q: want only BRAGOV 051 ARG; got %s", txt, show(evs))
	}
	txt = "PRAGUE, May 28, 2025 (AFP) - The network was targeted by the group from 2022, Foreign Minister Jan Lipavsky said. " +
		"Lipavsky said he had summoned the Chinese ambassador over the matter."
	wantInSentences(t, c.Code(article("l", txt, "2025-05-28")), []sentenceTriple{{1, triple{"CZEGOV", "114", "CHNGOV", ""}}})
}

// TestSidesHostedTogether: "the two sides", some sentences after a host
// received the envoys of two countries together, are those two; what they
// agreed to do "in September" is an intent of the article's day.
func TestSidesHostedTogether(t *testing.T) {
	txt := "ANKARA, August 13, 2024 (Anadolu) - Turkish Foreign Minister Hakan Fidan hosted the foreign ministers of Somalia and Ethiopia in Ankara on Tuesday for a second round of talks. " +
		"At the heart of the row is a January memorandum on access to the sea. " +
		"Somaliland has run its own affairs since 1991. " +
		"Fidan told reporters the two sides had made progress and agreed to meet again in September."
	evs := testCoder(t).Code(article("s", txt, "2024-08-13"))
	wantInSentences(t, evs, []sentenceTriple{{3, triple{"SOM", "036", "ETH", ""}}, {3, triple{"ETH", "036", "SOM", ""}}})
	for _, e := range evs {
		if e.Code == "036" && e.Date != "2024-08-13" {
			t.Errorf("%s %s %s dated %s, want the article's day", e.Source.Code, e.Code, e.Target.Code, e.Date)
		}
		if e.Code == "036" && (e.Source.Country == "TUR" || e.Target.Country == "TUR") {
			t.Errorf("%s %s %s: the host is not a side", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestOpenedTalksBetween: a third country that opens or organises talks
// between two mediates between them, and "both delegations" later are the
// two.
func TestOpenedTalksBetween(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Turkey organised talks between Somalia and Ethiopia.",
		[]triple{{"TUR", "045", "SOM", ""}, {"TUR", "045", "ETH", ""}})
	txt := "DOHA, March 3, 2026 (AFP) - Qatar opened a new round of talks between Congo and Rwanda on Monday. " +
		"The conflict has displaced more than seven million people. " +
		"A Qatari minister said both delegations had agreed to a prisoner exchange as a first step."
	wantInSentences(t, c.Code(article("q", txt, "2026-03-03")), []sentenceTriple{
		{0, triple{"QAT", "045", "COD", ""}}, {0, triple{"QAT", "045", "RWA", ""}},
		{2, triple{"CODGOV", "0353", "RWAGOV", ""}}, {2, triple{"RWAGOV", "0353", "CODGOV", ""}},
	})
}

// TestMeasuresRecallSanctions: "the measures" are the sanctions told some
// sentences before, not the summons told just before.
func TestMeasuresRecallSanctions(t *testing.T) {
	txt := "BRUSSELS, July 20, 2023 (Reuters) - The European Union on Thursday imposed sanctions on six Iranian officials. " +
		"Iran's foreign ministry summoned the Spanish ambassador to protest against the decision. " +
		"Spokesman Nasser Kanaani condemned the measures as illegal."
	wantInSentences(t, testCoder(t).Code(article("m", txt, "2023-07-20")), []sentenceTriple{{2, triple{"IRNGOV", "111", "IGOEUREEC", ""}}})
}

// TestTravellerNotOfDestination: a minister of no country named who will
// travel to a capital is the dateline's, not the capital's.
func TestTravellerNotOfDestination(t *testing.T) {
	codeExactly(t, testCoder(t), "MEXICO CITY (EFE) - Economy Minister Marcelo Ebrard will travel to Washington next week.",
		[]triple{{"MEXGOV", "036", "USAGOV", dyad.ModeFuture}, {"USAGOV", "036", "MEXGOV", dyad.ModeFuture}})
}

// TestRetaliatoryMeasures: retaliatory measures promised are a threat of
// non-force; taken, they reduce relations.
func TestRetaliatoryMeasures(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Kremlin spokesman Dmitry Peskov said Moscow would take retaliatory measures against Tallinn.",
		[]triple{{"RUSGOV", "131", "ESTGOV", dyad.ModeFuture}})
	codeExactly(t, c, "Russia took countermeasures against Estonia.", []triple{{"RUS", "160", "EST", ""}})
}

// TestCyberAttack: an attack by hackers, or on a website or a network, is
// no use of military force.
func TestCyberAttack(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Russian hackers attacked the website of Moldova's election commission.", []triple{{"RUSCRM", "170", "MDAGOV", ""}})
	codeExactly(t, c, "Russian drones attacked Kyiv.", []triple{{"RUSMIL", "195", "UKR", ""}})
}

// TestAbideByCeasefire: an appeal to abide by, uphold or honour a
// ceasefire is one to de-escalate.
func TestAbideByCeasefire(t *testing.T) {
	codeExactly(t, testCoder(t), "Saudi Arabia urged Sudan to abide fully by the ceasefire.",
		[]triple{{"SAU", "0256", "SDN", ""}})
}

// TestRiotGear: pepper spray, rubber bullets and the like used on
// demonstrators are violent repression, as tear gas is.
func TestRiotGear(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "BELGRADE (AP) - Riot police used pepper spray against demonstrators.", []triple{{"SRBCOP", "175", "SRBOPP", ""}})
	codeExactly(t, c, "BELGRADE (AP) - Police fired rubber bullets at the crowd.", []triple{{"SRBCOP", "175", "SRBCVL", ""}})
}

// TestForceSaysDetained: people detained, in the words of the police who
// say so, were detained by the police.
func TestForceSaysDetained(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "BELGRADE (AP) - Police said 37 people were detained.", []triple{{"SRBCOP", "173", "SRBCVL", ""}})
	codeExactly(t, c, "BELGRADE (AP) - The ministry said 12 people were arrested.", nil)
	// So do the speaker after the report and the ministry the police
	// answer to.
	codeExactly(t, c, "PORT-AU-PRINCE (AP) - Six suspected gang members were arrested, a police spokesman said.", []triple{{"HTICOP", "173", "HTICRM", ""}})
	codeExactly(t, c, "BELGRADE (AP) - The interior ministry said 12 people were arrested.", []triple{{"SRBGOV", "173", "SRBCVL", ""}})
	codeExactly(t, c, "BELGRADE (AP) - Twelve people were arrested, a ministry spokesman said.", nil)
}

// TestDemandAccountability: accountability or an explanation demanded
// from someone is a demand of them.
func TestDemandAccountability(t *testing.T) {
	codeExactly(t, testCoder(t), "China demanded an explanation from Japan.", []triple{{"CHN", "100", "JPN", ""}})
}

// TestLongHeldAndRecentYears: what has gone on since a decade, a grievance
// long held, and acts summed up "in recent years" are background; an
// accusation told as made is news.
func TestLongHeldAndRecentYears(t *testing.T) {
	c := testCoder(t)
	for _, txt := range []string{
		"Algeria has backed the Polisario Front since the 1970s.",
		"Iraq has long accused Turkey of reducing the flow of the Tigris.",
		"Zagreb has barred several Serbian officials from entering Croatia in recent years.",
	} {
		codeExactly(t, c, txt, nil)
	}
	codeExactly(t, c, "Iraq accused Turkey of reducing the flow of the Tigris.", []triple{{"IRQ", "112", "TUR", ""}})
}

// TestTwoWhoConsulted: "the two" after a telephone call in the same
// sentence are its two sides, not those of the sentence before.
func TestTwoWhoConsulted(t *testing.T) {
	txt := "Kenya's president met Uganda's president in Nairobi. " +
		"Lebanese President Joseph Aoun spoke by telephone with Syrian President Ahmed al-Sharaa later in the day, and the two agreed on an immediate ceasefire."
	evs := testCoder(t).Code(article("c", txt, "2025-03-17"))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"LBNGOV", "0871", "SYRGOV", ""}}, {1, triple{"SYRGOV", "0871", "LBNGOV", ""}}})
	for _, e := range evs {
		if e.Code == "0871" && (e.Source.Country == "KEN" || e.Source.Country == "UGA") {
			t.Errorf("%s %s %s: Kenya and Uganda agreed on nothing", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestEnvoyNotMinistry: an official at a foreign embassy is of the
// embassy's country, whom "the diplomat" recalls; the host's foreign
// ministry is not the envoy's, whose country denies what it said.
func TestEnvoyNotMinistry(t *testing.T) {
	c := testCoder(t)
	txt := "BAMAKO, Aug 18, 2025 (Reuters) - Mali's government on Monday ordered an official at the French embassy in Bamako to leave the country within 72 hours. " +
		"The foreign ministry accused the diplomat of spying for French intelligence. " +
		"France's foreign ministry denied the accusations."
	wantInSentences(t, c.Code(article("e", txt, "2025-08-18")), []sentenceTriple{
		{0, triple{"MLIGOV", "174", "FRAGOV", ""}}, {1, triple{"MLIGOV", "1125", "FRAGOV", ""}}, {2, triple{"FRAGOV", "016", "MLIGOV", ""}},
	})
	txt = "BAMAKO, Aug 18, 2025 (Reuters) - Mali summoned the French ambassador on Monday. The foreign ministry accused the ambassador of interference."
	wantInSentences(t, c.Code(article("a", txt, "2025-08-18")), []sentenceTriple{{1, triple{"MLIGOV", "1123", "FRAGOV", ""}}})
}

// TestAppealToOthers: an appeal to countries of no name is addressed to
// none the article names, not to whom the next phrase names.
func TestAppealToOthers(t *testing.T) {
	txt := "PORT-AU-PRINCE (Reuters) - Haitian Prime Minister Alix Didier Fils-Aime thanked Kenya for its sacrifice and appealed to other countries to honour their pledges of troops and funding."
	codeExactly(t, testCoder(t), txt, []triple{{"HTIGOV", "051", "KEN", ""}})
}

// TestTwoAgencies: "the two agencies", "the two armies" are the pair the
// article is about.
func TestTwoAgencies(t *testing.T) {
	txt := "MANILA (Reuters) - The coast guards of the Philippines and Vietnam held their first joint exercise in Manila Bay on Friday. " +
		"A spokesman said the two agencies had signed an agreement on Thursday to set up a hotline."
	wantInSentences(t, testCoder(t).Code(article("a", txt, "2024-08-09")), []sentenceTriple{{1, triple{"PHL", "057", "VNM", ""}}, {1, triple{"VNM", "057", "PHL", ""}}})
}

// TestProposalRejected: "the proposal" a country rejects, hours later, is
// the appeal made to it, to open negotiations.
func TestProposalRejected(t *testing.T) {
	txt := "LA PAZ (Reuters) - Bolivian President Luis Arce on Tuesday called on Chile to open negotiations on access to the sea. " +
		"Chile's Foreign Minister Alberto van Klaveren rejected the proposal hours later."
	codeExactly(t, testCoder(t), txt, []triple{{"BOLGOV", "026", "CHL", ""}, {"CHLGOV", "120", "BOLGOV", ""}})
}

// TestProposedGerund: what one proposes or considers doing is to come.
func TestProposedGerund(t *testing.T) {
	codeExactly(t, testCoder(t), "Armenian Prime Minister Nikol Pashinyan proposed starting consultations with Azerbaijan.",
		[]triple{{"ARMGOV", "036", "AZE", dyad.ModeFuture}})
}

// TestManyWars: wars counted by the two or three are history summed up.
func TestManyWars(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "India and Pakistan have fought three wars over Kashmir.", nil)
	codeExactly(t, c, "Russia and Ukraine fought a war.", []triple{{"RUS", "190", "UKR", ""}, {"UKR", "190", "RUS", ""}})
}

// TestCoordinatedNounModifier: "humanitarian and development assistance"
// is one thing given.
func TestCoordinatedNounModifier(t *testing.T) {
	codeExactly(t, testCoder(t), "India will provide humanitarian and development assistance to the Maldives.",
		[]triple{{"IND", "0331", "MDV", dyad.ModeFuture}})
}

// TestReplacedMany: those who replace troops change no leadership; a
// president who replaces the army chief does.
func TestReplacedMany(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The Indian troops left the Maldives. They were replaced by Indian civilian technicians.", nil)
	codeExactly(t, c, "KABUL (Reuters) - The president replaced the army chief.", []triple{{"AFGGOV", "0831", "AFGMIL", ""}})
}

// TestDuringVisit: who meets someone "during a visit" of no destination
// named visits the other's country; "during his visit" is the subject's.
func TestDuringVisit(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Kenyan President William Ruto met Xi Jinping in Beijing during a three-day state visit.",
		[]triple{{"KENGOV", "040", "CHNGOV", ""}, {"KENGOV", "042", "CHN", ""}, {"CHN", "043", "KENGOV", ""}})
	codeExactly(t, c, "Kenyan President William Ruto met Xi Jinping during his visit to China.",
		[]triple{{"KENGOV", "040", "CHNGOV", ""}, {"KENGOV", "042", "CHN", ""}, {"CHN", "043", "KENGOV", ""}})
	codeExactly(t, c, "Kenyan President William Ruto spoke by telephone with Xi Jinping during a visit to Japan.",
		[]triple{{"KENGOV", "041", "CHNGOV", ""}, {"KENGOV", "042", "JPN", ""}, {"JPN", "043", "KENGOV", ""}})
}

// TestYearFigure: people counted by the million over a year are a figure,
// not an act; a day's detentions are news.
func TestYearFigure(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "More than 1.2 million migrants were detained by Mexican authorities in 2024.", nil)
	codeExactly(t, c, "Mexican police detained 300 migrants on Monday.", []triple{{"MEXCOP", "173", "MEXREF", ""}})
}

// TestGangInCountry: armed criminals of no country are of the country the
// act was done in; a patrol of officers is the officers.
func TestGangInCountry(t *testing.T) {
	codeExactly(t, testCoder(t), "PORT-AU-PRINCE (Reuters) - Gang members opened fire on a patrol of Kenyan police officers in Haiti's capital.",
		[]triple{{"HTICRM", "190", "KENCOP", ""}})
}

// TestReturnedFire: who returns fire fires at those who attacked them.
func TestReturnedFire(t *testing.T) {
	txt := "BEIRUT (Reuters) - Syrian forces shelled Lebanese border villages on Monday. The Lebanese army said it had returned fire at the sources of the shelling."
	wantInSentences(t, testCoder(t).Code(article("r", txt, "2025-03-17")), []sentenceTriple{{1, triple{"LBNMIL", "190", "SYRMIL", ""}}})
}

// TestOpenToRestoring: being open to restoring relations is an intent;
// an appeal to lift a veto is one to yield.
func TestOpenToRestoring(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Ecuador remained open to restoring relations with Mexico.", []triple{{"ECU", "032", "MEX", ""}})
	codeExactly(t, c, "Ukraine urged Hungary to lift its veto.", []triple{{"UKR", "025", "HUN", ""}})
}

// TestSaiedRejected: a president known by a surname that looks like a
// past tense ("Saied") is the subject of the verb after it.
func TestSaiedRejected(t *testing.T) {
	codeExactly(t, testCoder(t), "TUNIS (Reuters) - Saied rejected an Italian proposal.", []triple{{"TUNGOV", "120", "ITA", ""}})
}

// TestElectionCommission: an election commission is a body of the state.
func TestElectionCommission(t *testing.T) {
	codeExactly(t, testCoder(t), "The Russian government criticised Moldova's central election commission.",
		[]triple{{"RUSGOV", "111", "MDAGOV", ""}})
}

// TestTheNorthFromSeoul: "the North" from Seoul, in an article about North
// Korea and another country, is North Korea.
func TestTheNorthFromSeoul(t *testing.T) {
	txt := "SEOUL, July 11, 2023 (Yonhap) - North Korea threatened on Tuesday to shoot down US spy planes. " +
		"South Korea said it was closely monitoring the North's military."
	wantInSentences(t, testCoder(t).Code(article("n", txt, "2023-07-11")), []sentenceTriple{{1, triple{"KOR", "090", "PRK", ""}}})
}

// TestStandingAndSummed: a recognition withheld as policy ("does not
// recognise") and acts done "several times" are no event; a body's seat is
// not where its act was done.
func TestStandingAndSummed(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Washington does not formally recognise the government in Taipei.", nil)
	codeExactly(t, c, "The two countries have each expelled diplomats several times this year.", nil)
	codeExactly(t, c, "Russia recognises the Taliban government.", []triple{{"RUS", "054", "AFGGOVTAL", ""}})
}

// TestOfficeSeat: "The UN human rights office in Geneva urged Tunisia to
// release" people who are Tunisia's, not Switzerland's.
func TestOfficeSeat(t *testing.T) {
	txt := "TUNIS (AP) - The UN human rights office in Geneva urged Tunisia to release all people detained for exercising their right to free expression."
	evs := placingCoder(t).Code(article("o", txt, "2025-02-04"))
	for _, e := range evs {
		if e.Target.Country == "CHE" {
			t.Errorf("%s %s %s: the people are not Swiss", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestPerfectSummary: a perfect that sums up many acts since a time, or
// describes its subject in a relative clause, tells of no act (violence
// that goes on is coded: TestPartOfStrikes).
func TestPerfectSummary(t *testing.T) {
	c := testCoder(t)
	for _, txt := range []string{
		"Estonia has expelled several Russian diplomats since the start of the war in Ukraine.",
		"Qatar, which has also mediated between Israel and Hamas, hosts Hamas's political office in Doha.",
	} {
		codeExactly(t, c, txt, nil)
	}
	codeExactly(t, c, "Estonia has expelled a Russian diplomat.", []triple{{"EST", "161", "RUSGOV", ""}})
}

// TestHistoryAndStanding: troops deployed since a decade, a recognition
// not granted so far, and what happened during a world war are no news;
// asking an envoy to leave is an expulsion.
func TestHistoryAndStanding(t *testing.T) {
	c := testCoder(t)
	for _, txt := range []string{
		"South Africa has deployed troops to Congo under United Nations missions since the early 2000s.",
		"Uzbekistan has not formally recognised the Taliban administration.",
		"Japan occupied the Philippines during World War Two.",
	} {
		codeExactly(t, c, txt, nil)
	}
	codeExactly(t, c, "Germany asked Chad's ambassador to leave.", []triple{{"DEU", "161", "TCDGOV", ""}})
}

// TestAllegationsAnsweredLate: "the allegations" dismissed near an
// article's end recall the accusation that opened it, and deny it (016,
// as an accusation rejected or dismissed is since f139c04).
func TestAllegationsAnsweredLate(t *testing.T) {
	txt := "OTTAWA (Reuters) - Canada expelled six Indian diplomats on Monday, accusing them of involvement in a campaign of violence. " +
		"India responded hours later. New Delhi said it had no faith in Canada. India's foreign ministry had earlier summoned a Canadian diplomat. " +
		"Prime Minister Justin Trudeau urged India to cooperate with the Canadian police investigation. India's foreign ministry dismissed the allegations as preposterous."
	wantInSentences(t, testCoder(t).Code(article("a", txt, "2024-10-14")), []sentenceTriple{{5, triple{"INDGOV", "016", "CAN", ""}}})
}

// TestActingTitle: "Iran's acting Foreign Minister" is a possessive and a
// title, and a deputy foreign minister met later by surname is his
// country's.
func TestActingTitle(t *testing.T) {
	txt := "BAKU, July 15, 2024 (AFP) - Azerbaijani Deputy Foreign Minister Elnur Mammadov travelled to Tehran on Monday. " +
		"Mammadov held talks with Iran's acting Foreign Minister Ali Bagheri Kani at the foreign ministry."
	wantInSentences(t, testCoder(t).Code(article("a", txt, "2024-07-15")), []sentenceTriple{{1, triple{"AZEGOV", "040", "IRNGOV", ""}}})
}

// TestSidesWhoSpoke: two who spoke directly did so with each other, and
// "both sides" after them are they, not the mediator.
func TestSidesWhoSpoke(t *testing.T) {
	txt := "MUSCAT (AFP) - Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff held indirect talks in Muscat on Saturday. " +
		"Oman's foreign minister carried messages between them. Araghchi and Witkoff also spoke directly for several minutes. Both sides agreed to meet again next week."
	evs := testCoder(t).Code(article("s", txt, "2025-04-12"))
	wantInSentences(t, evs, []sentenceTriple{{2, triple{"IRNGOV", "040", "USAGOV", ""}}, {3, triple{"IRN", "036", "USA", ""}}})
	for _, e := range evs {
		if e.Code == "036" && (e.Source.Country == "OMN" || e.Target.Country == "OMN") {
			t.Errorf("%s %s %s: Oman is no side", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestSentSuspects: cartel figures sent to another country are judicial
// cooperation with it; gang members of no country, in a sentence that
// names none, are the dateline's.
func TestSentSuspects(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Mexico sent 29 imprisoned drug cartel figures to the United States.", []triple{{"MEX", "063", "USA", ""}})
	codeExactly(t, c, "PORT-AU-PRINCE (AFP) - Gang members killed at least 70 people in an attack on the town of Pont-Sonde, the United Nations said.",
		[]triple{{"HTICRM", "190", "HTICVL", ""}})
}

// TestDuringFormerRule: what was done during a former leader's campaign or
// rule is history.
func TestDuringFormerRule(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "MANILA (Reuters) - Thousands of people were killed by police during Duterte's anti-drug campaign.", nil)
	codeExactly(t, c, "MANILA (Reuters) - Police killed two people during a raid on Monday.", []triple{{"PHLCOP", "190", "PHLCVL", ""}})
}

// TestClaimedAttackDoer: an attack by no one named is the group's that
// claimed it, in the same sentence or after.
func TestClaimedAttackDoer(t *testing.T) {
	c := testCoder(t)
	txt := "QUETTA (Reuters) - Gunmen attacked a police station in Quetta on Monday. The Pakistani Taliban claimed responsibility for the attack."
	wantInSentences(t, c.Code(article("c", txt, "2024-10-07")), []sentenceTriple{{0, triple{"PAKREBTTP", "190", "PAKCOP", ""}}, {1, triple{"PAKREBTTP", "015", "PAKCOP", ""}}})
	txt = "KARACHI (Reuters) - A suicide bomb attack on a convoy near Karachi airport killed two Chinese nationals, and the separatist Balochistan Liberation Army claimed responsibility."
	wantInSentences(t, c.Code(article("b", txt, "2024-10-07")), []sentenceTriple{{0, triple{"PAKSEPBLA", "190", "CHNCVL", ""}}})
}

// TestSincePastRelative: "since the 1970s" after a relative clause on the
// object still makes the perfect a background.
func TestSincePastRelative(t *testing.T) {
	codeExactly(t, testCoder(t), "Algeria has backed the Polisario Front, which seeks independence for the territory, since the 1970s.", nil)
}

// TestBorderAgreed: agreeing on a section of a border is an agreement.
func TestBorderAgreed(t *testing.T) {
	codeExactly(t, testCoder(t), "Armenia and Azerbaijan have agreed on the first section of their border.",
		[]triple{{"ARM", "057", "AZE", ""}, {"AZE", "057", "ARM", ""}})
	codeExactly(t, testCoder(t), "China urged Myanmar to agree to an immediate ceasefire.", []triple{{"CHN", "0256", "MMR", ""}})
}

// TestPlacedLevy: a levy placed or tariffs put on goods are sanctions.
func TestPlacedLevy(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Washington placed a new 30 percent levy on Mexican steel.", []triple{{"USAGOV", "163", "MEX", ""}})
	codeExactly(t, c, "The United States put tariffs on Chinese goods.", []triple{{"USA", "163", "CHN", ""}})
}

// TestCongratulatoryMessage: a congratulatory message sent is praise, and
// Southeast Asia's and Sri Lanka's leaders are known.
func TestCongratulatoryMessage(t *testing.T) {
	c := testCoder(t)
	txt := "BEIJING (Xinhua) - Chinese President Xi Jinping sent a congratulatory message to Anura Kumara Dissanayake on his election as president of Sri Lanka."
	wantInSentences(t, c.Code(article("c", txt, "2024-09-23")), []sentenceTriple{{0, triple{"CHNGOV", "051", "LKAGOV", ""}}})
	txt = "PHNOM PENH (AFP) - Cambodian Prime Minister Hun Manet criticised Vietnam."
	wantInSentences(t, c.Code(article("h", txt, "2024-08-06")), []sentenceTriple{{0, triple{"KHMGOV", "111", "VNM", ""}}})
}

// TestAsylumNoVisit: asylum granted is 075, and the refugee's flight to
// the country that granted it is no visit.
func TestAsylumNoVisit(t *testing.T) {
	codeExactly(t, testCoder(t), "MADRID (Reuters) - Spain granted political asylum on Sunday to Venezuelan opposition leader Edmundo Gonzalez, who flew to Madrid aboard a Spanish air force plane.",
		[]triple{{"ESP", "075", "VENOPP", ""}})
}

// TestDeniedThat: denying what a clause says denies the charge its actor
// was last met with; with no charge, it is no event.
func TestDeniedThat(t *testing.T) {
	c := testCoder(t)
	txt := "MOGADISHU (AFP) - Somalia's foreign ministry summoned Kenya's ambassador to protest an incursion by Kenyan troops. Nairobi denied that its soldiers had entered Somali territory."
	wantInSentences(t, c.Code(article("d", txt, "2026-08-14")), []sentenceTriple{{1, triple{"KENGOV", "016", "SOMGOV", ""}}})
	codeExactly(t, c, "NAIROBI (AFP) - Kenya denied that it was planning an attack.", nil)
}

// TestDepositedDollars: money deposited with a country's central bank is
// economic aid to its government.
func TestDepositedDollars(t *testing.T) {
	codeExactly(t, testCoder(t), "Saudi Arabia and the United Arab Emirates deposited a combined three billion dollars with Pakistan's central bank.",
		[]triple{{"SAU", "071", "PAKGOV", ""}, {"ARE", "071", "PAKGOV", ""}})
}

// TestAttackCondemnedBefore: "the attack" recalls an act of violence that
// an earlier condemnation took for its object, when that act was not coded
// itself.
func TestAttackCondemnedBefore(t *testing.T) {
	txt := "ABU DHABI (WAM) - The United Arab Emirates strongly condemned an Israeli strike on Tuesday that targeted a residential compound in Doha. " +
		"Saudi Arabia, Jordan and Egypt also denounced the attack."
	wantInSentences(t, testCoder(t).Code(article("a", txt, "2025-09-09")), []sentenceTriple{
		{1, triple{"SAU", "111", "ISR", ""}}, {1, triple{"JOR", "111", "ISR", ""}}, {1, triple{"EGY", "111", "ISR", ""}},
	})
}

// TestCongratulationsAlsoSent: congratulations sent to no one named go to
// whom the congratulations before went.
func TestCongratulationsAlsoSent(t *testing.T) {
	txt := "BEIJING (Xinhua) - Chinese President Xi Jinping sent a congratulatory message to Anura Kumara Dissanayake on his election as president of Sri Lanka. " +
		"Indian Prime Minister Narendra Modi also sent messages of congratulations."
	wantInSentences(t, testCoder(t).Code(article("c", txt, "2024-09-23")), []sentenceTriple{{1, triple{"INDGOV", "051", "LKAGOV", ""}}})
	codeExactly(t, testCoder(t), "Indian Prime Minister Narendra Modi sent messages of congratulations.", nil)
}

// TestHostGovernment: a government target of a foreign leader's praise,
// of no country named but the leader's, is the dateline's.
func TestHostGovernment(t *testing.T) {
	codeExactly(t, testCoder(t), "DAKAR (AFP) - French President Emmanuel Macron congratulated the president-elect.",
		[]triple{{"FRAGOV", "051", "SENGOV", ""}})
}

// TestHistory: an act the article dates long before its own day is
// background and not coded, but later sentences still recall it.
func TestHistory(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "ISLAMABAD, March 1, 2024 (Reuters) - Pakistan and Kazakhstan established diplomatic relations in 1992.", nil)
	codeExactly(t, c, "ISLAMABAD, March 1, 2024 (Reuters) - Last year, the United States seized an Iranian tanker.", nil)
	codeExactly(t, c, "GENEVA, March 1, 2024 (Reuters) - Switzerland has represented US interests in Iran since 1980, when Washington cut diplomatic ties with Tehran.", nil)
	codeExactly(t, c, "NEW DELHI, March 1, 2024 (Reuters) - Canada accused Indian agents of involvement in the killing of a Sikh leader in 2023. India has denied the accusation.",
		[]triple{{"IND", "016", "CAN", ""}})
	codeExactly(t, c, "MUSCAT, March 1, 2024 (Reuters) - The United States reimposed sanctions on Iran in 2018. Oman said it was ready to mediate between the two sides.",
		[]triple{{"OMN", "039", "USA", ""}, {"OMN", "039", "IRN", ""}})
	// An article of the time is news.
	wantDated(t, c, "Pakistan and Kazakhstan established diplomatic relations in 1992.", "1992-03-01",
		triple{"PAK", "054", "KAZ", ""}, "1992-01-01")
}

// TestSpeakerNoSide: "both warring parties" is a pair, and a state that
// speaks to both sides is not one of them.
func TestSpeakerNoSide(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "GENEVA (Reuters) - Sudan's army clashed with the Rapid Support Forces. The US envoy urged the two warring parties to allow aid convoys.",
		[]triple{{"SDNMIL", "190", "SDNREBRSF", ""}, {"USAGOV", "0255", "SDNMIL", ""}, {"USAGOV", "0255", "SDNREBRSF", ""}})
	codeExactly(t, c, "DOHA (Reuters) - Israel and Qatar held talks. Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani called on both sides to begin negotiations.",
		[]triple{{"ISR", "040", "QAT", ""}, {"QAT", "040", "ISR", ""}, {"QATGOV", "026", "ISR", ""}})
}

// TestAbductionTakenUp: an attack or an abduction is taken up again up to
// six sentences on, and a release of people named anew by "the" is asked
// of those who abducted someone last.
func TestAbductionTakenUp(t *testing.T) {
	codeExactly(t, testCoder(t), "ABUJA, Nov 24, 2025 (AP) - Armed bandits abducted at least 25 students from a boarding school in Nigeria's Zamfara state early on Monday, police said. "+
		"The army said troops had been deployed to forests along the border with Niger. No group has claimed responsibility. "+
		"Kidnapping for ransom has become a lucrative business for armed gangs. Parents gathered at the school. "+
		"UNICEF condemned the attack and called for the immediate and unconditional release of the children.",
		[]triple{{"NGACRM", "181", "NGAEDU", ""}, {"IGOUNOKID", "111", "NGACRM", ""}, {"IGOUNOKID", "0253", "NGACRM", ""}})
}

// TestRespondThreat: a response or retaliation to come is a threat to
// whoever just acted against the threatener's country; one told as done is
// none.
func TestRespondThreat(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Moldova expelled a Russian diplomat. Zakharova said Moscow would respond.",
		[]triple{{"MDA", "161", "RUSGOV", ""}, {"RUSGOV", "130", "MDA", ""}})
	codeExactly(t, c, "Moldova expelled a Russian diplomat. Moscow responded on Friday.",
		[]triple{{"MDA", "161", "RUSGOV", ""}})
	codeExactly(t, c, "The United States imposed tariffs on Chinese goods. China vowed to retaliate.",
		[]triple{{"USA", "163", "CHN", ""}, {"CHN", "130", "USA", ""}})
}

// TestActingAfterVerb: "acting" before a title, after a verb, is the
// title's adjective, not a verb of its own.
func TestActingAfterVerb(t *testing.T) {
	codeExactly(t, testCoder(t), "Anwar hosted acting Thai Prime Minister Phumtham Wechayachai for talks.",
		[]triple{{"MYSGOV", "043", "THAGOV", ""}, {"THAGOV", "042", "MYSGOV", ""}})
}

// TestHeavyFireExchanged: artillery and rockets exchanged are 194, each
// side's at the other.
func TestHeavyFireExchanged(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Thai and Cambodian troops exchanged artillery and rocket fire along the border.",
		[]triple{{"THAMIL", "194", "KHMMIL", ""}, {"KHMMIL", "194", "THAMIL", ""}})
	codeExactly(t, c, "Thai troops exchanged artillery fire with Cambodian forces.",
		[]triple{{"THAMIL", "194", "KHMMIL", ""}})
}

// TestOccasionDate: a date that ends the phrase of an occasion, past
// another verb, is the occasion's: the accusation is of the article's day,
// not of the elections' month (nor, told in the past, of a year before).
func TestOccasionDate(t *testing.T) {
	txt := "CHISINAU, Jul 4, 2025 (Reuters) - Sandu accused Russia of spending millions of euros to interfere in the elections in September."
	evs := testCoder(t).Code(article("occasion", txt, ""))
	if len(evs) != 1 || evs[0].Code != "112" || evs[0].Date != "2025-07-04" {
		t.Errorf("want MDAGOV 112 RUS of 2025-07-04; got %s", show(evs))
	}
}

// TestOwnerNotSubject: "its" after "and" is the owner "and" joins it to,
// and no person's; a possessive that stands for another actor than the
// subject names someone the subject acts on.
func TestOwnerNotSubject(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Colombia accused the ELN and its leaders of war crimes.",
		[]triple{{"COL", "1121", "COLREBELN", ""}, {"COL", "1121", "COLREB", ""}})
	txt := "Colombian President Gustavo Petro spoke on Monday. Petro suspended peace talks with the ELN on Friday, accusing its commanders of committing war crimes."
	wantInSentences(t, c.Code(article("owner", txt, "2025-01-20")), []sentenceTriple{{1, triple{"COLGOV", "1124", "COLREB", ""}}})
}

// TestContinentNoPlace: a trip to a continent is to no country: not to a
// town named Asia, nor to "America" of "Latin America".
func TestContinentNoPlace(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Trump, on his first trip to Asia since returning to the White House, was welcomed by Anwar at the airport.",
		[]triple{{"MYSGOV", "043", "USAELI", ""}, {"USAELI", "042", "MYSGOV", ""}})
	codeExactly(t, c, "Trump made a trip to Latin America.", []triple{})
}

// TestSituationNoDoer: what a situation did, in the passive, is no one's
// act, wherever it was.
func TestSituationNoDoer(t *testing.T) {
	codeExactly(t, testCoder(t), "The United Nations says more than two million people have been displaced by the violence in Burkina Faso.", []triple{})
}

// TestCourtNotHim: "him" is no court, and who is handed over to a court is
// not whom the handing over is done with.
func TestCourtNotHim(t *testing.T) {
	txt := "MANILA, Mar 12, 2025 (AP) - Philippine authorities handed former President Rodrigo Duterte over to the International Criminal Court on Wednesday, a day after police arrested him at Manila's airport."
	evs := testCoder(t).Code(article("court", txt, ""))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"PHLGOV", "063", "IGOJUDICC", ""}}})
	for _, e := range evs {
		if e.Code == "173" && e.Target.Code != "PHLELI" {
			t.Errorf("police arrested %s, want Duterte (PHLELI)", e.Target.Code)
		}
	}
}

// TestOwnForcesOrdered: a government orders its own army, not the last
// army named.
func TestOwnForcesOrdered(t *testing.T) {
	txt := "The Israeli army struck targets in southern Lebanon on Monday. The Lebanese cabinet ordered the army to draw up a plan to disarm Hezbollah."
	for _, e := range testCoder(t).Code(article("own", txt, "2025-08-29")) {
		if e.Source.Code == "ISRMIL" && e.Sentence == 1 || e.Target.Code == "ISRMIL" && e.Sentence == 1 {
			t.Errorf("the army of the Lebanese cabinet is Lebanon's; got %s %s %s", e.Source.Code, e.Code, e.Target.Code)
		}
	}
}

// TestCalledMeasures: calling the measures economic terrorism, in quotation
// marks or not, or the move deeply unfair, criticises who took them.
func TestCalledMeasures(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct{ txt, critic string }{
		{"The United States imposed sanctions on Iran. Iran called the measures \"economic terrorism\".", "IRN"},
		{"The United States imposed a tariff on Indian goods. India called the move \"deeply unfair\".", "IND"},
	} {
		evs := c.Code(article("called", tt.txt, "2025-08-06"))
		wantInSentences(t, evs, []sentenceTriple{{1, triple{tt.critic, "111", "USA", ""}}})
	}
}

// TestCountOfThem: "dozens of them" are those "them" stands for, two
// joined by "and" both of them; "the two sides" after "both leaders" are
// the leaders' countries.
func TestCountOfThem(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Police fired tear gas at Mozambican protesters and detained dozens of them.",
		[]triple{{"MOZCOP", "175", "MOZOPP", ""}, {"MOZCOP", "173", "MOZOPP", ""}})
	txt := "WASHINGTON, Aug 8, 2025 (AFP) - Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House on Friday. " +
		"Trump also met Pashinyan and Aliyev separately and signed bilateral agreements with each of them. " +
		"Both leaders thanked Trump for his role in the process. The two sides did not sign a full peace treaty, however."
	wantInSentences(t, c.Code(article("them", txt, "")), []sentenceTriple{
		{1, triple{"USAGOV", "057", "ARMGOV", ""}}, {1, triple{"USAGOV", "057", "AZEGOV", ""}},
		{3, triple{"ARM", "057", "AZE", dyad.ModeNegated}}, {3, triple{"AZE", "057", "ARM", dyad.ModeNegated}}})
}

// TestPeoplesGovernment: the government a country's protesters accuse is
// theirs, not the foreign one named last.
func TestPeoplesGovernment(t *testing.T) {
	txt := "BELGRADE, Mar 16, 2025 (Reuters) - Tens of thousands of Serbians rallied in Belgrade on Saturday against President Aleksandar Vucic. " +
		"Vucic accused Croatia of financing the protest movement. Croatia's foreign ministry rejected the allegation as absurd. " +
		"The protesters accuse the government of corruption."
	wantInSentences(t, testCoder(t).Code(article("people", txt, "")), []sentenceTriple{{3, triple{"SRBOPP", "1121", "SRBGOV", ""}}})
}

// TestCurrencyOfCountry: a sum in a country's currency is money, not the
// country: "50 million US dollars in aid to Ukraine" goes to Ukraine.
func TestCurrencyOfCountry(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Japan pledged 50 million US dollars in aid to Ukraine.", []triple{{"JPN", "033", "UKR", ""}})
	codeExactly(t, c, "Australian Prime Minister Anthony Albanese announced 50 million Australian dollars in budget support for the Solomon Islands.",
		[]triple{{"AUSGOV", "071", "SLB", ""}})
}

// TestRejectedAsVoid: what is rejected as null and void may follow the
// verdict; a memorandum of understanding is a document.
func TestRejectedAsVoid(t *testing.T) {
	c := testCoder(t)
	evs := c.Code(article("void", "Somalia rejected as \"null and void\" a memorandum of understanding between Ethiopia and Somaliland.", "2024-01-03"))
	if !hasEvent(evs, triple{"SOM", "127", "ETH", ""}) {
		t.Errorf("want SOM 127 ETH; got %s", show(evs))
	}
	codeExactly(t, c, "Somalia rejected as null and void the memorandum signed by Ethiopia.", []triple{{"SOM", "120", "ETH", ""}})
}

// TestMeansMode: the means ("by expelling") shares the mode of the act it
// is the means of.
func TestMeansMode(t *testing.T) {
	c := testCoder(t)
	for _, tt := range []struct {
		txt  string
		mode dyad.Mode
	}{
		{"Germany will respond by expelling Chad's ambassador.", dyad.ModeFuture},
		{"Germany responded by expelling Chad's ambassador.", dyad.ModeAsserted},
		{"Germany did not respond by expelling Chad's ambassador.", dyad.ModeNegated},
	} {
		evs := c.Code(article("means", tt.txt, "2024-03-01"))
		if len(evs) != 1 || evs[0].Mode != tt.mode {
			t.Errorf("%q: want one event, %s; got %s", tt.txt, tt.mode, show(evs))
		}
	}
}

// TestCrossingPeople: people who cross a border invade nothing.
func TestCrossingPeople(t *testing.T) {
	codeExactly(t, testCoder(t), "Asylum seekers from Syria crossed into Finland.", []triple{})
	codeExactly(t, testCoder(t), "Russian troops crossed into Ukraine.", []triple{{"RUSMIL", "190", "UKR", ""}})
}

// TestRenewedCall: a call renewed, repeated or issued is an appeal, with
// a possessive before it or a pronoun's.
func TestRenewedCall(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Vietnam renewed its call for Cambodia to share data on the canal.", []triple{{"VNM", "020", "KHM", ""}})
	codeExactly(t, c, "Vietnam's foreign ministry renewed Hanoi's call for Cambodia to share data.", []triple{{"VNMGOV", "020", "KHM", ""}})
	codeExactly(t, c, "The ILO repeated its demand for Israel to ease restrictions.", []triple{{"IGOUNOLABILO", "100", "ISR", ""}})
}

// TestOwnObjection: a possessive the pattern skipped is no target when it
// is the subject's own, and export controls on goods to a country are on
// the country.
func TestOwnObjection(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Turkey dropped its objections to Sweden's bid.", []triple{{"TUR", "080", "SWE", ""}})
	codeExactly(t, c, "China imposed export controls on rare earths to the United States.", []triple{{"CHN", "163", "USA", ""}})
}

// TestPurposePastDate: an invitation's purpose is to come past a date
// between them.
func TestPurposePastDate(t *testing.T) {
	evs := testCoder(t).Code(article("purpose", "Mirziyoyev invited Japarov and Rahmon to a trilateral summit in Tashkent later this month to discuss water and energy.", "2025-03-13"))
	for _, e := range evs {
		if e.Code == "040" && e.Mode != dyad.ModeHypothetical {
			t.Errorf("%s 040 %s: want hypothetical, got %s", e.Source.Code, e.Target.Code, e.Mode)
		}
	}
}

// TestMetToDiscuss: talks that a meeting was held for are the meeting's
// own, told, no intent to come.
func TestMetToDiscuss(t *testing.T) {
	codeExactly(t, testCoder(t), "Armenian and Azerbaijani officials met on the border on Wednesday to discuss the delimitation of the frontier.",
		[]triple{{"ARMGOV", "040", "AZEGOV", ""}, {"AZEGOV", "040", "ARMGOV", ""}})
}

// TestPromisedNot: a promise not to attack is an intent to de-escalate,
// not an attack that did not happen.
func TestPromisedNot(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The Houthis agreed not to attack US vessels.", []triple{{"YEMREBHTH", "0356", "USA", ""}})
	codeExactly(t, c, "The Houthis did not attack US vessels.", []triple{{"YEMREBHTH", "190", "USA", dyad.ModeNegated}})
}

// TestOrganisationsPositions: an organisation's positions are its own,
// whom firing on them is done to, past a relative clause set off.
func TestOrganisationsPositions(t *testing.T) {
	codeExactly(t, testCoder(t), "The United Nations, which has 10,000 peacekeepers in Lebanon, said Israeli troops had fired on its positions.",
		[]triple{{"ISRMIL", "190", "IGOUNO", ""}})
}

// TestTradeMeasures: exports of goods banned to a country, companies added
// to a blacklist and tariffs postponed are measures on the country.
func TestTradeMeasures(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "China banned exports of gallium, germanium and antimony to the United States.", []triple{{"CHN", "163", "USA", ""}})
	codeExactly(t, c, "Washington added 140 Chinese companies to a trade restriction list.", []triple{{"USAGOV", "163", "CHNBUS", ""}})
	codeExactly(t, c, "The United States postponed tariffs on Mexico.", []triple{{"USA", "085", "MEX", ""}})
}

// TestStrikesStepped: strikes or attacks intensified or stepped up are
// more of them, air strikes 195; to come, a threat.
func TestStrikesStepped(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Israel stepped up air strikes on Gaza.", []triple{{"ISR", "195", "PSE", ""}})
	codeExactly(t, c, "Russia intensified its attacks on Ukraine's energy grid.", []triple{{"RUS", "190", "UKR", ""}})
	codeExactly(t, c, "Israel warned that it would intensify its strikes across Lebanon if Hezbollah was not disarmed.",
		[]triple{{"ISR", "1384", "LBN", dyad.ModeFuture}})
}

// TestAttackRecalledLate: an article's attack is "the attack" to its end.
func TestAttackRecalledLate(t *testing.T) {
	txt := "HANOI, Oct 3, 2024 (Reuters) - Chinese forces attacked a Vietnamese fishing boat near the Paracel Islands on Sunday. " +
		"Ten fishermen were injured. The boat returned to port. Vietnam has long fished in the area. China claims most of the sea. " +
		"Talks have been held for years. The Philippines expressed solidarity with Vietnam. The US State Department called the attack \"dangerous and unlawful\"."
	wantInSentences(t, testCoder(t).Code(article("late", txt, "")), []sentenceTriple{{7, triple{"USAGOV", "111", "CHNMIL", ""}}})
	// So are its strikes, after the reactions of both sides.
	txt = "SANAA/WASHINGTON, Jan 12, 2024 (Reuters) - U.S. and British warplanes struck more than 60 Houthi targets in Yemen overnight. " +
		"The Houthis have attacked dozens of ships since November. Hours after the strikes, the Houthis fired a missile toward a destroyer. " +
		"Houthi military spokesman Yahya Saree said the group would retaliate. U.S. President Joe Biden said the strikes were a defensive action. " +
		"Oman, which has mediated between Washington and the Houthis, criticised the strikes."
	wantInSentences(t, testCoder(t).Code(article("strikes", txt, "")), []sentenceTriple{{5, triple{"OMN", "111", "USAMIL", ""}}, {5, triple{"OMN", "111", "GBRMIL", ""}}})
}

// TestActedOnWhatCalled: "what both sides described as" names the object
// of the verb before it, a noun event's or a pattern's.
func TestActedOnWhatCalled(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Iran and the United States held what both sides described as constructive talks in Oman.",
		[]triple{{"IRN", "040", "USA", ""}, {"USA", "040", "IRN", ""}})
	codeExactly(t, c, "Russia signed what officials described as a landmark agreement with China.", []triple{{"RUS", "057", "CHN", ""}})
}

// TestSignedWhere: the place after an agreement's own phrase is where it
// was signed, not with whom.
func TestSignedWhere(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "M23 rebels and the Congolese government signed a declaration of principles in Doha on Saturday.",
		[]triple{{"CODREBM23", "057", "CODGOV", ""}, {"CODGOV", "057", "CODREBM23", ""}})
	codeExactly(t, c, "Russia and China signed a declaration of principles in Doha.", []triple{{"RUS", "057", "CHN", ""}, {"CHN", "057", "RUS", ""}})
}

// TestDiscussedWith: what one discusses with another, a policy option too,
// is a consultation, by telephone a call.
func TestDiscussedWith(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Iraqi Prime Minister Mohammed Shia al-Sudani discussed the strikes with Turkish President Recep Tayyip Erdogan by telephone on Thursday.",
		[]triple{{"IRQGOV", "041", "TURGOV", ""}})
	codeExactly(t, c, "Germany discussed sanctions with France.", []triple{{"DEU", "040", "FRA", ""}})
	codeExactly(t, c, "The EU discussed new sanctions against Russia.", []triple{{"IGOEUREEC", "014", "RUS", ""}})
}

// TestParticipleAside: a participle set off after the sentence's subject
// is the subject's act.
func TestParticipleAside(t *testing.T) {
	codeExactly(t, testCoder(t), "Saudi Foreign Minister Prince Faisal bin Farhan, speaking by telephone with Iranian Foreign Minister Abbas Araghchi on Wednesday, urged Tehran to cooperate.",
		[]triple{{"SAUGOV", "041", "IRNGOV", ""}, {"SAUGOV", "020", "IRNGOV", ""}})
}

// TestIncludedDoers: "Several leaders, including X," are X.
func TestIncludedDoers(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "BRUSSELS, Dec 15, 2023 (Reuters) - Several leaders, including Estonian Prime Minister Kaja Kallas, accused Orban of holding the bloc hostage.",
		[]triple{{"ESTGOV", "112", "HUNGOV", ""}})
	codeExactly(t, c, "Western countries, including France and Germany, condemned Russia.", []triple{{"FRA", "111", "RUS", ""}, {"DEU", "111", "RUS", ""}})
}

// TestVetoedAid: aid vetoed is a veto of whose package it was, and no aid.
func TestVetoedAid(t *testing.T) {
	codeExactly(t, testCoder(t), "Hungary vetoed a 50 billion euro package of European Union financial aid for Ukraine early on Friday.",
		[]triple{{"HUN", "129", "IGOEUREEC", ""}})
	codeExactly(t, testCoder(t), "Zelenskiy welcomed the decision to start accession negotiations.", nil)
	// Sanctions blocked are none imposed.
	codeExactlyOn(t, testCoder(t), "SEOUL, Jan 4, 2026 (AP) - Russia and China have blocked further UN sanctions on Pyongyang since 2022.", "2026-01-04", nil)
}

// TestReleasesRecalledLate: reactions to prisoners' release close an
// article, eight sentences on.
func TestReleasesRecalledLate(t *testing.T) {
	txt := "HAVANA, Jan 16, 2025 (AP) - Cuba began releasing some of the 553 prisoners it had promised to free. Ferrer was among them. " +
		"The island has long been under sanctions. Rights groups count more prisoners. The church mediated. Talks went on for weeks. " +
		"Families waited outside the prisons. The Vatican's secretary of state, Cardinal Pietro Parolin, welcomed the releases."
	wantInSentences(t, testCoder(t).Code(article("late", txt, "")), []sentenceTriple{{7, triple{"VATGOV", "051", "CUB", ""}}})
}

// TestMoveNotHistory: what history tells, untargeted, is no move the news
// reacts to.
func TestMoveNotHistory(t *testing.T) {
	codeExactly(t, testCoder(t), "HAVANA, Jan 16, 2025 (AP) - Cuba freed prisoners. Cuba has been on the US terrorism list since 2021, when the first Trump administration "+
		"returned it to the list days before leaving office. Republican senator Marco Rubio, Trump's nominee for secretary of state, criticised the move.",
		[]triple{{"CUB", "0841", "CUBCVL", ""}})
}

// TestSaidAndDemanded: past a comma after a past perfect, "and" goes on
// with the speaker; without one, with the perfect's own subject.
func TestSaidAndDemanded(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Chinese foreign ministry spokeswoman Mao Ning said Takaichi's remarks had caused anger in China, and demanded that Tokyo retract them.",
		[]triple{{"CHNGOV", "1042", "JPNGOV", ""}})
	codeExactly(t, c, "Ugandan opposition leader Bobi Wine said Ugandan soldiers had surrounded his home and placed him under house arrest.",
		[]triple{{"UGAMIL", "173", "UGAOPP", ""}})
}

// TestPlannedTariffsPaused: a participle before a number or a noun after a
// finite verb modifies it; airspace closed to flights from a country is
// closed to it.
func TestPlannedTariffsPaused(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "The United States paused planned 25 percent tariffs on Mexican goods.", []triple{{"USA", "085", "MEX", ""}})
	codeExactly(t, c, "Algiers also closed its airspace to flights to and from Mali on Monday.", []triple{{"DZAGOV", "163", "MLI", ""}})
}

// TestMeetingToDiscuss: talks a meeting to come is held for are the
// meeting's own.
func TestMeetingToDiscuss(t *testing.T) {
	codeExactly(t, testCoder(t), "Thai and Cambodian commanders are due to meet on Tuesday to discuss the truce.",
		[]triple{{"THAMIL", "036", "KHMMIL", dyad.ModeFuture}, {"KHMMIL", "036", "THAMIL", dyad.ModeFuture}})
}

// TestToldThatAndAccused: "told lawmakers on Wednesday that X had done Y,
// and accused" is the teller's accusation.
func TestToldThatAndAccused(t *testing.T) {
	codeExactly(t, testCoder(t), "Greek Defence Minister Nikos Dendias told lawmakers on Wednesday that Turkish fighter jets had violated Greek airspace 11 times on Monday, and accused Ankara of undermining the improvement in relations.",
		[]triple{{"TURMIL", "128", "GRC", ""}, {"GRCMIL", "112", "TURGOV", ""}})
}

// TestResolutionCalling: a text adopted or issued calls on whom it names,
// a vetoed one on no one; a country's warring parties are the country, no
// act of it.
func TestResolutionCalling(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Russia issued a statement calling on Sudan to halt hostilities.", []triple{{"RUS", "0242", "SDN", ""}})
	codeExactly(t, c, "The UN Security Council adopted a resolution calling on Sudan's warring parties to halt hostilities.", []triple{{"IGOUNO", "0242", "SDN", ""}})
	codeExactly(t, c, "Russia on Monday vetoed a UN Security Council resolution calling on Sudan's warring parties to halt hostilities.", []triple{{"RUS", "129", "IGOUNO", ""}})
}

// TestSaidByMeans: by what means something was said stands between the
// verb and what it says.
func TestSaidByMeans(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Haitian gang leader Jimmy Cherizier threatened in a video posted online to attack Kenyan police officers.",
		[]triple{{"HTICRM", "1384", "KENCOP", ""}})
	codeExactly(t, c, "The US president warned on social media that Washington would cut aid to Honduras if the results were altered.",
		[]triple{{"USAGOV", "1311", "HND", dyad.ModeFuture}})
	evs := c.Code(article("call", "ABUJA, Feb 11, 2025 (AFP) - ECOWAS urged Niger's military rulers to free Bazoum. "+
		"Niger's junta leader rejected the call in a televised address hours later.", ""))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"NERMIL", "120", "IGOWAFWAS", ""}}})
}

// TestClosureCriticised: crossings closed on a border with a country are
// closed to it, and "the closure" recalls who closed them; a step called
// hostile is criticised.
func TestClosureCriticised(t *testing.T) {
	c := testCoder(t)
	evs := c.Code(article("closure", "Poland closed all crossings on its border with Belarus overnight. "+
		"Belarusian foreign ministry spokesman Ruslan Varankov criticised the closure as unfriendly.", ""))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"POL", "191", "BLR", ""}}, {1, triple{"BLRGOV", "111", "POL", ""}}})
	evs = c.Code(article("step", "Moldova expelled a Russian diplomat on Wednesday. "+
		"Russian foreign ministry spokeswoman Maria Zakharova called the expulsion \"another hostile step\".", ""))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"RUSGOV", "111", "MDA", ""}}})
}

// TestSaleApproved: a sale of weapons approved to a country is the intent
// to give them, past their worth, and "the sale" recalls it.
func TestSaleApproved(t *testing.T) {
	evs := testCoder(t).Code(article("sale", "The US State Department has approved the possible sale to Taiwan of $640 million worth of air defence missile components. "+
		"China's foreign ministry condemned the sale.", ""))
	wantInSentences(t, evs, []sentenceTriple{{0, triple{"USAGOV", "0332", "TWN", ""}}, {1, triple{"CHNGOV", "111", "USAGOV", ""}}})
}

// TestMoreCooperationPledged: joint exercises or patrols agreed to be
// expanded or stepped up, and warships pledged to a navy, are intents.
func TestMoreCooperationPledged(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Japan and the Philippines agreed on Friday to expand joint naval exercises in the South China Sea.",
		[]triple{{"JPN", "0312", "PHL", ""}, {"PHL", "0312", "JPN", ""}})
	codeExactly(t, c, "Malaysia and Thailand agreed to step up joint patrols along their border.",
		[]triple{{"MYS", "0312", "THA", ""}, {"THA", "0312", "MYS", ""}})
	codeExactly(t, c, "Japan also pledged to give the Philippine navy two decommissioned destroyers.", []triple{{"JPN", "0332", "PHLMIL", ""}})
}

// TestSharedHead: nouns joined by "and" before the head a pattern names
// modify it: "a trade and economic partnership agreement".
func TestSharedHead(t *testing.T) {
	codeExactly(t, testCoder(t), "India and Japan signed a trade and economic partnership agreement.",
		[]triple{{"IND", "057", "JPN", ""}, {"JPN", "057", "IND", ""}})
	codeExactly(t, testCoder(t), "A trade and economic partnership agreement was signed on Sunday by India and Japan.",
		[]triple{{"IND", "057", "JPN", ""}, {"JPN", "057", "IND", ""}})
}

// TestToldLongAgo: an act to come, told long before the article, is
// history.
func TestToldLongAgo(t *testing.T) {
	c := testCoder(t)
	codeExactlyOn(t, c, "ABUJA, Dec 10, 2025 (Reuters) - Mali, Burkina Faso and Niger announced in January 2024 that they would leave ECOWAS.", "2025-12-10", nil)
	codeExactlyOn(t, c, "ABUJA, Dec 10, 2025 (Reuters) - Mali announced on Monday that it would expel the French ambassador.", "2025-12-10",
		[]triple{{"MLI", "1313", "FRAGOV", dyad.ModeFuture}})
}

// TestTwoEnvoys: "the two envoys" are the two parties the article met.
func TestTwoEnvoys(t *testing.T) {
	evs := testCoder(t).Code(article("envoys", "MUSCAT, April 13, 2025 (Reuters) - Iranian Foreign Minister Abbas Araqchi and US envoy Steve Witkoff held indirect talks in Oman on Saturday. "+
		"The two envoys also spoke directly for several minutes after the talks ended, Iran's foreign ministry said.", ""))
	wantInSentences(t, evs, []sentenceTriple{{1, triple{"USAGOV", "040", "IRNGOV", ""}}, {1, triple{"IRNGOV", "040", "USAGOV", ""}}})
}

// TestArrivedToFaceCharges: one brought to a court to answer to it pays no
// visit; one who comes to meet does.
func TestArrivedToFaceCharges(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Former Philippine president Rodrigo Duterte arrived in The Hague on Wednesday to face charges of crimes against humanity at the International Criminal Court.", nil)
	codeExactly(t, c, "Modi arrived in Moscow on Monday to meet Putin.",
		[]triple{{"INDGOV", "042", "RUS", ""}, {"RUS", "043", "INDGOV", ""}, {"INDGOV", "036", "RUSGOV", dyad.ModeFuture}})
}

// TestCalledAlly: calling a country a reliable ally or a brotherly country
// praises it.
func TestCalledAlly(t *testing.T) {
	c := testCoder(t)
	codeExactly(t, c, "Tokayev called Uzbekistan a reliable strategic ally.", []triple{{"KAZGOV", "051", "UZB", ""}})
	codeExactly(t, c, "Erdogan described Azerbaijan as a brotherly country.", []triple{{"TURGOV", "051", "AZE", ""}})
}
