package main

import (
	"reflect"
	"testing"
)

func TestDropForeignHeads(t *testing.T) {
	exOfficio := map[string]string{"AND": "FRA", "AUS": "GBR", "BLZ": "GBR", "CAN": "GBR"}
	tests := []struct {
		name     string
		in, want []tenure
	}{
		{"realms outnumber the home country",
			[]tenure{
				{"1952-02-06", "2022-09-08", "AUSGOV", "monarch"},
				{"1981-09-21", "2022-09-08", "BLZGOV", "monarch"},
				{"1952-02-06", "2022-09-08", "CANGOV", "monarch"},
				{"1952-02-06", "2022-09-08", "GBRGOV", "monarch"},
			},
			[]tenure{{"1952-02-06", "2022-09-08", "GBRGOV", "monarch"}}},
		{"co-prince of Andorra as president of France",
			[]tenure{
				{"2012-01-01", "2017-01-01", "ANDGOV", "monarch"},
				{"2012-05-15", "2017-05-14", "ANDGOV", "monarch"},
				{"2012-05-15", "2017-05-14", "FRAGOV", "president"},
			},
			[]tenure{{"2012-05-15", "2017-05-14", "FRAGOV", "president"}}},
		{"a co-prince with no other country keeps the tenure",
			[]tenure{{"2003-05-12", "", "ANDGOV", "monarch"}},
			[]tenure{{"2003-05-12", "", "ANDGOV", "monarch"}}},
		{"offices of another kind stay",
			[]tenure{
				{"2004-03-31", "2004-11-29", "FRAGOV", "finance minister"},
				{"2007-05-16", "2012-05-15", "FRAGOV", "president"},
				{"2007-05-16", "2012-05-15", "ANDGOV", "monarch"},
				{"1999-01-01", "2001-01-01", "ANDGOV", "minister"},
			},
			[]tenure{
				{"2004-03-31", "2004-11-29", "FRAGOV", "finance minister"},
				{"2007-05-16", "2012-05-15", "FRAGOV", "president"},
				{"1999-01-01", "2001-01-01", "ANDGOV", "minister"},
			}},
	}
	for _, tc := range tests {
		got := dropForeignHeads(append([]tenure(nil), tc.in...), exOfficio)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestReadExOfficio(t *testing.T) {
	m, err := readExOfficio("ex_officio.txt")
	if err != nil {
		t.Fatal(err)
	}
	if m["AND"] != "FRA" || m["AUS"] != "GBR" || m["GBR"] != "" {
		t.Errorf("ex_officio.txt read as %v", m)
	}
}
