package cluster

import (
	"cmp"
	"slices"
	"strings"
)

// explain lists the surfaces of the terms that contribute most to the
// item's similarity with s, at most Options.Explain of them, names first
// among equals: a word that is part of a shared name ("Whitlock" of "Dana
// Whitlock") is shown as the name. sorted is v sorted by hash.
func (c *Clusterer) explain(v []weightedTerm, sorted []entry, s *story) []string {
	shared := c.shared[:0]
	cen := s.centroid
	for i, j := 0, 0; i < len(sorted) && j < len(cen); {
		switch {
		case sorted[i].hash < cen[j].hash:
			i++
		case sorted[i].hash > cen[j].hash:
			j++
		default:
			shared = append(shared, sharedTerm{entry: entry{sorted[i].hash, sorted[i].w * cen[j].w}, term: -1})
			i++
			j++
		}
	}
	// The term of v behind each shared entry (the first one with its
	// hash), found by a binary search of shared, which is in hash order.
	for i, t := range v {
		k, found := slices.BinarySearchFunc(shared, t.hash, func(sh sharedTerm, h uint32) int { return cmp.Compare(sh.hash, h) })
		if found && shared[k].term < 0 {
			shared[k].term = int32(i)
		}
	}
	c.shared = shared
	slices.SortFunc(shared, func(a, b sharedTerm) int { return byWeight(a.entry, b.entry) })
	var names []string
	for _, sh := range shared {
		if t := sh.of(v); t.kind == Name {
			names = append(names, t.surface)
		}
	}
	var out []string
	for _, sh := range shared {
		if len(out) == c.opt.Explain {
			break
		}
		surface := sh.of(v).surface
		if name, ok := within(names, surface); ok && isUpper(surface) {
			surface = name
		}
		if slices.Contains(out, surface) {
			continue
		}
		out = append(out, surface)
	}
	// Clone, so that an assignment does not keep the article text alive.
	for i := range out {
		out[i] = strings.Clone(out[i])
	}
	return out
}

// sharedTerm is a term an item shares with a story: its contribution to
// their similarity, and its index in the item's vector (-1 for none).
type sharedTerm struct {
	entry
	term int32
}

// of is the item's term behind sh, in the item's vector v.
func (sh sharedTerm) of(v []weightedTerm) weightedTerm {
	if sh.term < 0 {
		return weightedTerm{}
	}
	return v[sh.term]
}

// within returns the first of names that has surface as one of its words,
// ignoring case.
func within(names []string, surface string) (string, bool) {
	for _, name := range names {
		for l := name; l != ""; {
			word, rest, _ := strings.Cut(strings.TrimLeft(l, " "), " ")
			if strings.EqualFold(strings.TrimRight(word, ".,"), surface) || strings.EqualFold(word, surface) {
				return name, true
			}
			l = rest
		}
	}
	return "", false
}

// Explanation says in one line why the item went where it did:
// "new story", or "shares: Sessions, Public Safety Partnership, Aug. 18"
// followed by the merges it caused.
func (a Assignment) Explanation() string {
	var b strings.Builder
	if a.New || len(a.Shares) == 0 {
		b.WriteString("new story")
	} else {
		b.WriteString("shares: ")
		b.WriteString(strings.Join(a.Shares, ", "))
	}
	if len(a.Merged) > 0 {
		b.WriteString("; merged ")
		for i, id := range a.Merged {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(id.String())
		}
	}
	return b.String()
}
