package safehttp

import (
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"
)

// UserAgent is how corroborate names itself to the servers it fetches
// from: "corroborate/VERSION (+https://github.com/corroborate/corroborate)",
// the version being the module's as built (a tag, else the commit, else
// "dev").
func UserAgent() string {
	return "corroborate/" + version() + " (+https://github.com/corroborate/corroborate)"
}

var version = sync.OnceValue(func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return s.Value[:12]
		}
	}
	return "dev"
})

// RetryAfter reads a Retry-After header, in seconds or as an HTTP date
// seen from now; 0 when there is none or it is in the past.
func RetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
