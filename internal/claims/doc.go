// Package claims aligns the statements of a story's articles into claims,
// finds where the articles disagree, and tells an article's stance towards
// a claim.
//
// A claim is a sentence-level statement found in one or more articles. Two
// sentences state the same claim when they share enough weighted content:
// stemmed content words, capitalised names, numbers and dates (normalised,
// so "Aug. 18" = "August 18" and "four cities" = "4 cities"). Word order does
// not matter. Support is counted by independent origin: an article whose
// sentence lies in a passage it reused from another supporting article
// counts with that article.
//
// Conflicts are found precision first:
//
//	number   aligned sentences give different figures for the same unit, or
//	         articles give different rates ("38,000 vehicles a day" vs
//	         "35,000"); rounded figures are compared at their precision,
//	         bounds and ranges ("more than 200", "50 or 60") never
//	date     aligned sentences give different dates, or articles date one
//	         event differently ("begin on March 30" vs "not before April 30");
//	         weekdays are not compared
//	name     the same role ("Stockton Police Chief", "chief engineer") filled
//	         by different people
//	negation one article states what another denies ("provides money" vs
//	         "expertise, though not money"; "is a sanctuary city" vs "is not");
//	         withholding a statement ("would not comment") is no denial
//
// An article that gives both values of a conflict is on neither side.
// Find and Stance are pure functions of their inputs.
package claims
