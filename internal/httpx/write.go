package httpx

import (
	"context"
	"net/http"
	"net/url"

	"github.com/corroborate/corroborate/internal/app"
)

// DefaultMaxUpload bounds a write request's body: 32 MiB.
const DefaultMaxUpload = 32 << 20

// Writes takes write requests: it authorizes them, admits them (waiting
// briefly for room, see app.Limits) before their bodies are read, and reads
// their uploads. The API's writes and the web UI's upload form share it.
type Writes struct {
	Auth Auth
	App  *app.App
	// MaxUpload bounds a write request's body; 0 means DefaultMaxUpload.
	MaxUpload int64
}

// Limit is the bound of a write request's body.
func (ws Writes) Limit() int64 {
	if ws.MaxUpload <= 0 {
		return DefaultMaxUpload
	}
	return ws.MaxUpload
}

// Write is an admitted write request with its uploads read.
type Write struct {
	// Ctx is the context to run the write with: its analysis runs in the
	// room the write was admitted with.
	Ctx     context.Context
	Uploads []app.Upload
	// Values holds a form's other fields.
	Values url.Values
	// Client names the credential the request carries, for idempotency
	// keys: a digest of the token, or "local" on a server without one.
	Client  string
	release func()
}

// Done gives the write's room back. Call it once the write is answered.
func (w *Write) Done() {
	if w.release != nil {
		w.release()
		w.release = nil
	}
}

// Read authorizes r, waits for room for its body (its Content-Length, or
// the bound when it declares none) and reads its uploads with ReadForm, the
// body bounded to Limit. On success the caller must call Done.
func (ws Writes) Read(w http.ResponseWriter, r *http.Request) (*Write, error) {
	if err := ws.Auth.Authorize(r); err != nil {
		return nil, err
	}
	limit := ws.Limit()
	size := r.ContentLength
	if size <= 0 || size > limit {
		size = limit
	}
	ctx, release, err := ws.App.Admit(r.Context(), size)
	if err != nil {
		return nil, err
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	f, err := ReadForm(r)
	if err != nil {
		release()
		return nil, err
	}
	return &Write{Ctx: ctx, Uploads: f.Uploads, Values: f.Values, Client: ws.Auth.client(), release: release}, nil
}
