package summary

import (
	"fmt"
	"strings"
)

// Tokens are the words ROUGE compares: the text lower-cased, its runs of
// [a-z0-9] (everything else separates), words longer than three letters
// Porter-stemmed.
func Tokens(s string) []string {
	var out []string
	low := strings.ToLower(s)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := low[start:end]
			if len(w) > 3 {
				w = Stem(w)
			}
			out = append(out, w)
			start = -1
		}
	}
	for i := 0; i < len(low); i++ {
		c := low[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(low))
	return out
}

// Cut shortens a summary to a budget: its first words (white-space
// separated) when words > 0, else its first bytes when bytes > 0 (a
// multi-byte letter is not split); neither means the whole text.
func Cut(s string, words, bytes int) string {
	if words > 0 {
		f := strings.Fields(s)
		if len(f) > words {
			f = f[:words]
		}
		return strings.Join(f, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	if bytes > 0 && len(s) > bytes {
		i := bytes
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
		s = s[:i]
	}
	return s
}

// PRF is precision, recall and F1 of one comparison.
type PRF struct{ P, R, F float64 }

func prf(match, pred, ref int) PRF {
	var x PRF
	if pred > 0 {
		x.P = float64(match) / float64(pred)
	}
	if ref > 0 {
		x.R = float64(match) / float64(ref)
	}
	if x.P+x.R > 0 {
		x.F = 2 * x.P * x.R / (x.P + x.R)
	}
	return x
}

// RougeN compares the n-grams of pred and ref, each n-gram counted at most
// as often as the other side has it.
func RougeN(pred, ref []string, n int) PRF {
	grams := func(ts []string) (map[string]int, int) {
		m := map[string]int{}
		total := 0
		for i := 0; i+n <= len(ts); i++ {
			m[strings.Join(ts[i:i+n], " ")]++
			total++
		}
		return m, total
	}
	pm, pn := grams(pred)
	rm, rn := grams(ref)
	match := 0
	for g, c := range pm {
		match += min(c, rm[g])
	}
	return prf(match, pn, rn)
}

// RougeL compares pred and ref by their longest common subsequence, over
// the whole texts.
func RougeL(pred, ref []string) PRF {
	if len(pred) == 0 || len(ref) == 0 {
		return PRF{}
	}
	prev := make([]int, len(ref)+1)
	cur := make([]int, len(ref)+1)
	for i := range pred {
		for j := range ref {
			switch {
			case pred[i] == ref[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prf(prev[len(ref)], len(pred), len(ref))
}

// Rouge is the ROUGE-1, -2 and -L figures of one summary against one reference.
type Rouge struct{ R1, R2, RL PRF }

// Score compares a summary with a reference, both already cut.
func Score(pred, ref string) Rouge {
	p, r := Tokens(pred), Tokens(ref)
	return Rouge{RougeN(p, r, 1), RougeN(p, r, 2), RougeL(p, r)}
}

// Mean is the mean of per-cluster figures, and how many were averaged.
type Mean struct {
	Sum Rouge
	N   int
}

// Add counts one cluster's figures.
func (m *Mean) Add(r Rouge) {
	for _, p := range [][2]*PRF{{&m.Sum.R1, &r.R1}, {&m.Sum.R2, &r.R2}, {&m.Sum.RL, &r.RL}} {
		p[0].P += p[1].P
		p[0].R += p[1].R
		p[0].F += p[1].F
	}
	m.N++
}

// Avg is the mean figures.
func (m Mean) Avg() Rouge {
	if m.N == 0 {
		return Rouge{}
	}
	d := float64(m.N)
	div := func(p PRF) PRF { return PRF{p.P / d, p.R / d, p.F / d} }
	return Rouge{div(m.Sum.R1), div(m.Sum.R2), div(m.Sum.RL)}
}

// Line is the mean figures on one line, in percent.
func (m Mean) Line() string {
	a := m.Avg()
	return fmt.Sprintf("rouge1_f=%.2f rouge1_r=%.2f rouge2_f=%.2f rouge2_r=%.2f rougeL_f=%.2f rougeL_r=%.2f clusters=%d",
		100*a.R1.F, 100*a.R1.R, 100*a.R2.F, 100*a.R2.R, 100*a.RL.F, 100*a.RL.R, m.N)
}
