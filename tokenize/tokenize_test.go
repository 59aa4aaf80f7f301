package tokenize_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
	"github.com/parleyproject/parley/tokenize"
)

// render writes tokens as "form/start", with a leading "+" on a word that
// continues the multiword token of the word before it.
func render(toks []text.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if t.MultiWord >= 0 && t.MultiWord != i {
			b.WriteByte('+')
		}
		b.WriteString(t.Form)
		b.WriteByte('/')
		b.WriteString(strconv.Itoa(t.Span.Start))
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"Empty", "", ""},
		{"Spaces", " \t\n ", ""},
		{"Simple", "Blinken met Xi.", "Blinken/0 met/8 Xi/12 ./14"},
		{"Negation", "Don't go", "Do/0 +n't/2 go/6"},
		{"CantWont", "can't won't", "ca/0 +n't/2 wo/6 +n't/8"},
		{"CurlyNegation", "don’t", "do/0 +n’t/2"},
		{"Clitics", "It's I'm we're they've you'll she'd", "It/0 +'s/2 I/5 +'m/6 we/9 +'re/11 they/15 +'ve/19 you/23 +'ll/26 she/30 +'d/33"},
		{"Possessive", "China's army", "China/0 +'s/5 army/8"},
		{"CurlyPossessive", "Iran’s plan", "Iran/0 +’s/4 plan/9"},
		{"PluralPossessive", "the parents' house", "the/0 parents/4 +'/11 house/13"},
		{"SingleQuotes", "'Rolling Stone' said", "'/0 Rolling/1 Stone/9 '/14 said/16"},
		{"Gonna", "gonna cannot", "gon/0 +na/3 can/6 +not/9"},
		{"NameApostrophe", "O'Connor's o'clock", "O'Connor/0 +'s/8 o'clock/11"},
		{"Decade", "1990's '60s", "1990's/0 '60s/7"},
		{"Initialism", "the U.S. and U.N. forces", "the/0 U.S./4 and/9 U.N./13 forces/18"},
		{"InitialismEnd", "to the U.S.", "to/0 the/3 U.S/7 ./10"},
		{"InitialismStarter", "in the U.S. The", "in/0 the/3 U.S/7 ./10 The/12"},
		{"InitialismName", "in the U.S. Senate", "in/0 the/3 U.S./7 Senate/12"},
		{"Titles", "Mr. Smith met Gen. Lee", "Mr./0 Smith/4 met/10 Gen./14 Lee/19"},
		{"Initials", "George W. Bush and J.R.R. Tolkien", "George/0 W./7 Bush/10 and/15 J.R.R./19 Tolkien/26"},
		{"PronounI", "so did I. Then", "so/0 did/3 I/7 ./8 Then/10"},
		{"AbbrevMidSentence", "Acme Inc. said", "Acme/0 Inc./5 said/10"},
		{"AbbrevEnd", "Acme Inc. The firm", "Acme/0 Inc/5 ./8 The/10 firm/14"},
		{"AbbrevParagraphEnd", "and so on, etc.\n\nNext", "and/0 so/4 on/7 ,/9 etc/11 ./14 Next/17"},
		{"NumberAbbrev", "No. 5 but No.", "No./0 5/4 but/6 No/10 ./12"},
		{"Month", "on Sept. 11", "on/0 Sept./3 11/9"},
		{"Decimals", "3.5 1,000 $1.5 .04", "3.5/0 1,000/4 $/10 1.5/11 .04/15"},
		{"LeadingPoint", "($.04)", "(/0 $/1 .04/2 )/5"},
		{"Percent", "40% of 1,000,000", "40/0 %/2 of/4 1,000,000/7"},
		{"Time", "at 10:30 or 7:30PM", "at/0 10:30/3 or/9 7:30/12 PM/16"},
		{"Unit", "5pm 12km 5G 1990s 20th", "5/0 pm/1 12/4 km/6 5G/9 1990s/12 20th/18"},
		{"Date", "2023-06-19 and 11/28/2000", "2023-06-19/0 and/11 11/28/2000/15"},
		{"Phone", "call 555-1234 or 713-853-3989", "call/0 555-1234/5 or/14 713-853-3989/17"},
		{"Range", "1969-1970 and 5-10", "1969/0 -/4 1970/5 and/10 5/14 -/15 10/16"},
		{"HyphenSplit", "well-known Al-Qaeda's", "well/0 -/4 known/5 Al/11 -/13 Qaeda/14 +'s/19"},
		{"HyphenPrefix", "anti-war e-mail re-elected", "anti-war/0 e-mail/9 re-elected/16"},
		{"HyphenSuffix", "President-elect Prime Minister-designate", "President-elect/0 Prime/16 Minister-designate/22"},
		{"HyphenNumber", "a 15-year term", "a/0 15/2 -/4 year/5 term/10"},
		{"Slash", "and/or 9/11 w/o", "and/0 //3 or/4 9/11/7 w/o/12"},
		{"URL", "see http://example.com/a_(b)). Then", "see/0 http://example.com/a_(b)/4 )/28 ./29 Then/31"},
		{"WWW", "(www.example.org)", "(/0 www.example.org/1 )/16"},
		{"Email", "<jane.doe@example.com>.", "</0 jane.doe@example.com/1 >/21 ./22"},
		{"Domain", "Amazon.com and MMC.N", "Amazon.com/0 and/11 MMC.N/15"},
		{"GluedSentences", "end.Next", "end/0 ./3 Next/4"},
		{"Handle", "@POTUS #Hashtag #1", "@POTUS/0 #Hashtag/7 #/16 1/17"},
		{"Emoticons", "great :) :-). (:))", "great/0 :)/6 :-)/9 ./12 (/14 :)/15 )/17"},
		{"Ellipsis", "wait... what?! Really…", "wait/0 .../4 what/8 ?!/12 Really/15 …/21"},
		{"EllipsisQuestion", "so...?", "so/0 .../2 ?/5"},
		{"Dashes", "yes--no — maybe –", "yes/0 --/3 no/5 —/8 maybe/12 –/18"},
		{"Quotes", `"Hi," he said. “No.”`, `"/0 Hi/1 ,/3 "/4 he/6 said/9 ./13 “/15 No/18 ./20 ”/21`},
		{"DoubleQuoteApostrophes", "''Hi'' ‘’", "''/0 Hi/2 ''/4 ‘’/7"},
		{"Brackets", "[1] {x} (y)", "[/0 1/1 ]/2 {/4 x/5 }/6 (/8 y/9 )/10"},
		{"Currency", "US$4.2 HK$", "US$/0 4.2/3 HK$/7"},
		{"Ampersand", "AT&T and B & B", "AT&T/0 and/5 B/9 &/11 B/13"},
		{"Stutter", "th- that", "th-/0 that/4"},
		{"Backtick", "mama`s", "mama/0 +`s/4"},
		{"Emoji", "ok 👍🏽 🇫🇷!", "ok/0 👍🏽/3 🇫🇷/12 !/20"},
		{"NonLatin", "Путин встретился с Си. مرحبا بكم", "Путин/0 встретился/11 с/32 Си/35 ./39 مرحبا/41 بكم/52"},
		{"CJK", "北京是首都。", "北京是首都/0 。/15"},
		{"InvalidUTF8", "a\xff\xfeb c", "a/0 \xff\xfe/1 b/3 c/5"},
		{"Controls", "a\x00b\x1bc", "a/0 b/2 c/4"},
		{"ZeroWidth", "a\u200bb\ufeff", "a/0 b/4"},
		{"NBSP", "10\u00a0km", "10/0 km/4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tc.in)
			if got := render(toks); got != tc.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tc.in, got, tc.want)
			}
			if err := checkTokens(tc.in, toks); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSpaceAfter(t *testing.T) {
	toks := tokenize.Tokenize("Don't stop.\nGo")
	var got []bool
	for _, tk := range toks {
		got = append(got, tk.SpaceAfter)
	}
	want := []bool{false, true, false, true, false}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("SpaceAfter = %v, want %v", got, want)
	}
}

