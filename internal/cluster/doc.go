// Package cluster groups a time-ordered stream of articles into stories,
// online: each article is assigned when it arrives, from what came before it.
//
// An article is reduced to terms (Extract): content words, lightly stemmed
// ("cities" and "city's" are one); names, the runs of two or more
// capitalised words ("Public Safety Partnership"); and numbers and dates
// ("12,500", "Aug. 18"). Occurrences in the title and the lead (the first
// sentences, where news says what the story is) count three times. Each term
// is weighted by its sublinear frequency, by an inverse document frequency
// learnt from the stream itself (a fixed-size sketch that forgets slowly),
// and by its kind; the heaviest terms, scaled to unit length, are the
// article's vector.
//
// A story is the sum of its articles' vectors, pruned to its heaviest terms.
// Candidate stories come from an inverted index: each story is posted under
// the heaviest terms of its articles, and a new article looks up its own. A
// candidate is scored by the cosine between the article and the story's
// centroid, mixed with the cosine between the article's headline and the
// story's headlines (Options.HeadlineMix: a short, precise signal whose
// common words weigh little), times the evidence of time and outlet
// (evidence.go): an article published days beyond a story's articles
// counts ever less, so that a topic that recurs a week later (a weekly
// report) opens a new story; and a story
// already holding an article from the same outlet that day counts a little
// less. The article joins the best story when the score reaches
// Options.Threshold and opens a new one otherwise. Other stories the
// article also resembles (at least half the threshold) whose centroid's
// cosine with the joined story's, times the time evidence, reaches
// Options.MergeThreshold have converged: they merge into the oldest. Each
// story carries a title, the headline of its most central article. Every assignment carries the
// terms that drove it, as written in the article ("shares: Harrowgate
// Emergency Council, plant, Aug. 18"), so that a reader can see why an
// article joined a story.
//
// An online decision is made once, with weights learnt from the stream so
// far: it joins stories whose first articles look alike and leaves a story
// in pieces when its first articles used different words. Regroup revisits
// the latest Options.Recent articles with the weights learnt since, as a
// batch clustering would (regroup.go): it splits a story whose recent
// articles form two (two-means, parts less alike on average than
// Options.SplitThreshold and clearly less alike across the cut than within,
// Options.SplitContrast, so that a broad subject is not cut up), moves each article to the story it fits best,
// and joins stories whose articles are alike on average (average link, at
// least Options.JoinThreshold, or nearly as alike across as within them, so
// that the pieces of a broad subject come together); time and outlet weigh
// there as online. Callers regroup every so many articles and
// apply the returned moves; older articles are settled and only weigh.
//
// Stories with no article for longer than Options.Window (and none among
// the latest Options.Recent articles) are evicted with their postings, so memory follows the window, not the length of the
// stream. The Clusterer never reads the clock; items bring their own time,
// and items without one are placed in stream order. The same stream always
// gives the same assignments.
//
// Package simulate generates seeded synthetic streams (a simulated day of a
// million articles) for the benchmarks; `corroborate eval cluster` measures
// quality on real benchmarks (internal/eval/cluster).
package cluster
