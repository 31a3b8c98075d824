// Package view turns a dossier into what people read: one story view,
// computed once, that every surface (the terminal report, Markdown, the web
// page and the standalone HTML export) renders. Labels, figures, findings
// and their sides, evidence for and against each reuse direction: a surface
// takes them from here and adds only its own markup, so two surfaces never
// disagree about what the analysis found.
package view

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/dossier"
	"github.com/corroborate/corroborate/internal/outlets"
)

// Story is the view of one dossier.
type Story struct {
	Title string
	// Figures is the headline in words: "5 articles; the outlet is known
	// for 1 (Associated Press)."
	Figures string
	// OriginsLine says how many independent origins there are, with its
	// definition, or nothing for a single article.
	OriginsLine string
	// Single is true for a one-article dossier: nothing about agreement
	// can be said.
	Single   bool
	Sources  []Source
	Stages   []string // labels of the stages that ran
	Computed map[corroborate.Stage]bool

	Conflicts      []Conflict // most confident first
	HeldBack       int
	Miscredits     []Miscredit
	Uncredited     []Copy
	Reuse          []Reuse
	Claims         []Claim
	Contradictions []Contradiction // every contradicting cell of the claims matrix

	index map[string]int
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
}

// Ref is the short label of a source: "[4] Associated Press".
func (s Source) Ref() string { return fmt.Sprintf("[%d] %s", s.N, s.Name) }

// Conflict is one point of disagreement.
type Conflict struct {
	Kind  corroborate.ConflictKind
	Label string // the kind as people say it
	About string // empty when it only repeats a side
	// Speaker, for a conflict about a quotation's wording, is who the
	// articles agree said it ("" when they name nobody or differ); About
	// then says so ("said by …").
	Speaker    string
	Sides      []Side
	Note       string // the stage's note, when it says more than the sides
	Confidence float64
}

// Side is one value of a conflict, the sources that state it and the passages it rests on.
type Side struct {
	Value   string
	Sources []Source
	Spans   []Passage
}

// Passage is a cited byte range of one source's text and the text itself.
type Passage struct {
	Source     Source
	Start, End int
	Text       string
}

// Miscredit is a copy crediting an outlet for text that matches another article.
type Miscredit struct {
	Copy, Origin Source
	Outlet       string
	Cues         []string
	Passages     int
	Unsure       bool // the direction is unsure: the charge is conditional
}

// Copy is a copy that does not credit its origin.
type Copy struct {
	Copy, Origin Source
	Shared       int // percent of the copy
	// OriginOutlet is the origin's outlet as read from its own text when
	// its metadata names none ("" otherwise).
	OriginOutlet string
	// SameOutlet is the outlet both articles are of, when they are one
	// outlet's: its own text, which owes no credit ("" otherwise).
	SameOutlet string
	Kind       string
	Unsure     bool // the direction is unsure: no charge is stated
}

// Sentence says the miscredit in words every surface uses: "[1] Tide
// credits Reuters ('according to Reuters') in 2 places for text that
// matches [4] Harbor Wire". When which copied which is unsure, it says so.
func (m Miscredit) Sentence() string {
	s := fmt.Sprintf("%s credits %s ('%s') in %s for text that matches %s",
		m.Copy.Ref(), m.Outlet, strings.Join(m.Cues, "', '"), Plural(m.Passages, "place"), m.Origin.Ref())
	if m.Unsure {
		s += fmt.Sprintf(", if %s is the copy: which copied which is unsure", m.Copy.Ref())
	}
	return s
}

