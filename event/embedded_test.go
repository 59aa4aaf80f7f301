package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley"
	"github.com/parleyproject/parley/text"
)

// TestEmbeddedRules codes sentences with the whole pipeline and the
// embedded dictionaries, and checks rules that live in the data files: a
// pattern or lexicon class whose effect only the full pipeline shows.
func TestEmbeddedRules(t *testing.T) {
	p, err := parley.New(parley.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sentence string
		// ok judges the asserted events coded.
		ok func(evs []text.Event) bool
	}{
		{"a particle after the object leaves the object to the pattern; putting tools down is a strike", "Dock workers in Chile put their tools down on Wednesday. The rebels laid their arms down on Monday. Police in Chile put down the strikers.",
			func(evs []text.Event) bool {
				return hasSource(evs, "143", "CHLLAB") && hasSource(evs, "0873", "---REB") && hasSource(evs, "175", "CHLCOP") && countCode(evs, "175") == 1
			}},
		{"handing over or giving up one's own weapons lays them down; handing over rifles to an army is aid", "The militants handed over their arms and ammunition to the federal government. About 300 fighters gave up their weapons on Monday. The rebels agreed to hand over their weapons. The United States handed over 30 rifles to the Afghan army.",
			func(evs []text.Event) bool {
				return hasSource(evs, "0873", "---REB") && countCode(evs, "0873") == 2 && hasSource(evs, "0356", "---REB") && hasDyad(evs, "072", "USA", "AFGMIL")
			}},
		{"'free' after 'to' before its object is the verb, and an infinitive after the target is no word of 'set + free'", "Poland urged Ukraine to free the prisoners. Rebels set the hostages free on Monday. Ghana is set to free Togo.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0253", "POL", "UKR") && hasDyad(evs, "0841", "---REB", "---CVL") && countCode(evs, "0841") == 1
			}},
		{"'cannot' in a statement refuses, as 'will not' does; a passive says what cannot be done, no refusal", "Bangladesh told the UN it cannot accept any more refugees. Romania said it cannot cooperate with Hungary. The prisoner cannot be released from jail, the court said.",
			func(evs []text.Event) bool {
				return hasSource(evs, "122", "BGD") && hasDyad(evs, "12", "ROU", "HUN") && countCode(evs, "1243") == 0
			}},
		{"an attack is no place: its adjective names who made it, not where; an accident of a conjoined passive kills no one", "Five people were killed in an Israeli air strike. Two Israelis were killed and five others were injured in a car accident on Thursday.",
			func(evs []text.Event) bool {
				return hasSource(evs, "190", "ISR") && !hasSource(evs, "190", "ISRCVL") && countCode(evs, "190") == 1 && !hasDyad(evs, "190", "ISR", "ISRCVL")
			}},
		{"what a comparison sets beside the event takes no part in it", "Republican PACs have invested far more in advertising than Obama's backers.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && e.Target.Code == "USAGOV" {
						return false
					}
				}
				return true
			}},
		{"a weapon's kind decides the code of firing it at someone: rockets and missiles are rocket fire, rifles small arms", "Militants fired rockets at Israel. Georgian demonstrators launched missiles at the Georgian government. Snipers fired rifles at the soldiers.",
			func(evs []text.Event) bool {
				return hasSource(evs, "194", "---REB") && hasSource(evs, "194", "GEOOPP") && countCode(evs, "193") == 1 && countCode(evs, "190") == 0
			}},
		{"what is denied decides, not a that-clause of another noun", "The West Bengal government has denied permission to BJP president Amit Shah's proposed 'rath yatra' from Cooch Behar on grounds that it might cause communal tension. Iran denied that it had sent weapons.",
			func(evs []text.Event) bool {
				return hasSource(evs, "124", "---GOV") && hasSource(evs, "016", "IRN") && countCode(evs, "016") == 1
			}},
		{"a response, an explanation or a view offered is said, not promised", "A U.S. official offered a measured response to Greece. Chavez gave an explanation for his forecasts. Russia offered its assessment of the crisis.",
			func(evs []text.Event) bool {
				return countCode(evs, "030") == 0 && hasSource(evs, "010", "USAGOV") && hasSource(evs, "010", "VENGOV") && hasSource(evs, "010", "RUS")
			}},
		{"a commitment, pledge or promise made to someone is made to them", "Iran made a firm commitment to Iraq. Japan made a pledge to the Philippines.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "030", "IRN", "IRQ") && hasDyad(evs, "030", "JPN", "PHL")
			}},
		{"a buyer receives what it buys; the weapons traded are no party", "India bought fighter jets from France. Canada bought 88 F-35 jets. Russia sold fighter jets to Syria. Iran sold drones. China imports oil from Iran.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.CAMEO.Code == "072" && (e.Source != nil && e.Source.Code == "IND" || e.Target != nil && strings.HasSuffix(e.Target.Code, "MIL")) {
						return false
					}
				}
				return hasDyad(evs, "072", "RUS", "SYR") && hasSource(evs, "072", "IRN") && hasDyad(evs, "061", "CHN", "IRN")
			}},
		{"a word that counts its of-phrase stands for what it counts", "Washington pushed four rounds of sanctions through the United Nations. Ryan is seeking another round of deep cuts. The EU sought a new round of talks with Iran. Chavez will announce a series of economic measures.",
			func(evs []text.Event) bool {
				return countCode(evs, "026") == 1 && hasDyad(evs, "026", "IGOEUREEC", "IRN") && hasSource(evs, "034", "VENGOV")
			}},
		{"a noun before a standing body names its field, no event", "He is a member of the Audit Committee of the Hong Kong Institute of Accountants. The Election Commission of India met. Iran launched an investigation of the attack.",
			func(evs []text.Event) bool {
				return countCode(evs, "090") == 1 && hasSource(evs, "090", "IRN") && countCode(evs, "040") == 1
			}},
		{"what a number or quantity object counts is no phrase of the anchor", "Germany has ordered 272 of the Boxer and the Netherlands has ordered 200 of them. The ECB demands a series of reform steps from Italy.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.CAMEO.Code == "100" && e.Target != nil {
						return false
					}
				}
				return hasDyad(evs, "1042", "IGOEUREECECB", "ITA")
			}},
		{"sanctioning an act authorises it; sanctioning an actor imposes sanctions", "President Bush might sanction some kind of military action. The United States sanctioned Iran's central bank.",
			func(evs []text.Event) bool {
				return countCode(evs, "163") == 1 && hasSource(evs, "163", "USA")
			}},
		{"a sum that states what another noun is worth names no money given", "The Pentagon reopened a $35 billion refueling aircraft competition between Boeing and Northrop Grumman. El Salvador received 1.1 million visitors. Greece received an 8 billion euro tranche of aid.",
			func(evs []text.Event) bool {
				return countCode(evs, "071") == 0 && hasTargetCode(evs, "GRC") && countCode(evs, "070") == 1
			}},
		{"a rally of prices or markets is no demonstration; building outside a city is none", "Prices soared after a 600 percent rally driven by a boom in China. The stock market rally in Tokyo continued. Mitsubishi could decide to build outside Washington. Thousands joined a rally in Tokyo.",
			func(evs []text.Event) bool {
				return countCode(evs, "141") == 1 && hasTargetCode(evs, "JPN")
			}},
		{"after an object that names an actor, an on- or against-phrase is a circumstance, no target", "As the United States criticized Chavez's moves against private property, markets fell. Germany backed Ukraine against Russia.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "USA", "VENGOV") && hasDyad(evs, "051", "DEU", "UKR") && !hasDyad(evs, "", "DEU", "RUS")
			}},
		{"who is engaged, involved or locked in an event takes part in it", "China has been engaged in a public war of words with the United States. Russia was involved in the attack on Ukraine.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "CHN", "USA") && hasDyad(evs, "190", "RUS", "UKR")
			}},
		{"the indirect object receives what is given when the object or the pattern's phrase names a thing", "Russia gave Syria weapons. The Lebanese central bank warned some investors a few months ago about Ezz el-Din.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "072", "RUS", "SYR") && hasDyad(evs, "012", "LBNGOV", "---BUS")
			}},
		{"a sum's worth of goods is the goods; giving oneself up to the law yields, no force laid down", "The opposition leader Leopoldo Lopez surrendered to the authorities. The United States handed over $4 million worth of medical equipment to Ethiopia.",
			func(evs []text.Event) bool {
				return hasSource(evs, "080", "---OPP") && hasDyad(evs, "073", "USA", "ETH") && countCode(evs, "071") == 0
			}},
		{"what is sent or shared is no target: teams, troops, intelligence", "Russia sent a team of experts. France and Germany joined forces on Wednesday. Obama shared intelligence with Medvedev.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && (e.Target.Code == "---EDU" || e.Target.Code == "---MIL" || e.Target.Code == "---SPY") {
						return false
					}
				}
				return hasSource(evs, "036", "RUS") && hasDyad(evs, "050", "FRA", "DEU") && hasDyad(evs, "064", "USAGOV", "RUSGOV")
			}},
		{"telling a meeting or the press is no demand; requesting a meeting is", "Abe told a meeting with business leaders that growth would return. Steven Chu told a news conference to close the summit. Iraq requested an urgent meeting of the Security Council.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "106") && hasSource(evs, "026", "IRQ")
			}},
		{"an invasion or war of ideas is no fighting", "It was the cultural invasion of Muslim countries. The ideological war between Iran and Iraq intensified. Iraq invaded Kuwait.",
			func(evs []text.Event) bool {
				return countCode(evs, "190") == 1 && hasDyad(evs, "190", "IRQ", "KWT")
			}},
		{"abductions, torture, rape and beheadings are coded as such, not as assaults", "The abduction of two Norwegian engineers by rebels angered Oslo. The torture of prisoners by guards in Iraq was documented. The beheading of a journalist by militants in Syria shocked Britain.",
			func(evs []text.Event) bool {
				return anyCode(evs, "181") && anyCode(evs, "1822") && anyCode(evs, "1823") && countCode(evs, "182") == 0
			}},
		{"a relative word names no participant", "Lawmakers have charged that China keeps its currency low, an accusation that Beijing rejects.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && e.Target.Text == "that" {
						return false
					}
				}
				return hasSource(evs, "120", "CHNGOV")
			}},
		{"a country's government across words describing it is its government", "Libya's internationally recognised government announced a ceasefire on Friday. Ugandan gay activists promised to keep up the struggle.",
			func(evs []text.Event) bool { return hasSource(evs, "087", "LBYGOV") && hasSource(evs, "03", "UGAOPP") }},
		{"a locator of its own before the noun is no description", "Russia's Ukrainian allies attacked the town on Friday.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "RUSMIL") && !hasSource(evs, "", "RUSGOV") }},
		{"a participle conjunct shares the passive subject", "Two journalists were detained and later charged with espionage in Tehran.",
			func(evs []text.Event) bool {
				n := 0
				for _, e := range evs {
					if e.Target == nil || !strings.Contains(e.Target.Text, "journalists") {
						return false
					}
					n++
				}
				return n >= 2
			}},
		{"a relative clause the parser hung on the main verb still has its antecedent", "Regional tensions would be discussed in Turkey, which recently staged a military offensive against Kurdish rebels in northern Iraq.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "TUR", "IRQREB") }},
		{"the object of a participle used as a preposition is not the main subject's event", "Given the continuing attacks on Baghdad, the Iraqi government may delay the vote.",
			func(evs []text.Event) bool {
				return anyCode(evs, "190") && !hasSource(evs, "19", "IRQGOV")
			}},
		{"a government shutdown is a lapse in funding, a general strike a strike", "Work was interrupted by the government shutdown. Unions in Greece called a general strike.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "14", "USAGOV") && !hasSource(evs, "14", "---GOV") && anyCode(evs, "143")
			}},
		{"going home is no visit nor a return of property; coming in defence of someone is no arrival", "Rudd arrived home from Europe to a blizzard of newspaper criticism. Obama returned home to Washington. The minister came in defence of Tharoor. Putin flew to China. Iraq returned the land to Kuwait.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "042", "RUSGOV", "CHN") && !hasSource(evs, "042", "AUSGOV") && !hasSource(evs, "08", "USAGOV") && hasDyad(evs, "0842", "IRQ", "KWT") && countCode(evs, "042") == 1
			}},
		{"giving details is a statement, sharing intelligence is 064; the rank and file share no files", "Xinhua gave details of the offences. Pakistan shared intelligence with India. The urgency for talks is shared by some rank and file fighters.",
			func(evs []text.Event) bool {
				return hasSource(evs, "010", "CHNGOVJRN") && !hasSource(evs, "064", "CHNGOVJRN") && hasDyad(evs, "064", "PAK", "IND") && !hasSource(evs, "064", "---REB")
			}},
		{"cutting greenhouse gases or emissions reduces no relations; cutting gas to a country does", "The G8 agreed to reduce its greenhouse gas emissions by 80 percent. China will cut emissions. Russia cut gas to Ukraine.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "160", "RUS", "UKR") && !hasSource(evs, "16", "IGOGSV") && !hasSource(evs, "13", "CHN")
			}},
		{"a place based somewhere after of or for is no government: the organisation after it speaks", "Ruslan Pukhov, director of Moscow-based think tank CAST, warned of delays. A spokesman for Paris-based Total said it would invest.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "", "RUSGOV") && hasSource(evs, "", "FRABUS") && !hasSource(evs, "", "FRAGOV")
			}},
		{"a country based or listed somewhere says where its head's actor is; with no actor head it is a place", "A China-based company said it would invest. Heineken offered to take over the Singapore-listed brewer.",
			func(evs []text.Event) bool {
				return hasSource(evs, "010", "CHNBUS") && !hasTargetCode(evs, "SGP")
			}},
		{"ending a strike or a protest eases dissent; halting strikes on a place de-escalates", "Workers ended their strike on Monday. Israel halted strikes on Gaza. Protesters ended their protest.",
			func(evs []text.Event) bool {
				return hasSource(evs, "082", "---LAB") && hasSource(evs, "082", "---OPP") && hasDyad(evs, "087", "ISR", "PSE") && !hasSource(evs, "087", "---LAB")
			}},
		{"made it clear, with clear tagged a verb, reports: a future negated in what is made clear is a refusal", "France has made it clear it will not lift the embargo.",
			func(evs []text.Event) bool {
				return hasSource(evs, "1244", "FRA")
			}},
		{"to undertake a task is to carry it out, to undertake to do something a promise; to % is an infinitive", "The government has undertaken the closure of the NGOs. Kenya undertook to pay. Obama made a single stop in Ghana rather than the multi-country trip U.S. presidents traditionally undertake to Africa.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "03", "---GOV") && hasSource(evs, "030", "KEN") && !anyRule(evs, "undertake-to", "USAGOV")
			}},
		{"the addressee of a verb of telling is no second subject of its clause; subjects joined by and are", "Rights groups tell Al Jazeera the Indian government has deported 17 refugees since 2017. Officials said Iran and Iraq had talks on Saturday.",
			func(evs []text.Event) bool {
				return hasSource(evs, "174", "INDGOV") && !hasSource(evs, "", "QATJRN") && hasSource(evs, "04", "IRN") && hasSource(evs, "04", "IRQ")
			}},
		{"ties cut or severed to someone name whom with", "Venezuela cut commercial ties to Exxon after the court ruling. The group severed its ties to al Qaeda in 2016.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "161", "VEN", "USABUS") && hasTargetText(evs, "al Qaeda")
			}},
		{"a passive subject stands for the object by its own words, not those of a phrase inside it", "An ambulance from the Emergency Medical Service was called to the scene. Thailand declared a state of emergency on Friday.",
			func(evs []text.Event) bool {
				n := 0
				for _, e := range evs {
					if e.CAMEO.Code == "1724" {
						n++
					}
				}
				return n == 1
			}},
		{"one admitted to a school, evidence admitted at a trial confess nothing", "Ten Kenyan pupils were admitted to the school. Their testimonies were not admitted. Kenya admitted the mistake.",
			func(evs []text.Event) bool {
				n := 0
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "015") {
						n++
					}
				}
				return n == 1 && hasSource(evs, "015", "KEN")
			}},
		{"prices and markets as subjects move on their own: the country in their phrase does nothing", "U.S. oil prices led the rally. Venezuela's planned output increases would not clash with OPEC quotas. Russian troops led the assault.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "", "USA") && !hasSource(evs, "", "VEN") && !hasSource(evs, "", "IGOBUSOPC") && hasSource(evs, "", "RUSMIL")
			}},
		{"implementing a plan carries it out, approving it endorses it", "The Chilean government is implementing a plan to tackle illegal commerce. The EU approved the plan.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "051", "CHLGOV") && hasSource(evs, "051", "IGOEUREEC")
			}},
		{"a city before a gathering or a pact in a participant's phrase names where, not who", "A Pittsburgh meeting of the Group of 20 committed to a 2010 end date. The London meeting agreed that emerging nations should have a greater say. Germany spoke up for a Doha deal.",
			func(evs []text.Event) bool {
				return hasSource(evs, "", "IGOGTW") && !hasSource(evs, "", "USA") && !hasSource(evs, "", "GBRGOV") && !hasTargetCode(evs, "QATGOV")
			}},
		{"one supplied with something receives it: only aid so given is an event", "Victorinox has been supplying the Swiss Army with the Soldier Knife. Iran supplied the rebels with weapons.",
			func(evs []text.Event) bool {
				return !hasTargetCode(evs, "CHEMIL") && hasDyad(evs, "072", "IRN", "---REB")
			}},
		{"an organisation that is no company, followed by a company suffix, names another company", "CPC Corp said it would support the Chinese army. CBS Corp said it would support the plan.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "CHNGOVPTY") && hasSource(evs, "", "USAJRN") }},
		{"a ratings agency is a business, a credit rating no credit, a street shrugged off no street blocked", "Rating agency Fitch cut Italy's credit rating. Greek shares shrugged off the street violence. Chilean protesters blocked roads to the mine.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "162") && !hasSource(evs, "", "---GOV") && hasSource(evs, "144", "CHLOPP") && len(evs) == 1
			}},
		{"to dismiss an official removes him, to dismiss a claim rejects it", "The Slovak president dismissed the cabinet. Russia dismissed the claims.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "SVKGOV") && hasSource(evs, "", "RUS") }},
		{"to whip someone into line or shape disciplines, no assault", "The Chinese minister vowed to whip them into line with a list of tasks. Police whipped protesters with batons in Harare.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "CHNGOV") && hasSource(evs, "182", "---COP") }},
		{"shelter sought from the weather is no aid", "Argentine pedestrians seek shelter from the subtropical heat in the shade of trees. Syrian refugees seek shelter in Turkey.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "0233", "SYRREF") }},
		{"to call on people to protest rallies opposition", "The Gabonese opposition leader urged people to take to the streets. Activists called on Germans to protest against the coronavirus rules.",
			func(evs []text.Event) bool {
				return hasSource(evs, "113", "GABOPP") && anyCode(evs, "113") && !anyCode(evs, "020")
			}},
		{"he in a clause fronted to its subject refers forward to that subject", "Obama met Putin in Moscow. When he met Merkel in Berlin, Karzai criticized NATO.",
			func(evs []text.Event) bool {
				return hasSource(evs, "040", "AFGGOV") && !hasDyad(evs, "040", "USAGOV", "DEUGOV")
			}},
		{"demand in the singular with no determiner is the market's; demands are acts", "Oil prices quadrupled as demand from China stretched supply. Rajoy raised taxes in line with demands from the European Commission.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "CHN") && hasSource(evs, "100", "IGOEUREEC") }},
		{"troops and arms are deployed, money sent", "The United States deploys 20 B-2s. The US sent 5 billion dollars to Egypt.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasDyad(evs, "071", "USA", "EGY") }},
		{"aid in the of-phrase of a donor is given by the donor or whom the donor is said of", "Japan is the biggest donor of aid to Myanmar. The United States remains the largest donor of humanitarian assistance in Iraq. The German government is one of the largest donors of aid to Ethiopia.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "070", "JPN", "MMR") && hasSource(evs, "073", "USA") && hasDyad(evs, "070", "DEUGOV", "ETH")
			}},
		{"one is expelled from a country by that country; recalled diplomats leave one", "Two UN inspectors were expelled from North Korea. Britain expelled Russian diplomats from London. The EU withdrew ambassadors from Minsk.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "1662", "PRK", "IGOUNO") && hasDyad(evs, "161", "GBR", "RUSGOV") && hasDyad(evs, "161", "IGOEUREEC", "BLRGOV")
			}},
		{"not only ... but negates nothing", "The measures had not only gained support from the Chinese people but also won understanding abroad. The Chinese people did not support the measures.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "051", "CHNCVL") }},
		{"those who gather for a meeting hold it", "Iranian and Iraqi officials gathered for a meeting in Baghdad. Merkel is heading for a bigger rebellion in the Bundestag.",
			func(evs []text.Event) bool {
				return hasSource(evs, "04", "IRNGOV") && hasSource(evs, "04", "IRQGOV") && !hasSource(evs, "14", "DEUGOV")
			}},
		{"industry giants are businesses, a municipal corporation a local government", "Chinese refining giant Sinopec settled its contract dispute with Iran. The East Delhi Municipal Corporation criticized the strike.",
			func(evs []text.Event) bool { return hasSource(evs, "", "CHNBUS") && hasSource(evs, "111", "INDGOV") }},
		{"a country's adjective after Inter-, Pan- or Trans- names a region, no country", "The Inter-American highway was closed again on Monday at several points in the provinces of Chiriquí and Veraguas, putting the region's producers on alert. American troops left Iraq.",
			func(evs []text.Event) bool { return !anyCode(evs, "152") && hasSource(evs, "", "USAMIL") }},
		{"to negotiate a bend or an obstacle is to get past it", "The Kenyan driver managed to negotiate two corners. Iran negotiated with the EU.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "", "KENCVL") && !hasSource(evs, "", "KEN") && hasSource(evs, "046", "IRN")
			}},
		{"a pattern's particle is the anchor's, not another verb's", "Chinese authorities were using the Olympics as an excuse to crack down on protesters. Russian forces shot down a Ukrainian drone.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "190", "CHNGOV") && hasSource(evs, "190", "RUSMIL")
			}},
		{"to fight to do something is to strive for it, unless it is a deed of arms or the fighters are armed", "Firefighters battled to contain the blaze. Kyiv is fighting to keep its ports open. Ukraine fought to retake Kherson. Israeli troops fought to reach the hostages.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "UKRGOV") && hasSource(evs, "190", "UKR") && hasSource(evs, "190", "ISRMIL")
			}},
		{"attacking a plan criticizes it, fighting accusations opposes them; attacking a base is force", "Britain attacked the budget proposal. Obama is fighting accusations he reacted too slowly. Rebels attacked the army base.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "GBR") && !hasSource(evs, "19", "GBR") && hasSource(evs, "110", "USAGOV") && !hasSource(evs, "19", "USAGOV") && hasSource(evs, "190", "---REB")
			}},
		{"to press ahead or press on with something is to go on, no demand", "China is pressing ahead with its own nuclear programme. Russia pressed on with the offensive. The EU pressed on Iran to stop.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "10", "CHN") && !hasSource(evs, "10", "RUS") && hasDyad(evs, "100", "IGOEUREEC", "IRN")
			}},
		{"to facilitate is to mediate only talks, agreements and truces", "Bermuda facilitated tax avoidance by large companies. Norway facilitated talks between the government and the rebels. Mexico facilitated the return of the migrants.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "045", "BMU") && !hasSource(evs, "045", "MEX") && hasDyad(evs, "045", "NOR", "---REB")
			}},
		{"killing or executing a thing is no violence, killing a plan is a pattern's", "The Chinese delegation killed the report in Geneva. The ministry executed the first phase of the program. The U.S. Congress killed an earlier plan to buy tankers. Gunmen killed the hitchhiker. Chinese police shot television in Beijing. Russian troops shot down a Ukrainian drone.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "CHNGOV") && !anyCode(evs, "138") && !anyCode(evs, "18") && hasSource(evs, "120", "USALEG") && hasSource(evs, "190", "---UAF") &&
					!anyCode(evs, "193") && hasDyad(evs, "190", "RUSMIL", "UKRMIL")
			}},
		{"a boy or a teenager is a civilian (men stay unknown, as NGEC codes them)", "In December, security forces killed two men and a teenager in the outskirts of Srinagar.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "---COP", "INDCVL") }},
		{"a pronoun that agrees or asks in reported speech stands for the reporter", "Iran said it agreed to meet the U.S. envoy. Egypt said it agreed to talks with the Israeli envoy. Russia said it had urged Ukraine to release the prisoners.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "036", "IRN", "USAGOV") && hasDyad(evs, "036", "EGY", "ISRGOV") && hasDyad(evs, "0253", "RUS", "UKR")
			}},
		{"what one would be forced or would agree to do outside a report may not happen; in a report it is intended", "Prime Minister George Papandreou would probably be forced to call early elections. The draft said the G20 would push for a trade deal and would pledge to extend its support.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "10") && !anyCode(evs, "08") && hasSource(evs, "033", "IGOGTW")
			}},
		{"a preposition the parser hung on a punctuation mark still marks the noun after it", "Earlier on Tuesday, congressional leaders met with President Barack Obama, where they agreed to form a working group to resolve the issue.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "040", "---GOV", "USAGOV") && !hasTargetText(evs, ".") && !hasSourceText(evs, ".")
			}},
		{"a month is no march", "Putin said there would be no upheaval in Russia after the March 2012 presidential election. Broome County Executive Jason Garnar lifted the state of emergency declared March 27.",
			func(evs []text.Event) bool { return hasSource(evs, "010", "RUSGOV") && !anyCode(evs, "14") }},
		{"a strike of days is a walkout, military strikes launched are attacks", "Brazil's oil workers' union called off a five-day strike against Petrobras. Israel launched military strikes against Iran's atomic sites.",
			func(evs []text.Event) bool {
				return anyCode(evs, "082") && !anyCode(evs, "087") && hasDyad(evs, "190", "ISR", "IRN") && !anyCode(evs, "143")
			}},
		{"one who says it is willing or determined to act is willing itself", "China said it is willing to contribute up to $50 billion to the IMF. France said it was still determined to mend damaged ties with Kigali.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0331", "CHN", "IGOBUSIMF") && hasDyad(evs, "032", "FRA", "RWAGOV")
			}},
		{"force that unarmed people intend or threaten is no threat of force; anyone may be accused of it", "Spanish unions vowed to fight austerity measures in the courts. Workers will keep fighting even after the pension reform is voted on. Police arrested a man for allegedly killing his wife in Dhaka.",
			func(evs []text.Event) bool { return !anyCode(evs, "138") && !anyCode(evs, "19") && anyCode(evs, "112") }},
		{"a place line before a capitalised sentence is no subject, a dashed description is", "Cape Town - The Bishop Lavis community policing forum (CPF) has warned Bonteheuwel, Montana and residents around Airport Industria of robberies that have increased dramatically in the police precinct. Beijing -- the only major ally of Pyongyang -- has urged North Korea to abandon its nuclear weapons.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "", "ZAFGOV") && hasDyad(evs, "020", "CHNGOV", "PRK")
			}},
		{"energy, food or water security is no matter of force", "The United States will increase Egypt's water security. Police increased security around the Israeli embassy.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "USA") && anyCode(evs, "150") }},
		{"an agreement that something is done to or is about is no signing", "Sweden's parliament would need to approve any changes to the EU treaty. Ireland held a referendum on the EU's Lisbon reform treaty. Germany has insisted on the pact.",
			func(evs []text.Event) bool { return !anyCode(evs, "057") && hasSource(evs, "10", "DEU") }},
		{"an investigation demanded is a demand, one ordered is opened", "Mexican opposition senators demanded a probe into the bribery allegations. Obama ordered an investigation against Iran.",
			func(evs []text.Event) bool {
				return hasSource(evs, "100", "MEXLEG") && hasDyad(evs, "090", "USAGOV", "IRN")
			}},
		{"what someone was sent to do they are doing", "France has sent seven military experts to investigate the attacks on Saudi oil facilities.",
			func(evs []text.Event) bool { return hasSource(evs, "09", "FRA") }},
		{"a disaster that strikes attacks no one", "The quake struck in northern Luzon, the country's most populous island, at 8:43 a.m. local time, according to the US Geological Survey (USGS).",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"an actor's thing is in no state of mind, the actor is", "The project could include building a LNG export facility with a maximum capacity of 600 million cfpd, after Iraq's own gas needs are satisfied. Iraq's leaders are satisfied with the deal.",
			func(evs []text.Event) bool { return countCode(evs, "013") == 1 && hasSource(evs, "013", "IRQGOV") }},
		{"the it an attack or threat reported is done to is the reporter; another it is a thing", "Israel said a mortar bomb was fired at it from the Gaza Strip on Tuesday. Iran said the United States had threatened it. Leaders said parliament would back it.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "PSE", "ISR") && hasDyad(evs, "130", "USA", "IRN") && !hasTargetText(evs, "Leaders")
			}},
		{"to suggest that something is so is a statement", "Russian Foreign Minister Sergei Lavrov on October 31 suggested that the congress plan is an attempt at reviving the stalled Geneva negotiations.",
			func(evs []text.Event) bool { return hasSource(evs, "010", "RUSGOV") }},
		{"a time made the subject leaves the actor the parser hung before it the subject", "Sierra Leone's Ambassador to the United States yesterday denied charges that his Government had helped conspirators in an unsuccessful coup in Liberia last week.",
			func(evs []text.Event) bool { return hasSource(evs, "016", "SLEGOV") }},
		{"a gerund heading a clause is no word of the actor it takes", "The warning was not intended to stop Pelosi from visiting Taiwan. The Russian president will fly to Venezuela after taking part in the APEC summit and visiting Brazil.",
			func(evs []text.Event) bool { return hasTargetText(evs, "Brazil") && !hasTargetText(evs, "visiting") }},
		{"a named person of no armed sector or state uses no force, though one may suffer it", "Mitt Romney often refused to take the bait when attacked by Barack Obama. Gunmen killed Benazir Bhutto.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "USAELI") && hasDyad(evs, "190", "---UAF", "PAKELI")
			}},
		{"an office or a company one intends to take over is no territory occupied", "Cristina Kirchner will have to take over the Executive. Chavez said Obama would take control of General Motors.",
			func(evs []text.Event) bool { return !anyCode(evs, "138") && !anyCode(evs, "192") }},
		{"support sought is backing, not aid", "Washington has sought stronger Chinese support over Iran.",
			func(evs []text.Event) bool { return anyCode(evs, "022") && !anyCode(evs, "023") }},
		{"what support is sought for has not happened", "Obama has struggled to rally Western support for military action against Syria.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"ending a visit completes it, cancelling one reduces relations", "Putin ended his visit to China on Friday. Iran cancelled a visit to France.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "042", "RUSGOV", "CHN") && hasSource(evs, "161", "IRN") && !hasSource(evs, "16", "RUSGOV")
			}},
		{"what is launched, thrown or directed at someone without a weapon attacks no one", "The Egyptian government launched the anti-corruption framework against Israel. Russia's criticism was directed at the Ukrainian government. Syrian troops fired at Turkish soldiers.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "EGYGOV") && !hasDyad(evs, "19", "", "UKRGOV") && hasDyad(evs, "19", "SYRMIL", "TURMIL")
			}},
		{"a war of words, hammering out a deal and raking in money use no force", "China and Japan engaged in a war of words on Friday. U.S. lawmakers hammered out an overhaul of financial rules. Thailand raked in 187 billion baht last year.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && anyCode(evs, "111") }},
		{"troops striking a target attack it, a company reaching its target does not", "The Israeli military struck a target in the Gaza Strip with artillery. The company struck its target of 5 percent growth.",
			func(evs []text.Event) bool { return hasSource(evs, "19", "ISRMIL") && len(evs) == 1 }},
		{"an adjective naming a sector or a kind of aid says what kind of event, the verb's subject does it", "The United States continued military aid to Egypt. Israel launched military strikes on Gaza. Japan's humanitarian aid to Syria arrived on Monday.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "072", "USA", "EGY") && hasSource(evs, "19", "ISR") && hasDyad(evs, "073", "JPN", "SYR")
			}},
		{"handing over people is judicial cooperation, handing over aid is aid, a victory is nothing", "The EU handed over medical supplies to the Nigerian government. Syria handed the two suspects over to Turkish police. Voters handed Obama a victory on Tuesday. Israel handed over territory to Egypt.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "073", "IGOEUREEC", "NGAGOV") && hasDyad(evs, "063", "SYR", "TURCOP") &&
					hasDyad(evs, "0842", "ISR", "EGY") && len(evs) == 3
			}},
		{"holding talks is negotiating, holding a meeting consulting", "Russia held talks with Ukraine on Monday. China held a meeting with Japan on Tuesday.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "046", "RUS", "UKR") && hasDyad(evs, "040", "CHN", "JPN") && !hasDyad(evs, "040", "RUS", "UKR")
			}},
		{"jets or missiles striking attack, their user does it; a deal struck is no labour strike", "Israeli jets struck Gaza on Monday. Missiles fired by the Israeli military struck an arms depot of the Syrian army. Russia struck a deal with Turkey.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "ISRMIL", "PSE") && hasDyad(evs, "190", "ISRMIL", "SYRMIL") && !anyCode(evs, "14")
			}},
		{"a clause with a subject of its own is an event of its own", "Israeli troops attacked the town as Hamas fighters fought back.",
			func(evs []text.Event) bool {
				return hasSource(evs, "19", "ISRMIL") && hasSource(evs, "19", "PSEREBHMS")
			}},
		{"charging someone with a crime accuses them, indicting them is legal action", "Malaysian authorities charged the former minister with corruption. A US court indicted the Russian general.",
			func(evs []text.Event) bool {
				return hasSource(evs, "1121", "MYSGOV") && hasSource(evs, "173", "USAJUD")
			}},
		{"abusing power is no assault, a billion-dollar battle no fight", "The Russian minister abused his power. Syrian soldiers abused prisoners in the jail. The $6 billion battle between Russia and Ukraine over gas continued.",
			func(evs []text.Event) bool {
				return hasSource(evs, "182", "SYRMIL") && !hasSource(evs, "182", "RUSGOV") && !anyCode(evs, "19")
			}},
		{"a disaster kills no one politically; taking advantage of controls takes no control", "An earthquake killed 296 people in Italy. A worker was killed in a road accident in Bangladesh. Three pilgrims were killed in a stampede in Mecca. Mexican smugglers have taken advantage of porous border controls. Israeli troops killed five Palestinians in Gaza.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "190", "ISRMIL") }},
		{"attacking someone for what they did criticises them, not for a time", "Belarus has repeatedly attacked Moscow for cutting the energy subsidies. Rebels attacked the Nigerian army for two days. Syrian government warplanes pounded the rebel-held enclave of eastern Ghouta for a sixth straight day.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "BLR", "RUSGOV") && hasDyad(evs, "190", "---REB", "NGAMIL") && hasSource(evs, "19", "SYRMIL") && !hasSource(evs, "111", "SYRMIL")
			}},
		{"who faces or resists pressure or criticism undergoes it; a tough battle faced is no fight", "Israel has resisted international pressure to reopen the crossing. The Chinese government faced sharp criticism from Japan. France faces a tough battle in parliament.",
			func(evs []text.Event) bool {
				pressured := false
				for _, e := range evs {
					if e.CAMEO.Code == "100" && e.Target != nil && e.Target.Code == "ISR" && e.Source == nil {
						pressured = true
					}
				}
				return pressured && hasDyad(evs, "111", "JPN", "CHNGOV") && !anyCode(evs, "19")
			}},
		{"who draws criticism or suffers attacks undergoes them", "Iran drew sharp criticism from the United States. The Syrian army suffered attacks by rebels. Russian forces came under attack in Ukraine.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "USA", "IRN") && hasDyad(evs, "190", "---REB", "SYRMIL") && !hasSource(evs, "19", "RUSMIL")
			}},
		{"who wins or gains support receives it; a deal won is business", "Germany gained the support of France. Iran won the support of Russia. Shell won the deal for the oilfield.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "051", "FRA", "DEU") && hasDyad(evs, "051", "RUS", "IRN") && !anyCode(evs, "053") && !anyCode(evs, "057")
			}},
		{"an intention asked for, demanded or refused is that appeal, demand or refusal of its content", "The United Nations urged Israel to agree to a ceasefire. Iran refused to agree to a ceasefire.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0256", "IGOUNO", "ISR") && hasSource(evs, "1246", "IRN") && !anyCode(evs, "0356")
			}},
		{"protesting to someone complains to them, marching to a place protests there", "Japan protested to China over the incursion. Thousands of Kenyan protesters marched to parliament.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "114", "JPN", "CHN") && hasSource(evs, "141", "KENOPP")
			}},
		{"an appeal for someone to act addresses them; a pattern's word after with names the other side", "The opposition called for the Pakistani prime minister to resign. Greek protesters clashed with police in Athens.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0241", "---OPP", "PAKGOV") && hasDyad(evs, "145", "GRCOPP", "GRCCOP")
			}},
		{"an event that causes a feeling or a reaction is an event of its own; who sparks protests does not protest", "China's support for Russia worries Europe. Pakistan's arrest of the opposition leader sparked protests. Jordan received a phone call from Biden.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "051", "CHN", "RUS") && hasSource(evs, "173", "PAK") && !hasSource(evs, "14", "PAK") && hasDyad(evs, "041", "USAGOV", "JOR")
			}},
		{"arriving in a foreign city visits its country; a trip at home or by no one known is none", "Chinese President Hu Jintao arrived in London on Monday. Nigerian peacekeepers arrived in Monrovia. Thousands of pilgrims arrived in Madinah. The British prime minister flew to Manchester.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "042", "CHNGOV", "GBR") && hasDyad(evs, "074", "NGAMIL", "LBR") && len(evs) == 2
			}},
		{"voicing hope is optimism", "Turkey's top diplomat voiced hope that the new government in Greece will help Turkey.",
			func(evs []text.Event) bool { return hasSource(evs, "013", "TURGOV") }},
		{"who dies of torture or in an attack undergoes it", "Five Afghan soldiers died in an attack by Taliban fighters. A Kurdish prisoner died of torture in a Turkish jail.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "AFGREB", "AFGMIL") && slices.ContainsFunc(evs, func(e text.Event) bool {
					return strings.HasPrefix(e.CAMEO.Code, "182") && e.Target != nil && strings.Contains(e.Target.Text, "prisoner")
				})
			}},
		{"pushing for something appeals for it", "Japan's prime minister has pushed for the constitution to be revised by 2020.",
			func(evs []text.Event) bool { return hasSource(evs, "020", "JPNGOV") }},
		{"what someone else does now in a relative clause is an event of its own, what was done before is background", "Iran, which the United States accuses of sponsoring terrorism, denied the charge. The Iraqi army freed a journalist who had been sentenced to prison.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "112", "USA", "IRN") && hasSource(evs, "0841", "IRQMIL") && !anyCode(evs, "173")
			}},
		{"warning someone not to act warns them", "China warned Japan not to interfere in Taiwan.",
			func(evs []text.Event) bool { return hasDyad(evs, "130", "CHN", "JPN") }},
		{"talks held between two sides are between them", "Talks between Russia and Ukraine were held in Istanbul.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "046", "RUS", "UKR") && hasDyad(evs, "046", "UKR", "RUS")
			}},
		{"an event noun that is the subject of an event naming no one is coded on its own", "In Syria, a violent crackdown killed at least three demonstrators on Friday.",
			func(evs []text.Event) bool { return anyCode(evs, "175") }},
		{"a summoned ambassador is the target, not what the summons is over", "South Korea summoned the Japanese ambassador over the textbook row.",
			func(evs []text.Event) bool { return hasDyad(evs, "114", "KOR", "JPNGOV") }},
		{"who did or proposed what one endorses, criticises or rejects is its target", "The Palestinian Authority condemned the Israeli raid. Iran rejected the French proposal. Germany backed the Dutch plan. Egypt signed the Lisbon treaty.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "PSEGOV", "ISR") && hasDyad(evs, "120", "IRN", "FRA") && hasDyad(evs, "051", "DEU", "NLD") && !hasDyad(evs, "", "EGY", "PRT")
			}},
		{"two sides holding a summit somewhere meet each other there; one alone meets no one the place names", "South Korea and Japan held a summit in Tokyo. Obama held talks in Zurich.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "044", "KOR", "JPN") && hasDyad(evs, "044", "JPN", "KOR") && hasSource(evs, "044", "USAGOV") && !hasTargetCode(evs, "CHE")
			}},
		{"after a quotation, who said or added it is the speaker, not its target", "\"Your participation was very important,\" added the Indian prime minister.",
			func(evs []text.Event) bool { return hasSource(evs, "010", "INDGOV") }},
		{"who is under pressure or sanctions, or the victim of an attack, undergoes it", "Iran is under pressure from the United States to halt enrichment. North Korea has been under UN sanctions since 2006. Pakistan was the victim of a terrorist attack.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "105", "USA", "IRN") && hasDyad(evs, "163", "IGOUNO", "PRK") && slices.ContainsFunc(evs, func(e text.Event) bool {
					return strings.HasPrefix(e.CAMEO.Code, "18") && e.Target != nil && e.Target.Code == "PAK"
				})
			}},
		{"joining a company, a party or the navy is becoming its member, no cooperation; joining a union of states is", "The minister joined the Labour Party in 1990. Croatia joined the European Union in 2013.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "050", "HRV", "IGOEUREEC") && !slices.ContainsFunc(evs, func(e text.Event) bool { return e.Target != nil && strings.HasSuffix(e.Target.Code, "PTY") })
			}},
		{"the \"to\" of an infinitive of be marks no destination or addressee", "There is going to be a lot of celebrities and rich people. We urge the government to be more transparent.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "042") && anyCode(evs, "020") && hasTargetText(evs, "government")
			}},
		{"a verb with its particle is another verb: backing off is yielding, not backing", "The Air Force refused to back off its new helicopter competition. The Army backed off its plans.",
			func(evs []text.Event) bool {
				return anyCode(evs, "124") && anyCode(evs, "080") && !anyCode(evs, "05") && !anyCode(evs, "122")
			}},
		{"a participle said of an actor has its by-phrase for source; one said of a thing is background", "The foreign ministry, visited by Gaddafi on his way to Ukraine, said it expected the new administration to respect elections. A novel written by Obama sold well. Ten people were wounded by live fire.",
			func(evs []text.Event) bool {
				return hasSourceText(evs, "Gaddafi") && anyCode(evs, "042") && !anyCode(evs, "010")
			}},
		{"striking at an actor is attacking it, striking out at it criticising it, striking oil neither", "Militants struck at Israeli troops on Monday. Medvedev struck out at Russia's arms industry. The company struck oil at the Kirkuk field in 1927.",
			func(evs []text.Event) bool {
				return hasSourceText(evs, "Militants") && anyCode(evs, "190") && anyCode(evs, "111") && !anyCode(evs, "143") && len(evs) == 2
			}},
		{"an article's place line taken for a second subject is no participant", "Muscat: To enhance the quality of human resources among Omani youth, the Ministry of Labour held its first meeting on job rotation policy on Monday.",
			func(evs []text.Event) bool {
				return anyCode(evs, "040") && !slices.ContainsFunc(evs, func(e text.Event) bool {
					return e.Source != nil && e.Source.Text == "Muscat" || e.Target != nil && e.Target.Text == "Muscat"
				})
			}},
		{"a sum raised is money collected, no aid given", "The Republican National Committee raised $48.4 million in September. The government is trying to raise around $3 billion via a Eurobond.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") }},
		{"a conflict of some kind or a battle named by its place attacks no one; an invasion of a country does", "There is a conflict of policy position between the IMF and the European Central Bank. The battle of Puebla was a bright spot for Mexico. The invasion of Iraq by the United States began in 2003.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "USA", "IRQ") && len(evs) == 1 }},
		{"accepting aid is receiving it; a sum in a contract is no aid", "Greece accepted a bailout from the European Union. Pakistan accepted humanitarian aid from India. A consortium accepted a contract to develop the 17-billion barrel field.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "071", "IGOEUREEC", "GRC") && hasDyad(evs, "073", "IND", "PAK") && len(evs) == 2
			}},
		{"a missile held, bought or used on a ship is no attack; one fired at a country is", "Iran already had missiles that could reach NATO allies. The jets will be used on aircraft carriers for the U.S. Navy. Militants fired rockets at Israel on Monday.",
			func(evs []text.Event) bool { return hasDyad(evs, "19", "---REB", "ISR") && len(evs) == 1 }},
		{"beating out a rival is winning, not expelling", "Boeing Co beat out Lockheed Martin to retain its position as the prime contractor.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"pleading guilty to charges appeals to no one; submitting reports to someone yields nothing", "KBR pleaded guilty last year to U.S. charges that it paid bribes. Some committees had already submitted their reports to the task team.",
			func(evs []text.Event) bool { return !anyCode(evs, "02") && !anyCode(evs, "08") }},
		{"meeting a request is acceding to it, not a meeting", "The government met Taiwan's request for new F-16 jets.",
			func(evs []text.Event) bool { return anyCode(evs, "083") && !anyCode(evs, "04") }},
		{"cutting a deal is striking one", "The United States cut a deal with Iran on Monday.",
			func(evs []text.Event) bool { return hasDyad(evs, "057", "USA", "IRN") && !anyCode(evs, "16") }},
		{"returning home is going home, not returning property", "The French president returned home with a broad agreement. Syria returned the bodies of two Israeli soldiers.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && anyCode(evs, "0842") && hasSourceText(evs, "Syria")
			}},
		{"a chief executive after an unknown company's name is no government official", "\"We have not pulled anybody out of Iraq,\" Kroll Chief Executive Simon Freakley said in a phone interview.",
			func(evs []text.Event) bool {
				return anyCode(evs, "010") && !slices.ContainsFunc(evs, func(e text.Event) bool { return e.Source != nil && strings.Contains(e.Source.Code, "GOV") })
			}},
		{"a participle of naming names its noun, no phone call", "The rebels belong to a group called the Islamic State. A tourist attraction called the Mongol Village was developed in Japan.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"money appropriated is budgeted, not seized; screens gathered around are no rally", "Congress has already appropriated about half of the money for Iraq. Gathered around giant screens in town squares, Bolivians watched with dismay.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") && !anyCode(evs, "05") }},
		{"investment is economic cooperation, only with its investor and destination", "Europe must ensure its markets are open for Chinese investment. China's investment in Africa rose sharply last year.",
			func(evs []text.Event) bool { return hasDyad(evs, "061", "CHN", "AFR") && !anyCode(evs, "07") }},
		{"a reporter's request for comment is no appeal", "Reuters asked the Chinese foreign ministry for comment.",
			func(evs []text.Event) bool { return !anyCode(evs, "02") }},
		{"who commits human rights violations is accused of them, not the accuser", "The resolutions decry human rights violations by governments in Belarus, Myanmar, China, Cuba, Egypt and Iran, which restrict Internet use.",
			func(evs []text.Event) bool {
				return anyCode(evs, "1122") && !slices.ContainsFunc(evs, func(e text.Event) bool {
					return e.CAMEO.Code == "1122" && e.Source != nil && strings.HasSuffix(e.Source.Code, "GOV")
				})
			}},
		{"what supports prices or a currency is a market force, no political support", "Tensions between Iran and the West have supported prices over the past year. The central bank intervened to support the rupee. Russia supported the Syrian government.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSourceText(evs, "Russia") }},
		{"pressing charges is charging; attacking a meeting is criticising it", "Italian prosecutors pressed charges against the former minister. South Korean President Lee Myung-bak attacked Saturday's meeting held by police chiefs.",
			func(evs []text.Event) bool {
				return anyCode(evs, "173") && anyCode(evs, "111") && !anyCode(evs, "10") && !anyCode(evs, "19")
			}},
		{"retiring gives up an office only when the office is named", "Greek workers in arduous professions draw full benefits despite retiring earlier. The retired army general was named prime minister. Japan's prime minister retired from politics in 2012.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && anyCode(evs, "0831") && hasSourceText(evs, "prime minister")
			}},
		{"killing a business or eliminating an increase harms no one", "The Pentagon said it would eliminate an increase in ground-based interceptors in Alaska. Beijing's strict ban has effectively killed the business.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") && !anyCode(evs, "18") && !anyCode(evs, "19") }},
		{"going to school, hospital or the polls is no visit", "The children of Afghan refugees are going to school. Greeks are due to go to the polls on June 17.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"what weighs on prices burdens them, no one considers anything; the WWF is an environmental group", "Downbeat economic data from China and the United States weighed on prices. WWF called on the Congolese government to suspend the oil drilling.",
			func(evs []text.Event) bool { return !anyCode(evs, "014") && hasDyad(evs, "02", "NGOENV", "CODGOV") }},
		{"agreeing a deal is concluding it; backing one is support", "Britain agreed a deal on Monday. British voters backed the old deal.",
			func(evs []text.Event) bool { return anyCode(evs, "057") && anyCode(evs, "051") }},
		{"who resists is the one the resistance comes from", "Obama's plan met resistance from Beijing.",
			func(evs []text.Event) bool { return hasDyad(evs, "120", "CHNGOV", "USAGOV") && len(evs) == 1 }},
		{"an international organisation's official states, no business commentary", "IMF Managing Director Christine Lagarde said the euro zone must act.",
			func(evs []text.Event) bool { return anyCode(evs, "01") && hasSourceText(evs, "Lagarde") }},
		{"an international organisation's official is no business", "IMF Managing Director Christine Lagarde praised the reforms.",
			func(evs []text.Event) bool { return anyCode(evs, "05") && hasSourceText(evs, "Lagarde") }},
		{"allies firing missiles side by side fire them at no one of themselves; fighting each other is mutual", "U.S. and British ships and submarines launched hundreds of Tomahawk cruise missiles on Saturday. Israel and Hamas fought in Gaza.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "ISR", "PSEREBHMS") && !hasDyad(evs, "190", "USA", "GBR") && !hasDyad(evs, "190", "GBR", "USA")
			}},
		{"what is struck by a boat or deployed on a station is not attacked", "Whale sharks survive despite being frequently struck by boats. Abu Dhabi Police deployed smart patrols on Abu Dhabi roads.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") && !anyCode(evs, "19") }},
		{"meeting a market's demand is supplying it, no meeting nor concession", "Saudi Arabia met rising demand in Asia last year. The government met the protesters' demands.",
			func(evs []text.Event) bool { return len(evs) == 1 && anyCode(evs, "083") }},
		{"buying in favor of something invests in nothing", "India bought Russian oil in favor of costlier Saudi crude.",
			func(evs []text.Event) bool { return !hasDyad(evs, "061", "IND", "SAU") }},
		{"a participle in a hyphenated modifier is part of an adjective, no verb", "There is no evidence yet of an increase in kidnapping in crisis-struck Greece, Italy and Spain. The 737 MAX is an update of its best-selling 737 jet, first launched in 1967.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") && !anyCode(evs, "07") }},
		{"closing its factory is a company's decision; walking out of an airport leaves it", "The South Korean tech giant closed its last smartphone factory in Huizhou. The Chinese spy was spotted walking out of Washington's Dulles Airport.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") }},
		{"exploring for oil or an area is prospecting, no policy considered", "The Nigerian oil company is exploring for oil in Anambra state.",
			func(evs []text.Event) bool { return !anyCode(evs, "014") }},
		{"releasing a handbook or rulings frees no one", "Japan's Agency for Cultural Affairs released its handbook this year. The WTO dispute panels released their rulings on Monday.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") && !anyCode(evs, "03") }},
		{"a sum frozen in assets seizes property, no aid suspended; a market's demand demands nothing", "A U.S. court froze $12 billion in Venezuelan oil assets. Japan's imports fell despite an increase in Japan's overall demand.",
			func(evs []text.Event) bool { return anyCode(evs, "1711") && !anyCode(evs, "16") && !anyCode(evs, "10") }},
		{"a contract awarded is business, no aid", "The U.S. Army awarded Boeing a $4 billion contract for 177 more helicopters on June 10. Japan gave Indonesia $5 billion in loans.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSourceText(evs, "Japan") }},
		{"demonstrating something shows it; demonstrating in a place protests", "President Lopez Obrador demonstrated his capitalist credentials last weekend. Thousands of Germans demonstrated in Berlin against the reform.",
			func(evs []text.Event) bool { return len(evs) == 1 && anyCode(evs, "141") }},
		{"a task force launched or led is a committee, unless armed", "The South Korean minister launched a task force within the ministry.",
			func(evs []text.Event) bool { return !anyCode(evs, "15") }},
		{"millions of people given something are counted, not paid", "The Unicorn Hunters show will premiere on August 6th, giving millions of people in Ghana the opportunity to watch.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") }},
		{"speaking to the press alone is an interview, no meeting; supporting jobs supports no one", "Speaking to Reuters on Wednesday, the Ukrainian minister said the talks were useful. IP-intensive industries support as many as 40 million American jobs.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") && !anyCode(evs, "07") }},
		{"charging a price or a battery accuses no one; charging a person does", "The bank charged high fees to its customers. The firm has branched out into electric vehicle charging stations. Police charged three men with murder.",
			func(evs []text.Event) bool { return len(evs) == 1 && anyCode(evs, "1121") }},
		{"charging with espionage or war crimes is the narrower accusation", "Iran charged the journalist with espionage. The court charged the general with crimes against humanity.",
			func(evs []text.Event) bool { return len(evs) == 2 && anyCode(evs, "1125") && anyCode(evs, "1124") }},
		{"agreeing with or on someone is agreeing; supporting on a trail or with votes is not", "Romney has vocally supported the project on the campaign trail. The bill must pass the Senate with enough votes. Merkel's coalition narrowly backed changes to the fund.",
			func(evs []text.Event) bool { return !anyCode(evs, "019") && !anyCode(evs, "057") }},
		{"accepting demands or peacekeepers yields; backing them supports", "The army backed the protesters' demands. France supported the UN peacekeepers. Greece accepted the demands of the creditors. Sudan accepted peacekeepers.",
			func(evs []text.Event) bool {
				return hasSource(evs, "051", "---MIL") && hasSource(evs, "051", "FRA") && hasSource(evs, "083", "GRC") && hasSource(evs, "0861", "SDN") && !hasSource(evs, "083", "---MIL") && !hasSource(evs, "0861", "FRA")
			}},
		{"stepping up troops, security or attacks is force; building an army of influencers or a strike bomber is not", "Douyin developed an army of influencers. Northrop Grumman is expected to build the new long-range strike bomber. South Korean authorities have ramped up security for the summit. Israel resumed its airstrikes on Gaza.",
			func(evs []text.Event) bool {
				return len(evs) == 2 && hasSource(evs, "150", "KORGOV") && hasSource(evs, "19", "ISR")
			}},
		{"the end of a summit as a time halts no talks and negates no summit", "A communique issued at the end of a G8 summit said members renewed their pledge. Speaking at the end of the Group of 20 summit, Rudd said the meeting was useful. Iran announced the end of talks with the EU.",
			func(evs []text.Event) bool {
				halts := 0
				for _, e := range evs {
					if e.CAMEO.Code == "164" {
						halts++
					}
				}
				return hasSource(evs, "040", "IGOGSV") && hasSource(evs, "164", "IRN") && halts == 1
			}},
		{"eliminating barriers or wiping out a lead kills no one", "Business groups urged Senate leaders to eliminate the Buy American provisions. Romney wiped out Obama's advantage in opinion polls. Child labour will be eliminated.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "18") }},
		{"a common noun right before a name among conjuncts describes it", "Venezuela and Italian oil company Eni ( ENI.MI ) signed an accord on Friday.",
			func(evs []text.Event) bool {
				return len(evs) == 2 && hasDyad(evs, "057", "VEN", "ITABUS") && hasDyad(evs, "057", "ITABUS", "VEN")
			}},
		{"a party's convention is a gathering, a UN convention a treaty", "Republican delegates booed at the party's national convention. Party leaders voted to hold their presidential nominating convention in Florida. Iran and Iraq signed a convention on border security.",
			func(evs []text.Event) bool { return len(evs) == 2 && hasDyad(evs, "057", "IRN", "IRQ") }},
		{"a set word that only modifies an actor or a market measure names no object", "The G8 pressed global food agencies to develop guidelines. G20 leaders instructed their finance ministers to draw up guidelines. Kenya said food inflation rose by 20 percent. Brazil suspended rice exports. Japan provided food supplies to North Korea. Obama will carry out his campaign promises.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "023") && !anyCode(evs, "1031") && !anyCode(evs, "1623") && !anyCode(evs, "073") && !anyCode(evs, "19") && !anyCode(evs, "138") &&
					hasSource(evs, "020", "IGOGSV") && hasSource(evs, "100", "IGOGTW") && hasSource(evs, "160", "BRA") && hasDyad(evs, "070", "JPN", "PRK")
			}},
		{"to refuse a rejection is not to reject", "China has indicated it will not ignore the European Union's moves. Japan said it would not rule out issuing bonds.",
			func(evs []text.Event) bool { return !anyCode(evs, "12") && hasSource(evs, "010", "JPN") }},
		{"a claim accuses only with a pattern of accusation", "New U.S. jobless claims rose last week. Taiwan reiterated its claims in the South China Sea. Iran filed claims against the United States.",
			func(evs []text.Event) bool {
				return len(evs) == 2 && hasDyad(evs, "112", "IRN", "USA") && hasSource(evs, "010", "TWN")
			}},
		{"support for an idea or a plan endorses it", "China has given qualified support for the idea of rebalancing. The Italian parliament gave final approval to an austerity plan. Japan provided support to the Syrian rebels.",
			func(evs []text.Event) bool {
				return hasSource(evs, "051", "CHN") && hasSource(evs, "051", "ITALEG") && hasSource(evs, "070", "JPN") && !hasSource(evs, "070", "CHN")
			}},
		{"a participle set off after a name is said of it", "Chinese Premier Wen Jiabao, visiting Germany on Tuesday, repeated his offer. Romney: \"Attacking me is not an agenda.\"",
			func(evs []text.Event) bool { return hasDyad(evs, "042", "CHNGOV", "DEU") && !anyCode(evs, "19") }},
		{"who is given a sentence in the passive receives it; who is said to do something is told nothing", "Algerian journalist Khaled Drareni was given a suspended sentence according to reports from the National Committee for the Liberation of Detainees. Northern Kenya is said to have shifted ground.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && evs[0].CAMEO.Code == "173" && evs[0].Target != nil && evs[0].Target.Code == "DZAJRN"
			}},
		{"wars and battles of other kinds fight no one, whoever they are with", "Exxon is in a legal battle with Venezuela. Lee oversaw a bidding war between two tycoons. Icahn waged a proxy battle against Biogen. Iran's war with Iraq lasted eight years.",
			func(evs []text.Event) bool { return len(evs) == 2 && hasDyad(evs, "190", "IRN", "IRQ") }},
		{"a city before a gathering or a pact names where, not who", "Two decades after the Oslo accords, there is still no final treaty. Bush spoke after the Washington summit was finished. Beijing sanctions hurt Taiwan.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "05", "NORGOV") && !hasSource(evs, "04", "USAGOV") && hasSource(evs, "163", "CHNGOV")
			}},
		{"money credited or a debt honoured praises no one", "About $160 million of Exxon debt had been credited by the tribunal. Greece will honour its debts. Merkel praised Greece.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "051", "DEUGOV") }},
		{"a meeting of a board, a cabinet or a year's members is no consultation, whoever it is of", "Wen spoke at the end of the annual meeting of parliament. The central bank will decide at the board meeting with analysts. Merkel held talks with Putin.",
			func(evs []text.Event) bool { return len(evs) == 2 && hasDyad(evs, "04", "DEUGOV", "RUSGOV") }},
		{"what someone had hoped to do is an intention, however the past participle is lemmatized", "Pentagon officials had hoped to reach agreement with Lockheed around mid-year.",
			func(evs []text.Event) bool { return !anyCode(evs, "057") && anyCode(evs, "030") }},
		{"posting or reporting a result is no statement", "Honda posted a 65 percent slide in quarterly operating profit. Iran and Nigeria posted declines in output. The Kremlin reported on Tuesday that the economy grew.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "010", "RUSGOV") }},
		{"maintaining something keeps it; maintaining that something is so says it", "Thai AirAsia maintained all staff in the past two years. Jugnauth maintained that the projects were legal.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && evs[0].Evidence.Rule == "01-statements.txt#maintain-statement"
			}},
		{"a verb fixed in a function word is no event; breaking momentum violates nothing", "Approval was 49 percent for men, as opposed to 39 percent for Britain. US troops broke the momentum of the Taliban. Russia opposed the plan.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "110", "RUS") }},
		{"a place set off after a place phrase is no one met; a list with a coordinator is", "Prime Minister Hisham Qandil met IMF chief Christine Lagarde in Davos, Switzerland, last month. Only the Baltic states of Lithuania, Latvia and Estonia have joined the EU.",
			func(evs []text.Event) bool {
				return !hasDyad(evs, "04", "---GOV", "CHE") && hasDyad(evs, "04", "---GOV", "IGOBUSIMF") && hasSource(evs, "05", "EST") && hasSource(evs, "05", "LVA")
			}},
		{"what there is a possibility, a risk or a prospect of has not happened", "There is no possibility of a military coup in Greece. There is a real risk of an attack on Iran. The army staged a coup in Mali.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasDyad(evs, "18", "---MIL", "MLI") }},
		{"fighting a threat, inflation or a crisis fights no one", "The United States will combat the threat of terrorism. The central bank battled inflation. The government fought the crisis.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "138") }},
		{"dispersing a group of youths clears no one of anything", "Police dispersed a group of youths. Noda said leaders will stamp out signs of trade protectionism.",
			func(evs []text.Event) bool { return !anyCode(evs, "016") && anyCode(evs, "175") }},
		{"executing a plan, a contract or a mission kills no one", "Iran executed three men. The EU will execute the fee collection. The company executed the contract. We must execute our core mission. The firm executes initiatives for digital education. The army executed the operation.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "1823", "IRN") }},
		{"offering or giving no comment declines to comment, and is no negated event", "The IMF office in Kiev offered no comment. The minister gave no details.",
			func(evs []text.Event) bool {
				return len(evs) == 2 && anyCode(evs, "011") && !anyCode(evs, "03") && evs[0].Modality == text.Asserted && evs[1].Modality == text.Asserted
			}},
		{"a noun's kind decides over its partner; a fight joined against a thing fights no one", "Turkey bordered during the Cold War on the Soviet Union. Councilors from the DPP joined the fight against the project. Britain joined the fight against the Islamic State.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && hasSource(evs, "062", "GBR") && !anyCode(evs, "19")
			}},
		{"a verb with its own subject is no modifier of the actor after it", "The Egyptian army ousted President Mursi in July. U.S. forces ousted the Taliban in 2001.",
			func(evs []text.Event) bool {
				return hasSource(evs, "180", "EGYMIL") && hasDyad(evs, "174", "USAMIL", "AFGREB")
			}},
		{"an apposition describes a participant and refusing appeals to release someone is refusing to release", "Mr. Sisi has rejected loud appeals to release Aya Hijazi, an American aid worker imprisoned in Egypt. People called Ramaphosa a coward.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "1243", "EGY", "USANGO") && !anyCode(evs, "07") && !anyCode(evs, "04")
			}},
		{"agreeing on a deal concludes it", "The European Union and Mercosur have agreed on the draft text of a free-trade deal. The IMF and Pakistan have agreed on a framework.",
			func(evs []text.Event) bool { return anyCode(evs, "06") || anyCode(evs, "057") }},
		{"flying aid somewhere gives it, and weights and loads measure what they carry", "Medecins Sans Frontieres flew over 13 metric tons of medicine into Afghanistan. China sent 500 tons of rice to North Korea.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "073", "NGOMEDMSF", "AFG") && hasDyad(evs, "073", "CHN", "PRK") && !anyCode(evs, "04")
			}},
		{"expressing or voicing a view states it", "Erdogan has repeatedly expressed his wish that the crisis would end. Merkel voiced concern.",
			func(evs []text.Event) bool { return hasSource(evs, "010", "TURGOV") && hasSource(evs, "012", "DEUGOV") }},
		{"claiming that something is so states it", "Netanyahu claimed that the plan would fail.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "010", "ISRGOV") }},
		{"a relative pronoun's antecedent stands before its verb", "Lula will deal with the aftermath of severe flooding in Brazil that has killed 51 people.",
			func(evs []text.Event) bool { return !anyCode(evs, "18") && !anyCode(evs, "19") }},
		{"a press conference held somewhere is a statement, one held with someone a meeting", "Obama held a news conference in L'Aquila on Friday. Sarkozy held a joint news conference with Merkel.",
			func(evs []text.Event) bool {
				return hasSource(evs, "010", "USAGOV") && hasDyad(evs, "040", "FRAGOV", "DEUGOV") && !anyCode(evs, "044")
			}},
		{"claiming lives kills; beginning a life-saving project or leading a quiet life does not", "The Israeli attack claimed 40 lives. The two governments will begin the life-saving project. Putin led a quiet life.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "1823", "ISR") }},
		{"attacking a deal criticises it; striking one concludes it", "Republicans attacked the deal with Iran. Iran struck a deal with Iraq.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "USAPTY") && hasDyad(evs, "057", "IRN", "IRQ") && !hasSource(evs, "057", "USAPTY") && !anyCode(evs, "19")
			}},
		{"an insurgency is no protest", "The Pentagon tries to fight insurgencies in Iraq and Afghanistan. Cameroon has been riven by an insurgency by anglophone separatists.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") }},
		{"a date before the verb makes no call on someone", "On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the case.",
			func(evs []text.Event) bool { return anyCode(evs, "055") && anyCode(evs, "041") && !anyCode(evs, "02") }},
		{"an event noun as an active subject is not what its verb intends or asks", "Premier Li Keqiang's visit to Germany will push forward cooperation. The G8 summit pledged $20 billion of funds to poor countries.",
			func(evs []text.Event) bool { return anyCode(evs, "0331") && !anyCode(evs, "02") }},
		{"letting someone deliver aid lets it in", "Ethiopia allowed the World Food Program to deliver food to some 1 million people.",
			func(evs []text.Event) bool { return hasDyad(evs, "0863", "ETH", "IGOUNOWFP") }},
		{"calling the shots fires nothing; a chief executive the dictionary knows is a company's", "Igor Sechin has become used to calling the shots. Warren Buffett said markets would recover.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "010", "USABUS") }},
		{"dismissing workers rejects no one, getting off scot-free frees no one", "By effectively dismissing thousands of workers, Murdoch dealt a blow to the unions. People at the top get away scot-free. Iran dismissed the proposal.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasSource(evs, "120", "IRN") }},
		{"pledging to boost trade intends it; a cyber attack from someone is one", "Iranian and Tajik officials pledged to boost annual trade. Google said its servers had suffered cyber-attacks from China.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "07") && hasSource(evs, "170", "CHN") && !anyCode(evs, "19")
			}},
		{"the kind of an attack on someone decides its code", "A knife attack on tourists in Sousse shocked Tunisia. Militant attacks on Nigeria's oil installations cut output.",
			func(evs []text.Event) bool { return anyCode(evs, "182") && anyCode(evs, "180") && !anyCode(evs, "190") }},
		{"meeting opposition leaders is a meeting", "Hollande met German opposition leaders this week.",
			func(evs []text.Event) bool { return anyCode(evs, "040") && !anyCode(evs, "12") }},
		{"It opening a sentence is the organisation or country the last one was about", "The European Union imposed sanctions on Syria. It also urged Moscow to withdraw its troops. It is unclear whether Russia will comply.",
			func(evs []text.Event) bool { return hasDyad(evs, "02", "IGOEUREEC", "RUSGOV") }},
		{"it as the subject of a relative clause is the subject of the clause the clause's noun is in", "The United States discourages Western companies from investing in Iran, which it accuses of trying to develop nuclear weapons. Venezuela will pay Helmerich and Payne for oil rigs it seized from the company.",
			func(evs []text.Event) bool { return hasDyad(evs, "112", "USA", "IRN") && hasSource(evs, "171", "VEN") }},
		{"a question put to someone asks about the event: no asserted event, no appeal", "When asked about reshuffling his Cabinet, Kishida said he had no plan. Reporters asked whether Iran would attack Israel.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Modality == text.Asserted && (strings.HasPrefix(e.CAMEO.Code, "02") || strings.HasPrefix(e.CAMEO.Code, "08") || strings.HasPrefix(e.CAMEO.Code, "19")) {
						return false
					}
				}
				return true
			}},
		{"talk of something is no meeting", "Growing talk of a military option worried Iran. The smuggling is bigger than the talk of villagers would suggest. Iran held talks with France.",
			func(evs []text.Event) bool { return countCode(evs, "040") == 0 && hasDyad(evs, "046", "IRN", "FRA") }},
		{"the means of what has not happened has not happened either", "Goods will take illegal routes until Serbia and Kosovo resolve the dispute by signing a political agreement. China could force Taiwan to its knees by imposing sanctions.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Modality == text.Asserted && (e.CAMEO.Code == "057" || strings.HasPrefix(e.CAMEO.Code, "16")) {
						return false
					}
				}
				return true
			}},
		{"troops deployed on a peacekeeping mission keep the peace", "Nigeria deployed 230 troops to Liberia on a peacekeeping mission.",
			func(evs []text.Event) bool { return hasDyad(evs, "074", "NGA", "LBR") && !anyCode(evs, "15") }},
		{"troops sent to help protect, troops sent to intimidate threaten", "Britain sent paratroopers to Lebanon to help the army patrol its borders. Australia offered to send troops to help the Philippine army. Russia sent troops to the border to intimidate Ukraine.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "074", "GBR", "LBN") && hasSource(evs, "0334", "AUS") && hasSource(evs, "15", "RUS") && !hasSource(evs, "15", "GBR") && !hasSource(evs, "13", "AUS")
			}},
		{"rejecting findings or suggestions rejects, rejecting accusations denies", "Myanmar rejected the UN's findings on Monday. Germany dismissed suggestions that the group should expand. Iran rejected accusations of spying.",
			func(evs []text.Event) bool {
				return hasSource(evs, "12", "MMR") && hasSource(evs, "12", "DEU") && hasSource(evs, "016", "IRN") && !hasSource(evs, "016", "MMR") && !hasSource(evs, "016", "DEU")
			}},
		{"the words of a pattern that codes nothing are no events either", "The police took charge of the premises on Friday. The minister in charge of the police resigned.",
			func(evs []text.Event) bool { return !anyCode(evs, "112") && anyCode(evs, "083") }},
		{"a noun's pattern that codes nothing leaves the other words' events", "The armies of Brazil and Argentina performed joint war games in October.",
			func(evs []text.Event) bool { return hasSource(evs, "062", "BRAMIL") }},
		{"swearing someone in promises nothing", "Egypt's president swore in ten new ministers on Sunday. The new Italian prime minister was sworn in on Wednesday.",
			func(evs []text.Event) bool { return !anyCode(evs, "03") }},
		{"trading fire or insults is no commerce", "Serbian troops traded fire with Croatian troops on Friday. Iran traded insults with Saudi Arabia.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "19", "SRBMIL", "HRVMIL") && hasDyad(evs, "111", "IRN", "SAU") && !anyCode(evs, "06")
			}},
		{"what a phrase describing the speaker names takes no part", "\"We have waited 1,700 days for this project,\" Fred Upton, Republican of Michigan, said on Friday.",
			func(evs []text.Event) bool { return len(evs) == 1 && !hasSource(evs, "", "USA") }},
		{"what condolences are offered over is no offer", "A top diplomat of the United Arab Emirates offered his condolences over an attack on mosques in New Zealand.",
			func(evs []text.Event) bool { return anyCode(evs, "018") && !anyCode(evs, "13") }},
		{"what came before is not agreed to", "Somali opposition leaders have agreed to postpone a protest over election delays after last week's clashes.",
			func(evs []text.Event) bool { return hasSource(evs, "03", "SOMOPP") && !anyCode(evs, "13") }},
		{"dialing back a measure is no phone call", "On Monday the Reserve Bank of India cut a key interest rate, further dialing back an emergency measure it had imposed in July.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a subject after a fronted phrase is the subject", "In recent months Syria and Israel have fired across the ceasefire line.",
			func(evs []text.Event) bool { return hasSource(evs, "19", "SYR") && hasSource(evs, "19", "ISR") }},
		{"personnel alone are no troops", "India sent emergency supplies and personnel such as doctors to Nepal. Russia deployed military personnel to the border with Ukraine.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "15", "IND") && hasSource(evs, "07", "IND") && hasSource(evs, "154", "RUS")
			}},
		{"his country is the speaker's", "Vladimir Putin said his country would not lift the ban on European pork.",
			func(evs []text.Event) bool { return hasSource(evs, "12", "RUS") }},
		{"his government is not that of another sentence's subject", "Responding to Barack Obama, the spokesman said his government would oppose the plan.",
			func(evs []text.Event) bool { return !hasSource(evs, "", "USAGOV") && !hasSource(evs, "", "USA") }},
		{"a government's own spending or tax package is no aid", "The U.S. House of Representatives approved a $787 billion package of spending and tax cuts on Friday, and China approved a 4 trillion yuan government spending package.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") }},
		{"approved aid to a country is", "Japan approved $10 million in emergency aid to Haiti on Friday.",
			func(evs []text.Event) bool { return hasDyad(evs, "07", "JPN", "HTI") }},
		{"a subject cut at its preposition by the parse is one actor", "A group of free-trading northern European nations urged the EU's trade chief on Friday to contain the dispute with China.",
			func(evs []text.Event) bool { return hasDyad(evs, "02", "EUR", "IGOEUREEC") }},
		{"a word of the anchor's phrase is no participant: the passive subject is", "Four oil workers are still being held hostage by an armed group.",
			func(evs []text.Event) bool { return hasTargetText(evs, "workers") && !hasTargetText(evs, "hostage") }},
		{"who leaves office leaves no one", "President George W. Bush left office in January.",
			func(evs []text.Event) bool { return anyCode(evs, "083") && !hasTargetText(evs, "office") }},
		{"an office is whose it is", "The prosecutor's office demanded a 20-year sentence.",
			func(evs []text.Event) bool { return hasSource(evs, "10", "---JUD") }},
		{"a firm shutting its own works imposes no sanction", "General Motors said it would shut its Rayong plant for two months.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"a government banning trading does", "The Chinese government banned the trading of cryptocurrencies last year.",
			func(evs []text.Event) bool { return hasSource(evs, "172", "CHNGOV") }},
		{"only ruling out rejects", "The police found out where he was living, and fighters held out in the old city.",
			func(evs []text.Event) bool { return !anyCode(evs, "12") }},
		{"ruling out does", "France has ruled out talks with the rebels.",
			func(evs []text.Event) bool { return hasSource(evs, "125", "FRA") }},
		{"a pattern's noun after the anchor may be counted by a partitive", "Russia has begun withdrawing some of its troops from Syria.",
			func(evs []text.Event) bool { return hasDyad(evs, "0874", "RUS", "SYR") }},
		{"after a sum given, an in-phrase is what is given", "Germany provided 28 million euros in humanitarian aid to Yemen.",
			func(evs []text.Event) bool { return hasDyad(evs, "073", "DEU", "YEM") }},
		{"troops sent for peacekeeping are peacekeeping", "Ghana will send 500 soldiers to South Sudan for peacekeeping.",
			func(evs []text.Event) bool { return hasDyad(evs, "0334", "GHA", "SSD") }},
		{"launching legal action is a lawsuit, a diplomatic offensive no attack", "The European Commission has launched legal action against Poland, and China a diplomatic offensive against Taiwan.",
			func(evs []text.Event) bool { return hasDyad(evs, "115", "IGOEUREEC", "POL") && !anyCode(evs, "19") }},
		{"trying is an attempt, charging that an accusation", "Merkel has tried to lower expectations, and lawmakers have charged that China keeps its currency low.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") && hasSource(evs, "112", "---LEG") }},
		{"a trial is of someone", "A military court tried the former president for treason.",
			func(evs []text.Event) bool { return anyCode(evs, "173") }},
		{"a price or a head hit is no attack, a shop shut no ban", "Brent crude hit $119 a barrel, he hit his head, and many of the affected firms are still shut.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "17") }},
		{"an airstrike hitting, troops targeting and the internet shut down are", "An Israeli airstrike hit a house in Gaza, Russian forces targeted Ukrainian power plants and the authorities have shut down the internet.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "ISR", "PSE") && hasDyad(evs, "190", "RUSMIL", "UKR") && anyCode(evs, "1721")
			}},
		{"military spending and mobilized money are no troops", "China has increased its military expenditure, and Washington is ready to mobilize $3 billion.",
			func(evs []text.Event) bool { return !anyCode(evs, "15") && !anyCode(evs, "13") }},
		{"mobilized troops are", "India mobilised troops along the border with Pakistan.",
			func(evs []text.Event) bool { return anyCode(evs, "154") }},
		{"fighting an ill fights no one", "The central bank is fighting inflation, and the president vowed to fight corruption.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "13") }},
		{"fighting rebels does", "Government troops fought rebels in the north.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "---MIL", "---REB") }},
		{"taking over an office or a role occupies nothing", "Mexico takes over the stewardship of the group, and he took over as chairman last year.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "13") }},
		{"taking over a town does", "Islamist fighters took over the town of Kidal.",
			func(evs []text.Event) bool { return hasDyad(evs, "192", "---REB", "MLI") }},
		{"cutting a deficit from a level suspends nothing, a conviction held is no verdict", "The program pledges to reduce the budget deficit from 12.9 percent to 3 percent, the government's firm conviction.",
			func(evs []text.Event) bool { return !anyCode(evs, "16") && !anyCode(evs, "17") && !anyCode(evs, "14") }},
		{"suspending a member from a body does", "The African Union suspended Mali from the organisation.",
			func(evs []text.Event) bool { return hasDyad(evs, "160", "IGOAFRAFU", "MLI") }},
		{"a measure passed is a bill, no sanction", "The Senate approved a measure that would expand hate-crime protection, and Greece approved new austerity measures.",
			func(evs []text.Event) bool { return !anyCode(evs, "16") }},
		{"measures imposed against someone are", "Russia responded by imposing similar measures against Americans.",
			func(evs []text.Event) bool { return hasDyad(evs, "163", "RUS", "USA") }},
		{"grappling with a problem is no riot, levelling an accusation no demolition", "The government is grappling with a recurring deficit, and the U.S. leveled a similar accusation against Iran.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "14") && !anyCode(evs, "17") && hasDyad(evs, "112", "USA", "IRN")
			}},
		{"protesters clashing with police riot", "Protesters clashed with police in Athens.",
			func(evs []text.Event) bool { return anyCode(evs, "145") }},
		{"committing suicide or a crime is no pledge", "He committed suicide in prison after the killings were committed by the militia.",
			func(evs []text.Event) bool { return !anyCode(evs, "03") }},
		{"a market's demand and budget pressures are no demands", "U.S. heating demand is expected to rise, the demand for OPEC's crude is weak, and budget pressures are mounting.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") }},
		{"a thing in a country does not act for it", "Political turmoil in Libya could threaten energy exports to Europe.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") }},
		{"people in a country do", "Officials in Beijing criticized the decision.",
			func(evs []text.Event) bool { return hasSource(evs, "11", "CHNGOV") }},
		{"a bidding battle between two firms is no fighting", "The brewer has been the object of a bidding battle between Heineken and Thai Beverage.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"analysts and traders of no country comment, they make no statement", "Analysts say the yuan will rise further, a trader said.",
			func(evs []text.Event) bool { return !anyCode(evs, "01") }},
		{"a government speaks", "The Chinese government said the yuan will rise further.",
			func(evs []text.Event) bool { return hasSource(evs, "01", "CHNGOV") }},
		{"what is planned in plans scrapped does not happen", "Germany scrapped plans to purchase Euro Hawk reconnaissance drones.",
			func(evs []text.Event) bool { return !anyCode(evs, "03") && !anyCode(evs, "07") }},
		{"a vote pushed back or cables released move no people", "The commission pushed back the vote to June, and Wikileaks released thousands of diplomatic cables.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") && !anyCode(evs, "08") }},
		{"migrants pushed back and prisoners released are moved", "Greece pushed back migrants to Turkey, and Israel released 26 Palestinian prisoners.",
			func(evs []text.Event) bool { return hasDyad(evs, "174", "GRC", "TUR") && anyCode(evs, "0841") }},
		{"a war placed somewhere is no happening", "The number of Americans who view the war in Afghanistan as worth fighting declined, and Russia's war in Ukraine has disrupted grain exports.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"a war with a named side is", "Israel's war with Hamas continued.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "ISR", "PSEREBHMS") }},
		{"officials clashing quarrel", "President Barack Obama clashed with Senator Lamar Alexander over insurance premiums.",
			func(evs []text.Event) bool { return anyCode(evs, "110") && !anyCode(evs, "145") }},
		{"where a summit meets is no party to it", "Barroso spoke on the eve of the G20 summit in the U.S. city of Pittsburgh.",
			func(evs []text.Event) bool { return !hasDyad(evs, "04", "IGOGTW", "USA") }},
		{"who is counted is the participant", "Police arrested several of the protesters.",
			func(evs []text.Event) bool { return hasDyad(evs, "173", "---COP", "---OPP") }},
		{"a team entering a country occupies nothing", "The government let a UN fact-finding team enter the country.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"troops entering it do", "Russian troops entered the country on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "192") }},
		{"appealing a verdict or pleading guilty appeals to no one", "He pleaded guilty and will appeal the conviction to the Supreme Court.",
			func(evs []text.Event) bool { return !anyCode(evs, "02") }},
		{"a death is no killing", "The death in June of Senator Robert Byrd complicated efforts to pass the bill.",
			func(evs []text.Event) bool { return !anyCode(evs, "18") }},
		{"one caused by someone is", "Nigeria says Pfizer caused the death of 11 children in 1996.",
			func(evs []text.Event) bool {
				return hasSource(evs, "18", "USABUS") || hasDyad(evs, "112", "NGA", "USABUS")
			}},
		{"receiving a country's goods hosts no one", "The Mozyr refinery receives Venezuelan imports by rail.",
			func(evs []text.Event) bool { return !anyCode(evs, "043") }},
		{"receiving its president does", "Egypt's president received the Venezuelan president on Monday.",
			func(evs []text.Event) bool { return hasDyad(evs, "043", "EGYGOV", "VENGOV") }},
		{"who is angered is concerned, about who angered them", "Exxon angered Baghdad by signing a deal with the Kurds.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "012", "IRQGOV", "USABUS") && !hasDyad(evs, "012", "USABUS", "IRQGOV")
			}},
		{"leaving a venture is no retreat", "Shell has pulled out of a planned gas project in Iran.",
			func(evs []text.Event) bool { return !anyCode(evs, "087") }},
		{"troops pulling out of a country are", "Russia pulled its troops out of Georgia.",
			func(evs []text.Event) bool { return anyCode(evs, "0874") }},
		{"meeting a need and marking a range are no events", "Saudi Arabia boosted output to meet a shortfall, marking the widest range since 2008.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") && !anyCode(evs, "017") }},
		{"marking an anniversary is", "China marked the 60th anniversary of the republic on Monday.",
			func(evs []text.Event) bool { return hasSource(evs, "017", "CHN") }},
		{"capturing a sentiment arrests no one", "Sirleaf aptly captures this sentiment in her speech.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") && !anyCode(evs, "19") }},
		{"capturing a chamber or a majority in an election arrests no one", "Republicans captured the Senate in 2014. The Socialists captured a majority in parliament.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") && !anyCode(evs, "19") }},
		{"aid made available is given; making use of available funds gives none", "Germany has made available ambulances and medical supplies to Liberia. The World Bank made $20 million available to Haiti. German ministers urged Europe to make good use of available EU funds.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "073", "DEU", "LBR") && hasDyad(evs, "071", "IGOUNODEVWBK", "HTI") && !anyCode(evs, "103") && countCode(evs, "071") == 1
			}},
		{"a statement whose content codes nothing is coded itself", "The Judge said that granting the request will lead to a breach of the Constitution.",
			func(evs []text.Event) bool { return hasSource(evs, "010", "---JUD") }},
		{"going too far in something is no visit", "Greenlanders feel Kleist has gone too far in welcoming foreign companies. Obama went too far in Germany.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a suicide bomber named, a party battered in polls and a vehicle stopped are no events", "The term is used to describe a suicide bomber. Merkel's party was battered in state elections. The Liberal Democrats were battered in local polls. Police stopped a military-style armored vehicle.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"where a gathering is held names none of its parties; where people are names theirs", "The meeting in Pittsburgh discussed the review process. Protesters in Cairo denounced the government.",
			func(evs []text.Event) bool { return !hasSource(evs, "040", "USA") && hasSource(evs, "111", "EGYOPP") }},
		{"a person set off as working in a known body is of that body", "Susanna Camusso, head of the biggest union federation, spoke on Wednesday. Camusso accused Monti of sparing the rich.",
			func(evs []text.Event) bool { return hasDyad(evs, "112", "---LAB", "ITAGOV") }},
		{"a currency's country takes no part", "The ministry allocated an extra 2.8 billion Egyptian pounds to finance wheat purchases. Apartments range from 2,600 UAE dirhams to 3,800 dirhams.",
			func(evs []text.Event) bool { return !hasTargetCode(evs, "EGY") && !hasSource(evs, "045", "ARE") }},
		{"a trade pact signed is a formal agreement; other economic deals are economic cooperation", "Wen sealed a trade pact with ASEAN. China signed a gas deal with Russia.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "057", "CHNGOV", "IGOSEAASN") && hasDyad(evs, "061", "CHN", "RUS")
			}},
		{"a statement whose content codes nothing still adds nothing to a sentence that codes something else", "The KRG government rejected the Iraqi and Turkish demands, arguing that the Kurds' role in defending Kirkuk against Islamic State justified the hoisting of their flag.",
			func(evs []text.Event) bool { return anyCode(evs, "120") && countCode(evs, "010") == 0 }},
		{"seeking an agreement asks for it; seeking to release intends it", "France is seeking agreement from Germany on tougher regulation. Iran seeks to release the sailors.",
			func(evs []text.Event) bool {
				return hasSource(evs, "027", "FRA") && !anyCode(evs, "030") && hasSource(evs, "0353", "IRN")
			}},
		{"help asked from someone is asked of them", "PETA is asking help from the Armed Forces of the Philippines to rescue surviving animals.",
			func(evs []text.Event) bool { return anyCode(evs, "023") && hasTargetCode(evs, "PHLMIL") }},
		{"capturing rebels does", "Troops captured nearly 50 rebels on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "173") }},
		{"a warning is a pessimistic comment", "The ICRC warned that Africa's food crisis is set to worsen.",
			func(evs []text.Event) bool { return anyCode(evs, "012") && !anyCode(evs, "13") }},
		{"warning someone against something threatens", "The United States warned Iran against any attack on its ships.",
			func(evs []text.Event) bool { return hasDyad(evs, "13", "USA", "IRN") }},
		{"a pattern's complementiser is the complement's", "The protesters demonstrated that they were strong.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") }},
		{"the police reporting an arrest made it", "Police said 32 protesters had been arrested by early evening.",
			func(evs []text.Event) bool { return hasDyad(evs, "173", "---COP", "---OPP") }},
		{"a reporter of a killing did not do it", "Police said five people were killed in the town.",
			func(evs []text.Event) bool { return !hasSource(evs, "18", "---COP") && !hasSource(evs, "19", "---COP") }},
		{"a warning of one's own act is a threat", "Iran's oil minister warned South Korea that Tehran would reconsider ties with Seoul if it stopped importing oil.",
			func(evs []text.Event) bool { return hasDyad(evs, "13", "IRNGOV", "KOR") }},
		{"a warning of others' acts is no threat", "The president warned that his rival would bring back old policies if he won.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") }},
		{"sport is no politics", "Algeria head coach Djamel Belmadi said he will not leave his post.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"damaging the rule of law destroys no property", "Police chiefs said the plan would damage the rule of law, and the parties cannot sabotage the government.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"damaging a pipeline does", "Rebels damaged a pipeline in the Niger Delta on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "1712") }},
		{"entering a country cooperates with no one", "Hindu thugs entered a mosque, and foreign firms are preparing to enter Myanmar.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") && !anyCode(evs, "03") }},
		{"joining an actor does", "Slovenia joined the European Union in 2004.",
			func(evs []text.Event) bool { return hasDyad(evs, "050", "SVN", "IGOEUREEC") }},
		{"cutting a tax rate sanctions no one", "Cameron's government cut Britain's top tax rate to 45 percent from 50 percent.",
			func(evs []text.Event) bool { return !anyCode(evs, "16") }},
		{"who speaks of a meeting does not hold it", "European officials portray the meeting as a turning point.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"nor does who describes an attack make it", "Russia described the attack as a provocation.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"who launches it does", "Russia launched an attack on the town.",
			func(evs []text.Event) bool { return hasSource(evs, "19", "RUS") }},
		{"a possible meeting is not held", "China said a possible meeting between Obama and the Dalai Lama would harm relations.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"nor a planned visit made", "He died a month before a planned visit to Taiwan.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"who is in talks takes part in them", "Iran is in talks with the United States and Britain.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "04", "IRN", "GBR") && !hasDyad(evs, "04", "USA", "GBR")
			}},
		{"who acts in a meeting with someone meets them", "French President Nicolas Sarkozy said after talks with German Chancellor Angela Merkel in Paris that he hoped their plan would win backing.",
			func(evs []text.Event) bool { return hasDyad(evs, "04", "FRAGOV", "DEUGOV") }},
		{"whatever else the verb does", "Iranian President Hassan Rouhani made the remarks in a meeting with the commander of the IRGC Navy on Sunday.",
			func(evs []text.Event) bool { return hasDyad(evs, "04", "IRNGOV", "IRNMIL") }},
		{"but a side no one knows makes none", "The chief made the remarks in a meeting with Chinese officials.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"and a predicate noun takes its clause's modality", "Syria could be at war with Turkey.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"the partners of one side named are not each other's", "It has concluded deals with Costa Rica and Taiwan.",
			func(evs []text.Event) bool {
				return !hasDyad(evs, "05", "CRI", "TWN") && !hasDyad(evs, "05", "TWN", "CRI")
			}},
		{"adding something to something says nothing", "Congress has added 18 C-17s to the defense budget.",
			func(evs []text.Event) bool { return !anyCode(evs, "01") }},
		{"neither subject does it", "Neither Iran nor Iraq attended the talks.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a poll makes no statement", "The poll stated that the vote would be close.",
			func(evs []text.Event) bool { return !anyCode(evs, "01") }},
		{"an unnamed source does", "The source said the plant would close.",
			func(evs []text.Event) bool { return anyCode(evs, "01") }},
		{"and a report speaks for who issued it", "The report said that prices would rise.",
			func(evs []text.Event) bool { return anyCode(evs, "01") }},
		{"nouns of people by their ending are someone", "The toxicologist said that the water was unsafe.",
			func(evs []text.Event) bool { return anyCode(evs, "01") }},
		{"ordering goods is no demand", "Israel and Japan have also ordered the jet.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") }},
		{"demanding them is", "Iran demanded weapons from Russia.",
			func(evs []text.Event) bool { return anyCode(evs, "10") }},
		{"the press told is no target", "\"This is a security threat for us,\" Ashok Kaul, a BJP politician in Jammu, told Al Jazeera.",
			noPressTarget},
		{"nor is the press told in a city", "\"The situation is very tense,\" UNHCR spokesman Adrian Edwards told reporters in Geneva.",
			noPressTarget},
		{"leaving a country is no withdrawal", "At least 30,000 refugees have already left the country.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") && !anyCode(evs, "16") }},
		{"troops leaving are", "Israeli troops left Gaza on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "0874") }},
		{"leaving the EU reduces relations", "Britain voted to leave the EU.",
			func(evs []text.Event) bool { return anyCode(evs, "161") }},
		{"fighting words between no actors are no event", "The region has been hit by a polar cold snap.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"nor are business operations", "Foreign oil companies were reassessing operations in the country.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"an actor on one side is enough", "A car bomb killed ten people in Baghdad.",
			func(evs []text.Event) bool { return anyCode(evs, "18") }},
		{"and an attack by known actors stays", "Russian forces attacked the town.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"a match won is no attack", "South Korea defeated China 3-0 on Wednesday.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"nor is a bill pushed through", "Merkel wants to push the bill through the Bundestag.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"a pardon of prisoners frees them", "President Salva Kiir pardoned 30 prisoners on Saturday.",
			func(evs []text.Event) bool { return anyCode(evs, "0841") && !anyCode(evs, "056") }},
		{"cooperation alleged is an accusation, beside the arrest for it", "Police arrested the journalist for collaborating with Boko Haram.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "173", "---COP", "---JRN") && hasDyad(evs, "112", "---COP", "---JRN")
			}},
		{"a visit is an event of a known visitor only", "Over 1 million visitors traveled to Costa Rica in 2021. The rig should arrive in Cuba next month. President Barack Obama traveled to Moscow.",
			func(evs []text.Event) bool {
				return !hasTargetCode(evs, "CRI") && !hasTargetCode(evs, "CUB") && hasSource(evs, "042", "USAGOV")
			}},
		{"housing units are no troops, an elite unit is", "A South Korean group built 500,000 housing units all over Iraq. Russia withdrew an elite unit from Syria.",
			func(evs []text.Event) bool { return !anyCode(evs, "15") && hasDyad(evs, "0874", "RUS", "SYR") }},
		{"a meeting is not directed at its venue, a visit is", "OPEC meets in Vienna on March 5. Macron kicked off the tour with a visit to Cameroon, followed by Benin and then ending the trip in Guinea-Bissau.",
			func(evs []text.Event) bool {
				return anyCode(evs, "040") && !hasTargetCode(evs, "AUT") && hasTargetCode(evs, "GNB")
			}},
		{"officials battling each other quarrel, unless they wage a war", "President Barack Obama and Republicans battled over the size of the proposal. Prime Minister Benjamin Netanyahu stepped up his war against the Palestinian government.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "110", "USAGOV", "USAPTY") && !hasSource(evs, "19", "USAGOV") && hasDyad(evs, "190", "ISRGOV", "PSEGOV")
			}},
		{"an intervention is force only as a military, foreign or armed one", "An arrest was made only after the intervention of NGOs and activists. Japan's intervention pushed the yen down. The Russian military intervention in Syria began in 2015.",
			func(evs []text.Event) bool {
				return !hasTargetText(evs, "NGOs") && !hasSource(evs, "19", "JPN") && hasDyad(evs, "190", "RUSMIL", "SYR")
			}},
		{"a campaign launched is politics, a violent one force", "President Hamid Karzai's brothers began a campaign this week to take power in Afghanistan. Militants in the Niger Delta launched a violent campaign against the army.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "AFGGOV") && hasDyad(evs, "190", "NGAREB", "---MIL")
			}},
		{"nor a proposal advanced on a country, as an army advances on one", "The U.S. envoy advanced a diplomatic resolution on Ethiopia. Rebel forces advanced on Ethiopia.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "19", "USAGOV") && hasDyad(evs, "190", "---REB", "ETH")
			}},
		{"nor a verbal response", "Finance Minister Pierre Moscovici responded by calling the outlook realistic.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"forces defeating rebels fight", "Government troops defeated the rebels near Goma.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"what was said is no target", "The ministry stressed the need for a quick settlement on Monday.",
			noTarget},
		{"nor is the source of a report", "China has blocked the report, according to the sources.",
			func(evs []text.Event) bool { return !hasTargetText(evs, "sources") }},
		{"who was told is", "Greek Prime Minister George Papandreou told the IMF that Greece would pay.",
			func(evs []text.Event) bool { return hasTargetText(evs, "IMF") }},
		{"a credit line is no event", "Iran said it would talk. (Reporting by Parisa Hafezi in Ankara; Editing by Mark Heinrich)",
			func(evs []text.Event) bool {
				return len(evs) == 1 && evs[0].Source != nil && evs[0].Source.Code == "IRN"
			}},
		{"making clear represses nobody", "Merkel made clear her opposition to the plan.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"clearing a protest camp does", "Police cleared the protest camp in Kiev.",
			func(evs []text.Event) bool { return anyCode(evs, "175") }},
		{"a law requiring is no demand", "The law requires banks to hold more capital.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") }},
		{"being sent to hospital is no complaint", "The injured were sent to hospital in Cairo by the Egyptian army.",
			func(evs []text.Event) bool { return !anyCode(evs, "11") }},
		{"complaining to is", "Japan complained to China about the incursion.",
			func(evs []text.Event) bool { return anyCode(evs, "114") }},
		{"receiving a boost is no visit", "The economy received a boost from exports.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"receiving a president is", "Putin received Palestinian President Mahmoud Abbas in Moscow on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "043") }},
		{"helping prices up is no aid", "Fears of war helped push oil prices higher.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") }},
		{"restoring confidence returns nothing", "The plan will restore confidence in the banks.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"freeing prisoners is a release", "Libya freed 37 prisoners on Tuesday.",
			func(evs []text.Event) bool { return anyCode(evs, "084") }},
		{"a date is no participant", "On October 16 the ministers met in Brussels.",
			func(evs []text.Event) bool { return !hasParticipantText(evs, "16") }},
		{"a newspaper called Times is", "The Sunday Times reported the decision on Monday.",
			func(evs []text.Event) bool { return hasParticipantText(evs, "Times") }},
		{"what should happen is no appeal", "Prange said the war's end should boost sales of the players.",
			func(evs []text.Event) bool { return !anyCode(evs, "02") }},
		{"what an actor should do is", "The opposition said the government should resign.",
			func(evs []text.Event) bool { return anyCode(evs, "02") }},
		{"a match won is no assault", "Senegal beat Egypt 1-0 in the final on Sunday.",
			func(evs []text.Event) bool { return !anyCode(evs, "18") }},
		{"beating protesters is", "Police beat protesters with batons in Cairo.",
			func(evs []text.Event) bool { return anyCode(evs, "182") }},
		{"taking over an office occupies nothing", "Prime Minister Narendra Modi took over as head of government in 2014.",
			func(evs []text.Event) bool { return !anyCode(evs, "192") }},
		{"taking control of a city does", "Hamas seized control of Gaza in 2007.",
			func(evs []text.Event) bool { return anyCode(evs, "192") }},
		{"a thing does not act", "The crisis forced the government to cut subsidies.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"a statement speaks for who issued it", "Amnesty International issued a statement calling on Belarus to free the activists.",
			func(evs []text.Event) bool {
				return len(evs) > 0 && evs[0].Source != nil && strings.HasPrefix(evs[0].Source.Code, "NGO")
			}},
		{"funding to support is the funder's support", "Germany provided 6.3 million euros to support refugees in Jordan.",
			func(evs []text.Event) bool { return !hasSourceText(evs, "euros") }},
		{"the two sides meet each other", "Indian Prime Minister Manmohan Singh met Iranian President Mahmoud Ahmadinejad in Tehran. The two sides held talks on trade.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Source != nil && e.Target != nil && e.Source.Code == "IRNGOV" && e.Target.Code == "INDGOV" {
						return true
					}
				}
				return false
			}},
		{"the press reporting is no statement", "The New York Times reported the news on Sunday.",
			func(evs []text.Event) bool { return !anyCode(evs, "01") }},
		{"a question asserts nothing", "Did the army kill the protesters in Cairo?",
			func(evs []text.Event) bool { return !anyCode(evs, "1") }},
		{"a heading in capitals is no event", "Exxon spoke. EXXON STRIKES BACK Exxon said it would sue.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"the IMF fighting is no war", "The IMF has fought hard to keep its role in the talks.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"soldiers fighting are", "Russian soldiers fought Ukrainian troops near Bakhmut.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"who is ousted is the target", "India has invested billions in Afghanistan since the Taliban's ouster in 2001.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.CAMEO.Code == "180" && e.Source != nil {
						return false
					}
				}
				return true
			}},
		{"a city after from is a place", "Marco Daddio, a tailor from Naples, said taxes rose.",
			func(evs []text.Event) bool { return !hasSourceText(evs, "Naples") }},
		{"a capital after from is its government", "Kiev welcomed the support from Moscow.",
			func(evs []text.Event) bool { return hasSourceText(evs, "Moscow") }},
		{"a long list signs side by side", "Gazprom, LUKOIL, BP and Eni signed deals on Monday.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && e.Source != nil && strings.HasSuffix(e.Target.Code, "BUS") {
						return false
					}
				}
				return true
			}},
		{"two sign with each other", "Russia and Italy signed a deal on Monday.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "057", "RUS", "ITA") && hasDyad(evs, "057", "ITA", "RUS")
			}},
		{"what is alleged is the accused's act", "Israel accused Hamas of firing rockets at Tel Aviv.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "19") {
						return false // the firing is alleged, not asserted
					}
				}
				return anyCode(evs, "112")
			}},
		{"the reason for an arrest is alleged, and the arrest stays", "Police arrested the man for attacking a Russian soldier.",
			func(evs []text.Event) bool { return anyCode(evs, "173") && anyCode(evs, "112") && !anyCode(evs, "19") }},
		{"a reason blamed is alleged too", "Israel blamed Iran for attacking the tanker.",
			func(evs []text.Event) bool { return hasDyad(evs, "112", "ISR", "IRN") && !anyCode(evs, "19") }},
		{"a purpose after for is no reason", "Police detained the man for questioning.",
			func(evs []text.Event) bool { return anyCode(evs, "173") }},
		{"a support verb's noun is its subject's own, a reaction's noun its owner's", "Lacalle voiced Uruguay's concern about the talks. She reiterated Taiwan's claims in the South China Sea. Japan rejected China's proposal.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && (e.Target.Code == "URY" || e.Target.Code == "TWN") {
						return false
					}
				}
				return hasDyad(evs, "12", "JPN", "CHN")
			}},
		{"what is jettisoned is not done", "Labour jettisoned its opposition to the war in Iraq.",
			func(evs []text.Event) bool { return !anyCode(evs, "11") }},
		{"thousands alone are people, a percentage is none", "The unrest spread to Syria, where thousands demonstrated against the government on Sunday. Twenty-four percent said they did not know.",
			func(evs []text.Event) bool { return anyCode(evs, "141") && !anyCode(evs, "01") }},
		{"cultivating links improves relations; asking that something be done appeals", "India has been cultivating diplomatic and economic links with Iran. Libya asked that Megrahi be sent home.",
			func(evs []text.Event) bool { return hasDyad(evs, "050", "IND", "IRN") && hasSource(evs, "020", "LBY") }},
		{"a consortium acts", "The consortium signed a memorandum of understanding with the German government.",
			func(evs []text.Event) bool { return hasDyad(evs, "057", "", "DEUGOV") }},
		{"who threatens, pledges or plans is to do it; one who rejects an offer refuses the offerer", "A spokesman repeated Beijing's threat to impose sanctions against U.S. companies. The reshuffle coincided with a pledge by France to continue funding Athens. Obama rejected Iran's offer to hold talks with Israel. Analysts noted the farmers' responsiveness to slaughter prices.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "1312", "CHNGOV", "USABUS") && hasDyad(evs, "033", "FRA", "GRCGOV") && hasDyad(evs, "125", "USAGOV", "IRN") && !anyCode(evs, "18")
			}},
		{"a departure or an exit is no withdrawal of forces, nor is pulling out of recession", "Kudrin's departure came as turmoil hit Russia. Greece's exit from the euro zone would be traumatic. Taiwan pulled out of recession in the second quarter. The departure of U.S. troops from Iraq began.",
			func(evs []text.Event) bool { return countCode(evs, "0874") == 1 && hasSource(evs, "0874", "USAMIL") }},
		{"armed forces named in a noun event's of-phrase do it", "The buildup of U.S. forces in Afghanistan began in March. There's going to be a drawdown of forces, the vice president said.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "154", "USAMIL", "AFG") && hasSource(evs, "0874", "---MIL")
			}},
		{"a complaint's of-phrase complains, accuses no one", "Intermittent power is a chief complaint of Iraqis. Complaints of torture have risen.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && e.Target.Code == "IRQ" {
						return false
					}
				}
				return true
			}},
		{"imposing is a sanction only through what is imposed", "Beijing imposes stricter regulation on live streaming. Cuba imposes a 10 percent surcharge on dollar exchanges. The EU imposed sanctions on Iran.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "163", "IGOEUREEC", "IRN") && !hasSource(evs, "163", "CHNGOV") && !hasSource(evs, "163", "CUB")
			}},
		{"joining someone as something is no cooperation", "Korea joins Japan and Ireland as the only three countries that rank in the top 15. Chavez has joined Cuba in promoting leftist revolution.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "050", "KOR") && (hasDyad(evs, "050", "VEN", "CUB") || hasDyad(evs, "050", "VENGOV", "CUB"))
			}},
		{"the top of a mountain is no summit", "A Nepali reached the iconic mountain's summit for the 10th time. She reached the summit of Mount Everest.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"what a state says its own forces did is no accusation of them; a time is no accused", "The U.S. government claimed on Friday that the U.S. military is hitting the Islamic State group harder. Iran claimed on Friday that Israel attacked its ships.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "015", "USAGOV", "IMGREBISI") && !hasSource(evs, "112", "USAGOV") && hasDyad(evs, "112", "IRN", "ISR")
			}},
		{"a verb whose object is none did nothing; \"no comment\" declines", "European leaders offered no specific steps to help Greece. Iran has offered no concessions to China. Northrop Grumman had no immediate comment.",
			func(evs []text.Event) bool { return !anyCode(evs, "03") && anyCode(evs, "011") }},
		{"a word inside a name is no event, the name's head may be", "Some see it as the Joint Strike Fighter of military helicopters. The firm violated the U.S. Iran Sanctions Act. Leaders met at the G20 Summit.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") && !anyCode(evs, "16") && anyCode(evs, "04") }},
		{"a vote is a right only as the right to vote", "Kuwait granted women the right to vote in 2005. Italy's minister announced the confidence vote. The party pushed for a floor vote.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0833", "KWT", "---CVL") && !hasSource(evs, "0833", "ITAGOV") && !anyCode(evs, "0243")
			}},
		{"a document addressed to someone acts for its sender", "Germany sent a letter to Tedros threatening to pull funding. Iran sent a letter to Guterres accusing Israel of aggression.",
			func(evs []text.Event) bool {
				return hasSource(evs, "13", "DEU") && !hasSource(evs, "", "IGOUNOHLHWHO") && hasDyad(evs, "112", "IRN", "ISR") && !hasSource(evs, "", "IGOUNO")
			}},
		{"what a document says its issuer does", "The European Parliament approved a resolution criticizing the Nicaraguan government on human rights.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "IGOEUREECLEG", "NICGOV") && !anyCode(evs, "083")
			}},
		{"a relative clause is still background", "Police freed a journalist who had attacked the mayor.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && !anyCode(evs, "18") }},
		{"a topic after on is no target", "China criticized Japan on human rights.",
			func(evs []text.Event) bool { return hasDyad(evs, "111", "CHN", "JPN") }},
		{"calling names is no phone call", "Trump called the British ambassador a very stupid guy.",
			func(evs []text.Event) bool { return anyCode(evs, "111") && !anyCode(evs, "04") }},
		{"nor is calling someone a hero", "Biden called Zelensky a hero.",
			func(evs []text.Event) bool { return anyCode(evs, "051") && !anyCode(evs, "04") }},
		{"what is called names is not asked for", "China called the visit a provocation.",
			func(evs []text.Event) bool { return hasSource(evs, "111", "CHN") && !anyCode(evs, "02") }},
		{"a fronted time is no second subject, and the end of a month no target", "Last December, Cameron vetoed an EU treaty change. Police in Ivory Coast fired teargas at the end of March.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && strings.Contains(e.Target.Text, "March") {
						return false
					}
				}
				return hasSource(evs, "12", "GBRGOV")
			}},
		{"heading a body somewhere leads it, heading somewhere travels", "Putin heads the Russian delegation in Beijing. Obama headed to Egypt on Monday.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasDyad(evs, "042", "USAGOV", "EGY") }},
		{"a campaign or election rally is no protest", "Trump held a campaign rally in Ohio. The Awami League held election rallies in Dhaka. Thousands of students staged a rally against the government in Dhaka.",
			func(evs []text.Event) bool { return len(evs) == 1 && anyCode(evs, "141") }},
		{"a time the parser made a clause's subject is no one asked", "Germany has been pushing since early September to change the EU treaty.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && strings.Contains(e.Target.Text, "September") {
						return false
					}
				}
				return hasSource(evs, "027", "DEU")
			}},
		{"who is to do what is demanded is not who demands it", "Putin refused to leave. Obama demanded he resign.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "104", "USAGOV", "RUSGOV") && !hasDyad(evs, "104", "USAGOV", "USAGOV")
			}},
		{"an object pronoun is not its verb's subject", "Trump called Erdogan and urged him to exercise caution.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "02") && e.Target != nil && e.Target.Code == "TURGOV" {
						return true // him is Erdogan, not Trump
					}
				}
				return false
			}},
		{"a letter's object pronoun is not its sender", "French President Emmanuel Macron sent a letter to Putin urging him to return to talks.",
			func(evs []text.Event) bool { return len(evs) == 1 && hasDyad(evs, "026", "FRAGOV", "RUSGOV") }},
		{"a call's purpose is no appeal, and is done by the caller", "Netanyahu called Australian Prime Minister Scott Morrison on Wednesday to congratulate him.",
			func(evs []text.Event) bool { return anyCode(evs, "041") && anyCode(evs, "051") && !anyCode(evs, "02") }},
		{"calling on someone to act is an appeal", "Obama called on Putin to withdraw his troops.",
			func(evs []text.Event) bool { return anyCode(evs, "025") && !anyCode(evs, "08") }},
		{"a phrase inside an infinitive is not the verb's", "Putin urged Germany to put pressure on Georgia.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "02", "RUSGOV", "DEU") && !hasDyad(evs, "02", "RUSGOV", "GEO")
			}},
		{"nor is it the call's", "Stoltenberg called Erdogan to apologize for the incident.",
			func(evs []text.Event) bool { return !anyCode(evs, "02") }},
		{"a company pulling out is no military retreat", "Exxon opted to pull out of the project.",
			func(evs []text.Event) bool { return !anyCode(evs, "087") }},
		{"a state's forces pulling back are", "Russian forces pulled back from Kherson.",
			func(evs []text.Event) bool { return anyCode(evs, "0874") }},
		{"conceding defeat is yielding", "The ruling party conceded defeat in Sunday's election.",
			func(evs []text.Event) bool { return anyCode(evs, "080") }},
		{"a region alone is a place more than an actor", "Unrest in the Middle East will affect traffic, and European stock markets rallied.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") && !anyCode(evs, "14") }},
		{"its leaders act", "European leaders criticized Russia.",
			func(evs []text.Event) bool { return hasDyad(evs, "111", "EURGOV", "RUS") }},
		{"a verb deep in the object is no word of the pattern", "Merkel once again ruled out accepting a so-called haircut on loans to Greece.",
			func(evs []text.Event) bool { return anyCode(evs, "12") && !anyCode(evs, "08") }},
		{"nor in a compound adjective", "Microsoft said that its employees would not receive merit-based salary increases.",
			func(evs []text.Event) bool { return !anyCode(evs, "12") && !anyCode(evs, "04") }},
		{"arresting someone from a place takes no place", "Police arrested ten people from the village.",
			func(evs []text.Event) bool { return anyCode(evs, "173") && !anyCode(evs, "192") }},
		{"capturing a town does", "Rebels captured the town of Bor.",
			func(evs []text.Event) bool { return anyCode(evs, "192") }},
		{"trade between businesses alone is no political event", "Lockheed Martin won a $655 million contract and Exxon hopes to boost its business.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"a business with a state is", "Exxon signed a deal with Iraq.",
			func(evs []text.Event) bool { return anyCode(evs, "05") || anyCode(evs, "06") }},
		{"and the IMF is no business", "The IMF signed an agreement with Egypt.",
			func(evs []text.Event) bool { return anyCode(evs, "05") || anyCode(evs, "06") }},
		{"a survey is no investigation", "The newspaper surveyed the members of parliament.",
			func(evs []text.Event) bool { return !anyCode(evs, "09") }},
		{"questioning a suspect is", "Police questioned the suspects on Monday.",
			func(evs []text.Event) bool { return anyCode(evs, "09") }},
		{"an agreement studied is not signed", "Beijing, Tokyo and Seoul are jointly studying a trilateral pact.",
			func(evs []text.Event) bool { return anyCode(evs, "014") && !anyCode(evs, "05") }},
		{"they is not the one man who speaks", "They will hold talks with Egypt next week, Cameron said.",
			func(evs []text.Event) bool { return !hasSourceText(evs, "Cameron") }},
		{"but it is the country that speaks", "It will hold talks with Egypt next week, Iran said.",
			func(evs []text.Event) bool { return hasSource(evs, "0", "IRN") }},
		{"and they are two who speak", "Obama and Putin said they will attack Iraq.",
			func(evs []text.Event) bool { return hasSource(evs, "13", "USAGOV") || hasSource(evs, "13", "USA") }},
		{"what comes before a future is future too", "Before arriving in Israel on Tuesday, Rice will hold talks in Cairo.",
			func(evs []text.Event) bool { return !anyCode(evs, "042") }},
		{"but not what happened before it", "Merkel and Cameron will meet on Friday after Germany accused Britain of selfishness.",
			func(evs []text.Event) bool { return hasDyad(evs, "112", "DEU", "GBR") }},
		{"none arrested is no arrest", "Police said none of the demonstrators were arrested.",
			func(evs []text.Event) bool { return !anyCode(evs, "173") }},
		{"a deal said to be vital is not made", "Economists say an IMF deal is vital for Egypt.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") }},
		{"talks said to be difficult were held", "Iran and the EU held talks on Monday, and the talks were difficult.",
			func(evs []text.Event) bool { return anyCode(evs, "04") }},
		{"an event said to be likely has not happened", "An Israeli attack on Iran looks likely.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"nor one said to be unlikely", "New Thai investments in Myanmar are unlikely.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"as an event said to be brutal has", "The Israeli attack on Iran was brutal.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"but what is likely to follow from one has", "The German request is likely to be opposed by EADS.",
			func(evs []text.Event) bool { return anyCode(evs, "02") }},
		{"open to the public is no intent", "The Syrian museum will be open to the public, and the border to goods and people.",
			func(evs []text.Event) bool { return !anyCode(evs, "03") }},
		{"open to a solution is", "Iran is open to an amicable solution.",
			func(evs []text.Event) bool { return anyCode(evs, "030") }},
		{"free as an adjective releases no one", "Tripoli is free of his rule, and every country in the EU is free to choose.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"the verb frees", "The rebels said they had freed eight of the workers.",
			func(evs []text.Event) bool { return anyCode(evs, "084") }},
		{"a state closing its embassy reduces relations", "Canada shut its embassy in Iran.",
			func(evs []text.Event) bool { return hasDyad(evs, "161", "CAN", "IRN") && !anyCode(evs, "14") }},
		{"protesters closing one block it", "Protesters shut down the U.S. embassy in Cairo.",
			func(evs []text.Event) bool { return anyCode(evs, "144") }},
		{"dismissing a minister fires him", "Papandreou dismissed the finance minister on Friday.",
			func(evs []text.Event) bool { return !anyCode(evs, "12") }},
		{"dismissing a proposal rejects it", "Greece dismissed the German proposal.",
			func(evs []text.Event) bool { return anyCode(evs, "12") }},
		{"returning an artefact returns property", "ICE returned a silver pendant to Russian authorities in Moscow.",
			func(evs []text.Event) bool { return hasDyad(evs, "0842", "USACOP", "RUSGOV") }},
		{"firearms are military aid", "The United States gave 625 new firearms to the Philippine Marines.",
			func(evs []text.Event) bool { return hasDyad(evs, "072", "USA", "PHLMIL") }},
		{"hygiene kits are humanitarian aid", "Germany handed over hygiene kits to Syrian refugees.",
			func(evs []text.Event) bool { return anyCode(evs, "073") }},
		{"a word after a preposition is what it marks, not a noun of a phrase below it", "The EU called for sanctions against individuals responsible for human rights violations in Uganda.",
			func(evs []text.Event) bool {
				return (anyCode(evs, "1312") || anyCode(evs, "163")) && !anyCode(evs, "0243")
			}},
		{"a reform called for names what is to be reformed", "Britain called for reform of the United Nations.",
			func(evs []text.Event) bool { return hasDyad(evs, "024", "GBR", "IGOUNO") }},
		{"making clear reports: a negated future is a refusal", "The Sri Lankan government has made it clear that it will not lift the ban on the LTTE.",
			func(evs []text.Event) bool { return hasDyad(evs, "1241", "LKAGOV", "LKAREB") }},
		{"a place ending a person's name is no country", "Sandra Mayotte criticized the Mauritian government, and Alicia Leon met Honduran officials.",
			func(evs []text.Event) bool {
				return len(evs) == 2 && !hasSource(evs, "111", "MYT") && !hasSource(evs, "040", "NIC")
			}},
		{"a place ends the name of someone named after a title", "Sen. Feliciano Valencia criticized the Colombian government. Mayor John Paris met the protesters.",
			func(evs []text.Event) bool {
				return hasSourceText(evs, "Sen. Feliciano Valencia") && hasSourceText(evs, "Mayor John Paris") && !hasSource(evs, "111", "ESP")
			}},
		{"its forces are those of the country the subject names; both sides are two countries, not one and its own", "Israel said its forces targeted Hamas. France recalled its ambassador. Russia accused Ukraine of shelling its soldiers. India and Pakistan have fought three wars. India defended its citizens. Both countries conducted nuclear tests. Putin said his country's troops attacked Ukraine. Protests spread in Egypt. The country's military arrested 40 protesters. In 2012 Assad's forces attacked Homs. Hamas said its fighters fired rockets at Israel.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "ISRMIL", "PSEREBHMS") && hasDyad(evs, "161", "FRA", "FRAGOV") && !hasTargetCode(evs, "RUSMIL") && hasDyad(evs, "190", "RUSMIL", "UKR") && hasSource(evs, "173", "EGYMIL") && hasSource(evs, "190", "SYRMIL") && hasDyad(evs, "19", "PSEREBHMS", "ISR") &&
					hasSource(evs, "150", "IND") && hasSource(evs, "150", "PAK")
			}},
		{"the first word of a hyphenated modifier names no object", "G20 leaders pledged to keep economic life-support packages in place. The Pentagon sought fuel-carrying capabilities.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "1383") && !anyCode(evs, "1823") && !anyCode(evs, "0333")
			}},
		{"they is the plural subject before it: of its governing clause, else of the sentence before", "Thousands of Egyptian protesters gathered in Cairo. They threw stones at police. Russia and China vetoed the resolution. They accused the United States of hypocrisy. Rebels said they had attacked an army base.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "145", "EGYOPP", "---COP") && hasDyad(evs, "112", "RUS", "USA") && hasDyad(evs, "112", "CHN", "USA") && hasSource(evs, "19", "---REB")
			}},
		{"they refers to no actor when the nearest subject is none, nor to a speaker from inside a quotation", "U.S. officials said the meetings must decide whether they will be funded by the G20. Some people said, \"Well, they did not attack Israel.\"",
			func(evs []text.Event) bool { return !anyCode(evs, "070") && !hasSource(evs, "19", "---CVL") }},
		{"the group, the company, the bloc and the militants refer back to the organisation of their kind a subject named", "Hamas fired rockets at Israel. The group said it would attack Israel again. NATO condemned Russia. The alliance accused Moscow of aggression. Boko Haram attacked a village. The militants killed 20 people.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "1384", "PSEREBHMS", "ISR") && hasDyad(evs, "1123", "IGOWSTNAT", "RUSGOV") && hasDyad(evs, "190", "NGAREBBKH", "---CVL")
			}},
		{"a definite organisation noun refers to no object, no medium, and not as a modifier", "Oshkosh beat BAE Systems to the contract. The company criticized the Army. A source told Reuters that the group would criticize Iran. The firm order from Sweden angered Russia.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "111", "GBRBUS") && !hasSource(evs, "111", "GBRJRN") && !hasSource(evs, "111", "USAJRN")
			}},
		{"the country as subject or object is the one country the sentence before names, when its own names none", "Egypt faces an economic crisis. The country hopes to reach a deal with the IMF. Iran faces sanctions. The United States imposed sanctions on the country. Protests spread across the country.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "030", "EGY", "IGOBUSIMF") && !hasDyad(evs, "163", "USA", "USA") && !hasTargetCode(evs, "EGY")
			}},
		{"the president alone holds the office of the one country named before, on the document's date", "Protests spread in Russia. The president criticized the protesters. Parliament in Kenya voted. The prime minister criticized the opposition. Iran's parliament met. She met the President, Dr Hage Geingob.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "RUSGOV") && hasSource(evs, "111", "KENGOV") && !hasTargetCode(evs, "IRNGOV")
			}},
		{"it after a fronted phrase, as the main subject before any actor of its sentence, is the last sentence's subject", "The European Union imposed sanctions on Russia. On Monday, it also banned imports from Crimea.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Source == nil || e.Source.Code != "IGOEUREEC" {
						return false
					}
				}
				return countCode(evs, "163") == 2
			}},
		{"a word joining two countries names both sides of the event noun it modifies", "The China-US trade war escalated in May. Sino-U.S. talks resumed on Monday. The Bowles-Simpson proposals won praise.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "160", "CHN", "USA") && hasDyad(evs, "040", "CHN", "USA") && !anyCode(evs, "030")
			}},
		{"a pattern meant for one verb of a group is that verb's, not its neighbours'", "Washington welcomed the talks. The court ordered the release of the journalist. The US sanctioned Russia. The senator attacked the bill. Iran defied the UN resolution. A Russian passenger jet caught fire. Costa Rica's annexation of Nicoya became official.",
			func(evs []text.Event) bool {
				return hasSource(evs, "051", "USAGOV") && anyCode(evs, "0841") && hasDyad(evs, "163", "USA", "RUS") && anyCode(evs, "111") &&
					hasSource(evs, "128", "IRN") && !anyCode(evs, "0871") && anyCode(evs, "192") && !anyCode(evs, "043") && !anyCode(evs, "1053") && !anyCode(evs, "171")
			}},
		{"attacks, occupations, blockades, raids and economic wars keep their own kinds", "Israeli raids continued overnight. Israel's occupation of the Golan is illegal. Police raids on homes continued. Russia's economic war against Ukraine continued.",
			func(evs []text.Event) bool {
				return countCode(evs, "192") == 1 && hasSource(evs, "190", "ISR") && hasDyad(evs, "192", "ISR", "SYR") && hasSource(evs, "173", "---COP") && hasDyad(evs, "163", "RUS", "UKR")
			}},
		{"an actor named after anti- is what the event is against, after pro- what it is for; neither is its source", "Anti-government protests spread on Friday. Students staged anti-Japanese protests. Russia condemned the anti-American protests. Pro-Kremlin rallies were held.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Source != nil && (e.Source.Code == "---GOV" || e.Source.Code == "RUSGOV") || e.Target != nil && e.Target.Code == "USA" {
						return false
					}
				}
				return hasTargetCode(evs, "---GOV") && hasDyad(evs, "141", "---EDU", "JPN")
			}},
		{"the modifiers of an event noun name its kind, whoever the pattern that names its sides is for", "Russia launched a political attack on Georgia. Israel launched air strikes on Syria. The United States launched a trade war against China. The military aid to Ukraine arrived. The gas war between Russia and Ukraine hurt Europe. Gazprom warned of a gas war with Ukraine. Rebels condemned the terror attack on the base.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "111", "RUS", "GEO") && hasDyad(evs, "195", "ISR", "SYR") && hasDyad(evs, "160", "USA", "CHN") &&
					hasTargetCode(evs, "UKR") && anyCode(evs, "072") && !anyCode(evs, "190") && !anyCode(evs, "2041") && hasSource(evs, "111", "---REB")
			}},
		{"attacking someone for what they did criticises them; seizing or fighting for something does not, and an attack on a day attacks", "Obama attacked Romney for his record on taxes. Iran seized a British tanker for violating maritime rules. The rebels fought for the Kurds. Rebels attacked on Sunday, killing five soldiers. Police fired tear gas to disperse the protesters. The crowd dispersed afterwards.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "USAGOV") && countCode(evs, "111") == 1 && !hasTargetCode(evs, "KUR") &&
					hasDyad(evs, "190", "---REB", "---MIL") && hasDyad(evs, "175", "---COP", "---OPP") && !hasSource(evs, "175", "---CVL")
			}},
		{"whom one meets on the sidelines of a summit is the target, not the summit", "President Barack Obama meets Chinese Premier Wen Jiabao on Thursday on the sidelines of the U.N. General Assembly.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "044", "USAGOV", "CHNGOV") && !hasTargetCode(evs, "IGOUNO")
			}},
		{"an arms treaty limits arms, an arms deal sells them", "Russia and the United States signed an arms treaty. Russia signed an arms deal with India.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "057", "RUS", "USA") && hasDyad(evs, "072", "RUS", "IND") && !hasDyad(evs, "072", "RUS", "USA")
			}},
		{"the with-phrase of an event noun is its other side, before the noun's own of-phrase", "China sparked a war of words with Japan over the islands.",
			func(evs []text.Event) bool { return hasDyad(evs, "111", "CHN", "JPN") }},
		{"who sparks a quarrel with someone is its party; what sparks protests only causes them", "Cameron triggered a war of words with France. The arrest sparked protests in Cairo.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "14") && e.Source != nil {
						return false // the arrest is no protester
					}
				}
				return hasDyad(evs, "111", "GBRGOV", "FRA")
			}},
		{"a part of a place named by a compass word is the place", "Obama travelled to West Asia on Monday.",
			func(evs []text.Event) bool { return hasDyad(evs, "042", "USAGOV", "ASA") }},
		{"stopping short of doing it does not do it", "China stopped short of blaming North Korea for the incident.",
			func(evs []text.Event) bool { return !anyCode(evs, "112") }},
		{"an on-phrase of an appeal is its topic unless it names an actor", "Van Rompuy prodded Putin diplomatically on democracy and human rights.",
			func(evs []text.Event) bool {
				return len(evs) == 1 && evs[0].Target != nil && evs[0].Target.Code == "RUSGOV"
			}},
		{"a meeting one speaks ahead of is not what is said", "Aso told reporters in Washington ahead of the summit of G20 countries on Friday.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") }},
		{"a contract received is business, whatever its sum", "Lockheed received an initial, $1.96 billion contract from the Pentagon in December.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") && !anyCode(evs, "05") }},
		{"increasing an order buys more, restoring order represses", "AirBaltic will increase its order for Bombardier jets, and Libyan troops restored order in Tripoli.",
			func(evs []text.Event) bool { return len(evs) == 1 && anyCode(evs, "175") }},
		{"breaking into markets or ignoring traffic rules harms no one", "Russia has been seeking to break into new markets in Africa, and drivers in Egypt ignore traffic rules.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") && !anyCode(evs, "14") && !anyCode(evs, "17") }},
		{"laying down a basis surrenders nothing, and a release one speaks in frees no one", "He laid down the basis for democracy in Jordan, and the U.S. consulate said in a release that Nigerian militants had attacked.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"approval given to a measure endorses it", "Italy's parliament has given final approval to measures to tackle the recession.",
			func(evs []text.Event) bool { return anyCode(evs, "051") && !anyCode(evs, "07") }},
		{"a campaign team is no campaign", "Taiwan's president unveiled his campaign team's strong lineup.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"the easing of sanctions eases them", "Following the lifting of U.S. sanctions against Myanmar, Coca-Cola entered the market.",
			func(evs []text.Event) bool { return anyCode(evs, "085") && !anyCode(evs, "16") }},
		{"a company's staff are no officials", "Oil companies evacuated their staff from Libya as the company's staff protested.",
			func(evs []text.Event) bool {
				return !slices.ContainsFunc(evs, func(e text.Event) bool {
					return e.Source != nil && e.Source.Code == "---GOV" || e.Target != nil && e.Target.Code == "---GOV"
				})
			}},
		{"the actor after an inverted verb of saying speaks", "\"We will not allow it,\" insisted the Iranian foreign minister, and the new port will save money, claimed the Bangladeshi port authority.",
			func(evs []text.Event) bool {
				return hasSource(evs, "01", "IRNGOV") && !slices.ContainsFunc(evs, func(e text.Event) bool { return e.Target != nil })
			}},
		{"a pact one has is no signing", "Japan already has free trade pacts with Chile and Mexico.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") && !anyCode(evs, "06") }},
		{"one signed is", "Japan signed a free trade pact with Chile.",
			func(evs []text.Event) bool { return anyCode(evs, "05") || anyCode(evs, "06") }},
		{"naming is no call", "Trump called Putin a genius, and Algeria called the response hasty and unfounded.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") && anyCode(evs, "111") }},
		{"what one calls something names it", "Chavez is a critic of what he calls U.S. imperialism, and Turkey fights what it calls PKK forces.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a quoted predicate or a bare noun after the object names it", "Cornyn called the Army's decision \"ill-informed,\" and Chavez, who calls Fidel Castro his mentor, left.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a relative with its own relative word is a call", "Brazil has a president who calls 50 ambassadors.",
			func(evs []text.Event) bool { return anyCode(evs, "041") }},
		{"a bare time after the called is when, no name", "Obama called Putin last week.",
			func(evs []text.Event) bool { return hasDyad(evs, "041", "USAGOV", "RUSGOV") }},
		{"a clause on a visit's time tells part of the visit", "The Iraqi prime minister paid a visit to Saudi Arabia, during which he met King Salman.",
			func(evs []text.Event) bool { return anyCode(evs, "042") && anyCode(evs, "040") }},
		{"a clause on a participant is background still", "Egypt freed a journalist who had been arrested in Cairo.",
			func(evs []text.Event) bool { return !anyCode(evs, "173") }},
		{"a participle opening a name describes the one named", "The police director vowed to bolster security after clashes between local residents and alleged gangsters.",
			func(evs []text.Event) bool { return !anyCode(evs, "112") }},
		{"with an auxiliary it is the act", "With NATO's help, the rebels have deposed Gaddafi and now control Tripoli.",
			func(evs []text.Event) bool { return anyCode(evs, "18") }},
		{"admitted to a hospital confesses nothing", "The minister was admitted to hospital on Monday, and the army admitted to mistakes.",
			func(evs []text.Event) bool { return hasSource(evs, "015", "---MIL") && len(evs) == 1 }},
		{"a why-clause takes its content as given", "Obama asked why Russia had attacked Georgia.",
			func(evs []text.Event) bool { return hasDyad(evs, "19", "RUS", "GEO") }},
		{"so does a how-many clause, whatever the report's negation", "The Intelligence ministry did not say how many people were arrested.",
			func(evs []text.Event) bool { return anyCode(evs, "173") }},
		{"a how-to clause stays an intention", "Egypt is still deciding how to punish Israel.",
			func(evs []text.Event) bool { return !anyCode(evs, "17") }},
		{"protesters fighting the police riot", "Demonstrators attacked police with stones.",
			func(evs []text.Event) bool { return anyCode(evs, "145") && !anyCode(evs, "19") }},
		{"but missiles fired at a government are force", "Georgian demonstrators launched missiles at the Georgian government.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"with the agreement of someone is consent, not a pact", "She acted with the full agreement of the Israeli prime minister.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") }},
		{"nouns between a country and its title keep the country", "The Saudi oil minister criticized Iran.",
			func(evs []text.Event) bool { return hasDyad(evs, "111", "SAUGOV", "IRN") }},
		{"and a pronoun may stand for such a person", "A Japanese virus expert said he would criticize Iran.",
			func(evs []text.Event) bool { return !anyCode(evs, "111") || hasSource(evs, "111", "JPNEDU") }},
		{"a person's spokesman is of the person's side", "Putin's spokesman criticized Japan.",
			func(evs []text.Event) bool { return hasDyad(evs, "111", "RUSGOV", "JPN") }},
		{"a place in a longer name is no actor", "Militants in the Niger Delta attacked Israel Corp, and Kenya Airways signed a deal.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					for _, p := range []*text.Participant{e.Source, e.Target} {
						if p != nil && (p.Country == "NER" || p.Country == "ISR" || p.Country == "KEN") {
							return false
						}
					}
				}
				return true
			}},
		{"an intention is only its speaker's", "Iran plans talks with Egypt next week.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "036", "IRN", "EGY") && !hasDyad(evs, "036", "EGY", "IRN")
			}},
		{"the chairman of an organisation no entry knows is no government", "Biogen Chairman Stelios Papadopoulos criticized Iran.",
			func(evs []text.Event) bool { return !hasSource(evs, "111", "---GOV") }},
		{"nor is the spokesman of one", "A spokesman for Zorvex criticized Iran.",
			func(evs []text.Event) bool { return anyCode(evs, "111") && !hasSource(evs, "111", "---GOV") }},
		{"nor is the spokesman one possesses, nor its office in a capital", "Zorvex's spokesman criticized Iran. Activists protested outside Zorvex's office in Bangkok.",
			func(evs []text.Event) bool {
				return anyCode(evs, "111") && !hasSource(evs, "111", "---GOV") && anyCode(evs, "141") && !hasDyad(evs, "141", "---OPP", "THAGOV")
			}},
		{"release from captivity frees the captives", "The rebels released two hostages from captivity. Two Russian citizens were released from captivity on Thursday. Yemen let free activists.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "0841", "---REB", "---CVL") && hasTargetText(evs, "Russian citizens") && hasDyad(evs, "0841", "YEM", "---OPP")
			}},
		{"the one in a state of mind is its source, a by-phrase its cause", "Iran is worried. Germany was disappointed by the decision of France. Putin has been questioned as part of the probe.",
			func(evs []text.Event) bool {
				return hasSource(evs, "012", "IRN") && hasDyad(evs, "012", "DEU", "FRA") && !hasSource(evs, "012", "RUSGOV")
			}},
		{"what one is to do is arranged for later, not done nor intended; an aim is no arrangement", "Obama is to visit China next week. The aim of the IMF is to help Greece.",
			func(evs []text.Event) bool {
				return !anyCode(evs, "04") && !anyCode(evs, "03") && hasDyad(evs, "070", "IGOBUSIMF", "GRC")
			}},
		{"militants and bombers who strike attack", "Militants harbor bombers that strike at the rest of the country. Workers at the port went on strike.",
			func(evs []text.Event) bool {
				return hasSource(evs, "190", "---MIL") && !hasSource(evs, "143", "---MIL")
			}},
		{"a company's president or vice president is no head of state", "The president of Samsung Electronics criticized Iran. A Lockheed vice president criticized Iran.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "KORBUS") && hasSource(evs, "111", "USABUS") && !hasSource(evs, "111", "USAGOV")
			}},
		{"ministers are not the one minister named before", "Brazilian Finance Minister Guido Mantega criticized Iran. The 20 finance ministers pledged to work together.",
			func(evs []text.Event) bool {
				return hasSource(evs, "111", "BRAGOV") && anyCode(evs, "03") && !hasSource(evs, "03", "BRAGOV")
			}},
		{"a part of a thing is a thing; a part of people is people", "A fifth of its exports goes to the European Union. Most of the oil goes to China. Some of her companions had said the same. The conservatives accused Iran of lying.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") && anyCode(evs, "010") && anyCode(evs, "112") }},
		{"relieved of a post is no relief", "Putin was relieved of his post. Iran was relieved with the outcome.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "013", "RUSGOV") && !hasDyad(evs, "013", "", "RUSGOV") && hasSource(evs, "013", "IRN")
			}},
		{"the head of a city is not the head of state", "The leader of Soweto criticized Iran.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Source != nil && e.Source.Kind == text.KindPerson {
						return false
					}
				}
				return anyCode(evs, "111")
			}},
		{"an office many hold names none of them", "U.S. lawmakers criticized Iran. The Chinese ambassador criticized Iran.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Source != nil && e.Source.Kind == text.KindPerson {
						return false
					}
				}
				return hasSource(evs, "111", "USALEG") && hasSource(evs, "111", "CHNGOV")
			}},
		{"a government agency is of its country", "The FAA criticized Boeing.",
			func(evs []text.Event) bool { return hasSource(evs, "111", "USAGOV") }},
		{"a thing that hits a country is no force", "Japan has been hit hard by the global downturn.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"a series of bombs is", "A series of car bombs killed 112 people in Baghdad.",
			func(evs []text.Event) bool { return anyCode(evs, "18") || anyCode(evs, "19") }},
		{"and guards are someone", "Security guards beat a worker almost to death in Taiyuan, China.",
			func(evs []text.Event) bool { return anyCode(evs, "18") }},
		{"a sentence's first adjective is no company", "Total donations to Venezuela reached $1 million, Reuters reported on Monday.",
			func(evs []text.Event) bool { return !hasSourceText(evs, "Total") && !hasTargetText(evs, "Total") }},
		{"deeming is no policy option", "Many oil analysts consider BP's target very ambitious.",
			func(evs []text.Event) bool { return !anyCode(evs, "014") }},
		{"considering sending aid is", "Japan is considering sending aid to North Korea.",
			func(evs []text.Event) bool { return anyCode(evs, "014") }},
		{"a city in a thing's name is no target", "The protesters blocked the Sydney Harbour Bridge on Monday.",
			func(evs []text.Event) bool { return !hasTargetText(evs, "Sydney") }},
		{"no one did it", "No House Republicans backed the stimulus measure.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") }},
		{"a footer's imperative is no event", "(For more about the campaign, visit Reuters online at blogs.reuters.com.)",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"what the press reports is asserted", "The state news agency reported that Israeli troops attacked a village in Lebanon.",
			func(evs []text.Event) bool { return hasDyad(evs, "19", "ISRMIL", "LBN") }},
		{"what is reported to have happened is alleged", "Israeli troops were reported to have attacked a village in Lebanon.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"calling for sanctions against a country is hostile", "Greek Foreign Minister Nikos Dendias called for sanctions against Turkey.",
			func(evs []text.Event) bool { return hasDyad(evs, "1312", "GRCGOV", "TUR") }},
		{"urging their lifting is not", "The minister urged the lifting of sanctions on Iran.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") }},
		{"troops for a peacekeeping mission keep the peace", "Britain is deploying 300 troops to the UN peacekeeping mission in Mali.",
			func(evs []text.Event) bool { return hasDyad(evs, "074", "GBR", "MLI") }},
		{"rescue operations are no attack", "The army carried out rescue operations in the flooded town.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"nor is a war game", "The war game was staged by U.S. marines and Jordanian armed forces.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") && anyCode(evs, "15") }},
		{"who agrees to a ceasefire is to cease fire", "Armenia and Azerbaijan have agreed to a ceasefire.",
			func(evs []text.Event) bool { return hasSource(evs, "03", "ARM") && hasSource(evs, "03", "AZE") }},
		{"troops on alert show force", "Israeli troops remained on alert amid heightened tensions in the north.",
			func(evs []text.Event) bool { return hasSource(evs, "152", "ISRMIL") }},
		{"a hospital on alert does not", "The hospital stayed on alert for new patients.",
			func(evs []text.Event) bool { return !anyCode(evs, "15") }},
		{"holding civilians as human shields", "Islamic State militants held around 20,000 civilians as human shields in Raqqa.",
			func(evs []text.Event) bool { return hasSource(evs, "184", "IMGREBISI") }},
		{"talks failing to reach a deal are a rejection", "The United States and South Korea failed to reach agreement on a free-trade deal.",
			func(evs []text.Event) bool { return hasSource(evs, "12", "USA") && hasSource(evs, "12", "KOR") }},
		{"a firm failing its target is none", "The company failed to reach its sales target.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"what is helped to happen happens", "Egypt helped to broker a ceasefire between Israel and Hamas.",
			func(evs []text.Event) bool { return anyCode(evs, "087") }},
		{"what is not let happen does not", "Ethiopia did not let free the political leaders.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"what would help happen is no intention of others", "The official said the plan would help regulators crack down on fraud.",
			func(evs []text.Event) bool { return !anyCode(evs, "13") && !anyCode(evs, "17") }},
		{"the owner of what is welcomed is the target", "Pakistan welcomed Russian President Vladimir Putin's offer.",
			func(evs []text.Event) bool { return hasDyad(evs, "05", "PAK", "RUSGOV") }},
		{"a state taking control of an organisation confiscates it", "The Pakistan government seized control of the charities. Exxon took control of the company. Obama took over the presidency.",
			func(evs []text.Event) bool { return hasDyad(evs, "1711", "PAKGOV", "---NGO") && len(evs) == 1 }},
		{"force done by a weapon or an attack no one is named for stands", "A suicide attack on a convoy has killed at least eight people in Kabul. A senior official was killed by a booby-trapped bomb.",
			func(evs []text.Event) bool {
				n := 0
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "19") && e.Target != nil && (e.Target.Code == "AFGCVL" || e.Target.Code == "---GOV") {
						n++
					}
				}
				return n == 2
			}},
		{"the passive subject of a punishment did what it is punished for", "UBS was fined $100 million by the Federal Reserve in 2004 for violating sanctions by sending money to countries including Iran.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "071", "CHEBUS", "IRN") && !hasSource(evs, "071", "USAGOV")
			}},
		{"an unknown person named after a role is of the role's actor", "Air Force spokesman Ed Gulick said the program was on track. \"The program is a top priority,\" he said.",
			func(evs []text.Event) bool {
				n := 0
				for _, e := range evs {
					if e.Source != nil && e.Source.Code == "---MIL" {
						n++
					}
				}
				return n == 2
			}},
		{"a predicate noun's participle is its subject's", "China is the only country blocking an agreement on the indicators. Germany has been the second-largest donor, contributing $46 million to Iraq.",
			func(evs []text.Event) bool { return hasSource(evs, "16", "CHN") && hasDyad(evs, "071", "DEU", "IRQ") }},
		{"aid is extended or stepped up, not escalated or imposed", "Chavez stopped oil exports to Exxon, escalating Venezuela's multibillion-dollar fight with the company. The EU extended aid to Greece.",
			func(evs []text.Event) bool {
				return !hasSource(evs, "07", "VENGOV") && hasDyad(evs, "070", "IGOEUREEC", "GRC")
			}},
		{"businesses and the media fight in words", "German industry launched a concerted attack on Merkel over her tax proposal. The newspapers attacked the government. Russian troops attacked Ukraine.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "110", "DEUBUS", "DEUGOV") && !hasSource(evs, "19", "DEUBUS") && !hasSource(evs, "19", "---JRN") && hasDyad(evs, "19", "RUSMIL", "UKR")
			}},
		{"the indirect object receives what is given or offered", "The United States gave Ukraine 1 billion dollars in military aid. The EU offered Iran a new deal. Obama gave Putin a warning.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "072", "USA", "UKR") && hasDyad(evs, "03", "IGOEUREEC", "IRN") && hasDyad(evs, "13", "USAGOV", "RUSGOV")
			}},
		{"troops arriving are deployed", "Hundreds of British troops have arrived in Mali.",
			func(evs []text.Event) bool { return hasDyad(evs, "154", "GBRMIL", "MLI") }},
		{"a team of doctors is aid", "China sent a team of medical experts to Nepal.",
			func(evs []text.Event) bool { return anyCode(evs, "073") }},
		{"announcing a suspension of aid cuts it", "US President Trump announced a suspension of aid to Pakistan.",
			func(evs []text.Event) bool { return hasDyad(evs, "162", "USAGOV", "PAK") && !anyCode(evs, "07") }},
		{"a blockade imposed is force", "Saudi Arabia has imposed a blockade on Qatar.",
			func(evs []text.Event) bool { return hasDyad(evs, "191", "SAU", "QAT") && !anyCode(evs, "163") }},
		{"cutting tariffs eases sanctions", "Japan has cut tariffs on U.S. farm goods.",
			func(evs []text.Event) bool { return anyCode(evs, "085") && !anyCode(evs, "163") }},
		{"being back is no backing", "Ortega is back in power in Nicaragua.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") && !anyCode(evs, "03") }},
		{"who receives aid is its target", "Egypt received $1.3 billion in military aid.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "07") && e.Target != nil && e.Target.Code == "EGY" && e.Source == nil {
						return true
					}
				}
				return false
			}},
		{"victims known by their sector are of the country it happened in", "Saudi-led warplanes killed five civilians in Yemen on Monday.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "1") && e.Target != nil && e.Target.Code == "YEMCVL" {
						return true
					}
				}
				return false
			}},
		{"a company called so is not phoned", "Its registered address is a local company called Multiconsult Ltd.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a protest postponed does not happen", "The opposition postponed the protest planned for Friday.",
			func(evs []text.Event) bool { return !anyCode(evs, "14") }},
		{"a peacekeeping force established keeps the peace", "The African Union agreed to establish a peacekeeping force in Somalia.",
			func(evs []text.Event) bool { return anyCode(evs, "0334") && !anyCode(evs, "13") }},
		{"reviewing rescue operations investigates no attack", "The governor reviewed the rescue operations with officials in Manila.",
			func(evs []text.Event) bool { return !anyCode(evs, "09") }},
		{"lending up to a sum is aid", "Australia has agreed to lend up to $1 billion to Indonesia.",
			func(evs []text.Event) bool { return hasDyad(evs, "033", "AUS", "IDN") }},
		{"a return to growth releases no one", "Germany and France announced a return to growth.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"shoppers hitting the shops attack nothing", "Venezuelans hit the shops after the devaluation.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"a challenging time challenges no one", "It is very challenging right now, Putin said.",
			func(evs []text.Event) bool { return !anyCode(evs, "11") }},
		{"help alone is no aid", "Iran built the plant with the help of Russian engineers.",
			func(evs []text.Event) bool { return !anyCode(evs, "07") }},
		{"a participle's object takes no source from the noun it modifies", "Price said Obama's inaction on pending bilateral trade deals with Panama, Colombia and South Korea has raised questions.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") }},
		{"the words of a name report no event", "The Asia-Pacific Economic Cooperation summit will be held in Yokohama.",
			func(evs []text.Event) bool { return !anyCode(evs, "06") }},
		{"an economic blockade is an embargo", "Britain accuses Argentina of imposing an economic blockade on the islanders.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"cutting exports eases nothing", "Venezuela said it had cut oil exports to Exxon in protest over the asset freeze.",
			func(evs []text.Event) bool { return !anyCode(evs, "08") }},
		{"what is needed has not happened", "France needs China's support to reform the financial markets.",
			func(evs []text.Event) bool { return !anyCode(evs, "05") }},
		{"people accused are no accusers", "Police arrested five people accused of spying for Israel.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if strings.HasPrefix(e.CAMEO.Code, "11") && e.Source != nil {
						return false
					}
				}
				return true
			}},
		{"an exemption received hosts no one", "India received a rare exemption from the United States on Monday.",
			func(evs []text.Event) bool { return !anyCode(evs, "04") }},
		{"a one-word name reports no event", "Five of the deals are with Royal Dutch Shell, Shell in partnership with BHP Billiton, and BP.",
			func(evs []text.Event) bool { return !anyCode(evs, "19") }},
		{"blasting a stance criticises it", "Two German lawmakers were blasting Britain's stance on the budget.",
			func(evs []text.Event) bool { return anyCode(evs, "11") && !anyCode(evs, "19") }},
		{"countries like China name China", "Washington wants countries like China and Japan to buy more at home.",
			func(evs []text.Event) bool { return hasDyad(evs, "02", "USAGOV", "CHN") }},
		{"soldiers killed somewhere keep no country", "Two soldiers and a contractor were killed in Afghanistan on Monday.",
			func(evs []text.Event) bool {
				for _, e := range evs {
					if e.Target != nil && e.Target.Code == "AFGMIL" {
						return false
					}
				}
				return anyCode(evs, "1")
			}},
		{"a common noun before a visit does not make it", "The US ambassador paid a courtesy visit to the Japanese prime minister.",
			func(evs []text.Event) bool { return hasDyad(evs, "042", "USAGOV", "JPNGOV") }},
		{"agreeing to do what codes nothing is an intent to cooperate", "Germany agreed to set up a transit centre for refugees.",
			func(evs []text.Event) bool { return anyCode(evs, "030") }},
		{"so is being ready to", "Italy is ready to contribute to peacekeeping in Africa.",
			func(evs []text.Event) bool { return anyCode(evs, "030") }},
		{"agreeing to meet is the intent to meet alone", "Germany agreed to meet Iranian officials.",
			func(evs []text.Event) bool { return anyCode(evs, "036") && !anyCode(evs, "030") }},
		{"an ambush naming its sides is coded when the killing it caused names none", "Six persons were killed on Thursday when suspected Boko Haram terrorists ambushed the convoy of an army officer.",
			func(evs []text.Event) bool { return anyCode(evs, "19") }},
		{"a pronoun in what a phrase of reporting makes clear stands for who makes it clear", "The EU made it clear it would not lift the embargo.",
			func(evs []text.Event) bool { return hasSource(evs, "1244", "IGOEUREEC") }},
		{"opposing a bill or sanctions is disapproval, not a veto or defiance", "Russia opposes new sanctions on Iran. Most Republicans have firmly opposed the bill.",
			func(evs []text.Event) bool {
				return hasSource(evs, "110", "RUS") && hasSource(evs, "110", "USAPTY") && !anyCode(evs, "128") && !anyCode(evs, "129")
			}},
		{"a journey one is on is where a verb happened, not what it demands or intends", "China will keep its policy, Wen told local officials on a trip to Guizhou. On a trip to Yunnan, Premier Wen Jiabao offered support for poor areas.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") && !anyCode(evs, "036") && anyCode(evs, "03") }},
		{"forcing or pushing a measure through passes it, no demand nor appeal", "Tandja forced through constitutional changes. The New Democracy Party pushed the aid package through.",
			func(evs []text.Event) bool { return !anyCode(evs, "10") && !anyCode(evs, "02") }},
		{"what no one intends is not intended", "No one will want to invest in Egypt. Nobody wants to attack Iran.",
			func(evs []text.Event) bool { return len(evs) == 0 }},
		{"drills held alone are a show of force at the country they are near; joint ones are military cooperation", "China held military drills near Taiwan. Israel and Turkey held joint military maneuvers.",
			func(evs []text.Event) bool { return hasDyad(evs, "150", "CHN", "TWN") && hasSource(evs, "062", "ISR") }},
		{"targets jets or troops strike are military ones, those a company hits are goals", "Israeli jets struck targets in Gaza overnight. The company hit its targets for the year.",
			func(evs []text.Event) bool { return hasDyad(evs, "190", "ISRMIL", "PSE") && countCode(evs, "190") == 1 }},
		{"a place taken from an armed group is taken from it; taking over from someone takes no place", "Ethiopian forces captured the town from Tigrayan rebels. Brown took over from Tony Blair as prime minister.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "192", "ETHMIL", "---REB") && countCode(evs, "192") == 1
			}},
		{"who refuses to receive something refuses the giver", "Venezuela refused to accept humanitarian aid from the United States.",
			func(evs []text.Event) bool { return hasDyad(evs, "12", "VEN", "USA") && !hasSource(evs, "", "USA") }},
		{"peacekeepers deploying or arriving somewhere keep the peace there", "Dozens of Russian peacekeepers deployed in Armenia. Japanese peacekeepers arrived at the airport in Juba.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "074", "RUSMIL", "ARM") && hasDyad(evs, "074", "JPNMIL", "SSD")
			}},
		{"taking in or resettling refugees grants them asylum", "Canada resettled 25,000 Syrian refugees. Sweden took in 3,000 Afghan refugees.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "075", "CAN", "SYRREF") && hasSource(evs, "075", "SWE")
			}},
		{"support in the purpose clause of aid is the aid's purpose, and whom it supports its recipient", "The United States provided $1.7 billion in humanitarian assistance to support Syrian refugees in Jordan.",
			func(evs []text.Event) bool { return hasDyad(evs, "073", "USA", "SYRREF") && !anyCode(evs, "05") }},
		{"the gathering where something is asked or pledged is not what is asked or pledged", "President Barack Obama urged world leaders to follow his lead on regulatory reform before the G20 summit. The leaders pledged at the G8 summit to double aid.",
			func(evs []text.Event) bool { return !anyCode(evs, "026") && !anyCode(evs, "036") }},
		{"striking an actor attacks it; strikers striking an employer strike", "Ansarallah struck Abu Dhabi during the visit. Workers struck the Boeing plant on Monday.",
			func(evs []text.Event) bool {
				return hasDyad(evs, "190", "YEMREBHTI", "AREGOV") && hasDyad(evs, "143", "---LAB", "USABUS") && !hasSource(evs, "143", "YEMREBHTI")
			}},
	}
	for _, tc := range tests {
		doc := &text.Document{ID: "t", Text: tc.sentence, Date: time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var asserted []text.Event
		for _, e := range doc.Events {
			if e.Modality == text.Asserted {
				asserted = append(asserted, e)
			}
		}
		if !tc.ok(asserted) {
			t.Errorf("%s: %q coded %v", tc.name, tc.sentence, summary(asserted))
		}
	}
}