// checkTokens verifies the tokenizer's contract: spans in order, inside the
// text, Form equal to the text they cover, every byte that is not a space in
// exactly one token and no space inside a token, consistent multiword groups
// and SpaceAfter marks.
func checkTokens(src string, toks []text.Token) error {
	pos := 0
	for i, tk := range toks {
		if tk.Span.Start < pos || tk.Span.End <= tk.Span.Start || tk.Span.End > len(src) {
			return fmt.Errorf("token %d span %v out of order or bounds (previous end %d, text %d bytes)", i, tk.Span, pos, len(src))
		}
		if gap := src[pos:tk.Span.Start]; !allSpace(gap) {
			return fmt.Errorf("token %d: bytes %q before it are in no token", i, gap)
		}
		if tk.Form != src[tk.Span.Start:tk.Span.End] {
			return fmt.Errorf("token %d: Form %q is not the text %q", i, tk.Form, src[tk.Span.Start:tk.Span.End])
		}
		for _, r := range tk.Form {
			if r != utf8.RuneError && tokenize.IsSpace(r) {
				return fmt.Errorf("token %d %q contains a space", i, tk.Form)
			}
		}
		if tk.Head != -1 {
			return fmt.Errorf("token %d: Head %d, want -1", i, tk.Head)
		}
		switch {
		case tk.MultiWord == -1:
		case tk.MultiWord == i:
			if i+1 >= len(toks) || toks[i+1].MultiWord != i || toks[i+1].Span.Start != tk.Span.End {
				return fmt.Errorf("token %d starts a multiword token that has no adjacent second word", i)
			}
		case tk.MultiWord >= 0 && tk.MultiWord < i && toks[i-1].MultiWord == tk.MultiWord && toks[i-1].Span.End == tk.Span.Start:
		default:
			return fmt.Errorf("token %d: bad MultiWord %d", i, tk.MultiWord)
		}
		next := len(src)
		if i+1 < len(toks) {
			next = toks[i+1].Span.Start
		}
		if want := next > tk.Span.End && tk.Span.End < len(src); tk.SpaceAfter != want {
			return fmt.Errorf("token %d %q: SpaceAfter %v, want %v", i, tk.Form, tk.SpaceAfter, want)
		}
		pos = tk.Span.End
	}
	if !allSpace(src[pos:]) {
		return fmt.Errorf("bytes %q after the last token are in no token", src[pos:])
	}
	return nil
}

