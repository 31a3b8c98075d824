package ui_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	xhtml "golang.org/x/net/html"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/app"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/report"
	"github.com/corroborate/corroborate/internal/ui"
	"github.com/corroborate/corroborate/internal/view"
)

// TestEveryFindingOnEverySurface builds the dossier of the seed reports
// and of the example story, walks its JSON and checks that each finding
// (every conflict with its sides, every credit pointing elsewhere, every
// uncredited copy, every contradiction in the claims matrix, every
// quotation conflict) is on every surface: the text report, Markdown, the
// web page and the standalone HTML export. A surface that drops a finding
// fails here.
func TestEveryFindingOnEverySurface(t *testing.T) {
	stories := map[string]string{"example": "../../examples/wexley-bridge", "seeds": "../../../shared/corpus/seeds"}
	for name, dir := range stories {
		t.Run(name, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(dir, "*"))
			if len(files) == 0 {
				if name == "seeds" {
					t.Skipf("SKIP (loud): %s not found; the seeds' surfaces were not checked", dir)
				}
				t.Fatalf("no files in %s", dir)
			}
			d := buildDossier(t, files)
			js, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			var walked corroborate.Dossier // what the contract says, as a reader of the JSON sees it
			if err := json.Unmarshal(js, &walked); err != nil {
				t.Fatal(err)
			}
			surfaces := renderSurfaces(t, d, js)
			findings := findingsOf(&walked)
			if name == "seeds" && len(findings) < 3+1+2+1 {
				t.Errorf("the seeds give %d findings, want at least 7 (3 conflicts, a miscredit, 2 uncredited copies, a contradiction)", len(findings))
			}
			for _, f := range findings {
				for surface, text := range surfaces {
					if !f.re.MatchString(text) {
						t.Errorf("%s: %s is missing (%s)", surface, f.what, f.re)
					}
				}
			}
		})
	}
}

type finding struct {
	what string
	re   *regexp.Regexp
}

// findingsOf lists d's findings, each with what a surface must show of it,
// built from the JSON and the labels alone.
func findingsOf(d *corroborate.Dossier) []finding {
	v := view.New(d)
	ref := func(id string) string { return regexp.QuoteMeta(v.Source(id).Ref()) }
	words := func(s string, n int) string { // the first n runes, as a pattern allowing any spacing
		r := []rune(s)
		if len(r) > n {
			r = r[:n]
		}
		return strings.Join(strings.Fields(regexp.QuoteMeta(string(r))), `\s+`)
	}
	var out []finding
	// a summary sentence that takes a side in a conflict says so, after
	// its own words, naming the conflict's kind
	for i, s := range d.Summary {
		for _, k := range s.Disputed {
			out = append(out, finding{fmt.Sprintf("summary sentence %d disputed by conflict %d", i+1, k),
				regexp.MustCompile(`(?s)` + words(s.Text, 40) + `.*?disputed: \[` + regexp.QuoteMeta(d.Conflicts[k].Kind.Label()) + `\]`)})
		}
	}
	for _, c := range d.Conflicts {
		for _, s := range c.Sides {
			first := s.Articles[0] // the side's first source in reading order
			for _, a := range s.Articles {
				if v.Source(a).N < v.Source(first).N {
					first = a
				}
			}
			pat := words(s.Value, 120) + `.{0,8}?` + ref(first)
			out = append(out, finding{fmt.Sprintf("conflict %q, side %q", c.About, s.Value), regexp.MustCompile(pat)})
		}
		label := regexp.QuoteMeta(corroborate.ConflictKind(c.Kind).Label())
		out = append(out, finding{fmt.Sprintf("conflict %q, its kind", c.About), regexp.MustCompile(`(?i)` + label)})
		if corroborate.ConflictKind(c.Kind).Quote() {
			// A quotation conflict is in the conflicts and again in the quotes.
			q := words(strings.TrimRight(c.About, ".:;, "), 40)
			out = append(out, finding{fmt.Sprintf("quote conflict %q, twice", c.About), regexp.MustCompile(`(?s)` + q + `.*` + q)})
		}
	}
	for _, r := range d.Reuse {
		for _, m := range r.Miscredits {
			out = append(out, finding{fmt.Sprintf("miscredit of %s in %s", m.Outlet, r.To),
				regexp.MustCompile(ref(r.To) + ` credits ` + regexp.QuoteMeta(m.Outlet) + `.{0,300}?matches ` + ref(r.From))})
		}
		if r.Credited && r.Credit != nil && r.SameOutlet == "" {
			out = append(out, finding{fmt.Sprintf("the credit of %s to %s", r.To, r.From),
				regexp.MustCompile(`credited: ['‘]` + regexp.QuoteMeta(r.Credit.Cue) + `['’]`)})
		}
		switch {
		case !r.Credited && len(r.Miscredits) > 0:
			out = append(out, finding{fmt.Sprintf("copy %s of %s credited to another outlet", r.To, r.From),
				regexp.MustCompile(ref(r.To) + ` takes \d+% of its text from ` + ref(r.From) + ` and credits ` + regexp.QuoteMeta(r.Miscredits[0].Outlet) + `.{0,100}? for that text, not `)})
		case !r.Credited:
			out = append(out, finding{fmt.Sprintf("uncredited copy %s of %s", r.To, r.From),
				regexp.MustCompile(ref(r.To) + ` takes \d+% of its text from ` + ref(r.From) + ` without crediting it`)})
		}
	}
	// Every speaker with every role the articles give them, and every
	// article's title, whole (a terminal table wraps them, so their words
	// are asked for in order, other columns between them).
	inOrder := func(s string) *regexp.Regexp {
		w := strings.Fields(s)
		for i := range w {
			w[i] = regexp.QuoteMeta(w[i])
		}
		return regexp.MustCompile(`(?s)` + strings.Join(w, `\s.{0,120}?`))
	}
	for _, s := range d.Speakers {
		out = append(out, finding{fmt.Sprintf("speaker %s with their roles", s.ID), inOrder(view.SpeakerLabel(s))})
		out = append(out, finding{fmt.Sprintf("speaker %s with kind, roles and aliases", s.ID), inOrder(view.SpeakerEntry(s))})
	}
	// Every partial quotation is marked so after its words (and, on the
	// web, after the source and speaker of its mention).
	for _, q := range d.Quotes {
		for _, m := range q.Mentions {
			if m.Partial {
				out = append(out, finding{fmt.Sprintf("quote %s, partial in %s", q.ID, m.Article), regexp.MustCompile(inOrder(q.Text).String() + `.{0,600}?` + inOrder(view.PartialNote).String()[len("(?s)"):])})
				break
			}
		}
	}
	// Every copy's longest shared passage, its opening words at least
	// (the reports cut it to a few dozen words).
	for _, r := range v.Reuse {
		if r.Longest != "" {
			w := strings.Fields(r.Longest)
			out = append(out, finding{fmt.Sprintf("longest passage %s → %s", r.From.ID, r.To.ID), inOrder(strings.Join(w[:min(len(w), 12)], " "))})
		}
	}
	for _, c := range v.Conflicts {
		for _, p := range c.Evidence() {
			out = append(out, finding{fmt.Sprintf("conflict %q, the passage of %s", c.About, p.Source.ID), inOrder(p.Text)})
		}
	}
	for _, a := range d.Articles {
		if a.Title != "" {
			out = append(out, finding{fmt.Sprintf("title of %s", a.ID), inOrder(a.Title)})
		}
	}
	for _, c := range d.Claims {
		for _, s := range c.Contradicts {
			out = append(out, finding{fmt.Sprintf("contradiction of %s by %s", c.ID, s.Article),
				regexp.MustCompile(ref(s.Article) + ` contradicts ` + regexp.QuoteMeta(c.ID) + `\b`)})
		}
	}
	return out
}

