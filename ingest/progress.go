package ingest

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress draws a progress bar of documents, with the events rate in its
// description; a nil *progress draws nothing.
type progress struct {
	mu     sync.Mutex
	bar    *progressbar.ProgressBar
	w      io.Writer
	start  time.Time
	events int
	last   time.Time
}

func newProgress(w io.Writer, total int) *progress {
	if w == nil {
		return nil
	}
	max := int64(-1)
	if total > 0 {
		max = int64(total)
	}
	bar := progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowDescriptionAtLineEnd(),
	)
	return &progress{bar: bar, w: w, start: time.Now()}
}

// add counts n documents and events more.
func (p *progress) add(n, events int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.events += events
	if now := time.Now(); now.Sub(p.last) > 500*time.Millisecond {
		p.last = now
		rate := float64(p.events) / now.Sub(p.start).Seconds()
		p.bar.Describe(fmt.Sprintf("%d events (%.0f/s)", p.events, rate))
	}
	p.bar.Add(n)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.bar.Finish()
	fmt.Fprintln(p.w)
}

// EstimateTotal estimates the number of documents in sources for the
// progress bar: lines of local JSON lines files, files in directories, one
// for other local files. It returns 0 when a source is standard input or a
// URL, or when counting fails.
func EstimateTotal(sources []string) int {
	n := 0
	for _, s := range sources {
		if s == "-" || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			return 0
		}
		st, err := os.Stat(s)
		if err != nil {
			return 0
		}
		if !st.IsDir() {
			n += countDocs(s)
			continue
		}
		err = filepath.WalkDir(s, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != s && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
				n += countDocs(p)
			}
			return nil
		})
		if err != nil {
			return 0
		}
	}
	return n
}

// countDocs returns the number of lines of a .jsonl or .ndjson file, else 1.
func countDocs(path string) int {
	if ext := filepath.Ext(path); ext != ".jsonl" && ext != ".ndjson" {
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	r := bufio.NewReaderSize(f, 1<<16)
	for {
		b, err := r.ReadSlice('\n')
		if len(b) > 0 && b[len(b)-1] == '\n' {
			n++
		} else if len(b) > 0 && err == io.EOF {
			n++
		}
		if err == io.EOF {
			return n
		}
		if err != nil && err != bufio.ErrBufferFull {
			return n
		}
	}
}
