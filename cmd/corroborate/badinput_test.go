package main

import (
	"github.com/corroborate/corroborate"

	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (docs/bad-inputs.md)")

// badInput is one hostile or broken input and what the user must see.
type badInput struct {
	name    string
	file    string
	make    func() []byte
	outcome string // "analysed", "skipped", or "any" where both are fine
	stderr  string // a phrase stderr must hold, when skipped
}

const goodStory = "Harlow mill reopens\n\nThe Harlow paper mill reopened on Monday after a two-year closure, the owners said. About 200 workers returned.\n"

func gzipBomb() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for range 200 { // 200 MiB of "a" compress to about 200 KiB
		zw.Write(chunk)
	}
	zw.Close()
	return buf.Bytes()
}

var badInputs = []badInput{
	{"binary file", "blob.bin", func() []byte { return []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00") }, "skipped", "binary data"},
	{"invalid UTF-8 text", "latin.txt", func() []byte {
		return []byte("Caf\xe9 owners protest\n\nOwners of the Caf\xe9 Marl said on Monday the new rent was too high.")
	}, "analysed", ""},
	{"text with mojibake (UTF-8 read as Windows-1252, repaired)", "mojibake.txt", func() []byte {
		return []byte("CafÃ© owners protest\n\nOwners of the CafÃ© Marl said on Monday the new rent was â€œtoo high.â€\u009d")
	}, "analysed", ""},
	{"UTF-16 text with BOM", "utf16.txt", func() []byte {
		s := "Ferry fares rise\n\nFares on the Linden ferry rose on Monday, the port said."
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}, "analysed", ""},
	{"Windows-1252 HTML with charset meta", "cp1252.html", func() []byte {
		return []byte("<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 closes</title></head><body><article><h1>Caf\xe9 closes</h1><p>The Caf\xe9 Marl closed on Monday after thirty years, its owner said, blaming \x93the rent\x94 and the long works on Orrin Street that kept customers away for months.</p><p>Regulars left flowers at the door on Tuesday morning and a note thanking the staff for three decades of coffee.</p></article></body></html>")
	}, "analysed", ""},
	{"empty file", "empty.txt", func() []byte { return nil }, "skipped", "empty input"},
	{"whitespace only", "blank.txt", func() []byte { return []byte(" \n\t \r\n  ") }, "skipped", "empty input"},
	{"100 MB text", "huge.txt", func() []byte { return bytes.Repeat([]byte("The mill reopened on Monday. "), 100<<20/29+1) }, "skipped", "input too large"},
	{"HTML nested 100,000 deep", "deep.html", func() []byte {
		return []byte("<html><body>" + strings.Repeat("<div>", 100000) + "<p>Deep text.</p>" + strings.Repeat("</div>", 100000) + "</body></html>")
	}, "any", "deep.html"},
	{"gzip bomb (200 MiB of one byte)", "bomb.txt.gz", gzipBomb, "skipped", "input too large"},
	{"malformed JSONL lines among good ones", "mixed.jsonl", func() []byte {
		return []byte(`{"title":"Dock strike ends","text":"Dock workers in Port Calder ended a four-day strike on Friday, the union said."}` + "\n{\"title\": broken\n" + `{"title":"Dock reopens","text":"The Port Calder docks reopened on Saturday after the strike, officials said."}` + "\n[1,2]\n")
	}, "analysed", "mixed.jsonl:2: invalid JSON"},
	{"the same article twice", "dup.txt", func() []byte { return []byte(goodStory) }, "analysed", "same article"},
	{"non-English text", "es.txt", func() []byte {
		return []byte("Reabre la fábrica de Harlow\n\nLa fábrica de papel de Harlow reabrió el lunes tras dos años cerrada, dijeron los dueños. Unos 200 trabajadores volvieron.")
	}, "analysed", ""},
	{"10,000 quotation marks", "quotes.txt", func() []byte { return []byte("Quote storm\n\n" + strings.Repeat(`"a" `, 5000) + "the end.") }, "analysed", ""},
	{"a sentence wrapped after a short first line", "wrap.jsonl", func() []byte {
		return []byte(`{"text":"The mayor said it was a cold \nnight in the city and the buses stopped running early."}` + "\n")
	}, "analysed", ""},
	{"only a dated sentence", "oggi.jsonl", func() []byte { return []byte(`{"text":"Oggi è il 27/10/2014.","language":"it"}` + "\n") }, "analysed", ""},
	{"5 MB single line", "oneline.txt", func() []byte { return []byte("One line\n\n" + strings.Repeat("word ", 1<<20)) }, "skipped", "article text too long"},
	{"a 2 MB record among good ones in JSONL", "long.jsonl", func() []byte {
		return []byte(`{"title":"Dock strike ends","text":"Dock workers in Port Calder ended a four-day strike on Friday, the union said."}` + "\n" +
			`{"title":"Dock strike diary","text":"` + strings.Repeat("The dock stayed shut. ", 2<<20/22) + `"}` + "\n")
	}, "analysed", "long.jsonl:2: article text too long"},
}

// TestBadInputs runs each bad input beside a good article through the
// dossier command and writes the outcome table to docs/bad-inputs.md
// (-update) or checks it against that file.
func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIP (loud): bad-input table needs large inputs; run without -short")
	}
	var table strings.Builder
	table.WriteString("| input | outcome | what the user sees | through the API (POST /api/v1/stories) |\n| --- | --- | --- | --- |\n")
	h := apiServer(t)
	for _, bi := range badInputs {
		t.Run(bi.name, func(t *testing.T) {
			dir := t.TempDir()
			good := filepath.Join(dir, "good.txt")
			os.WriteFile(good, []byte(goodStory), 0o644)
			bad := filepath.Join(dir, bi.file)
			badBody := bi.make()
			os.WriteFile(bad, badBody, 0o644)
			out, stderr, err := runCLI(t, "", "dossier", "--format", "json", good, bad)
			if err != nil && !errors.Is(err, errPartial) {
				t.Fatalf("dossier: %v\n%s", err, stderr)
			}
			var d struct {
				Articles []struct{ Source, Text string }
				Skipped  []corroborate.SkippedInput
			}
			if jerr := json.Unmarshal([]byte(out), &d); jerr != nil {
				t.Fatalf("output is not JSON: %v", jerr)
			}
			fromBad := 0
			for _, a := range d.Articles {
				if strings.HasPrefix(a.Source, bad) {
					fromBad++
				}
			}
			goodKept := len(d.Articles) > fromBad
			if !goodKept {
				t.Errorf("the good article was lost beside %s", bi.name)
			}
			switch bi.outcome {
			case "skipped":
				if !errors.Is(err, errPartial) || fromBad != 0 {
					t.Errorf("%s: err = %v, %d articles from it; want it skipped", bi.name, err, fromBad)
				}
				// the dossier itself names the skipped input and why
				if len(d.Skipped) != 1 || !strings.HasPrefix(d.Skipped[0].Input, bad) || !strings.Contains(d.Skipped[0].Reason, bi.stderr) {
					t.Errorf("%s: the dossier's skipped inputs %+v, want %s with %q", bi.name, d.Skipped, bad, bi.stderr)
				}
			case "analysed":
				if fromBad == 0 && bi.file != "dup.txt" {
					t.Errorf("%s: no article from it; stderr:\n%s", bi.name, stderr)
				}
			}
			if bi.stderr != "" && !strings.Contains(stderr, bi.stderr) && bi.outcome != "any" {
				t.Errorf("%s: stderr lacks %q:\n%s", bi.name, bi.stderr, stderr)
			}
			got := "skipped"
			if fromBad > 0 || bi.file == "dup.txt" {
				got = "analysed"
			}
			seen := firstLine(strings.ReplaceAll(stderr, dir+"/", "")) // the temp dir's length varies
			if seen == "" {
				seen = "no message; the article is analysed"
			}
			apiCell := uploadThroughAPI(t, h, "good.txt", []byte(goodStory), bi.file, badBody)
			fmt.Fprintf(&table, "| %s | %s | `%s` | %s |\n", bi.name, got, strings.ReplaceAll(seen, "|", `\|`), apiCell)
		})
	}
	checkGolden(t, "../../docs/bad-inputs.md", badInputsHeader+table.String())
}

