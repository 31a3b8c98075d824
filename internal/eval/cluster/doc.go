// Package cluster is the harness behind `corroborate eval cluster`: it
// streams a benchmark's articles through the story clusterer
// (internal/cluster) and through a single-pass TF-IDF baseline, in the same
// order, and scores both with B-cubed precision, recall and F1 against the
// gold stories.
//
// A benchmark is a JSONL file of {"id","story","text"} lines (the FNC-1
// stories set) or a folder of .txt files whose names give the topic
// (WikiRef220: "ParisAttacks2015 (3).txt", "premier.league.125.txt").
package cluster