// buildDossier reads files as the CLI does and builds their dossier.
func buildDossier(t *testing.T, files []string) *corroborate.Dossier {
	t.Helper()
	var inputs []app.Input
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, app.Input{Name: f, Body: b})
	}
	l, err := app.Load(t.Context(), inputs, app.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Articles) != len(files) {
		t.Fatalf("%d articles from %d files: %v", len(l.Articles), len(files), l.Skipped())
	}
	return dossier.Build(l.Articles, dossier.Options{})
}

// renderSurfaces renders d on every surface and returns each as the words
// a reader sees: tags, escapes and line breaks taken out.
func renderSurfaces(t *testing.T, d *corroborate.Dossier, js []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	var txt, md, file bytes.Buffer
	if err := report.Text(&txt, d); err != nil {
		t.Fatal(err)
	}
	if err := report.Markdown(&md, d); err != nil {
		t.Fatal(err)
	}
	if err := ui.RenderStandalone(&file, d); err != nil {
		t.Fatal(err)
	}
	out["text"] = squeeze(txt.String())
	out["markdown"] = squeeze(mdUnescape.ReplaceAllString(html.UnescapeString(md.String()), "$1"))
	out["HTML export"] = squeeze(htmlText(t, file.String()))
	out["web page"] = squeeze(htmlText(t, storyPage(t, d, js)))
	return out
}

var mdUnescape = regexp.MustCompile(`\\([[:punct:]])`)

func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// htmlText is the text of a page, without style sheets and scripts.
func htmlText(t *testing.T, page string) string {
	t.Helper()
	doc, err := xhtml.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && (n.Data == "style" || n.Data == "script" || n.Data == "head") {
			return
		}
		if n.Type == xhtml.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return sb.String()
}

// storedStory stores d, whose JSON is js, as the analysed story id in a
// new SQLite store and returns the app over it.
func storedStory(t *testing.T, id string, d *corroborate.Dossier, js []byte) *app.App {
	t.Helper()
	store := openStore(t)
	svc := app.New(store, app.Options{})
	info, err := store.CreateStory(t.Context(), id, d.Articles)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.PutAnalysis(t.Context(), corroborate.Analysis{StoryID: id, Revision: info.Revision,
		Stages: svc.PipelineKey(), Title: d.Story.Title, Dossier: js}); err != nil {
		t.Fatal(err)
	}
	return svc
}

// storyPage stores d as a story and returns its page as the server sends it.
func storyPage(t *testing.T, d *corroborate.Dossier, js []byte) string {
	t.Helper()
	s := siteOver(t, storedStory(t, "surfaces", d, js), "surfaces")
	rec := s.get(t, "/stories/surfaces", "")
	if rec.Code != 200 {
		t.Fatalf("GET the story page: %d\n%s", rec.Code, rec.Body)
	}
	return rec.Body.String()
}
