package view

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
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

// Source is one article with its short label.
type Source struct {
	N      int    // 1-based, stable: the article's place in the dossier
	ID     string // the article id
	Name   string // the outlet when known, else a short form of the file name or URL, else the title's first words
	titled bool   // Name is taken from the title (or, untitled, the text's opening words)
	label  string // the title, or for an untitled article the text's first line
	Outlet string // empty when unknown
	Title  string
	Source string // the path or URL as given
	// URL is the article's web address when its input gave one and it is
	// an http or https address; InputID the id its input gave it.
	URL, InputID string
	// Published is the date as given; Date is it for people ("4 Aug
	// 2017, 10:33") and Zone its zone offset, empty for a bare date.
	Published, Date, Zone string
	// Modified is when the page says it was last changed, as given;
	// Updated says it for people ("updated 13 Mar 2026, 08:00 UTC"), empty
	// when unknown or the same as Published.
	Modified, Updated string
	// Dateline is the place line that opens the text, when there is one.
	Dateline string
	// Fetched says how the article was fetched from the web, for people
	// ("fetched 3 Dec 2026, 22:41 UTC, HTTP 200, from https://… after 1
	// redirect"); empty for an article read from a file.
	Fetched string
	// Language is the article's language code as extraction read it.
	Language    string
	Byline      string
	Originality int // percent
	Credits     []string
	// OffTopic marks an article that shares little of the story's
	// vocabulary (probably another story); OffTopicReason says how little.
	OffTopic       bool
	OffTopicReason string
}

// Ref is the short label of a source: "[4] Associated Press".
func (s Source) Ref() string { return fmt.Sprintf("[%d] %s", s.N, s.Name) }

// Tagged is Ref with "(off topic)" after it for an article off topic:
// the label of an article where what it says counts as the story's (a
// summary sentence's citations, a conflict's sides), so that no finding
// rests on it unmarked.
func (s Source) Tagged() string {
	if s.OffTopic {
		return s.Ref() + " (" + OffTopicTag + ")"
	}
	return s.Ref()
}

// OffTopicTag is the words every surface puts by an article off topic.
const OffTopicTag = "off topic"

// OffTopicLine says of an article off topic what and why, for the head of
// a report: "[3] Daily Planet shares little … : probably another story."
func (s Source) OffTopicLine() string {
	return s.Ref() + " " + s.OffTopicReason + "."
}

func newSource(i int, a corroborate.Article) Source {
	s := Source{N: i + 1, ID: a.ID, Title: a.Title, Source: a.Source, Byline: strings.Join(a.Byline, ", "),
		Originality: int(a.Originality*100 + 0.5), InputID: a.InputID, OffTopic: a.OffTopic, OffTopicReason: a.OffTopicReason}
	if u := strings.ToLower(a.URL); strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
		s.URL = a.URL
	}
	if a.Outlet != nil {
		s.Outlet = *a.Outlet
	}
	s.Name = s.Outlet
	if s.Name == "" && !dumpRecord(a.Source) {
		s.Name = shortSource(a.Source)
	}
	if s.Name == "" {
		// a record of a dump ("articles.jsonl:3") is told apart by its
		// title or opening words, not by the dump's name and a line
		// number, unless it has neither
		if s.Name = shortSource(a.Source); s.Name == "" {
			s.Name = "article " + a.ID
		}
		s.label = a.Title
		if s.label == "" {
			// an untitled article is known by its opening words, after
			// its dateline ("MOSCOW — Under the attentive eye …")
			first, _, _ := strings.Cut(strings.TrimSpace(a.Text), "\n")
			s.label = strings.TrimSpace(first[outlets.DatelineEnd(first, true):])
		}
		s.titled = s.label != ""
	}
	if a.Published != nil {
		s.Published = *a.Published
		s.Date, s.Zone = ReadableDate(*a.Published)
	}
	if a.Modified != nil && *a.Modified != s.Published {
		s.Modified = *a.Modified
		date, zone := ReadableDate(*a.Modified)
		s.Updated = strings.TrimSpace("updated " + date + " " + zone)
	}
	s.Dateline, s.Language, s.Fetched = a.Dateline, a.Language, fetched(a.Fetch)
	for _, c := range a.Credits {
		if !slices.Contains(s.Credits, c.Outlet) {
			s.Credits = append(s.Credits, c.Outlet)
		}
	}
	return s
}

