package actor

import (
	"strings"
	"testing"

	"github.com/parleyproject/parley/text"
)

// want is an expected mention: its text (found in order in the document),
// and the codes of its actors; name, when set, is the first actor's name.
type want struct {
	text  string
	codes string // "|"-separated
	name  string
}

func TestResolve(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		name      string
		date      string
		sentences []string
		want      []want
	}{
		{"title and name", "2023-06-19",
			[]string{"Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing."},
			[]want{{"Secretary of State Antony Blinken", "USAGOV", "Antony Blinken"}, {"Chinese President Xi Jinping", "CHNGOV", "Xi Jinping"}}},
		{"partial mention after full name", "2023-06-19",
			[]string{"Antony Blinken arrived on Sunday.", "Blinken said talks were candid."},
			[]want{{"Antony Blinken", "USAGOV", "Antony Blinken"}, {"Blinken", "USAGOV", "Antony Blinken"}}},
		{"surname alone 2023", "2023-06-19",
			[]string{"Blinken said the talks were candid."},
			[]want{{"Blinken", "USAGOV", "Antony Blinken"}}},
		{"a legislature takes the story's most named country, or its sentence's, when none dominates; a government only when one does", "2009-06-01",
			[]string{"Defense Secretary Robert Gates met German Chancellor Angela Merkel.", "President Barack Obama and French President Nicolas Sarkozy spoke.",
				"Congress approved the budget.", "Merkel told parliament the government would agree."},
			[]want{{"Defense Secretary Robert Gates", "USAGOVMIL", "Robert Gates"}, {"German Chancellor Angela Merkel", "DEUGOV", "Angela Merkel"},
				{"President Barack Obama", "USAGOV", "Barack Obama"}, {"French President Nicolas Sarkozy", "FRAGOV", "Nicolas Sarkozy"},
				{"Congress", "USALEG", ""}, {"Merkel", "DEUGOV", "Angela Merkel"}, {"parliament", "DEULEG", ""}, {"government", "---GOV", ""}}},
		{"a generic word names the organisation that goes by it in a story of its country", "2022-06-01",
			[]string{"Prime Minister Narendra Modi and Home Minister Amit Shah spoke.", "Congress accused the government.", "Senior Congress leaders agreed."},
			[]want{{"Prime Minister Narendra Modi", "INDGOV", "Narendra Modi"}, {"Home Minister Amit Shah", "INDGOV", "Amit Shah"}, {"Congress", "INDPTY", "Congress Party"}, {"government", "INDGOV", ""},
				{"Senior Congress leaders", "INDPTY", ""}}},
		{"Italy's People of Freedom is a party, not people", "2011-12-16",
			[]string{"The People of Freedom Party (PDL) backed the plan."},
			[]want{{"People of Freedom Party", "ITAPTY", "People of Freedom"}, {"PDL", "ITAPTY", "People of Freedom"}}},
		{"a group a country or party leads is of its country; what else it leads is no actor", "2018-06-01",
			[]string{"The BJP-led government and U.S.-led forces met after the U.S.-led invasion."},
			[]want{{"BJP-led government", "INDGOV", ""}, {"U.S.-led forces", "USAMIL", ""}}},
		{"tanks that hold oil or water are no armour", "2012-06-01",
			[]string{"Storage tanks and an oil tank burned as Russian tanks entered the town."},
			[]want{{"Russian tanks", "RUSMIL", ""}}},
		{"a place in the name of a sea or a gulf is no actor", "2010-06-01",
			[]string{"Pirates attacked ships in the Gulf of Aden, and BP spilled oil into the Gulf of Mexico and Lake Chad near Mount Kenya."},
			[]want{{"Pirates", "---CRM", ""}, {"BP", "GBRBUS", ""}}},
		{"offices before the top ones: senators who became president or secretary of state, the ministers of oil", "2008-06-01",
			[]string{"Barack Obama and Hillary Clinton met Venezuelan Oil Minister Rafael Ramirez and Shahristani.", "Frank-Walter Steinmeier and Olli Rehn met Geithner.", "Republican leader John Boehner and Joe Biden spoke."},
			[]want{{"Barack Obama", "USALEG", "Barack Obama"}, {"Hillary Clinton", "USALEG", "Hillary Clinton"}, {"Venezuelan Oil Minister Rafael Ramirez", "VENGOV", "Rafael Ramírez"}, {"Shahristani", "IRQGOV", "Hussain al-Shahristani"},
				{"Frank-Walter Steinmeier", "DEUGOV", "Frank-Walter Steinmeier"}, {"Olli Rehn", "IGOEUREEC", "Olli Rehn"}, {"Geithner", "USAGOV", "Timothy Geithner"},
				{"leader John Boehner", "USALEG", "John Boehner"}, {"Joe Biden", "USALEG", "Joe Biden"}}},
		{"offices of US and British politicians in the news of 2017-2019", "2018-06-01",
			[]string{"Jeremy Corbyn, John Bolton, Mike Pompeo, Ted Cruz and Jared Kushner spoke."},
			[]want{{"Jeremy Corbyn", "GBROPP", "Jeremy Corbyn"}, {"John Bolton", "USAGOV", "John Bolton"}, {"Mike Pompeo", "USAGOV", "Mike Pompeo"}, {"Ted Cruz", "USALEG", "Ted Cruz"}, {"Jared Kushner", "USAGOV", "Jared Kushner"}}},
		{"a surname many people bear names none of them alone", "2022-07-20",
			[]string{"Chang said the designations would help the city."},
			nil},
		{"cities of the gazetteer stand for their country", "2021-03-01",
			[]string{"Authorities in Shenyang detained the Sialkot police chief.", "Kashgar police and the Mymensingh municipality spoke."},
			[]want{{"Authorities in Shenyang", "CHNGOV", ""}, {"Sialkot police chief", "PAKCOP", ""}, {"Kashgar police", "CHNCOP", ""}, {"Mymensingh municipality", "BGDGOV", ""}}},
		{"a town stands for no country in a story of another", "2023-10-15",
			[]string{"Kenyan police said Maua police and Mauá arrested him.", "Sialkot traders in Maua met Chinese officials."},
			[]want{{"Kenyan police", "KENCOP", ""}, {"Maua police", "---COP", ""}, {"Sialkot traders", "---BUS", ""}, {"Chinese officials", "CHNGOV", ""}}},
		{"but a city's name in another's party or name is none", "2023-10-15",
			[]string{"Te Pāti Māori leader Debbie Ngarewa-Packer and Benoni W. Urey spoke."},
			[]want{{"leader Debbie Ngarewa-Packer", "---GOV", ""}}},
		{"but after the full name it is that person", "2022-07-20",
			[]string{"Su Tseng-chang visited Keelung.", "Su said the city would benefit."},
			[]want{{"Su Tseng-chang", "TWNGOV", "Su Tseng-chang"}, {"Keelung", "TWN", ""}, {"Su", "TWNGOV", "Su Tseng-chang"}}},
		{"a generic noun without a sector is an actor only when attached", "2023-06-19",
			[]string{"EU member states and union members disagreed with a member of the cartel."},
			[]want{{"EU member", "IGOEUREEC", ""}, {"union members", "---LAB", ""}, {"cartel", "---CRM", ""}}},
		{"a title of any organisation takes the sector it is attached to, or none", "2012-06-01",
			[]string{"The union president and the company chairman met the director of Canatur."},
			[]want{{"union president", "---LAB", ""}, {"company chairman", "---BUS", ""}}},
		{"a name after a sector noun for one person is that person, also later", "2023-06-19",
			[]string{"Iranian foreign ministry spokesman Nasser Kanaani condemned the raid.", "Kanaani spoke."},
			[]want{{"Iranian foreign ministry spokesman Nasser Kanaani", "IRNGOV", "Nasser Kanaani"}, {"Kanaani", "IRNGOV", "Nasser Kanaani"}}},
		{"not after a generic one with no country or organisation", "2023-06-19",
			[]string{"A spokesman Nasser Kanaani spoke."},
			[]want{{"spokesman", "---GOV", ""}}},
		{"a place after a noun a possessive pronoun owns says where it is, not whose", "2015-06-01",
			[]string{"Britain closed its embassy in Tehran and withdrew some of its troops from Iraq, not the troops from Iraq."},
			[]want{{"Britain", "GBR", ""}, {"embassy", "---GOV", ""}, {"troops", "---MIL", ""}, {"Iraq", "IRQ", ""}, {"troops from Iraq", "IRQMIL", ""}}},
		{"a title after a body of a known sector heads that body, in the locator's country", "2015-06-01",
			[]string{"Cuban Supreme Court president Remigio Ferro spoke, and the Egyptian union president replied."},
			[]want{{"Cuban Supreme Court president Remigio Ferro", "CUBJUD", ""}, {"Egyptian union president", "EGYLAB", ""}}},
		{"a leader after a sector noun leads that sector, not the country", "2009-05-01",
			[]string{"Kenyan youth leaders, British business leaders and Iraqi army chiefs met."},
			[]want{{"Kenyan youth leaders", "KENCVL", ""}, {"British business leaders", "GBRBUS", ""}, {"Iraqi army chiefs", "IRQMIL", ""}}},
		{"undated, a surname of former heads of government of one country names the last of them", "",
			[]string{"Papandreou agreed to resign, and Kenyatta met Odinga."},
			[]want{{"Papandreou", "GRCGOV", "Giorgos Papandreou"}, {"Kenyatta", "KENGOV", "Uhuru Kenyatta"}, {"Odinga", "KENGOV", "Raila A Odinga"}}},
		{"undated, such a surname in a text that names other countries only is someone else's", "",
			[]string{"Hong Kong police said Chan was released."},
			[]want{{"Hong Kong police", "HKGCOP", ""}}},
		{"such a title before a name keeps its own", "2008-06-01",
			[]string{"President Umaru Musa spoke."},
			[]want{{"President Umaru Musa", "---GOV", ""}}},
		{"a country typed with a slipped capital", "2015-06-09",
			[]string{"They want to help iSrael and eGypt, not irAN or iPhone."},
			[]want{{"iSrael", "ISR", ""}, {"eGypt", "EGY", ""}, {"irAN", "IRN", ""}}},
		{"a short name with a capital inside wants it in the text", "2009-03-01",
			[]string{"Let us see whether LeT militants attacked Mumbai."},
			[]want{{"LeT militants", "PAKREB", ""}, {"Mumbai", "IND", ""}}},
		{"before the first office known, the country alone", "2015-06-01",
			[]string{"Volodymyr Zelensky spoke."},
			[]want{{"Volodymyr Zelensky", "UKR", "Volodymyr Zelenskyy"}}},
		{"then and outgoing are in office", "2012-06-01",
			[]string{"Police then arrested the outgoing minister."},
			[]want{{"Police", "---COP", ""}, {"outgoing minister", "---GOV", ""}}},
		{"agencies, armed groups and aid bodies frequent in the news", "2021-06-01",
			[]string{"USAID, ICE and the TPLF met the ICRC and the ELN."},
			[]want{{"USAID", "USAGOV", "USAID"}, {"ICE", "USACOP", "Immigration and Customs Enforcement"},
				{"TPLF", "ETHREB", "Tigray People's Liberation Front"}, {"ICRC", "NGOHLHIRC", "International Committee of the Red Cross"},
				{"ELN", "COLREB", "ELN"}}},
		{"parties and forces named like others", "2021-06-01",
			[]string{"The Liberal Democrats, the AfD and the Peshmerga spoke."},
			[]want{{"Liberal Democrats", "GBRPTY", "Liberal Democrats"}, {"AfD", "DEUPTY", "Alternative for Germany"},
				{"Peshmerga", "IRQMIL", "Peshmerga"}}},
		{"officials called general are no generals", "2021-06-01",
			[]string{"The Accountant-General and the Auditor General resigned."},
			[]want{{"Accountant-General", "---GOV", ""}, {"Auditor General", "---GOV", ""}}},
		{"a ministry or minister of labour is the government's, not the Labour Party's", "2010-07-07",
			[]string{"The Ministry of Labour and Labour Minister Andreas Loverdos spoke, as did the Labour Party."},
			[]want{{"Ministry of Labour", "---GOV", ""}, {"Labour Minister Andreas Loverdos", "---GOV", "Andreas Loverdos"}, {"Labour Party", "GBRPTY", "Labour Party"}}},
		{"the Niger Delta is Nigeria's, and MEND a Nigerian rebel group", "2009-06-29",
			[]string{"Niger Delta rebels and MEND attacked the platform."},
			[]want{{"Niger Delta rebels", "NGAREB", ""}, {"MEND", "NGAREB", "Movement for the Emancipation of the Niger Delta"}}},
		{"a surname in capitals among words that are not is an acronym", "2012-11-16",
			[]string{"AMR declared bankruptcy last November, Amr said."},
			[]want{{"Amr", "EGYGOV", "Mohamed Kamel Amr"}}},
		{"a breakaway state is a de facto state of the country it broke from", "2020-10-01",
			[]string{"Abkhazia and Transnistria held elections.", "The breakaway republic said Somaliland was recognised."},
			[]want{{"Abkhazia", "GEOPRE", ""}, {"Transnistria", "MDAPRE", ""}, {"breakaway republic", "---PRE", ""}, {"Somaliland", "SOMPRE", ""}}},
		{"a sector noun right before a named group of that sector describes the group", "2012-06-20",
			[]string{"The Islamist militant group al-Shabaab attacked the base.", "Iraq will buy aircraft from planemaker Boeing and from the rebel FDLR force."},
			[]want{{"Islamist militant group", "SOMREBSHB", ""}, {"al-Shabaab", "SOMREBSHB", ""}, {"Iraq", "IRQ", ""}, {"planemaker", "USABUS", ""}, {"Boeing", "USABUS", ""}, {"rebel", "RWAREB", ""}, {"FDLR", "RWAREB", ""}}},
		{"the leaders of a faith are religious leaders", "2015-01-10",
			[]string{"Muslim leaders in France condemned the attack.", "Church leaders prayed."},
			[]want{{"Muslim leaders in France", "FRAREL", ""}, {"Church leaders", "---REL", ""}}},
		{"where a thing was made names no actor", "2013-09-27",
			[]string{"NATO deployed the U.S.-built Patriot system and Iranian-made drones."},
			[]want{{"NATO", "IGOWSTNAT", ""}, {"Iranian-made drones", "---MIL", ""}}},
		{"holders of an office from a country or body are of it; one in a capital is not", "2010-04-20",
			[]string{"Ministers from Germany and France met.", "The ambassador in Kabul said talks failed."},
			[]want{{"Ministers from Germany and France", "DEUGOV|FRAGOV", ""}, {"ambassador", "---GOV", ""}}},
		{"an aircraft carrier is a warship, a carrier an airline", "2007-03-05",
			[]string{"Washington has sent a second aircraft carrier to the Gulf.", "The carrier cancelled flights."},
			[]want{{"Washington", "USAGOV", ""}, {"aircraft carrier", "---MIL", ""}, {"carrier", "---BUS", ""}}},
		{"a giant of an industry is a company", "2007-03-14",
			[]string{"The U.S. drugs giant said it would stop launching new medicines."},
			[]want{{"U.S. drugs giant", "USABUS", ""}}},
		{"a campaign is no party", "2012-08-30",
			[]string{"Militants stepped up a campaign of sabotage, a party official said."},
			[]want{{"Militants", "---REB", ""}, {"party official", "---PTY", ""}}},
		{"funds, their officers and metal miners are business, an officer of a firm no soldier", "2012-08-30",
			[]string{"German hedge fund Aurelius pulled out, a chief investment officer said.", "A British asset manager agreed.", "Canadian gold miner Crystallex filed a demand."},
			[]want{{"German hedge fund", "DEUBUS", ""}, {"chief investment officer", "---BUS", ""}, {"British asset manager", "GBRBUS", ""}, {"Canadian gold miner", "CANBUS", ""}}},
		{"a long name as the news writes it: without the middle name, or the mother's family name", "2009-06-26",
			[]string{"President Umaru Yar'Adua met Ecuadorean President Rafael Correa.", "Correa said the talks were useful."},
			[]want{{"President Umaru Yar'Adua", "NGAGOV", "Umaru Musa Yar'Adua"}, {"Ecuadorean President Rafael Correa", "ECUGOV", "Rafael Correa Delgado"},
				{"Correa", "ECUGOV", "Rafael Correa Delgado"}}},
		{"a short form names a person only while in office", "2012-05-03",
			[]string{"Roberto Rojas told Reuters the blockade could be lifted."},
			[]want{{"Reuters", "GBRJRN", "Reuters"}}},
		{"a surname that is an ordinary word names the holder of the office titled before it", "2007-03-14",
			[]string{"President Bush met President Carter."},
			[]want{{"President Bush", "USAGOV", "George W. Bush"}, {"President Carter", "---GOV", "Carter"}}},
		{"leaders of international organisations and of countries whom the generated dictionary lacks", "2010-06-24",
			[]string{"Jose Manuel Barroso, Jean-Claude Trichet, Hamid Karzai and Wolfgang Schaeuble spoke."},
			[]want{{"Jose Manuel Barroso", "IGOEUREEC", "José Manuel Durão Barroso"}, {"Jean-Claude Trichet", "IGOEUREECECB", "Jean-Claude Trichet"},
				{"Hamid Karzai", "AFGGOV", "Hamid Karzai"}, {"Wolfgang Schaeuble", "DEUGOV", "Wolfgang Schäuble"}}},
		{"the UN's human rights chiefs in their terms", "2020-06-01",
			[]string{"UN human rights chief Michelle Bachelet met Zeid Ra'ad al-Hussein."},
			[]want{{"UN human rights chief Michelle Bachelet", "IGOUNOHRI", "Michelle Bachelet"}, {"Zeid Ra'ad al-Hussein", "JORELI", "Zeid Ra'ad Al Hussein"}}},
		{"the UN chief is the Secretary-General, named or not", "2010-07-01",
			[]string{"The UN chief met the IMF chief.", "U.N. chief Ban Ki-moon spoke."},
			[]want{{"UN chief", "IGOUNO", "Ban Ki-moon"}, {"IMF chief", "IGOBUSIMF", "Dominique Strauss-Kahn"}, {"U.N. chief Ban Ki-moon", "IGOUNO", "Ban Ki-moon"}}},
		{"parliaments and intelligence services known by their own names", "2022-07-30",
			[]string{"The Verkhovna Rada, the Sejm, the Dail and the National People's Congress met.", "MI6, GCHQ and the ISI said so."},
			[]want{{"Verkhovna Rada", "UKRLEG", "Verkhovna Rada"}, {"Sejm", "POLLEG", "Sejm"}, {"Dail", "IRLLEG", "Dail"},
				{"National People's Congress", "CHNLEG", "National People's Congress"},
				{"MI6", "GBRSPY", "MI6"}, {"GCHQ", "GBRSPY", "GCHQ"}, {"ISI", "PAKSPY", "Inter-Services Intelligence"}}},
		{"armed groups of India, Cameroon, Indonesia, China, Ethiopia and Ukraine", "2022-07-30",
			[]string{"Naxalites, ULFA, the Ambazonia Defence Forces, Jemaah Islamiyah, ETIM, the Fano militia and the Azov Regiment fought."},
			[]want{{"Naxalites", "INDREB", "Naxalites"}, {"ULFA", "INDREB", "United Liberation Front of Asom"}, {"Ambazonia Defence Forces", "CMRREB", "Ambazonia Defence Forces"},
				{"Jemaah Islamiyah", "IDNREB", "Jemaah Islamiyah"}, {"ETIM", "CHNREB", "East Turkestan Islamic Movement"}, {"Fano militia", "ETHREB", "Fano militia"},
				{"Azov Regiment", "UKRMIL", "Azov Regiment"}}},
		{"a Pentagon agency, Libya's rebel council, a money transmitter and the G20's financial board", "2011-10-01",
			[]string{"The Missile Defense Agency, the National Transitional Council, Western Union and the Financial Stability Board met."},
			[]want{{"Missile Defense Agency", "USAMIL", "Missile Defense Agency"}, {"National Transitional Council", "LBYGOV", "National Transitional Council"},
				{"Western Union", "USABUS", "Western Union"}, {"Financial Stability Board", "IGOBUSFSB", "Financial Stability Board"}}},
		{"parties of Korea, Thailand and Kenya in 2022", "2022-07-30",
			[]string{"The People Power Party, the Palang Pracharath Party and Kenya Kwanza met."},
			[]want{{"People Power Party", "KORPTY", "People Power Party"}, {"Palang Pracharath Party", "THAPTY", "Palang Pracharath Party"},
				{"Kenya Kwanza", "KENPTY", "Kenya Kwanza"}}},
		{"a party name that was Thailand's before it was Korea's", "2008-01-10",
			[]string{"The People Power Party won the election."},
			[]want{{"People Power Party", "THAPTY", "People Power Party"}}},
		{"state export and development banks", "2022-07-30",
			[]string{"Korea Eximbank, China Exim Bank and JBIC lent the money."},
			[]want{{"Korea Eximbank", "KORGOV", "Export-Import Bank of Korea"}, {"China Exim Bank", "CHNGOV", "Export-Import Bank of China"},
				{"JBIC", "JPNGOV", "Japan Bank for International Cooperation"}}},
		{"party and state watchdogs of China and India, and the Davos forum", "2022-07-30",
			[]string{"The CCDI and CBIRC said the Enforcement Directorate and the World Economic Forum met."},
			[]want{{"CCDI", "CHNGOV", "Central Commission for Discipline Inspection"}, {"CBIRC", "CHNGOV", "China Banking and Insurance Regulatory Commission"},
				{"Enforcement Directorate", "INDGOV", "Enforcement Directorate"}, {"World Economic Forum", "NGOBUSWEF", "World Economic Forum"}}},
		{"a religious leader in exile", "2008-04-03",
			[]string{"The Dalai Lama denied it."},
			[]want{{"Dalai Lama", "CHNREL", "Dalai Lama"}}},
		{"newspapers, broadcasters and state media", "2012-06-13",
			[]string{"The Wall Street Journal, Der Spiegel and the Global Times reported it.", "Geithner told CNBC and Voice of America."},
			[]want{{"The Wall Street Journal", "USAJRN", "Wall Street Journal"}, {"Der Spiegel", "DEUJRN", "Der Spiegel"}, {"Global Times", "CHNGOVJRN", "Global Times"},
				{"Geithner", "USAGOV", "Timothy Geithner"}, {"CNBC", "USAJRN", "CNBC"}, {"Voice of America", "USAGOVJRN", "Voice of America"}}},
		{"agencies of energy, migration, money laundering and farming", "2012-06-13",
			[]string{"The International Energy Agency said Iran may shut in production.", "IOM, FATF and IFAD met."},
			[]want{{"International Energy Agency", "IGOBUSIEA", "International Energy Agency"}, {"Iran", "IRN", "Iran"},
				{"IOM", "IGOUNOREFIOM", "International Organization for Migration"}, {"FATF", "IGOBUSFTF", "Financial Action Task Force"},
				{"IFAD", "IGOUNOAGRIFD", "International Fund for Agricultural Development"}}},
		{"heads of international organisations in their terms", "2008-06-01",
			[]string{"Robert Zoellick met Mohamed ElBaradei and Amr Moussa."},
			[]want{{"Robert Zoellick", "IGOUNODEVWBK", "Robert Zoellick"}, {"Mohamed ElBaradei", "IGOUNOIAE", "Mohamed ElBaradei"}, {"Amr Moussa", "IGOMEAARL", "Amr Moussa"}}},
		{"a name in another spelling, in full and then alone", "2012-10-01",
			[]string{"Egyptian President Mohamed Mursi met Viktor Yanukovich.", "Mursi said the talks were useful."},
			[]want{{"Egyptian President Mohamed Mursi", "EGYGOV", "Mohamed Morsi"}, {"Viktor Yanukovich", "UKRGOV", "Viktor Yanukovych"},
				{"Mursi", "EGYGOV", "Mohamed Morsi"}}},
		{"a word alone in another spelling, or too far from a name, is no one", "2010-06-01",
			[]string{"Sikorsky said it would bid.", "Ayatollah Khomeini spoke."},
			[]want{{"Ayatollah", "---REL", ""}}},
		{"states and provinces are their country's, not a namesake's", "2010-06-01",
			[]string{"Officials in New Jersey and British Columbia spoke."},
			[]want{{"Officials in New Jersey", "USAGOV", ""}, {"British Columbia", "CAN", ""}}},
		{"a coalition is of parties unless of forces (a person's, of the person's country), a pilot military only when said", "2011-06-01",
			[]string{"Merkel's coalition and the coalition forces met the pilots and a fighter pilot."},
			[]want{{"Merkel", "DEUGOV", "Angela Merkel"}, {"coalition", "DEUPTY", ""}, {"coalition forces", "---MIL", ""}, {"fighter pilot", "---MIL", ""}}},
		{"surname alone of a minister in 2008", "2008-06-01",
			[]string{"Cheney said the talks were candid."},
			[]want{{"Cheney", "USAGOV", "Dick Cheney"}}},
		{"a surname followed by a name is someone's first name", "2008-06-01",
			[]string{"Editing by Cheney Alexander."},
			nil},
		{"a common given name is no surname alone", "2008-06-01",
			[]string{"David said the talks were candid."},
			nil},
		{"a stock ticker is no surname", "2008-06-01",
			[]string{"Boeing (BA.N) shares fell."},
			[]want{{"Boeing", "USABUS", ""}}},
		{"a hyphenated surname is whole", "2010-06-01",
			[]string{"Wescot-Williams said the vote was fair."},
			[]want{{"Wescot-Williams", "SXMGOV", "Sarah Wescot-Williams"}}},
		{"surname alone 2026 is a former official", "2026-03-01",
			[]string{"Blinken said the talks were candid."},
			[]want{{"Blinken", "USAELI", "Antony Blinken"}}},
		{"same name, two dates: in office", "2017-04-01",
			[]string{"Angela Merkel spoke."},
			[]want{{"Angela Merkel", "DEUGOV", "Angela Merkel"}}},
		{"same name, two dates: out of office", "2022-01-10",
			[]string{"Angela Merkel spoke."},
			[]want{{"Angela Merkel", "DEUELI", "Angela Merkel"}}},
		{"title plus country to the holder", "2023-06-19",
			[]string{"The talks angered the Chinese President."},
			[]want{{"Chinese President", "CHNGOV", "Xi Jinping"}}},
		{"title plus country, holder unknown", "2023-06-19",
			[]string{"The Tuvaluan finance minister objected."},
			[]want{{"Tuvaluan finance minister", "TUVGOV", ""}}},
		{"adjective and sector", "2023-06-19",
			[]string{"Iraqi police arrested Chinese officials."},
			[]want{{"Iraqi police", "IRQCOP", ""}, {"Chinese officials", "CHNGOV", ""}}},
		{"compound adjectives", "2023-06-19",
			[]string{"Hungarian and Romanian officials met."},
			[]want{{"Hungarian and Romanian officials", "HUNGOV|ROUGOV", ""}}},
		{"possessive", "2023-06-19",
			[]string{"China's foreign ministry protested."},
			[]want{{"China's foreign ministry", "CHNGOV", ""}}},
		{"seat of power", "2023-06-19",
			[]string{"The Kremlin said Downing Street and the Elysee were wrong."},
			[]want{{"The Kremlin", "RUSGOV", ""}, {"Downing Street", "GBRGOV", ""}, {"Elysee", "FRAGOV", ""}}},
		{"city where something is based is a place", "2023-06-19",
			[]string{"A Beijing-based analyst and a London based think tank disagreed with Moscow."},
			[]want{{"analyst", "---EDU", ""}, {"think tank", "---EDU", ""}, {"Moscow", "RUSGOV", ""}}},
		{"capital as government, not as place", "2023-06-19",
			[]string{"Washington warned Beijing.", "They met in Beijing."},
			[]want{{"Washington", "USAGOV", ""}, {"Beijing", "CHNGOV", ""}}},
		{"pronoun", "2023-06-19",
			[]string{"Antony Blinken met Wang Yi.", "He said the talks were useful."},
			[]want{{"Antony Blinken", "USAGOV", "Antony Blinken"}, {"Wang Yi", "CHNGOV", "Wang Yi"}, {"He", "USAGOV", "Antony Blinken"}}},
		{"she skips a man", "2024-03-01",
			[]string{"Annalena Baerbock met Sergey Lavrov.", "She said nothing."},
			[]want{{"Annalena Baerbock", "DEUGOV", "Annalena Baerbock"}, {"Sergey Lavrov", "RUSGOV", "Sergey Lavrov"}, {"She", "DEUGOV", "Annalena Baerbock"}}},
		{"definite title back to the person", "2023-06-19",
			[]string{"Antony Blinken landed in Beijing.", "The Secretary of State met officials."},
			[]want{{"Antony Blinken", "USAGOV", "Antony Blinken"}, {"Secretary of State", "USAGOV", "Antony Blinken"}, {"officials", "---GOV", ""}}},
		{"the two sides", "2023-06-19",
			[]string{"Russia and Ukraine exchanged prisoners.", "The two sides agreed to talk."},
			[]want{{"Russia", "RUS", ""}, {"Ukraine", "UKR", ""}, {"prisoners", "---CVL", ""}, {"The two sides", "RUS|UKR", ""}}},
		{"IGO and IGO with sector", "2023-06-19",
			[]string{"The UN and NATO sent UN troops."},
			[]want{{"UN", "IGOUNO", ""}, {"NATO", "IGOWSTNAT", ""}, {"UN troops", "IGOUNOMIL", ""}}},
		{"IGO leader by title", "2023-06-19",
			[]string{"The NATO chief spoke."},
			[]want{{"NATO chief", "IGOWSTNAT", "Jens Stoltenberg"}}},
		{"armed group, dated", "2020-01-01",
			[]string{"The Taliban attacked."},
			[]want{{"The Taliban", "AFGREB", ""}}},
		{"armed group after taking power", "2023-01-01",
			[]string{"The Taliban attacked."},
			[]want{{"The Taliban", "AFGGOV", ""}}},
		{"group absorbs sector noun", "2023-01-01",
			[]string{"Hamas militants and Hezbollah fighters fired rockets."},
			[]want{{"Hamas militants", "PSEREBHMS", ""}, {"Hezbollah fighters", "LBNREBHZB", ""}}},
		{"affiliation is not the actor", "2015-06-09",
			[]string{"Pro-Russia rebels shot down the plane."},
			[]want{{"Pro-Russia rebels", "---REB", ""}}},
		{"out of every known office, the person holds the one the text names", "2026-03-01",
			[]string{"World Bank President Antony Blinken and Kenyan opposition leader Barack Obama spoke."},
			[]want{{"World Bank President Antony Blinken", "IGOUNODEVWBK", "Antony Blinken"}, {"Kenyan opposition leader Barack Obama", "KENOPP", "Barack Obama"}}},
		{"after its organisation a chief heads the phrase a name ends", "2026-03-01",
			[]string{"World Bank chief Antony Blinken spoke."},
			[]want{{"World Bank chief Antony Blinken", "IGOUNODEVWBK", "Antony Blinken"}}},
		{"she is no man of the dictionary, whose given name tells his sex", "2012-01-01",
			[]string{"Finance Minister Sergei Storchak said on Friday that growth slowed.", "She said prices rose."},
			[]want{{"Finance Minister Sergei Storchak", "RUSGOV", "Sergei Storchak"}}},
		{"she is no man whose given name is of another language", "2000-01-01",
			[]string{"Finance Secretary Lawrence Summers said on Friday that growth slowed.", "She said prices rose."},
			[]want{{"Finance Secretary Lawrence Summers", "USAGOV", "Lawrence Summers"}}},
		{"a general manager and General Atomics are no army's", "2012-07-11",
			[]string{"General Atomics sold drones, said Francis Doku, General Manager of 3 Group."},
			[]want{{"General Atomics", "USABUS", ""}, {"drones", "---MIL", ""}}},
		{"trade union federations are labour, a country inside their name notwithstanding", "2012-07-19",
			[]string{"D.L. Sachdev, national secretary of the All India Trade Union Congress, told reporters.", "The Trades Union Congress said pay fell.", "Brendan Barber of the Trades Union Congress spoke.", "The Pan American Health Organization warned."},
			[]want{{"national secretary of the All India Trade Union Congress", "INDLAB", ""}, {"reporters", "---JRN", ""}, {"Trades Union Congress", "GBRLAB", ""}, {"Trades Union Congress", "GBRLAB", ""}, {"Pan American Health Organization", "IGOUNOHLHWHO", ""}}},
		{"unions of states or economies are no labour unions", "2012-07-19",
			[]string{"The union called a strike.", "Britain will leave the customs union.", "The EU customs union angered Turkey."},
			[]want{{"union", "---LAB", ""}, {"Britain", "GBR", ""}, {"EU customs union", "IGOEUREEC", ""}, {"Turkey", "TUR", ""}}},
		{"an abbreviation the text defines beats the dictionary's", "2022-07-01",
			[]string{"The Bangladesh Nationalist Party (BNP) said it would boycott the polls.", "BNP leaders met on Friday, and BNP Paribas said nothing."},
			[]want{{"Bangladesh Nationalist Party", "BGDPTY", ""}, {"BNP", "BGDPTY", ""}, {"BNP leaders", "BGDPTY", ""}, {"BNP Paribas", "FRABUS", ""}}},
		{"of organisations going by one name, the one of a country the story has named", "2019-06-01",
			[]string{"BNP Paribas cut jobs in France.", "BNP said its profit rose.", "Bangladesh police arrested BNP supporters."},
			[]want{{"BNP Paribas", "FRABUS", ""}, {"France", "FRA", ""}, {"BNP", "FRABUS", ""}, {"Bangladesh police", "BGDCOP", ""}, {"BNP supporters", "BGDPTY", ""}}},
		{"the head noun of an organisation named in full names it later", "2013-01-16",
			[]string{"The European Commission opened a case.", "The Commission said China's subsidies were illegal."},
			[]want{{"European Commission", "IGOEUREEC", ""}, {"Commission", "IGOEUREEC", ""}, {"China's", "CHN", ""}}},
		{"an adjective after a possessive with no noun of the phrase after it is another noun's", "2011-05-25",
			[]string{"Greece's biggest postwar achievement and Russia's former president Medvedev were at stake."},
			[]want{{"Greece's", "GRC", ""}, {"Russia's former president Medvedev", "RUSELI", "Dmitry Medvedev"}}},
		{"a title or a spokesman of a state's government named with 's is of that state", "2022-07-01",
			[]string{"The Syrian regime's Foreign Minister Faysal Mikdad and the Iranian government's spokesman met the company's spokesman."},
			[]want{{"Syrian regime", "SYRGOV", ""}, {"Foreign Minister Faysal Mikdad", "SYRGOV", ""}, {"Iranian government", "IRNGOV", ""}, {"spokesman", "IRNGOV", ""}, {"company", "---BUS", ""}, {"spokesman", "---GOV", ""}}},
		{"a chief executive is a company's, but Hong Kong's heads its government", "2019-06-01",
			[]string{"Chief Executive Bob Dudley and Hong Kong's chief executive met."},
			[]want{{"Chief Executive Bob Dudley", "---BUS", "Bob Dudley"}, {"Hong Kong's chief executive", "HKGGOV", "Carrie Lam"}}},
		{"a health, press or tax officer is an official, not a soldier", "2022-07-01",
			[]string{"The public health officer and the press officer met the officers."},
			[]want{{"public health officer", "---GOV", ""}, {"press officer", "---GOV", ""}, {"officers", "---MIL", ""}}},
		{"a liberation front or an independence army is an armed group, a county executive an official", "2019-05-01",
			[]string{"The Ogaden National Liberation Front, the Kachin Independence Army and Broome County Executive Jason Garnar met."},
			[]want{{"National Liberation Front", "---REB", ""}, {"Kachin Independence Army", "MMRREB", ""}, {"County Executive Jason Garnar", "---GOV", ""}}},
		{"India's houses of parliament are no Libyan city; the EFCC is Nigeria's", "2022-08-01",
			[]string{"The Lok Sabha speaker suspended four MPs, and the EFCC charged Rajya Sabha members."},
			[]want{{"Lok Sabha speaker", "INDLEG", ""}, {"MPs", "INDLEG", ""}, {"EFCC", "NGAGOV", ""}, {"Rajya Sabha members", "INDLEG", ""}}},
		{"the GAO is a U.S. office, Gao a city of Mali", "2019-01-01",
			[]string{"The GAO upheld the protest, and rebels attacked Gao."},
			[]want{{"GAO", "USAGOV", ""}, {"rebels", "---REB", ""}, {"Gao", "MLI", ""}}},
		{"radio is the press", "2019-01-01",
			[]string{"Steinitz told Army Radio, and Sinn told German radio."},
			[]want{{"Army Radio", "---JRN", ""}, {"German radio", "DEUJRN", ""}}},
		{"a foreign service officer is a diplomat, no soldier", "2019-01-01",
			[]string{"A career foreign service officer spoke, and an army officer listened."},
			[]want{{"foreign service officer", "---GOV", ""}, {"army officer", "---MIL", ""}}},
		{"freedom of assembly is no assembly", "2019-01-01",
			[]string{"Peru will suspend freedom of assembly, and the National Assembly of Peru agreed."},
			[]want{{"Peru", "PER", ""}, {"National Assembly of Peru", "PERLEG", ""}}},
		{"side effects are no side", "2019-01-01",
			[]string{"The Chinese side said the side effects were mild."},
			[]want{{"Chinese side", "CHNGOV", ""}}},
		{"artificial intelligence is no intelligence service", "2019-01-01",
			[]string{"A new artificial intelligence system helps farmers, and Israeli intelligence said so."},
			[]want{{"farmers", "---AGR", ""}, {"Israeli intelligence", "ISRSPY", ""}}},
		{"a general counsel is no general", "2019-01-01",
			[]string{"KBR General Counsel Andrew Farley and General Stanley McChrystal spoke."},
			[]want{{"KBR General Counsel Andrew Farley", "USABUS", ""}, {"General Stanley McChrystal", "---MIL", "Stanley McChrystal"}}},
		{"local bodies without a country are of the one country a story is about", "2019-06-01",
			[]string{"Kenyan police met Uhuru Kenyatta.", "The government said protesters had left."},
			[]want{{"Kenyan police", "KENCOP", ""}, {"Uhuru Kenyatta", "KENGOV", "Uhuru Kenyatta"}, {"government", "KENGOV", ""}, {"protesters", "KENOPP", ""}}},
		{"parties and companies the news names", "2013-06-01",
			[]string{"Fine Gael, New Democracy and UMNO met Pheu Thai and AIG."},
			[]want{{"Fine Gael", "IRLPTY", ""}, {"New Democracy", "GRCPTY", ""}, {"UMNO", "MYSPTY", ""}, {"Pheu Thai", "THAPTY", ""}, {"AIG", "USABUS", ""}}},
		{"former official", "2023-06-19",
			[]string{"A former CIA official and former President Barack Obama spoke."},
			[]want{{"former CIA official", "USAELI", ""}, {"former President Barack Obama", "USAELI", "Barack Obama"}}},
		{"sector alone", "2023-06-19",
			[]string{"Police arrested protesters and journalists."},
			[]want{{"Police", "---COP", ""}, {"protesters", "---OPP", ""}, {"journalists", "---JRN", ""}}},
		{"transliterations", "2023-06-19",
			[]string{"Zelenskiy met Erdogan and Zelensky thanked Erdoğan."},
			[]want{{"Zelenskiy", "UKRGOV", "Volodymyr Zelenskyy"}, {"Erdogan", "TURGOV", "Recep Tayyip Erdoğan"}, {"Zelensky", "UKRGOV", "Volodymyr Zelenskyy"}, {"Erdoğan", "TURGOV", "Recep Tayyip Erdoğan"}}},
		{"unknown person after a title", "2023-06-19",
			[]string{"Kenyan Foreign Minister Jane Doe Mwangi arrived.", "Mwangi said she was pleased."},
			[]want{{"Kenyan Foreign Minister Jane Doe Mwangi", "KENGOV", "Jane Doe Mwangi"}, {"Mwangi", "KENGOV", "Jane Doe Mwangi"}, {"she", "KENGOV", "Jane Doe Mwangi"}}},
		{"undated uses the latest office", "",
			[]string{"Donald Trump spoke."},
			[]want{{"Donald Trump", "USAGOV", "Donald Trump"}}},
		{"a given name in another language or a hard c spelt k is the same name", "2011-06-01",
			[]string{"Prime Minister George Papandreou met Finance Minister George Papaconstantinou."},
			[]want{{"Prime Minister George Papandreou", "GRCGOV", "Giorgos Papandreou"}, {"Finance Minister George Papaconstantinou", "GRCGOV", "Giorgos Papakonstantinou"}}},
		{"undated, the title the text gives is the office", "",
			[]string{"US Senator Marco Rubio and Donald Trump spoke."},
			[]want{{"US Senator Marco Rubio", "USALEG", "Marco Rubio"}, {"Donald Trump", "USAGOV", "Donald Trump"}}},
		{"defence minister codes GOV and MIL", "2024-01-10",
			[]string{"Defence Minister Boris Pistorius visited Kyiv."},
			[]want{{"Defence Minister Boris Pistorius", "DEUGOVMIL", "Boris Pistorius"}, {"Kyiv", "UKRGOV", ""}}},
		{"a monarch goes by the regnal or first name after the title, in the country a locator names", "2010-05-01",
			[]string{"King Bhumibol, Sultan Qaboos and King Abdullah II met Saudi King Abdullah and King Abdullah."},
			[]want{{"King Bhumibol", "THAGOV", "Bhumibol Adulyadej"}, {"Sultan Qaboos", "OMNGOV", "Qaboos bin Said Al Said"}, {"King Abdullah II", "JORGOV", "Abdullah II of Jordan"},
				{"Saudi King Abdullah", "SAUGOV", "Abdullah of Saudi Arabia"}, {"King Abdullah", "---GOV", "Abdullah"}}},
		{"of monarchs going by one name, the one of a country the story has named", "2010-05-01",
			[]string{"Jordan hosted the talks.", "King Abdullah received Mahmoud Abbas."},
			[]want{{"Jordan", "JOR", ""}, {"King Abdullah", "JORGOV", "Abdullah II of Jordan"}, {"Mahmoud Abbas", "PSEGOV", "Mahmoud Abbas"}}},
		{"a prominent office holder's name with middle names the dictionary leaves out", "2020-06-01",
			[]string{"President Nana Addo Dankwa Akufo-Addo spoke."},
			[]want{{"President Nana Addo Dankwa Akufo-Addo", "GHAGOV", "Nana Akufo-Addo"}}},
		{"US is not us", "2023-06-19",
			[]string{"The US told us nothing."},
			[]want{{"US", "USA", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := testDoc(t, tc.date, tc.sentences...)
			got := d.Resolve(doc)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d mentions (%s), want %d", len(got), describe(doc, got), len(tc.want))
			}
			from := 0
			for i, w := range tc.want {
				at := strings.Index(doc.Text[from:], w.text)
				if at < 0 {
					t.Fatalf("test error: %q not in text after %d", w.text, from)
				}
				start := from + at
				from = start + len(w.text)
				m := got[i]
				if m.Span.Start != start || m.Span.End != start+len(w.text) {
					t.Errorf("mention %d: span [%d,%d) %q, want [%d,%d) %q", i, m.Span.Start, m.Span.End,
						doc.SpanText(m.Span), start, start+len(w.text), w.text)
				}
				if doc.Tokens[m.Start].Span.Start != m.Span.Start || doc.Tokens[m.End-1].Span.End != m.Span.End {
					t.Errorf("mention %d: tokens [%d,%d) do not cover span %v", i, m.Start, m.End, m.Span)
				}
				var codes []string
				for _, a := range m.Actors {
					codes = append(codes, a.Code)
				}
				if g := strings.Join(codes, "|"); g != w.codes {
					t.Errorf("mention %d %q: codes %s, want %s (rule %s)", i, w.text, g, w.codes, m.Rule)
				}
				if w.name != "" && (len(m.Actors) == 0 || m.Actors[0].Name != w.name) {
					t.Errorf("mention %d %q: actors %+v, want name %q", i, w.text, m.Actors, w.name)
				}
				if m.Rule == "" {
					t.Errorf("mention %d %q: empty rule", i, w.text)
				}
			}
		})
	}
}

