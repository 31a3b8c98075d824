package claims

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestLightWordsAnchorNothing checks that two sentences sharing only a
// light verb and a reflexive pronoun ("made ... for herself" / "make a
// name for herself") or "it turns out" state two claims, while a light
// verb with the word it takes ("taking advantage"), quoted in one
// sentence and bare in the other, still aligns one quotation. (The
// first and third cases aligned before light words were set apart; the
// others guard the rule's edges.)
func TestLightWordsAnchorNothing(t *testing.T) {
	for _, tc := range []struct {
		name, a, b, sa, sb string
		want               bool
	}{
		{"made for herself / make a name for herself",
			"Mara Quell of Port Arden has a third arm, she told a radio station on Monday. She said she made many of her own outfits for herself. The station aired the interview on Tuesday.",
			"A Port Arden woman says she now has a third arm. She just wants to make a name for herself. Her parents did not take the news well.",
			"made many", "make a name", false},
		{"took everyone / take the news",
			"Mara Quell of Port Arden has a third arm, she told a radio station. She apparently took everyone for a fool. The station aired it on Tuesday.",
			"A Port Arden woman says she now has a third arm. Her parents, though, apparently did not take the news well. She sews her own clothes.",
			"took everyone", "take the news", false},
		{"it turns out / it turns out",
			"Ivo Marsk blamed the harbour board for the leak. It turns out he didn’t have any evidence of his own. The board denied it.",
			"Marsk later said he was wrong about the leak. “Because it turns out, it wasn’t the harbour board.” The leak was found on Friday.",
			"It turns out", "it turns out", false},
		{"taking advantage, quoted and bare",
			"Pia Lund is speaking out. “I was NOT taking [sic] advantage of by Ivo Marsk when I was on The Marsk Hour!” she wrote in a post on Friday.",
			"On Friday, the actress answered the report on her page. I was NOT taking advantage of by Mr. Marsk when I was on the Marsk Hour! I was a child.",
			"NOT taking", "NOT taking", true},
		{"it turns out, both quoted",
			"Ivo Marsk blamed the harbour board for the leak. “It turns out he didn’t have any evidence of his own.” The board denied it.",
			"Marsk later said he was wrong about the leak. “Because it turns out, it wasn’t the harbour board.” The leak was found on Friday.",
			"It turns out", "it turns out", false},
		{"made for herself / make a name for herself, both quoted",
			"Mara Quell of Port Arden has a third arm, she told a radio station on Monday. “She made many of her own outfits for herself.” The station aired the interview on Tuesday.",
			"A Port Arden woman says she now has a third arm. “She just wants to make a name for herself.” Her parents did not take the news well.",
			"made many", "make a name", false},
		{"made a costly mistake / made a mistake",
			"Coach Ivo Marsk made a costly mistake in the cup final, the Lenna club said on Sunday. The club lost 3-0. Fans left early.",
			"Marsk made a mistake, fans said. The club lost the final on Saturday. The coach did not speak to reporters.",
			"costly", "made a mistake", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentencesAligned(t, tc.a, tc.b, tc.sa, tc.sb); got != tc.want {
				t.Errorf("the sentences holding %q and %q aligned = %v, want %v", tc.sa, tc.sb, got, tc.want)
			}
		})
	}
}

// sentencesAligned reports whether the sentence of body a holding sa and
// the sentence of body b holding sb fall in one cluster; the test fails
// when either is no unit, so a "not aligned" cannot pass for want of one.
func sentencesAligned(t *testing.T, a, b, sa, sb string) bool {
	t.Helper()
	st := &story{arts: []corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}}
	st.align(DefaultThreshold)
	cluOf := st.clusterOfUnit()
	holds := func(i int, s string) bool {
		u := st.units[i]
		return strings.Contains(st.arts[u.art].Text[u.span.Start:u.span.End], s)
	}
	for i := range st.units {
		for j := range st.units {
			if st.units[i].art == 0 && st.units[j].art == 1 && holds(i, sa) && holds(j, sb) {
				return cluOf[i] == cluOf[j]
			}
		}
	}
	t.Fatalf("no units hold %q and %q", sa, sb)
	return false
}

// TestContributorLineSupportsNothing checks that a line crediting a
// contributor is no unit at all, so it can support no sentence attributed
// to that contributor ("..., the Lenna Post reported."), while a short
// news sentence with words of other page lines ("originally published")
// stays one.
func TestContributorLineSupportsNothing(t *testing.T) {
	b := "Marsk vanished in May, his family said. The novel was originally published in 1951 by Gallimard. The Lenna Post contributed to this report."
	st := &story{arts: []corroborate.Article{article("b", "Tarn Courier", b)}}
	st.align(DefaultThreshold)
	published := false
	for _, u := range st.units {
		s := b[u.span.Start:u.span.End]
		if strings.Contains(s, "contributed") {
			t.Errorf("the contributor line %q is a unit", s)
		}
		published = published || strings.Contains(s, "originally published")
	}
	if !published {
		t.Error("a short news sentence holding \"originally published\" is no unit")
	}
}
