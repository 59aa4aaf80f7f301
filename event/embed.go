package event

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed data
var dataFS embed.FS

// DefaultPatterns returns the embedded pattern files (data/*.txt), for
// LoadDictionary.
func DefaultPatterns() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic(fmt.Sprintf("event: embedded data: %v", err)) // cannot happen: the directory is embedded
	}
	return sub
}
