package claims

import (
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// Faults of a sentence as a claim's wording, worst first: a fragment words
// no claim; a sentence opening with a pronoun or "This"/"That" points back
// to a sentence the reader does not have; a quotation with no speaker when
// another sentence names one; first person outside quotation marks ("Our
// source") is the outlet's own voice.
const (
	faultFragment    = 100
	faultPointsBack  = 4
	faultNoSpeaker   = 2
	faultFirstPerson = 2
)

// backOpeners open a sentence that leans on the one before it.
var backOpeners = text.WordSet(`he she it they we i this that these those his her its their our my
him them another such`)

// outletVoice words are the outlet's own voice outside quotation marks.
var outletVoice = text.WordSet("we our us i my me")

// attribution words name who said a quotation.
var attribution = text.WordSet(`said says say told tells according added adds explained stated wrote
writes asked asks insisted claimed noted`)

// wordingFaults scores how badly the sentence full[start:end], of tokens
// toks (offsets into full), reads as a claim on its own; hasSpeaker tells
// whether it names the speaker of its quotation.
func wordingFaults(full string, start, end int, toks []token) (faults int, hasSpeaker bool) {
	s := strings.TrimSpace(full[start:end])
	if fragment(s) {
		faults += faultFragment
	}
	quoted := isQuotation(s)
	voice := false
	in, pos := false, start
	for _, t := range toks {
		for _, r := range full[pos:t.start] {
			if r == '"' || r == '“' || r == '”' {
				in = !in
			}
		}
		pos = t.end
		if in {
			continue
		}
		hasSpeaker = hasSpeaker || attribution[t.low]
		voice = voice || outletVoice[t.low] && !(t.low == "us" && t.text == "US")
	}
	if quoted && !hasSpeaker {
		faults += faultNoSpeaker
	}
	if len(toks) > 0 && !quoted && backOpeners[toks[0].low] {
		// "It was not known ...", "It is unclear ..." point nowhere
		if !(toks[0].low == "it" && len(toks) > 1 && beForms[toks[1].low]) {
			faults += faultPointsBack
		}
	}
	if voice && !strings.ContainsAny(s, `"“”‘'`) {
		faults += faultFirstPerson
	}
	return faults, hasSpeaker
}

// isQuotation reports a sentence that is mostly a quotation, in double
// marks or opened by a single one ("Roe said: ‘We ...").
func isQuotation(s string) bool {
	return QuotedShare(s) > 0.3 || strings.HasPrefix(s, "‘") || strings.Contains(s, ": ‘") || strings.Contains(s, ": '")
}

// stripDateline removes the dateline that opens a sentence
// (outlets.ReadDateline: "PORT CALDER — City officials closed ..." and
// "Lenna (Reuters) - City officials closed ..." read "City officials closed
// ...").
func stripDateline(s string) string {
	if d, ok := outlets.ReadDateline(s); ok {
		return s[d.End:]
	}
	return s
}

// wording is one sentence that may word a claim.
type wording struct {
	text                    string
	faults                  int
	speaker, unsaid, quoted bool
}

// wordingOf reads unit u's sentence as a claim's wording.
func (st *story) wordingOf(u *unit) wording {
	full := st.arts[u.art].Text
	return newWording(full, u.span.Start, u.span.End, u.toks)
}

func newWording(full string, start, end int, toks []token) wording {
	w := wording{text: strings.TrimSpace(full[start:end])}
	w.faults, w.speaker = wordingFaults(full, start, end, toks)
	w.quoted = isQuotation(w.text)
	w.unsaid = w.quoted && !w.speaker
	return w
}

// bestWording picks, among the sentences stating a claim (the leader's
// first), the one that reads best alone: fewest faults, a quotation with
// its speaker when some sentence names one, then the leader, then the
// shortest. It returns "" when every sentence is a fragment.
func bestWording(ws []wording) string {
	best, bestFaults := "", 0
	anySpeaker := false
	for _, w := range ws {
		anySpeaker = anySpeaker || w.speaker && w.quoted
	}
	for i, w := range ws {
		t, f := w.text, w.faults
		if !anySpeaker && w.unsaid {
			// no sentence names the speaker: none is the worse for it
			f -= faultNoSpeaker
		}
		if f >= faultFragment {
			continue
		}
		if best == "" || f < bestFaults || f == bestFaults && i > 0 && best != ws[0].text && (len(t) < len(best) || len(t) == len(best) && t < best) {
			best, bestFaults = t, f
		}
	}
	if best == "" {
		return ""
	}
	return stripDateline(best)
}
