package http

import (
	"bytes"
	"context"
	"net/http"
	"sync"
	"time"
)

// ttlCache keeps the results of aggregate queries for a while, and lets
// concurrent requests for the same key wait for one computation.
type ttlCache struct {
	max int
	ttl time.Duration
	now func() time.Time

	mu      sync.Mutex
	entries map[string]cacheEntry
	calls   map[string]*cacheCall
}

type cacheEntry struct {
	v       any
	expires time.Time
}

type cacheCall struct {
	done chan struct{}
	v    any
	err  error
}

func newTTLCache(max int, ttl time.Duration, now func() time.Time) *ttlCache {
	return &ttlCache{max: max, ttl: ttl, now: now, entries: map[string]cacheEntry{}, calls: map[string]*cacheCall{}}
}

// cached returns the aggregate result of key from the server's cache,
// computing it with fn when it is not cached or has expired.
func (s *Server) cached(ctx context.Context, key string, fn func(context.Context) (any, error)) (any, error) {
	return s.cache.get(ctx, key, func() (any, error) { return fn(ctx) })
}

// uncacheable is a value that get returns but does not keep.
type uncacheable interface{ uncacheable() bool }

// get returns the value of key, computing it with fn when it is not cached
// or has expired; concurrent callers for the same key wait for one fn.
// Errors, and values that say they are uncacheable, are not kept.
func (c *ttlCache) get(ctx context.Context, key string, fn func() (any, error)) (any, error) {
	if c.ttl < 0 {
		return fn()
	}
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && c.now().Before(e.expires) {
		c.mu.Unlock()
		return e.v, nil
	}
	if call, ok := c.calls[key]; ok {
		c.mu.Unlock()
		select {
		case <-call.done:
			return call.v, call.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	call := &cacheCall{done: make(chan struct{})}
	c.calls[key] = call
	c.mu.Unlock()

	call.v, call.err = fn()
	c.mu.Lock()
	delete(c.calls, key)
	if u, ok := call.v.(uncacheable); call.err == nil && !(ok && u.uncacheable()) {
		if len(c.entries) >= c.max {
			c.evict()
		}
		c.entries[key] = cacheEntry{v: call.v, expires: c.now().Add(c.ttl)}
	}
	c.mu.Unlock()
	close(call.done)
	return call.v, call.err
}

// evict drops the expired entries, or every entry when none has expired;
// c.mu is held.
func (c *ttlCache) evict() {
	now := c.now()
	for k, e := range c.entries {
		if !now.Before(e.expires) {
			delete(c.entries, k)
		}
	}
	if len(c.entries) >= c.max {
		clear(c.entries)
	}
}

// maxCachedBody is the largest answer kept in the response cache.
const maxCachedBody = 256 << 10

// capture is an http.ResponseWriter that keeps an answer to write it, maybe
// several times, later.
type capture struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newCapture() *capture { return &capture{header: http.Header{}} }

func (c *capture) Header() http.Header { return c.header }

func (c *capture) WriteHeader(code int) {
	if c.status == 0 {
		c.status = code
	}
}

func (c *capture) Write(p []byte) (int, error) {
	c.WriteHeader(http.StatusOK)
	return c.body.Write(p)
}

func (c *capture) uncacheable() bool {
	return c.status != http.StatusOK || c.body.Len() > maxCachedBody || c.header.Get("Cache-Control") == "no-store"
}

// writeTo writes the kept answer to w.
func (c *capture) writeTo(w http.ResponseWriter) {
	h := w.Header()
	for k, v := range c.header {
		h[k] = v
	}
	status := c.status
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	w.Write(c.body.Bytes())
}