// TestOtherGivenName checks, on tagged text, that a one-word name after a
// given name that is not the person's is someone else, and one after a
// given name of the person's own name is the person.
func TestOtherGivenName(t *testing.T) {
	d := testDict(t)
	for _, tc := range []struct {
		sentence, want string
	}{
		{"Lisa Merkel said the talks failed.", ""},
		{"Tom Putin said the talks failed.", ""},
		{"Bill Merkel said the talks failed.", ""}, // a given name that is also a word
		{"Hussein Erdogan said the talks failed.", ""},
		{"Volodymyr Zelensky said the talks failed.", "Volodymyr Zelensky=UKRGOV"},
		{"Tayyip Erdogan said the talks failed.", "Tayyip Erdogan=TURGOV"},
		{"Chancellor Merkel said the talks failed.", "Chancellor Merkel=DEUGOV"},
		{"But Merkel said the talks failed.", "Merkel=DEUGOV"},
	} {
		doc := testDoc(t, "2019-06-01", tc.sentence)
		for i := range doc.Tokens {
			if f := doc.Tokens[i].Form; f != "But" && strings.ToUpper(f[:1]) == f[:1] && f != "." {
				doc.Tokens[i].UPOS = "PROPN"
			}
		}
		if got := describe(doc, d.Resolve(doc)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

// TestOtherGivenNameLater checks, on tagged text, that a surname the
// document gave someone with another given name stays theirs when it comes
// alone later, until the document names the dictionary's person: "Thompson"
// after "Loren Thompson" is not Barbados's David Thompson, nor "Merkel"
// after "Lisa Merkel" Angela Merkel, unless the text names her too.
func TestOtherGivenNameLater(t *testing.T) {
	d := testDict(t)
	for _, tc := range []struct {
		date      string
		sentences []string
		want      string
	}{
		{"2009-06-01", []string{"The analyst Loren Thompson disagreed.", "Thompson said the plan failed."}, "analyst=---EDU"},
		{"2019-06-01", []string{"Lisa Merkel disagreed.", "Merkel said the plan failed."}, ""},
		{"2019-06-01", []string{"Lisa Merkel disagreed.", "Chancellor Angela Merkel spoke.", "Merkel said the plan failed."}, "Chancellor Angela Merkel=DEUGOV; Merkel=DEUGOV"},
		{"2019-06-01", []string{"DP Merkel disagreed.", "Merkel said the plan failed."}, "Merkel=DEUGOV"},
	} {
		doc := testDoc(t, tc.date, tc.sentences...)
		tagCapitalised(doc)
		if got := describe(doc, d.Resolve(doc)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentences, got, tc.want)
		}
	}
}

// TestUnknownPerson checks, on tagged text, that a person the dictionary
// does not know, named with a given name, is who later partial names and
// pronouns refer to: "Clark" after "Ted Clark" is not Helen Clark, and "he"
// is not the last known man.
func TestUnknownPerson(t *testing.T) {
	d := testDict(t)
	doc := testDoc(t, "2008-06-01", "Gordon Brown met the press.", "Ted Clark disagreed.", "Clark said he would resign.")
	tagCapitalised(doc)
	ms := d.Resolve(doc)
	if got, want := describe(doc, ms), "Gordon Brown=GBRGOV; press=---JRN; Clark=; he="; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, m := range ms[2:] {
		if len(m.Actors) != 1 || m.Actors[0].Name != "Ted Clark" {
			t.Errorf("%q: actors %+v, want Ted Clark", doc.SpanText(m.Span), m.Actors)
		}
	}
}

func TestUnknownPersonApposition(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		sentences []string
		want      string
	}{
		{[]string{"Tom Malor, a spokesman for the UN, spoke.", "Malor said more."}, "spokesman for the UN=IGOUNO; Malor=IGOUNO"},
		{[]string{"Tom Malor, the Pentagon press secretary, spoke.", "Malor said more."}, "the Pentagon press secretary=USAMIL; Malor=USAMIL"},
		// A role set off after it makes a name of an unknown given name a
		// person's, whom a later "he" is ("he" is not Gordon Brown); a role
		// inside a longer name is still the person's.
		{[]string{"Gordon Brown met the press.", "Abolfazl Amouei, the spokesman for the committee, spoke.", "He said more."}, "Gordon Brown=GBRELI; press=---JRN; spokesman=---GOV; committee=---LEG; He="},
		{[]string{"Tom Malor, the commander of the IRGC Navy, spoke.", "Malor said more."}, "commander of the IRGC=IRNMIL; Navy=---MIL; Malor=IRNMIL"},
		// A short parenthesis or a relative clause may close the role.
		{[]string{"Tom Malor, a spokesman for the UN (UNHCR), spoke.", "Malor said more."}, "spokesman for the UN=IGOUNO; UNHCR=IGOUNOREFHCR; Malor=IGOUNO"},
		{[]string{"Tom Malor, a spokesman for the UN who spoke.", "Malor said more."}, "spokesman for the UN=IGOUNO; Malor=IGOUNO"},
		// A place or a body set off after the name is not the person's.
		{[]string{"Tom Malor, Kenya, spoke.", "Malor said more."}, "Kenya=KEN; Malor="},
		{[]string{"Tom Malor, the Kenyan army, spoke.", "Malor said more."}, "Kenyan army=KENMIL; Malor="},
	}
	for _, tc := range tests {
		doc := testDoc(t, "2023-06-19", tc.sentences...)
		tagCapitalised(doc)
		if got := describe(doc, d.Resolve(doc)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sentences, got, tc.want)
		}
	}
}

