package quotes

// nameGoneBy is the name a description at the end of ts is said to go
// by, `The hairdresser, who goes by the name Lumi Starling,`, `a
// therapist who calls herself "Lumi Starling"`: the one it describes;
// nil when ts ends otherwise.
func nameGoneBy(ts []token) []token {
	for len(ts) > 0 && (ts[len(ts)-1].is(",") || isMarkToken(ts[len(ts)-1])) {
		ts = ts[:len(ts)-1]
	}
	end := len(ts)
	j := end
	for j > 0 && end-j < 4 && ts[j-1].capitalised() {
		j--
	}
	run := ts[j:end]
	for j > 0 && isMarkToken(ts[j-1]) {
		j--
	}
	if len(run) == 0 || j < 2 {
		return nil
	}
	pre := ts[:j]
	n := len(pre)
	calls := pre[n-2].low == "calls" && (pre[n-1].low == "herself" || pre[n-1].low == "himself")
	if !calls && pre[n-1].low != "named" && !isNickname(pre) {
		return nil
	}
	for k := n - 1; k > 0 && k >= n-6; k-- {
		if w := pre[k].low; (w == "who" || w == "named" || w == "known") && (pre[k-1].is(",") || personWord(pre[k-1].lower())) {
			if ofAnother(pre[max(0, k-6):k]) {
				return nil
			}
			return run
		}
	}
	return nil
}

// ofAnother reports whether the words before a name's "named" or "who"
// hold a preposition: the name is then another's, of whom the phrase's
// head is the lawyer, the mother or the neighbour ("The lawyer for a man
// named Tom Vell", "A neighbour of the woman, who goes by the name ...").
func ofAnother(ts []token) bool {
	for _, t := range ts {
		if prepositions[t.low] {
			return true
		}
	}
	return false
}
