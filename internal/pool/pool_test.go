package pool

import (
	"context"
	"errors"
	"testing"
)

func TestOrderKept(t *testing.T) {
	var got []int
	p := New(context.Background(), 4, func(i int) (int, error) { return i * i, nil }, func(v int) error {
		got = append(got, v)
		return nil
	})
	for i := 0; i < 1000; i++ {
		if err := p.Submit(i); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1000 {
		t.Fatalf("got %d results", len(got))
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d, want %d", i, v, i*i)
		}
	}
}

func TestErrStops(t *testing.T) {
	boom := errors.New("boom")
	p := New(context.Background(), 2, func(i int) (int, error) {
		if i == 10 {
			return 0, boom
		}
		return i, nil
	}, func(int) error { return nil })
	var submitErr error
	for i := 0; i < 1000 && submitErr == nil; i++ {
		submitErr = p.Submit(i)
	}
	if err := p.Close(); !errors.Is(err, boom) {
		t.Fatalf("Close = %v, want boom", err)
	}
}
