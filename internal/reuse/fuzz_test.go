package reuse

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

func FuzzCredits(f *testing.F) {
	for _, s := range []string{
		"The vote was 5-2, according to Reuters and the Associated Press.",
		"PORTVILLE (Reuters) — The town council met on Monday.",
		"From the AP:\n\nThe bridge carries 9,000 cars a day. h/t: The Hill",
		"Associated Press writers Ana Ruiz and Tom Berg contributed to this report.",
		"The mayor told CNN’s morning show, the Lakeside Gazette reported (via Axios).",
		"according to according to the the reported reported (AP) (AP) —",
		"According to\u00a0Reuters\u2019 \xff\xfe report, as the AP noted:",
		"Cold at 5 \u212a and \u0130zmir, as the AP noted. \xe4\xe0 According to Reuters.",
		"according to a new 2004 Harbour Times poll; reports the British Kvist; writes the\n\n[Harbour Times]",
		"according to a description on the festival’s website Questra, tells Kelm.com’s Ana\n[Image via The Kvist]",
		"Reprinted from\xff the Kvist. Republished with permission from Originally ran in Used with permission",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for i, c := range Credits(s) {
			if c.Start < 0 || c.End > len(s) || c.Start >= c.End {
				t.Fatalf("credit %d [%d,%d) out of range of %d bytes", i, c.Start, c.End, len(s))
			}
			if s[c.Start:c.End] != c.Cue {
				t.Fatalf("credit %d: text[%d:%d] = %q, cue %q", i, c.Start, c.End, s[c.Start:c.End], c.Cue)
			}
			if strings.TrimSpace(c.Outlet) == "" {
				t.Fatalf("credit %d has no outlet (cue %q)", i, c.Cue)
			}
			if c.Start < prev {
				t.Fatalf("credit %d starts at %d, before the previous one at %d", i, c.Start, prev)
			}
			prev = c.Start
		}
	})
}

// fuzzStory makes three articles from two texts: a, a copy of a's tail
// after b, and the two joined, so that the fuzzer's inputs share text.
func fuzzStory(a, b string, cut uint16) []corroborate.Article {
	tail := a
	if n := int(cut) % (len(a) + 1); n < len(a) {
		tail = a[n:]
	}
	texts := []string{a, b + "\n\n" + tail, a + " " + b}
	arts := make([]corroborate.Article, len(texts))
	for i, s := range texts {
		arts[i] = corroborate.Article{ID: string(rune('a' + i)), Title: "T", Text: s, Sentences: text.Sentences(s),
			Outlet: corroborate.StrPtr([]string{"Valley Post", "Reuters", ""}[i])}
	}
	return arts
}

func FuzzAnalyze(f *testing.F) {
	wire := "The Orrin valley water board said on Tuesday that the new reservoir at Calder Ford would open in June, " +
		"a year later than planned, after tests found a leak in the spillway. \"We will not fill it until the repair " +
		"is signed off,\" said board engineer Maren Isholt."
	f.Add(wire, "According to Reuters, the reservoir opens late.", uint16(40))
	f.Add(wire, wire, uint16(0))
	f.Add("a a a a a a a a a a a a a a a a a a a a", "a a a a a a a a a a", uint16(3))
	f.Add("", "", uint16(0))
	f.Add("Ünïcödé “quotes” — dashes… "+wire, "\xff\xfe broken "+wire[:90], uint16(7))
	f.Fuzz(func(t *testing.T, a, b string, cut uint16) {
		if len(a)+len(b) > 4096 {
			return // small stories: the cost of a run, not the size, is what fuzzing explores
		}
		arts := fuzzStory(a, b, cut)
		res := Analyze(arts, nil, Options{Workers: 1})
		if len(res.Credits) != len(arts) || len(res.Originality) != len(arts) {
			t.Fatalf("%d credit lists, %d originality values for %d articles", len(res.Credits), len(res.Originality), len(arts))
		}
		if res.Origins < 0 || res.Origins > len(arts) {
			t.Fatalf("Origins = %d of %d articles", res.Origins, len(arts))
		}
		idx := map[string]int{}
		for i, art := range arts {
			idx[art.ID] = i
			if o := res.Originality[i]; math.IsNaN(o) || o < 0 || o > 1 {
				t.Fatalf("originality of %s = %v", art.ID, o)
			}
		}
		for _, r := range res.Reuse {
			from, ok1 := idx[r.From]
			to, ok2 := idx[r.To]
			if !ok1 || !ok2 || from == to {
				t.Fatalf("reuse %s -> %s between unknown or equal articles", r.From, r.To)
			}
			if math.IsNaN(r.Shared) || r.Shared < 0 || r.Shared > 1 {
				t.Fatalf("reuse %s -> %s shares %v", r.From, r.To, r.Shared)
			}
			switch r.Kind {
			case "verbatim", "near-verbatim", "condensed":
			default:
				t.Fatalf("reuse kind %q", r.Kind)
			}
			for _, p := range r.Passages {
				if p.From[0] < 0 || p.From[0] > p.From[1] || p.From[1] > len(arts[from].Text) ||
					p.To[0] < 0 || p.To[0] > p.To[1] || p.To[1] > len(arts[to].Text) {
					t.Fatalf("passage %v -> %v out of range (%d and %d bytes)", p.From, p.To, len(arts[from].Text), len(arts[to].Text))
				}
			}
		}
		// The same story gives the same answer however many workers align it.
		if diff := cmp.Diff(res, Analyze(arts, nil, Options{Workers: 4})); diff != "" {
			t.Fatalf("Analyze differs between 1 and 4 workers (-1 +4):\n%s", diff)
		}
	})
}

// FuzzIndexDash checks indexDash's byte-wise search against
// strings.IndexAny, invalid and cut UTF-8 included.
func FuzzIndexDash(f *testing.F) {
	for _, s := range []string{"pic.twitter.com/x — Ola Brenn (@obrenn)", "a – b", "“quoted” …", "\xe2\x80", "x\xe2\x80\xe2\x80\x93"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexDash(s), strings.IndexAny(s, "—–"); got != want {
			t.Errorf("indexDash(%q) = %d, want %d", s, got, want)
		}
	})
}
