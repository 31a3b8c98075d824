// Package reuse is the benchmark behind `corroborate eval reuse`: it
// measures the reuse stage (internal/reuse) on copies derived, with known
// operations, from real news articles.
//
// There is no public passage-level set for text reuse between news articles,
// so one is generated, seeded and reproducible, from the real articles under
// ../shared/bench (FNC-1 stories and PolNeAR texts), read at run time and
// never stored. Each case is a small story of its own:
//
//	verbatim      a copy takes a run of whole paragraphs word for word
//	light-edit    a copy takes most sentences in order with word swaps
//	              (synonyms, dropped fillers), outside quotations
//	condensed     a copy takes fewer sentences, shortens them (a clause, a
//	              parenthesis, an aside, a connective dropped), merges
//	              neighbours and swaps some
//	paraphrase    a copy rewords every sentence it takes: most shortened, a
//	              third of the words swapped where a synonym is known, one
//	              longer word in five replaced by a word of another article
//	              (a crude stand-in for rewording), many merged or moved
//	quote-credit  an article of its own quotes one to three sentences of the
//	              source in credit frames ("According to X, ...", "From X:")
//	mix           a copy takes passages from two unrelated sources
//	siblings      two copies of one source (they share its text, but neither
//	              copied the other: no reuse between them)
//	quote-only    an article of its own quotes a statement the source also
//	              quotes, in a frame of its own: not reuse
//
// Copies wrap the derived text in sentences of their own, drawn from an
// article of another story that shares no run of eight words with the
// sources. Half of the copies (all of quote-credit) credit their origin's
// outlet in one of several forms. Origins are published before copies;
// publication times are given for both articles in about a third of the
// cases, for one in about a sixth, for neither in the rest; outlets are given
// four times in five. One origin outlet's name ("Skyline") does not say it
// is an outlet, so credits to it are not recognised: an honest miss.
//
// The passage metric: for each pair of articles in a case, the gold text is
// the byte ranges of the copy derived from the origin (whole sentences as
// edited, credit frames excluded); the predicted text is the ranges on the
// same article of the passages predicted between the two, in either
// direction. Overlap is counted in bytes of letters and digits only, so
// that where a range starts or ends around spaces and punctuation does not
// matter: true positives are word bytes in both, false positives word bytes
// predicted but not gold, false negatives the reverse. For pairs with no
// gold reuse (sibling copies, a source and an article that only shares a
// quotation, two sources of a mix) every predicted byte on the predicted
// copy's side is a false positive. Counts are summed over all pairs before
// precision, recall and F1 are taken (micro average).
//
// Direction accuracy is the share of gold pairs with any reuse predicted
// between them whose predicted origin is the true one. Credit accuracy is
// the share of correctly oriented gold pairs, among those whose origin's
// outlet is given, whose credited flag is right (a copy credits its origin
// when it names the outlet the origin was published by).
//
// False positives on unrelated articles: pairs of articles from two
// different FNC-1 stories are analysed as two-article stories; a pair with
// any reuse predicted counts as a false positive.
//
// Splits: FNC-1 stories are halved by a hash of their label, PolNeAR by its
// own dev and train folders: "dev" is for tuning, "test" is held out.
package reuse
