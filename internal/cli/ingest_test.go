package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/ingest"
	"github.com/parleyproject/parley/store/storetest"
)

// testIngest runs `parley ingest` with storetest.Coder in place of the
// pipeline.
func testIngest(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	c := ingestCommand{
		streams: streams{in: strings.NewReader(""), out: &out, err: &errOut},
		newCoder: func(*pipelineFlags) (ingest.CodeFunc, error) {
			c, err := storetest.NewCoder()
			if err != nil {
				return nil, err
			}
			return c.Code, nil
		},
	}
	cmd := c.command()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := Execute(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return out.String(), err
}

func ingestCorpus(t *testing.T, n int) (src, db string) {
	t.Helper()
	dir := t.TempDir()
	src, db = filepath.Join(dir, "news.jsonl"), filepath.Join(dir, "parley.db")
	var b bytes.Buffer
	if err := storetest.WriteJSONL(&b, 3, 0, n); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(src, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := testIngest(t, src, "--db", db, "--workers", "2")
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, "read "+strconv.Itoa(n)+" documents") || !strings.Contains(out, strconv.Itoa(n)+" stored") {
		t.Fatalf("summary:\n%s", out)
	}
	return src, db
}

func TestIngestAndExport(t *testing.T) {
	src, db := ingestCorpus(t, 30)

	// Idempotent.
	out, err := testIngest(t, src, "--db", db)
	if err != nil || !strings.Contains(out, "0 stored, 30 skipped") {
		t.Errorf("second ingest: %v\n%s", err, out)
	}

	jsonl, err := run(t, "export", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	all, err := run(t, "export", "--db", db, "--format", "jsonl", "--modality", "all")
	if err != nil {
		t.Fatal(err)
	}
	if n, m := strings.Count(jsonl, "\n"), strings.Count(all, "\n"); n == 0 || m <= n {
		t.Errorf("%d asserted events, %d in all", n, m)
	}
	gdelt, err := run(t, "export", "--db", db, "--format", "gdelt", "--root", "04")
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range strings.Split(strings.TrimSuffix(gdelt, "\n"), "\n") {
		f := strings.Split(row, "\t")
		if len(f) != 61 || f[28] != "04" || !strings.HasPrefix(f[26], "04") {
			t.Fatalf("gdelt row: %q", row)
		}
	}
	csvOut, err := run(t, "export", "--db", db, "--format", "csv", "--actor", "USA", "--from", "2023-03-01", "--to", "2023-09-30")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs[1:] {
		d := r[9]
		if (!strings.HasPrefix(r[20], "USA") && !strings.HasPrefix(r[28], "USA")) || d < "2023-03-01" || d > "2023-09-30" {
			t.Fatalf("row outside the filter: date %s, source %s, target %s", d, r[20], r[28])
		}
	}
	if len(recs) < 2 {
		t.Error("filter selects nothing")
	}

	pq := filepath.Join(t.TempDir(), "events.parquet")
	if _, err := run(t, "export", "--db", db, "--format", "parquet", "-o", pq); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(pq)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	pf, err := parquet.OpenFile(f, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	if int(pf.NumRows()) != strings.Count(jsonl, "\n") || len(pf.Schema().Fields()) != len(export.FlatColumns()) {
		t.Errorf("parquet: %d rows, %d columns", pf.NumRows(), len(pf.Schema().Fields()))
	}
	for _, format := range export.FormatNames() {
		if _, err := run(t, "export", "--db", db, "--format", format, "-o", filepath.Join(t.TempDir(), "x")); err != nil {
			t.Errorf("format %s: %v", format, err)
		}
	}
}

func TestIngestExportErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"ErrFormat", []string{"export", "--db", filepath.Join(dir, "x.db"), "--format", "xml"}, 2},
		{"ErrNoDatabase", []string{"export", "--db", filepath.Join(dir, "missing.db")}, 1},
		{"ErrQuadClass", []string{"export", "--db", filepath.Join(dir, "x.db"), "--quad-class", "7"}, 2},
		{"ErrDate", []string{"export", "--from", "yesterday"}, 2},
		{"ErrModality", []string{"export", "--modality", "maybe"}, 2},
		{"ErrFlag", []string{"ingest", "--no-such-flag", "x"}, 2},
		{"ErrNoSource", []string{"ingest"}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := run(t, c.args...)
			if err == nil {
				t.Fatal("no error")
			}
			if got := ExitCode(err); got != c.code {
				t.Errorf("exit code %d, want %d (%v)", got, c.code, err)
			}
		})
	}
	// A missing source: the others are read, the summary is printed, and
	// the exit status is 1.
	src, db := ingestCorpus(t, 3)
	out, err := testIngest(t, src, filepath.Join(dir, "nope.jsonl"), "--db", db)
	if err == nil || ExitCode(err) != 1 || !strings.Contains(out, "source failed 1") {
		t.Errorf("missing source: %v\n%s", err, out)
	}
}

// TestReadmeMainCommand runs the README's main command, ingest of the
// bundled example articles with the real pipeline, and checks its summary.
func TestReadmeMainCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "example.db")
	out, err := run(t, "ingest", filepath.Join("..", "..", "examples", "articles.jsonl"), "--db", db)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for _, want := range []string{"read 3 documents", "3 stored", "by quad class", "verbal cooperation", "material conflict", "top dyads", "USAGOV -> CHNGOV"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	// The quad-class counts add up to the total they announce.
	var total, sum int
	for _, line := range strings.Split(out, "\n") {
		if _, rest, ok := strings.Cut(line, "by quad class ("); ok {
			total, _ = strconv.Atoi(strings.TrimSuffix(rest, " in all):"))
			continue
		}
		f := strings.Fields(line)
		if len(f) == 3 && (f[1] == "cooperation" || f[1] == "conflict") {
			n, _ := strconv.Atoi(f[2])
			sum += n
		}
	}
	if total == 0 || sum != total {
		t.Errorf("quad classes add up to %d, total %d:\n%s", sum, total, out)
	}
	again, err := run(t, "ingest", filepath.Join("..", "..", "examples", "articles.jsonl"), "--db", db, "--no-summary")
	if err != nil || !strings.Contains(again, "0 stored, 3 skipped") || strings.Contains(again, "top dyads") {
		t.Errorf("second ingest: %v\n%s", err, again)
	}
}
