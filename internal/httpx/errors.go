package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/corroborate/corroborate"
)

// statuses maps each error code to its HTTP status: the one table of it.
// Codes not listed are answered 500.
var statuses = map[string]int{
	corroborate.EInvalid:      http.StatusBadRequest,
	corroborate.EUnauthorized: http.StatusUnauthorized,
	corroborate.EForbidden:    http.StatusForbidden,
	corroborate.ENotFound:     http.StatusNotFound,
	corroborate.EMethod:       http.StatusMethodNotAllowed,
	corroborate.EConflict:     http.StatusConflict,
	corroborate.ETooLarge:     http.StatusRequestEntityTooLarge,
	corroborate.EUnsupported:  http.StatusUnsupportedMediaType,
	corroborate.ETimeout:      http.StatusServiceUnavailable,
	corroborate.EUnavailable:  http.StatusServiceUnavailable,
	corroborate.EInternal:     http.StatusInternalServerError,
}

// Classify gives err a code when it has none but its cause is known: an
// oversized body, a deadline (the request's, or the connection's read
// deadline when a client stops sending its body), a cancelled request.
func Classify(err error) error {
	if err == nil || corroborate.ErrorCode(err) != corroborate.EInternal {
		return err
	}
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return &corroborate.Error{Code: corroborate.ETooLarge, Message: tooLarge(mbe.Limit), Err: err}
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return &corroborate.Error{Code: corroborate.ETimeout, Message: "the request took too long", Err: err}
	case storeUnreachable(err):
		return &corroborate.Error{Code: corroborate.EUnavailable, Message: "the database cannot be reached; try again shortly", Err: err}
	}
	return err
}

// storeUnreachable reports whether err says that the database went away: a
// connection refused, reset or cut short, or a PostgreSQL error of class 08
// (connection exception) or 57P01-57P03 (the server shutting down or
// starting). Errors reading a client's request never get here: the upload
// readers name those as bad requests.
func storeUnreachable(err error) bool {
	var state interface{ SQLState() string }
	if errors.As(err, &state) {
		c := state.SQLState()
		return strings.HasPrefix(c, "08") || c == "57P01" || c == "57P02" || c == "57P03"
	}
	var dns *net.DNSError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &dns)
}

// tooLarge says that a body went over limit bytes.
func tooLarge(limit int64) string {
	if limit > 0 && limit%(1<<20) == 0 {
		return fmt.Sprintf("request body too large: the limit is %d MiB", limit>>20)
	}
	return fmt.Sprintf("request body too large: the limit is %d bytes", limit)
}

// Status returns the HTTP status for err's code.
func Status(err error) int {
	if s, ok := statuses[corroborate.ErrorCode(Classify(err))]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// defaultRetry is the Retry-After of a 503 whose cause does not say.
const defaultRetry = 5 * time.Second

// Prepare drains what is left of r's body (see drain), classifies err, sets
// the headers its answer needs (Retry-After on every 503: the app's for a
// request refused for want of room, else defaultRetry; WWW-Authenticate for
// a missing or wrong token) and returns it with its status: what the API's
// and the web UI's error writers share.
func Prepare(w http.ResponseWriter, r *http.Request, err error) (error, int) {
	drain(w, r, err)
	err = Classify(err)
	status := Status(err)
	var ra interface{ RetryAfter() time.Duration }
	switch {
	case errors.As(err, &ra):
		w.Header().Set("Retry-After", strconv.Itoa(max(1, int(ra.RetryAfter().Seconds()))))
	case status == http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", strconv.Itoa(int(defaultRetry.Seconds())))
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="corroborate"`)
	}
	return err, status
}

// errorBody is the JSON shape of every API error.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Bounds of drain: a refused upload is read to its end only when it ends
// soon.
const (
	drainMax  = 256 << 20
	drainTime = time.Minute
)

// drain reads and drops what is left of the body of a request refused
// with err, within drainMax bytes and drainTime, before the answer is
// written. Otherwise the server answers after reading a little, closes the
// connection on the rest, and a client still sending a large upload meets a
// broken pipe instead of the answer (503 and Retry-After, 401) it should act
// on. A request that failed on a timeout is not drained: its client is the
// one that stalled.
func drain(w http.ResponseWriter, r *http.Request, err error) {
	if r == nil || r.Body == nil || r.Body == http.NoBody || corroborate.ErrorCode(Classify(err)) == corroborate.ETimeout {
		return
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(drainTime))
	_, _ = io.Copy(io.Discard, io.LimitReader(r.Body, drainMax))
}

// WriteError answers err as {"error":{"code","message"}} with the status of
// its code, after draining the request's body (see drain). Internal errors
// are logged with their detail and shown without.
func WriteError(w http.ResponseWriter, r *http.Request, log *slog.Logger, err error) {
	err, status := Prepare(w, r, err)
	if status >= 500 && log != nil {
		log.ErrorContext(r.Context(), "request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	var body errorBody
	body.Error.Code = corroborate.ErrorCode(err)
	body.Error.Message = corroborate.ErrorMessage(err)
	WriteJSON(w, status, body)
}

// WriteJSON writes v as the response body with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":{"code":"internal","message":"internal error"}}`)
	}
	WriteRaw(w, status, b)
}

// WriteRaw writes a body that is JSON already.
func WriteRaw(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
