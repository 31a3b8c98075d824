package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestFlagsAfterArgsEveryCommand runs every subcommand and every benchmark
// of eval with -h after an argument: each must print its usage and stop,
// not take "-h" for a file name or refuse the extra argument.
func TestFlagsAfterArgsEveryCommand(t *testing.T) {
	var lines [][]string
	for name := range commands {
		if name != "eval" {
			lines = append(lines, []string{name, "some-arg", "-h"})
		}
	}
	for name := range evaluators {
		lines = append(lines, []string{"eval", name, "some-dir", "-h"})
	}
	for _, args := range lines {
		t.Run(strings.Join(args[:len(args)-2], " "), func(t *testing.T) {
			_, stderr, err := runCLI(t, "", args...)
			if err != nil {
				t.Fatalf("corroborate %s: %v, want the usage and no error\n%s", strings.Join(args, " "), err, stderr)
			}
			if !strings.Contains(stderr, "usage: corroborate") {
				t.Errorf("corroborate %s: stderr %q, want the usage", strings.Join(args, " "), stderr)
			}
		})
	}
}

func TestFlagsFirst(t *testing.T) {
	fs := (&env{stderr: &strings.Builder{}}).flags("t")
	fs.String("format", "text", "")
	fs.Bool("v", false, "")
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"a", "--format", "json", "b"}, []string{"--format", "json", "--", "a", "b"}},
		{[]string{"a", "-v", "b"}, []string{"-v", "--", "a", "b"}},
		{[]string{"a", "--format=json", "-v=false"}, []string{"--format=json", "-v=false", "--", "a"}},
		{[]string{"-", "--format", "json"}, []string{"--format", "json", "--", "-"}},
		{[]string{"a", "--", "-v", "--format"}, []string{"--", "a", "-v", "--format"}},
		{[]string{"a", "--nope", "b"}, []string{"--nope", "--", "a", "b"}},
		{[]string{"a", "--format"}, []string{"--format", "--", "a"}},
	} {
		if got := flagsFirst(fs, c.in); !slices.Equal(got, c.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDossierFlagsAfterPath(t *testing.T) {
	out, stderr, err := runCLI(t, "", "dossier", "../../examples/wexley-bridge/", "--format", "json")
	if err != nil {
		t.Fatalf("dossier DIR --format json: %v\n%s", err, stderr)
	}
	var d struct {
		Articles []json.RawMessage `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("dossier DIR --format json: output is not JSON: %v\n%.300s", err, out)
	}
	if len(d.Articles) != 6 {
		t.Errorf("dossier DIR --format json: %d articles, want the example's 6", len(d.Articles))
	}
	if strings.Contains(stderr, "--format") {
		t.Errorf("dossier DIR --format json: stderr mentions the flag as an input: %s", stderr)
	}
}

// TestDoubleDashEndsFlags gives a file whose name starts with "-" after
// "--": it is read as an article, not refused as an unknown flag.
func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"-odd.txt", "plain.txt"} {
		text := "Lanterns lit on Quay Street\n\nBy Ada Pell, Quay Courier\n\n" +
			"The council lit forty lanterns on Quay Street on Friday, the mayor said of " + name + "."
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	out, stderr, err := runCLI(t, "", "dossier", "plain.txt", "--format", "json", "--", "-odd.txt")
	if err != nil {
		t.Fatalf("dossier plain.txt --format json -- -odd.txt: %v\n%s", err, stderr)
	}
	var d struct {
		Articles []struct {
			Source string `json:"source"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("output is not JSON: %v\n%.300s", err, out)
	}
	var sources []string
	for _, a := range d.Articles {
		sources = append(sources, filepath.Base(a.Source))
	}
	slices.Sort(sources)
	if want := []string{"-odd.txt", "plain.txt"}; !slices.Equal(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
}

// TestEvalExtractPredictionsAfterDir runs a one-page extraction benchmark
// with --predictions after the DIR.
func TestEvalExtractPredictionsAfterDir(t *testing.T) {
	dir := t.TempDir()
	body := "The ferry to Inch Island will run twice a day from June, the harbour board said on Monday. " +
		"Tickets cost four pounds and children travel free, the board's chair, Rhona Kell, told reporters."
	html := "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1><p>" +
		body + "</p></article></body></html>"
	truth := `{"p1": {"url": "https://example.org/ferry", "articleBody": "` + body + `"}}`
	os.MkdirAll(filepath.Join(dir, "html"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "html", "p1.html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.json")
	out, stderr, err := runCLI(t, "", "eval", "extract", dir, "--predictions", pred, "--workers", "1")
	if err != nil {
		t.Fatalf("eval extract DIR --predictions F: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(pred)
	if err != nil {
		t.Fatalf("eval extract DIR --predictions F wrote no predictions: %v\n%s", err, out)
	}
	if !strings.Contains(string(b), "Inch Island") {
		t.Errorf("predictions %s lack the page's text", b)
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		out, _, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("corroborate %s: %v", args[0], err)
		}
		if !strings.HasPrefix(out, "corroborate ") || !strings.Contains(out, runtime.Version()) {
			t.Errorf("corroborate %s = %q, want \"corroborate VERSION ... %s\"", args[0], out, runtime.Version())
		}
	}
	if _, _, err := runCLI(t, "", "version", "extra"); err == nil {
		t.Errorf("corroborate version extra: no error, want a usage error")
	}
}

// TestOneFlagParser keeps every subcommand on env.flags and parseFlags:
// a flag set made or parsed anywhere else would not take flags after the
// arguments.
func TestOneFlagParser(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "flags.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"flag.NewFlagSet(", "fs.Parse(", "flag.Parse(", "flag.CommandLine"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s calls %s: make flags with env.flags and parse them with parseFlags", f, bad)
			}
		}
	}
}

// TestEvalFlagsBeforeBenchmark puts a flag before the benchmark's name.
func TestEvalFlagsBeforeBenchmark(t *testing.T) {
	_, stderr, err := runCLI(t, "", "eval", "-v", "extract", "some-dir", "-h")
	if err != nil || !strings.Contains(stderr, "usage: corroborate eval extract") {
		t.Errorf("eval -v extract some-dir -h: %v, want the usage of eval extract; stderr:\n%s", err, stderr)
	}
	for _, c := range []struct {
		in       []string
		name     string
		restWant []string
	}{
		{[]string{"extract", "d", "-v"}, "extract", []string{"d", "-v"}},
		{[]string{"-v", "extract", "d"}, "extract", []string{"-v", "d"}},
		{[]string{"--predictions", "f", "quotes", "d"}, "quotes", []string{"--predictions", "f", "d"}},
		{[]string{"-v", "--", "extract"}, "-v", []string{"--", "extract"}},
	} {
		name, rest := benchmarkFirst(c.in)
		if name != c.name || !slices.Equal(rest, c.restWant) {
			t.Errorf("benchmarkFirst(%q) = %q, %q; want %q, %q", c.in, name, rest, c.name, c.restWant)
		}
	}
}