// titleNames names the sources known by nothing but their title with the
// fewest words of the title (three at least) that tell each from every other
// source: "Jeff Sessions threatens…" and "Jeff Sessions Prioritizes…", not
// "Jeff Sessions…" twice.
func titleNames(srcs []Source) {
	name := func(w []string, n int) string {
		if len(w) <= n {
			return strings.Join(w, " ")
		}
		return strings.TrimRight(strings.Join(w[:n], " "), ",;:—–-") + "…"
	}
	// Each clashing name grows alone, so that two long look-alike leads
	// do not lengthen every other name; articles whose labels are the
	// same words (a copy's lead) are told apart by their numbers, not by
	// growing their names to whole sentences.
	n := make([]int, len(srcs))
	words := make([][]string, len(srcs)) // each label's words
	for i := range n {
		n[i], words[i] = 3, strings.Fields(srcs[i].label)
	}
	for {
		labels := map[string]map[string]bool{} // the whole labels behind each name
		for i := range srcs {
			if srcs[i].titled {
				srcs[i].Name = name(words[i], n[i])
			}
			if labels[srcs[i].Name] == nil {
				labels[srcs[i].Name] = map[string]bool{}
			}
			labels[srcs[i].Name][strings.Join(words[i], " ")] = true
		}
		grew := false
		for i, s := range srcs {
			if s.titled && len(labels[s.Name]) > 1 && len(words[i]) > n[i] {
				n[i]++
				grew = true
			}
		}
		if !grew {
			return
		}
	}
}

// shortSource is a short form of a file name or URL: the host and last
// path element of a URL, the file name without extension of a path.
func shortSource(src string) string {
	if src == "" {
		return ""
	}
	host := ""
	if i := strings.Index(src, "://"); i >= 0 {
		rest := src[i+3:]
		if j := strings.IndexAny(rest, "/?#"); j >= 0 {
			host, src = rest[:j], rest[j:]
		} else {
			return strings.TrimPrefix(rest, "www.")
		}
		host = strings.TrimPrefix(host, "www.")
		if j := strings.IndexAny(src, "?#"); j >= 0 {
			src = src[:j]
		}
	}
	line := ""
	if host == "" {
		src, line = splitLine(src)
	}
	base := path.Base(strings.TrimRight(src, "/"))
	if base == "." || base == "/" {
		base = ""
	}
	if ext := path.Ext(base); ext != "" && len(ext) <= 6 {
		base = strings.TrimSuffix(base, ext)
	}
	base = Shorten(dropHashes(base), 24)
	switch {
	case host != "" && base != "":
		return host + "/" + base
	case host != "":
		return host
	case line != "" && base != "":
		return base + ", line " + line
	case line != "":
		return "line " + line
	}
	return base
}

// dumpRecord reports whether src names one record of a dump of many
// ("dump.jsonl:12") rather than a file or a web address of its own.
func dumpRecord(src string) bool {
	if strings.Contains(src, "://") {
		return false
	}
	_, line := splitLine(src)
	return line != ""
}

// splitLine parts an article of a JSONL dump, named "dump.jsonl:12", into
// the file and the line number; other names come back whole.
func splitLine(src string) (file, line string) {
	i := strings.LastIndexByte(src, ':')
	if i <= 0 || i == len(src)-1 || strings.Trim(src[i+1:], "0123456789") != "" {
		return src, ""
	}
	return src[:i], src[i+1:]
}

// dropHashes removes from a file name the parts that are content hashes
// (eight or more hex digits) and what is left when it is only digits:
// "000_bd37e43993d0f313" names nothing a reader can tell apart.
func dropHashes(name string) string {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == '-' || r == '.' || r == ' ' })
	var keep []string
	letters := false
	for _, p := range parts {
		if len(p) >= 8 && strings.Trim(strings.ToLower(p), "0123456789abcdef") == "" {
			continue
		}
		keep = append(keep, p)
		letters = letters || strings.Trim(p, "0123456789") != ""
	}
	if !letters {
		return ""
	}
	return strings.Join(keep, "-")
}

func countKnown(srcs []Source) int {
	n := 0
	for _, s := range srcs {
		if s.Outlet != "" {
			n++
		}
	}
	return n
}
