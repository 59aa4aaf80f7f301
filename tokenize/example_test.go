package tokenize_test

import (
	"fmt"

	"github.com/parleyproject/parley/tokenize"
)

func ExampleTokenize() {
	for _, t := range tokenize.Tokenize(`Xi didn't meet U.S. officials.`) {
		fmt.Printf("%q %d:%d multiword=%d space=%v\n", t.Form, t.Span.Start, t.Span.End, t.MultiWord, t.SpaceAfter)
	}
	// Output:
	// "Xi" 0:2 multiword=-1 space=true
	// "did" 3:6 multiword=1 space=false
	// "n't" 6:9 multiword=1 space=true
	// "meet" 10:14 multiword=-1 space=true
	// "U.S." 15:19 multiword=-1 space=true
	// "officials" 20:29 multiword=-1 space=false
	// "." 29:30 multiword=-1 space=false
}