// Sentence says the uncredited copy in words every surface uses. When the
// direction is unsure it states no charge, only the shared text.
func (c Copy) Sentence() string {
	switch {
	case c.SameOutlet != "" && c.Unsure:
		return fmt.Sprintf("%s shares %d%% of its text with %s; both are from %s, which owes itself no credit, so neither is charged with copying",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.SameOutlet)
	case c.SameOutlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s; both are from %s, so this is %s updating its own story, not an uncredited copy",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.SameOutlet, c.SameOutlet)
	}
	if c.Unsure {
		return fmt.Sprintf("%s shares %d%% of its text with %s; which copied which is unsure, so neither is charged with copying",
			c.Copy.Ref(), c.Shared, c.Origin.Ref())
	}
	switch {
	case c.OriginOutlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s (%s's own, as read from its text) without crediting it",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.OriginOutlet)
	case c.Origin.Outlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s without crediting it", c.Copy.Ref(), c.Shared, c.Origin.Ref())
	case len(c.Copy.Credits) > 0:
		// the credit may name the origin: its outlet is not known
		return fmt.Sprintf("%s takes %d%% of its text from %s and credits %s; the origin's outlet is not known, so whether a credit names it could not be checked",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), strings.Join(c.Copy.Credits, ", "))
	}
	return fmt.Sprintf("%s takes %d%% of its text from %s and credits no outlet (the origin's outlet is not known)", c.Copy.Ref(), c.Shared, c.Origin.Ref())
}

// Sentence says the contradiction in words every surface uses: "[5] Il
// Faro contradicts c7 (“The state has agreed to pay…”)".
func (c Contradiction) Sentence() string {
	return fmt.Sprintf("%s contradicts %s (“%s”)", c.Source.Ref(), c.ClaimID, Shorten(c.Claim, 80))
}

// Reuse is one direction of reuse with the evidence for and against it.
type Reuse struct {
	From, To  Source
	Kind      string
	Shared    int // percent of the copy
	Credited  bool
	CreditCue string
	// SameOutlet is the outlet both articles are of, when they are one
	// outlet's: no credit is owed ("" otherwise).
	SameOutlet string
	// Unverifiable says the copy credits some outlet while the origin's
	// outlet is not known (neither given nor read from its text): whether
	// the copy credits its origin cannot be told.
	Unverifiable bool
	Passages     int
	// Longest is the longest shared passage as the copy words it, so a
	// reader can check the copy ("" when the link carries no passage).
	Longest string
	For     []string
	Against []string
	Notes   []string
	// Certainty is how sure the direction is: "sure", "likely" or "unsure".
	Certainty string
}

// Claim is one row of the claims matrix.
type Claim struct {
	ID      string
	Text    string
	Origins int
	Cells   []Cell // one per source, in source order
	// Disputed is the label of a conflict about a quotation the claim's
	// text holds ("who said it"): the articles agree on the words and
	// disagree on who said them or how. "" when there is none.
	Disputed string
}

// DisputedNote says what Disputed means, in words every surface uses.
func (c Claim) DisputedNote() string {
	if c.Disputed == "" {
		return ""
	}
	return "disputed: " + c.Disputed + ", see the conflicts"
}

// Cell is where one source stands on one claim.
type Cell struct {
	State      string // "states", "contradicts" or "silent"
	Start, End int
}

// Contradiction is a source that contradicts a claim.
type Contradiction struct {
	ClaimID, Claim string
	Source         Source
	Passage        Passage
}

// New computes the view of d.
func New(d *corroborate.Dossier) *Story {
	v := &Story{Title: d.Story.Title, Single: len(d.Articles) == 1, HeldBack: d.Story.ConflictsHeldBack,
		Computed: map[corroborate.Stage]bool{}, index: map[string]int{}}
	if v.Title == "" {
		v.Title = "Untitled story"
	}
	for _, s := range d.Computed {
		v.Computed[corroborate.Stage(s)] = true
		v.Stages = append(v.Stages, corroborate.Stage(s).Label())
	}
	for i, a := range d.Articles {
		v.index[a.ID] = i
		v.Sources = append(v.Sources, newSource(i, a))
	}
	titleNames(v.Sources)
	v.figures(d)
	v.conflicts(d)
	v.reuse(d)
	if !v.Single { // one article states nothing "with others"
		v.claims(d)
	}
	return v
}

// Source returns the source of article id; an unknown id gets N 0 and the id as its name.
func (v *Story) Source(id string) Source {
	if i, ok := v.index[id]; ok {
		return v.Sources[i]
	}
	return Source{ID: id, Name: "unknown article " + id}
}

