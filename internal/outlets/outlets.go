// Package outlets is the one directory of news outlets: their names, the
// aliases they go by in running text, which are wire services (news
// agencies whose copy others republish), and the hosts they publish on.
//
// It answers three questions: which outlet a name given in any form names
// (Lookup: "the AP", "www.apnews.com", "Associated Press"), which outlet a
// URL's site belongs to (ByHost, through the registrable domain of the
// public suffix list), and whether a name looks like an outlet's at all
// (LooksLikeOutlet: "the Harbor Ledger"). The directory is read-only data
// built once; the zero value of nothing needs setting up.
package outlets

import (
	"net/url"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// Outlet is one news organisation or wire service.
type Outlet struct {
	Name    string   // canonical name, as the dossier reports it
	Wire    bool     // a news agency whose text others republish
	Aliases []string // names in running text, matched case-sensitively by callers that scan text
	Domains []string // hosts it publishes on, without "www."
	// Sites are more hosts it publishes on whose bare label is a common
	// word ("space" of space.com, "canada" of canada.com): the host names
	// the outlet, the word alone does not. Callers that key a domain's
	// label ("apnews") read Domains only.
	Sites []string
}

// All returns the directory's outlets, in a fixed order. The slice is a
// copy; the outlets' slices are shared and must not be changed.
func All() []Outlet { return append([]Outlet(nil), list...) }

// index maps folded names, aliases and hosts to outlets.
type index struct {
	byName map[string]*Outlet // names and aliases as written
	byKey  map[string]*Outlet // names and aliases, folded
	byHost map[string]*Outlet // hosts, and their labels ("apnews")
}

var theIndex = sync.OnceValue(func() *index {
	ix := &index{byName: map[string]*Outlet{}, byKey: map[string]*Outlet{}, byHost: map[string]*Outlet{}}
	for i := range list {
		o := &list[i]
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			ix.byName[a] = o
			ix.byKey[Key(a)] = o
		}
		for _, d := range o.Domains {
			ix.byHost[d] = o
			if rd, err := publicsuffix.EffectiveTLDPlusOne(d); err == nil && rd == d {
				// "apnews.com" is also written "apnews" in site names.
				ix.byHost[siteLabel(d)] = o
			}
		}
		for _, d := range o.Sites {
			ix.byHost[d] = o
		}
	}
	return ix
})

// Key folds a name to compare outlets given in different forms: case, a
// leading "the", a URL's scheme and "www.", and every character but letters,
// digits and dots are dropped ("The Associated Press" and "associated
// press" share a key; so do "http://www.tmz.com" and "tmz.com").
func Key(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	s = strings.TrimPrefix(s, "www.")
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "/")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), ".")
}

// Lookup returns the outlet a name, alias or host names, in any case and
// with or without a leading "the". A name is taken for a host only when it
// is written as one (a URL, or a word with a dot and no space): "Le
// Monde.fr" is a name, "lemonde.fr" a host.
func Lookup(name string) (Outlet, bool) {
	ix := theIndex()
	if o, ok := ix.byKey[Key(name)]; ok {
		return *o, true
	}
	if h := hostLike(name); h != "" {
		if o, ok := ix.byHost[h]; ok {
			return *o, true
		}
		return ByHost(h)
	}
	return Outlet{}, false
}

// ByName returns the outlet whose name or an alias is written exactly
// name, case and all, as a scanner of running text matches them ("AP" but
// not "ap", which is a word).
func ByName(name string) (Outlet, bool) {
	if o, ok := theIndex().byName[name]; ok {
		return *o, true
	}
	return Outlet{}, false
}

// hostLike returns the host a name written as a URL or a host stands for.
func hostLike(name string) string {
	name = strings.TrimSpace(name)
	if h := Host(name); h != "" {
		return h
	}
	if strings.ContainsAny(name, " \t/") || !strings.Contains(name, ".") {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(name), "www.")
}

// Canonical returns the directory's name for an outlet given in any form,
// and whether the directory knows it. Unknown names come back trimmed.
func Canonical(name string) (string, bool) {
	if o, ok := Lookup(name); ok {
		return o.Name, true
	}
	return strings.TrimSpace(name), false
}

// IsWire reports whether name, in any form, is a wire service.
func IsWire(name string) bool {
	o, ok := Lookup(name)
	return ok && o.Wire
}

// Same reports whether two names, in any form, name one outlet.
func Same(a, b string) bool {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return false
	}
	ca, _ := Canonical(a)
	cb, _ := Canonical(b)
	return Key(ca) == Key(cb)
}

// Host returns the lower-cased host of an http(s) URL without "www.", or ""
// when s is not one.
func Host(s string) string {
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// RegistrableDomain returns the part of host a registrant owns, by the
// public suffix list: "news.bbc.co.uk" -> "bbc.co.uk". It returns host
// itself when the list cannot say (an IP address, a bare suffix).
func RegistrableDomain(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	rd, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return rd
}

// ByHost returns the outlet that publishes on host (or on its registrable
// domain), when the directory knows it: "edition.cnn.com" is CNN.
func ByHost(host string) (Outlet, bool) {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if host == "" {
		return Outlet{}, false
	}
	ix := theIndex()
	for h := host; h != ""; {
		if o, ok := ix.byHost[h]; ok {
			return *o, true
		}
		_, rest, found := strings.Cut(h, ".")
		if !found || !strings.Contains(rest, ".") {
			break
		}
		h = rest
	}
	if o, ok := ix.byHost[RegistrableDomain(host)]; ok {
		return *o, true
	}
	return Outlet{}, false
}

// SiteName names the site of a host the directory does not know, from its
// registrable domain: "www.harborledger.com" -> "harborledger.com". It is
// what a reader would call the site when nothing else names it.
func SiteName(host string) string {
	if host == "" {
		return ""
	}
	return RegistrableDomain(strings.TrimPrefix(host, "www."))
}

// siteLabel is a registrable domain without its public suffix:
// "apnews.com" -> "apnews".
func siteLabel(domain string) string {
	suffix, _ := publicsuffix.PublicSuffix(domain)
	return strings.TrimSuffix(strings.TrimSuffix(domain, suffix), ".")
}

// NameForHost names the outlet that publishes on host: the directory's name
// when it knows the host, else the registrable domain ("harborledger.com").
// It is "" for an empty host.
func NameForHost(host string) string {
	if o, ok := ByHost(host); ok {
		return o.Name
	}
	return SiteName(host)
}

// HostOf returns the host a site name written as a URL or a bare host
// stands for ("http://www.tmz.com" -> "tmz.com"), or "" for a name.
func HostOf(name string) string { return hostLike(name) }
