package dossier

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestExamplePromises reads the table of planted phenomena in
// examples/README.md and checks each row against the example's dossier, so
// the README cannot promise what the analysis does not find. A row the test
// has no check for fails: a new promise needs a new check.
func TestExamplePromises(t *testing.T) {
	rows := promiseRows(t, "../../examples/README.md")
	if len(rows) < 10 {
		t.Fatalf("read %d rows from the promises table, want at least 10", len(rows))
	}
	d, file := buildExample(t)
	art := map[string]*corroborate.Article{} // "01" .. "06"
	for i := range d.Articles {
		art[file[d.Articles[i].ID]] = &d.Articles[i]
	}
	for _, row := range rows {
		what, where := row[0], row[1]
		t.Run(what[:min(len(what), 40)], func(t *testing.T) {
			switch {
			case strings.HasPrefix(what, "the origin"):
				checkOrigin(t, d, file, articleNumbers(where)[0])
			case fromPattern.MatchString(where):
				m := fromPattern.FindStringSubmatch(where)
				checkCopy(t, d, file, art[m[1]], what, m[1], m[2])
			case strings.HasPrefix(what, "an independent report"):
				n := articleNumbers(where)[0]
				for _, r := range d.Reuse {
					if file[r.From] == n || file[r.To] == n {
						t.Errorf("independent %s takes part in reuse %s → %s", n, file[r.From], file[r.To])
					}
				}
				checkHTMLChrome(t, art[n])
			case strings.HasPrefix(what, "chrome:"):
				checkChrome(t, d, art, what, where)
			case strings.HasPrefix(what, "each outlet named by the page itself"):
				checkOutlets(t, art, what)
			case strings.HasPrefix(what, "quote with different speakers"):
				checkSpeakers(t, d, file, what, where)
			case strings.Contains(what, " conflict: "):
				checkConflict(t, d, file, what, where)
			default:
				t.Errorf("no check for the promise %q (%s): add one", what, where)
			}
		})
	}
}

var (
	fromPattern   = regexp.MustCompile(`^(\d\d) from (\d\d)$`)
	numberPattern = regexp.MustCompile(`\b0\d\b`)
	quotedPattern = regexp.MustCompile(`"([^"]+)"`)
)

// promiseRows returns the phenomenon and where cells of the README's table.
func promiseRows(t *testing.T, path string) [][2]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][2]string
	for _, line := range strings.Split(string(b), "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), " | ")
		if !strings.HasPrefix(line, "|") || len(cells) != 2 || strings.HasPrefix(cells[0], " ---") ||
			strings.TrimSpace(cells[0]) == "phenomenon" {
			continue
		}
		rows = append(rows, [2]string{strings.TrimSpace(cells[0]), strings.TrimSpace(cells[1])})
	}
	return rows
}

func articleNumbers(s string) []string { return numberPattern.FindAllString(s, -1) }

// checkOrigin: the article is copied from and copies nothing, and its own
// sign-off is evidence of the direction.
func checkOrigin(t *testing.T, d *corroborate.Dossier, file map[string]string, n string) {
	from, signoff := 0, false
	for _, r := range d.Reuse {
		if file[r.To] == n {
			t.Errorf("the origin %s copies %s", n, file[r.From])
		}
		if file[r.From] == n {
			from++
			for _, e := range r.Evidence {
				signoff = signoff || strings.Contains(e, "contributed to this report") || strings.Contains(e, "writer")
			}
		}
	}
	if from == 0 {
		t.Errorf("nothing is copied from the origin %s", n)
	}
	if !signoff {
		t.Errorf("no direction evidence cites the origin %s's sign-off", n)
	}
}

