package date

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parleyproject/parley/internal/datafile"
	"github.com/parleyproject/parley/internal/testdoc"
	"github.com/parleyproject/parley/text"
)

type exprCase struct {
	line     int
	docDate  string
	future   bool
	sentence string // without the [[ ]] marks
	span     text.Span
	want     string // "YYYY-MM-DD granularity" or "-"
}

func readExprCases(tb testing.TB, path string) []exprCase {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var cases []exprCase
	sc := datafile.NewScanner(f, path)
	for sc.Scan() {
		parts := strings.Split(strings.TrimSpace(sc.Text()), " | ")
		if len(parts) != 3 {
			tb.Fatal(sc.Errorf("want 3 fields separated by \" | \""))
		}
		head := strings.Fields(parts[0])
		if len(head) != 2 || (head[1] != "past" && head[1] != "future") {
			tb.Fatal(sc.Errorf("bad head %q", parts[0]))
		}
		c := exprCase{line: sc.Line(), docDate: head[0], future: head[1] == "future", want: strings.TrimSpace(parts[2])}
		s := parts[1]
		if i := strings.Index(s, "[["); i >= 0 {
			j := strings.Index(s, "]]")
			if j < i {
				tb.Fatal(sc.Errorf("unbalanced marks"))
			}
			c.span = text.Span{Start: i, End: j - 2}
			s = s[:i] + s[i+2:j] + s[j+2:]
		}
		c.sentence = s
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// TestExpressionTable measures the resolver on the hand-written table of news
// date expressions, tokenized and split by the project's own tokenizer and
// segmenter, and requires at least 95% of them right: the expected span,
// value and granularity (or no expression at all for "-").
func TestExpressionTable(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := readExprCases(t, "testdata/expressions.txt")
	if len(cases) < 100 {
		t.Fatalf("only %d cases", len(cases))
	}
	right := 0
	for _, c := range cases {
		doc := testdoc.New(t, c.docDate, c.sentence)
		var got []Expression
		for i := range doc.Sentences {
			got = append(got, r.Find(doc, i, c.future)...)
		}
		ok := false
		desc := "nothing"
		if c.want == "-" {
			ok = len(got) == 0
			if !ok {
				desc = describe(doc, got[0])
			}
		} else {
			for _, e := range got {
				desc = describe(doc, e)
				if e.Span == c.span && e.Value.Format("2006-01-02")+" "+e.Granularity.String() == c.want {
					ok = true
					break
				}
			}
		}
		if ok {
			right++
		} else {
			t.Logf("line %d: %q: want %q %s, got %s", c.line, c.sentence, c.sentence[c.span.Start:c.span.End], c.want, desc)
		}
	}
	pct := 100 * float64(right) / float64(len(cases))
	t.Logf("date expressions: %d of %d right (%.1f%%)", right, len(cases), pct)
	if pct < 95 {
		t.Errorf("accuracy %.1f%% below 95%%", pct)
	}
}

func describe(doc *text.Document, e Expression) string {
	return doc.SpanText(e.Span) + " → " + e.Value.Format("2006-01-02") + " " + e.Granularity.String() + " (" + e.Rule + ")"
}

func TestFindOffsetsAndRules(t *testing.T) {
	tests := []struct {
		name, date, text string
		future           bool
		want             []Expression
	}{
		{
			name: "OK", date: "2023-06-19", text: "Blinken met Xi in Beijing on Monday.",
			want: []Expression{{Span: text.Span{Start: 26, End: 35}, Start: 5, End: 7, Value: day(2023, 6, 19), Granularity: Day, Rule: "weekday"}},
		},
		{
			name: "Two", date: "2023-06-19", text: "He said on Tuesday that the attack on June 2, 2022, was planned.",
			want: []Expression{
				{Span: text.Span{Start: 8, End: 18}, Start: 2, End: 4, Value: day(2023, 6, 13), Granularity: Day, Rule: "weekday"},
				{Span: text.Span{Start: 35, End: 50}, Start: 7, End: 12, Value: day(2022, 6, 2), Granularity: Day, Rule: "month-day-year"},
			},
		},
		{
			name: "Future", date: "2023-06-19", text: "Talks resume in September.", future: true,
			want: []Expression{{Span: text.Span{Start: 13, End: 25}, Start: 2, End: 4, Value: day(2023, 9, 1), Granularity: Month, Rule: "month:future"}},
		},
		{name: "NoDocumentDate", date: "", text: "They met on Monday.", want: nil},
		{
			name: "NoDocumentDateAbsolute", date: "", text: "They met on 5 May 2020.",
			want: []Expression{{Span: text.Span{Start: 9, End: 22}, Start: 2, End: 6, Value: day(2020, 5, 5), Granularity: Day, Rule: "day-month-year"}},
		},
		{name: "InvalidDay", date: "2023-06-19", text: "It happened on Feb. 30, 2023.", want: nil},
	}
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := testdoc.New(t, tc.date, tc.text)
			got := r.Find(doc, 0, tc.future)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d expressions %+v, want %d", len(got), got, len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("expression %d:\n got %+v\nwant %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
