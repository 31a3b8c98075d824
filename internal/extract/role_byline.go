package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
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
// names the person a caption shows, not the writer, and so does a job
// of the trade that is not writing ("Ivo Marsh, film producer, Calder
// Studios": writingJobs only).
func roleByline(s string) (name, outlet string, ok bool) {
	m := reRoleByline.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || !writingJob(m[2]) || !isNameLike(m[1]) || hasRoleWord(m[1]) {
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

// writingJobs are the jobs of a person who writes a story: a name under the
// date with one of them is its byline.
var writingJobs = text.WordSet("correspondent reporter writer editor columnist contributor journalist bureau")

// writingJob reports a job of writingJobs ("senior reporter", "Editor-at-large").
func writingJob(job string) bool {
	for _, w := range strings.Fields(job) {
		for _, part := range strings.Split(strings.ToLower(w), "-") {
			if writingJobs[part] {
				return true
			}
		}
	}
	return false
}

// toldAfter reports whether a line after lines[i] names name: a writer
// rarely names herself in her story, the person a caption line shows is
// its subject.
func toldAfter(lines []line, i int, name string) bool {
	for _, l := range lines[i+1:] {
		if strings.Contains(l.text, name) {
			return true
		}
	}
	return false
}