// checkCopy: the reuse edge exists, with the kind and the credits the row
// names, and the copy's own reporting when the row says so.
func checkCopy(t *testing.T, d *corroborate.Dossier, file map[string]string, to *corroborate.Article, what, n, from string) {
	var r *corroborate.Reuse
	for i := range d.Reuse {
		if file[d.Reuse[i].From] == from && file[d.Reuse[i].To] == n {
			r = &d.Reuse[i]
		}
	}
	if r == nil {
		t.Fatalf("no reuse %s → %s", from, n)
	}
	kind := ""
	for _, k := range []string{"near-verbatim", "verbatim", "condensed"} {
		if strings.Contains(what, k) {
			kind = k
			break
		}
	}
	if kind != "" && r.Kind != kind {
		t.Errorf("reuse %s → %s is %s, want %s (evidence %q)", from, n, r.Kind, kind, r.Evidence)
	}
	if kind != "condensed" {
		// a copy as long as its origin: no evidence may call the copy the
		// longer version of the shared passages
		for _, e := range r.Evidence {
			if strings.HasPrefix(e, to.ID+" has the longer version") {
				t.Errorf("%s copy %s: evidence argues the other way: %q", kind, n, e)
			}
		}
	}
	switch uncredited := strings.Contains(what, "uncredited"); {
	case uncredited && r.Credited:
		t.Errorf("reuse %s → %s is credited (%v), want uncredited", from, n, r.Credit)
	case !uncredited && strings.Contains(what, "credited"):
		if !r.Credited {
			t.Errorf("reuse %s → %s is not credited", from, n)
		}
		for _, m := range quotedPattern.FindAllStringSubmatch(what, -1) {
			if !slices.ContainsFunc(to.Credits, func(c corroborate.Credit) bool { return c.Cue == m[1] }) {
				t.Errorf("credit %q of %s not found (credits %v)", m[1], n, to.Credits)
			}
		}
	}
	if strings.Contains(what, "original reporting") && to.Originality < 0.15 {
		t.Errorf("%s has its own reporting, originality %.2f", n, to.Originality)
	}
}

// chromeNeedles are the words of each kind of chrome the table names, as
// the example's pages write them.
var chromeNeedles = map[string]string{
	"share bars": "Share", "comment form": "Leave a comment", "subscription prompts": "Subscribe",
	"photo credit": "(Photo:", "author box": "About the author", `"more from"`: "More from",
	"Italian chrome": "Condividi",
}

// checkChrome: every kind of chrome the row names was removed from some
// article and is in no article's text; every article listed lost its chrome.
func checkChrome(t *testing.T, d *corroborate.Dossier, art map[string]*corroborate.Article, what, where string) {
	for _, kind := range strings.Split(strings.TrimPrefix(what, "chrome: "), ", ") {
		needle, ok := chromeNeedles[kind]
		if !ok {
			t.Errorf("no check for chrome %q", kind)
			continue
		}
		removed := false
		for _, a := range d.Articles {
			removed = removed || slices.ContainsFunc(a.Removed, func(r string) bool { return strings.Contains(r, needle) })
			if strings.Contains(a.Text, needle) {
				t.Errorf("chrome %q (%q) left in the text of %s", kind, needle, a.Source)
			}
		}
		if !removed {
			t.Errorf("chrome %q (%q) removed from no article", kind, needle)
		}
	}
	for _, n := range articleNumbers(where) {
		a := art[n]
		if strings.HasSuffix(a.Source, ".html") {
			checkHTMLChrome(t, a)
			continue
		}
		if len(a.Removed) == 0 {
			t.Errorf("no chrome removed from %s", n)
		}
		for _, r := range a.Removed {
			if strings.Contains(a.Text, r) {
				t.Errorf("removed line %q still in the text of %s", r, n)
			}
		}
	}
}

var navFooter = regexp.MustCompile(`(?s)<(nav|footer)>(.*?)</(?:nav|footer)>`)

// checkHTMLChrome: the text of an HTML page holds nothing of its navigation
// and footer.
func checkHTMLChrome(t *testing.T, a *corroborate.Article) {
	b, err := os.ReadFile(a.Source)
	if err != nil {
		t.Fatal(err)
	}
	blocks := navFooter.FindAllStringSubmatch(string(b), -1)
	if len(blocks) == 0 {
		t.Fatalf("%s has no navigation or footer to remove", a.Source)
	}
	for _, m := range blocks {
		for _, piece := range regexp.MustCompile(`<[^>]+>`).Split(m[2], -1) {
			if piece = strings.Trim(piece, " |"); len(piece) >= 8 && strings.Contains(a.Text, piece) {
				t.Errorf("%s chrome %q left in the text of %s", m[1], piece, a.Source)
			}
		}
	}
}

// checkOutlets: every article has the outlet its page names, as the page
// writes it, and the quoted line of the row names it.
func checkOutlets(t *testing.T, art map[string]*corroborate.Article, what string) {
	for n, a := range art {
		if a.Outlet == nil {
			t.Errorf("%s has no outlet", n)
			continue
		}
		b, err := os.ReadFile(a.Source)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), *a.Outlet) {
			t.Errorf("%s outlet %q is not written in the page", n, *a.Outlet)
		}
		if m := regexp.MustCompile(n + ` "([^"]+)"`).FindStringSubmatch(what); m != nil && !strings.Contains(m[1], *a.Outlet) {
			t.Errorf("%s outlet %q, want the one of %q", n, *a.Outlet, m[1])
		}
	}
}

