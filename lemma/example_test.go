package lemma_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/parleyproject/parley/lemma"
)

// A model is text: this one knows one irregular verb, the regular "-ed"
// ending and that sentence-initial capitals go.
const tinyModel = `parley-lemma	1
tag	VERB	VBD
case	VERB	VBD	title		lower
edit	VERB	VBD		2	
edit	VERB	VBD	ied	3	y
word	VERB	VBD	met	meet
lemma	meet
`

func ExampleRead() {
	m, err := lemma.Read(strings.NewReader(tinyModel))
	if err != nil {
		log.Fatal(err)
	}
	for _, form := range []string{"met", "Met", "walked", "Tried"} {
		fmt.Println(form, "→", m.Lemma(form, "VERB", "VBD"))
	}
	// Output:
	// met → meet
	// Met → meet
	// walked → walk
	// Tried → try
}
