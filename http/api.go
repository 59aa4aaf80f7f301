package http

import (
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/parleyproject/parley/export"
	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/text"
)

// openAPI is the OpenAPI description of /v1, served as it is.
//
//go:embed openapi.json
var openAPI []byte

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) error {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	_, err := w.Write(openAPI)
	return err
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Cache-Control", "no-store")
	if _, _, err := s.opts.Store.EventDays(ctx); err != nil {
		s.opts.Log.Error("health check", "err", err)
		return &apiError{status: http.StatusServiceUnavailable, code: "unavailable", msg: "store unavailable"}
	}
	return s.writeJSON(w, r, map[string]string{"status": "ok"})
}

type statsResponse struct {
	Documents int     `json:"documents"`
	Sentences int     `json:"sentences"`
	Events    int     `json:"events"`
	Clusters  int     `json:"clusters"`
	Quotes    int     `json:"quotes"`
	Places    int     `json:"places"`
	Actors    int     `json:"actors"`
	FirstDay  *string `json:"first_day"`
	LastDay   *string `json:"last_day"`
}

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) error {
	v, err := s.cached(r.Context(), "stats", func(ctx context.Context) (any, error) {
		st, err := s.opts.Store.Stats(ctx)
		if err != nil {
			return nil, err
		}
		first, last, err := s.opts.Store.EventDays(ctx)
		if err != nil {
			return nil, err
		}
		return statsResponse{Documents: st.Documents, Sentences: st.Sentences, Events: st.Events, Clusters: st.Clusters,
			Quotes: st.Quotes, Places: st.Places, Actors: st.Actors, FirstDay: dayOrNull(first), LastDay: dayOrNull(last)}, nil
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, v)
}

type eventsResponse struct {
	Events []apiEvent `json:"events"`
	Next   string     `json:"next"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	q := store.EventSearch{Filter: p.eventFilter(), Source: p.side("source", false), Target: p.side("target", false),
		Both: p.boolean("both"), Text: p.str("q")}
	page := p.page()
	if p.err != nil {
		return p.err
	}
	if err := q.Validate(); err != nil {
		return badRequest("%v", err)
	}
	res, err := s.opts.Store.SearchEvents(r.Context(), q, page)
	if err != nil {
		return err
	}
	evs, err := eventsOf(res.Events)
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, eventsResponse{Events: evs, Next: res.Next})
}

type eventResponse struct {
	apiEvent
	SentenceSpan text.Span `json:"sentence_span"`
	Highlight    []segment `json:"highlight"`
	Quote        *apiQuote `json:"quote"`
}

func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("id %q: want a positive number", s)
	}
	return id, nil
}

func (s *Server) handleEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	d, err := s.opts.Store.Event(r.Context(), id)
	if err != nil {
		return err
	}
	ev, err := eventOf(&d.EventRecord)
	if err != nil {
		return err
	}
	res := eventResponse{apiEvent: ev, SentenceSpan: text.Span{Start: d.SentenceSpan[0], End: d.SentenceSpan[1]},
		Highlight: highlight(&d.Event, d.SentenceSpan)}
	if d.Quote != nil {
		q := quoteOf(&d.Quote.Quote, d.Doc.Key)
		q.QuoteID = d.Quote.ID
		res.Quote = &q
	}
	return s.writeJSON(w, r, res)
}

type apiCluster struct {
	ClusterID      int64    `json:"cluster_id"`
	Source         string   `json:"source"`
	Target         string   `json:"target"`
	Code           string   `json:"code"`
	Day            *string  `json:"day"`
	Root           string   `json:"root"`
	QuadClass      int      `json:"quad_class"`
	Goldstein      float64  `json:"goldstein"`
	NumMentions    int      `json:"num_mentions"`
	NumArticles    int      `json:"num_articles"`
	NumSources     int      `json:"num_sources"`
	FirstSeen      *string  `json:"first_seen"`
	LastSeen       *string  `json:"last_seen"`
	AvgTone        float64  `json:"avg_tone"`
	Representative apiEvent `json:"representative"`
}

func (s *Server) handleClusters(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	f, page := p.eventFilter(), p.page()
	if p.err != nil {
		return p.err
	}
	res, err := s.opts.Store.Clusters(r.Context(), f, page)
	if err != nil {
		return err
	}
	out := struct {
		Clusters []apiCluster `json:"clusters"`
		Next     string       `json:"next"`
	}{Clusters: make([]apiCluster, 0, len(res.Clusters)), Next: res.Next}
	for i := range res.Clusters {
		c := &res.Clusters[i]
		rep, err := eventOf(&c.Rep)
		if err != nil {
			return err
		}
		out.Clusters = append(out.Clusters, apiCluster{ClusterID: c.ID, Source: c.Key.Source, Target: c.Key.Target,
			Code: c.Key.Code, Day: dayOrNull(c.Key.Day), Root: c.Root, QuadClass: c.QuadClass, Goldstein: c.Goldstein,
			NumMentions: c.NumMentions, NumArticles: c.NumArticles, NumSources: c.NumSources,
			FirstSeen: timeOrNull(c.FirstSeen), LastSeen: timeOrNull(c.LastSeen), AvgTone: c.AvgTone, Representative: rep})
	}
	return s.writeJSON(w, r, out)
}

// quadCounts are counts by QuadClass, GDELT's mapping of CAMEO roots.
type quadCounts struct {
	VerbalCooperation   int `json:"verbal_cooperation"`
	MaterialCooperation int `json:"material_cooperation"`
	VerbalConflict      int `json:"verbal_conflict"`
	MaterialConflict    int `json:"material_conflict"`
}

func quadsOf(q [5]int) quadCounts { return quadCounts{q[1], q[2], q[3], q[4]} }

type quadShares struct {
	VerbalCooperation   float64 `json:"verbal_cooperation"`
	MaterialCooperation float64 `json:"material_cooperation"`
	VerbalConflict      float64 `json:"verbal_conflict"`
	MaterialConflict    float64 `json:"material_conflict"`
}

type apiSide struct {
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
}

type seriesPoint struct {
	// Start is the first day of the bucket; From and To the days of the
	// bucket inside the query's range, to list the events behind it.
	Start         *string    `json:"start"`
	From          *string    `json:"from"`
	To            *string    `json:"to"`
	Events        int        `json:"events"`
	Quad          quadCounts `json:"quad"`
	GoldsteinSum  float64    `json:"goldstein_sum"`
	GoldsteinMean float64    `json:"goldstein_mean"`
	MeanTone      float64    `json:"mean_tone"`
	// Set when normalised: all events in the bucket, and the shares of
	// the dyad's events in them.
	TotalEvents *int        `json:"total_events,omitempty"`
	Share       *float64    `json:"share,omitempty"`
	QuadShare   *quadShares `json:"quad_share,omitempty"`
}

type seriesResponse struct {
	Source     apiSide       `json:"source"`
	Target     apiSide       `json:"target"`
	Both       bool          `json:"both"`
	Interval   string        `json:"interval"`
	From       *string       `json:"from"`
	To         *string       `json:"to"`
	Modality   []string      `json:"modality"`
	QuadClass  string        `json:"quad_class_mapping"`
	Normalized bool          `json:"normalized"`
	Points     []seriesPoint `json:"points"`
}

func (s *Server) handleDyadSeries(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	q := store.SeriesQuery{Source: p.side("source", true), Target: p.side("target", true), Both: p.boolean("both"),
		From: p.day("from"), To: p.day("to"), Interval: p.interval(), Modalities: p.modalities()}
	normalize := p.boolean("normalize")
	if p.err != nil {
		return p.err
	}
	if err := (store.EventFilter{From: q.From, To: q.To, Modalities: q.Modalities}).Validate(); err != nil {
		return badRequest("%v", err)
	}
	pts, err := s.opts.Store.DyadSeries(r.Context(), q)
	if err != nil {
		return err
	}
	var totals map[time.Time]store.SeriesPoint
	if normalize {
		vq := q
		vq.Source, vq.Target, vq.Both = store.ActorMatch{}, store.ActorMatch{}, false
		v, err := s.cached(r.Context(), fmt.Sprintf("volume %v %v %s %v", vq.From, vq.To, vq.Interval, vq.Modalities),
			func(ctx context.Context) (any, error) { return s.opts.Store.VolumeSeries(ctx, vq) })
		if err != nil {
			return err
		}
		totals = map[time.Time]store.SeriesPoint{}
		for _, t := range v.([]store.SeriesPoint) {
			totals[t.Start] = t
		}
	}
	res := seriesResponse{Source: apiSide(q.Source), Target: apiSide(q.Target), Both: q.Both, Interval: string(q.Interval),
		From: dayOrNull(q.From), To: dayOrNull(q.To), QuadClass: "GDELT: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict",
		Normalized: normalize, Points: make([]seriesPoint, 0, len(pts))}
	for _, m := range store.ModalitiesOrDefault(q.Modalities) {
		res.Modality = append(res.Modality, string(m))
	}
	for _, pt := range pts {
		sp := seriesPoint{Start: dayOrNull(pt.Start), Events: pt.Events, Quad: quadsOf(pt.Quad),
			GoldsteinSum: pt.GoldsteinSum, GoldsteinMean: pt.GoldsteinMean, MeanTone: pt.MeanTone}
		if !pt.Start.IsZero() {
			from, to := pt.Start, bucketEnd(pt.Start, q.Interval)
			if !q.From.IsZero() && from.Before(q.From) {
				from = q.From
			}
			if !q.To.IsZero() && to.After(q.To) {
				to = q.To
			}
			sp.From, sp.To = dayOrNull(from), dayOrNull(to)
		}
		if normalize {
			total := totals[pt.Start].Events
			sp.TotalEvents = &total
			if total > 0 {
				share := float64(pt.Events) / float64(total)
				n := float64(total)
				sp.Share = &share
				sp.QuadShare = &quadShares{float64(pt.Quad[1]) / n, float64(pt.Quad[2]) / n,
					float64(pt.Quad[3]) / n, float64(pt.Quad[4]) / n}
			}
		}
		res.Points = append(res.Points, sp)
	}
	return s.writeJSON(w, r, res)
}

// bucketEnd returns the last day of the bucket that starts on start.
func bucketEnd(start time.Time, iv store.Interval) time.Time {
	switch iv {
	case store.Week:
		return start.AddDate(0, 0, 6)
	case store.Month:
		return start.AddDate(0, 1, -1)
	}
	return start
}

type apiActor struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Kind    string   `json:"kind"`
	Sectors []string `json:"sectors"`
	Events  int      `json:"events"`
}

func actorOf(a *store.ActorSummary) apiActor {
	sec := a.Sectors
	if sec == nil {
		sec = []string{}
	}
	return apiActor{Code: a.Code, Name: a.Name, Country: a.Country, Kind: string(a.Kind), Sectors: sec, Events: a.Events}
}

type apiCount struct {
	Value  string `json:"value"`
	Events int    `json:"events"`
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	query, limit := p.str("q"), p.integer("limit", 1, store.MaxLimit)
	if p.err != nil {
		return p.err
	}
	if limit == 0 {
		limit = 20
	}
	as, err := s.opts.Store.SearchActors(r.Context(), query, limit)
	if err != nil {
		return err
	}
	out := struct {
		Actors    []apiActor `json:"actors"`
		Countries []apiCount `json:"countries"`
	}{Actors: make([]apiActor, 0, len(as)), Countries: []apiCount{}}
	byCountry := map[string]int{}
	var order []string
	for i := range as {
		out.Actors = append(out.Actors, actorOf(&as[i]))
		if c := as[i].Country; c != "" {
			if _, ok := byCountry[c]; !ok {
				order = append(order, c)
			}
			byCountry[c] += as[i].Events
		}
	}
	for _, c := range order {
		out.Countries = append(out.Countries, apiCount{Value: c, Events: byCountry[c]})
	}
	return s.writeJSON(w, r, out)
}

type actorResponse struct {
	Code      string     `json:"code"`
	Names     []apiActor `json:"names"`
	AsSource  quadTotal  `json:"as_source"`
	AsTarget  quadTotal  `json:"as_target"`
	FirstSeen *string    `json:"first_seen"`
	LastSeen  *string    `json:"last_seen"`
	Targets   []apiCount `json:"targets"`
	Sources   []apiCount `json:"sources"`
	Quotes    int        `json:"quotes"`
	Recent    []apiEvent `json:"recent_events"`
	Said      []apiQuote `json:"recent_quotes"`
}

type quadTotal struct {
	Events int        `json:"events"`
	Quad   quadCounts `json:"quad"`
}

func counts(cs []store.Count) []apiCount {
	out := make([]apiCount, 0, len(cs))
	for _, c := range cs {
		out = append(out, apiCount{Value: c.Value, Events: c.N})
	}
	return out
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) error {
	code := strings.ToUpper(r.PathValue("code"))
	if code == "" || len(code) > 64 || strings.ContainsAny(code, "%_ ") {
		return badRequest("actor code %q: want letters and digits", code)
	}
	ctx := r.Context()
	// A profile aggregates all the actor's events: an aggregate to keep.
	v, err := s.cached(ctx, "profile "+code, func(ctx context.Context) (any, error) {
		return s.opts.Store.ActorProfile(ctx, code)
	})
	if err != nil {
		return err
	}
	prof := v.(*store.ActorProfile)
	recent, err := s.opts.Store.SearchEvents(ctx, store.EventSearch{Filter: store.EventFilter{Actor: code}}, store.Page{Limit: 10})
	if err != nil {
		return err
	}
	evs, err := eventsOf(recent.Events)
	if err != nil {
		return err
	}
	quotes, err := s.opts.Store.Quotes(ctx, store.QuoteFilter{SpeakerCode: code}, store.Page{Limit: 5})
	if err != nil {
		return err
	}
	res := actorResponse{Code: prof.Code, Names: make([]apiActor, 0, len(prof.Names)),
		AsSource:  quadTotal{prof.AsSource[0], quadsOf(prof.AsSource)},
		AsTarget:  quadTotal{prof.AsTarget[0], quadsOf(prof.AsTarget)},
		FirstSeen: dayOrNull(prof.FirstSeen), LastSeen: dayOrNull(prof.LastSeen),
		Targets: counts(prof.Targets), Sources: counts(prof.Sources), Quotes: prof.Quotes,
		Recent: evs, Said: quotesOf(quotes.Quotes)}
	for i := range prof.Names {
		res.Names = append(res.Names, actorOf(&prof.Names[i]))
	}
	return s.writeJSON(w, r, res)
}

func quotesOf(qs []store.QuoteRecord) []apiQuote {
	out := make([]apiQuote, 0, len(qs))
	for i := range qs {
		q := quoteOf(&qs[i].Quote, qs[i].Doc.Key)
		q.QuoteID = qs[i].ID
		m := docMeta(&qs[i].Doc)
		q.Document = &m
		out = append(out, q)
	}
	return out
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	f := store.QuoteFilter{SpeakerCode: p.code("speaker"), SpeakerName: p.str("name"), Direct: p.optBool("direct"), DocID: p.id("doc")}
	page := p.page()
	if p.err != nil {
		return p.err
	}
	res, err := s.opts.Store.Quotes(r.Context(), f, page)
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, struct {
		Quotes []apiQuote `json:"quotes"`
		Next   string     `json:"next"`
	}{quotesOf(res.Quotes), res.Next})
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	f := store.DocumentFilter{From: p.day("from"), To: p.day("to"), Outlet: p.str("outlet")}
	page := p.page()
	if p.err != nil {
		return p.err
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return badRequest("to: before from")
	}
	res, err := s.opts.Store.Documents(r.Context(), f, page)
	if err != nil {
		return err
	}
	out := struct {
		Documents []apiDocMeta `json:"documents"`
		Next      string       `json:"next"`
	}{Documents: make([]apiDocMeta, 0, len(res.Documents)), Next: res.Next}
	for i := range res.Documents {
		out.Documents = append(out.Documents, docMeta(&res.Documents[i]))
	}
	return s.writeJSON(w, r, out)
}

type apiSentence struct {
	Index          int       `json:"index"`
	Span           text.Span `json:"span"`
	ParagraphStart bool      `json:"paragraph_start"`
	Text           string    `json:"text"`
	// Events are the indexes in the document's events of those coded in
	// the sentence.
	Events []int `json:"events"`
}

type apiPlace struct {
	Text       string    `json:"text"`
	Span       text.Span `json:"span"`
	Name       string    `json:"name"`
	Country    string    `json:"country"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	GeoNamesID int       `json:"geonames_id"`
}

type documentResponse struct {
	Document  apiDocMeta    `json:"document"`
	Text      string        `json:"text"`
	Sentences []apiSentence `json:"sentences"`
	Events    []apiEvent    `json:"events"`
	Quotes    []apiQuote    `json:"quotes"`
	Places    []apiPlace    `json:"places"`
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	sd, err := s.opts.Store.Document(r.Context(), id)
	if err != nil {
		return err
	}
	doc := sd.Document
	res := documentResponse{Document: docMeta(&sd.Meta), Text: doc.Text, Sentences: make([]apiSentence, 0, len(doc.Sentences)),
		Events: make([]apiEvent, 0, len(doc.Events)), Quotes: make([]apiQuote, 0, len(doc.Quotes)), Places: []apiPlace{}}
	for i, st := range doc.Sentences {
		as := apiSentence{Index: i, Span: st.Span, ParagraphStart: st.ParagraphStart, Events: []int{}}
		if 0 <= st.Span.Start && st.Span.Start <= st.Span.End && st.Span.End <= len(doc.Text) {
			as.Text = doc.Text[st.Span.Start:st.Span.End]
		}
		res.Sentences = append(res.Sentences, as)
	}
	for i := range doc.Events {
		rec := store.EventRecord{Index: i, Event: doc.Events[i], Doc: sd.Meta}
		if i < len(sd.EventIDs) {
			rec.ID, rec.ClusterID = sd.EventIDs[i], sd.ClusterIDs[i]
		}
		ev, err := eventOf(&rec)
		if err != nil {
			return err
		}
		res.Events = append(res.Events, ev)
		if si := doc.Events[i].Sentence; si >= 0 && si < len(res.Sentences) {
			res.Sentences[si].Events = append(res.Sentences[si].Events, i)
		}
	}
	for i := range doc.Quotes {
		res.Quotes = append(res.Quotes, quoteOf(&doc.Quotes[i], sd.Meta.Key))
	}
	for _, pl := range doc.Places {
		res.Places = append(res.Places, apiPlace{Text: pl.Text, Span: pl.Span, Name: pl.Name, Country: pl.Country,
			Lat: pl.Lat, Lon: pl.Lon, GeoNamesID: pl.GeoNamesID})
	}
	return s.writeJSON(w, r, res)
}

type apiEdge struct {
	Source        string     `json:"source"`
	Target        string     `json:"target"`
	Events        int        `json:"events"`
	Quad          quadCounts `json:"quad"`
	GoldsteinMean float64    `json:"goldstein_mean"`
}

type apiNode struct {
	Code   string `json:"code"`
	Events int    `json:"events"`
}

type networkResponse struct {
	Nodes []apiNode `json:"nodes"`
	Edges []apiEdge `json:"edges"`
}

func (s *Server) handleNetwork(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	q := store.NetworkQuery{From: p.day("from"), To: p.day("to"), Country: p.code("country"),
		QuadClass: p.integer("quad", 1, 4), Limit: p.integer("limit", 1, store.MaxLimit)}
	if p.err != nil {
		return p.err
	}
	v, err := s.cached(r.Context(), fmt.Sprintf("network %+v", q), func(ctx context.Context) (any, error) {
		edges, err := s.opts.Store.Network(ctx, q)
		if err != nil {
			return nil, err
		}
		res := networkResponse{Nodes: []apiNode{}, Edges: make([]apiEdge, 0, len(edges))}
		seen := map[string]int{}
		node := func(code string, n int) {
			i, ok := seen[code]
			if !ok {
				i = len(res.Nodes)
				seen[code] = i
				res.Nodes = append(res.Nodes, apiNode{Code: code})
			}
			res.Nodes[i].Events += n
		}
		for _, e := range edges {
			res.Edges = append(res.Edges, apiEdge{Source: e.Source, Target: e.Target, Events: e.Events,
				Quad: quadsOf(e.Quad), GoldsteinMean: e.GoldsteinMean})
			node(e.Source, e.Events)
			node(e.Target, e.Events)
		}
		return res, nil
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, v)
}

type apiPoint struct {
	Name    string     `json:"name"`
	Country string     `json:"country"`
	Lat     float64    `json:"lat"`
	Lon     float64    `json:"lon"`
	Events  int        `json:"events"`
	Quad    quadCounts `json:"quad"`
}

func (s *Server) handleMap(w http.ResponseWriter, r *http.Request) error {
	p := newParams(r.URL)
	q := store.MapQuery{From: p.day("from"), To: p.day("to"), Actor: p.code("actor"),
		QuadClass: p.integer("quad", 1, 4), Limit: p.integer("limit", 1, 5000)}
	if p.err != nil {
		return p.err
	}
	v, err := s.cached(r.Context(), fmt.Sprintf("map %+v", q), func(ctx context.Context) (any, error) {
		pts, err := s.opts.Store.MapPoints(ctx, q)
		if err != nil {
			return nil, err
		}
		out := struct {
			Points []apiPoint `json:"points"`
		}{make([]apiPoint, 0, len(pts))}
		for _, pt := range pts {
			out.Points = append(out.Points, apiPoint{Name: pt.Name, Country: pt.Country, Lat: pt.Lat, Lon: pt.Lon,
				Events: pt.Events, Quad: quadsOf(pt.Quad)})
		}
		return out, nil
	})
	if err != nil {
		return err
	}
	return s.writeJSON(w, r, v)
}

// codeRequest is the body of POST /v1/code: a document of contract 1.
type codeRequest struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Date   string `json:"date"`
	Title  string `json:"title"`
	URL    string `json:"url"`
	Source string `json:"source"`
}

type codeResponse struct {
	Events []json.RawMessage `json:"events"`
	Quotes []apiQuote        `json:"quotes"`
}

// authorizeCode applies the token rules of POST /v1/code.
func (s *Server) authorizeCode(r *http.Request) error {
	if s.opts.Token == "" {
		if s.opts.Loopback {
			return nil
		}
		return &apiError{status: http.StatusForbidden, code: "forbidden",
			msg: "coding is disabled on a server that listens beyond loopback without a token"}
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opts.Token)) != 1 {
		return &apiError{status: http.StatusUnauthorized, code: "unauthorized", msg: "a valid bearer token is required"}
	}
	return nil
}

