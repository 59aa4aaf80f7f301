package fsutil

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("OK_directory", func(t *testing.T) {
		n, err := Files(dir)
		if err != nil {
			t.Fatal(err)
		}
		entries, err := fs.ReadDir(n, ".")
		if err != nil || len(entries) != 2 {
			t.Fatalf("ReadDir = %v, %v; want two entries", entries, err)
		}
		if prefix, _ := Split(n); prefix != dir {
			t.Errorf("Split prefix %q, want %q", prefix, dir)
		}
	})
	t.Run("OK_single_file", func(t *testing.T) {
		n, err := Files(filepath.Join(dir, "b.txt"))
		if err != nil {
			t.Fatal(err)
		}
		var seen []string
		err = fs.WalkDir(n, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				seen = append(seen, p)
			}
			return nil
		})
		if err != nil || len(seen) != 1 || seen[0] != "b.txt" {
			t.Fatalf("walk saw %v (%v), want only b.txt", seen, err)
		}
		if _, err := n.Open("a.txt"); err == nil {
			t.Error("a sibling file is visible")
		}
		if got := Join(dir, "b.txt"); got != filepath.Join(dir, "b.txt") {
			t.Errorf("Join = %q", got)
		}
	})
	t.Run("ErrMissing", func(t *testing.T) {
		if _, err := Files(filepath.Join(dir, "none.txt")); err == nil {
			t.Fatal("no error for a missing file")
		}
	})
}
