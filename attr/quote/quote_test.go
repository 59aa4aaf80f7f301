package quote_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

// want is an expected attribution: each part is the text and its byte
// offset in the document ("Blinken@0"); code and name are the speaker's.
type want struct {
	direct                bool
	speaker, cue, content string
	code, name            string
}

// parseAt splits "text@offset" into the span it denotes.
func parseAt(tb testing.TB, s string) (string, text.Span) {
	tb.Helper()
	if s == "" {
		return "", text.Span{}
	}
	k := strings.LastIndexByte(s, '@')
	var off int
	if k < 0 {
		tb.Fatalf("bad expectation %q", s)
	}
	if _, err := fmt.Sscan(s[k+1:], &off); err != nil {
		tb.Fatalf("bad expectation %q: %v", s, err)
	}
	return s[:k], text.Span{Start: off, End: off + len(s[:k])}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"OK/DirectAfterCue", "Blinken said, “We had candid talks.”", []want{
			{true, "Blinken@0", "said@8", "We had candid talks.@17", "USAGOV", "Antony Blinken"},
		}},
		{"OK/IndirectPronoun", "Antony Blinken met Wang Yi on Monday. He said that the talks were candid.", []want{
			{false, "He@38", "said@41", "the talks were candid@51", "USAGOV", "Antony Blinken"},
		}},
		{"OK/DirectInvertedTitle", "“It is over,” said the Chinese Communist Party leader.", []want{
			{true, "Chinese Communist Party leader@27", "said@18", "It is over@3", "CHNGOV", "Xi Jinping"},
		}},
		{"OK/FrontedContentAddresseeWithDeterminer", "Shoukair was kind and responsible, a Cairo airport official told The New York Times.", []want{
			{false, "Cairo airport official@37", "told@60", "Shoukair was kind and responsible@0", "EGYGOV", "Egypt"},
		}},
		{"OK/FrontedContentAppositiveSpeaker", "Sanders remains committed to seeing the Democratic primary through to the convention, his top aide, Tad Devine, told The Huffington Post.", []want{
			{false, "top aide@90", "told@112", "Sanders remains committed to seeing the Democratic primary through to the convention@0", "---GOV", ""},
		}},
		{"OK/RelativeBeforeReport", "The deal cut barriers on trade in services, which Wen said was a crucial step.", []want{
			{false, "Wen@50", "said@54", "was a crucial step@59", "", ""},
		}},
		{"OK/ReportingClauseInsideWhatItReports", "The problem, he says, is a combination of poor planning and fiscal issues.", []want{
			{false, "he@13", "says@16", "The problem, he says, is a combination of poor planning and fiscal issues@0", "", ""},
		}},
		{"OK/ReportingClauseBeforeAParticipleOfItsOwn", "The talks failed, he said, adding that more were planned.", []want{
			{false, "he@18", "said@21", "The talks failed@0", "", ""},
			{false, "he@18", "adding@27", "more were planned@39", "", ""},
		}},
		{"OK/AsideAfterAccordingTo", "Some 59 percent of registered voters view her unfavorably, according to an ABC News-Washington Post poll last week - virtually the same as Mr. Trump's 60 percent.", []want{
			{false, "ABC News@75", "according to@59", "Some 59 percent of registered voters view her unfavorably@0", "USAJRN", "ABC News"},
		}},
		{"OK/HeadlineSpeakerToSomeone", "Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.", []want{
			{false, "Former AG Mukasey@0", ":@24", "Clinton email scandal disqualifies her for presidency@26", "", ""},
		}},
		{"OK/HeadlineLinkListIsNoQuote", "EIA on Yemen: here is a map of Yemen energy.", nil},
		{"OK/AccordingToAsideInside", "The decision, according to two diplomats, was made on Friday.", []want{
			{false, "diplomats@31", "according to@14", "The decision, according to two diplomats, was made on Friday@0", "---GOV", ""},
		}},
		{"OK/InvertedReportingClauseInside", "The talks, said one official, were tense.", []want{
			{false, "official@20", "said@11", "The talks, said one official, were tense@0", "---GOV", ""},
		}},
		{"OK/TitleInQuotationMarksBeforeTheVerb", "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested that Trump was losing.", []want{
			{false, "Joe Scarborough@0", "suggested@52", "Trump was losing@67", "", ""},
		}},
		{"OK/SemicolonEndsTheReportingClause", "To win, candidates need 40 percent of the vote, analysts say; in 2012, Romney stumbled.", []want{
			{false, "analysts@48", "say@57", "To win, candidates need 40 percent of the vote@0", "---EDU", ""},
		}},
		{"OK/QuotationCitedInAnAsideIsNotTheReport", "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win.", []want{
			{true, "Mr. Manafort@0", "citing@14", "the unique magic of Trump@23", "---", "Manafort"},
			{false, "Mr. Manafort@0", "said@52", "the candidate could win@57", "---", "Manafort"},
		}},
		{"OK/DatelineCityIsNoSpeaker", "SHILLONG: Police arrested five men on Monday for operating a racket in the city.", nil},
		{"OK/DatelineCapitalIsNoSpeaker", "Islamabad: Police arrested five men on Monday.", nil},
		{"OK/DatelineBeforeTheSpeaker", "Muscat: The Earthquake Monitoring Centre at Sultan Qaboos University has said that an earthquake was recorded in Iran.", []want{
			{false, "The Earthquake Monitoring Centre at Sultan Qaboos University@8", "said@73", "an earthquake was recorded in Iran@83", "", ""},
		}},
		{"OK/HeadlineCountrySpeaks", "China: We will retaliate against the tariffs.", []want{
			{false, "China@0", ":@5", "We will retaliate against the tariffs@7", "CHN", "China"},
		}},
		{"OK/QuestionPutToTheSubject", "Asked which Iowa county was his favorite, he demurred.", []want{
			{false, "", "Asked@0", "which Iowa county was his favorite@6", "", ""},
		}},
		{"OK/QuestionBeforeAskedIsTheAskers", "“How big is that wall?” asked the boy, who was wearing a hat and said his name was Mason, as the audience laughed and applauded.", []want{
			{true, "boy@38", "asked@28", "How big is that wall?@3", "---CVL", ""},
			{false, "who@43", "said@69", "his name was Mason@74", "---CVL", ""},
		}},
		{"OK/QuestionPutByAReporter", "When asked by a reporter whether the plan would work, Smith said it would.", []want{
			{false, "reporter@16", "asked@5", "whether the plan would work@25", "---JRN", ""},
			{false, "Smith@54", "said@60", "it would@65", "", ""},
		}},
		{"OK/PercentSignEndsContent", "The election commission said turnout was 41%.", []want{
			{false, "election commission@4", "said@24", "turnout was 41%@29", "---GOV", ""},
		}},
		{"OK/AddresseePhraseIsNoContent", "Sheikh Habiba told a press conference yesterday that she was treated wrongly by police.", []want{
			{false, "Sheikh Habiba@0", "told@14", "she was treated wrongly by police@53", "", ""},
		}},
		{"OK/QuotedAsSaying", "“We are looking for a way out,” Iranian TV quoted Foreign Minister Ali Akbar Salehi as saying on Sunday.", []want{
			{true, "Foreign Minister Ali Akbar Salehi@54", "saying@91", "We are looking for a way out@3", "IRNGOV", "Ali Akbar Salehi"},
		}},
		{"OK/AddingHungOnContentNoun", "European Commission President Jose Manuel Barroso said meeting the goals was a concern to all, adding the G8 initiative was an important step.", []want{
			{false, "European Commission President Jose Manuel Barroso@0", "said@50", "meeting the goals was a concern to all@55", "IGOEUREEC", "José Manuel Durão Barroso"},
			{false, "European Commission President Jose Manuel Barroso@0", "adding@95", "the G8 initiative was an important step@102", "IGOEUREEC", "José Manuel Durão Barroso"},
		}},
		{"OK/RelativeClauseBeforeCue", "About a fifth of the dealers came from India. About a dozen of them who spoke to Reuters said they believed the currency would stabilize in six months to a year.", []want{
			{false, "About a dozen of them@46", "said@89", "they believed the currency would stabilize in six months to a year@94", "", ""},
		}},
		{"OK/AccordingToFirst", "According to officials, the talks failed.", []want{
			{false, "officials@13", "According to@0", "the talks failed@24", "---GOV", ""},
		}},
		{"OK/AccordingToLast", "The talks failed, according to two officials.", []want{
			{false, "officials@35", "according to@18", "The talks failed@0", "---GOV", ""},
		}},
		{"OK/AccordingToNamedSource", "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.", []want{
			{false, "a Reuters/Ipsos poll@13", "According to@0", "the two candidates are in a dead heat nationally@35", "", ""},
		}},
		{"OK/AccordingToLastWholeClause", "He will help prepare Mr. Trump for the debate, according to three people briefed on the talks.", []want{
			{false, "people@66", "according to@47", "He will help prepare Mr. Trump for the debate@0", "---CVL", ""},
		}},
		{"OK/ComplementSplitByQuotedWord", "Francois Hollande said Trump’s “excesses” are sickening.", []want{
			{false, "Francois Hollande@0", "said@18", "Trump’s “excesses” are sickening@23", "FRAELI", "François Hollande"},
		}},
		{"OK/InvertedReportingClause", "His endorsement could matter more for identity politics, said Democratic strategist Hank Sheinkopf.", []want{
			{false, "Democratic strategist Hank Sheinkopf@62", "said@57", "His endorsement could matter more for identity politics@0", "", ""},
		}},
		{"OK/InvertedAfterOtherClause", "The plan is made possible by its resources, said Katie Harbath, a Facebook director.", []want{
			{false, "Katie Harbath@49", "said@44", "The plan is made possible by its resources@0", "", ""},
		}},
		{"OK/TitleThenUnknownName", "Representative Dave Camp said on Thursday he will oppose the plan.", []want{
			{false, "Representative Dave Camp@0", "said@25", "he will oppose the plan@42", "---GOV", ""},
		}},
		{"OK/InvertedAfterList", "Life expectancy rose thanks to medicine that treats pathologies such as heart disease, cancer or diabetes, says Jorge Bucaram, a physician.", []want{
			{false, "Jorge Bucaram@112", "says@107", "Life expectancy rose thanks to medicine that treats pathologies such as heart disease, cancer or diabetes@0", "", ""},
		}},
		{"OK/AddedParticipleInsideComplement", "Officials said on Monday that the rebels had attacked first, adding that dozens were killed.", []want{
			{false, "Officials@0", "said@10", "the rebels had attacked first@30", "---GOV", ""},
			{false, "Officials@0", "adding@61", "dozens were killed@73", "---GOV", ""},
		}},
		{"OK/SubjectBeforeItsRelativeClause", "Sandy Phillips, who lost her daughter in the shooting in Aurora, Colorado, in July 2012, said that Sanders had treated her family badly.", []want{
			{false, "Sandy Phillips@0", "said@89", "Sanders had treated her family badly@99", "", ""},
		}},
		{"OK/AppositionWithRelativeClause", "President-elect Rafael Correa, a leftist U.S.-trained economist who will take office on January 15, has said he wants to renegotiate the debt.", []want{
			{false, "President-elect Rafael Correa@0", "said@104", "he wants to renegotiate the debt@109", "", ""},
		}},
		{"OK/RelativeClauseInSubjectPhrase", "An official from Sarkozy's office who spoke on condition of anonymity said the French president would not attend.", []want{
			{false, "official@3", "said@70", "the French president would not attend@75", "---GOV", ""},
		}},
		{"OK/Addressee", "The spokesman told reporters the war would end soon.", []want{
			{false, "spokesman@4", "told@14", "the war would end soon@29", "---GOV", ""},
		}},
		{"OK/ContinuedInNextParagraph", "“We will fight,” the minister said.\n\n“We will never surrender.”", []want{
			{true, "minister@25", "said@34", "We will fight@3", "---GOV", ""},
			{true, "minister@25", "said@34", "We will never surrender.@44", "---GOV", ""},
		}},
		{"OK/RunsOverParagraphs", "Blinken said: “The talks were useful.\n\n“We will meet again.”", []want{
			{true, "Blinken@0", "said@8", "The talks were useful.@17", "USAGOV", "Antony Blinken"},
			{true, "Blinken@0", "said@8", "We will meet again.@44", "USAGOV", "Antony Blinken"},
		}},
		{"OK/QuotedTranscript", "Partial transcript as follows:\n\n\"WALLACE: Will Gennifer Flowers be there?\n\n\"PENCE: Well, look, she will not be attending the debate.\"", []want{
			{true, "WALLACE@33", ":@40", "Will Gennifer Flowers be there@42", "", ""},
			{true, "PENCE@76", ":@81", "Well, look, she will not be attending the debate@83", "", ""},
		}},
		{"OK/ReportedReport", "The army called for calm, officials said.", []want{
			{false, "officials@26", "said@36", "The army called for calm@0", "---GOV", ""},
			{false, "army@4", "called for@9", "calm@20", "---MIL", ""},
		}},
		{"OK/FirstWordMistagged", "Jolly said he has worked with Republicans. Several said they would rather stay. So said the minister. Another said he hoped so.", []want{
			{false, "Jolly@0", "said@6", "he has worked with Republicans@11", "", ""},
			{false, "Several@43", "said@51", "they would rather stay@56", "", ""},
			{false, "Another@102", "said@110", "he hoped so@115", "", ""},
		}},
		{"OK/InvertedLongSpeaker", "“I disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.", []want{
			{true, "retired Army Lt. Gen. Mick Bednarek@23", "said@18", "I disagree@3", "---ELI", "Mick Bednarek"},
		}},
		{"OK/RaisingPerson", "Voters seem to care more about inspiration. The issue seems to be echoing.", []want{
			{false, "Voters@0", "seem@7", "Voters seem to care more about inspiration@0", "---CVL", ""},
			{false, "", "seems@54", "The issue seems to be echoing@44", "", ""},
		}},
		{"OK/AbsoluteWith", "Mr. Trump has improved his standing, with 30 percent of voters saying they like him.", []want{
			{false, "30 percent of voters@42", "saying@63", "they like him@70", "", ""},
		}},
		{"OK/PartialQuote", "Trump said the deal was “a disaster” for workers.", []want{
			{false, "Trump@0", "said@6", "the deal was “a disaster” for workers@11", "USAELI", "Donald Trump"},
			{true, "Trump@0", "said@6", "a disaster@27", "USAELI", "Donald Trump"},
		}},
		// (The parser often hangs "a spokesman for the ministry said" wrongly,
		// "for" as the mark of "said"; that is the parser's, not this test's.)
		{"OK/ReportingClauseLast", "The talks will resume next week, a ministry spokesman said on Friday.", []want{
			{false, "ministry spokesman@35", "said@54", "The talks will resume next week@0", "---GOV", ""},
		}},
		{"OK/CueInsideQuotation", "“We are ready,” Xi said, “to work with the United States.”", []want{
			{true, "Xi@20", "said@23", "We are ready@3", "CHNGOV", "Xi Jinping"},
			{true, "Xi@20", "said@23", "to work with the United States.@32", "CHNGOV", "Xi Jinping"},
		}},
		{"OK/Colon", "Xi added: “We are ready.” The talks lasted two hours.", []want{
			{true, "Xi@0", "added@3", "We are ready.@13", "CHNGOV", "Xi Jinping"},
		}},
		{"OK/StraightMarks", `"We want peace," the protesters chanted.`, []want{
			{true, "protesters@21", "chanted@32", "We want peace@1", "---OPP", ""},
		}},
		{"OK/ThatOmitted", "The minister warned that sanctions would follow.", []want{
			{false, "minister@4", "warned@13", "sanctions would follow@25", "---GOV", ""},
		}},
		{"OK/Object", "He denied the report.", []want{
			{false, "He@0", "denied@3", "the report@10", "", ""},
		}},
		{"OK/Headline", "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.", []want{
			{false, "NY Daily News@0", ":@13", "Paris Terror Attacks Highlight Threat Posed by NRA@15", "", ""},
		}},
		{"OK/AdjectiveOf", "Senator Lindsey Graham is critical of the deal with Iran.", []want{
			{false, "Senator Lindsey Graham@0", "critical of@26", "the deal with Iran@38", "USALEG", "Lindsey Graham"},
		}},
		{"OK/AdjectiveInfinitive", "Most voters are willing to give Clinton a chance.", []want{
			{false, "voters@5", "willing@16", "to give Clinton a chance@24", "---CVL", ""},
		}},
		{"OK/AdjectiveAfterVerb", "His donors remain confident that he will win.", []want{
			{false, "His donors@0", "confident@18", "he will win@33", "", ""},
		}},
		{"OK/NounObjectOfVerb", "Blinken has raised questions about China’s intentions.", []want{
			{false, "Blinken@0", "questions about@19", "China’s intentions@35", "USAGOV", "Antony Blinken"},
		}},
		{"OK/PrepositionMarksClause", "Blinken talked about how he pushed Xi to resume the talks.", []want{
			{false, "Blinken@0", "talked about@8", "how he pushed Xi to resume the talks@21", "USAGOV", "Antony Blinken"},
		}},
		{"OK/RelativeClauseBeforeCue", "Paul Ryan, who met Xi on Thursday, told reporters that the talks went well.", []want{
			{false, "Paul Ryan@0", "told@35", "the talks went well@55", "USAELI", "Paul Ryan"},
		}},
		{"OK/HyphenInRelativeClause", "Mr. Graham, whose third-place finish disappointed his donors, said that he would stay in the race.", []want{
			{false, "Mr. Graham@0", "said@62", "he would stay in the race@72", "---", "Graham"},
		}},
		{"OK/SubjectWithParticiple", "A news report published Wednesday said the talks failed.", []want{
			{false, "A news report@0", "said@34", "the talks failed@39", "", ""},
		}},
		{"OK/InnerClauseOfItsOwn", "Twenty percent said they backed Clinton, while 9 percent said they backed Trump.", []want{
			{false, "Twenty percent@0", "said@15", "they backed Clinton@20", "", ""},
			{false, "9 percent@47", "said@57", "they backed Trump@62", "", ""},
		}},
		{"OK/InnerClauseAfterConjunction", "The state admitted it made a mistake when a local pediatrician reported high lead levels.", []want{
			{false, "The state@0", "admitted@10", "it made a mistake@19", "", ""},
			{false, "a local pediatrician@42", "reported@63", "high lead levels@72", "", ""},
		}},
		{"OK/TitleIsNoQuotation", "On CNN’s “State of the Union,” Graham said the deal was dangerous.", []want{
			{false, "Graham@37", "said@44", "the deal was dangerous@49", "", ""},
		}},
		{"OK/NameBeforeColon", "Here’s Blinken in December 2022: “We will compete.”", []want{
			{true, "Blinken@9", ":@33", "We will compete.@38", "USAGOV", "Antony Blinken"},
		}},
		{"OK/TimeBeforeCue", "Antony Blinken yesterday said the talks would resume.", []want{
			{false, "Antony Blinken@0", "said@25", "the talks would resume@30", "USAGOV", "Antony Blinken"},
		}},
		{"OK/TimePhraseAfterClause", "Blinken, who met Wang Yi, on Thursday said the talks would resume.", []want{
			{false, "Blinken@0", "said@38", "the talks would resume@43", "USAGOV", "Antony Blinken"},
		}},
		{"OK/AnyVerbAfterComma", "“Go back,” the senator barked.", []want{
			{true, "senator@19", "barked@27", "Go back@3", "---LEG", ""},
		}},
		{"ErrNoCue", "The talks lasted two hours in Beijing.", nil},
		{"ErrCreditLine", "(Reporting by Gernot Heller; writing by Tim Ahmann; editing by Todd Eastham)", nil},
		{"ErrUnclosedQuote", "He left “without a word and never came back", nil},
	}
	p, x := newPipeline(t), newExtractor(t)
	date := time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &text.Document{ID: "doc-1", Text: tt.text, Date: date}
			if err := p.Code(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			got := x.Extract(doc)
			checkQuotes(t, doc, got)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tt.want), describe(got))
			}
			for i, w := range tt.want {
				q := got[i]
				if q.ID != fmt.Sprintf("doc-1:q%d", i) || q.DocID != "doc-1" {
					t.Errorf("quote %d: id %q doc %q", i, q.ID, q.DocID)
				}
				if q.Direct != w.direct {
					t.Errorf("quote %d: direct %v, want %v", i, q.Direct, w.direct)
				}
				for _, part := range []struct {
					name string
					got  text.Participant
					want string
				}{{"speaker", q.Speaker, w.speaker}, {"cue", q.Cue, w.cue}, {"content", q.Content, w.content}} {
					txt, sp := parseAt(t, part.want)
					if part.got.Text != txt || part.got.Span != sp {
						t.Errorf("quote %d: %s %q %v, want %q %v", i, part.name, part.got.Text, part.got.Span, txt, sp)
					}
				}
				if q.Speaker.Code != w.code || q.Speaker.Name != w.name {
					t.Errorf("quote %d: speaker %q/%q, want %q/%q", i, q.Speaker.Code, q.Speaker.Name, w.code, w.name)
				}
			}
		})
	}
}

