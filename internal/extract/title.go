package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
)

// reTitleSep splits a <title> into its parts: "Headline | Section | Site",
// "Headline - Site", "标题_科技_网站".
var (
	reTitleSep     = regexp.MustCompile(`\s+[|\-–—:»·•/]\s+|\s*[|_]\s*`)
	reTitleBracket = regexp.MustCompile(`\s*\[([^\]]+)\]$`)
)

// chooseTitle picks the article's headline among what the page offers:
// its JSON-LD headline and name, og:title (and the like), its <title>
// without the site's name, and the <h1>s of the page. The candidate that
// most other kinds of source agree with (one contains the other, case
// folded, or they share three quarters of their words) wins, so a section heading in an <h1> or a description in a
// JSON-LD headline, which nothing else repeats, loses. Ties go to the
// first in that order: the headlines editors set for the article before
// the page's <title>, made for search engines. A candidate that is only the
// site's name, or a section's ("World News", however many sources repeat
// it), is passed over.
// When the chosen title is an <h1> with more after it ("Headline
// [Site]"), the <h1> is kept. fallback (trafilatura's title) is used only
// when the page offers none of these.
func chooseTitle(dm docMeta, sites []string, h1s []string, fallback string) string {
	type cand struct {
		text, lower string
		words       map[string]bool
		group       int // 0 <title>, 1 JSON-LD, 2 meta tags, 3 <h1>
	}
	var cands []cand
	add := func(group int, texts ...string) {
		for _, t := range texts {
			if t = collapseSpace(unmarked(t)); t != "" && !isSiteName(t, sites) && !sectionLabel(t) {
				cands = append(cands, cand{t, strings.ToLower(t), wordSet(t), group})
			}
		}
	}
	if dm.ld.found > 0 {
		add(1, stripSiteName(dm.ld.headline, sites), stripSiteName(dm.ld.name, sites))
	}
	for _, k := range []string{"og:title", "twitter:title", "parsely-title", "dc.title"} {
		for _, v := range dm.meta[k] {
			add(2, stripSiteName(v, sites))
		}
	}
	add(0, stripSiteName(dm.title, sites))
	for _, h := range h1s {
		add(3, strings.TrimRight(h, " ¶#"))
	}
	if len(cands) == 0 {
		return collapseSpace(fallback)
	}
	best, bestVotes := 0, -1
	for i, c := range cands {
		agree := map[int]bool{}
		for _, o := range cands {
			if o.group != c.group && (holdsTitle(c.lower, o.lower, len(c.words), len(o.words)) || holdsTitle(o.lower, c.lower, len(o.words), len(c.words)) || jaccard(c.words, o.words) >= 0.75) {
				agree[o.group] = true
			}
		}
		if len(agree) > bestVotes {
			best, bestVotes = i, len(agree)
		}
	}
	return preferH1(cands[best].text, h1s)
}

// reTitleScript and reTitleTag match markup inside a title's text: a
// script or style with its code, and any other tag. A headline holds no
// markup; a page whose <title> or og:title does (an injection, or a CMS
// that escaped it twice) shows words around it. reTitleBroken is what an
// attribute broken out of leaves at the start ("\">").
var (
	reTitleScript = regexp.MustCompile(`(?is)<(script|style)\b[^>]*>.*?</(script|style)\s*>`)
	reTitleTag    = regexp.MustCompile(`</?[A-Za-z!][^<>]*>`)
	reTitleBroken = regexp.MustCompile(`^\s*["']?\s*/?>`)
)

// unmarked is a title candidate without markup (reTitleScript,
// reTitleTag, reTitleBroken); a title without "<" is returned as it is.
func unmarked(t string) string {
	if !strings.Contains(t, "<") {
		return t
	}
	t = reTitleTag.ReplaceAllString(reTitleScript.ReplaceAllString(t, " "), " ")
	return reTitleBroken.ReplaceAllString(t, "")
}

// heldShare is the least share of a title's words a shorter candidate it
// holds must have to agree with it (holdsTitle).
const heldShare = 3

// holdsTitle reports a candidate title a (of na words) that holds b (of nb
// words), both in lower case, with b a fair share of it: at least
// 1/heldShare of its words. A site's name in an <h1> that the <title>
// holds ("Harbor Notes" in "Harbor Notes: Ferry fares rise in Calder for
// the spring") says nothing of the headline.
func holdsTitle(a, b string, na, nb int) bool {
	return nb*heldShare >= na && strings.Contains(a, b)
}

// stripSiteName drops from the end (and the start) of a title the parts
// that name the site: "Ferry returns | Calder Gazette" -> "Ferry returns".
func stripSiteName(title string, sites []string) string {
	title = collapseSpace(title)
	if title == "" || len(sites) == 0 {
		return title
	}
	if m := reTitleBracket.FindStringSubmatchIndex(title); m != nil && m[0] > 0 && isSiteName(title[m[2]:m[3]], sites) {
		title = title[:m[0]]
	}
	for range 4 {
		locs := reTitleSep.FindAllStringIndex(title, -1)
		if len(locs) == 0 {
			return title
		}
		last := locs[len(locs)-1]
		first := locs[0]
		switch {
		case isSiteName(title[last[1]:], sites) && last[0] > 0:
			title = strings.TrimSpace(title[:last[0]])
		case isSiteName(title[:first[0]], sites) && first[1] < len(title):
			title = strings.TrimSpace(title[first[1]:])
		default:
			return title
		}
	}
	return title
}

// isSiteName reports whether s names one of the sites (in any form:
// "theverge.com", "The Verge", "the verge").
func isSiteName(s string, sites []string) bool {
	k := outlets.Key(s)
	if k == "" {
		return false
	}
	for _, site := range sites {
		sk := outlets.Key(site)
		if sk == "" {
			continue
		}
		if k == sk || strings.ReplaceAll(k, ".", "") == strings.ReplaceAll(sk, ".", "") || outlets.Same(s, site) {
			return true
		}
		if h := outlets.HostOf(site); h != "" && (k == h || k == strings.Split(h, ".")[0]) {
			return true
		}
	}
	return false
}

// preferH1 returns the <h1> that opens title with more after it, else title.
func preferH1(title string, h1s []string) string {
	tw := lowerWords(title)
	for _, h := range h1s {
		hw := lowerWords(h)
		if len(hw) >= 3 && len(hw) < len(tw) && equalWords(tw[:len(hw)], hw) {
			return collapseSpace(strings.TrimRight(h, " ¶#"))
		}
	}
	return title
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range lowerWords(s) {
		m[w] = true
	}
	return m
}

// jaccard is the share of the words of a and b that both hold.
func jaccard(a, b map[string]bool) float64 {
	in := 0
	for w := range a {
		if b[w] {
			in++
		}
	}
	if all := len(a) + len(b) - in; all > 0 {
		return float64(in) / float64(all)
	}
	return 0
}
