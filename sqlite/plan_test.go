package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	sqlite3 "modernc.org/sqlite"

	"github.com/parleyproject/parley/store"
	"github.com/parleyproject/parley/store/storetest"
)

// planRecorder keeps the query plan (EXPLAIN QUERY PLAN) of every query run
// on the connections of a planConnector.
type planRecorder struct {
	mu    sync.Mutex
	plans []string // one line per query: the query, then its plan's details
}

func (r *planRecorder) add(query string, details []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.plans = append(r.plans, strings.Join(strings.Fields(query), " ")+"\n  "+strings.Join(details, "\n  "))
}

func (r *planRecorder) take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	p := r.plans
	r.plans = nil
	return p
}

// planConnector opens SQLite connections whose queries are explained first.
type planConnector struct {
	dsn string
	rec *planRecorder
}

func (c planConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := (&sqlite3.Driver{}).Open(c.dsn)
	if err != nil {
		return nil, err
	}
	q, ok := conn.(driver.QueryerContext)
	if !ok {
		conn.Close()
		return nil, errors.New("the SQLite connection runs no queries")
	}
	return planConn{Conn: conn, q: q, rec: c.rec}, nil
}

func (c planConnector) Driver() driver.Driver { return &sqlite3.Driver{} }

type planConn struct {
	driver.Conn
	q   driver.QueryerContext
	rec *planRecorder
}

func (c planConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	rows, err := c.q.QueryContext(ctx, "EXPLAIN QUERY PLAN "+query, args)
	if err != nil {
		return nil, err
	}
	var details []string
	row := make([]driver.Value, len(rows.Columns()))
	for {
		if err := rows.Next(row); err == io.EOF {
			break
		} else if err != nil {
			rows.Close()
			return nil, err
		}
		if s, ok := row[len(row)-1].(string); ok {
			details = append(details, s)
		}
	}
	rows.Close()
	c.rec.add(query, details)
	return c.q.QueryContext(ctx, query, args)
}

// The queries on actor codes, countries and speakers use the partial
// indexes of migration 4: every query states the index's condition. Without
// it SQLite would scan a whole table or another index instead, which the
// results would not show.
func TestPartialIndexesServeQueries(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	storetest.Put(t, db, storetest.KnownDocument())
	storetest.Put(t, db, storetest.Coded(t, 5, 0, 4)...)
	rec := &planRecorder{}
	db.read.Close()
	db.read = sql.OpenDB(planConnector{dsn: dsn(db.Path(), db.opts, true), rec: rec})

	direct := true
	for _, c := range []struct {
		name  string
		index string // the index that one of the queries must search
		run   func() error
	}{
		{"events by target code", "events_target", func() error {
			_, err := db.Events(ctx, store.EventFilter{Target: "CHNGOV"}, store.Page{})
			return err
		}},
		{"events by target prefix", "events_target", func() error {
			_, err := db.Events(ctx, store.EventFilter{Target: "CHN"}, store.Page{})
			return err
		}},
		{"map points of an actor", "events_target", func() error {
			_, err := db.MapPoints(ctx, store.MapQuery{Actor: "CHN"})
			return err
		}},
		{"dyad series to a target", "events_target", func() error {
			_, err := db.DyadSeries(ctx, store.SeriesQuery{Target: store.ActorMatch{Code: "CHNGOV"}, Interval: store.Month,
				Modalities: store.AllModalities})
			return err
		}},
		{"dyad series of countries", "events_country_dyad", func() error {
			_, err := db.DyadSeries(ctx, store.SeriesQuery{Source: store.ActorMatch{Country: "USA"}, Target: store.ActorMatch{Country: "CHN"},
				Interval: store.Month, Modalities: store.AllModalities})
			return err
		}},
		{"events of a target", "events_target", func() error {
			_, err := db.SearchEvents(ctx, store.EventSearch{Target: store.ActorMatch{Code: "CHNGOV"}}, store.Page{})
			return err
		}},
		{"events of a source country", "events_country_dyad", func() error {
			_, err := db.SearchEvents(ctx, store.EventSearch{Source: store.ActorMatch{Country: "USA"}}, store.Page{})
			return err
		}},
		{"quotes by speaker code", "quotes_speaker_code", func() error {
			_, err := db.Quotes(ctx, store.QuoteFilter{SpeakerCode: "USAGOV", Direct: &direct}, store.Page{})
			return err
		}},
		{"quotes by speaker name", "quotes_speaker_name", func() error {
			_, err := db.Quotes(ctx, store.QuoteFilter{SpeakerName: "Antony Blinken"}, store.Page{})
			return err
		}},
		{"actor profile", "quotes_speaker_code", func() error {
			_, err := db.ActorProfile(ctx, "USAGOV")
			return err
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.run(); err != nil {
				t.Fatal(err)
			}
			plans := rec.take()
			for _, p := range plans {
				if strings.Contains(p, "INDEX "+c.index+" ") {
					return
				}
			}
			t.Errorf("no query searched %s; the plans:\n%s", c.index, strings.Join(plans, "\n"))
		})
	}
}
