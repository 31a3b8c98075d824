// Package server is corroborate's HTTP server: the JSON API and the web UI
// over one app, behind middleware for security headers, cross-site and
// host checks, time limits, panics and request logs.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/api"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/httpx"
	"github.com/corroborate/corroborate/internal/ui"
)

// Defaults of Config.
const (
	DefaultRequestTimeout = 2 * time.Minute
)

// Config is what a server needs. App is required; the rest has defaults.
type Config struct {
	// Addr is the address the server listens on, checked by New: without a
	// Token it must be a loopback address.
	Addr string
	// App is the application the handlers serve; its limits bound the
	// writes and analyses in flight.
	App *app.App
	// Token guards writes (API bearer token, web UI session). Empty means
	// writes from loopback clients only.
	Token string
	// MaxUpload bounds a write request's body; 0 means
	// httpx.DefaultMaxUpload. The App's MaxBatchBytes should match it.
	MaxUpload int64
	// RequestTimeout bounds one request's handling; 0 means
	// DefaultRequestTimeout.
	RequestTimeout time.Duration
	// Log receives request logs and errors; nil discards them.
	Log *slog.Logger
}

// Server serves the API and the UI.
type Server struct {
	cfg     Config
	handler http.Handler
}

// New checks cfg and builds the server.
func New(cfg Config) (*Server, error) {
	if cfg.App == nil {
		return nil, errors.New("server: no app")
	}
	if err := CheckAddr(cfg.Addr, cfg.Token); err != nil {
		return nil, err
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	auth := httpx.Auth{Token: cfg.Token}
	pages, err := ui.New(cfg.App, ui.Options{Auth: auth, MaxUpload: cfg.MaxUpload, Log: cfg.Log})
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	mux := http.NewServeMux()
	api.New(cfg.App, api.Options{Auth: auth, MaxUpload: cfg.MaxUpload, Log: cfg.Log}).Register(mux)
	pages.Register(mux)
	s := &Server{cfg: cfg}
	s.handler = s.recoverer(s.logger(securityHeaders(s.guard(s.timeLimit(mux)))))
	return s, nil
}

// Handler returns the server's whole handler, middleware included.
func (s *Server) Handler() http.Handler { return s.handler }

// CheckAddr refuses an address beyond loopback when there is no token:
// without one, anybody who can reach the server could write to it.
func CheckAddr(addr, token string) error {
	if token != "" {
		return nil
	}
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return corroborate.Errorf(corroborate.EInvalid, "bad listen address %q: %v", addr, err)
	}
	if !isLoopbackHost(host) {
		return corroborate.Errorf(corroborate.EInvalid,
			"refusing to listen on %s without a token: give --token or CORROBORATE_TOKEN, or listen on localhost", addr)
	}
	return nil
}

// isLoopbackHost reports whether host names this machine only: localhost
// or a loopback IP. An empty host (all interfaces) is not.
func isLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Serve answers requests on ln until ctx is done, then shuts down, giving
// requests in flight ten seconds to finish. It checks the listener's real
// address against the token rule as New checked the configured one.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && s.cfg.Token == "" && !tcp.IP.IsLoopback() {
		return corroborate.Errorf(corroborate.EInvalid, "refusing to serve on %s without a token", tcp)
	}
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.RequestTimeout,
		WriteTimeout:      s.cfg.RequestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
