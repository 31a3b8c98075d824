package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// agencyHeads end the name of a public body that a later "the agency"
// stands for: "the National Harbour Safety Administration said ... The
// agency said".
var agencyHeads = text.WordSet("administration bureau commission service department office authority board agency ministry")

// agencyNamedBefore is the public body named last, in r's paragraph or the
// one before it, when r is "the agency" and nothing the article calls an
// Agency by name comes first: the same body, described.
func (x *extractor) agencyNamedBefore(r ref) (Speaker, bool) {
	if r.named || r.kind != "organization" || !strings.EqualFold(r.text, "the agency") {
		return Speaker{}, false
	}
	p := x.paraOf(r.span.Start)
	lo := x.paras[max(p-1, 0)].Start
	for j := x.tokAt(r.span.Start) - 1; j >= 0 && x.toks[j].s >= lo; j-- {
		t := x.toks[j]
		if !t.word || !t.capitalised() || !agencyHeads[t.lower()] || x.inQuote(t.s) {
			continue
		}
		from := x.nameRunStart(j)
		if j-from < 1 {
			continue
		}
		a := x.analyse(x.toks[from : j+1])
		if !a.ok() || !a.named || a.kind != "organization" || a.pronoun != "" {
			continue
		}
		return Speaker{Name: a.name, Kind: a.kind, Roles: r.roles, Named: true, written: a.name}, true
	}
	return Speaker{}, false
}

// nameRunStart is the first token of the capitalised run that ends at
// token j, on its line and in its sentence, without a determiner before it.
func (x *extractor) nameRunStart(j int) int {
	from := j
	for from > 0 && x.toks[from-1].word && x.toks[from-1].capitalised() && !x.lineBetween(from-1, from) && !x.toks[from-1].sentenceEnd() {
		from--
	}
	for from < j && isDeterminer(x.toks[from].low) {
		from++
	}
	return from
}
