package store

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/parleyproject/parley/text"
)

// EventFilter selects event mentions or clusters. Zero fields select
// everything; the fields that are set must all match.
type EventFilter struct {
	// From and To bound the event day, both inclusive; zero is open.
	From, To time.Time
	// Actor matches events whose source or target code starts with it
	// ("USA" matches "USAGOV"); Source and Target match one side.
	Actor, Source, Target string
	// Country matches events whose source or target country (ISO 3166-1
	// alpha-3) is it.
	Country string
	// Code matches CAMEO codes that start with it ("04" and "043" match
	// "0431"); Root matches the two-digit root exactly.
	Code, Root string
	// QuadClass matches one QuadClass (1–4); 0 matches all.
	QuadClass int
	// Modalities selects event mentions by modality; nil means asserted
	// only. Clusters hold asserted mentions only and ignore it.
	Modalities []text.Modality
	// DocID and ClusterID select the mentions of one document or cluster.
	DocID, ClusterID int64
}

// AllModalities lists every modality, for a filter that keeps them all.
var AllModalities = []text.Modality{text.Asserted, text.Negated, text.Future, text.Hypothetical}

// ModalitiesOrDefault returns m, or asserted only when m is empty.
func ModalitiesOrDefault(m []text.Modality) []text.Modality {
	if len(m) == 0 {
		return []text.Modality{text.Asserted}
	}
	return m
}

// Validate reports the first malformed field of f.
func (f EventFilter) Validate() error {
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return fmt.Errorf("date range: %s is before %s", f.To.Format(time.DateOnly), f.From.Format(time.DateOnly))
	}
	if f.QuadClass < 0 || f.QuadClass > 4 {
		return fmt.Errorf("quad class %d: want 1 to 4", f.QuadClass)
	}
	if f.Root != "" && (len(f.Root) != 2 || !digits(f.Root)) {
		return fmt.Errorf("root %q: want two digits", f.Root)
	}
	if f.Code != "" && !digits(f.Code) {
		return fmt.Errorf("code %q: want digits", f.Code)
	}
	for _, m := range f.Modalities {
		if !slices.Contains(AllModalities, m) {
			return fmt.Errorf("modality %q: want one of asserted, negated, future, hypothetical", m)
		}
	}
	for _, a := range []string{f.Actor, f.Source, f.Target, f.Country} {
		if strings.ContainsAny(a, "%_") {
			return fmt.Errorf("actor %q: wildcards are not allowed", a)
		}
	}
	return nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// DocumentFilter selects documents.
type DocumentFilter struct {
	// From and To bound the publication day, both inclusive; zero is open.
	From, To time.Time
	// Outlet matches DocMeta.Outlet exactly.
	Outlet string
}

// QuoteFilter selects quotations.
type QuoteFilter struct {
	// SpeakerCode matches the speaker's actor code exactly; SpeakerName
	// matches the resolved name exactly.
	SpeakerCode, SpeakerName string
	// Direct, when not nil, keeps direct (true) or indirect (false) quotes.
	Direct *bool
	DocID  int64
}
