package summary

import (
	"regexp"
	"strings"
)

// presumes reports whether s, to open a summary, takes for known a thing
// or an event that the story's articles introduce with "a" ("a cargo
// ship", "a shooting at the university"): its subject is "The" and that
// noun, or a word before it ("The ship left Harwick on July 3",
// "The cargo ship ..."), or it points at that event as told before ("...
// in the library at the time of the shooting."). A reader who meets "the
// ship" first does not know which ship. s itself introducing the noun
// ("The coastguard says a ship ...") presumes nothing of it.
func (st *story) presumes(s string) bool {
	for _, n := range presumedNouns(s) {
		if !introducedIn(s, n) && st.introduced(n) {
			return true
		}
	}
	return false
}

// theSubject is a sentence whose subject is "The" and a word in lower
// case ("The ship left ...", "The cargo ship ...": what describes the
// noun is introduced with it, "a cargo ship").
// A relative clause straight after the noun tells which one ("The woman
// who claims ..."), and the sentence presumes nothing of it.
var theSubject = regexp.MustCompile(`^The ([a-z][a-z-]+)\b(?:,? (who|whom|whose|that|which)\b)?`)

// theEventBefore points at an event as one told before ("at the time of
// the shooting.", "since the crash,"), its noun followed by punctuation:
// "after the shooting of a guard" tells which.
var theEventBefore = regexp.MustCompile(`\b(?:at the time of|during|after|before|since|following|in the wake of|in the aftermath of|ahead of) the ([a-z][a-z-]+)[.,;:!?]`)

// presumedNouns are the nouns s takes for known: its subject's
// (theSubject) and an event's it points at (theEventBefore).
func presumedNouns(s string) []string {
	var out []string
	if m := theSubject.FindStringSubmatch(s); m != nil && m[2] == "" && !notNouns[m[1]] {
		out = append(out, m[1])
	}
	for _, m := range theEventBefore.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// notNouns are words after "The" that are no noun a story introduces
// with "a": words of time and rank, and the public bodies a story names
// as known ("The police arrested ..." after "a police officer").
var notNouns = map[string]bool{"same": true, "first": true, "last": true, "latest": true, "next": true, "other": true,
	"only": true, "most": true, "new": true, "former": true, "late": true,
	"police": true, "government": true, "military": true, "army": true, "navy": true, "court": true, "federal": true,
	"state": true, "city": true, "county": true, "country": true, "world": true, "public": true, "national": true,
	"president": true, "prime": true, "supreme": true, "justice": true, "attorney": true, "university": true,
	"board": true, "council": true, "committee": true, "department": true}

// introducedIn reports whether s gives n with "a" or "an", a word or two
// between ("a large cargo ship").
func introducedIn(s, n string) bool {
	if !strings.Contains(s, n) {
		return false
	}
	return indefinite(n).MatchString(s)
}

// indefinite matches "a" or "an" before n, up to two words between.
func indefinite(n string) *regexp.Regexp {
	return regexp.MustCompile(`\b[Aa]n? (?:[a-z][\w-]* ){0,2}` + regexp.QuoteMeta(n) + `\b`)
}

// introduced reports whether an article of the story's sample gives n
// with "a" or "an" (introducedIn): a thing or an event the story
// introduces before it calls it "the". Read once per noun.
func (st *story) introduced(n string) bool {
	if ok, seen := st.intro[n]; seen {
		return ok
	}
	if st.intro == nil {
		st.intro = map[string]bool{}
	}
	ok := false
	for _, a := range st.sample {
		if introducedIn(a.Text, n) {
			ok = true
			break
		}
	}
	st.intro[n] = ok
	return ok
}
