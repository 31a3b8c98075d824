// Package claims aligns the statements of a story's articles into claims and
// finds where the articles disagree.
//
// A claim is a sentence-level statement found in one or more articles. Two
// sentences state the same claim when they share enough weighted content:
// lemmatised content words, capitalised names, numbers and dates (normalised,
// so "Aug. 18" = "August 18" and "four cities" = "4 cities"). Word order does
// not matter. Support is counted by independent origin: articles joined by a
// reuse link count as one.
//
// Conflicts are found precision first, and only between articles of different
// origins:
//
//	number   aligned sentences give different figures for the same unit
//	date     aligned sentences give different dates of the same granularity
//	name     the same role ("Stockton Police Chief") filled by different people
//	negation one article states what another denies ("provides money" vs
//	         "expertise, though not money"; "is a sanctuary city" vs "is not")
//
// Find is a pure function of its inputs.
package claims
