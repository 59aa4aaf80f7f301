package sniff

import "testing"

func TestGuesses(t *testing.T) {
	tests := []struct {
		name                                  string
		head                                  string
		binary, html, feed, jsonl, warc, gzip bool
	}{
		{"Text", "The minister said.", false, false, false, false, false, false},
		{"HTML", "\xef\xbb\xbf  <!DOCTYPE html><html>", false, true, false, false, false, false},
		{"HTMLAfterComment", "<!-- x --><html>", false, true, false, false, false, false},
		{"RSS", `<?xml version="1.0"?><rss version="2.0">`, false, false, true, false, false, false},
		{"Atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, false, false, true, false, false, false},
		{"RDF", `<?xml version="1.0"?><rdf:RDF>`, false, false, true, false, false, false},
		{"JSONL", "\n {\"id\": 1}", false, false, false, true, false, false},
		{"WARC", "WARC/1.1\r\n", false, false, false, false, true, false},
		{"Gzip", "\x1f\x8b\x08\x00", true, false, false, false, false, true},
		{"PNG", "\x89PNG\r\n\x1a\n\x00", true, false, false, false, false, false},
		{"PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", true, false, false, false, false, false},
		{"Controls", "abc\x01\x02\x03\x04def", true, false, false, false, false, false},
		{"Latin1", "Caf\xe9 society", false, false, false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := []byte(tt.head)
			got := [6]bool{Binary(h), HTML(h), Feed(h), JSONLines(h), WARC(h), Gzip(h)}
			want := [6]bool{tt.binary, tt.html, tt.feed, tt.jsonl, tt.warc, tt.gzip}
			if got != want {
				t.Errorf("binary, html, feed, jsonl, warc, gzip = %v, want %v", got, want)
			}
		})
	}
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\xef\xbb\xbfa\r\nb\rc\n", "a\nb\nc\n"},
		{"Caf\xe9 \x93quoted\x94", "Café “quoted”"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Text([]byte(tt.in)); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
