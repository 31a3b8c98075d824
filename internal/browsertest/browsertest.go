// Package browsertest starts the headless Chromium that the web tests drive
// (a real browser, never a mock), with one rule for finding it and one set
// of flags for every test package.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Path returns the browser to drive: CORROBORATE_CHROMIUM, else Debian's
// chromium. With none it skips the test loudly, or fails it under CI=true.
func Path(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CORROBORATE_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found and CI=true: install Debian's chromium (apt-get install -y chromium)")
	}
	t.Skip("SKIP (loud): chromium not found; the browser tests did not run (apt-get install -y chromium or set CORROBORATE_CHROMIUM)")
	return ""
}

// Context starts a headless Chromium with a fresh profile and no
// background traffic, stopped when the test ends and after two minutes at
// most.
func Context(t *testing.T) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Path(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	stop := time.AfterFunc(2*time.Minute, cancel)
	t.Cleanup(func() {
		stop.Stop()
		cancel()
		cancelAlloc()
	})
	return ctx
}
