package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const evalGold = "# newpar id = p1\n" +
	"1\tDon't\tdo\tAUX\tVBP\t_\t2\taux\t_\t_\n" +
	"2\tgo\tgo\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n" +
	"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
	"1\tStop\tstop\tVERB\tVB\tVerbForm=Inf\t0\troot\t_\tSpaceAfter=No\n" +
	"2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"

func writeFile(t *testing.T, name, content string, zip bool) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	data := []byte(content)
	if zip {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		data = b.Bytes()
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCLI(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := Execute(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestEvalParse(t *testing.T) {
	gold := writeFile(t, "gold.conllu.gz", evalGold, true)
	system := writeFile(t, "sys.conllu", strings.Replace(evalGold, "2\taux", "3\taux", 1), false)

	t.Run("OK", func(t *testing.T) {
		out, _, err := runCLI(t, "", "eval-parse", gold, system)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Tokens     |    100.00 |", "UAS        |     80.00 |     80.00 |     80.00 |     80.00"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("Stdin", func(t *testing.T) {
		out, _, err := runCLI(t, evalGold, "eval-parse", gold, "-")
		if err != nil || !strings.Contains(out, "LAS        |    100.00") {
			t.Errorf("error %v, output:\n%s", err, out)
		}
	})
	t.Run("PrintText", func(t *testing.T) {
		out, _, err := runCLI(t, "", "eval-parse", "--print-text", gold)
		if err != nil || out != "Don't go. Stop!\n" {
			t.Errorf("error %v, output %q", err, out)
		}
	})
	t.Run("Segment", func(t *testing.T) {
		out, _, err := runCLI(t, "", "eval-parse", "--segment", gold)
		if err != nil || !strings.Contains(out, "Sentences  |    100.00 |    100.00 |    100.00 |") || strings.Contains(out, "UAS") {
			t.Errorf("error %v, output:\n%s", err, out)
		}
	})
	t.Run("ErrArgs", func(t *testing.T) {
		_, _, err := runCLI(t, "", "eval-parse", gold)
		if err == nil || ExitCode(err) != 2 {
			t.Errorf("error %v (exit %d), want a usage error", err, ExitCode(err))
		}
	})
	t.Run("ErrMissingFile", func(t *testing.T) {
		_, _, err := runCLI(t, "", "eval-parse", gold, filepath.Join(t.TempDir(), "none"))
		if err == nil || ExitCode(err) != 1 || !strings.Contains(err.Error(), "read CoNLL-U") {
			t.Errorf("error %v", err)
		}
	})
	t.Run("ErrText", func(t *testing.T) {
		other := writeFile(t, "other.conllu", strings.Replace(evalGold, "Stop", "Halt", 1), false)
		_, _, err := runCLI(t, "", "eval-parse", gold, other)
		if err == nil || !strings.Contains(err.Error(), "do not spell the gold text") {
			t.Errorf("error %v", err)
		}
	})
}
