package extract

import (
	"slices"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/corroborate/corroborate/internal/outlets"
)

// pageMetadata is what is read from a page besides its text.
type pageMetadata struct {
	title     string
	byline    []string
	outlet    string // "" when the page does not say
	published time.Time
	modified  time.Time
	lang      string // as the page declares it
}

// bylineMetaKeys are the meta tags that name authors, most trusted first.
var bylineMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"}

// readPageMetadata reads the page's own metadata (see docMeta) and falls
// back on trafilatura's reading field by field. With own unset,
// trafilatura's reading passes through, bylines split on ";".
func readPageMetadata(root *html.Node, rawURL string, md trafilatura.Metadata, h1s []string, own bool) pageMetadata {
	if !own {
		pm := pageMetadata{title: md.Title, outlet: strings.TrimSpace(md.Sitename), published: md.Date, lang: md.Language}
		for _, p := range strings.Split(md.Author, ";") {
			if p = strings.TrimSpace(p); p != "" {
				pm.byline = append(pm.byline, p)
			}
		}
		return pm
	}
	dm := readDocMeta(root)
	pm := pageMetadata{lang: firstNonEmpty(dm.lang, first(dm.meta["og:locale"]), first(dm.meta["content-language"]), first(dm.meta["dc.language"]))}
	title0 := firstNonEmpty(dm.ld.headline, dm.title, md.Title)
	pm.outlet = pageOutlet(dm, title0, rawURL)
	sites := siteNamesOf(dm, pm.outlet, rawURL)
	pm.byline = pageByline(dm, md.Author, sites)
	// A personal page goes by its author's name ("Ferry notes | Code |
	// Ana Ros"): in its titles the name is the site's.
	pm.title = chooseTitle(dm, append(slices.Clip(sites), pm.byline...), h1s, md.Title)
	pm.published, pm.modified = pageDates(dm, root, rawURL)
	return pm
}

// siteNamesOf lists the names a page's site goes by, to recognise them in
// its <title> and tell them from authors.
func siteNamesOf(dm docMeta, outlet, rawURL string) []string {
	sites := []string{outlet, dm.ld.publisher, dm.ld.orgName}
	sites = append(sites, dm.meta["og:site_name"]...)
	sites = append(sites, dm.meta["application-name"]...)
	sites = append(sites, dm.itemprop["publisher"]...)
	if h := outlets.Host(rawURL); h != "" {
		sites = append(sites, outlets.RegistrableDomain(h))
	}
	var out []string
	for _, s := range sites {
		if s = strings.TrimSpace(s); s != "" && len(strings.Fields(s)) <= 6 {
			out = append(out, s)
		}
	}
	return out
}

// pageByline returns the authors from the first source that names any,
// most trusted first: JSON-LD, microdata, meta tags, the page's byline
// elements, then trafilatura's reading. Each is cleaned (cleanByline); a
// name that is the site's is not an author.
func pageByline(dm docMeta, trafAuthor string, sites []string) []string {
	sources := [][]string{dm.ld.authors, dm.itemprop["author"]}
	for _, k := range bylineMetaKeys {
		sources = append(sources, dm.meta[k])
	}
	sources = append(sources, dm.firstByline(), strings.Split(trafAuthor, ";"))
	orgOnly := false
	for _, src := range sources {
		var names []string
		for _, raw := range src {
			for _, n := range cleanByline(raw) {
				if !isSiteName(n, sites) && (!orgOnly || personName(n)) {
					names = append(names, n)
				}
			}
		}
		if names = dedupeNames(names); len(names) > 0 {
			return names
		}
		orgOnly = orgOnly || namesOrgOnly(src)
	}
	return nil
}

// namesOrgOnly reports a source of bylines that names someone, but only
// an organisation or a desk ("Reuters", "Calder Gazette Staff"): a less
// trusted source after it must name a person in full (personName) to be
// believed over it, not a date or a place its byline element holds
// ("Reuters, Washington, Nov 20").
func namesOrgOnly(src []string) bool {
	for _, raw := range src {
		s := strings.TrimSpace(reBylineLead.ReplaceAllString(collapseSpace(raw), ""))
		for _, p := range reAuthorSep.Split(s, -1) {
			if p = strings.TrimSpace(p); p != "" && !isBylineName(trimName(p)) && (outlets.LooksLikeOutlet(p) || hasRoleWord(p)) {
				return true
			}
		}
	}
	return false
}

// personName reports a name of two words or more, none a month or a
// weekday, that does not look like an organisation's ("European Space
// Agency").
func personName(n string) bool {
	words := strings.Fields(n)
	if len(words) < 2 || outlets.LooksLikeOutlet(n) {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if _, month := months[lw]; month || weekdays[lw] {
			return false
		}
	}
	return true
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}
