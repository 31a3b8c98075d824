// Package conflicts is the harness behind `corroborate eval conflicts`: it
// runs the dossier on each story of a benchmark (JSON Lines of
// {"id","story","text"}, the FNC-1 stories format), writes every conflict
// found, those held back as unsure included, with each side's spans and
// the passages around them so that a person can label it, and scores a
// labelled file.
//
// Articles go through the product's own ingest and extract path, so the
// dossier sees what it sees in use. Offsets in predictions are byte
// offsets into the extracted article text ("start", "end") and into the
// input's "text" field ("input_start", "input_end"); labels keep only the
// latter, with the input ids, so that they survive changes to extraction
// and are stored without any article text.
//
// A new conflict takes the label of a labelled one when both are in the
// same story, of the same kind and with as many sides, and each of its
// sides overlaps a different labelled side: some span of the side lies in
// the same input as a span of the labelled side and the two byte ranges
// overlap. Sides may gain or lose articles, spans may narrow to a value or
// widen to its sentence, values and notes may be reworded, and the label
// still holds; a conflict that gains or loses a side is a new conflict to
// label, since its truth may have changed with it. For the share of true
// conflicts still reported, a conflict labelled true also counts as
// reported when a reported conflict still opposes its passages (two sides
// or more overlapping different labelled sides), its sides merged or split.
//
// Precision is over the reported conflicts that match a label; the
// reported conflicts that match none are listed and counted, to be
// labelled before the figure is trusted.
package conflicts