// noPressTarget reports whether events were coded and none has the press
// as its target.
func noPressTarget(evs []text.Event) bool {
	for _, e := range evs {
		if e.Target != nil && strings.Contains(e.Target.Code, "JRN") {
			return false
		}
	}
	return len(evs) > 0
}

// noTarget reports whether events were coded and none has a target.
func noTarget(evs []text.Event) bool {
	for _, e := range evs {
		if e.Target != nil {
			return false
		}
	}
	return len(evs) > 0
}

// hasTargetText reports whether an event's target mention contains s.
func hasTargetText(evs []text.Event, s string) bool {
	for _, e := range evs {
		if e.Target != nil && strings.Contains(e.Target.Text, s) {
			return true
		}
	}
	return false
}

// hasParticipantText reports whether an event's source or target mention
// contains s.
func hasParticipantText(evs []text.Event, s string) bool {
	for _, e := range evs {
		for _, p := range []*text.Participant{e.Source, e.Target} {
			if p != nil && strings.Contains(p.Text, s) {
				return true
			}
		}
	}
	return false
}

// hasTargetCode reports whether an event's target is the actor code.
func hasTargetCode(evs []text.Event, code string) bool {
	for _, e := range evs {
		if e.Target != nil && e.Target.Code == code {
			return true
		}
	}
	return false
}

