package testdoc

import (
	"testing"
	"time"

	"github.com/parleyproject/parley/text"
)

func TestNew(t *testing.T) {
	doc := New(t, "2023-06-19", "Talks resumed. Troops left.")
	if !doc.Date.Equal(time.Date(2023, 6, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("date %v", doc.Date)
	}
	want := []text.Span{{Start: 0, End: 14}, {Start: 15, End: 27}}
	if len(doc.Sentences) != len(want) {
		t.Fatalf("got %d sentences, want %d", len(doc.Sentences), len(want))
	}
	for i, s := range doc.Sentences {
		if s.Span != want[i] {
			t.Errorf("sentence %d at %v, want %v", i, s.Span, want[i])
		}
	}
	if doc.Tokens[0].Form != "Talks" || doc.Tokens[0].Span != (text.Span{Start: 0, End: 5}) {
		t.Errorf("first token %+v", doc.Tokens[0])
	}
	if doc := New(t, "", "x"); !doc.Date.IsZero() {
		t.Errorf("date %v without a date", doc.Date)
	}
}

func TestNews(t *testing.T) {
	if n := len(New(t, "", News()).Sentences); n < 32 {
		t.Errorf("News has %d sentences, want at least 32", n)
	}
}