const badInputsHeader = `# Bad inputs and what happens to them

Produced by TestBadInputs in cmd/corroborate (go test ./cmd/corroborate -run BadInputs -update).
Each input is given to ` + "`corroborate dossier`" + ` beside one good article; in every case the good
article is analysed, nothing panics, and the exit status is 3 when an input was skipped.
The last column is the same pair uploaded in one multipart request to a server with the default
limits (32 MiB a request, 64 MiB an input after decompression): the JSON answer the client gets.

No words are lost on the way: TestTextFidelity (go test ./cmd/corroborate -run TextFidelity) checks that
the words of every plain-text example, seed and benchmark text, minus the lines listed in ` + "`removed`" + ` and
the metadata lines taken from it (headline, byline, date), are the words of its ` + "`text`" + `.

`

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 160 {
		s = s[:160] + "…"
	}
	return s
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s is out of date; run go test ./cmd/corroborate -run BadInputs -update\n--- got:\n%s", path, got)
	}
}

// TestSkippedNameInertOnStderr: a skipped input's name is untrusted (a
// file name can hold a terminal escape): stderr shows it escaped.
func TestSkippedNameInertOnStderr(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Ferry resumes\n\nThe harbour ferry at Port Ellis ran again on Thursday, the operator said."), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "evil\x1b]0;owned\x07.bin")
	if err := os.WriteFile(bad, []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runCLI(t, "", "dossier", good, bad)
	if !errors.Is(err, errPartial) {
		t.Fatalf("dossier: %v\n%s", err, stderr)
	}
	if strings.ContainsAny(stderr, "\x1b\x07") || !strings.Contains(stderr, `evil\x1b]0;owned\x07.bin`) {
		t.Errorf("stderr does not show the name escaped:\n%q", stderr)
	}
}
