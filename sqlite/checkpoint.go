package sqlite

import (
	"context"
	"database/sql"
	"time"
)

// checkpointPause is the least time between two background checkpoints.
const checkpointPause = 250 * time.Millisecond

// checkpointer copies committed pages from the WAL into the database file on
// a connection of its own, after commits and at most every checkpointPause,
// while the writer goes on (a PASSIVE checkpoint waits for no one). Left to
// the writer, the WAL of an ingest grows to the whole database and Close
// must copy and sync it all: 25 to 140 ms for 1,250 news articles on a
// 2-core VM, depending on whether the kernel had written the WAL back yet.
// Kept small, the WAL also costs the writer's reads less. A failed
// background checkpoint is harmless: the pages stay in the WAL, and Close's
// checkpoint reports its errors.
type checkpointer struct {
	conn *sql.DB
	kick chan struct{} // a commit happened
	stop chan struct{}
	done chan struct{}
}

func startCheckpointer(path string, opts Options) (*checkpointer, error) {
	opts.CacheMiB = 1 // it reads only the WAL index
	conn, err := sql.Open("sqlite", dsn(path, opts, false))
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(1)
	c := &checkpointer{conn: conn, kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c, nil
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
		}
		c.conn.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)")
		select {
		case <-c.stop:
			return
		case <-time.After(checkpointPause):
		}
	}
}

// committed tells the checkpointer that the WAL grew.
func (c *checkpointer) committed() {
	if c == nil {
		return // read-only, or closed
	}
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// close stops the checkpointer and closes its connection.
func (c *checkpointer) close() error {
	close(c.stop)
	<-c.done
	return c.conn.Close()
}
