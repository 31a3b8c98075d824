package summary

// onTopic leaves out the candidates that only off-topic articles state
// (Article.OffTopic: an article that shares little of the story's
// vocabulary, probably another story), unless nothing else is left: a
// summary tells the story its articles share, not the one beside it that
// a stray article tells, however strongly that article's own sentences
// weigh. A sentence an off-topic article states with an on-topic one
// stays.
func (st *story) onTopic(cands []*candidate) []*candidate {
	var kept []*candidate
	for _, c := range cands {
		if !st.offTopic(c) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// offTopic reports whether every article stating c is off topic.
func (st *story) offTopic(c *candidate) bool {
	for _, id := range c.cites {
		if a := st.arts[id]; a == nil || !a.OffTopic {
			return false
		}
	}
	return len(c.cites) > 0
}
