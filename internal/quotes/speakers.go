package quotes

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
	"github.com/corroborate/corroborate/internal/unionfind"
)

// speakerSet merges the speakers of a story: the same key (kind and
// normalised name) is one speaker, and a one-word person name joins the
// only full name of the story that ends or starts with it.
type speakerSet struct {
	list  []Speaker
	byKey map[string]int
	sets  *unionfind.Sets
	ids   map[int]string
	order []int // roots in order of first appearance
}

func newSpeakerSet() *speakerSet {
	return &speakerSet{byKey: map[string]int{}, ids: map[int]string{}, sets: unionfind.New(0)}
}

// speakerKey is s's kind and the words of its name (speakerNameWords):
// "Raven-Lise" and "Raven Lise" are one name.
func speakerKey(s Speaker) string {
	return s.Kind + "\x00" + strings.Join(speakerNameWords(s.Name), " ")
}

// speakerNameWords are the words of a name in lower case, a hyphen read as a space
// and accents dropped: "Raven-Symoné" is "raven symone".
func speakerNameWords(name string) []string {
	return strings.Fields(strings.Map(func(r rune) rune {
		if r == '-' {
			return ' '
		}
		return foldRune(unicode.ToLower(r))
	}, name))
}

// add records s and returns its index; equal keys share one index.
func (ss *speakerSet) add(s Speaker) int {
	k := speakerKey(s)
	if i, ok := ss.byKey[k]; ok {
		ss.list[i].Roles = dedupe(append(ss.list[i].Roles, s.Roles...))
		ss.addAlias(i, s)
		return i
	}
	i := len(ss.list)
	s.Roles = append([]string(nil), s.Roles...)
	ss.list = append(ss.list, s)
	ss.sets.Add()
	ss.byKey[k] = i
	ss.addAlias(i, s)
	return i
}

func (ss *speakerSet) addAlias(i int, s Speaker) {
	if s.written != "" && !strings.EqualFold(s.written, ss.list[i].Name) {
		ss.list[i].Aliases = dedupe(append(ss.list[i].Aliases, s.written))
	}
}

func (ss *speakerSet) root(i int) int { return ss.sets.Find(i) }

// merge joins the names of one speaker written several ways in a story:
// variants first (mergeVariants), then a one-word person name joins the
// story's only full name that contains that word as its first or last name.
func (ss *speakerSet) merge() {
	ss.mergeVariants()
	full := map[string][]int{}
	for i, s := range ss.list {
		f := speakerNameWords(s.Name)
		if s.Kind != "person" || !s.Named || len(f) < 2 {
			continue
		}
		r := ss.root(i)
		full[f[len(f)-1]] = appendUnique(full[f[len(f)-1]], r)
		full["first:"+f[0]] = appendUnique(full["first:"+f[0]], r)
	}
	for i, s := range ss.list {
		f := speakerNameWords(s.Name)
		if s.Kind != "person" || !s.Named || len(f) != 1 {
			continue
		}
		c := full[f[0]]
		if len(c) == 0 {
			c = full["first:"+f[0]]
		}
		if len(c) == 1 {
			ss.join(i, c[0])
		}
	}
}

// join merges speaker i into speaker into, keeping its roles and name as
// an alias.
func (ss *speakerSet) join(i, into int) {
	s := ss.list[i]
	ss.sets.Into(i, into)
	t := &ss.list[into]
	t.Roles = dedupe(append(t.Roles, s.Roles...))
	t.Aliases = dedupe(append(append(t.Aliases, s.Name), s.Aliases...))
}

// mergeVariants joins a named speaker to the only longer name of its kind
// it is a variant of: its words end the other's ("Foreign Office" and
// "Ardenian Foreign Office", "Ledger" and "Harbor Ledger") or, for a person,
// keep the other's first and last names ("Laina Dunmore" and "Laina Claire
// Dunmore"); a person's name spelt one or two letters apart in the last
// word with the rest agreeing ("Abdul Karim Wahedi", "Abdul Karim
// Waheedi"); and a body's statement joins the body ("Foreign Office
// statement"). Two names that fit several speakers are left apart.
func (ss *speakerSet) mergeVariants() {
	words := make([][]string, len(ss.list))
	for i, s := range ss.list {
		words[i] = strings.Fields(strings.ToLower(s.Name))
	}
	// A name that fitted two speakers may fit one once they are joined:
	// "Humane Society" after "Humane Society of Wexcombe" joined "Humane
	// Society of Wexcombe Bay".
	for pass := 0; pass < 2 && ss.joinVariants(words) && len(ss.list) > 2; pass++ {
	}
}

