package segment_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/tokenize"
)

// renderSentences writes each sentence as "start:end" byte offsets, with a
// "¶" before those that start a paragraph.
func renderSentences(sents []text.Sentence) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		p := ""
		if s.ParagraphStart {
			p = "¶"
		}
		parts[i] = fmt.Sprintf("%s%d:%d", p, s.Span.Start, s.Span.End)
	}
	return strings.Join(parts, " ")
}

// sentenceTexts returns the text of each sentence.
func sentenceTexts(doc *text.Document) []string {
	out := make([]string, len(doc.Sentences))
	for i := range doc.Sentences {
		out[i] = doc.SentenceText(i)
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // sentence texts; a leading "¶" marks a paragraph start
	}{
		{"Empty", "", nil},
		{"One", "Blinken met Xi.", []string{"¶Blinken met Xi."}},
		{"Two", "Blinken met Xi. They talked.", []string{"¶Blinken met Xi.", "They talked."}},
		{"NoFinalPunctuation", "Blinken met Xi", []string{"¶Blinken met Xi"}},
		{"Titles", "Mr. Smith met Gen. Lee and Sen. Warren in St. Louis.", []string{"¶Mr. Smith met Gen. Lee and Sen. Warren in St. Louis."}},
		{"Initials", "George W. Bush met J.R.R. Tolkien's heirs.", []string{"¶George W. Bush met J.R.R. Tolkien's heirs."}},
		{"USMidSentence", "The U.S. Army and U.N. officials agreed.", []string{"¶The U.S. Army and U.N. officials agreed."}},
		{"USEnd", "He flew to the U.S. The talks began.", []string{"¶He flew to the U.S.", "The talks began."}},
		{"Company", "Acme Corp. said it grew. Acme Inc. The rest.", []string{"¶Acme Corp. said it grew.", "Acme Inc.", "The rest."}},
		{"Months", "It happened on Sept. 11 and Jan. 5. Nobody forgot.", []string{"¶It happened on Sept. 11 and Jan. 5.", "Nobody forgot."}},
		{"Number", "See No. 5 on p. 12. Then go.", []string{"¶See No. 5 on p. 12.", "Then go."}},
		{"Money", "It cost $1.5 million. That was 3.5% more.", []string{"¶It cost $1.5 million.", "That was 3.5% more."}},
		{"QuoteEnd", `"We will win." He said so.`, []string{`¶"We will win."`, "He said so."}},
		{"QuoteComma", `"We will win," he said. Then he left.`, []string{`¶"We will win," he said.`, "Then he left."}},
		{"QuoteQuestionLower", `"Why?" he asked.`, []string{`¶"Why?" he asked.`}},
		{"QuoteQuestionName", `"Why not?" Smith asked. He waited.`, []string{`¶"Why not?" Smith asked.`, "He waited."}},
		{"CurlyQuotes", "“We will win.” He said so.", []string{"¶“We will win.”", "He said so."}},
		{"Parenthesis", "He left. (He came back later.) Then he slept.", []string{"¶He left.", "(He came back later.)", "Then he slept."}},
		{"Ellipsis", "Well... maybe. Wait... No.", []string{"¶Well... maybe.", "Wait...", "No."}},
		{"Exclamation", "Stop! Who goes there? Friends.", []string{"¶Stop!", "Who goes there?", "Friends."}},
		{"ListMarker", "1. Free elections. 2. A new constitution.", []string{"¶1. Free elections.", "2. A new constitution."}},
		{"Citation", "He died in 2014.[3] His son lived.", []string{"¶He died in 2014.[3]", "His son lived."}},
		{"DatelineReuters", "BEIJING (Reuters) - China said on Monday it would act.", []string{"¶BEIJING (Reuters) -", "China said on Monday it would act."}},
		{"DatelineDash", "WASHINGTON — The Senate voted.", []string{"¶WASHINGTON —", "The Senate voted."}},
		{"DatelineCountry", "KABUL, Afghanistan (AP) — Taliban fighters attacked.", []string{"¶KABUL, Afghanistan (AP) —", "Taliban fighters attacked."}},
		{"DatelineDate", "LONDON, June 5 (Reuters) - Britain said it would act.", []string{"¶LONDON, June 5 (Reuters) -", "Britain said it would act."}},
		{"DatelineState", "PONCHATOULA, La. -- The storm hit.", []string{"¶PONCHATOULA, La. --", "The storm hit."}},
		{"DatelineSaintInCapitals", "ST. PETERSBURG, Russia (Reuters) - The G20 said it would act.", []string{"¶ST. PETERSBURG, Russia (Reuters) -", "The G20 said it would act."}},
		{"TitleInCapitals", "NEW YORK SEN. HILLARY CLINTON: \"I deplore the attacks.\"", []string{"¶NEW YORK SEN. HILLARY CLINTON:", "\"I deplore the attacks.\""}},
		{"DatelineTwoBureaus", "LONDON/DUBAI (Reuters) - OPEC will act.", []string{"¶LONDON/DUBAI (Reuters) -", "OPEC will act."}},
		{"DatelineBureausWithCountry", "ONCUPINAR, Turkey/LONDON (Reuters) - Rebels left.", []string{"¶ONCUPINAR, Turkey/LONDON (Reuters) -", "Rebels left."}},
		{"NoDatelineSlashLower", "US/UK - talks", []string{"¶US/UK - talks"}},
		{"CreditLine", "He was killed in May. [ID:nL6N0DU0PW] (Reporting by Jane Roe; Editing by John Doe)", []string{"¶He was killed in May. [ID:nL6N0DU0PW]", "(Reporting by Jane Roe; Editing by John Doe)"}},
		{"CreditLineAdditional", "Iran said so (Additional reporting by Jane Roe)", []string{"¶Iran said so", "(Additional reporting by Jane Roe)"}},
		{"NoCreditLineOtherParenthesis", "Iran (reporting by itself) said so.", []string{"¶Iran (reporting by itself) said so."}},
		{"DatelineColon", "KUWAIT CITY, July 24: Kuwait said it would act.", []string{"¶KUWAIT CITY, July 24:", "Kuwait said it would act."}},
		{"DatelineColonOneWord", "MULTAN: Police arrested two men.", []string{"¶MULTAN:", "Police arrested two men."}},
		{"NoDatelineColonShort", "US: the talks failed.", []string{"¶US: the talks failed."}},
		{"SubHeading", "IMF SUPPORT Thorning-Schmidt said the fund would help.", []string{"¶IMF SUPPORT", "Thorning-Schmidt said the fund would help."}},
		{"SubHeadingThreeWords", "TAXES VS SPENDING Republicans had pressed for cuts.", []string{"¶TAXES VS SPENDING", "Republicans had pressed for cuts."}},
		{"SubHeadingAfterSentence", "Costs rose. FRANCO-GERMAN POKER Merkel reiterated her view.", []string{"¶Costs rose.", "FRANCO-GERMAN POKER", "Merkel reiterated her view."}},
		{"NoSubHeadingAcronyms", "UK PM Theresa May spoke.", []string{"¶UK PM Theresa May spoke."}},
		{"NoSubHeadingOneWord", "NATO Secretary General Rutte spoke.", []string{"¶NATO Secretary General Rutte spoke."}},
		{"NoSubHeadingAllCapsLine", "UN SECURITY COUNCIL MEETS", []string{"¶UN SECURITY COUNCIL MEETS"}},
		{"DatelineByline", "By Jane Roe NEW DELHI (Reuters) - India voted.", []string{"¶By Jane Roe NEW DELHI (Reuters) -", "India voted."}},
		{"NoDatelineMidParagraph", "He spoke. BEIJING (Reuters) - not here.", []string{"¶He spoke.", "BEIJING (Reuters) - not here."}},
		{"NoDatelineAcronym", "U.S. - China talks resumed.", []string{"¶U.S. - China talks resumed."}},
		{"Paragraphs", "First one\n\nSecond one.\n \nThird.", []string{"¶First one", "¶Second one.", "¶Third."}},
		{"Headline", "Protests spread across Iran\nThousands marched on Friday.\n\nMore.", []string{"¶Protests spread across Iran", "Thousands marched on Friday.", "¶More."}},
		{"LineContinues", "The minister said that\nthe talks failed.\n\nMore.", []string{"¶The minister said that\nthe talks failed.", "¶More."}},
		{"LineComma", "Talks in Geneva,\nSwitzerland, failed.\n\nMore.", []string{"¶Talks in Geneva,\nSwitzerland, failed.", "¶More."}},
		{"LinesAsParagraphs", "Headline here\nFirst paragraph.\nSecond paragraph.", []string{"¶Headline here", "¶First paragraph.", "¶Second paragraph."}},
		{"Contraction", "Don't stop. It's late.", []string{"¶Don't stop.", "It's late."}},
		{"HardWrapped",
			"The talks between the two foreign ministers ended late on\nTuesday without an agreement on the border, officials from\nNorland said, adding that Vesteria had rejected the latest\nproposal. A new round is due next month.\n\nMore.",
			[]string{"¶The talks between the two foreign ministers ended late on\nTuesday without an agreement on the border, officials from\nNorland said, adding that Vesteria had rejected the latest\nproposal.", "A new round is due next month.", "¶More."}},
		{"HardWrappedList",
			"The demands of the protesters who gathered on Saturday were\n- free and fair elections held under international observation\n- the release of all the political prisoners held since 2021\n\nMore.",
			[]string{"¶The demands of the protesters who gathered on Saturday were", "- free and fair elections held under international observation", "- the release of all the political prisoners held since 2021", "¶More."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &text.Document{Text: tc.in}
			segment.Split(doc)
			var got []string
			for i, s := range doc.Sentences {
				p := ""
				if s.ParagraphStart {
					p = "¶"
				}
				got = append(got, p+doc.SentenceText(i))
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
			if err := checkSentences(doc.Text, doc.Tokens, doc.Sentences); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSplitOffsets(t *testing.T) {
	src := "WASHINGTON (Reuters) - The Senate voted. \"No,\" he said.\n\nMr. Lee left."
	doc := &text.Document{Text: src}
	segment.Split(doc)
	want := "¶0:22 23:40 41:55 ¶57:70"
	if got := renderSentences(doc.Sentences); got != want {
		t.Errorf("sentence spans = %s, want %s (texts %q)", got, want, sentenceTexts(doc))
	}
	wantTok := [][2]int{{0, 5}, {5, 9}, {9, 16}, {16, 20}}
	for i, w := range wantTok {
		if s := doc.Sentences[i]; s.Start != w[0] || s.End != w[1] {
			t.Errorf("sentence %d tokens [%d,%d), want [%d,%d)", i, s.Start, s.End, w[0], w[1])
		}
	}
}

func TestMaxWords(t *testing.T) {
	sg := segment.New(tokenize.Default(), segment.EnglishRules(), segment.Options{MaxWords: 10})
	tests := []struct {
		name, in string
		want     []int // sentence lengths in tokens
	}{
		{"Forced", strings.TrimSpace(strings.Repeat("word ", 25)), []int{10, 10, 5}},
		{"AtComma", "a b c d e f g, h i j k l m n o", []int{8, 8}},
		{"AtSemicolon", "a b c d e; f, g h i j k l m n", []int{6, 10}},
		{"KeepsContraction", "a b c d e f g h i don't j", []int{9, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tc.in)
			sents := sg.Segment(tc.in, toks)
			var got []int
			for _, s := range sents {
				got = append(got, s.Len())
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("lengths = %v, want %v", got, tc.want)
			}
			if err := checkSentences(tc.in, toks, sents); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestLongParagraph(t *testing.T) {
	src := strings.Repeat("word ", 1<<20) // 5 MB without punctuation
	doc := &text.Document{Text: src}
	segment.Split(doc)
	if err := checkSentences(src, doc.Tokens, doc.Sentences); err != nil {
		t.Fatal(err)
	}
	for i, s := range doc.Sentences {
		if s.Len() > segment.DefaultMaxWords {
			t.Fatalf("sentence %d has %d tokens, more than %d", i, s.Len(), segment.DefaultMaxWords)
		}
	}
}

// checkSentences verifies that sentences partition the tokens in order, have
// the spans of their first and last tokens, do not split multiword tokens,
// and that the first starts a paragraph.
func checkSentences(src string, toks []text.Token, sents []text.Sentence) error {
	if len(toks) == 0 {
		if len(sents) != 0 {
			return fmt.Errorf("%d sentences for no tokens", len(sents))
		}
		return nil
	}
	next := 0
	for i, s := range sents {
		if s.Start != next || s.End <= s.Start || s.End > len(toks) {
			return fmt.Errorf("sentence %d covers tokens [%d,%d), want a non-empty range from %d", i, s.Start, s.End, next)
		}
		if s.Span.Start != toks[s.Start].Span.Start || s.Span.End != toks[s.End-1].Span.End || s.Span.End > len(src) {
			return fmt.Errorf("sentence %d span %v does not match its tokens", i, s.Span)
		}
		if mw := toks[s.Start].MultiWord; mw >= 0 && mw != s.Start {
			return fmt.Errorf("sentence %d starts inside a multiword token", i)
		}
		next = s.End
	}
	if next != len(toks) {
		return fmt.Errorf("sentences end at token %d of %d", next, len(toks))
	}
	if !sents[0].ParagraphStart {
		return fmt.Errorf("the first sentence does not start a paragraph")
	}
	return nil
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"", "Blinken met Xi. They talked.", "BEIJING (Reuters) - China said.", `"Why?" Smith asked.`,
		"Headline\nBody.\n\nMore.", "1. a\n2. b", "Mr. Smith.", "U.S. The", "a\xff. B", "He died.[3] So",
		"By A B NEW YORK (AP) - x", "x\r\ny\u2029z", "WASHINGTON, D.C., June 5 (AP) —",
	} {
		f.Add(s)
	}
	sg := segment.New(tokenize.Default(), segment.EnglishRules(), segment.Options{MaxWords: 7})
	f.Fuzz(func(t *testing.T, src string) {
		toks := tokenize.Tokenize(src)
		for _, seg := range []*segment.Segmenter{segment.Default(), sg} {
			if err := checkSentences(src, toks, seg.Segment(src, toks)); err != nil {
				t.Fatalf("Segment(%q): %v", src, err)
			}
		}
	})
}

func TestForeignTokens(t *testing.T) {
	// Tokens made elsewhere, with spans that do not fit the text, must not
	// make Segment fail.
	toks := []text.Token{
		{Form: "Hello", Span: text.Span{Start: 5, End: 50}, MultiWord: -1},
		{Form: ".", Span: text.Span{Start: 2, End: 3}, MultiWord: -1},
		{Form: "Next", Span: text.Span{Start: -4, End: 100}, MultiWord: 7},
		{Form: "one", Span: text.Span{Start: 100, End: 200}, MultiWord: 7},
	}
	sents := segment.Segment("short", toks)
	if len(sents) != 2 || sents[0].End != 2 || sents[1].End != 4 {
		t.Errorf("sentences %+v", sents)
	}
}