// tagCapitalised tags the capitalised words of an untagged test document as
// proper nouns, as the tagger would for the names an unknown person has.
func tagCapitalised(doc *text.Document) {
	for i := range doc.Tokens {
		if f := doc.Tokens[i].Form; strings.ToUpper(f[:1]) == f[:1] && f != "." && f != "," {
			doc.Tokens[i].UPOS = "PROPN"
		}
	}
}

func TestRegions(t *testing.T) {
	d := testDict(t)
	doc := testDoc(t, "2023-06-19", "European leaders, the European Union and South Africa met the Middle East envoy.")
	ms := d.Resolve(doc)
	// One envoy is no official of a region, which has none of its own.
	if got, want := describe(doc, ms), "European leaders=EURGOV; European Union=IGOEUREEC; South Africa=ZAF; Middle East envoy=---GOV"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	// A region is no state: its actors have no ISO country.
	if a := ms[0].Actors[0]; a.Country != "" || a.Kind != text.KindRegion {
		t.Errorf("European leaders: country %q, kind %q; want none, region", a.Country, a.Kind)
	}
	if a := ms[2].Actors[0]; a.Country != "ZAF" || a.Kind != text.KindCountry {
		t.Errorf("South Africa: country %q, kind %q", a.Country, a.Kind)
	}
}

