// Package httpx is what the JSON API and the web UI share over HTTP: who
// may write (Auth), taking a write request (Writes: authorize, admit, read
// its uploads), and the one table from error codes to HTTP statuses
// (Classify, Status, Prepare, WriteError). Neither HTTP package imports the
// other; both import this one.
package httpx

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"strings"

	"github.com/corroborate/corroborate"
)

// SessionCookie is the name of the web UI's session cookie.
const SessionCookie = "corroborate_session"

// Auth decides who may write. With a Token, a request must carry it as a
// bearer token (or, in the web UI, a session cookie derived from it). With
// no Token, writes are accepted from loopback clients only; the server
// refuses to listen beyond loopback without a token.
type Auth struct {
	Token string
}

// Open reports whether writes need no token.
func (a Auth) Open() bool { return a.Token == "" }

// Check reports whether token is the configured one, in constant time.
func (a Auth) Check(token string) bool {
	return a.Token != "" && subtle.ConstantTimeCompare([]byte(token), []byte(a.Token)) == 1
}

// Session returns the session cookie value for the configured token: an
// HMAC of it, so the cookie never holds the token itself and a new token
// ends every session.
func (a Auth) Session() string {
	m := hmac.New(sha256.New, []byte(a.Token))
	m.Write([]byte("corroborate web session v1"))
	return hex.EncodeToString(m.Sum(nil))
}

// client names the credential writes carry, for idempotency keys: a digest
// of the token (never the token itself), or "local" without one.
func (a Auth) client() string {
	if a.Open() {
		return "local"
	}
	return a.Session()[:16]
}

// Authorize returns nil when r may write: a valid bearer token or session
// cookie, or no token configured and a loopback client. Otherwise the
// error has code EUnauthorized or EForbidden.
func (a Auth) Authorize(r *http.Request) error {
	if a.Open() {
		if IsLoopbackRemote(r) {
			return nil
		}
		return corroborate.Errorf(corroborate.EForbidden, "writes are accepted from this machine only: the server has no token")
	}
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, _ := strings.Cut(h, " ")
		if strings.EqualFold(scheme, "Bearer") && a.Check(strings.TrimSpace(tok)) {
			return nil
		}
		return corroborate.Errorf(corroborate.EUnauthorized, "the bearer token is not valid")
	}
	if c, err := r.Cookie(SessionCookie); err == nil &&
		subtle.ConstantTimeCompare([]byte(c.Value), []byte(a.Session())) == 1 {
		return nil
	}
	return corroborate.Errorf(corroborate.EUnauthorized, "this needs a token: send Authorization: Bearer <token>")
}

// IsLoopbackRemote reports whether the client of r connects from a loopback
// address.
func IsLoopbackRemote(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
