package view

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/corroborate/corroborate"
)

// Miscredit is a copy crediting an outlet for text that matches another article.
type Miscredit struct {
	Copy, Origin Source
	Outlet       string
	Cues         []string
	Passages     int
	Unsure       bool // the direction is unsure: the charge is conditional
}

// Copy is a copy that does not credit its origin.
type Copy struct {
	Copy, Origin Source
	Shared       int // percent of the copy
	// OriginOutlet is the origin's outlet as read from its own text when
	// its metadata names none ("" otherwise).
	OriginOutlet string
	// SameOutlet is the outlet both articles are of, when they are one
	// outlet's: its own text, which owes no credit ("" otherwise).
	SameOutlet string
	// NoTextCredit says the copy's credits cover none of the text it
	// takes: each credits only a quotation the origin attributes to the
	// same outlet (the origin's outlet is not known).
	NoTextCredit bool
	// Miscredited is the outlets the copy credits for text that matches
	// the origin (in the order first met), none when it credits no one
	// for it.
	Miscredited []string
	Kind        string
	Unsure      bool // the direction is unsure: no charge is stated
}

// Sentence says the miscredit in words every surface uses: "[1] Tide
// credits Reuters ('according to Reuters') in 2 places for text that
// matches [4] Harbor Wire". When which copied which is unsure, it says so.
func (m Miscredit) Sentence() string {
	s := fmt.Sprintf("%s credits %s ('%s') in %s for text that matches %s",
		m.Copy.Ref(), m.Outlet, strings.Join(m.Cues, "', '"), Plural(m.Passages, "place"), m.Origin.Ref())
	if m.Unsure {
		s += fmt.Sprintf(", if %s is the copy: which copied which is unsure", m.Copy.Ref())
	}
	return s
}

// Charges reports whether Sentence charges the copy with taking text
// without credit: not when which copied which is unsure, nor when both are
// one outlet's, nor when the copy credits some outlet while the origin's
// is not known (the credit may name it). A surface marks only a charge
// as one.
func (c Copy) Charges() bool {
	unchecked := c.OriginOutlet == "" && c.Origin.Outlet == "" && len(c.Copy.Credits) > 0 && !c.NoTextCredit
	return !c.Unsure && c.SameOutlet == "" && !unchecked
}

// Sentence says the uncredited copy in words every surface uses. When the
// direction is unsure it states no charge, only the shared text.
func (c Copy) Sentence() string {
	switch {
	case c.SameOutlet != "" && c.Unsure:
		return fmt.Sprintf("%s shares %d%% of its text with %s; both are from %s, which owes itself no credit, so neither is charged with copying",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.SameOutlet)
	case c.SameOutlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s; both are from %s, so this is %s updating its own story, not an uncredited copy",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.SameOutlet, c.SameOutlet)
	}
	if c.Unsure {
		return fmt.Sprintf("%s shares %d%% of its text with %s; which copied which is unsure, so neither is charged with copying",
			c.Copy.Ref(), c.Shared, c.Origin.Ref())
	}
	switch {
	case len(c.Miscredited) > 0: // the reuse stage finds a miscredit only when the origin's outlet is known
		return fmt.Sprintf("%s takes %d%% of its text from %s and credits %s for that text, not %s",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), strings.Join(c.Miscredited, " and "), cmp.Or(c.Origin.Outlet, c.OriginOutlet))
	case c.OriginOutlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s (%s's own, as read from its text) without crediting it",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), c.OriginOutlet)
	case c.Origin.Outlet != "":
		return fmt.Sprintf("%s takes %d%% of its text from %s without crediting it", c.Copy.Ref(), c.Shared, c.Origin.Ref())
	case c.NoTextCredit:
		return fmt.Sprintf("%s takes %d%% of its text from %s and credits no outlet for it: its credits (%s) are for quotations that %s attributes to the same outlets (the origin's outlet is not known)",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), strings.Join(c.Copy.Credits, ", "), c.Origin.Ref())
	case len(c.Copy.Credits) > 0:
		// the credit may name the origin: its outlet is not known
		return fmt.Sprintf("%s takes %d%% of its text from %s and credits %s; the origin's outlet is not known, so whether a credit names it could not be checked",
			c.Copy.Ref(), c.Shared, c.Origin.Ref(), strings.Join(c.Copy.Credits, ", "))
	}
	return fmt.Sprintf("%s takes %d%% of its text from %s and credits no outlet (the origin's outlet is not known)", c.Copy.Ref(), c.Shared, c.Origin.Ref())
}

