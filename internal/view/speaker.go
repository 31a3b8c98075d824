package view

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// SpeakerLabel names a speaker with every role the articles give them,
// as every surface shows them: "Mark Millar, comic writer, creator of the
// series". A speaker without a name is known by their id.
func SpeakerLabel(s corroborate.Speaker) string {
	name := s.Name
	if name == "" {
		name = "speaker " + s.ID
	}
	return strings.Join(append([]string{name}, s.Roles...), ", ")
}

// SpeakerEntry describes a speaker in full, as the speakers lists show
// them: "Mira Osei (person): councillor; also named Osei". The kind, roles
// and aliases are the dossier's, none left out.
func SpeakerEntry(s corroborate.Speaker) string {
	name := s.Name
	if name == "" {
		name = "speaker " + s.ID
	}
	if s.Kind != "" {
		name += " (" + s.Kind + ")"
	}
	if len(s.Roles) > 0 {
		name += ": " + strings.Join(s.Roles, ", ")
	}
	if len(s.Aliases) > 0 {
		name += "; also named " + strings.Join(s.Aliases, ", ")
	}
	return name
}

// PartialNote is how every surface marks quoted words inside a reported
// sentence, so that a reader does not take them for a whole quotation.
const PartialNote = "partial quote"

// SpeakerTag names a speaker briefly, as a row of a quotes table does: the
// name and the first role the articles give them, that role cut after
// maxTagWords words ("Lena Fairholm, researcher in the department of
// marine biology…"). The speakers list under the table gives every role
// whole (SpeakerEntry), so a speaker quoted twenty times is not described
// in full twenty times.
func SpeakerTag(s corroborate.Speaker) string {
	if len(s.Roles) == 0 {
		return SpeakerLabel(s)
	}
	role, w := s.Roles[0], strings.Fields(s.Roles[0])
	n := maxTagWords
	// a name the cut falls in is kept whole ("the American Civil
	// Liberties Union…"), within a few words
	for n < len(w) && n < maxTagWords+4 && text.StartsUpper(w[n-1]) && text.StartsUpper(w[n]) {
		n++
	}
	if n < len(w) {
		w = w[:n]
		for len(w) > 1 && tagTail[strings.ToLower(strings.TrimRight(w[len(w)-1], ",;:"))] {
			w = w[:len(w)-1]
		}
		role = strings.TrimRight(strings.Join(w, " "), ",;:") + "…"
	}
	return SpeakerLabel(corroborate.Speaker{ID: s.ID, Name: s.Name, Roles: []string{role}})
}

// maxTagWords is the most words of a role a quotes table's row shows.
const maxTagWords = 7

// tagTail are the words a cut role does not end on ("researcher at…").
var tagTail = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "at": true, "for": true,
	"and": true, "or": true, "to": true, "on": true, "with": true, "by": true, "from": true}

// MentionSpeaker names the speaker of one mention as every quotes table
// does: the resolved speaker with their first role (SpeakerTag), else the
// article's words for them marked "(unresolved)", else "" when nobody is
// named.
func MentionSpeaker(m corroborate.QuoteMention, speakers map[string]corroborate.Speaker) string {
	if m.Speaker != nil {
		if s, ok := speakers[*m.Speaker]; ok && s.Name != "" {
			return SpeakerTag(s)
		}
	}
	if m.SpeakerText != "" {
		return m.SpeakerText + " (unresolved)"
	}
	return ""
}

// Speakers indexes a dossier's speakers by id.
func Speakers(d *corroborate.Dossier) map[string]corroborate.Speaker {
	out := make(map[string]corroborate.Speaker, len(d.Speakers))
	for _, s := range d.Speakers {
		out[s.ID] = s
	}
	return out
}

// CreditLine is one wording of an article's credits and how often the
// article uses it. Outlet is set only when the cue does not name it.
type CreditLine struct {
	Cue, Outlet string
	Times       int
}

// String is the credit as the reports write it: "'according to Reuters'
// ×2", "'the agency said' (Reuters)".
func (c CreditLine) String() string {
	s := "'" + c.Cue + "'"
	if c.Outlet != "" {
		s += " (" + c.Outlet + ")"
	}
	if c.Times > 1 {
		s += fmt.Sprintf(" ×%d", c.Times)
	}
	return s
}

// CreditLines groups an article's credits by their words: "according to
// McClatchy" seven times is one line, and the outlet is not repeated after
// a cue that names it.
func CreditLines(cs []corroborate.Credit) []CreditLine {
	var out []CreditLine
	at := map[string]int{}
	for _, c := range cs {
		key := strings.ToLower(c.Cue) + "\x00" + c.Outlet
		if i, ok := at[key]; ok {
			out[i].Times++
			continue
		}
		at[key] = len(out)
		l := CreditLine{Cue: c.Cue, Times: 1}
		if !strings.Contains(strings.ToLower(c.Cue), strings.ToLower(c.Outlet)) {
			l.Outlet = c.Outlet
		}
		out = append(out, l)
	}
	return out
}

// MentionWords is the words one article quotes when they are fewer than
// the quotation's whole text (a partial quote of part of it), so that a
// row never shows an article printing words it did not print; "" when the
// mention carries the whole text, or its span does not lie in text.
func MentionWords(q corroborate.Quote, m corroborate.QuoteMention, text string) string {
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return ""
	}
	own := strings.Trim(strings.TrimSpace(text[m.Start:m.End]), "\"“”‘’'")
	own = strings.TrimRight(own, ",.;: ")
	if own == "" || quoteKey(own) == quoteKey(q.Text) || len(own) >= len(strings.TrimRight(q.Text, ",.;: ")) {
		return ""
	}
	return own
}
