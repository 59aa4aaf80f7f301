package http_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	parleyhttp "github.com/parleyproject/parley/http"
	"github.com/parleyproject/parley/store"
)

// chromium returns the path of a Chromium to drive, or skips the test:
// $PARLEY_CHROMIUM, else chromium (Debian's package) on the PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PARLEY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("browser test skipped: no chromium on the PATH (apt-get install chromium, or set PARLEY_CHROMIUM)")
	return ""
}

// browser starts a headless Chromium with a fresh profile and no network
// chatter, and returns a context that drives one tab.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1100),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTime()
		cancelTab()
		cancelAlloc()
	})
	return ctx
}

// artifactDir is where screenshots are kept: $PARLEY_ARTIFACTS, else
// testdata/artifacts (ignored by git).
func artifactDir(t *testing.T) string {
	dir := os.Getenv("PARLEY_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// run runs one action and fails the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// TestDashboardDyad loads the dashboard on the example articles coded by the
// real pipeline, chooses the USA–CHN dyad in the pickers, checks that the
// chart and its table show the numbers of the API and of the store, opens
// the events behind a week and then one event, and checks its highlighted
// sentence.
func TestDashboardDyad(t *testing.T) {
	ctx := browser(t)
	db := openDB(t, exampleDocs(t))
	_, ts := newServer(t, db, parleyhttp.Options{})

	// The truth, from the store: asserted events from a USA actor to a
	// CHN actor, by ISO week.
	weeks := map[string]int{}
	err := db.ScanEvents(context.Background(), store.EventFilter{}, func(r *store.EventRecord) error {
		e := &r.Event
		if e.Source != nil && e.Target != nil && e.Source.Country == "USA" && e.Target.Country == "CHN" {
			d := store.EventDay(e, r.Doc.Date)
			weeks[d.AddDate(0, 0, -((int(d.Weekday())+6)%7)).Format(time.DateOnly)]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(weeks) == 0 {
		t.Fatal("the example articles give no USA–CHN event")
	}
	var api series
	getJSON(t, ts.URL+"/v1/series/dyad?source=country:USA&target=country:CHN&interval=week", 200, &api)

	type row map[string]string
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="true"]`)),
		chromedp.SendKeys(chromedp.ID("dyad-source"), "country:USA"),
		chromedp.SendKeys(chromedp.ID("dyad-target"), "country:CHN"),
		chromedp.Click(chromedp.ID("dyad-show")),
		chromedp.WaitVisible(chromedp.CSS(`#dyad-table tbody tr`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	rows := run(t, ctx, chromedp.Evaluate[[]row](`[...document.querySelectorAll("#dyad-table tbody tr")].map(r =>
		Object.fromEntries([["start", r.cells[0].textContent], ...[...r.cells].filter(c => c.dataset.k).map(c => [c.dataset.k, c.textContent])]))`))
	chartAttr := run(t, ctx, chromedp.AttributeValue(chromedp.ID("dyad-chart"), "data-series"))
	chartData, ok := chartAttr.Value, chartAttr.Exists
	if len(rows) != len(api.Points) || len(rows) != len(weeks) {
		t.Fatalf("table has %d rows, API %d points, store %d weeks", len(rows), len(api.Points), len(weeks))
	}
	var chart struct {
		Labels []string `json:"labels"`
		Counts []int    `json:"counts"`
		Quad   [][]int  `json:"quad"`
	}
	if !ok || json.Unmarshal([]byte(chartData), &chart) != nil || len(chart.Counts) != len(rows) {
		t.Fatalf("chart data %q", chartData)
	}
	for i, p := range api.Points {
		r := rows[i]
		want := map[string]string{
			"start": p.Start, "events": strconv.Itoa(p.Events),
			"verbal_cooperation": fmt.Sprint(p.Quad.VerbalCooperation), "material_cooperation": fmt.Sprint(p.Quad.MaterialCooperation),
			"verbal_conflict": fmt.Sprint(p.Quad.VerbalConflict), "material_conflict": fmt.Sprint(p.Quad.MaterialConflict),
			"goldstein_mean": fmt.Sprintf("%.2f", p.GoldsteinMean), "mean_tone": fmt.Sprintf("%.2f", p.MeanTone),
		}
		if p.GoldsteinMean == float64(int(p.GoldsteinMean)) {
			want["goldstein_mean"] = strconv.Itoa(int(p.GoldsteinMean))
		}
		for k, v := range want {
			if r[k] != v {
				t.Errorf("row %d %s: dashboard shows %q, API says %q", i, k, r[k], v)
			}
		}
		if p.Events != weeks[p.Start] {
			t.Errorf("week %s: API says %d events, store has %d", p.Start, p.Events, weeks[p.Start])
		}
		if chart.Labels[i] != p.Start || chart.Counts[i] != p.Events {
			t.Errorf("chart point %d: %s %d, want %s %d", i, chart.Labels[i], chart.Counts[i], p.Start, p.Events)
		}
		quads := []float64{p.Quad.VerbalCooperation, p.Quad.MaterialCooperation, p.Quad.VerbalConflict, p.Quad.MaterialConflict}
		for q := range 4 {
			if float64(chart.Quad[q][i]) != quads[q] {
				t.Errorf("chart point %d quad %d: %d, want %v", i, q+1, chart.Quad[q][i], quads[q])
			}
		}
	}

	// The events behind the first week, then the first of them.
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#dyad-table tbody tr:first-child`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="bucket-events"] tbody tr`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	listed := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="bucket-events"] tbody tr').length`))
	first := run(t, ctx, chromedp.AttributeValue(chromedp.CSS(`[data-testid="bucket-events"] tbody tr:first-child`), "data-event-id")).Value
	if listed != api.Points[0].Events {
		t.Errorf("%d events listed behind the first week, want %d", listed, api.Points[0].Events)
	}
	var detail struct {
		apiEvent
		Highlight []struct{ Text, Role string } `json:"highlight"`
	}
	getJSON(t, ts.URL+"/v1/events/"+url.PathEscape(first), 200, &detail)
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[data-testid="bucket-events"] tbody tr:first-child`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="event-sentence"] mark.hl-verb`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	marks := run(t, ctx, chromedp.Evaluate[map[string]string](`Object.fromEntries([...document.querySelectorAll('[data-testid="event-sentence"] mark')].map(m => [m.dataset.role, m.textContent]))`))
	sentence := run(t, ctx, chromedp.TextContent(chromedp.CSS(`[data-testid="event-sentence"]`)))
	rule := run(t, ctx, chromedp.TextContent(chromedp.CSS(`[data-testid="event-rule"]`)))
	ev := detail.Event
	if marks["source"] != ev.Source.Text || marks["verb"] != ev.Evidence.Verb.Text || marks["target"] != ev.Target.Text {
		t.Errorf("highlighted %v, want source %q verb %q target %q", marks, ev.Source.Text, ev.Evidence.Verb.Text, ev.Target.Text)
	}
	if strings.TrimSpace(sentence) != ev.Sentence || strings.TrimSpace(rule) != ev.Evidence.Rule {
		t.Errorf("sentence %q rule %q, want %q %q", sentence, rule, ev.Sentence, ev.Evidence.Rule)
	}
	screenshot(t, ctx, "dashboard-dyad-usa-chn.png")
}