// checkSpeakers: the quotation is credited to each named speaker in the
// articles named, and a quote-speaker conflict has those groups as sides.
func checkSpeakers(t *testing.T, d *corroborate.Dossier, file map[string]string, what, where string) {
	text := quotedPattern.FindStringSubmatch(what)[1]
	var q *corroborate.Quote
	for i := range d.Quotes {
		if d.Quotes[i].Text == text {
			q = &d.Quotes[i]
		}
	}
	if q == nil {
		t.Fatalf("quote %q not found", text)
	}
	var want []string
	for _, part := range strings.Split(where, ", ") {
		name, arts, _ := strings.Cut(part, " in ")
		fields := strings.Fields(name)
		surname := fields[len(fields)-1]
		ns := articleNumbers(arts)
		for _, n := range ns {
			if !slices.ContainsFunc(q.Mentions, func(m corroborate.QuoteMention) bool {
				return file[m.Article] == n && strings.Contains(m.SpeakerText, surname)
			}) {
				t.Errorf("quote %q: %s does not credit it to %s", text, n, name)
			}
		}
		want = append(want, strings.Join(ns, ","))
	}
	checkSides(t, d, file, corroborate.ConflictQuoteSpeaker, want, nil)
}

// checkConflict: a conflict of the row's kind whose sides are the row's
// articles (an article said to agree "in other words" joins the first side)
// and whose values are the row's.
func checkConflict(t *testing.T, d *corroborate.Dossier, file map[string]string, what, where string) {
	kind, values, _ := strings.Cut(what, " conflict: ")
	if i := strings.LastIndex(values, ", "); i >= 0 {
		values = values[i+2:] // "vehicles a day, 38,000 vs 35,000"
	}
	main, extra, _ := strings.Cut(where, " (")
	var want []string
	for _, side := range strings.Split(main, " vs ") {
		want = append(want, strings.Join(articleNumbers(side), ","))
	}
	if strings.Contains(extra, "agree") {
		want[0] = strings.Join(append(articleNumbers(want[0]), articleNumbers(extra)...), ",")
		// and in the claims, the article saying it in other words states
		// the claim its side's articles state
		checkSupport(t, d, file, articleNumbers(want[0]))
	}
	var vals []string
	for _, v := range strings.Split(values, " vs ") {
		w := strings.Fields(strings.ReplaceAll(v, `"`, ""))
		vals = append(vals, strings.Join(w[max(0, len(w)-2):], " "))
	}
	checkSides(t, d, file, corroborate.ConflictKind(kind), want, vals)
}

// checkSupport: some claim is stated by all the articles ns.
func checkSupport(t *testing.T, d *corroborate.Dossier, file map[string]string, ns []string) {
	for _, c := range d.Claims {
		var have []string
		for _, s := range c.Support {
			have = append(have, file[s.Article])
		}
		if containsAll(have, ns) {
			return
		}
	}
	t.Errorf("no claim is stated by all of %v", ns)
}

// checkSides finds the conflict of kind whose sides hold exactly the files
// of want (each "01,03"), and checks that side i's value holds vals[i].
func checkSides(t *testing.T, d *corroborate.Dossier, file map[string]string, kind corroborate.ConflictKind, want, vals []string) {
	for i := range want {
		fs := strings.Split(want[i], ",")
		sort.Strings(fs)
		want[i] = strings.Join(fs, ",")
	}
	var seen [][]string
	for _, c := range d.Conflicts {
		if c.Kind != kind {
			continue
		}
		got := map[string]string{} // files -> value
		for _, s := range c.Sides {
			var fs []string
			for _, a := range s.Articles {
				fs = append(fs, file[a])
			}
			sort.Strings(fs)
			got[strings.Join(fs, ",")] = s.Value
		}
		seen = append(seen, sortedKeys(got))
		if len(got) != len(want) {
			continue
		}
		match := true
		for i, w := range want {
			v, ok := got[w]
			match = match && ok && (vals == nil || strings.Contains(v, vals[i]))
		}
		if match {
			return
		}
	}
	t.Errorf("no %s conflict with sides %v and values %q; %s conflicts found: %v", kind, want, vals, kind, seen)
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
