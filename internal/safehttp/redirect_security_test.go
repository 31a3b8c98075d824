package safehttp

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// publicHost stands for a host on the public internet: the test's dialer
// connects it to a local server without the address check, as if it had a
// public address. Every other address goes through the client's own
// checked dialer.
const publicHost = "news.example:80"

// clientWithPublicHost returns a safe client whose transport reaches
// publicHost at addr, bypassing the check for that one name only.
func clientWithPublicHost(addr string) *http.Client {
	c := NewClient(Options{})
	tr := c.Transport.(*http.Transport)
	guarded := tr.DialContext
	tr.DialContext = func(ctx context.Context, network, address string) (net.Conn, error) {
		if address == publicHost {
			return (&net.Dialer{}).DialContext(ctx, network, addr)
		}
		return guarded(ctx, network, address)
	}
	return c
}

// TestRedirectsToPrivateAddresses has a "public" page redirect — directly
// and through a second public hop — to loopback, private, link-local,
// metadata and unspecified addresses, by IP and by name, and to other
// schemes, and checks that the client refuses each before connecting: the
// private target is never reached. The check runs at dial time on the
// address being connected, so it holds for the first request and for
// every redirect alike; this test shows it for redirects.
func TestRedirectsToPrivateAddresses(t *testing.T) {
	var secretHits atomic.Int32
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		secretHits.Add(1)
		w.Write([]byte("internal secret"))
	}))
	defer private.Close()
	_, port, _ := net.SplitHostPort(private.Listener.Addr().String())

	var target atomic.Value
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			w.Write([]byte("public page"))
		case "/hop":
			http.Redirect(w, r, "http://news.example/go", http.StatusFound)
		default:
			http.Redirect(w, r, target.Load().(string), http.StatusFound)
		}
	}))
	defer public.Close()
	c := clientWithPublicHost(public.Listener.Addr().String())
	ctx := context.Background()

	body, _, err := Get(ctx, c, "http://news.example/ok", 1<<10)
	if err != nil || string(body) != "public page" {
		t.Fatalf("the public page itself = %q, %v; the test's public host does not work", body, err)
	}
	for _, to := range []string{
		"http://127.0.0.1:" + port + "/secret",
		"http://localhost:" + port + "/secret",
		"http://[::1]:" + port + "/secret",
		"http://127.1.2.3:" + port + "/secret",
		"http://[::ffff:127.0.0.1]:" + port + "/secret",
		"http://0.0.0.0:" + port + "/secret",
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/admin",
		"http://192.168.1.1/",
		"http://172.16.0.1/",
		"http://100.64.0.1/",
		"http://[fd00::1]/",
		"http://[fe80::1%25lo]/",
		"http://2130706433:" + port + "/secret", // 127.0.0.1 as one number
	} {
		for _, start := range []string{"http://news.example/go", "http://news.example/hop"} {
			target.Store(to)
			_, _, err := Get(ctx, c, start, 1<<10)
			if err == nil {
				t.Errorf("%s redirecting to %s: fetched, want refused", start, to)
				continue
			}
			if !errors.Is(err, ErrForbiddenAddress) && !strings.Contains(err.Error(), "no such host") && !strings.Contains(err.Error(), "invalid") {
				t.Errorf("%s redirecting to %s: %v, want ErrForbiddenAddress", start, to, err)
			}
		}
	}
	for _, to := range []string{"file:///etc/passwd", "ftp://news.example/x", "gopher://127.0.0.1:" + port + "/"} {
		target.Store(to)
		if _, _, err := Get(ctx, c, "http://news.example/go", 1<<10); err == nil {
			t.Errorf("redirect to %s: fetched, want refused", to)
		}
	}
	if n := secretHits.Load(); n != 0 {
		t.Fatalf("the private server was reached %d times", n)
	}
}

// TestEveryOutboundClientIsSafe reads the module's code (tests aside) and
// fails when a package other than this one makes its own HTTP client or
// transport or uses the default one: every fetch on a user's behalf must
// go through a client from NewClient.
func TestEveryOutboundClientIsSafe(t *testing.T) {
	root := "../.."
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			filepath.ToSlash(filepath.Dir(path)) == "../../internal/safehttp" {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		files++
		httpName := ""
		for _, im := range f.Imports {
			if im.Path.Value == `"net/http"` {
				httpName = "http"
				if im.Name != nil {
					httpName = im.Name.Name
				}
			}
		}
		if httpName == "" {
			return nil
		}
		isHTTP := func(e ast.Expr, names ...string) bool {
			sel, ok := e.(*ast.SelectorExpr)
			if !ok {
				return false
			}
			id, ok := sel.X.(*ast.Ident)
			if !ok || id.Name != httpName {
				return false
			}
			for _, n := range names {
				if sel.Sel.Name == n {
					return true
				}
			}
			return false
		}
		report := func(n ast.Node, what string) {
			t.Errorf("%s: %s outside internal/safehttp: outbound requests must use safehttp.NewClient", fset.Position(n.Pos()), what)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit: // http.Client{...}, http.Transport{...}
				if isHTTP(n.Type, "Client", "Transport") {
					report(n, "a new http.Client or http.Transport")
				}
			case *ast.CallExpr: // new(http.Client)
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "new" && len(n.Args) == 1 && isHTTP(n.Args[0], "Client", "Transport") {
					report(n, "new(http.Client)")
				}
			case *ast.SelectorExpr: // the default client and its shortcuts
				if isHTTP(n, "DefaultClient", "DefaultTransport", "Get", "Head", "Post", "PostForm") {
					report(n, "http."+n.Sel.Name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 50 {
		t.Fatalf("read only %d Go files; the walk is broken", files)
	}
}
