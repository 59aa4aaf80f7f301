package segment_test

import (
	"fmt"

	"github.com/parleyproject/parley/segment"
	"github.com/parleyproject/parley/text"
)

func ExampleSplit() {
	doc := &text.Document{Text: "BEIJING (Reuters) - Blinken met Xi on Monday. \"We made progress,\" he said.\n\nMr. Blinken left."}
	segment.Split(doc)
	for i, s := range doc.Sentences {
		fmt.Printf("%d-%d para=%v %q\n", s.Span.Start, s.Span.End, s.ParagraphStart, doc.SentenceText(i))
	}
	// Output:
	// 0-19 para=true "BEIJING (Reuters) -"
	// 20-45 para=false "Blinken met Xi on Monday."
	// 46-74 para=false "\"We made progress,\" he said."
	// 76-93 para=true "Mr. Blinken left."
}