// hasSourceText reports whether an event's source mention contains s.
func hasSourceText(evs []text.Event, s string) bool {
	for _, e := range evs {
		if e.Source != nil && strings.Contains(e.Source.Text, s) {
			return true
		}
	}
	return false
}

// hasDyad reports whether an event whose CAMEO code starts with prefix goes
// from source to target (actor codes).
func hasDyad(evs []text.Event, prefix, source, target string) bool {
	for _, e := range evs {
		if strings.HasPrefix(e.CAMEO.Code, prefix) && e.Source != nil && e.Target != nil && e.Source.Code == source && e.Target.Code == target {
			return true
		}
	}
	return false
}

// hasSource reports whether an event whose CAMEO code starts with prefix
// has the source (an actor code).
func hasSource(evs []text.Event, prefix, source string) bool {
	for _, e := range evs {
		if strings.HasPrefix(e.CAMEO.Code, prefix) && e.Source != nil && e.Source.Code == source {
			return true
		}
	}
	return false
}

// anyRule reports whether an event of the rule whose id ends in id has the
// source source.
func anyRule(evs []text.Event, id, source string) bool {
	for _, e := range evs {
		if strings.HasSuffix(e.Evidence.Rule, "#"+id) && e.Source != nil && e.Source.Code == source {
			return true
		}
	}
	return false
}

