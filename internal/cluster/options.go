package cluster

import "time"

// Options tunes a Clusterer. The zero value gives the defaults documented on
// each field; a zero or negative field takes its default.
type Options struct {
	// Window is how long a story stays in memory without a new article
	// (once none of the latest Recent articles is its): older stories are
	// evicted. Default 120h. Within it, time weighs as TimeGrace and
	// TimeHalfLife say.
	Window time.Duration
	// Tick is the time an item without a time stamp is placed after the
	// previous item: stream order is then the time. Default 1s.
	Tick time.Duration
	// TimeGrace and TimeHalfLife weigh publication times as evidence
	// (evidence.go): an article published within TimeGrace of a story's
	// articles counts its whole similarity to it; beyond, the similarity
	// halves for every TimeHalfLife further. Defaults 48h and 36h: a
	// story's coverage comes within days, a weekly report a week later is
	// another story. Unknown times count nothing either way.
	TimeGrace, TimeHalfLife time.Duration
	// HeadlineMix is the share of the headlines' similarity (the item's
	// headline against the story's) in the similarity of an item with a
	// headline to a story with headlines; the rest is the whole text's.
	// Default 0.6.
	HeadlineMix float64
	// OutletPrior scales the similarity of an article to a story holding
	// an article from the same outlet published within OutletWindow of it:
	// an outlet rarely runs one event twice in a day. Defaults 0.8 and 24h;
	// an OutletPrior of 1 turns the prior off.
	OutletPrior  float64
	OutletWindow time.Duration

	// Threshold is the least similarity (cosine of weighted term vectors,
	// times the time decay) for an article to join a story. Default 0.2.
	Threshold float64
	// MergeThreshold is the least cosine between two stories' centroids for
	// them to merge; stories are compared when an article finds both among
	// its candidates. Default 0.5.
	MergeThreshold float64

	// NameWeight and NumberWeight scale names (runs of capitalised words)
	// and numbers against words, which weigh 1. Defaults 1 and 0.25: a name's
	// words count as words too, and numbers recur across stories.
	NameWeight, NumberWeight float64
	// TitleWeight is how many times a title occurrence counts. Default 3.
	TitleWeight float64
	// LeadWeight is how many times an occurrence in the lead counts: the
	// text up to the first sentence end at or after LeadBytes bytes, where
	// news says what the story is. Default 3, LeadBytes default 200.
	LeadWeight float64
	LeadBytes  int
	// ListWeight is how many times an occurrence counts in a line of the
	// body that is no sentence: a list item, a table row, a subheading
	// ("Pros", "Battery life 10 hours"). Such lines name what a page
	// covers rather than what happened, and a long page of them would
	// drown its prose. A line is a sentence when it ends like one or runs
	// to a dozen words. Default 0.5.
	ListWeight float64

	// ArticleTerms is how many of an article's heaviest terms make its
	// vector. Default 128.
	ArticleTerms int
	// StoryTerms is how many terms a story's centroid keeps (it is pruned
	// back to this when it reaches twice as many). Default 128.
	StoryTerms int
	// IndexTerms is how many of an article's heaviest terms are used to find
	// candidate stories, and to post its story under. Default 24.
	IndexTerms int
	// Candidates is how many candidate stories are scored in full. Default 16.
	Candidates int
	// PostingCap bounds one term's posting list; the oldest postings of a
	// term that appears in more stories are dropped. Default 128.
	PostingCap int
	// PostingScan is how many of the newest postings of each index term are
	// read to find candidates. Default 32.
	PostingScan int
	// MaxStories bounds the stories kept whatever the window: the least
	// recently updated go first. Default 200,000.
	MaxStories int

	// Recent is how many of the latest articles Regroup may move; older
	// ones are settled in their stories. Default 2,000.
	Recent int
	// SplitThreshold is the average cosine between two parts of a story's
	// recent articles below which Regroup makes them two stories.
	// Default 0.13.
	SplitThreshold float64
	// SplitContrast is how much less alike, on average, two parts of a
	// story must be across the cut than within the parts for Regroup to
	// split it: a broad subject's articles are little alike whichever way
	// it is cut. Two stories no less alike across than that are joined
	// (JoinThreshold). Default 0.6.
	SplitContrast float64
	// JoinThreshold is the average cosine between the articles of two
	// stories (average link), times the time and outlet evidence, at which
	// Regroup merges them. Default 0.15. Below it, Regroup also merges
	// two stories whose average link is at least SplitContrast times the
	// average cosine within them (as they stood before the regrouping
	// joined anything) and whose sums have a cosine of at least half the
	// Threshold: the pieces of a broad subject, whose articles are little
	// alike whichever way they are grouped.
	JoinThreshold float64

	// IDFPrior is a number of pseudo-documents in which no term occurs,
	// so the first articles of a stream do not call their own words common.
	// Default 50.
	IDFPrior float64
	// IDFHalfLife is the number of articles after which document
	// frequencies halve, so weights follow the news. Default 200,000.
	IDFHalfLife int
	// Explain is the most shared terms an assignment lists. Default 8.
	Explain int
}

func (o Options) withDefaults() Options {
	setDur := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	setF := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	setI := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	setDur(&o.Window, 120*time.Hour)
	setDur(&o.Tick, time.Second)
	setDur(&o.TimeGrace, 48*time.Hour)
	setDur(&o.TimeHalfLife, 36*time.Hour)
	setF(&o.OutletPrior, 0.8)
	setF(&o.HeadlineMix, 0.6)
	setDur(&o.OutletWindow, 24*time.Hour)
	setF(&o.Threshold, 0.2)
	setF(&o.MergeThreshold, 0.5)
	setF(&o.NameWeight, 1)
	setF(&o.NumberWeight, 0.25)
	setF(&o.TitleWeight, 3)
	setF(&o.LeadWeight, 3)
	setI(&o.LeadBytes, 200)
	setF(&o.ListWeight, 0.5)
	setI(&o.ArticleTerms, 128)
	setI(&o.StoryTerms, 128)
	setI(&o.IndexTerms, 24)
	setI(&o.Candidates, 16)
	setI(&o.PostingCap, 128)
	setI(&o.PostingScan, 32)
	setI(&o.MaxStories, 200_000)
	setI(&o.Recent, 2000)
	setF(&o.SplitThreshold, 0.13)
	setF(&o.SplitContrast, 0.6)
	setF(&o.JoinThreshold, 0.15)
	setF(&o.IDFPrior, 50)
	setI(&o.IDFHalfLife, 200_000)
	setI(&o.Explain, 8)
	return o
}
