package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// putOutVerbs put out a document: "the party announced", "the council
// released". Unlike issueVerbs (leadin.go) they leave out "published",
// "signed" and "sent", which as often put out someone else's document.
var putOutVerbs = text.WordSet("announced issued released posted circulated distributed")

// documentIssuer gives a bare document that speaks ("the release said",
// "the memo read") to the named body or person the text last said put
// one out, in the description's paragraph or the two before: `the
// Republican Party of Ostland announced she was not coming.` ¶ `"...,"
// the release said.` The issuer must open its clause as the verb's
// subject, named; a document the text tied to someone else since ("a
// letter from Ada Holm") is that one's (documentFrom), and any other
// name opening a clause with an issuing verb in between leaves no one.
func (x *extractor) documentIssuer(r ref) (*Speaker, bool) {
	if r.pronoun != "" || r.kind != "document" || r.named {
		return nil, false
	}
	ws := strings.Fields(strings.ToLower(r.text))
	if len(ws) != 2 || ws[0] != "the" || !issuedDocs[ws[1]] {
		return nil, false
	}
	k := x.tokAt(r.span.Start)
	lo := x.tokAt(x.paras[max(0, x.paraOf(r.span.Start)-2)].Start)
	for j := k - 1; j > lo; j-- {
		t := x.toks[j]
		if !t.word || !putOutVerbs[t.low] || x.inQuote(t.s) {
			continue
		}
		from := j
		for from > lo && !x.toks[from-1].sentenceEnd() && !x.lineBetween(from-1, from) && !x.toks[from-1].is(",") {
			from--
		}
		for e := j + 1; e < k && e <= j+8 && !x.toks[e].sentenceEnd(); e++ {
			if w := x.toks[e].low; w == "from" || w == "by" || w == "behalf" {
				return nil, false // "police released a statement from the family": theirs
			}
		}
		for e := j + 1; e+1 < k; e++ {
			if t := x.toks[e]; t.low == ws[1] && (x.toks[e+1].low == "from" || x.toks[e+1].low == "by" || possessive(x.toks[e-1].w)) {
				return nil, false // "The statement from the drivers' union came later": another's since
			}
		}
		np := subjectBefore(x.toks[from:j])
		if len(np) == 0 {
			return nil, false
		}
		a := x.analyse(np)
		if !a.ok() || !a.named || a.pronoun != "" || a.kind != "organization" && a.kind != "person" {
			return nil, false
		}
		sp := x.speaker(a, np[0].s)
		return &sp, true
	}
	return nil, false
}

// issuedDocs are the documents a body puts out under its own name.
var issuedDocs = text.WordSet("release statement memo memorandum announcement communique notice")
