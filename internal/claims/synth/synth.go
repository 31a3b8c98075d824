// Package synth makes large fictional stories for benchmarks: a few origin
// reports in generated English-like prose, and many articles that copy,
// trim and reword them and add sentences of their own, the way wire copy
// spreads. Output is deterministic for a seed.
package synth

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

var (
	names   = []string{"Arden", "Kessel", "Marlow", "Voss", "Lindqvist", "Okafor", "Reyes", "Whitlock", "Ibsen", "Tamura", "Halloran", "Dunmore"}
	first   = []string{"Dana", "Robert", "Ellen", "Tom", "Mira", "Jonas", "Aiko", "Samuel", "Leila", "Peter"}
	roles   = []string{"Mayor", "Fire Chief", "Police Chief", "Governor", "Commissioner"}
	nouns   = []string{"council", "board", "agency", "residents", "officials", "families", "crews", "inspectors", "budget", "bridge", "harbour", "warehouse", "school", "permit", "grant", "report", "plan", "vote", "hearing", "contract"}
	verbs   = []string{"approved", "rejected", "delayed", "announced", "reviewed", "funded", "closed", "reopened", "inspected", "expanded", "cut", "questioned"}
	adjs    = []string{"regional", "temporary", "new", "federal", "local", "emergency", "annual", "disputed", "public", "private"}
	cues    = []string{"said", "told reporters", "said in a statement", "wrote"}
	months  = []string{"January", "March", "June", "August", "October"}
	outlets = []string{"Coastal Wire", "Valley Herald", "Arden Ledger", "Bay Times", "North Post", "Daily Current"}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.Intn(len(xs))] }

// sentence makes one plausible news sentence.
func sentence(r *rand.Rand) string {
	switch r.Intn(5) {
	case 0:
		return fmt.Sprintf("The %s %s %s the %s %s on %s %d, %s %s %s %s.",
			pick(r, adjs), pick(r, nouns), pick(r, verbs), pick(r, adjs), pick(r, nouns),
			pick(r, months), 1+r.Intn(28), pick(r, roles), pick(r, first), pick(r, names), pick(r, cues))
	case 1:
		return fmt.Sprintf("About %d %s were affected after the %s %s %s the %s.",
			10+r.Intn(900), pick(r, nouns), pick(r, nouns), pick(r, adjs), pick(r, verbs), pick(r, nouns))
	case 2:
		return fmt.Sprintf("“We %s the %s because the %s needed it,” %s %s %s.",
			pick(r, verbs), pick(r, nouns), pick(r, nouns), pick(r, roles), pick(r, names), pick(r, cues))
	case 3:
		return fmt.Sprintf("%s %s, the %s of %s, %s the %s %s would cost %d million dollars.",
			pick(r, first), pick(r, names), strings.ToLower(pick(r, roles)), pick(r, names), pick(r, cues), pick(r, adjs), pick(r, nouns), 1+r.Intn(60))
	default:
		return fmt.Sprintf("The %s of %s is not a %s %s, and %s %s the %s %s by %s.",
			pick(r, nouns), pick(r, names), pick(r, adjs), pick(r, nouns), pick(r, nouns), pick(r, verbs),
			pick(r, adjs), pick(r, nouns), pick(r, months))
	}
}

// reword changes a few words of s, as an editor would.
func reword(r *rand.Rand, s string) string {
	w := strings.Fields(s)
	for k := 0; k < 2; k++ {
		i := r.Intn(len(w))
		if strings.ContainsAny(w[i], "0123456789“”") {
			continue
		}
		w[i] = pick(r, adjs)
	}
	if len(w) > 12 && r.Intn(3) == 0 {
		w = w[:len(w)-3]
		w[len(w)-1] = strings.TrimRight(w[len(w)-1], ",") + "."
	}
	return strings.Join(w, " ")
}

// Story returns n articles about one fictional event: origins reports of
// about 25 sentences, and n-origins copies of them.
func Story(n, origins int, seed int64) []corroborate.Article {
	r := rand.New(rand.NewSource(seed))
	base := make([][]string, origins)
	for o := range base {
		for k := 0; k < 25; k++ {
			base[o] = append(base[o], sentence(r))
		}
	}
	arts := make([]corroborate.Article, 0, n)
	for i := 0; i < n; i++ {
		var ss []string
		if i < origins {
			ss = base[i]
		} else {
			src := base[r.Intn(origins)]
			for _, s := range src {
				switch x := r.Intn(10); {
				case x < 5:
					ss = append(ss, s)
				case x < 8:
					ss = append(ss, reword(r, s))
				}
			}
			for k := r.Intn(6); k > 0; k-- {
				ss = append(ss, sentence(r))
			}
		}
		var b strings.Builder
		for k, s := range ss {
			if k > 0 {
				if k%3 == 0 {
					b.WriteString("\n\n")
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(s)
		}
		body := b.String()
		arts = append(arts, corroborate.Article{
			ID: fmt.Sprintf("s%03d", i), Outlet: corroborate.StrPtr(outlets[i%len(outlets)]),
			Title: "Story " + fmt.Sprint(i), Text: body, Sentences: text.Sentences(body), Language: "en",
		})
	}
	return arts
}