func TestCityJoinedToParticipleIsPlace(t *testing.T) {
	d := testDict(t)
	for _, s := range []string{"London-listed Tullow said more.", "A Beijing-based analyst said more."} {
		doc := testDoc(t, "2023-06-19", s)
		if got := describe(doc, d.Resolve(doc)); strings.Contains(got, "GBRGOV") || strings.Contains(got, "CHNGOV") {
			t.Errorf("%q: %s, want no government", s, got)
		}
	}
}

func TestSpellingKey(t *testing.T) {
	same := [][]string{
		{"yanukovych", "yanukovich"},
		{"gaddafi", "qaddafi", "kadhafi", "gadhafi"},
		{"ahmadinejad", "ahmadinezhad"},
		{"morsi", "mursi", "morsy"},
		{"schauble", "schaeuble"},
		{"zelenskyy", "zelensky", "zelenskiy"},
		{"mohammed", "muhammad", "mohamed"},
	}
	for _, set := range same {
		for _, w := range set[1:] {
			if spellingKey(w) != spellingKey(set[0]) {
				t.Errorf("spellingKey(%q) = %q, spellingKey(%q) = %q: want equal", w, spellingKey(w), set[0], spellingKey(set[0]))
			}
		}
	}
	// Names apart: by their keys, or by more letters than a variant may
	// differ by.
	for _, p := range [][2]string{{"sikorski", "sakharov"}, {"putin", "patton"}, {"khomeini", "khamenei"}, {"schulz", "schmitz"}} {
		if spellingKey(p[0]) == spellingKey(p[1]) && editDistance(p[0], p[1], maxVariantEdits) <= maxVariantEdits {
			t.Errorf("%q reads as a variant of %q", p[0], p[1])
		}
	}
	if spellingKey("o'neill") != "" {
		t.Errorf("a word with other characters than letters has no key")
	}
	for _, c := range []struct {
		a, b string
		want int
	}{{"mursi", "morsi", 1}, {"kadhafi", "gaddafi", 2}, {"khomeini", "khamenei", 3}, {"", "abc", 3}, {"abc", "abc", 0}} {
		if got := editDistance(c.a, c.b, 2); got != min(c.want, 3) {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, min(c.want, 3))
		}
	}
}
