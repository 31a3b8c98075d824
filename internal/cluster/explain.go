package cluster

import (
	"slices"
	"strings"
)

// explain lists the surfaces of the terms that contribute most to the
// item's similarity with s, at most Options.Explain of them. A word already
// inside a listed name ("Stockton" in "Stockton Police") is not repeated.
// sorted is v sorted by hash.
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
			shared = append(shared, entry{sorted[i].hash, sorted[i].w * cen[j].w})
			i++
			j++
		}
	}
	c.shared = shared
	slices.SortFunc(shared, byWeight)
	var out []string
	for _, sh := range shared {
		if len(out) == c.opt.Explain {
			break
		}
		surface := surfaceOf(v, sh.hash)
		if within(out, surface) {
			continue
		}
		// Clone, so that an assignment does not keep the article text alive.
		out = append(out, strings.Clone(surface))
	}
	return out
}

// surfaceOf finds the surface of the term h in v.
func surfaceOf(v []weightedTerm, h uint64) string {
	for _, t := range v {
		if t.hash == h {
			return t.surface
		}
	}
	return ""
}

// within reports whether surface is, ignoring case, one of the listed
// surfaces or a whole word of one of them.
func within(listed []string, surface string) bool {
	for _, l := range listed {
		for l != "" {
			l = strings.TrimLeft(l, " ")
			word, rest, _ := strings.Cut(l, " ")
			if strings.EqualFold(strings.TrimRight(word, ".,"), surface) || strings.EqualFold(word, surface) {
				return true
			}
			l = rest
		}
	}
	return false
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
