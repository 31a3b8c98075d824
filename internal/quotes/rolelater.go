package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// roleNamedLater gives a description that speaks before the text names
// its holder ("China's ambassador said", "the Ostland envoy said") to the
// one person the text names later right after the same words, set before
// the name with at most a place between (`Ostland's envoy to Marovia Ivo
// Tark`). The description must say more than its head ("the envoy" alone
// could be anyone's), and a second person named after the same words
// leaves it as it is.
func (x *extractor) roleNamedLater(r ref, sp Speaker) (*Speaker, bool) {
	if sp.Named || r.named || r.pronoun != "" || r.kind != "person" || unnamedOnPurpose(r.text) {
		return nil, false
	}
	desc := strings.Fields(strings.ReplaceAll(strings.ToLower(r.text), "’", "'"))
	if len(desc) > 0 && desc[0] == "the" {
		desc = desc[1:]
	}
	if len(desc) < 2 || len(desc) > 4 || indefinite[desc[0]] {
		// "a diplomat said": someone brought in, not one named later.
		return nil, false
	}
	if head := desc[len(desc)-1]; !roleWord(head) {
		return nil, false
	}
	var out *Speaker
	for _, p := range x.names.persons {
		if p.pos <= r.span.End {
			continue
		}
		if from, ok := x.writtenAfter(desc, x.tokAt(p.pos)); !ok || x.toks[from].s < r.span.End {
			continue // "Police union spokesman Ivo Tark's deputy said": the description's own words
		}
		fn, ok := x.names.full(p.last, p.pos, r.gender)
		if !ok || lastWord(fn.name) != p.last {
			continue
		}
		name := strings.Fields(fn.name)
		for len(name) > 2 && isPlace(name[0]) {
			name = name[1:] // "to Britain Liu Xiaming": the place is no part of the name
		}
		if out != nil && out.Name != strings.Join(name, " ") {
			return nil, false // two people so described
		}
		out = fn.speaker()
		out.Name, out.written = strings.Join(name, " "), strings.Join(name, " ")
	}
	if out == nil || !out.gender.compatible(roleGender(desc[len(desc)-1])) {
		return nil, false
	}
	out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
	return out, true
}

// writtenAfter reports whether the words desc (lower case) stand right
// before the name at token k, in its sentence, with only a preposition and
// capitalised words between ("ambassador to Britain Liu Xiaming"); from is
// the token the words start at.
func (x *extractor) writtenAfter(desc []string, k int) (from int, ok bool) {
	j := k - 1
	for n := 0; j >= 0 && n < 3 && (prepositions[x.toks[j].low] || x.toks[j].word && x.toks[j].capitalised()); n++ {
		if x.toks[j].sentenceEnd() || x.lineBetween(j, j+1) {
			return 0, false
		}
		j--
	}
	for i := len(desc) - 1; i >= 0; i, j = i-1, j-1 {
		if j < 0 || !x.toks[j].word || x.lineBetween(j, j+1) || strings.ReplaceAll(x.toks[j].low, "’", "'") != desc[i] {
			return 0, false
		}
	}
	return j + 1, true
}

// indefinite are the words that bring someone new into a text.
var indefinite = text.WordSet("a an one another some")

// bodySpeakingBefore gives a bare description of a body that speaks ("the
// company said", "the agency said") to the named body reported speaking
// last, in the same paragraph (a body, or a name the text has just
// called "it" speaking), when bodyNamedBefore found no name with the
// description's head and the words since name nothing else (no capitalised
// word outside quotations but a common word opening a sentence, "In" or
// "The"): `Kelmpay said in a
// statement that "...". "...," it said. In the event of fraud, the company
// said, "..."`.
func (x *extractor) bodySpeakingBefore(r ref, sp Speaker, recent []event) (*Speaker, bool) {
	if sp.Named || r.named || r.pronoun != "" || r.kind != "organization" || len(r.text) < 5 || !strings.EqualFold(r.text[:4], "the ") || describedBodies[strings.ToLower(r.text[4:])] == nil {
		return nil, false
	}
	e, ok := lastEventIn(recent, x.paras[x.paraOf(r.span.Start)].Start, r.span.Start)
	if !ok || e.described || e.pronoun != "" || !e.sp.Named || e.sp.Outlet {
		return nil, false
	}
	if e.sp.Kind != "organization" && x.toks[x.tokAt(e.pos)].low != "it" {
		return nil, false // a body, or a name the text calls "it" speaking
	}
	words := strings.Fields(strings.ToLower(e.sp.Name + " " + e.sp.written))
	heads := describedBodies[strings.ToLower(r.text[4:])]
	for _, w := range words {
		if (describedBodies[w] != nil || describedBodies["agency"][w]) && !heads[w] {
			return nil, false // "the Ostland Health Ministry ... the company said": another kind of body
		}
	}
	for k := x.tokAt(e.pos); k < len(x.toks) && x.toks[k].s < r.span.Start; k++ {
		t := x.toks[k]
		if !t.capitalised() || x.inQuote(t.s) || slices.Contains(words, t.lower()) || prepositions[t.low] || isDeterminer(t.low) {
			continue
		}
		return nil, false // "... Paypal said. Samsung disagreed; the company said": which one
	}
	out := e.sp
	out.Roles = dedupe(append(slices.Clip(out.Roles), r.name))
	return &out, true
}
