package view

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
)

// NamedByTitle reports whether the source's label is the first words of its
// title (it has no outlet and no file name a reader could tell apart), so a
// legend that shows the title need not show the label's words again.
func (s Source) NamedByTitle() bool { return s.titled }

// Where says where the article came from: the path or URL as given, the
// id its input gave it and its web address, each once ("dump.jsonl:3; id
// fnc-12; https://news.example/a").
func (s Source) Where() string {
	var parts []string
	for _, p := range []string{s.Source, idPart(s.InputID), s.URL} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "; ")
}

func idPart(id string) string {
	if id == "" {
		return ""
	}
	return "id " + id
}

// Sureness says how sure the stage is of the conflict, as every surface
// shows it: "confidence 0.86" (conflicts are ordered by it).
func (c Conflict) Sureness() string { return fmt.Sprintf("confidence %.2f", c.Confidence) }

// Evidence is the passages of the conflict's sides that say more than the
// conflict's own words: a passage that is only the quotation or the value
// it is about (a quotation given to two speakers) is left out. Each is
// listed once, side by side, in source order within a side.
func (c Conflict) Evidence() []Passage {
	bare := map[string]bool{quoteKey(trimQuotes(c.About)): true}
	for _, s := range c.Sides {
		bare[quoteKey(trimQuotes(s.Value))] = true
	}
	var out []Passage
	type place struct {
		id         string
		start, end int
	}
	seen := map[place]bool{}
	for _, s := range c.Sides {
		for _, p := range s.Spans {
			at := place{p.Source.ID, p.Start, p.End}
			if p.Text == "" || bare[quoteKey(trimQuotes(p.Text))] || seen[at] {
				continue
			}
			seen[at] = true
			out = append(out, p)
		}
	}
	return out
}

// trimQuotes takes the quotation marks and closing punctuation off a
// quotation's ends: `"It is repairable,"` is `It is repairable`.
func trimQuotes(s string) string {
	return strings.Trim(apostrophes.Replace(strings.TrimSpace(s)), "\"'.,;:!? ")
}

// apostrophes writes curly quotation marks and apostrophes straight.
var apostrophes = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'")

// fetched says how a page was fetched: when, its status, and where it was
// read when that is not the address asked for.
func fetched(f *corroborate.Fetch) string {
	if f == nil {
		return ""
	}
	s := "fetched"
	if !f.FetchedAt.IsZero() {
		date, zone := ReadableDate(f.FetchedAt.Format(time.RFC3339))
		s += " " + date + " " + zone
	}
	if f.Status != 0 {
		s += fmt.Sprintf(", HTTP %d", f.Status)
	}
	if f.FinalURL != "" && f.FinalURL != f.URL {
		s += ", from " + f.FinalURL
	}
	if n := len(f.Redirects); n > 0 {
		s += " after " + Plural(n, "redirect")
	}
	return s
}

// Languages reports whether the story's articles are in more than one
// known language, so that the reports name each article's. An article
// whose language could not be read ("und", or none) counts in none.
func (v *Story) Languages() bool {
	first := ""
	for _, s := range v.Sources {
		switch l := KnownLanguage(s.Language); {
		case l == "":
		case first == "":
			first = l
		case l != first:
			return true
		}
	}
	return false
}

// KnownLanguage is code unless it says the language is not known ("und",
// the code for an undetermined one), then "".
func KnownLanguage(code string) string {
	if code == "und" {
		return ""
	}
	return code
}
