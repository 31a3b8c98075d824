package corroborate

import "fmt"

// DossierVersion is the version of the dossier JSON contract.
const DossierVersion = 1

// Dossier is what the coverage of one story says: the JSON contract printed
// by `corroborate dossier --format json`. Every slice is non-nil once built by
// the dossier package, so that JSON always carries empty arrays, never null.
type Dossier struct {
	Version   int               `json:"version"`
	Story     Story             `json:"story"`
	Articles  []Article         `json:"articles"`
	Speakers  []Speaker         `json:"speakers"`
	Quotes    []Quote           `json:"quotes"`
	Reuse     []Reuse           `json:"reuse"`
	Claims    []Claim           `json:"claims"`
	Conflicts []Conflict        `json:"conflicts"`
	Summary   []SummarySentence `json:"summary"`
	// Computed names the stages that ran ("quotes", "reuse", ...), so a
	// reader can tell "none found" from "not computed".
	Computed []string `json:"computed"`
	// Skipped names the inputs given for the story that gave no article,
	// each with the reason. Not part of contract version 1.
	Skipped []SkippedInput `json:"skipped,omitempty"`
	// Failed names the stages that failed with an internal error; their
	// parts of the dossier are empty and they are not in Computed. A
	// failure on one article (Article set) leaves the stage computed for
	// the others. Not part of contract version 1.
	Failed []StageFailure `json:"failed,omitempty"`
}

// StageFailure is a stage that failed and why.
type StageFailure struct {
	Stage string `json:"stage"`
	Error string `json:"error"`
	// Article names the one article the stage failed on, when it read the
	// others, whose part of its section is there (ArticleName).
	Article string `json:"article,omitempty"`
}

// ArticleName names article a, the i-th of a dossier from 0, where one
// string must point to it: its ID, its Source when it has none, or "#N",
// its place from 1, when it has neither.
func ArticleName(a Article, i int) string {
	switch {
	case a.ID != "":
		return a.ID
	case a.Source != "":
		return a.Source
	}
	return fmt.Sprintf("#%d", i+1)
}

// SkippedInput is an input that gave no article: a file, a JSONL line or a
// URL, and why ("no article text found: …", "not UTF-8 text", an HTTP status).
type SkippedInput struct {
	Input  string `json:"input"`
	Reason string `json:"reason"`
}

// Story is the headline figures of a dossier.
type Story struct {
	// Title is a headline of the story's most central article, with a
	// label or dateline before it dropped and a paragraph cut at its first
	// clause; "" when no article has a title that is not page furniture.
	Title    string `json:"title"`
	Articles int    `json:"articles"`
	Outlets  int    `json:"outlets"`
	Origins  int    `json:"origins"`
	// KnownOutlets counts the distinct outlets that are known; Outlets
	// counts each article of unknown outlet as one more. Not part of
	// contract version 1.
	KnownOutlets int `json:"known_outlets"`
	// ConflictsHeldBack counts the conflicts found but held back as unsure
	// (confidence below the dossier's threshold). Not part of contract
	// version 1.
	ConflictsHeldBack int `json:"conflicts_held_back"`
}

// Speaker is a person, organisation or document quoted in the story.
type Speaker struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"` // "person", "organization" or "document"
	Roles   []string `json:"roles"`
	Aliases []string `json:"aliases"`
}

// Quote is one quotation, matched across the articles that carry it.
type Quote struct {
	ID       string         `json:"id"`
	Text     string         `json:"text"`
	Mentions []QuoteMention `json:"mentions"`
}

