// Package quotes finds who said what: the direct quotations of each article
// with their speakers, and the same quotations across the articles of a
// story.
//
// Extract reads one article. It pairs quotation marks (curly, straight, two
// apostrophes, guillemets; a quotation left open at the end of a paragraph
// runs on when the next paragraph opens with a mark), then looks for each
// quotation's attribution: after it (`"...," said Police Chief Jarrod
// Burguan`, `"...," a statement from Maryland corrections read`), before it
// (`Berry wrote:`, `Clinton told reporters,`), on the line before (`Caddell
// continued:`) or after (`― Sonya Herridge`). Quotations split by their
// attribution (`"X," she said. "Y."`) are one mention with two parts. Quoted
// words inside a reported sentence (called the demands "a bullying
// tactic.") are kept and marked Partial. Pronouns resolve to the latest
// compatible named speaker, reported speech included ("Eric Jones said his
// officers ..." then `"...," he said`), and bare surnames to the full name
// the article gives. "according to Reuters" is a credit to an outlet, never
// the speaker.
//
// Link reads a story: speakers merged across articles by name and alias,
// quotations matched by shared runs of normalised words (so punctuation,
// case, quote marks, dashes and "common-sense"/"commonsense" do not matter,
// and a partial copy meets the whole), and the conflicts: the same words
// given to different named speakers (quote-speaker), or matched copies whose
// wording differs beyond spelling (quote-wording). Precision comes first:
// outlets, unnamed speakers ("officials") and speakers sharing a name word
// never make a conflict.
//
// Both are pure functions of their input; Options documents the defaults.
package quotes