// countCode returns how many events have exactly the CAMEO code.
func countCode(evs []text.Event, code string) int {
	n := 0
	for _, e := range evs {
		if e.CAMEO.Code == code {
			n++
		}
	}
	return n
}

// anyCode reports whether an event's CAMEO code starts with prefix (a
// root, or a whole code).
func anyCode(evs []text.Event, prefix string) bool {
	for _, e := range evs {
		if strings.HasPrefix(e.CAMEO.Code, prefix) {
			return true
		}
	}
	return false
}

func summary(evs []text.Event) []string {
	var out []string
	for _, e := range evs {
		s, t := "", ""
		if e.Source != nil {
			s = e.Source.Code
		}
		if e.Target != nil {
			t = e.Target.Code
		}
		out = append(out, e.CAMEO.Code+" "+s+"→"+t)
	}
	return out
}

// TestPreventedActor: who is stopped from doing something is who would have
// done it (the prevented event is coded negated, with that source).
func TestPreventedActor(t *testing.T) {
	p, err := parley.New(parley.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &text.Document{ID: "t", Date: time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC),
		Text: "Britain's business secretary stopped the University of Manchester from sharing technology with a Chinese firm."}
	if err := p.Code(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if strings.HasPrefix(e.CAMEO.Code, "06") && e.Source != nil {
			if e.Source.Code != "GBREDU" && e.Source.Code != "CHNBUS" {
				t.Errorf("sharing coded with source %s, want the university (GBREDU) or its partner", e.Source.Code)
			}
			return
		}
	}
	t.Errorf("no sharing event coded: %v", summary(doc.Events))
}

