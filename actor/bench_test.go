package actor

import (
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the process's user+system CPU time, which, unlike wall
// time, does not grow when other jobs share the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var benchSentences = []string{
	"Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the State Department said.",
	"The two sides agreed to keep talking, and he said China's foreign ministry would follow up with Washington.",
	"Hungarian and Romanian officials joined Ukrainian President Volodymyr Zelensky at the summit in Kyiv.",
	"Iraqi police arrested three suspected Islamic State militants near Mosul, a security official told AFP.",
	"The Kremlin rejected the accusations, saying Russian troops had not fired on civilians in the Donetsk region.",
	"UN Secretary-General Antonio Guterres called for restraint as Israeli warplanes struck targets in Gaza.",
	"Protesters gathered outside parliament while the opposition leader demanded new elections.",
	"The minister said the government would not negotiate with Hamas or with Hezbollah fighters in Lebanon.",
}

// BenchmarkLoad measures loading the embedded dictionaries (target: well
// under 0.3 s and 100 MB).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Load(Embedded()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := Load(Embedded())
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-heap")
	runtime.KeepAlive(d)
}

// BenchmarkResolve measures resolution per token (target: well under
// 5 µs/token).
func BenchmarkResolve(b *testing.B) {
	d := testDict(b)
	var sents []string
	for range 8 {
		sents = append(sents, benchSentences...)
	}
	doc := testDoc(b, "2023-06-19", sents...)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d.Resolve(doc)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(doc.Tokens)), "ns/token")
}

func TestBenchSentencesResolve(t *testing.T) {
	d := testDict(t)
	doc := testDoc(t, "2023-06-19", benchSentences...)
	ms := d.Resolve(doc)
	if len(ms) < 20 {
		t.Errorf("only %d mentions: %s", len(ms), describe(doc, ms))
	}
	t.Log(strings.ReplaceAll(describe(doc, ms), "; ", "\n"))
}
