// Package cluster groups a time-ordered stream of articles into stories,
// online: each article is assigned when it arrives, from what came before it.
//
// An article is reduced to terms (Extract): content words, lightly stemmed;
// names, the runs of capitalised words ("Public Safety Partnership"); and
// numbers and dates ("Aug. 18"). Each term is weighted by its sublinear
// frequency, by an inverse document frequency learnt from the stream itself
// (a fixed-size sketch that forgets slowly), and by its kind: names count
// more than words, numbers less. The heaviest terms, scaled to unit length,
// are the article's vector.
//
// A story is the sum of its articles' vectors. Candidate stories come from an
// inverted index over the heaviest terms of the articles already assigned;
// each candidate is scored by the cosine between the article and the story,
// damped by the time since the story's last article. The article joins the
// best story when the score reaches a threshold and opens a new one
// otherwise. When an article matches two stories whose centroids have come
// close, they merge into the older one. Every assignment carries the terms
// that drove it, as written in the article, so that a reader can see why an
// article joined a story.
//
// Stories with no article for longer than the window are evicted with their
// postings, so memory follows the window, not the length of the stream. The
// Clusterer never reads the clock; items bring their own time, and items
// without one are placed in stream order.
package cluster
