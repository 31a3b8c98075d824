package claims

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// titleWords make up a role written before a name ("Police Chief Jane Roe").
var titleWords = text.WordSet(`mayor governor gov senator sen representative rep president vice chief police fire
commissioner sheriff attorney general gen secretary minister prime director superintendent supt judge
chairman chairwoman chair spokesman spokeswoman spokesperson captain capt lieutenant lt sergeant sgt
detective det officer deputy councilman councilwoman councillor councilor principal coach ceo executive
professor prof ambassador commander cmdr marshal warden coroner treasurer clerk auditor administrator
manager trooper inspector constable head leader pastor bishop engineer architect planner surgeon
economist spokesperson`)

// roleNouns end a role written after a name ("Jane Roe, a spokeswoman for ...").
var roleNouns = text.WordSet(`mayor governor senator representative president chief commissioner sheriff
secretary minister director superintendent judge chairman chairwoman chair spokesman spokeswoman
spokesperson captain lieutenant sergeant detective officer deputy councilman councilwoman principal coach
ceo professor ambassador commander marshal warden coroner treasurer clerk auditor administrator manager
organizer organiser founder owner head leader pastor bishop lawyer attorney`)

var titleExpand = map[string]string{"gov": "governor", "sen": "senator", "rep": "representative",
	"gen": "general", "supt": "superintendent", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
	"det": "detective", "cmdr": "commander", "prof": "professor"}

// orgWords name bodies, not people: "Police Department" is no police chief.
var orgWords = text.WordSet(`department dept service services headquarters office agency ministry council board
committee union university college hospital court county city state station bureau authority
commission institute association corporation company inc ltd group party force forces army police`)

// formerWords mark a role someone held before: another role than the
// current one.
var formerWords = text.WordSet("former ex then-former late onetime one-time outgoing previous acting interim")

// partyWords describe a person, not the role.
var partyWords = text.WordSet("republican democratic democrat gop independent then")

// holder is one person named in a role in one sentence.
type holder struct {
	role      string // normalised role, with its qualifier
	qualified bool   // the role names a place or body, not just a title
	name      string // as written
	surname   string // lower case
	// local: the title is written in lower case or after an owner ("the
	// city's chief engineer"): a job in the story, not a rank many hold
	local bool
}

// holders finds "<Qualifier> <Title> <Name>" and "<Name>, a <role> of|for <Body>".
func holders(s string, toks []token) []holder {
	var out []holder
	for i := 0; i < len(toks); i++ {
		if !titleWords[toks[i].low] || (i > 0 && titleWords[toks[i-1].low] && !gapBreaks(s, toks[i-1].end, toks[i].start)) {
			continue
		}
		// the title run: "Police Chief", "Chief engineer", "chief engineer"
		j := i + 1
		for j < len(toks) && titleWords[toks[j].low] && !gapBreaks(s, toks[j-1].end, toks[j].start) &&
			!strings.Contains(s[toks[j-1].end:toks[j].start], ",") {
			j++
		}
		if !toks[i].capital && j-i < 2 {
			// a single lower-case title ("the mayor") is too vague
			continue
		}
		name, k := "", j
		if j < len(toks) {
			switch strings.TrimSpace(s[toks[j-1].end:toks[j].start]) {
			case "":
				name, k = nameAt(s, toks, j)
			case ",":
				// "the city's chief engineer, Anton Greer,": a full name only
				if n2, k2 := nameAt(s, toks, j); strings.Contains(n2, " ") {
					name, k = n2, k2
				}
			}
		}
		if name == "" {
			i = j - 1
			continue
		}
		// qualifier: capitalised words just before the title run
		q := i
		for q > 0 && toks[q-1].capital && !titleWords[toks[q-1].low] && !partyWords[toks[q-1].low] &&
			!gapBreaks(s, toks[q-1].end, toks[q].start) && !strings.ContainsAny(s[toks[q-1].end:toks[q].start], ",—–") && (q-1 > 0 || toks[q-1].lemma != "") {
			q--
		}
		var role []string
		for x := q; x < j; x++ {
			w := toks[x].low
			if e, ok := titleExpand[w]; ok {
				w = e
			}
			role = append(role, strings.TrimSuffix(w, "'s"))
		}
		if q > 0 && formerWords[toks[q-1].low] {
			role = append([]string{"former"}, role...)
		}
		local := !toks[i].capital || (i > 0 && strings.HasSuffix(toks[i-1].low, "'s"))
		out = append(out, holder{role: strings.Join(role, " "), qualified: q < i, name: name, surname: lastWord(name), local: local})
		i = k - 1
	}
	// "<Name>, (a|an|the) <words> <role noun> (of|for|at) <Body>"
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i].capital || (i > 0 && toks[i-1].capital) {
			continue
		}
		name, k := nameAt(s, toks, i)
		if name == "" || strings.Count(name, " ") == 0 || k >= len(toks) || !strings.Contains(s[toks[k-1].end:toks[k].start], ",") {
			continue
		}
		x := k
		if toks[x].low == "a" || toks[x].low == "an" || toks[x].low == "the" {
			x++
		}
		r := -1
		for y := x; y < len(toks) && y < x+4; y++ {
			if roleNouns[toks[y].low] {
				r = y
			}
			if y > x && gapBreaks(s, toks[y-1].end, toks[y].start) {
				break
			}
		}
		if r < 0 || r+2 >= len(toks) || (toks[r+1].low != "of" && toks[r+1].low != "for" && toks[r+1].low != "at") {
			continue
		}
		var body []string
		for y := r + 2; y < len(toks) && y < r+10; y++ {
			t := toks[y]
			if t.low == "the" && len(body) == 0 {
				continue
			}
			if !t.capital && t.low != "of" && t.low != "for" && t.low != "and" {
				break
			}
			if y > r+2 && strings.ContainsAny(s[toks[y-1].end:t.start], ",;.—–") {
				break
			}
			body = append(body, t.low)
		}
		for len(body) > 0 && !toks[0].capital && (body[len(body)-1] == "of" || body[len(body)-1] == "and" || body[len(body)-1] == "for") {
			body = body[:len(body)-1]
		}
		if len(body) == 0 {
			continue
		}
		role := []string{}
		for y := x; y <= r; y++ {
			role = append(role, toks[y].low)
		}
		role = append(role, toks[r+1].low)
		role = append(role, body...)
		out = append(out, holder{role: strings.Join(role, " "), qualified: true, name: name, surname: lastWord(name)})
	}
	return out
}