// QuoteMention is one occurrence of a quotation in one article.
type QuoteMention struct {
	Article     string  `json:"article"`
	Speaker     *string `json:"speaker"`
	SpeakerText string  `json:"speaker_text"`
	Cue         string  `json:"cue"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	// Partial marks quoted words inside the article's own reported sentence
	// (called the demands "a bullying tactic") rather than a whole
	// quotation. Not part of contract version 1.
	Partial bool `json:"partial,omitempty"`
}

// Reuse is text of one article found again in another.
type Reuse struct {
	From     string    `json:"from"`
	To       string    `json:"to"`
	Kind     string    `json:"kind"` // "verbatim", "near-verbatim" or "condensed"
	Shared   float64   `json:"shared"`
	Credited bool      `json:"credited"`
	Evidence []string  `json:"evidence"`
	Passages []Passage `json:"passages"`
	// Credit is the copy's credit that names the origin's outlet, when
	// Credited. Not part of contract version 1.
	Credit *Credit `json:"credit,omitempty"`
	// Miscredits are the copy's credits whose text holds passages of the
	// origin but which name another outlet ("according to McClatchy" over
	// text that matches the AP's). Not part of contract version 1.
	Miscredits []Credit `json:"miscredits,omitempty"`
	// OriginOutlet is the origin's outlet as read from its own text (its
	// dateline or sign-off, or how it names itself, confirmed by a copy's
	// credit) when the origin's metadata names none. Not part of contract
	// version 1.
	OriginOutlet string `json:"origin_outlet,omitempty"`
	// SameOutlet names the outlet both articles are of, when they are one
	// outlet's (an agency updating its own story, its metadata or its own
	// text telling): an outlet does not credit itself, so Credited is false
	// and no copy is charged. Not part of contract version 1.
	SameOutlet string `json:"same_outlet,omitempty"`
	// NoTextCredit says, for an edge whose origin's outlet is not known,
	// that none of the copy's credits covers the text the two share: each
	// says only whom a speaker told a quotation ("told AFP") that the
	// origin attributes to that outlet too. The copy credits no outlet for
	// the text. Not part of contract version 1.
	NoTextCredit bool `json:"no_text_credit,omitempty"`
	// Direction is how sure the stage is that text went from → to:
	// "sure", "likely" or "unsure". When it is "unsure" neither article is
	// known to be the copy: Credited false charges no one with copying,
	// and Miscredits hold only if To is the copy. Not part of contract
	// version 1.
	Direction string `json:"direction,omitempty"`
	// For and Against are the pieces of Evidence that argue for the
	// direction from → to and against it, word for word; the rest of
	// Evidence argues neither way. Not part of contract version 1.
	For     []string `json:"for,omitempty"`
	Against []string `json:"against,omitempty"`
}

// Passage is one aligned pair of byte ranges: From in the origin, To in the copy.
type Passage struct {
	From [2]int `json:"from"`
	To   [2]int `json:"to"`
}

// Claim is a statement aligned across the articles that make it.
type Claim struct {
	ID      string         `json:"id"`
	Text    string         `json:"text"`
	Support []ClaimSupport `json:"support"`
	// Origins is how many independent origins state the claim: articles
	// linked by reuse count once. Not part of contract version 1.
	Origins int `json:"origins"`
	// Contradicts lists where articles state something incompatible with
	// the claim: another figure, date or name, or a denial. Not part of
	// contract version 1.
	Contradicts []ClaimSupport `json:"contradicts,omitempty"`
}

// ClaimSupport is where one article states a claim: a byte range of that
// article's text. Conflict sides use it for their passages too.
type ClaimSupport struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Conflict is a point on which the sources disagree.
type Conflict struct {
	Kind  ConflictKind   `json:"kind"` // one of ConflictKinds (vocab.go)
	About string         `json:"about"`
	Sides []ConflictSide `json:"sides"`
	Note  string         `json:"note"`
	// Confidence is how sure the stage is that the sides really disagree
	// about the same thing, from 0 to 1. Conflicts below the dossier's
	// threshold are held back and only counted (Story.ConflictsHeldBack).
	// Not part of contract version 1.
	Confidence float64 `json:"confidence"`
}

// ConflictSide is one value and the articles that state it.
type ConflictSide struct {
	Value    string   `json:"value"`
	Articles []string `json:"articles"`
	// Spans are the passages the side rests on: for each article, the
	// quotation or sentence that states the value. Not part of contract
	// version 1.
	Spans []ClaimSupport `json:"spans"`
}

// SummarySentence is one sentence of the summary and the articles it cites.
// The sentence is copied from an article; Cites are the articles whose text
// holds it verbatim (the same characters, white space collapsed: a curly
// and a straight quotation mark or apostrophe are different characters),
// and SupportedBy the other articles that state the same claim in other
// words. A sentence is chosen by its support counted over both.
type SummarySentence struct {
	Text  string   `json:"text"`
	Cites []string `json:"cites"`
	// Spans are the passages cited: for each cited article, in Cites'
	// order, where its text holds the sentence. Not part of contract
	// version 1.
	Spans []ClaimSupport `json:"spans,omitempty"`
	// SupportedBy are the articles that state what the sentence says in
	// other words, each with the passage where it does: support, not a
	// source of the wording. Not part of contract version 1.
	SupportedBy []ClaimSupport `json:"supported_by,omitempty"`
	// BeyondBudget marks the last sentence of a summary asked for in words
	// when it runs past the budget: the sentences before it fit, and it
	// fills the room they leave, for a reader who cuts the text at the
	// budget. Not part of contract version 1.
	BeyondBudget bool `json:"beyond_budget,omitempty"`
	// Disputed are the conflicts, as indexes into the dossier's Conflicts
	// (from 0), one of whose sides holds a passage the sentence is copied
	// from or stated in: what it says is disputed by other articles. Not
	// part of contract version 1.
	Disputed []int `json:"disputed,omitempty"`
}