func describe(qs []text.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "  direct=%v speaker=%q%v cue=%q%v content=%q%v\n", q.Direct, q.Speaker.Text, q.Speaker.Span, q.Cue.Text, q.Cue.Span, q.Content.Text, q.Content.Span)
	}
	return b.String()
}

// checkQuotes verifies what Extract promises on any document: texts equal
// to the text at their spans, spans inside the document, contents not
// empty, ids unique and in order.
func checkQuotes(t *testing.T, doc *text.Document, qs []text.Quote) {
	t.Helper()
	prev := -1
	for i, q := range qs {
		if q.ID != fmt.Sprintf("%s:q%d", doc.ID, i) {
			t.Fatalf("quote %d: id %q", i, q.ID)
		}
		if q.Content.Span.Empty() {
			t.Fatalf("quote %d: empty content", i)
		}
		if q.Content.Span.Start < prev {
			t.Fatalf("quote %d: content at %d before the previous one at %d", i, q.Content.Span.Start, prev)
		}
		prev = q.Content.Span.Start
		for _, p := range []text.Participant{q.Speaker, q.Cue, q.Content} {
			if p.Text == "" && p.Span == (text.Span{}) {
				continue
			}
			if p.Span.Start < 0 || p.Span.End > len(doc.Text) || p.Span.End < p.Span.Start {
				t.Fatalf("quote %d: span %v outside the text (%d bytes)", i, p.Span, len(doc.Text))
			}
			if doc.Text[p.Span.Start:p.Span.End] != p.Text {
				t.Fatalf("quote %d: text %q is not the text at %v", i, p.Text, p.Span)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Blinken said, “We had candid talks.”",
		"“One.\n\n“Two,” he said.\n\n“Three.”",
		"According to officials, the talks failed, he said, adding: “No.”",
		strings.Repeat(`"`, 300),
		strings.Repeat("“said ", 100),
		`He said "yes "no" maybe" and ''left'' «quite» ‘now’.`,
		"X: \"\n\n\"\n\n",
		"said said said that that according to to",
	} {
		f.Add(s)
	}
	p, x := newPipeline(f), newExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		doc := &text.Document{ID: "fuzz", Text: s}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Skip(err)
		}
		checkQuotes(t, doc, x.Extract(doc))
	})
}

