package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func init() {
	commands["version"] = command{
		summary: "print the version, the source revision and the Go release it was built with",
		run: func(_ context.Context, args []string, e *env) error {
			fs := e.flags("version", "usage: corroborate version   (or corroborate --version)")
			if ok, err := parseFlags(fs, args); !ok {
				return err
			}
			if fs.NArg() > 0 {
				return usageError{"version: takes no arguments"}
			}
			fmt.Fprintln(e.stdout, versionLine())
			return nil
		},
	}
}

// versionLine describes this binary from its build information: the
// module version ("(devel)" for a build from a checkout), the source
// revision and time when the build recorded them (with "+modified" for
// uncommitted changes), and the Go release, as in
// "corroborate (devel) 2f9e829 2026-12-03T12:00:00Z go1.24.0".
func versionLine() string {
	parts := []string{"corroborate", "(devel)"}
	info, ok := debug.ReadBuildInfo()
	if ok && info.Main.Version != "" {
		parts[1] = info.Main.Version
	}
	if ok {
		var rev, at, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value[:min(12, len(s.Value))]
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+modified"
				}
			}
		}
		if rev != "" {
			parts = append(parts, rev+modified)
		}
		if at != "" {
			parts = append(parts, at)
		}
	}
	return strings.Join(append(parts, runtime.Version()), " ")
}
