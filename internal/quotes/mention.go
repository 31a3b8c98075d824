package quotes

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// Options tunes quote extraction and linking. The zero value is ready to use.
type Options struct {
	// MinUnattributedWords: a quotation with no speech cue and no speaker
	// around it that is shorter than this many words is taken for scare
	// quotes or a term ("sanctuary city") and dropped. 0 means 5.
	MinUnattributedWords int
	// MinSharedWords: two quotations in different articles are one when they
	// share a run of at least this many words, or when the shorter one, at
	// least ShortQuoteWords long, lies whole inside the other. 0 means 5.
	MinSharedWords int
	// ShortQuoteWords is the shortest quotation matched across articles by
	// containment. 0 means 2.
	ShortQuoteWords int
}

func (o Options) minUnattributed() int { return orDefault(o.MinUnattributedWords, 5) }
func (o Options) minShared() int       { return orDefault(o.MinSharedWords, 5) }
func (o Options) shortQuote() int      { return orDefault(o.ShortQuoteWords, 2) }

func orDefault(v, def int) int {
	if v <= 0 {
		return def
	}
	return v
}

// Speaker is who a quotation is given to, as resolved within one article.
type Speaker struct {
	// Name is the canonical name within the article: the fullest form of a
	// person's name ("Victor Whitfield" for "Whitfield"), a pronoun's antecedent,
	// or the phrase itself for unnamed speakers ("a spokesman").
	Name string
	// Kind is "person", "organization" or "document".
	Kind string
	// Roles are titles and descriptions given with the name
	// ("Harbor City Police Chief").
	Roles []string
	// Named is true for proper names, false for descriptions ("officials")
	// and unresolved pronouns.
	Named bool
	// Outlet is true when the speaker is a news organisation.
	Outlet bool
	// Aliases are other names the speaker goes by ("Whitfield").
	Aliases []string
	gender  gender
	written string // the name as written next to the quote ("Whitfield")
}

// Mention is one direct quotation in one article. Offsets are byte offsets
// into Article.Text.
type Mention struct {
	// Parts are the quoted segments, marks included: one for a plain quote,
	// two or more for a quote split by its attribution ("X," she said. "Y.")
	// or running over several paragraphs.
	Parts []corroborate.Span
	// Start and End are the extent of the quotation, from the first opening
	// mark to the last closing mark.
	Start, End int
	// Text is the quoted words without the marks, parts joined by a space.
	Text string
	// Cue is the speech verb or phrase ("said", "according to"); empty when
	// the speaker was carried over from an earlier sentence.
	Cue string
	// SpeakerText is the speaker as written next to the quote ("he",
	// "Police Chief Victor Whitfield"); SpeakerSpan is where, zero when none.
	SpeakerText string
	SpeakerSpan corroborate.Span
	// Speaker is the resolved speaker; nil when none was found.
	Speaker *Speaker
	// Credit names an outlet credited for the quote ("according to Harbourwire").
	Credit string
	// Partial is true for quoted words inside a reported sentence
	// (called the levy "a cheap trick.").
	Partial bool
	// how the speaker was found, and whether another person was named
	// between the antecedent and the pronoun that points to it: what a
	// conflict's confidence rests on.
	how   resolution
	rival bool
	title bool // the quoted words name a work: titled "A Final Word for the Harbor"
}

// resolution is how a mention's speaker was found.
type resolution byte

const (
	resNone    resolution = iota
	resName               // a name next to the quote
	resPronoun            // "he said", resolved to an earlier speaker
	resCarried            // a paragraph that is only a quote, continuing the last speaker
)

// Attributed reports whether the text gives m a speaker, resolved or not
// (an unresolved "he" counts).
func (m Mention) Attributed() bool { return m.Speaker != nil || m.SpeakerText != "" }

// Direct reports whether m is a whole direct quotation rather than quoted
// words inside a reported sentence.
func (m Mention) Direct() bool { return !m.Partial }

// partTexts returns the quoted words of each part, marks removed.
func (m Mention) partTexts(text string) []string {
	out := make([]string, len(m.Parts))
	for i, p := range m.Parts {
		out[i] = stripMarks(text[p.Start:p.End])
	}
	return out
}

// stripMarks removes quotation marks and white space around s.
func stripMarks(s string) string {
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "\"“”„«»'‘’ \u00a0"))
}