func allSpace(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || !tokenize.IsSpace(r) {
			return false
		}
		i += n
	}
	return true
}

func TestTokenizeLargeInputs(t *testing.T) {
	words := strings.Repeat("word ", 1<<20) // 5 MB, no punctuation
	const n = 1 << 18
	tests := map[string]string{
		"NoPunctuation": words,
		"NoSpaces":      strings.Repeat("a", 5<<20),
		"Dots":          strings.Repeat("a.", n),
		"Hyphens":       strings.Repeat("1-", n),
		"Apostrophes":   strings.Repeat("a'", n),
		"Ats":           strings.Repeat("a@", n),
		"Parens":        strings.Repeat("(a", n),
		"Invalid":       strings.Repeat("\xff", n),
		"URL":           "http://" + strings.Repeat("a)", n),
		"Emoji":         strings.Repeat("👍\u200d", n),
		"Email":         strings.Repeat("a.", n) + "@x.org",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			toks := tokenize.Tokenize(src)
			if err := checkTokens(src, toks); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", "Don't go to the U.S. today.", "the parents' 'house'", "a\xffb", "http://x.org/(a)).",
		"x@y.z", "No. 5", "2023-06-19 555-1234", "'60s 1990's", "Mr.Smith", "👍🏽🇫🇷", "th- that",
		"etc.\n\nNext", "U.S.-led", "$.04", "10:30pm", ":-) (:)", "‘’ ''", "a`s", "@x #y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if err := checkTokens(src, tokenize.Tokenize(src)); err != nil {
			t.Fatalf("Tokenize(%q): %v", src, err)
		}
	})
}