// joinVariants is one pass of mergeVariants; it reports whether it joined
// any two speakers.
func (ss *speakerSet) joinVariants(words [][]string) bool {
	joined := false
	for i, s := range ss.list {
		if !s.Named && s.Kind != "document" || len(words[i]) == 0 {
			continue
		}
		// A longer name that holds this one comes before a name of the
		// same length spelt apart; of two names spelt apart, the later
		// joins the first.
		into, spelt := -1, -1
		for j, o := range ss.list {
			sameLen := len(words[i]) == len(words[j])
			if i == j || !o.Named || ss.root(j) == ss.root(i) || sameLen && i < j && ss.root(j) == j || !nameVariant(s, o, words[i], words[j]) {
				continue
			}
			at := &into
			if sameLen {
				at = &spelt
			}
			if r := ss.root(j); *at >= 0 && *at != r || *at == -2 {
				*at = -2
			} else {
				*at = r
			}
		}
		if into == -1 {
			into = spelt
		}
		if into >= 0 {
			ss.join(i, into)
			joined = true
		}
	}
	return joined
}

// nameVariant reports whether speaker a (words wa) is another way to write
// speaker b (words wb): see mergeVariants.
func nameVariant(a, b Speaker, wa, wb []string) bool {
	if a.Kind == "document" && b.Kind == "organization" && len(wa) == len(wb)+1 {
		return (wa[len(wa)-1] == "statement" || wa[len(wa)-1] == "statements") && slices.Equal(wa[:len(wb)], wb)
	}
	if a.Kind != b.Kind || !a.Named {
		return false
	}
	switch {
	case len(wa) < len(wb):
		if slices.Equal(wa, wb[len(wb)-len(wa):]) {
			return a.Kind != "person" || len(wa) >= 2
		}
		if a.Kind == "organization" && len(wa) >= 2 && slices.Equal(wa, wb[:len(wa)]) {
			return true // "Humane Society of Wexcombe" and "Humane Society of Wexcombe Bay"
		}
		return a.Kind == "person" && len(wa) >= 2 && wa[0] == wb[0] && wa[len(wa)-1] == wb[len(wb)-1]
	case len(wa) == len(wb) && len(wa) >= 2 && a.Kind == "organization":
		return oneWordMisspelt(wa, wb) // "Human Society" and "Humane Society"
	case len(wa) == len(wb) && len(wa) >= 2 && a.Kind == "person":
		x, y := wa[len(wa)-1], wb[len(wb)-1]
		if x == y && slices.Equal(wa[1:], wb[1:]) && shortGiven(wa[0], wb[0]) {
			return true // "Jim Mattis" and "James Mattis"
		}
		if slices.Equal(wa[:len(wa)-1], wb[:len(wb)-1]) {
			return x != y && min(len(x), len(y)) >= 5 && x[0] == y[0] && editDistance(x, y) <= 2
		}
		// Every word spelt a little apart, and a title in common:
		// "Arseny Yatseniuk", Prime Minister, and "Arseniy Yatsenyuk",
		// Ukrainian Prime Minister.
		for k := range wa {
			if wa[k] != wb[k] && (min(len(wa[k]), len(wb[k])) < 6 || wa[k][0] != wb[k][0] || editDistance(wa[k], wb[k]) > 2) {
				return false
			}
		}
		return x != y && shareRoleWord(a.Roles, b.Roles)
	}
	return false
}

// shortGiven reports whether given names a and b are one name and its
// short form ("jim" and "james", "nick" and "nicholas").
func shortGiven(a, b string) bool {
	return a != b && (slices.Contains(givenShortForms[a], b) || slices.Contains(givenShortForms[b], a))
}

// givenShortForms are common English given names and their short forms.
var givenShortForms = map[string][]string{
	"james": {"jim", "jimmy", "jamie"}, "nicholas": {"nick", "nicky"}, "douglas": {"doug"},
	"william": {"bill", "billy", "will", "willie"}, "robert": {"bob", "bobby", "rob", "robbie"},
	"michael": {"mike", "mick", "mickey"}, "thomas": {"tom", "tommy"}, "david": {"dave"},
	"joseph": {"joe", "joey"}, "daniel": {"dan", "danny"}, "christopher": {"chris"},
	"steven": {"steve"}, "stephen": {"steve"}, "anthony": {"tony"}, "edward": {"ed", "eddie", "ted"},
	"matthew": {"matt"}, "patrick": {"pat"}, "richard": {"rick", "dick", "rich", "richie"},
	"samuel": {"sam"}, "benjamin": {"ben"}, "alexander": {"alex"}, "andrew": {"andy", "drew"},
	"katherine": {"kate", "kathy", "katie"}, "catherine": {"cathy", "kate"}, "elizabeth": {"liz", "beth", "betty"},
	"jennifer": {"jen", "jenny"}, "margaret": {"maggie", "peggy", "meg"}, "susan": {"sue"},
	"charles": {"charlie", "chuck"}, "gerald": {"gerry", "jerry"}, "lawrence": {"larry"},
	"timothy": {"tim"}, "kenneth": {"ken"}, "ronald": {"ron"}, "donald": {"don"}, "gregory": {"greg"},
	"jeffrey": {"jeff"}, "peter": {"pete"}, "frederick": {"fred"}, "albert": {"al"},
	"theodore": {"ted", "teddy"}, "zachary": {"zach"}, "jonathan": {"jon"}, "nathaniel": {"nate"},
	"rebecca": {"becky"}, "patricia": {"pat", "patty"}, "deborah": {"debbie", "deb"},
}