func (s *Server) handleCode(w http.ResponseWriter, r *http.Request) error {
	if s.opts.Code == nil {
		return &apiError{status: http.StatusNotImplemented, code: "not_implemented", msg: "this server does not code text"}
	}
	if err := s.authorizeCode(r); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="parley"`)
		return err
	}
	// A JSON content type cannot be sent cross-origin without a CORS
	// preflight, which this server never grants.
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return &apiError{status: http.StatusUnsupportedMediaType, code: "unsupported_media_type", msg: "want Content-Type: application/json"}
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxCodeBytes)
	var req codeRequest
	dec := json.NewDecoder(body)
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("body: %v", err)
	}
	if strings.TrimSpace(req.Text) == "" {
		return badRequest("text: required")
	}
	doc := &text.Document{ID: req.ID, Text: req.Text, Title: req.Title, URL: req.URL, Source: req.Source}
	if doc.ID == "" {
		doc.ID = "posted"
	}
	if req.Date != "" {
		d, err := parseDate(req.Date)
		if err != nil {
			return badRequest("date %q: want YYYY-MM-DD or RFC 3339", req.Date)
		}
		doc.Date = d
	}
	if err := s.opts.Code(r.Context(), doc); err != nil {
		return fmt.Errorf("code text: %w", err)
	}
	res := codeResponse{Events: []json.RawMessage{}, Quotes: []apiQuote{}}
	recs := export.RecordsOf(doc)
	for i := range recs {
		b, err := export.EventJSON(&recs[i])
		if err != nil {
			return err
		}
		res.Events = append(res.Events, b)
	}
	for i := range doc.Quotes {
		res.Quotes = append(res.Quotes, quoteOf(&doc.Quotes[i], doc.ID))
	}
	w.Header().Set("Cache-Control", "no-store")
	return s.writeJSON(w, r, res)
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, err := s.metrics.WriteTo(w)
	return err
}