// Names replaces article ids in the stages' prose with the sources' labels.
func (v *Story) Names(s string) string {
	for _, src := range v.Sources {
		s = strings.ReplaceAll(s, src.ID, src.Ref())
	}
	return s
}

// QuoteConflicts are the conflicts about quotations.
func (v *Story) QuoteConflicts() []Conflict {
	var out []Conflict
	for _, c := range v.Conflicts {
		if c.Kind.Quote() {
			out = append(out, c)
		}
	}
	return out
}

// Concerns reports whether the conflict is about quotation q: its speaker
// (About is the quotation) or its wording (a side is the quotation).
func (c Conflict) Concerns(q corroborate.Quote) bool {
	if !c.Kind.Quote() {
		return false
	}
	text := quoteKey(q.Text)
	if text == quoteKey(c.About) {
		return true
	}
	for _, s := range c.Sides {
		if quoteKey(s.Value) == text {
			return true
		}
	}
	return false
}

// quoteKey is a quotation's words as a conflict names them: case, runs of
// white space and closing punctuation aside.
func quoteKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.TrimRight(s, ".:;,! ")), " "))
}

func newSource(i int, a corroborate.Article) Source {
	s := Source{N: i + 1, ID: a.ID, Title: a.Title, Source: a.Source, Byline: strings.Join(a.Byline, ", "),
		Originality: int(a.Originality*100 + 0.5), InputID: a.InputID}
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

// ReadableDate turns an RFC 3339 time or a YYYY-MM-DD date into "4 Aug
// 2017, 10:33" (the time as the article gives it) and its zone ("-04:00",
// "UTC"); a value it cannot read is returned as it is.
func ReadableDate(s string) (date, zone string) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		zone = t.Format("-07:00")
		if zone == "+00:00" {
			zone = "UTC"
		}
		return t.Format("2 Jan 2006, 15:04"), zone
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format("2 Jan 2006"), ""
	}
	return s, ""
}

// Shorten cuts s to at most n runes, at a space when it can, marking the cut.
func Shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := string(r[:n-1])
	if i := strings.LastIndex(cut, " "); r[n-1] != ' ' && i > len(cut)/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// Plural writes a count with its noun: "1 article", "3 articles".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func (v *Story) figures(d *corroborate.Dossier) {
	n := len(d.Articles)
	var known []string
	for _, s := range v.Sources {
		if s.Outlet != "" && !slices.Contains(known, s.Outlet) {
			known = append(known, s.Outlet)
		}
	}
	switch {
	case n == 0:
		v.Figures = "No articles."
		return
	case n == 1 && len(known) == 1:
		v.Figures = "1 article, from " + known[0] + "."
	case n == 1:
		v.Figures = "1 article; its outlet is not known."
	case len(known) == 0:
		v.Figures = fmt.Sprintf("%d articles; no outlet is known.", n)
	default:
		k := countKnown(v.Sources)
		// "1 from Reuters and 2 from Associated Press": each outlet with
		// its count, so that no count reads as the outlets'
		each := make([]string, len(known))
		for i, o := range known {
			c := 0
			for _, s := range v.Sources {
				if s.Outlet == o {
					c++
				}
			}
			each[i] = fmt.Sprintf("%d from %s", c, o)
		}
		from := strings.Join(each, ", ")
		if len(each) > 1 {
			from = strings.Join(each[:len(each)-1], ", ") + " and " + each[len(each)-1]
		}
		switch {
		case len(known) > 3 && k == n:
			v.Figures = fmt.Sprintf("%d articles from %s.", n, Plural(len(known), "known outlet"))
		case len(known) > 3:
			v.Figures = fmt.Sprintf("%d articles: %d from %s; the outlet of %s is not known.", n, k, Plural(len(known), "known outlet"), Plural(n-k, "other"))
		case k == n && len(known) == 1:
			v.Figures = fmt.Sprintf("%d articles from %s.", n, known[0])
		case k == n:
			v.Figures = fmt.Sprintf("%d articles: %s.", n, from)
		default:
			v.Figures = fmt.Sprintf("%d articles: %s; the outlet of %s is not known.", n, from, Plural(n-k, "other"))
		}
	}
	if v.Single {
		v.Figures += " One article cannot show agreement: this is what it says, whom it quotes and whom it credits."
		return
	}
	if v.Computed[corroborate.StageReuse] {
		o := max(d.Story.Origins, 1)
		v.OriginsLine = fmt.Sprintf("%s: an article that takes more than a third of its text from another counts with its origin.", Plural(o, "independent origin"))
	}
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

