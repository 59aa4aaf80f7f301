package http

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the request
// duration histogram.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// metrics counts requests by route and status and their durations, and
// writes them in the Prometheus text format.
type metrics struct {
	start    time.Time
	inFlight atomic.Int64
	routes   map[string]*routeMetrics // fixed at construction
	names    []string
}

type routeMetrics struct {
	mu       sync.Mutex
	byStatus map[int]uint64
	buckets  []uint64 // cumulative counts are computed when written
	count    uint64
	sum      float64
}

func newMetrics(routes []string) *metrics {
	m := &metrics{start: time.Now(), routes: map[string]*routeMetrics{}}
	for _, r := range routes {
		m.routes[r] = &routeMetrics{byStatus: map[int]uint64{}, buckets: make([]uint64, len(latencyBuckets))}
		m.names = append(m.names, r)
	}
	slices.Sort(m.names)
	return m
}

// observe records one request to route.
func (m *metrics) observe(route string, status int, d time.Duration) {
	rm := m.routes[route]
	if rm == nil {
		rm = m.routes["other"]
	}
	sec := d.Seconds()
	rm.mu.Lock()
	rm.byStatus[status]++
	rm.count++
	rm.sum += sec
	if i, _ := slices.BinarySearch(latencyBuckets, sec); i < len(rm.buckets) {
		rm.buckets[i]++
	}
	rm.mu.Unlock()
}

// WriteTo writes the metrics in the Prometheus text exposition format.
func (m *metrics) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	fmt.Fprintln(cw, "# HELP parley_http_requests_total HTTP requests by route and status code.")
	fmt.Fprintln(cw, "# TYPE parley_http_requests_total counter")
	type snap struct {
		byStatus map[int]uint64
		buckets  []uint64
		count    uint64
		sum      float64
	}
	snaps := map[string]snap{}
	for _, name := range m.names {
		rm := m.routes[name]
		rm.mu.Lock()
		snaps[name] = snap{byStatus: maps(rm.byStatus), buckets: slices.Clone(rm.buckets), count: rm.count, sum: rm.sum}
		rm.mu.Unlock()
	}
	for _, name := range m.names {
		s := snaps[name]
		codes := make([]int, 0, len(s.byStatus))
		for c := range s.byStatus {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		for _, c := range codes {
			fmt.Fprintf(cw, "parley_http_requests_total{route=%s,code=\"%d\"} %d\n", label(name), c, s.byStatus[c])
		}
	}
	fmt.Fprintln(cw, "# HELP parley_http_request_duration_seconds Time to answer HTTP requests, by route.")
	fmt.Fprintln(cw, "# TYPE parley_http_request_duration_seconds histogram")
	for _, name := range m.names {
		s := snaps[name]
		var cum uint64
		for i, le := range latencyBuckets {
			cum += s.buckets[i]
			fmt.Fprintf(cw, "parley_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", label(name), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(cw, "parley_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(name), s.count)
		fmt.Fprintf(cw, "parley_http_request_duration_seconds_sum{route=%s} %g\n", label(name), s.sum)
		fmt.Fprintf(cw, "parley_http_request_duration_seconds_count{route=%s} %d\n", label(name), s.count)
	}
	fmt.Fprintln(cw, "# HELP parley_http_requests_in_flight API requests being answered.")
	fmt.Fprintln(cw, "# TYPE parley_http_requests_in_flight gauge")
	fmt.Fprintf(cw, "parley_http_requests_in_flight %d\n", m.inFlight.Load())

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(cw, "# HELP %s %s\n# TYPE %s gauge\n%s %g\n", name, help, name, name, v)
	}
	gauge("go_goroutines", "Number of goroutines that currently exist.", float64(runtime.NumGoroutine()))
	gauge("go_memstats_heap_alloc_bytes", "Bytes of allocated heap objects.", float64(ms.HeapAlloc))
	gauge("go_memstats_sys_bytes", "Bytes of memory obtained from the OS.", float64(ms.Sys))
	if rss, ok := residentBytes(); ok {
		gauge("process_resident_memory_bytes", "Resident memory size in bytes.", float64(rss))
	}
	gauge("process_uptime_seconds", "Seconds since the server started.", time.Since(m.start).Seconds())
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

func maps(m map[int]uint64) map[int]uint64 {
	out := make(map[int]uint64, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// label quotes a label value (route patterns hold no quote or backslash,
// but escape them anyway).
func label(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// residentBytes reads the process's resident set size from /proc (Linux
// only).
func residentBytes() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