// TestDashboardHostile opens the hostile article's event in the event table
// and checks that none of its markup ran or became elements, and that its
// javascript: URL is not a link.
func TestDashboardHostile(t *testing.T) {
	ctx := browser(t)
	db := openDB(t, fakeDocs(t, 30))
	_, ts := newServer(t, db, parleyhttp.Options{})
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#events"),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="true"]`)),
		chromedp.SetValue(chromedp.CSS(`#events-form input[name="q"]`), "script"),
		chromedp.Click(chromedp.CSS(`#events-form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#events-list tbody tr`)),
		chromedp.Click(chromedp.CSS(`#events-list tbody tr:first-child`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="event-sentence"] mark.hl-verb`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="event-quote"]`)),
		// Hover over everything, in case an injected handler waits.
		chromedp.Evaluate[chromedp.Void](`for (const n of document.querySelectorAll("#panel *, #events-list *")) {
			n.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
		}`),
		chromedp.Sleep(200*time.Millisecond),
	)
	if err != nil {
		t.Fatal(err)
	}
	sentence := run(t, ctx, chromedp.TextContent(chromedp.CSS(`[data-testid="event-sentence"]`)))
	article := run(t, ctx, chromedp.TextContent(chromedp.CSS(`[data-testid="event-article"]`)))
	pwned := run(t, ctx, chromedp.Evaluate[int](`window.__pwned === undefined ? 0 : 1`))
	injected := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("img, iframe, object, embed, [onerror], [onmouseover], [onclick]").length +
		document.querySelectorAll("script").length - 1`))
	jsLinks := run(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll("a[href]")].filter(a => !/^(https?:|#)/.test(a.getAttribute("href"))).length`))
	if pwned != 0 || injected != 0 || jsLinks != 0 {
		t.Errorf("hostile content ran or was injected: pwned %d, injected elements %d, unsafe links %d", pwned, injected, jsLinks)
	}
	if !strings.Contains(sentence, hostileScript) || !strings.Contains(sentence, hostileImg) {
		t.Errorf("sentence shown %q: want the markup as text", sentence)
	}
	if !strings.Contains(article, "Title "+hostileScript) {
		t.Errorf("article shown %q: want the title as text", article)
	}
	screenshot(t, ctx, "dashboard-hostile.png")
}