// oneWordMisspelt reports whether the names wa and wb differ in one word
// only, spelt one letter apart, with the same first letter and five
// letters or more.
func oneWordMisspelt(wa, wb []string) bool {
	diff := -1
	for k := range wa {
		if wa[k] != wb[k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	if diff < 0 {
		return false
	}
	x, y := wa[diff], wb[diff]
	return min(len(x), len(y)) >= 5 && x[0] == y[0] && editDistance(x, y) == 1
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// id returns the contract id of root speaker i ("s1", "s2", ...), by first use.
func (ss *speakerSet) id(i int) string {
	i = ss.root(i)
	if id, ok := ss.ids[i]; ok {
		return id
	}
	id := fmt.Sprintf("s%d", len(ss.ids)+1)
	ss.ids[i] = id
	ss.order = append(ss.order, i)
	return id
}

// export lists the root speakers in id order; call it after every id was
// handed out, or it hands out ids in list order.
func (ss *speakerSet) export() []corroborate.Speaker {
	for i := range ss.list {
		if ss.root(i) == i {
			ss.id(i)
		}
	}
	out := make([]corroborate.Speaker, 0, len(ss.order))
	for _, i := range ss.order {
		s := ss.list[i]
		roles, aliases := widestRoles(s.Roles), s.Aliases
		if roles == nil {
			roles = []string{}
		}
		if aliases == nil {
			aliases = []string{}
		}
		out = append(out, corroborate.Speaker{ID: ss.ids[i], Name: s.Name, Kind: s.Kind, Roles: roles, Aliases: aliases})
	}
	return out
}

// related reports whether two speakers may be one source: they share a
// name word ("Brennan campaign" and "Ada Brennan"), one speaks for the
// other ("HASCOM spokesman Ivo Brandt" and "Harbor Safety Command"), or
// they are one body named two ways ("NRLF" and "NRL").
func (ss *speakerSet) related(a, b int) bool {
	sa, sb := ss.list[a], ss.list[b]
	if speaksFor(sa, sb) || speaksFor(sb, sa) || sameBody(sa, sb) {
		return true
	}
	wa := strings.Fields(strings.ToLower(ss.list[a].Name))
	for _, w := range strings.Fields(strings.ToLower(ss.list[b].Name)) {
		if len(w) < 3 || isDeterminer(w) || w == "of" || w == "for" || w == "from" {
			continue
		}
		for _, v := range wa {
			if v == w {
				return true
			}
		}
	}
	return false
}

// widestRoles drops a role that another role contains ("Police Chief" when
// "Harbor City Police Chief" is there, "head of legal casework at Liberty"
// when "head of legal casework for campaign group Liberty" is), and a role
// that differs from an earlier one only in case or apostrophes
// ("Croatia’s prime minister" after "Croatia's Prime Minister").
func widestRoles(roles []string) []string {
	if len(roles) < 2 {
		return roles
	}
	keys := make([]string, len(roles))
	words := make([][]string, len(roles))
	for i, r := range roles {
		keys[i] = curlyApostrophes.Replace(strings.ToLower(r))
		for _, w := range strings.Fields(keys[i]) {
			if !roleLinkWords[w] {
				words[i] = append(words[i], w)
			}
		}
	}
	var out []string
	for i, r := range roles {
		inside := false
		for j := range roles {
			if i != j && (keys[i] == keys[j] && j < i || len(keys[j]) > len(keys[i]) && (strings.Contains(keys[j], keys[i]) || wordsWithin(words[i], words[j]))) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, r)
		}
	}
	return out
}

// curlyApostrophes are written straight to compare roles.
var curlyApostrophes = strings.NewReplacer("’", "'", "‘", "'")

// roleLinkWords join the words of a role without adding to it: "head of
// casework at Liberty" and "head of casework for Liberty" say the same.
var roleLinkWords = text.WordSet("a an the of at for in with from")

// wordsWithin reports whether the words a stand in b in order, more of them
// in b, both ending with the same word.
func wordsWithin(a, b []string) bool {
	if len(a) == 0 || len(b) <= len(a) || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	i := 0
	for _, w := range b {
		if i < len(a) && w == a[i] {
			i++
		}
	}
	return i == len(a)
}

// shareRoleWord reports whether two lists of roles have a word of four
// letters or more in common: "Prime Minister" and "Ukrainian Prime
// Minister".
func shareRoleWord(a, b []string) bool {
	for _, r := range a {
		for _, w := range strings.Fields(strings.ToLower(r)) {
			if len(w) >= 4 && !isDeterminer(w) && hasRoleWord(b, w) {
				return true
			}
		}
	}
	return false
}