// Excerpt returns the source text between start and end, clamped to the
// text and to rune boundaries.
func Excerpt(text string, start, end int) string {
	start, end = ClampSpan(text, start, end)
	return strings.Join(strings.Fields(text[start:end]), " ")
}

// ClampSpan keeps [start, end) inside text and on rune boundaries.
func ClampSpan(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end
}

func (v *Story) passage(d *corroborate.Dossier, s corroborate.ClaimSupport) Passage {
	p := Passage{Source: v.Source(s.Article), Start: s.Start, End: s.End}
	if i, ok := v.index[s.Article]; ok {
		p.Text = Excerpt(d.Articles[i].Text, s.Start, s.End)
	}
	return p
}

func (v *Story) conflicts(d *corroborate.Dossier) {
	// a dossier stored before conflicts were ordered is ordered here too
	cs := append([]corroborate.Conflict(nil), d.Conflicts...)
	dossier.SortConflicts(cs)
	var speakers map[string]corroborate.Speaker // read once, for the first conflict about a quotation's wording
	for _, c := range cs {
		k := c.Kind
		vc := Conflict{Kind: k, Label: k.Label(), About: strings.TrimRight(c.About, ".:;, "), Confidence: c.Confidence}
		if c.Confidence < dossier.DefaultConflictThreshold {
			// only in a dossier built to show the conflicts it would hold back
			vc.Label += ", unsure"
		}
		for _, s := range c.Sides {
			side := Side{Value: s.Value}
			for _, a := range s.Articles {
				side.Sources = append(side.Sources, v.Source(a))
			}
			sort.SliceStable(side.Sources, func(i, j int) bool { return side.Sources[i].N < side.Sources[j].N })
			for _, sp := range s.Spans {
				side.Spans = append(side.Spans, v.passage(d, sp))
			}
			sort.SliceStable(side.Spans, func(i, j int) bool { return side.Spans[i].Source.N < side.Spans[j].Source.N })
			vc.Sides = append(vc.Sides, side)
			if s.Value == c.About {
				vc.About = ""
			}
		}
		if note := strings.TrimSpace(c.Note); note != "" {
			vc.Note = v.Names(beyondSides(note, c.Sides))
		}
		if k == corroborate.ConflictQuoteWording {
			if speakers == nil {
				speakers = Speakers(d)
			}
			vc.Speaker = wordingSpeaker(d, vc, speakers)
		}
		v.Conflicts = append(v.Conflicts, vc)
	}
}

// wordingSpeaker names who said the quotation whose wordings c sets
// against each other, when every article of its sides that gives it a
// speaker gives the same one: "" when none does, or they differ.
func wordingSpeaker(d *corroborate.Dossier, c Conflict, speakers map[string]corroborate.Speaker) string {
	in := map[string]bool{}
	for _, s := range c.Sides {
		for _, src := range s.Sources {
			in[src.ID] = true
		}
	}
	who := ""
	for _, q := range d.Quotes {
		if !c.Concerns(q) {
			continue
		}
		for _, m := range q.Mentions {
			if !in[m.Article] || m.Speaker == nil {
				continue
			}
			name := speakers[*m.Speaker].Name
			switch {
			case name == "":
			case who == "":
				who = name
			case who != name:
				return ""
			}
		}
	}
	return who
}

