package safehttp

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestForbidden(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "172.16.0.9": true, "192.168.1.1": true, "169.254.169.254": true,
		"::1": true, "fe80::1": true, "fc00::1": true, "0.0.0.0": true, "100.64.1.1": true, "224.0.0.1": true,
		"::ffff:127.0.0.1": true, "8.8.8.8": false, "93.184.216.34": false, "2606:4700::1111": false,
	}
	for in, want := range tests {
		if got := Forbidden(netip.MustParseAddr(in)); got != want {
			t.Errorf("Forbidden(%s) = %v, want %v", in, got, want)
		}
	}
}

func TestClientRefusesLoopbackAndRedirects(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		w.Write([]byte("secret"))
	}))
	defer srv.Close()
	ctx := context.Background()

	_, _, err := Get(ctx, NewClient(Options{}), srv.URL, 1<<10)
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("Get(loopback) err = %v, want ErrForbiddenAddress", err)
	}
	_, _, err = Get(ctx, NewClient(Options{}), "http://localhost:"+srv.Listener.Addr().(interface{ String() string }).String()[len("127.0.0.1:"):], 1<<10)
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("Get(localhost) err = %v, want ErrForbiddenAddress", err)
	}
	if hits != 0 {
		t.Fatalf("server was reached %d times", hits)
	}

	body, _, err := Get(ctx, NewClient(Options{AllowPrivate: true}), srv.URL, 1<<10)
	if err != nil || string(body) != "secret" {
		t.Fatalf("Get with AllowPrivate = %q, %v", body, err)
	}
	if _, _, err := Get(ctx, NewClient(Options{AllowPrivate: true}), srv.URL, 3); err == nil {
		t.Error("Get over the size bound returned no error")
	}
}
