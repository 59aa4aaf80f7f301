package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parleyproject/parley/internal/shareddata"
	"github.com/parleyproject/parley/ontology"
)

// TestGeneratedTablesUpToDate regenerates the tables from the shared data and
// compares them with the ones in ontology/data.
func TestGeneratedTablesUpToDate(t *testing.T) {
	cameo := shareddata.Path(t, "data", "ontology", "cameo-codes.tsv")
	mapping := shareddata.Path(t, "data", "ontology", "CAMEO2PLOVER-2021.txt")
	dir := t.TempDir()
	report, err := generate(cameo, mapping, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(report)
	if !strings.Contains(report, "wrote 312 CAMEO codes") {
		t.Errorf("report %q, want 312 codes", report)
	}
	for _, name := range []string{ontology.CAMEOFile, ontology.CAMEOPLOVERFile} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "..", "ontology", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("ontology/data/%s is out of date: run go run ./internal/gen/ontology", name)
		}
	}
}

func TestReadMapping(t *testing.T) {
	path := filepath.Join(t.TempDir(), "map.txt")
	text := "# comment\n\n03: AGREE\n0311: AGREE,  ,   economic # Express intent\n" +
		"091: ACCUSE, investigate, crime; corruption # Investigate\n~~~~~\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	rows, err := readMapping(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.code+"|"+r.typ+"|"+r.mode+"|"+strings.Join(r.contexts, ";"))
	}
	if want := "03|AGREE||,0311|AGREE||economic,091|ACCUSE|investigate|crime;corruption"; strings.Join(got, ",") != want {
		t.Errorf("rows %q, want %q", strings.Join(got, ","), want)
	}
	if err := os.WriteFile(path, []byte("0311 AGREE\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readMapping(path); err == nil || !strings.Contains(err.Error(), ":1: not a mapping line") {
		t.Errorf("err = %v, want a line error", err)
	}
}

func TestRenames(t *testing.T) {
	rn, err := parseRenames(renamesTSV)
	if err != nil {
		t.Fatal(err)
	}
	r := rn.apply(mappingRow{code: "1321", typ: "THREATEN", mode: "political", contexts: []string{"humanitarian", "pro_autocracy"}})
	if r.mode != "restrict" || strings.Join(r.contexts, ",") != "human_security,pro-autocracy" || len(r.notes) != 3 {
		t.Errorf("renamed row %+v", r)
	}
	r = rn.apply(mappingRow{code: "100", typ: "DEMAND"})
	if r.typ != "REQUEST" {
		t.Errorf("type %s, want REQUEST", r.typ)
	}
}
