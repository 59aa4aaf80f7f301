package http

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// assetServer serves the dashboard's files from memory, each with an ETag
// of its content and a gzip copy made once.
type assetServer struct {
	files map[string]*asset
}

type asset struct {
	body, gz    []byte
	etag, ctype string
}

// maxAssets bounds the total size of the files read into memory.
const maxAssets = 16 << 20

func newAssetServer(fsys fs.FS) (*assetServer, error) {
	a := &assetServer{files: map[string]*asset{}}
	total := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		total += len(body)
		if total > maxAssets {
			return fmt.Errorf("assets over %d bytes", maxAssets)
		}
		sum := sha256.Sum256(body)
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = http.DetectContentType(body)
		}
		f := &asset{body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`, ctype: ct}
		if len(body) >= gzipMin && compressible(ct) {
			var b bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
			zw.Write(body)
			if err := zw.Close(); err != nil {
				return err
			}
			if b.Len() < len(body) {
				f.gz = b.Bytes()
			}
		}
		a.files["/"+p] = f
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read dashboard assets: %w", err)
	}
	return a, nil
}

func compressible(ct string) bool {
	return strings.HasPrefix(ct, "text/") || strings.Contains(ct, "javascript") || strings.Contains(ct, "json") ||
		strings.Contains(ct, "svg")
}

func (a *assetServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if p == "/" {
		p = "/index.html"
	}
	f, ok := a.files[p]
	if !ok {
		writeError(w, &apiError{status: http.StatusNotFound, code: "not_found", msg: "no such file"})
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.ctype)
	h.Set("ETag", f.etag)
	h.Set("Vary", "Accept-Encoding")
	// Revalidate every time: file names carry no version, and a 304 costs
	// next to nothing.
	h.Set("Cache-Control", "no-cache")
	if match := r.Header.Get("If-None-Match"); match != "" && etagMatches(match, f.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := f.body
	if f.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = f.gz
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == etag {
			return true
		}
	}
	return false
}
