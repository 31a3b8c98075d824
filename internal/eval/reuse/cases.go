package reuse

import (
	"fmt"
	"strings"

	"github.com/corroborate/corroborate"
)

// copyOf is a generated copy before it becomes an article.
type copyOf struct {
	role     string
	pieces   []piece
	credited map[int]bool // source slots the copy credits
}

// build generates one case of the given type.
func (g *gen) build(typ string) Case {
	r := g.r
	styles := []string{"verbatim", "light-edit", "condensed"}
	origins := []outletForm{originOutlets[r.IntN(len(originOutlets))], originOutlets[r.IntN(len(originOutlets))]}
	var srcs []Source
	var copies []copyOf
	switch typ {
	case "verbatim", "light-edit", "condensed", "paraphrase":
		s := g.pick(nil)
		donor := g.pick([]string{s.Group}, sourceText(s))
		srcs = []Source{s}
		copies = []copyOf{{role: "d", pieces: g.frame(donor, g.derive(s, 0, typ))}}
	case "quote-credit":
		s := g.pick(nil)
		donor := g.pick([]string{s.Group}, sourceText(s))
		srcs = []Source{s}
		copies = []copyOf{{role: "d", pieces: g.quoteCredit(s, donor, origins[0]), credited: map[int]bool{0: true}}}
	case "mix":
		s1 := g.pick(nil)
		s2 := g.pick([]string{s1.Group}, sourceText(s1))
		donor := g.pick([]string{s1.Group, s2.Group}, sourceText(s1), sourceText(s2))
		b1 := g.derive(s1, 0, styles[r.IntN(3)])
		b2 := g.derive(s2, 1, styles[r.IntN(3)])
		h1, h2 := len(b1)/2, len(b2)/2
		blocks := [][]piece{b1, b2}
		if h1 > 0 && h2 > 0 && r.IntN(2) == 0 {
			b1[h1].para, b2[h2].para = true, true
			blocks = [][]piece{b1[:h1], b2[:h2], b1[h1:], b2[h2:]}
		}
		srcs = []Source{s1, s2}
		copies = []copyOf{{role: "d", pieces: g.frame(donor, blocks...)}}
	case "siblings":
		s := g.pick(nil)
		d1 := g.pick([]string{s.Group}, sourceText(s))
		d2 := g.pick([]string{s.Group, d1.Group}, sourceText(s), sourceText(d1))
		srcs = []Source{s}
		copies = []copyOf{
			{role: "d1", pieces: g.frame(d1, g.derive(s, 0, styles[r.IntN(3)]))},
			{role: "d2", pieces: g.frame(d2, g.derive(s, 0, styles[r.IntN(3)]))},
		}
	default: // quote-only: the copy shares a quotation and nothing else
		s, quotes := g.pickQuoted()
		donor := g.pick([]string{s.Group}, sourceText(s))
		srcs = []Source{s}
		copies = []copyOf{{role: "d", pieces: g.quoteOnly(donor, quotes)}}
	}
	origins = origins[:len(srcs)]
	if typ != "quote-credit" && typ != "quote-only" {
		for c := range copies {
			copies[c].credited = map[int]bool{}
			for slot := range srcs {
				if r.Float64() < 0.5 {
					copies[c].pieces, _ = creditPieces(r, copies[c].pieces, slot, origins[slot])
					copies[c].credited[slot] = true
				}
			}
		}
	}
	return g.assemble(typ, srcs, copies, origins)
}