// nameAt reads a personal name of one to three capitalised words at toks[i],
// returning it and the index after it, or "" when there is none.
func nameAt(s string, toks []token, i int) (string, int) {
	j := i
	for j < len(toks) && j < i+4 {
		t := toks[j]
		if !t.capital || titleWords[t.low] || orgWords[t.low] || t.num || isMonthTok(t) || weekdays[t.low] || stopWords[t.low] {
			break
		}
		if j > i && strings.TrimSpace(s[toks[j-1].end:t.start]) != "" && !initialGap(s, toks[j-1], t) {
			break
		}
		j++
	}
	if j == i {
		return "", i
	}
	// a longer capitalised run is an organisation or place, not a person
	if j < len(toks) && toks[j].capital && strings.TrimSpace(s[toks[j-1].end:toks[j].start]) == "" && !titleWords[toks[j].low] {
		return "", i
	}
	name := s[toks[i].start:toks[j-1].end]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	return name, j
}

// initialGap reports whether only the full stop of a middle initial stands
// between prev and next ("Charles E. Schumer"), so the name runs on.
func initialGap(s string, prev, next token) bool {
	return utf8.RuneCountInString(prev.text) == 1 && prev.capital && strings.TrimSpace(s[prev.end:next.start]) == "."
}

// lastWord is the surname of name as the sides of a name conflict compare
// it: lower case, accents folded ("Moïse" and "Moise" are one name).
func lastWord(name string) string {
	f := strings.Fields(strings.ToLower(name))
	w := f[len(f)-1]
	return text.FoldMarks(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

// nameConflicts reports roles held by different people in different
// articles: a qualified role ("Stockton Police Chief") anywhere in the
// story, a bare title ("Fire Chief") only within one aligned claim.
func (st *story) nameConflicts() []found {
	cluOf := st.clusterOfUnit()
	byRole := map[string][]roleEntry{}
	for gi := range st.groups {
		// copies hold the same names: the representative's, read once
		rep := &st.units[st.groups[gi].units[0]]
		hs := holders(st.arts[rep.art].Text, rep.toks)
		for _, ui := range st.groups[gi].units {
			for _, h := range hs {
				k := roleKey(h, cluOf[ui])
				byRole[k] = append(byRole[k], roleEntry{h, ui})
			}
		}
	}
	keys := make([]string, 0, len(byRole))
	qualified := map[string][]holder{}
	for k, es := range byRole {
		keys = append(keys, k)
		if es[0].h.qualified {
			for _, e := range es {
				qualified[k] = append(qualified[k], e.h)
			}
		}
	}
	sort.Strings(keys)
	var out []found
	for _, k := range keys {
		es := byRole[k]
		if strings.HasPrefix(k, "~") {
			ok, known := bareRoleOK(es[0].h.role, qualified)
			if !ok {
				continue
			}
			var kept []roleEntry
			for _, e := range es {
				if !known[e.h.surname] {
					kept = append(kept, e)
				}
			}
			es = kept
			if len(es) == 0 {
				continue
			}
		}
		sides := map[string]*side{}
		// an article's first surname for the role, and whether it gives
		// another
		firstName, several := map[int]string{}, map[int]bool{}
		for _, e := range es {
			a := st.units[e.unit].art
			sd := sides[e.h.surname]
			if sd == nil {
				sd = &side{value: e.h.name, norm: e.h.surname}
				sides[e.h.surname] = sd
			}
			if len(e.h.name) > len(sd.value) {
				sd.value = e.h.name
			}
			if f, ok := firstName[a]; !ok {
				firstName[a] = e.h.surname
			} else if f != e.h.surname {
				several[a] = true
			}
			if !containsInt(sd.arts, a) {
				sd.arts = append(sd.arts, a)
				sd.units = append(sd.units, e.unit)
			}
		}
		if len(sides) < 2 {
			continue
		}
		clean := cleanSides(sides, several)
		if len(clean) < 2 {
			continue
		}
		role := es[0].h.role
		ci := cluOf[clean[0].units[0]]
		f := st.makeConflict(corroborate.ConflictName, ci, clean)
		f.conflict.About = "who is the " + role
		var names []string
		for _, sd := range clean {
			names = append(names, sd.value)
		}
		f.conflict.Note = fmt.Sprintf("%s as the %s", strings.Join(names, " vs "), role)
		f.conflict.Confidence = st.nameConfidence(es, clean)
		if f.conflict.Confidence == confNameSpelling {
			f.conflict.Note += " (one name spelled two ways?)"
		}
		out = append(out, f)
	}
	return out
}

// roleEntry is one holder of a role and the unit that names them.
type roleEntry struct {
	h    holder
	unit int
}

// roleKey groups holders of one role: a qualified role ("Stockton Police
// Chief") story-wide, a bare title of two words or more ("chief engineer")
// story-wide too but apart (see bareRoleSides), a one-word title ("Mayor")
// only within one aligned claim.
func roleKey(h holder, cluster int) string {
	switch {
	case h.qualified:
		return h.role
	case strings.Contains(h.role, " "):
		return "~" + h.role
	}
	return h.role + "#" + strconv.Itoa(cluster)
}

// bareRoleOK reports whether a bare title can be taken for one post in this
// story: not when the story names it for several places ("Stockton Police
// Chief", "San Bernardino Police Chief"). known collects the surnames of
// holders of qualified roles with the same title.
func bareRoleOK(role string, qualified map[string][]holder) (bool, map[string]bool) {
	places := 0
	known := map[string]bool{}
	for r, hs := range qualified {
		if strings.HasSuffix(r, " "+role) {
			places++
			for _, h := range hs {
				known[h.surname] = true
			}
		}
	}
	return places < 2, known
}

// Confidences of name conflicts: a role tied to a place or body ("Stockton
// Police Chief") is one post; a bare title of two words is one post when
// written as a job in the story ("the city's chief engineer") or in one
// aligned claim, but a rank ("Prime Minister", "Vice President") is held by
// many people at once across a story; a one-word title ("Inspector") even
// more so. Names a letter or two apart are one person spelled two ways more
// often than two people.
const (
	confNameQualified = 0.8
	confNameTitle     = 0.65
	confNameRank      = 0.45
	confNameBare      = 0.4
	confNameSpelling  = 0.3
)

// nameConfidence rates a name conflict between sides, found from the
// holders es of one role.
func (st *story) nameConfidence(es []roleEntry, sides []*side) float64 {
	for i := range sides {
		for j := i + 1; j < len(sides); j++ {
			if spelledAlike(sides[i].value, sides[j].value) {
				return confNameSpelling
			}
		}
	}
	h := es[0].h
	switch {
	case h.qualified:
		return confNameQualified
	case !strings.Contains(h.role, " "):
		return confNameBare
	}
	cluOf := st.clusterOfUnit()
	one := true
	for _, sd := range sides[1:] {
		if cluOf[sd.units[0]] != cluOf[sides[0].units[0]] {
			one = false
		}
	}
	for _, e := range es {
		if e.h.local {
			one = true
		}
	}
	if one {
		return confNameTitle
	}
	return confNameRank
}

// spelledAlike reports whether two names are one spelled two ways: the
// same first name (when both give one) and surnames one letter apart once
// doubled letters are read as one ("Wendy Willson" and "Wendy Wilson").
func spelledAlike(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fa) > 1 && len(fb) > 1 && fa[0] != fb[0] {
		return false
	}
	x, y := undouble(fa[len(fa)-1]), undouble(fb[len(fb)-1])
	return len(x) >= 4 && len(y) >= 4 && oneEdit(x, y)
}

// undouble writes each run of one letter once: "willson" -> "wilson".
func undouble(w string) string {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		if i == 0 || w[i] != w[i-1] {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

// oneEdit reports whether a and b are equal or one letter replaced,
// inserted or dropped apart.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i >= len(a)-1 || a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
