package e2e

import (
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// byteCounter counts the response bytes a handler writes, per path, and
// knows how many requests are in flight.
type byteCounter struct {
	next     http.Handler
	mu       sync.Mutex
	files    map[string]int64
	inflight atomic.Int64
	last     atomic.Int64 // unix nanoseconds of the last request's end
}

func (c *byteCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.inflight.Add(1)
	cw := &countingWriter{ResponseWriter: w}
	c.next.ServeHTTP(cw, r)
	c.mu.Lock()
	c.files[r.URL.Path] += cw.n
	c.mu.Unlock()
	c.last.Store(time.Now().UnixNano())
	c.inflight.Add(-1)
}

// quiet returns once no request has been in flight for d (30 s at most).
func (c *byteCounter) quiet(d time.Duration) {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if c.inflight.Load() == 0 && time.Since(time.Unix(0, c.last.Load())) >= d {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (c *byteCounter) total() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var n int64
	for _, v := range c.files {
		n += v
	}
	return n
}

func (c *byteCounter) byPath() map[string]int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int64, len(c.files))
	for k, v := range c.files {
		out[k] = v
	}
	return out
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (w *countingWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}
