// Command loadtest sends a steady rate of dashboard-like API requests to a
// parley server on a loopback address for a bounded time, and reports
// errors, latency percentiles and the server's memory.
//
//	parley serve --db big.db --addr 127.0.0.1:8080 &
//	go run ./scripts/loadtest -url http://127.0.0.1:8080 -rate 500 -duration 60s -pid $!
//
// Latency is measured from when each request was due, not from when it was
// sent, so a stalled server cannot hide its queue (no coordinated
// omission). It exits with status 1 when a request failed or the p99 is
// over -max-p99.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run() error {
	base := flag.String("url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	rate := flag.Int("rate", 500, "requests per second")
	duration := flag.Duration("duration", 60*time.Second, "how long to send")
	pid := flag.Int("pid", 0, "server process id, to sample its resident memory")
	maxP99 := flag.Duration("max-p99", 100*time.Millisecond, "fail when the p99 latency is over this")
	timeout := flag.Duration("timeout", 10*time.Second, "time limit of one request")
	exclude := flag.String("exclude", "", "leave out the request paths that match this regular expression")
	flag.Parse()
	if *rate < 1 || *rate > 20000 || *duration <= 0 || *duration > 10*time.Minute {
		return errors.New("-rate must be 1..20000 and -duration at most 10m")
	}
	u, err := url.Parse(*base)
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	if !loopback(u.Hostname()) {
		return fmt.Errorf("-url %s: only loopback addresses may be loaded", *base)
	}
	client := &http.Client{Timeout: *timeout, Transport: &http.Transport{
		MaxIdleConns: 512, MaxIdleConnsPerHost: 512, IdleConnTimeout: time.Minute}}
	paths, err := requestMix(client, strings.TrimSuffix(*base, "/"))
	if err != nil {
		return err
	}
	if *exclude != "" {
		rx, err := regexp.Compile(*exclude)
		if err != nil {
			return fmt.Errorf("-exclude: %w", err)
		}
		paths = slices.DeleteFunc(paths, rx.MatchString)
		if len(paths) == 0 {
			return errors.New("-exclude leaves no request")
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), *duration+*timeout+5*time.Second)
	defer cancel()
	var rss rssSampler
	if *pid > 0 {
		go rss.run(ctx, *pid)
	}
	type result struct {
		latency time.Duration
		err     error
	}
	total := int(duration.Seconds() * float64(*rate))
	results := make([]result, total)
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4096) // bounds the requests outstanding
	rnd := rand.New(rand.NewPCG(1, 2))
	interval := time.Second / time.Duration(*rate)
	start := time.Now()
	for i := range total {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		path := paths[rnd.IntN(len(paths))]
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			return errors.New("time limit reached while sending")
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			err := get(ctx, client, *base+path)
			results[i] = result{time.Since(due), err}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	lat := make([]time.Duration, 0, total)
	errs := map[string]int{}
	nErr := 0
	for _, r := range results {
		lat = append(lat, r.latency)
		if r.err != nil {
			nErr++
			errs[r.err.Error()]++
		}
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	fmt.Printf("requests: %d in %.1fs (%.0f/s), errors: %d\n", total, elapsed.Seconds(), float64(total)/elapsed.Seconds(), nErr)
	fmt.Printf("latency: p50 %s  p90 %s  p99 %s  max %s\n", pct(0.50).Round(10*time.Microsecond),
		pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	if *pid > 0 {
		first, peak, last := rss.stats()
		fmt.Printf("server RSS: start %s  peak %s  end %s\n", mib(first), mib(peak), mib(last))
	}
	for e, n := range errs {
		fmt.Printf("  %d× %s\n", n, e)
	}
	if nErr > 0 || pct(0.99) > *maxP99 {
		return fmt.Errorf("failed: %d errors, p99 %s (limit %s)", nErr, pct(0.99), *maxP99)
	}
	return nil
}

func loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func get(ctx context.Context, c *http.Client, u string) error {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return err
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if _, err := io.Copy(io.Discard, res.Body); err != nil {
		return err
	}
	if res.StatusCode != 200 {
		return fmt.Errorf("status %d", res.StatusCode)
	}
	return nil
}

// requestMix returns the paths to request, weighted by repetition like the
// dashboard's use: time series of dyads, pages of events, single events,
// actors, and now and then the aggregate views.
func requestMix(c *http.Client, base string) ([]string, error) {
	var stats struct {
		Events int `json:"events"`
	}
	var page struct {
		Events []struct {
			EventID int64 `json:"event_id"`
		} `json:"events"`
	}
	var net struct {
		Edges []struct{ Source, Target string } `json:"edges"`
	}
	for _, q := range []struct {
		path string
		v    any
	}{{"/v1/stats", &stats}, {"/v1/events?limit=200", &page}, {"/v1/network?limit=20", &net}} {
		res, err := c.Get(base + q.path)
		if err != nil {
			return nil, err
		}
		err = json.NewDecoder(res.Body).Decode(q.v)
		res.Body.Close()
		if err != nil || res.StatusCode != 200 {
			return nil, fmt.Errorf("GET %s: status %d: %v", q.path, res.StatusCode, err)
		}
	}
	if stats.Events == 0 || len(page.Events) == 0 || len(net.Edges) == 0 {
		return nil, errors.New("the server's store has no events")
	}
	var paths []string
	add := func(weight int, p string) {
		for range weight {
			paths = append(paths, p)
		}
	}
	for i, e := range net.Edges {
		iv := []string{"day", "week", "month"}[i%3]
		add(3, fmt.Sprintf("/v1/series/dyad?source=actor:%s&target=actor:%s&interval=%s", e.Source, e.Target, iv))
		add(1, fmt.Sprintf("/v1/series/dyad?source=actor:%s&target=actor:%s&both=true&interval=week&normalize=true", e.Source, e.Target))
		add(2, fmt.Sprintf("/v1/events?limit=50&source_code=%s&target_code=%s", e.Source, e.Target))
		add(1, "/v1/actors/"+e.Source)
	}
	for _, c := range []string{"USA", "CHN", "RUS", "UKR", "FRA"} {
		add(2, fmt.Sprintf("/v1/series/dyad?source=country:%s&target=country:CHN&interval=week", c))
		add(2, "/v1/events?limit=50&country="+c)
	}
	for i, e := range page.Events {
		if i%4 == 0 {
			add(2, "/v1/events/"+strconv.FormatInt(e.EventID, 10))
		}
	}
	add(10, "/v1/events?limit=50")
	add(4, "/v1/events?limit=50&root=19")
	add(4, "/v1/events?limit=50&quad=1")
	add(4, "/v1/actors?q=go")
	add(2, "/v1/stats")
	add(2, "/v1/network?limit=60&from=2023-10-01&to=2023-12-29")
	add(2, "/healthz")
	return paths, nil
}

// rssSampler reads a process's resident memory every 100 ms.
type rssSampler struct {
	mu                sync.Mutex
	first, peak, last int64
}

func (s *rssSampler) run(ctx context.Context, pid int) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid)); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
					kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
					s.mu.Lock()
					if s.first == 0 {
						s.first = kb << 10
					}
					s.peak = max(s.peak, kb<<10)
					s.last = kb << 10
					s.mu.Unlock()
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *rssSampler) stats() (first, peak, last int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.first, s.peak, s.last
}

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }
