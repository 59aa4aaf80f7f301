// Package web holds Parley's dashboard: its source (src/), its build
// (build.mjs, run by scripts/build-web.sh) and the built assets in dist/,
// which are embedded in the binary so that the dashboard works offline.
package web

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Assets returns the built dashboard: index.html and the files it loads.
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		// dist is embedded above, so Sub cannot fail.
		panic(err)
	}
	return sub
}
