package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hostile are markup and script payloads an article may carry, each of
// which would set window.__pwned (or leave a trace in the DOM) if a page
// let it through. Every one is fictional test data written for this file.
var hostile = []string{
	`<script>window.__pwned="script"</script>`,
	`<img src=x onerror="window.__pwned='img'">`,
	`<a href="javascript:window.__pwned='js-url'">read more</a>`,
	`<svg><script>window.__pwned='svg-script'</script></svg>`,
	`<svg onload="window.__pwned='svg-onload'"><circle r=4 /></svg>`,
	`" onmouseover="window.__pwned='attr-dq'" autofocus onfocus="window.__pwned='attr-focus'" x="`,
	`' onmouseover='window.__pwned=1' x='`,
	`</title></textarea></style></script><script>window.__pwned="close-tags"</script>`,
	`<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
	`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
	`<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
	`<base href="http://evil.example/">`,
	`<object data="javascript:window.__pwned='object'"></object>`,
	`<form action="http://evil.example/steal"><button>go</button></form>`,
	`{{.}} ${window.__pwned='template'} <%= x %>`,
	`javascript:window.__pwned='bare-js-url'`,
}

// hostileUploads are the articles of a hostile story as the JSON upload
// takes them: plain-text articles with payloads in the title, the byline,
// quotations and the text; an HTML page with them as markup and as
// escaped text; a JSON Lines dump with them in every metadata field.
func hostileUploads() []map[string]string {
	var ups []map[string]string
	for i, p := range hostile {
		text := fmt.Sprintf("Dam gates %d open %s\n\nBy Ulla Prent %s, Fenmoor Ledger\n\nMay 4, 2026\n\n", i, p, p) +
			"The Fenmoor dam opened two of its gates on Monday after heavy rain, the water board said. " + p + "\n\n" +
			fmt.Sprintf("\"The level rose %d centimetres overnight %s,\" said engineer Tamsin Oduya. ", 30+i, p) +
			"About 400 homes downstream were warned."
		ups = append(ups, map[string]string{"name": fmt.Sprintf("hostile-%02d.txt", i), "content": text})
	}
	page := "<!doctype html><html><head><title>Dam opens " + strings.Join(hostile[:3], " ") + "</title>" +
		`<meta property="og:site_name" content="Fen &quot; onload=&quot;window.__pwned='og'">` +
		"</head><body><article><h1>Fenmoor dam opens its gates</h1>"
	for _, p := range hostile {
		page += "<p>The water board said the Fenmoor dam opened two gates on Monday after heavy rain. " + p +
			" Escaped as text: " + html.EscapeString(p) + "</p>"
	}
	page += "</article></body></html>"
	ups = append(ups, map[string]string{"name": "hostile.html", "content": page})
	var dump strings.Builder
	for i, p := range hostile {
		rec := map[string]any{
			"title":     "Fenmoor record " + p,
			"outlet":    p,
			"byline":    []string{p},
			"url":       "javascript:window.__pwned='url-" + fmt.Sprint(i) + "'",
			"published": p,
			"text": fmt.Sprintf("Fenmoor record %d. The Fenmoor dam opened two gates on Monday, the water board said. %s "+
				"\"We are watching the river hour by hour %s,\" said board chair Idris Manole.", i, p, p),
		}
		b, _ := json.Marshal(rec)
		dump.Write(b)
		dump.WriteByte('\n')
	}
	ups = append(ups, map[string]string{"name": "hostile.jsonl", "content": dump.String()})
	return ups
}

// postHostileStory creates the hostile story through the API and returns
// its id.
func postHostileStory(t *testing.T, base, token string) string {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"articles": hostileUploads()})
	req, _ := http.NewRequest("POST", base+"/api/v1/stories", strings.NewReader(string(b)))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body := readAll(t, resp)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create the hostile story = %d %s", resp.StatusCode, body)
	}
	var res struct {
		Story struct{ ID string }
		Added []string
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil || len(res.Added) < len(hostile) {
		t.Fatalf("hostile story: %v; added %d articles, want at least %d: %s", err, len(res.Added), len(hostile), body)
	}
	return res.Story.ID
}

// checkInert parses an HTML page of the server and reports anything that
// could run or reach elsewhere beyond what the server's own templates use:
// a script that is not one of the server's files, an inline event handler,
// a javascript: or data:text/html address, a frame, object, embed, base or
// refresh, a form posting off-site.
func checkInert(t *testing.T, name, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if src := attrOf(n, "src"); !strings.HasPrefix(src, "/static/") {
					t.Errorf("%s: a <script> that is not the server's (src %q)", name, src)
				}
			case atom.Iframe, atom.Frame, atom.Object, atom.Embed, atom.Base, atom.Applet:
				t.Errorf("%s: a <%s> element", name, n.Data)
			case atom.Meta:
				if strings.EqualFold(attrOf(n, "http-equiv"), "refresh") {
					t.Errorf("%s: a meta refresh", name)
				}
			case atom.Form:
				if a := attrOf(n, "action"); !strings.HasPrefix(a, "/") || strings.HasPrefix(a, "//") {
					t.Errorf("%s: a form posting to %q", name, a)
				}
			}
			if n.Namespace == "svg" && n.Data == "script" {
				t.Errorf("%s: an SVG <script>", name)
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				val := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
				if strings.HasPrefix(key, "on") {
					t.Errorf("%s: <%s %s=%q>: an inline event handler", name, n.Data, a.Key, a.Val)
				}
				if (key == "href" || key == "src" || key == "action" || key == "formaction" || key == "xlink:href" || key == "data") &&
					(strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "data:text/html") || strings.HasPrefix(val, "vbscript:")) {
					t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
