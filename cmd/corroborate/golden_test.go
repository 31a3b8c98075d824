package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGoldenExample keeps the example story's dossier in every format under
// testdata/golden, so that any change of output shows in review. Run
// `go test ./cmd/corroborate -run Golden -update` to accept a change, and
// read the diff before committing it (the -update flag also rewrites
// docs/bad-inputs.md).
func TestGoldenExample(t *testing.T) {
	for _, format := range []string{"json", "text", "markdown", "html"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, err := runCLI(t, "", "dossier", "--format", format, "../../examples/wexley-bridge/")
			if err != nil {
				t.Fatalf("dossier --format %s: %v\n%s", format, err, stderr)
			}
			path := filepath.Join("testdata", "golden", "wexley-bridge."+goldenExt(format))
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal([]byte(out), want) {
				t.Errorf("dossier --format %s differs from %s (%d bytes, want %d); first difference at line %d.\n"+
					"If the change is intended, run `go test ./cmd/corroborate -run Golden -update` and review the diff.",
					format, path, len(out), len(want), firstDiffLine([]byte(out), want))
			}
		})
	}
}

func goldenExt(format string) string {
	switch format {
	case "text":
		return "txt"
	case "markdown":
		return "md"
	}
	return format
}

// firstDiffLine is the 1-based line on which a and b first differ.
func firstDiffLine(a, b []byte) int {
	line := 1
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return line
		}
		if a[i] == '\n' {
			line++
		}
	}
	return line
}
