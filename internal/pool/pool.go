// Package pool runs a function over a stream of items on several goroutines
// and hands the results on in input order, with bounded memory.
package pool

import (
	"context"
	"sync"
)

// Pool processes submitted items with work on n goroutines and passes each
// result to emit, in submission order, on one goroutine.
type Pool[In, Out any] struct {
	ctx    context.Context
	cancel context.CancelFunc
	jobs   chan job[In, Out]
	order  chan chan result[Out]
	wg     sync.WaitGroup
	done   chan struct{}
	err    error
}

type job[In, Out any] struct {
	in  In
	out chan result[Out]
}

type result[Out any] struct {
	v   Out
	err error
}

// New starts a pool of n workers (at least 1). At most 2n items are in
// flight at once.
func New[In, Out any](ctx context.Context, n int, work func(In) (Out, error), emit func(Out) error) *Pool[In, Out] {
	n = max(n, 1)
	ctx, cancel := context.WithCancel(ctx)
	p := &Pool[In, Out]{
		ctx:    ctx,
		cancel: cancel,
		jobs:   make(chan job[In, Out], n),
		order:  make(chan chan result[Out], 2*n),
		done:   make(chan struct{}),
	}
	for i := 0; i < n; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				v, err := work(j.in)
				j.out <- result[Out]{v, err}
			}
		}()
	}
	go func() {
		defer close(p.done)
		for ch := range p.order {
			r := <-ch
			if p.err != nil {
				continue
			}
			if r.err == nil {
				r.err = emit(r.v)
			}
			if r.err != nil {
				p.err = r.err
				cancel()
			}
		}
	}()
	return p
}

// Submit queues an item; it blocks while the pool is full and returns the
// first error met so far (or the context's).
func (p *Pool[In, Out]) Submit(in In) error {
	ch := make(chan result[Out], 1)
	select {
	case p.order <- ch:
	case <-p.ctx.Done():
		return p.ctx.Err()
	}
	select {
	case p.jobs <- job[In, Out]{in, ch}:
		return nil
	case <-p.ctx.Done():
		ch <- result[Out]{err: p.ctx.Err()}
		return p.ctx.Err()
	}
}

// Close waits for every submitted item and returns the first error.
func (p *Pool[In, Out]) Close() error {
	close(p.jobs)
	p.wg.Wait()
	close(p.order)
	<-p.done
	p.cancel()
	return p.err
}