// TestEmbeddedNames checks, with the whole pipeline, how one word of a
// known person's name is read when more of a name follows it.
func TestEmbeddedNames(t *testing.T) {
	p, err := parley.New(parley.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, date, sentence string
		source               string // the statement's source code, "" for none known
	}{
		{"a known surname alone is its holder", "2012-01-01",
			"Cameron said the reality for claimants could not have been more stark.", "GBRGOV"},
		{"followed by a name no entry knows it is someone else's given name", "2012-01-01",
			"Counsel Cameron Hockly said the reality for claimants could not have been more stark.", ""},
		{"a generational suffix ends the known name", "2023-06-01",
			"Marcos Jnr told the transport department to secure the loans.", "PHLGOV"},
		{"a capital after a year's phrase is an actor, not a place", "2019-06-01",
			"In 2003, Washington said it was extending sanctions on the firm.", "USAGOV"},
		{"a title that heads any organisation, of one no entry knows, is not the country's office", "2019-06-01",
			"The Chinese president of Huaxin Cement said the plant would close.", ""},
		{"nor is a spokesman of a name whose last word no entry knows", "2019-06-01",
			"A spokeswoman for Baker Hughes said the plant would close.", ""},
		{"nor a spokesman after two names joined by an ampersand", "2013-07-23",
			"A Pratt & Whitney spokesman said the plant would close.", ""},
		{"nor of a family name never used alone", "2012-01-01",
			"Ford spokesman Mike Levine said the plant would close.", ""},
		{"unless a holder of that name is in office", "2007-06-01",
			"Bush spokesman Tony Fratto said the plant would close.", "---GOV"},
		{"the title of a known organisation is of that organisation", "2019-06-01",
			"The president of General Motors said the plant would close.", "USABUS"},
		{"a country's title alone is its office", "2019-06-01",
			"The Chinese president said the plant would close.", "CHNGOV"},
	}
	for _, tc := range tests {
		date, err := time.Parse("2006-01-02", tc.date)
		if err != nil {
			t.Fatal(err)
		}
		doc := &text.Document{ID: "t", Text: tc.sentence, Date: date}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) == 0 {
			t.Errorf("%s: %q coded nothing", tc.name, tc.sentence)
			continue
		}
		got := ""
		if s := doc.Events[0].Source; s != nil {
			got = s.Code
		}
		if got != tc.source {
			t.Errorf("%s: %q coded source %q, want %q", tc.name, tc.sentence, got, tc.source)
		}
	}
}
