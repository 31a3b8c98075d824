package ingest

import (
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add("d.jsonl", []byte(`{"title":"A","text":"one"}`+"\n{bad\n"))
	f.Add("d.json", []byte(`[{"html":"<p>x</p>"},1,null]`))
	f.Add("f.xml", []byte(`<?xml version="1.0"?><rss><channel><item><description>x</description></item></channel></rss>`))
	f.Add("a.txt", []byte("\xff\xfeH\x00"))
	f.Add("a.gz", []byte{0x1f, 0x8b, 8, 0, 0, 0})
	f.Fuzz(func(t *testing.T, name string, body []byte) {
		docs, errs := Parse(name, body, Options{MaxBytes: 1 << 20})
		for _, err := range errs {
			if !strings.HasPrefix(err.Error(), name) {
				t.Fatalf("error %q does not name input %q", err, name)
			}
		}
		for _, d := range docs {
			if d.Format != "text" && d.Format != "html" {
				t.Fatalf("document format %q", d.Format)
			}
		}
	})
}
