package source

import (
	"fmt"
	"strings"
	"time"
)

// ParseDate parses a document date in the form contract 1 allows: YYYY-MM-DD
// (taken as midnight UTC) or RFC 3339. An empty string is the zero time.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is neither YYYY-MM-DD nor RFC 3339", s)
	}
	return t, nil
}
