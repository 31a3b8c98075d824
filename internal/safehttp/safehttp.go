// Package safehttp makes the HTTP clients corroborate uses to fetch pages
// and feeds on a user's behalf. Such a client refuses to connect to
// loopback, private, link-local, multicast and unspecified addresses —
// whatever name resolves to them and however many redirects lead there —
// unless the operator explicitly allows it. Bodies are bounded.
package safehttp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"

	"github.com/corroborate/corroborate/internal/text"
)

// ErrForbiddenAddress is wrapped by the error of a request whose host
// resolves to an address the client may not reach.
var ErrForbiddenAddress = errors.New("address not allowed")

// Options tunes a client. The zero value is the safe default.
type Options struct {
	// AllowPrivate lets the client reach loopback, private and link-local
	// addresses (for a deployment that polls feeds on its own network).
	AllowPrivate bool
	// Timeout bounds a whole request; 0 means 30 seconds.
	Timeout time.Duration
	// MaxRedirects bounds redirects; 0 means 5.
	MaxRedirects int
}

// NewClient returns an HTTP client that checks every address it dials.
func NewClient(opt Options) *http.Client {
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	dialer := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			return checkAddress(address, opt.AllowPrivate)
		},
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the real destination from the check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConnsPerHost:   2,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= opt.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", len(via))
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s URL refused", req.URL.Scheme)
			}
			return nil
		},
	}
}

// checkAddress refuses the addresses a server must not fetch for a user.
// It runs on the resolved address at dial time, so DNS tricks and redirects
// cannot get round it.
func checkAddress(hostport string, allowPrivate bool) error {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %s is not an IP address", ErrForbiddenAddress, host)
	}
	if Forbidden(ip) && !allowPrivate {
		return fmt.Errorf("%w: %s is a loopback, private or link-local address", ErrForbiddenAddress, ip)
	}
	return nil
}

// Forbidden reports whether ip is loopback, private, link-local, multicast,
// unspecified or otherwise not a public unicast address.
func Forbidden(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() ||
		cgnat.Contains(ip) || !ip.IsGlobalUnicast()
}

// cgnat is the shared address space of carrier-grade NAT (RFC 6598).
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// Get fetches url with c and returns at most max bytes of its body; a
// larger body is an error, not a truncation.
func Get(ctx context.Context, c *http.Client, url string, max int64) ([]byte, *http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", UserAgent())
	resp, err := c.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, resp, err
	}
	if int64(len(body)) > max {
		return nil, resp, fmt.Errorf("%s: body over the limit of %s", url, text.Size(max))
	}
	return body, resp, nil
}
