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
	f.Add("w", []byte("<DOC id=\"APW_ENG_19990101.1\"><HEADLINE>A</HEADLINE><TEXT><P>x &AMP;</P></TEXT></DOC>\n<DOC><TEXT></TEXT></DOC>"))
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

func FuzzParseURLList(f *testing.F) {
	f.Add([]byte("# list\nhttps://a.example/x\n\nnot a url\nftp://b.example/\n"))
	f.Add([]byte("\xef\xbb\xbfhttp://a.example\r\nhttp://[::1\n"))
	f.Fuzz(func(t *testing.T, body []byte) {
		urls, problems := ParseURLList("list.urls", body)
		for _, u := range urls {
			if !IsURL(u) {
				t.Fatalf("ParseURLList kept %q, not an http(s) URL", u)
			}
		}
		for _, err := range problems {
			if !strings.HasPrefix(err.Error(), "list.urls") {
				t.Fatalf("problem %q does not name the list", err)
			}
		}
		if len(urls) == 0 && len(problems) == 0 {
			t.Fatal("a list with no URL and no problem")
		}
	})
}
