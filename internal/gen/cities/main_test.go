package main

import (
	"slices"
	"testing"
)

func TestChoose(t *testing.T) {
	places := []place{
		{class: "P", code: "PPLA", country: "CHN", population: 6_000_000, names: []string{"Shenyang", "Mukden"}},
		{class: "P", code: "PPLC", country: "CHN", population: 20_000_000, names: []string{"Beijing"}},
		{class: "P", code: "PPL", country: "CHN", population: 90_000, names: []string{"Smallton"}},
		// A rival of a tenth of the population in another country.
		{class: "P", code: "PPL", country: "IND", population: 6_800_000, names: []string{"Hyderabad"}},
		{class: "P", code: "PPL", country: "PAK", population: 1_400_000, names: []string{"Hyderabad"}},
		// A smaller namesake elsewhere does not rival.
		{class: "P", code: "PPL", country: "PAK", population: 500_000, names: []string{"Sialkot"}},
		{class: "P", code: "PPL", country: "XYZ", population: 20_000, names: []string{"Sialkot"}},
		// A region of the same name always does.
		{class: "P", code: "PPL", country: "CAN", population: 300_000, names: []string{"Victoria"}},
		{class: "A", code: "ADM1", country: "AUS", population: 4_000_000, names: []string{"Victoria"}},
		// Left-out countries, lowercase names, skipped names.
		{class: "P", code: "PPL", country: "USA", population: 900_000, names: []string{"Columbus"}},
		{class: "P", code: "PPL", country: "ARG", population: 300_000, names: []string{"la Plata", "Cerro"}},
	}
	got := choose(places, 100_000, func(n string) bool { return key(n) == "cerro" })
	want := map[string][]string{"CHN": {"Shenyang", "Mukden"}, "PAK": {"Sialkot"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for c, names := range want {
		if !slices.Equal(got[c], names) {
			t.Errorf("%s: got %v, want %v", c, got[c], names)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mauá", "maua"},
		{"Ust-Kamenogorsk", "ust kamenogorsk"},
		{"Xi'an", "xian"},
		{"St. Helens", "st helens"},
	}
	for _, tt := range tests {
		if got := key(tt.in); got != tt.want {
			t.Errorf("key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
