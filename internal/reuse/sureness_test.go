package reuse

import "testing"

// The stage decides how sure a direction is from how each point weighs:
// a credit outranks a publication time, hints make it likely at most.
func TestCertainty(t *testing.T) {
	hint, time, credit := point{lean: 1}, point{lean: 1, rank: rankTime}, point{lean: 1, rank: rankCredit}
	leftOut := point{lean: 1, leftOut: true}
	followUp := point{lean: 1, followUp: true}
	ps := func(xs ...point) []point { return xs }
	for _, c := range []struct {
		name     string
		pro, con []point
		want     string
	}{
		{"two hints for, one against", ps(hint, hint), ps(hint), "likely"},
		{"two hints for, none against: hints cannot make it sure", ps(hint, hint), nil, "likely"},
		{"a publication time and two hints for", ps(hint, hint, time), nil, "sure"},
		{"a credit for, a hint against", ps(credit), ps(hint), "likely"},
		{"a credit for, a publication time against", ps(credit), ps(time), "likely"},
		{"only a point against", nil, ps(time), "unsure"},
		{"hints balanced", ps(hint), ps(hint), "unsure"},
		{"no points", nil, nil, "unsure"},
		{"only text the other leaves out: an origin or its update", ps(leftOut), nil, "unsure"},
		{"text the other leaves out and a hint", ps(leftOut, hint), nil, "likely"},
		{"only a follow-up's shape: a follow-up or a trimmed copy's origin", ps(followUp), nil, "unsure"},
		{"a follow-up's shape and a publication time", ps(followUp, time), nil, "sure"},
	} {
		if got := certainty(c.pro, c.con); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// A point is for or against the edge by the article it argues is the
// origin, not by the article its words name first: "[6] weaves words of
// another article between the passages" names the origin but argues it
// is the copy.
func TestSidesFollowTheWeighing(t *testing.T) {
	p := &pair{}
	p.weigh(1, rankHint, "a is a news agency's text")
	p.weigh(-1.5, rankHint, "a weaves 31 words shared with another article between the passages")
	p.note("a's outlet is unknown")
	dir, pro, con := edge{p: p, fromIsA: true}.sides()
	if dir != "unsure" || len(pro) != 1 || len(con) != 1 || con[0] != p.evidence[1] {
		t.Errorf("a → b: %q, for %q, against %q; want unsure, the weave against", dir, pro, con)
	}
	dir, pro, con = edge{p: p, fromIsA: false}.sides()
	if dir != "unsure" || len(pro) != 1 || pro[0] != p.evidence[1] {
		t.Errorf("b → a: %q, for %q, against %q; want the weave for", dir, pro, con)
	}
}

// Beside a common source the hints are notes: they no longer weigh in the
// score that orients the edge either.
func TestCommonSourceHintsLeaveTheScore(t *testing.T) {
	p := &pair{common: true}
	p.weigher(rankHint)(2, "a is longer")
	p.weigher(rankTime)(1, "a published first")
	commonSourceHints(p)
	if p.score != 1 || p.points[0].lean != 0 {
		t.Errorf("score %v, lean %d, want 1 and 0 (the time alone)", p.score, p.points[0].lean)
	}
}