// beyondSides is what a note says beyond the sides: all of it, or when it
// restates them (repeatsSides) the clauses that name no side's value
// ("…: three (Reuters) vs nine (AP); counts may change as a story goes
// on." keeps its caveat), capitalised; "" when nothing is left.
func beyondSides(note string, sides []corroborate.ConflictSide) string {
	if !repeatsSides(note, sides) {
		return note
	}
	var kept []string
	for _, part := range strings.Split(note, "; ") {
		low := strings.ToLower(part)
		names := false
		for _, s := range sides {
			names = names || strings.Contains(low, strings.ToLower(s.Value))
		}
		if !names && strings.TrimSpace(part) != "" {
			kept = append(kept, strings.TrimSpace(part))
		}
	}
	if len(kept) == 0 || len(kept) == len(strings.Split(note, "; ")) {
		return ""
	}
	out := strings.Join(kept, "; ")
	r, n := utf8.DecodeRuneInString(out)
	return string(unicode.ToUpper(r)) + out[n:]
}

// repeatsSides reports whether a note only restates the sides: it names
// every side's value, or it is a "states ... / denies ..." pair, which the
// sides already say.
func repeatsSides(note string, sides []corroborate.ConflictSide) bool {
	low := strings.ToLower(note)
	if strings.HasPrefix(low, "states ") && strings.Contains(low, "/ denies") {
		return true
	}
	for _, s := range sides {
		if !strings.Contains(low, strings.ToLower(s.Value)) {
			return false
		}
	}
	return len(sides) > 0
}

func (v *Story) reuse(d *corroborate.Dossier) {
	for _, r := range d.Reuse {
		from, to := v.Source(r.From), v.Source(r.To)
		vr := Reuse{From: from, To: to, Kind: r.Kind, Shared: int(r.Shared*100 + 0.5), Credited: r.Credited,
			SameOutlet: r.SameOutlet, Passages: len(r.Passages)}
		if r.Credit != nil {
			vr.CreditCue = r.Credit.Cue
		}
		vr.Unverifiable = !r.Credited && r.SameOutlet == "" && from.Outlet == "" && r.OriginOutlet == "" && len(to.Credits) > 0
		if i, ok := v.index[r.To]; ok {
			longest := -1
			for k, p := range r.Passages {
				if longest < 0 || p.To[1]-p.To[0] > r.Passages[longest].To[1]-r.Passages[longest].To[0] {
					longest = k
				}
			}
			if longest >= 0 {
				p := r.Passages[longest]
				vr.Longest = Excerpt(d.Articles[i].Text, p.To[0], p.To[1])
			}
		}
		for _, e := range r.Evidence {
			switch weigh(e, r.From, r.To) {
			case 1:
				vr.For = append(vr.For, v.Names(e))
			case -1:
				vr.Against = append(vr.Against, v.Names(e))
			default:
				vr.Notes = append(vr.Notes, v.Names(e))
			}
		}
		vr.Certainty = certainty(vr.For, vr.Against)
		v.Reuse = append(v.Reuse, vr)
		unsure := vr.Certainty == "unsure"
		if !r.Credited {
			v.Uncredited = append(v.Uncredited, Copy{Copy: to, Origin: from, Shared: vr.Shared,
				OriginOutlet: r.OriginOutlet, SameOutlet: r.SameOutlet, Kind: r.Kind, Unsure: unsure})
		}
		var outlets []string
		cues := map[string][]string{}
		for _, c := range r.Miscredits {
			if _, ok := cues[c.Outlet]; !ok {
				outlets = append(outlets, c.Outlet)
			}
			if !slices.Contains(cues[c.Outlet], c.Cue) {
				cues[c.Outlet] = append(cues[c.Outlet], c.Cue)
			}
		}
		for _, o := range outlets {
			n := 0
			for _, c := range r.Miscredits {
				if c.Outlet == o {
					n++
				}
			}
			v.Miscredits = append(v.Miscredits, Miscredit{Copy: to, Origin: from, Outlet: o, Cues: cues[o], Passages: n, Unsure: unsure})
		}
	}
}

