// Package fsutil opens a user's dictionary file or directory as an fs.FS that
// remembers its path, so that load errors can name the real file.
package fsutil

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Named is a file system that knows the path it was opened from.
type Named struct {
	fs.FS
	Path string
}

// Files opens a file or a directory. A single file is shown as the only
// entry of its directory.
func Files(p string) (Named, error) {
	st, err := os.Stat(p)
	if err != nil {
		return Named{}, fmt.Errorf("open %s: %w", p, err)
	}
	if st.IsDir() {
		return Named{os.DirFS(p), p}, nil
	}
	dir, base := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	return Named{singleFile{os.DirFS(dir), base}, dir}, nil
}

// Split returns the path a Named file system was opened from ("" for any
// other) and the file system to read.
func Split(fsys fs.FS) (string, fs.FS) {
	if n, ok := fsys.(Named); ok {
		return n.Path, n.FS
	}
	return "", fsys
}

// Join names file p of a file system opened from prefix.
func Join(prefix, p string) string {
	if prefix == "" {
		return p
	}
	return filepath.Join(prefix, filepath.FromSlash(p))
}

// singleFile shows one file of a directory.
type singleFile struct {
	fs.FS
	file string
}

func (s singleFile) Open(name string) (fs.File, error) {
	if name != "." && name != s.file {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return s.FS.Open(name)
}

func (s singleFile) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	// Only the one file is looked at: listing the whole directory would
	// fail on unrelated entries (a file removed meanwhile, one unreadable).
	info, err := fs.Stat(s.FS, s.file)
	if err != nil {
		return nil, err
	}
	return []fs.DirEntry{fs.FileInfoToDirEntry(info)}, nil
}

// ReadDir forwards to the wrapped file system, so that a single file shows
// as the only entry of its directory.
func (n Named) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(n.FS, name) }

// Stat forwards to the wrapped file system.
func (n Named) Stat(name string) (fs.FileInfo, error) { return fs.Stat(n.FS, name) }
