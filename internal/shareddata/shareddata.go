// Package shareddata locates the project's shared development data (treebanks,
// gold standards, news samples) that lives beside the repository in ../shared
// and is never copied into it.
package shareddata

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// EnvVar overrides where the shared data is looked for.
const EnvVar = "PARLEY_SHARED"

// Find returns the shared data directory: $PARLEY_SHARED when set, else the
// first "shared" directory beside the module root or one of its parents.
func Find() (string, error) {
	if d := os.Getenv(EnvVar); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, nil
		}
		return "", errors.New("shared data: " + EnvVar + "=" + d + " is not a directory")
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			cand := filepath.Join(filepath.Dir(dir), "shared")
			if st, err := os.Stat(filepath.Join(cand, "data")); err == nil && st.IsDir() {
				return cand, nil
			}
		}
		if filepath.Dir(dir) == dir {
			return "", errors.New("shared data: no ../shared/data beside the module root (set " + EnvVar + ")")
		}
	}
}

// Path returns the path of a file under the shared directory, skipping the
// test with a clear message when the shared data or the file is absent.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	dir, err := Find()
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	p := filepath.Join(append([]string{dir}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: shared data file %s is absent", p)
	}
	return p
}
