package reuse

import (
	"runtime"

	"github.com/corroborate/corroborate"
)

// Options tunes the analysis. The zero value is ready to use: every field
// left at zero takes the default given in its comment.
type Options struct {
	// Shingle is the number of words hashed together to find seed matches;
	// default 4.
	Shingle int
	// Gap is the number of words of edit (substituted, inserted or dropped
	// words) a passage bridges between two exact matches; three times as many
	// inside one pair of sentences. Default 6.
	Gap int
	// MinShared is the number of shingles two articles must share before
	// they are aligned at all; default 3.
	MinShared int
	// MinEvidence is the number of narrative words (not function words, not
	// inside a quotation both articles carry, not boilerplate) two articles
	// must share for their pair to count as reuse; default 12.
	MinEvidence int
	// LongRun and ShortRun say what real shared wording is, counted in
	// narrative words (not function words, not quoted): a word-level passage counts when
	// it holds one exact run of LongRun such words (a sentence lifted) or
	// two runs of ShortRun; a pair counts when one of its passages holds a
	// long run or its passages hold MinRuns short runs. Phrases that any two
	// reports of one event share ("the Food and Drug Administration", "on
	// Monday approved") are shorter; so are the words of quotations, which
	// count only for a pair where one side credits the other. Defaults 8, 4
	// and 2.
	LongRun, ShortRun, MinRuns int
	// MinPassage is the number of matched words a word-level passage needs
	// to be reported; default 8.
	MinPassage int
	// SentenceWords and SentenceOverlap decide when two sentences align as a
	// condensed rewrite: they share at least SentenceWords words and at least
	// SentenceOverlap of the shorter sentence's words. Defaults 5 and 0.6.
	SentenceWords   int
	SentenceOverlap float64
	// MaxFanout bounds the pairs formed from one shingle held by many
	// articles (see candidates); default 32.
	MaxFanout int
	// DerivedShare is the share of an article's text taken from others above
	// which the article is not an origin of the story; default
	// DefaultDerivedShare.
	DerivedShare float64
	// Speakers are the speakers the quotes stage found
	// (Dossier.Speakers), which name the speaker of a quotation's mention
	// that gives only the speaker's id: a quotation one article gives to
	// another's author is that article's text (quotesOwnAuthor). Nil
	// leaves such mentions with the speaker's words in the text alone.
	Speakers []corroborate.Speaker
	// Workers is the number of goroutines aligning pairs; default
	// runtime.GOMAXPROCS(0).
	Workers int
}

func (o Options) withDefaults() Options {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.Shingle, 4)
	def(&o.Gap, 6)
	def(&o.MinShared, 3)
	def(&o.MinEvidence, 12)
	def(&o.MinPassage, 8)
	def(&o.LongRun, 8)
	def(&o.ShortRun, 4)
	def(&o.MinRuns, 2)
	def(&o.SentenceWords, 5)
	def(&o.MaxFanout, 32)
	def(&o.Workers, runtime.GOMAXPROCS(0))
	if o.SentenceOverlap <= 0 {
		o.SentenceOverlap = 0.6
	}
	if o.DerivedShare <= 0 {
		o.DerivedShare = DefaultDerivedShare
	}
	return o
}

// DefaultDerivedShare is the share of an article's text taken from another
// above which it counts with its origin: a third.
const DefaultDerivedShare = 1.0 / 3
