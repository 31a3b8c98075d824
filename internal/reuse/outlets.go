package reuse

import (
	"strings"
	"sync"

	"github.com/corroborate/corroborate/internal/outlets"
)

// aliasIndex finds the outlets of the directory (internal/outlets) by the
// forms an Article.Outlet or a credit gives them in.
type aliasIndex struct {
	byKey map[string]*outlets.Outlet // folded names, aliases and domains, with and without ".com"
}

// outletIndex is the index of the directory, built once: read-only data,
// not configuration.
var outletIndex = sync.OnceValue(newAliasIndex)

func newAliasIndex() *aliasIndex {
	ix := &aliasIndex{byKey: map[string]*outlets.Outlet{}}
	all := outlets.All()
	for i := range all {
		o := &all[i]
		if len(o.Aliases) == 0 {
			continue
		}
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			ix.byKey[outlets.Key(a)] = o
		}
		for _, d := range o.Domains {
			ix.byKey[outlets.Key(d)] = o
			ix.byKey[outlets.Key(strings.TrimSuffix(d, ".com"))] = o
		}
	}
	return ix
}

// canonical returns the canonical name of an outlet given in any form (an
// alias, a site name, a host) and whether it is a known outlet. Unknown
// names come back trimmed, without a leading "The".
func (ix *aliasIndex) canonical(s string) (string, bool) {
	// "CBS News (Online)": a note on the kind of outlet, not its name.
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	if o, ok := ix.byKey[outlets.Key(s)]; ok {
		return o.Name, true
	}
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		s = rest
	}
	return s, false
}

// isWire reports whether the canonical name is a news agency.
func (ix *aliasIndex) isWire(name string) bool {
	o, ok := ix.byKey[outlets.Key(name)]
	return ok && o.Wire
}

// sameOutlet reports whether two outlet names, in any form, name one outlet.
func (ix *aliasIndex) sameOutlet(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return ix.key(a).same(ix.key(b))
}

// outletKey is an outlet's name folded for sameOutlet, computed once.
// parts are the outlets a joint name gives ("ABC News/Washington Post",
// "Washington Post-ABC News": a poll two outlets ran together).
type outletKey struct {
	canon, key string
	parts      []outletKey
}

// key folds name as sameOutlet does; the zero key for no name.
func (ix *aliasIndex) key(name string) outletKey {
	if name == "" {
		return outletKey{}
	}
	c, _ := ix.canonical(name)
	k := outletKey{canon: c, key: nameKey(c)}
	for _, sep := range []string{"/", "-"} {
		l, r, ok := strings.Cut(c, sep)
		if !ok || strings.Contains(r, sep) {
			continue
		}
		cl, kl := ix.canonical(strings.TrimSpace(l))
		cr, kr := ix.canonical(strings.TrimSpace(r))
		if kl && kr {
			// both sides known outlets: "Times-Picayune" is one name
			k.parts = []outletKey{{canon: cl, key: nameKey(cl)}, {canon: cr, key: nameKey(cr)}}
			break
		}
	}
	return k
}

// same is sameOutlet over folded names: one name, or one's initials, or a
// part of a joint name.
func (k outletKey) same(o outletKey) bool {
	if k.canon == "" || o.canon == "" {
		return false
	}
	if k.key == o.key || acronymOf(k.key, o.canon) || acronymOf(o.key, k.canon) {
		return true
	}
	for _, p := range k.parts {
		if p.same(o) {
			return true
		}
	}
	for _, p := range o.parts {
		if k.same(p) {
			return true
		}
	}
	return false
}

// acronymOf reports whether key (a folded name, "aina") is made of the
// initials of the words of name ("Assyrian International News Agency"),
// three or more of them.
func acronymOf(key, name string) bool {
	if len(key) < 3 || len(key) > 8 || len(name) <= len(key) {
		return false
	}
	n := 0 // words read; no allocation: asked of every pair of names
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' || i > 0 && name[i-1] != ' ' {
			continue
		}
		if n == len(key) || name[i]|0x20 != key[n] {
			return false
		}
		n++
	}
	return n == len(key)
}