// TestExtractAdversarial runs whole documents built to defeat the pairing
// of quotation marks through the pipeline and the extractor.
func TestExtractAdversarial(t *testing.T) {
	p, x := newPipeline(t), newExtractor(t)
	for _, s := range []string{
		strings.Repeat(`"`, 10000),
		strings.Repeat("“", 10000),
		strings.Repeat(`He said "yes. `, 2000),
		strings.Repeat("“We said ‘no,’ they said. ", 1000),
		strings.Repeat("said ", 5000),
		// A question put to someone that the document ends in.
		"When asked whether he would run,",
	} {
		doc := &text.Document{ID: "adv", Text: s}
		if err := p.Code(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, doc, x.Extract(doc))
	}
}

// BenchmarkExtract reports the cost of Extract per sentence on news text
// the pipeline has parsed (the parse itself is not timed).
func BenchmarkExtract(b *testing.B) {
	p, x := newPipeline(b), newExtractor(b)
	doc := &text.Document{ID: "bench", Text: benchText}
	if err := p.Code(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	testdoc.PerSentence(b, doc, func() { x.Extract(doc) })
}

// benchText is news-like: quotations, reported speech and sentences with
// neither.
var benchText = strings.Repeat(`WASHINGTON (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday. `+
	`“We had candid and constructive talks,” Blinken told reporters after the meeting. `+
	`The two sides agreed to stabilise relations, officials said. `+
	`Fighting erupted earlier this month near the border, killing at least 20 people, according to the ministry. `+
	`Xi said China was ready to work with the United States but warned that Washington must respect its interests. `+
	`Protesters gathered outside the embassy and demanded the release of political prisoners. `+
	`“This is not the end,” said one of them, a student. “We will come back.”

`, 4)
