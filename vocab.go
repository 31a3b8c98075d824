package corroborate

// The vocabulary every stage and surface shares: kinds of conflict, input
// formats and analysis stages, each with the one label people read. A
// surface (terminal, Markdown, the web page, the HTML export) takes its
// words from here, so two surfaces never name one thing differently.

// ConflictKind is what a conflict is about; the JSON contract writes it as
// its string value.
type ConflictKind string

// The kinds of conflict, as written in the dossier JSON.
const (
	ConflictQuoteSpeaker ConflictKind = "quote-speaker" // one quotation, two speakers
	ConflictQuoteWording ConflictKind = "quote-wording" // one quotation, other words
	ConflictNumber       ConflictKind = "number"        // one quantity, two figures
	ConflictDate         ConflictKind = "date"          // one event, two dates
	ConflictName         ConflictKind = "name"          // one role, two names
	ConflictNegation     ConflictKind = "negation"      // stated by some, denied by others
)

// ConflictKinds lists every kind, quotations first.
var ConflictKinds = []ConflictKind{
	ConflictQuoteSpeaker, ConflictQuoteWording, ConflictNumber, ConflictDate, ConflictName, ConflictNegation,
}

var conflictLabels = map[ConflictKind]string{
	ConflictQuoteSpeaker: "who said it",
	ConflictQuoteWording: "wording of a quotation",
	ConflictNumber:       "figure",
	ConflictDate:         "date",
	ConflictName:         "name",
	ConflictNegation:     "stated and denied",
}

// Label is the kind as people say it ("who said it", "figure"); an unknown
// kind is returned as it is, the empty kind as "conflict".
func (k ConflictKind) Label() string {
	if l, ok := conflictLabels[k]; ok {
		return l
	}
	if k == "" {
		return "conflict"
	}
	return string(k)
}

// Quote reports whether the kind is about a quotation (its speaker or its
// wording) rather than a fact.
func (k ConflictKind) Quote() bool {
	return k == ConflictQuoteSpeaker || k == ConflictQuoteWording
}

// InputFormat is how a raw document's body is read.
type InputFormat string

// The input formats of a Document.
const (
	FormatText InputFormat = "text" // plain text, headline on the first line
	FormatHTML InputFormat = "html" // an HTML page
	FormatJSON InputFormat = "json" // JSON, JSON Lines or an array of articles
	FormatFeed InputFormat = "feed" // RSS or Atom
)

// Stage names an analysis stage, as listed in Dossier.Computed.
type Stage string

// The analysis stages, in the order the dossier runs them.
const (
	StageQuotes  Stage = "quotes"
	StageReuse   Stage = "reuse"
	StageClaims  Stage = "claims"
	StageSummary Stage = "summary"
)

// Stages lists the analysis stages in the order they run.
var Stages = []Stage{StageQuotes, StageReuse, StageClaims, StageSummary}

var stageLabels = map[Stage]string{
	StageQuotes:  "quotations and speakers",
	StageReuse:   "shared text and credits",
	StageClaims:  "claims and contradictions",
	StageSummary: "summary",
}

// Label is the stage as people say it ("quotations and speakers").
func (s Stage) Label() string {
	if l, ok := stageLabels[s]; ok {
		return l
	}
	return string(s)
}
