package date

import (
	"testing"

	"github.com/parleyproject/parley/internal/testdoc"
)

func TestDatelineDate(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string // want "" for none
	}{
		{"KIGALI, Jun 15 2022 (IPS) - Rwanda and Uganda reopened the border.", "2022-06-15"},
		{"BULAWAYO, Zimbabwe, Jun 23 2022 (IPS) - In early June 2022, more than 30 were arrested.", "2022-06-23"},
		{"New York (November 25, 2021): The council met.", "2021-11-25"},
		{"March 3, 2023 - The minister resigned.", "2023-03-03"},
		// Dates in the story, not in a dateline.
		{"On Monday, February 14, 2022, while the rest of us slept, the army moved.", ""},
		{"The assembly president said on Monday July 18, 2022, at a special meeting that prices rose.", ""},
		{"WASHINGTON, July 18 (Reuters) - The Senate voted.", ""},
		{"KIGALI, June 2022 (IPS) - A month without a day.", ""},
		{"", ""},
	}
	for _, tc := range tests {
		doc := testdoc.New(t, "", tc.text)
		got, ok := r.DatelineDate(doc)
		switch {
		case tc.want == "" && ok:
			t.Errorf("%q: got %s, want none", tc.text, got.Format("2006-01-02"))
		case tc.want != "" && (!ok || got.Format("2006-01-02") != tc.want):
			t.Errorf("%q: got %s (%v), want %s", tc.text, got.Format("2006-01-02"), ok, tc.want)
		}
	}
}
