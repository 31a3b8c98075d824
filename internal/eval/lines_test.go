package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEachLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(path, []byte("a\n\n  \nb\nstop\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	stop := errors.New("stop")
	err := EachLine(path, func(b []byte) error {
		if string(b) == "stop" {
			return stop
		}
		got = append(got, string(b))
		return nil
	})
	if diff := cmp.Diff([]string{"a", "b"}, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
	if !errors.Is(err, stop) || !strings.HasSuffix(err.Error(), "x.jsonl:5: stop") {
		t.Errorf("EachLine error = %v, want the callback's, at line 5", err)
	}
	if err := EachLine(filepath.Join(t.TempDir(), "absent"), func([]byte) error { return nil }); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("EachLine(absent file) = %v, want os.ErrNotExist", err)
	}
}
