package httpx_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/httpx"
)

// sqlStateError stands for a database driver's error with a SQLSTATE.
type sqlStateError string

func (e sqlStateError) Error() string    { return "SQLSTATE " + string(e) }
func (e sqlStateError) SQLState() string { return string(e) }

// TestClassifyFaults checks the codes and statuses the failures of the
// server's own limits and of an unreachable database get, so that a client
// can tell "try again" (503) from "your request is wrong" (4xx) and from a
// bug (500).
func TestClassifyFaults(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name   string
		err    error
		code   string
		status int
	}{
		{"database refuses connections", fmt.Errorf("postgres: stories: failed to connect: %w", refused), corroborate.EUnavailable, 503},
		{"database connection reset", fmt.Errorf("postgres: story x: %w", syscall.ECONNRESET), corroborate.EUnavailable, 503},
		{"database connection cut mid-answer", fmt.Errorf("postgres: stories: %w", io.ErrUnexpectedEOF), corroborate.EUnavailable, 503},
		{"database shutting down (57P01)", fmt.Errorf("postgres: x: %w", sqlStateError("57P01")), corroborate.EUnavailable, 503},
		{"database starting up (57P03)", sqlStateError("57P03"), corroborate.EUnavailable, 503},
		{"connection exception (08006)", sqlStateError("08006"), corroborate.EUnavailable, 503},
		{"database host not found", &net.DNSError{Err: "no such host", Name: "db.internal", IsNotFound: true}, corroborate.EUnavailable, 503},
		{"unique violation is a bug here", sqlStateError("23505"), corroborate.EInternal, 500},
		{"request deadline", fmt.Errorf("stories: %w", context.DeadlineExceeded), corroborate.ETimeout, 503},
		{"client stopped sending", fmt.Errorf("read: %w", os.ErrDeadlineExceeded), corroborate.ETimeout, 503},
		{"body over the limit", &http.MaxBytesError{Limit: 32 << 20}, corroborate.ETooLarge, 413},
		{"anything else", errors.New("boom"), corroborate.EInternal, 500},
		{"a coded error keeps its code", corroborate.Errorf(corroborate.ENotFound, "no story"), corroborate.ENotFound, 404},
	}
	for _, tt := range tests {
		err := httpx.Classify(tt.err)
		if got := corroborate.ErrorCode(err); got != tt.code {
			t.Errorf("%s: Classify(%v) code = %q, want %q", tt.name, tt.err, got, tt.code)
		}
		if got := httpx.Status(tt.err); got != tt.status {
			t.Errorf("%s: Status = %d, want %d", tt.name, got, tt.status)
		}
		if !errors.Is(err, tt.err) && corroborate.ErrorCode(tt.err) == corroborate.EInternal {
			t.Errorf("%s: Classify lost the cause from the chain", tt.name)
		}
	}
	if msg := corroborate.ErrorMessage(httpx.Classify(&http.MaxBytesError{Limit: 32 << 20})); msg != "request body too large: the limit is 32 MiB" {
		t.Errorf("413 message = %q, want it to name the limit", msg)
	}
}

func TestErrorMessagesHideInternals(t *testing.T) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/api/v1/x", nil)
	httpx.WriteError(rec, req, nil, errors.New("open /var/lib/corroborate/secret: permission denied"))
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") {
		t.Errorf("internal error = %d %s; want 500 without detail", rec.Code, rec.Body)
	}
}

// A large upload refused before its body is read still gets its answer:
// the server reads the rest of the body, so a client still sending is not
// cut off (a broken pipe in place of 503 and Retry-After).
func TestRefusedUploadGetsItsAnswer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		httpx.WriteError(w, r, nil, corroborate.Errorf(corroborate.EUnavailable, "no room for this upload now"))
	}))
	defer srv.Close()
	const size = 24 << 20
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v1/stories HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", size)
	chunk := bytes.Repeat([]byte("harbor ferry fares double. "), 1<<15/27+1)[:1<<15]
	for sent := 0; sent < size; sent += len(chunk) {
		if _, err := conn.Write(chunk); err != nil {
			t.Fatalf("the server cut the upload off after %d of %d bytes: %v", sent, size, err)
		}
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer after the upload: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
}
