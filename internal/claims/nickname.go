package claims

import "slices"

// nicknameCues give a thing a name: "nicknamed Spelacchio", "dubbed
// 'Old Rusty'", "known as the Grey Lady".
var nicknameCues = map[string]bool{"nicknamed": true, "dubbed": true, "christened": true, "nickname": true}

// nicknameOf returns the feature of the name a sentence gives something
// ("The ferry was nicknamed Old Rusty" gives "old"'s feature: the name's
// first word) and the feature of the naming word, or -1s: a cue, then within two words ("the", "as", an
// opening quotation mark) a capitalised word. A name given in a clause
// that describes someone (", nicknamed Spike, ") is not what the
// sentence states (rel) and counts for none.
func nicknameOf(toks []token, feats []int, rel []bool, v *vocab) (name, cue int) {
	for k, t := range toks {
		cue := nicknameCues[t.low] || t.low == "known" && k+1 < len(toks) && toks[k+1].low == "as"
		if !cue {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			n := toks[j]
			if n.low == "as" || n.low == "the" || n.low == "a" {
				continue
			}
			if !n.capital || n.lemma == "" {
				break
			}
			id, ok := v.ids[n.lemma]
			if !ok {
				break
			}
			at, found := slices.BinarySearch(feats, id)
			if !found || rel != nil && rel[at] {
				break
			}
			return id, v.ids[t.lemma]
		}
	}
	return -1, -1
}

// sameNickname reports two sentences that give one thing one name: the
// same name after a naming word ("nicknamed Spelacchio"), and an own word
// besides in common (the thing named: "the tree"). Such a name tells the
// fact by itself, whatever else each sentence adds ("because its needles
// fell", "so forlorn a figure that").
func sameNickname(a, b *unit) bool {
	if a.nickname[0] < 0 || a.nickname[0] != b.nickname[0] || a.plain == nil || b.plain == nil {
		return false
	}
	for i, f := range a.feats {
		if !a.plain[i] || f == a.nickname[0] || f == a.nickname[1] || f == b.nickname[1] {
			continue
		}
		if j, ok := slices.BinarySearch(b.feats, f); ok && b.plain[j] {
			return true
		}
	}
	return false
}
