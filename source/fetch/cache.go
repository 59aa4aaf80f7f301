package fetch

import (
	"encoding/json"
	"fmt"
	"io"
	"sync"
	"time"
)

// Validators are what a server sent to let a later request be conditional.
type Validators struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Stored       time.Time `json:"stored"`
}

// Cache keeps validators per URL for conditional GET. Implementations must be
// safe for concurrent use.
type Cache interface {
	Validators(url string) (Validators, bool)
	Store(url string, v Validators)
}

// MemCache is a Cache in memory that can be saved to and loaded from JSON, so
// a caller can keep it between runs. It holds at most Max entries (default
// 10,000), dropping the oldest when full.
type MemCache struct {
	Max int

	mu sync.Mutex
	m  map[string]Validators
}

// Validators returns the validators stored for url.
func (c *MemCache) Validators(url string) (Validators, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[url]
	return v, ok
}

// Store keeps v for url, evicting the oldest entry when the cache is full.
func (c *MemCache) Store(url string, v Validators) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]Validators)
	}
	limit := c.Max
	if limit <= 0 {
		limit = 10000
	}
	if _, ok := c.m[url]; !ok && len(c.m) >= limit {
		var oldest string
		var at time.Time
		for k, e := range c.m {
			if oldest == "" || e.Stored.Before(at) {
				oldest, at = k, e.Stored
			}
		}
		delete(c.m, oldest)
	}
	c.m[url] = v
}

// Len returns the number of URLs in the cache.
func (c *MemCache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}

// Save writes the cache as one JSON object mapping URLs to validators.
func (c *MemCache) Save(w io.Writer) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.m
	if m == nil {
		m = map[string]Validators{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		return fmt.Errorf("save fetch cache: %w", err)
	}
	return nil
}

// LoadCache reads a cache written by Save.
func LoadCache(r io.Reader) (*MemCache, error) {
	var m map[string]Validators
	if err := json.NewDecoder(r).Decode(&m); err != nil {
		return nil, fmt.Errorf("load fetch cache: %w", err)
	}
	return &MemCache{m: m}, nil
}
