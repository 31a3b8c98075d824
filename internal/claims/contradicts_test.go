package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// An article that states a claim in its lead and denies the claim's point
// further down (the fund "provides money" against "though not money")
// contradicts it: it is not listed among the claim's support as well.
func TestContradictingArticleDoesNotSupport(t *testing.T) {
	arts := []corroborate.Article{
		article("a", "Lenna Post", `The county told three ferry towns they would lose a fund that provides money to repair storm-hit docks unless they open their harbour logs to inspectors.

Harbourmaster Ilse Brandt said the logs were kept on paper.`),
		article("b", "Tarn Courier", `The county told three ferry towns they would lose a fund that provides money to repair storm-hit docks unless they open their harbour logs to inspectors.

The towns have until May to answer.`),
		article("c", "Orlin Daily", `The county told three ferry towns they would lose a fund to repair storm-hit docks unless they open their harbour logs to inspectors.

The towns have until May to answer the county.

The fund offers engineers to the ferry towns to repair docks, though not money.`),
	}
	res := Find(arts, nil, Options{})
	checked := false
	for _, c := range res.Claims {
		if len(c.Contradicts) == 0 {
			continue
		}
		against := map[string]bool{}
		for _, x := range c.Contradicts {
			against[x.Article] = true
		}
		for _, s := range c.Support {
			if against[s.Article] {
				t.Errorf("claim %q: article %s both supports and contradicts it", c.Text, s.Article)
			}
		}
		if c.Origins > len(c.Support) {
			t.Errorf("claim %q: %d origins for %d supporting articles", c.Text, c.Origins, len(c.Support))
		}
		checked = true
	}
	if !checked {
		t.Fatalf("no claim marked contradicted; conflicts: %+v", res.Conflicts)
	}
}

// Sentences several articles print alike but that state nothing whole (a
// quotation's piece, a post with its link, a text cut off, a headline)
// word no claim; a cut-off leader gives its claim a whole wording.
func TestFragmentsWordNoClaim(t *testing.T) {
	body := func(extra string) string {
		return `The Tarn ferry board voted on Friday to restore the night crossing to Orvell from June.

She added, “The night ferry will run again in June.

Ferry fans cheered the news https://example.invalid/ferry pic.twitter.com/xyz0

Night ferry to return to Tarn

` + extra
	}
	arts := []corroborate.Article{
		article("a", "Lenna Post", body(`The night ferry, incidentally, turned out to be…`)),
		article("b", "Tarn Courier", body(`The night ferry, incidentally, turned out to be the oldest on the strait.`)),
	}
	res := Find(arts, nil, Options{})
	restored, oldest := false, false
	for _, c := range res.Claims {
		if fragment(c.Text) {
			t.Errorf("claim %q is a fragment", c.Text)
		}
		restored = restored || strings.Contains(c.Text, "restore the night crossing")
		oldest = oldest || strings.Contains(c.Text, "oldest on the strait")
	}
	if !restored || !oldest {
		t.Errorf("claims %+v: want the board's vote and the oldest ferry, worded whole", res.Claims)
	}
}

// A sentence that denies what two other articles state (a possession it
// does not have, a clause it denies of itself, with or without "that", a
// report it calls false or not true) is listed as contradicting their claim, never as
// supporting it; nor, with one article stating the claim, does it align
// with that article's sentence.
func TestDenialContradictsClaim(t *testing.T) {
	for _, tc := range []struct{ stated, restated, denied string }{
		{"The Orlin harbour board has the right to close the ferry pier at night.",
			"Officials said on Friday that the Orlin harbour board has the right to close the ferry pier at night.",
			"The Orlin harbour board does not have the right to close the ferry pier at night."},
		{"The Orlin harbour board has said it has the right to close the ferry pier at night.",
			"Officials said on Friday that the Orlin harbour board has said it has the right to close the ferry pier at night.",
			"The Orlin harbour board has denied it has the right to close the ferry pier at night."},
		{"The Orlin water board has issued a ban on garden hoses in the valley.",
			"Officials said on Friday that the Orlin water board has issued a ban on garden hoses in the valley.",
			"The Orlin water board has denied that it issued a ban on garden hoses in the valley."},
		{"The city of Orlin paid the ransom to the hackers.",
			"Officials said on Friday that the city of Orlin paid the ransom to the hackers.",
			"Reports that the city of Orlin paid the ransom to the hackers are false."},
		{"The Tarn dock company donated the old ferry to a museum.",
			"Officials said on Friday that the Tarn dock company donated the old ferry to a museum.",
			"Rumours that the Tarn dock company donated the old ferry to a museum are not true."},
	} {
		if alignedAcross(tc.stated, tc.denied) {
			t.Errorf("%q aligns with %q, which it denies", tc.denied, tc.stated)
		}
		arts := []corroborate.Article{article("a", "Lenna Post", tc.stated), article("b", "Tarn Courier", tc.restated),
			article("c", "Orlin Daily", tc.denied)}
		res := Find(arts, nil, Options{})
		if len(res.Claims) != 1 {
			t.Errorf("%q: claims %+v, want one", tc.denied, res.Claims)
			continue
		}
		c := res.Claims[0]
		for _, s := range c.Support {
			if s.Article == "c" {
				t.Errorf("%q supports the claim %q it denies", tc.denied, c.Text)
			}
		}
		if len(c.Contradicts) != 1 || c.Contradicts[0].Article != "c" {
			t.Errorf("%q: claim %q contradicted by %+v, want c", tc.denied, c.Text, c.Contradicts)
		}
	}
}

// alignedAcross reports whether a sentence of text a and one of text b,
// two articles, are aligned into one claim, before any conflict is read.
func alignedAcross(a, b string) bool {
	st := &story{arts: []corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}}
	st.align(DefaultThreshold)
	cluOf := st.clusterOfUnit()
	for i := range st.units {
		for j := range st.units {
			if st.units[i].art == 0 && st.units[j].art == 1 && cluOf[i] == cluOf[j] {
				return true
			}
		}
	}
	return false
}
