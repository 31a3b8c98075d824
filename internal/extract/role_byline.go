package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
)

// reRoleByline matches a byline line that gives the writer's name, then
// the job, then maybe the site or the outlet: "Orla Quint-Marsh, editor,
// calderpost.example", "Ivo Marsh, senior reporter, Calder Post", "Ivo
// Marsh, reporter".
var reRoleByline = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}),\s+((?:[\p{L}-]+ ){0,3}[\p{L}-]+)(?:,\s+([\w-]+(?:\.[\w-]+)+|(?:[Tt]he )?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,4}))?$`)

// roleByline reads a byline line of reRoleByline: the writer's name, and
// the outlet the directory names for the site or outlet given (an unknown
// site as written, an unknown name when it looks like an outlet's). The
// job must be a journalist's (roleWords): "Ivo Marsh, harbour master"
// names the person a caption shows, not the writer.
func roleByline(s string) (name, outlet string, ok bool) {
	m := reRoleByline.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !hasRoleWord(m[2]) || !isNameLike(m[1]) || hasRoleWord(m[1]) {
		return "", "", false
	}
	if site := m[3]; site != "" {
		switch o, known := outlets.Lookup(site); {
		case known:
			outlet = o.Name
		case !strings.Contains(site, " ") && strings.Contains(site, "."):
			outlet = strings.ToLower(site)
		case outlets.LooksLikeOutlet(site):
			outlet = site
		}
	}
	return m[1], outlet, true
}