// assemble turns sources and copies into articles and the gold pairs.
func (g *gen) assemble(typ string, srcs []Source, copies []copyOf, origins []outletForm) Case {
	c := Case{ID: fmt.Sprintf("c%03d", g.n), Type: typ, Gold: []GoldPair{}}
	var arts []*corroborate.Article
	var isOrigin []bool
	ids := make([]string, len(srcs))
	for i, s := range srcs {
		ids[i] = caseID(g.n, fmt.Sprintf("s%d", i+1))
		arts = append(arts, article(ids[i], sourceText(s)))
		isOrigin = append(isOrigin, true)
	}
	golds := make([]map[int][][2]int, len(copies))
	for k, cp := range copies {
		var b builder
		body := b.write(cp.pieces)
		golds[k] = b.gold
		arts = append(arts, article(caseID(g.n, cp.role), body))
		isOrigin = append(isOrigin, false)
	}
	meta(g.r, arts, isOrigin, origins, g.n)
	for k, cp := range copies {
		to := arts[len(srcs)+k]
		for slot := range srcs {
			rs, ok := golds[k][slot]
			if !ok {
				continue
			}
			c.Gold = append(c.Gold, GoldPair{
				From: ids[slot], To: to.ID, Ranges: rs,
				Credited: cp.credited[slot],
			})
		}
	}
	for _, a := range arts {
		c.Articles = append(c.Articles, *a)
	}
	return c
}

// sourceText is a source as one article: its usable sentences, paragraphs
// kept.
func sourceText(s Source) string {
	var b builder
	return b.write(sourcePieces(s))
}

// quoteCredit is a copy of its own that quotes one to three passages of s,
// each in a credit frame ("According to X, ...", "..., X reported.", "X
// reported: ..."), or a paragraph introduced by "From X:".
func (g *gen) quoteCredit(s Source, donor Source, o outletForm) []piece {
	r := g.r
	out := g.own(donor, 4+r.IntN(5))
	ss := s.sentences()
	for range 1 + r.IntN(3) {
		i := r.IntN(len(ss))
		ins := []piece{{text: ss[i], src: 0, para: true}}
		p := &ins[0]
		switch r.IntN(4) {
		case 0:
			p.prefix, p.text = "According to "+o.Mid+", ", lowerFirst(p.text)
		case 1:
			if strings.HasSuffix(p.text, ".") && !hasQuote(p.text) {
				p.text, p.suffix = strings.TrimSuffix(p.text, "."), ", "+o.Mid+" reported."
			} else {
				p.prefix = o.Start + " reported: "
			}
		case 2:
			p.prefix = o.Start + " reported: "
		default:
			ins = []piece{{text: "From " + o.Mid + ":", src: -1, para: true}, *p}
			if i+1 < len(ss) {
				ins = append(ins, piece{text: ss[i+1], src: 0})
			}
		}
		at := 1 + r.IntN(len(out))
		out = append(out[:at], append(ins, out[at:]...)...)
	}
	return out
}

// pickQuoted draws a source holding direct quotations of eight words or more.
func (g *gen) pickQuoted() (Source, []string) {
	for try := 0; ; try++ {
		s := g.pool[g.r.IntN(len(g.pool))]
		var qs []string
		for _, para := range s.Paras {
			for _, q := range quotations(strings.Join(para, " ")) {
				if len(strings.Fields(q)) >= 8 {
					qs = append(qs, strings.TrimRight(q, " ,."))
				}
			}
		}
		if len(qs) > 0 || try > 200 {
			return s, qs
		}
	}
}

// quotations returns the text inside the quotation marks of one paragraph:
// curly marks paired by direction, straight ones in turn from the start.
func quotations(para string) []string {
	var out []string
	open := -1
	for i, r := range para {
		switch {
		case r == '“' || (r == '"' && open < 0):
			open = i + len(string(r))
		case (r == '”' || r == '"') && open >= 0:
			out = append(out, para[open:i])
			open = -1
		}
	}
	return out
}

// quoteOnly is an article of its own that quotes one or two statements the
// source also quotes, in frames of its own.
func (g *gen) quoteOnly(donor Source, quotes []string) []piece {
	r := g.r
	out := g.own(donor, 4+r.IntN(5))
	frames := []string{
		"\"%s,\" a spokesperson was quoted as saying.",
		"In remarks that circulated widely, the message was: \"%s.\"",
		"Supporters pointed to one line in particular: \"%s.\"",
	}
	for k := range min(len(quotes), 1+r.IntN(2)) {
		q := quotes[(k+r.IntN(len(quotes)))%len(quotes)]
		p := piece{text: fmt.Sprintf(frames[r.IntN(len(frames))], q), src: -1, para: true}
		at := 1 + r.IntN(len(out))
		out = append(out[:at], append([]piece{p}, out[at:]...)...)
	}
	return out
}