// TestDashboardViews draws the actor network and the map on generated
// articles and checks that they show what the API returns.
func TestDashboardViews(t *testing.T) {
	ctx := browser(t)
	db := openDB(t, fakeDocs(t, 200))
	_, ts := newServer(t, db, parleyhttp.Options{})
	var stats struct {
		LastDay string `json:"last_day"`
	}
	getJSON(t, ts.URL+"/v1/stats", 200, &stats)
	last, err := time.Parse(time.DateOnly, stats.LastDay)
	if err != nil {
		t.Fatal(err)
	}
	// The views default to the last 90 days of data.
	rng := "from=" + last.AddDate(0, 0, -89).Format(time.DateOnly) + "&to=" + stats.LastDay
	var network struct {
		Nodes []struct{ Code string }   `json:"nodes"`
		Edges []struct{ Source string } `json:"edges"`
	}
	getJSON(t, ts.URL+"/v1/network?limit=60&"+rng, 200, &network)
	var points struct {
		Points []struct{ Name string } `json:"points"`
	}
	getJSON(t, ts.URL+"/v1/map?"+rng, 200, &points)
	if len(network.Nodes) < 3 || len(points.Points) < 3 {
		t.Fatalf("too little to draw: %d nodes, %d points", len(network.Nodes), len(points.Points))
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#network"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="network-svg"] circle.node`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	nodes := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="network-svg"] circle.node').length`))
	lines := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="network-svg"] line').length`))
	if nodes != len(network.Nodes) || lines > len(network.Edges) || lines == 0 {
		t.Errorf("network: %d nodes and %d lines drawn, API has %d nodes and %d edges", nodes, lines, len(network.Nodes), len(network.Edges))
	}
	screenshot(t, ctx, "dashboard-network.png")
	// Clicking an actor opens its profile.
	err = chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-testid="network-svg"] circle.node').dispatchEvent(new MouseEvent("click", {bubbles: true}))`),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="actor-code"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if code := run(t, ctx, chromedp.TextContent(chromedp.CSS(`[data-testid="actor-code"]`))); code != network.Nodes[0].Code {
		t.Errorf("profile of %q, want %q", code, network.Nodes[0].Code)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/#map"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="map-svg"] circle.point`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="map-svg"] circle.point').length`)); n != len(points.Points) {
		t.Errorf("map: %d points drawn, API has %d", n, len(points.Points))
	}
	screenshot(t, ctx, "dashboard-map.png")
}
