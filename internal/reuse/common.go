package reuse

// markCommon flags the tokens of every article that lie in a shingle most
// of the story's articles carry (at least minHolders of them, and more
// than half): common source material, such as a statement every outlet
// quotes, a phrase from one police report or a name with its title, that
// says nothing about who copied whom. Short runs made of it are not real
// shared wording (see addMatch); long runs still are, for outlets that all
// reprint one agency's text share sentences, not phrases.
func markCommon(arts []*article, minHolders, k int) {
	need := max(minHolders, len(arts)/2+1)
	if len(arts) < need {
		return
	}
	holders := make(map[uint64]int32)
	for _, a := range arts {
		for i, s := range a.shingles {
			if i == 0 || a.shingles[i-1].hash != s.hash {
				holders[s.hash]++
			}
		}
	}
	for _, a := range arts {
		for _, s := range a.shingles {
			if holders[s.hash] < int32(need) {
				continue
			}
			for i := s.pos; i < s.pos+int32(k); i++ {
				a.toks[i].flags |= fCommon
			}
		}
	}
}