// weigh tells whether one piece of direction evidence argues for the
// direction from → to (1), against it (-1) or neither (0). The stage writes
// each piece about one article, named first: a point about the origin
// (agency text, own dateline, more words) argues for it, a point about the
// copy argues against it, except a credit: the article that credits
// another outlet for the text is the copy, so a credit given by the copy
// argues for the direction and one given by the origin against it. A piece
// naming no article first ("no evidence either way: …, the longer text, is
// taken for the origin") is a note.
func weigh(e, from, to string) int {
	switch {
	case strings.Contains(e, "outlet is unknown: "):
		return 0 // "X's outlet is unknown: whether Y credits it cannot be told"
	case strings.HasPrefix(e, to) && strings.Contains(e, " credits "):
		return 1
	case strings.HasPrefix(e, from) && strings.Contains(e, " credits "):
		// the origin credits another outlet for the shared text: a
		// point for its being the copy
		return -1
	case strings.HasPrefix(e, from):
		return 1
	case strings.HasPrefix(e, to):
		return -1
	}
	return 0
}

// certainty says how sure a direction is. "sure" needs two points for it,
// none against, and one that can decide on its own: a publication time or
// a credit. Hints (lengths, gaps, datelines) make it "likely" at most; a
// deciding point for it makes it "likely" against hints, and a credit
// against a publication time (an article that credits another outlet took
// from it, whatever the feeds' clocks say: a page is updated, a feed
// stamps late).
func certainty(pro, con []string) string {
	// decisive ranks the strongest deciding point: 2 a credit, 1 a
	// publication time, 0 none
	decisive := func(es []string) int {
		rank := 0
		for _, e := range es {
			switch {
			case strings.Contains(e, " credits "):
				return 2
			case strings.Contains(e, " published first"):
				rank = 1
			}
		}
		return rank
	}
	switch {
	case len(pro) >= 2 && len(con) == 0 && decisive(pro) > 0:
		return "sure"
	case len(pro) > len(con), decisive(pro) > decisive(con):
		return "likely"
	}
	return "unsure"
}

func (v *Story) claims(d *corroborate.Dossier) {
	quoted, labels := disputedQuotes(d.Conflicts)
	for _, c := range d.Claims {
		row := Claim{ID: c.ID, Text: c.Text, Origins: max(c.Origins, 1), Cells: make([]Cell, len(v.Sources))}
		for i := range row.Cells {
			row.Cells[i].State = "silent"
		}
		for _, s := range c.Support {
			if i, ok := v.index[s.Article]; ok && row.Cells[i].State == "silent" {
				row.Cells[i] = Cell{State: "states", Start: s.Start, End: s.End}
			}
		}
		for _, s := range c.Contradicts {
			if i, ok := v.index[s.Article]; ok {
				row.Cells[i] = Cell{State: "contradicts", Start: s.Start, End: s.End}
				v.Contradictions = append(v.Contradictions, Contradiction{ClaimID: c.ID, Claim: c.Text,
					Source: v.Sources[i], Passage: v.passage(d, s)})
			}
		}
		if len(quoted) > 0 {
			text := quoteWords(row.Text)
			if k := slices.IndexFunc(quoted, func(q string) bool { return strings.Contains(text, q) }); k >= 0 {
				row.Disputed = labels[k]
			}
		}
		v.Claims = append(v.Claims, row)
	}
}

// disputedQuotes are the quotations the conflicts about one (who said
// it, its wording) are about, as quoteWords reads them, with each
// conflict's label; quotations of fewer than four words are left out, as
// a claim holding them need not hold the quotation.
func disputedQuotes(conflicts []corroborate.Conflict) (quoted, labels []string) {
	for _, c := range conflicts {
		if !c.Kind.Quote() {
			continue
		}
		qs := []string{c.About}
		if c.Kind == corroborate.ConflictQuoteWording { // the sides are the quotation's wordings, not speakers
			for _, s := range c.Sides {
				qs = append(qs, s.Value)
			}
		}
		for _, q := range qs {
			if w := quoteWords(q); len(strings.Fields(w)) >= 4 {
				quoted, labels = append(quoted, w), append(labels, c.Kind.Label())
			}
		}
	}
	return quoted, labels
}

// quoteWords is text as a quotation is compared: folded to lower case,
// quotation marks and closing punctuation dropped, apostrophes made one.
func quoteWords(s string) string {
	s = strings.NewReplacer("“", " ", "”", " ", "\"", " ", "‘", " ", "’", "'", "`", "'").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(strings.TrimRight(strings.TrimSpace(s), ".:;,!? ")), " ")
}
