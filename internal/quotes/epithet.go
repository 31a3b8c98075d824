package quotes

import (
	"slices"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// epithetHeads are offices and standings a story uses to vary the name of
// the person it has just opened a sentence with: "Hillary Vane wants a
// vote. The Democratic frontrunner wrote ...". Relations and trades ("the
// coach", "the driver", "the father", "the prosecutor") are as a rule
// someone else and are not here.
var epithetHeads = text.WordSet(`frontrunner front-runner nominee candidate hopeful senator governor
lawmaker congressman congresswoman billionaire mogul tycoon magnate incumbent chairman chairwoman
premier chancellor mayor`)

// standings are the epithetHeads a campaign story gives its subject
// without having named the office before; any other head (an office:
// "the mayor") must be one the text gave the person ("Mayor Ada Holm"),
// since a resident, a protester or a challenger opens the sentence
// before as often as the office holder.
var standings = text.WordSet("frontrunner front-runner nominee candidate hopeful")

// contestWords in the sentence before set its subject against someone
// holding or seeking the office: "filed papers to run for mayor",
// "endorsed the rival ticket".
var contestWords = text.WordSet(`run running ran challenge challenged challenger challenging rival
rivals opponent opponents against endorsed endorse endorsing nomination defeat defeated beat
unseat oust replace succeed`)

// victimVerbs after a name make the sentence something that happened to
// the person, not something they did: someone else speaks after it.
var victimVerbs = text.WordSet("died appeared fell lost suffered faces faced")

// epithetOfSubject gives a definite description of an office or standing
// that opens its sentence ("The Democratic frontrunner wrote", "The
// senator said") to the person named in full at the opening of the
// sentence right before, in the same paragraph or the one before, when
// that sentence names no one else, the person is its actor (not "was
// charged", "died"), the text gives the person no other role or office
// and no one was brought in unnamed with the description's words.
func (x *extractor) epithetOfSubject(orig []string, head string, r ref) (*Speaker, bool) {
	if r.kind != "person" || !epithetHeads[head] {
		return nil, false
	}
	for _, w := range orig[1 : len(orig)-1] {
		if setApart[strings.ToLower(w)] || possessive(w) {
			return nil, false // "the other candidate", "the party's nominee"
		}
	}
	k := x.tokAt(r.span.Start)
	if k < 2 || x.sentenceFrom(k) != k {
		return nil, false // the description opens its sentence
	}
	end := k - 1
	from := x.sentenceFrom(end)
	if x.paraOf(x.toks[from].s) < x.paraOf(r.span.Start)-1 || x.inQuote(x.toks[from].s) || x.inQuote(x.toks[end].s) {
		return nil, false
	}
	for _, t := range x.toks[from:end] {
		if t.low == head || contestWords[t.low] {
			return nil, false // "Ines Barrow filed papers to run for mayor."
		}
	}
	sent := dropDateline(x.toks[from:end])
	j := 0
	for j < len(sent) && j < 5 && sent[j].word && (sent[j].capitalised() || isInitial(sent[j])) {
		j++
	}
	if j < 2 || j+1 >= len(sent) || !sent[j].word || sent[j].capitalised() || victimVerbs[sent[j].low] {
		return nil, false
	}
	if passiveAux[sent[j].low] && (strings.HasSuffix(sent[j+1].low, "ed") || perceivedVerbs[sent[j+1].low]) {
		return nil, false // "Ivo Lund was charged": done to him
	}
	a := x.analyse(sent[:j])
	if !a.ok() || a.kind != "person" || !a.named || !strings.Contains(a.name, " ") {
		return nil, false
	}
	sp := x.speaker(a, sent[0].s)
	if sp.Kind != "person" || !sp.gender.compatible(roleGender(head)) || x.names.rivalBetween(sent[0].s, r.span.Start, sp.Name) || x.otherOffice(sp.Name, head, r.span.Start) {
		return nil, false
	}
	if x.opensAside(r) || x.namedInOwnSentence(r, sp.Name) {
		return nil, false
	}
	roles := x.rolesOf(sp.Name, r.span.Start)
	if !standings[head] && !hasRoleWord(roles, head) {
		return nil, false // "the mayor" after a resident: no one the text made mayor
	}
	if strings.TrimSpace(strings.Join(roles, "")) != "" {
		if !hasRoleWord(roles, head) {
			return nil, false // "Mara Quist, the Labour leader," is not "the Conservative frontrunner"
		}
		for _, w := range orig[1 : len(orig)-1] {
			if w != strings.ToLower(w) && !hasRoleWord(roles, strings.ToLower(w)) {
				return nil, false // "Conservative nominee Ada Holm" is not "the Labour nominee"
			}
		}
	}
	sp.Roles = dedupe(append(slices.Clip(sp.Roles), r.name))
	return &sp, true
}

// opensAside reports whether the description at r goes on with an
// aside that brings someone in: "The lawmaker, who chairs the ports
// committee, said", "The mayor, a former judge, said".
func (x *extractor) opensAside(r ref) bool {
	k := x.tokAt(r.span.End)
	if k+1 >= len(x.toks) || !x.toks[k].is(",") {
		return false
	}
	w := x.toks[k+1].low
	return w == "who" || w == "a" || w == "an"
}

// namedInOwnSentence reports whether the sentence the description at r
// opens names the person name again ("The frontrunner said Brodin had
// no path"): someone else speaks of them.
func (x *extractor) namedInOwnSentence(r ref, name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	last := ws[len(ws)-1]
	for k := x.tokAt(r.span.End); k < len(x.toks) && !x.toks[k].sentenceEnd(); k++ {
		if t := x.toks[k]; stripPossessive(t.lower()) == last && !x.inQuote(t.s) {
			return true
		}
	}
	return false
}
