package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleyproject/parley/text"
)

func TestRegions(t *testing.T) {
	tests := []struct {
		name string
		text string
		// paragraphs start after each "\n\n" in text.
		want   []string // contents, in order
		runsOn []bool   // RunsOn of each region (all false when nil)
	}{
		{"OK/Straight", `He said "yes, we will."`, []string{"yes, we will."}, nil},
		{"OK/Curly", "“We will win,” she said.", []string{"We will win"}, nil},
		{"OK/TwoInOneSentence", "“We will win,” she said, “and soon.”", []string{"We will win", "and soon."}, nil},
		{"OK/NestedSingle", "“He told me ‘no’ today,” she said.", []string{"He told me ‘no’ today"}, nil},
		{"OK/NestedStraight", `“He called it "absurd" twice,” she said.`, []string{`He called it "absurd" twice`}, nil},
		{"OK/Apostrophes", "“Clinton’s plan isn’t ready for the ’90s,” he said.", []string{"Clinton’s plan isn’t ready for the ’90s"}, nil},
		{"OK/SingleTopLevel", "‘We will fight,’ he said.", []string{"We will fight"}, nil},
		{"OK/PluralPossessive", "The Clintons’ home, ‘a mansion,’ he said.", []string{"a mansion"}, nil},
		{"OK/DoubleApostrophes", "''It is over,'' he said.", []string{"It is over"}, nil},
		{"OK/Backquotes", "``It is over,'' he said.", []string{"It is over"}, nil},
		{"OK/Guillemets", "«Non,» a-t-il dit.", []string{"Non"}, nil},
		{"OK/StraightScare", `The "so-called" deal "is dead," he said.`, []string{"so-called", "is dead"}, nil},
		{"OK/WrongOpeningMark", "He said “yes“ and left.", []string{"yes"}, nil},
		{"OK/RunsOnParagraphs", "“First part.\n\n“Second part,” he said.", []string{"First part.", "Second part"}, []bool{true, false}},
		{"OK/RunsOnThree", "“One.\n\n“Two.\n\n“Three.”", []string{"One.", "Two.", "Three."}, []bool{true, true, false}},
		{"ErrUnclosed", "He said “yes and left.", nil, nil},
		{"ErrUnclosedAtParagraph", "“First part.\n\nHe left.", nil, nil},
		{"ErrUnclosedThenNew", "He said “yes. Then “no” she said.", []string{"no"}, nil},
		{"ErrStrayClosing", "He said” yes.", nil, nil},
		{"ErrEmpty", `He said "" and “ ”.`, nil, nil},
		{"OK/SingleInsideDouble", "“‘Go,’ they told me,” he said.", []string{"‘Go,’ they told me"}, nil},
		{"ErrManyMarks", strings.Repeat(`"`, 10000), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paras []int
			for i := 0; ; {
				k := strings.Index(tt.text[i:], "\n\n")
				if k < 0 {
					break
				}
				i += k + 2
				paras = append(paras, i)
			}
			got := Regions(nil, tt.text, paras)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d regions %v, want %d %q", len(got), contents(tt.text, got), len(tt.want), tt.want)
			}
			from := 0
			for i, r := range got {
				at := strings.Index(tt.text[from:], tt.want[i])
				if at < 0 {
					t.Fatalf("region %d: want content %q not in text after %d", i, tt.want[i], from)
				}
				want := text.Span{Start: from + at, End: from + at + len(tt.want[i])}
				if r.Content != want {
					t.Errorf("region %d: content %v %q, want %v %q", i, r.Content, tt.text[r.Content.Start:r.Content.End], want, tt.want[i])
				}
				if !r.Open.Empty() && r.Open.End > r.Content.Start || r.Close.Start < r.Content.End {
					t.Errorf("region %d: marks %v %v overlap content %v", i, r.Open, r.Close, r.Content)
				}
				wantRunsOn := tt.runsOn != nil && tt.runsOn[i]
				if r.RunsOn != wantRunsOn {
					t.Errorf("region %d: RunsOn %v, want %v", i, r.RunsOn, wantRunsOn)
				}
				from = r.Content.End
			}
		})
	}
}

// TestRegionsAdversarial checks the promises of Regions on texts built to
// confuse it: marks in thousands, nesting deeper than it tracks.
func TestRegionsAdversarial(t *testing.T) {
	for _, txt := range []string{
		strings.Repeat(`"`, 10001),
		strings.Repeat("“", 5000) + strings.Repeat("”", 5000),
		strings.Repeat("‘", 50) + "x" + strings.Repeat("’", 50),
		strings.Repeat("“‘", 50) + "x" + strings.Repeat("’”", 50),
		strings.Repeat("«“‘ ", 30) + "x" + strings.Repeat(" ’”»", 40),
		strings.Repeat(`"a" `, 3000) + `"`,
		strings.Repeat("''", 5000),
	} {
		checkRegions(t, txt, Regions(nil, txt, []int{len(txt) / 2}))
	}
}

func contents(txt string, rs []Region) []string {
	var out []string
	for _, r := range rs {
		out = append(out, txt[r.Content.Start:r.Content.End])
	}
	return out
}

// checkRegions verifies what Regions promises on any text: regions in
// order, not overlapping, within the text, on rune boundaries, with marks
// outside the content.
func checkRegions(t *testing.T, txt string, rs []Region) {
	t.Helper()
	prev := 0
	for i, r := range rs {
		c := r.Content
		if c.Start < prev || c.End > len(txt) || c.Empty() {
			t.Fatalf("region %d: content %v out of order or bounds (prev end %d, len %d)", i, c, prev, len(txt))
		}
		if r.Open.End > c.Start || r.Close.Start < c.End || r.Open.Start < prev {
			t.Fatalf("region %d: marks %v %v around content %v", i, r.Open, r.Close, c)
		}
		if !utf8.ValidString(txt) {
			continue
		}
		if !utf8.RuneStart(txt[c.Start]) || c.End < len(txt) && !utf8.RuneStart(txt[c.End]) {
			t.Fatalf("region %d: content %v splits a character", i, c)
		}
		prev = max(c.End, r.Close.End)
	}
}

func FuzzRegions(f *testing.F) {
	for _, s := range []string{
		`He said "yes."`, "“We will win,” she said.", "“One.\n\n“Two.\n\n“Three.”",
		"''x'' ``y''", "«Non»", strings.Repeat(`"`, 100), "‘’‘’“”„“", "\"\n\n\"a\"\n\n\"",
		"He said” yes “no", "\xe2\x80", "\xe2\x80\x9c\xff\xe2\x80\x9d",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, txt string, every int) {
		// Paragraph starts every few bytes, in order, some out of range.
		var paras []int
		if every > 0 {
			for i := every; i < len(txt)+every; i += every {
				paras = append(paras, i)
			}
		}
		checkRegions(t, txt, Regions(nil, txt, paras))
	})
}

// BenchmarkRegionsAdversarial measures the pairing on texts built to defeat
// it; the cost per byte must stay flat (linear time).
func BenchmarkRegionsAdversarial(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"StraightMarks", strings.Repeat(`"`, 10000)},
		{"OpeningCurly", strings.Repeat("“", 10000)},
		{"NestedSingles", strings.Repeat("‘a ", 10000)},
		{"Apostrophes", strings.Repeat("it’s ", 10000)},
		{"Prose", strings.Repeat(`“We will win,” she said, “and soon.” `, 500)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			var dst []Region
			for b.Loop() {
				dst = Regions(dst[:0], bc.text, nil)
			}
		})
	}
}
