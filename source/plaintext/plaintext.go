// Package plaintext reads plain-text and Markdown files as documents, turning
// Markdown into the prose it marks up.
package plaintext

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/parleyproject/parley/source"
	"github.com/parleyproject/parley/source/internal/sniff"
	"github.com/parleyproject/parley/text"
)

// DefaultMaxBytes bounds one file.
const DefaultMaxBytes = 16 << 20

// Options configure a Reader.
type Options struct {
	// Markdown strips Markdown syntax and takes the title from the first
	// heading or from front matter.
	Markdown bool
	// MaxBytes is the largest file accepted (source.ErrTooLarge beyond).
	MaxBytes int64
}

// NewReader returns a Reader that yields the file r holds as one document
// whose ID is name (contract 1: a file's id is its path). Binary content is
// reported with source.ErrNotText.
func NewReader(name string, r io.Reader, opts Options) source.Reader {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	return source.Single(name, func(ctx context.Context) (*text.Document, error) {
		b, err := io.ReadAll(io.LimitReader(r, opts.MaxBytes+1))
		if err != nil {
			return nil, fmt.Errorf("read: %w", err)
		}
		if int64(len(b)) > opts.MaxBytes {
			return nil, fmt.Errorf("%w: file is over the limit of %d bytes", source.ErrTooLarge, opts.MaxBytes)
		}
		doc, err := Parse(b, opts.Markdown)
		if err != nil {
			return nil, err
		}
		doc.ID = name
		return doc, nil
	})
}

// Parse turns the bytes of a text file into a document (without ID). With
// markdown, Markdown syntax is stripped and the title and date come from YAML
// front matter ("title:", "date:") or the first heading.
func Parse(b []byte, markdown bool) (*text.Document, error) {
	if sniff.Binary(b[:min(len(b), sniff.HeadSize)]) {
		return nil, fmt.Errorf("%w: content is binary", source.ErrNotText)
	}
	s := sniff.Text(b)
	if !markdown {
		return &text.Document{Text: strings.TrimSpace(s)}, nil
	}
	doc := &text.Document{}
	s = frontMatter(s, doc)
	doc.Text = Markdown(s, &doc.Title)
	return doc, nil
}

// frontMatter takes a leading YAML block ("---" lines around "key: value"
// lines) off s, keeping its title and date.
func frontMatter(s string, doc *text.Document) string {
	if !strings.HasPrefix(s, "---\n") {
		return s
	}
	end := strings.Index(s[4:], "\n---")
	if end < 0 {
		return s
	}
	block := s[4 : 4+end]
	rest := s[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 && strings.TrimSpace(rest[:i]) == "" {
		rest = rest[i+1:]
	} else if strings.TrimSpace(rest) == "" {
		rest = ""
	}
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			doc.Title = v
		case "date":
			if len(v) >= 10 {
				if t, err := source.ParseDate(v); err == nil {
					doc.Date = t
				} else if t, err := source.ParseDate(v[:10]); err == nil {
					doc.Date = t
				}
			}
		case "author":
			doc.Byline = v
		}
	}
	return rest
}

var (
	fenceRe     = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	atxRe       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$`)
	setextRe    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	ruleRe      = regexp.MustCompile(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	quoteRe     = regexp.MustCompile(`^ {0,3}>[ ]?`)
	listRe      = regexp.MustCompile(`^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(\[[ xX]\][ \t]+)?`)
	refDefRe    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+`)
	imageRe     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	linkRe      = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	autolinkRe  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	tagRe       = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>`)
	codeSpanRe  = regexp.MustCompile("`+([^`]*)`+")
	strongRe    = regexp.MustCompile(`\*\*(\S(?:.*?\S)??)\*\*`)
	strongURe   = regexp.MustCompile(`(^|[^\pL\pN_])__(\S(?:.*?\S)??)__`)
	emRe        = regexp.MustCompile(`(^|[^\pL\pN*])\*(\S(?:[^*]*?\S)??)\*`)
	emURe       = regexp.MustCompile(`(^|[^\pL\pN_])_(\S(?:[^_]*?\S)??)_`)
	strikeRe    = regexp.MustCompile(`~~(\S(?:.*?\S)??)~~`)
	escapeRe    = regexp.MustCompile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])")
	htmlBlockRe = regexp.MustCompile(`^ {0,3}<!--`)
)

// Markdown returns the prose of a Markdown text: headings, emphasis, links
// and images (their text), quotes and list items kept as plain lines; code
// blocks, rules, link definitions and HTML comments dropped. Paragraphs stay
// separated by blank lines. When title is not nil and empty, it receives the
// first heading.
func Markdown(s string, title *string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	var fence string
	inComment := false
	for i, line := range lines {
		if fence != "" {
			if m := fenceRe.FindStringSubmatch(line); m != nil && strings.HasPrefix(m[1], fence) {
				fence = ""
			}
			continue
		}
		if inComment {
			if strings.Contains(line, "-->") {
				inComment = false
			}
			continue
		}
		if m := fenceRe.FindStringSubmatch(line); m != nil {
			fence = m[1][:3]
			continue
		}
		if htmlBlockRe.MatchString(line) && !strings.Contains(line, "-->") {
			inComment = true
			continue
		}
		if refDefRe.MatchString(line) {
			continue
		}
		// A setext underline makes the line before it a heading.
		if setextRe.MatchString(line) && len(out) > 0 && out[len(out)-1] != "" && i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			if title != nil && *title == "" {
				*title = out[len(out)-1]
			}
			continue
		}
		if ruleRe.MatchString(line) {
			out = append(out, "")
			continue
		}
		for quoteRe.MatchString(line) {
			line = quoteRe.ReplaceAllString(line, "")
		}
		if m := atxRe.FindStringSubmatch(line); m != nil {
			h := inline(m[2])
			if title != nil && *title == "" {
				*title = h
			}
			// A heading is a paragraph of its own.
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			out = append(out, h, "")
			continue
		}
		line = listRe.ReplaceAllString(line, "")
		out = append(out, inline(strings.TrimSpace(line)))
	}
	return collapseBlank(out)
}

// inline strips inline Markdown from one line. Escaped punctuation is set
// aside as private-use runes first, so that it is not read as markup.
func inline(s string) string {
	s = escapeRe.ReplaceAllStringFunc(s, func(m string) string { return string(rune(escapeBase + rune(m[1]))) })
	s = imageRe.ReplaceAllString(s, "$1")
	s = linkRe.ReplaceAllString(s, "$1")
	s = autolinkRe.ReplaceAllString(s, "$1")
	s = codeSpanRe.ReplaceAllString(s, "$1")
	s = tagRe.ReplaceAllString(s, "")
	s = strongRe.ReplaceAllString(s, "$1")
	s = strongURe.ReplaceAllString(s, "$1$2")
	s = emRe.ReplaceAllString(s, "$1$2")
	s = emURe.ReplaceAllString(s, "$1$2")
	s = strikeRe.ReplaceAllString(s, "$1")
	s = strings.Map(func(r rune) rune {
		if r >= escapeBase && r < escapeBase+0x80 {
			return r - escapeBase
		}
		return r
	}, s)
	return strings.TrimRight(s, " \t")
}

// escapeBase starts the private-use runes that stand for escaped ASCII
// punctuation while inline markup is stripped.
const escapeBase = 0xE000

// collapseBlank joins lines, keeping at most one blank line in a row and none
// at the ends.
func collapseBlank(lines []string) string {
	var b strings.Builder
	blank := true
	for _, l := range lines {
		if l == "" {
			blank = true
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		b.WriteString(l)
		blank = false
	}
	return b.String()
}