// Reuse is one direction of reuse with the evidence for and against it.
type Reuse struct {
	From, To  Source
	Kind      string
	Shared    int // percent of the copy
	Credited  bool
	CreditCue string
	// SameOutlet is the outlet both articles are of, when they are one
	// outlet's: no credit is owed ("" otherwise).
	SameOutlet string
	// Unverifiable says the copy credits some outlet while the origin's
	// outlet is not known (neither given nor read from its text): whether
	// the copy credits its origin cannot be told.
	Unverifiable bool
	// Miscredited is the outlets the copy credits for text that matches
	// the origin, when it does not credit the origin.
	Miscredited []string
	Passages    int
	// Longest is the longest shared passage as the copy words it, so a
	// reader can check the copy ("" when the link carries no passage).
	Longest string
	For     []string
	Against []string
	Notes   []string
	// Certainty is how sure the direction is: "sure", "likely" or "unsure".
	Certainty string
}

func (v *Story) reuse(d *corroborate.Dossier) {
	for _, r := range d.Reuse {
		from, to := v.Source(r.From), v.Source(r.To)
		vr := Reuse{From: from, To: to, Kind: r.Kind, Shared: int(r.Shared*100 + 0.5), Credited: r.Credited,
			SameOutlet: r.SameOutlet, Passages: len(r.Passages)}
		if r.Credit != nil {
			vr.CreditCue = r.Credit.Cue
		}
		vr.Unverifiable = !r.Credited && r.SameOutlet == "" && from.Outlet == "" && r.OriginOutlet == "" && len(to.Credits) > 0 && !r.NoTextCredit
		if i, ok := v.index[r.To]; ok {
			longest := -1
			for k, p := range r.Passages {
				if longest < 0 || p.To[1]-p.To[0] > r.Passages[longest].To[1]-r.Passages[longest].To[0] {
					longest = k
				}
			}
			if longest >= 0 {
				p := r.Passages[longest]
				vr.Longest = Excerpt(d.Articles[i].Text, p.To[0], p.To[1])
			}
		}
		vr.Certainty, vr.For, vr.Against, vr.Notes = v.direction(r)
		unsure := vr.Certainty == "unsure"
		var outlets []string
		cues := map[string][]string{}
		for _, c := range r.Miscredits {
			if _, ok := cues[c.Outlet]; !ok {
				outlets = append(outlets, c.Outlet)
			}
			if !slices.Contains(cues[c.Outlet], c.Cue) {
				cues[c.Outlet] = append(cues[c.Outlet], c.Cue)
			}
		}
		if !r.Credited {
			vr.Miscredited = outlets
		}
		v.Reuse = append(v.Reuse, vr)
		if !r.Credited {
			v.Uncredited = append(v.Uncredited, Copy{Copy: to, Origin: from, Shared: vr.Shared,
				OriginOutlet: r.OriginOutlet, SameOutlet: r.SameOutlet, NoTextCredit: r.NoTextCredit, Miscredited: outlets, Kind: r.Kind, Unsure: unsure})
		}
		for _, o := range outlets {
			n := 0
			for _, c := range r.Miscredits {
				if c.Outlet == o {
					n++
				}
			}
			v.Miscredits = append(v.Miscredits, Miscredit{Copy: to, Origin: from, Outlet: o, Cues: cues[o], Passages: n, Unsure: unsure})
		}
	}
}

// direction reads how sure the reuse stage is of r's direction and its
// points for and against, named for readers; the rest of the evidence
// are notes. The stage decides (corroborate.Reuse.Direction): the view
// only words it. A dossier that records no direction (one written before
// the stage did, or made by hand) is read the old way, from the wording
// of its evidence (legacyDirection).
func (v *Story) direction(r corroborate.Reuse) (certainty string, pro, con, notes []string) {
	if r.Direction == "" {
		return v.legacyDirection(r)
	}
	// left counts the pieces of evidence the for and against lists hold,
	// so that the rest, in order, are the notes.
	left := map[string]int{}
	for _, e := range r.For {
		pro = append(pro, v.Names(e))
		left[e]++
	}
	for _, e := range r.Against {
		con = append(con, v.Names(e))
		left[e]++
	}
	for _, e := range r.Evidence {
		if left[e] > 0 {
			left[e]--
			continue
		}
		notes = append(notes, v.Names(e))
	}
	return r.Direction, pro, con, notes
}
