package reuse

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// piece is one sentence of a generated article: derived from the source in
// slot src, or the article's own text when src < 0.
type piece struct {
	text string
	src  int
	// para starts a new paragraph before this piece.
	para bool
	// prefix and suffix are credit frames around a derived sentence
	// ("According to Reuters, ", ", Reuters reported."): they are the copy's
	// own words, outside the gold range.
	prefix, suffix string
}

// builder writes a generated article and records the byte ranges of its
// derived text by source slot.
type builder struct {
	sb   strings.Builder
	gold map[int][][2]int
}

func (b *builder) write(ps []piece) string {
	b.gold = map[int][][2]int{}
	for i, p := range ps {
		switch {
		case i == 0:
		case p.para:
			b.sb.WriteString("\n\n")
		default:
			b.sb.WriteString(" ")
		}
		b.sb.WriteString(p.prefix)
		start := b.sb.Len()
		b.sb.WriteString(p.text)
		if p.src >= 0 {
			rs := b.gold[p.src]
			if n := len(rs); n > 0 && rs[n-1][1] >= start-2 && p.prefix == "" && !p.para {
				rs[n-1][1] = b.sb.Len() // one range over consecutive derived sentences
			} else {
				rs = append(rs, [2]int{start, b.sb.Len()})
			}
			b.gold[p.src] = rs
		}
		b.sb.WriteString(p.suffix)
	}
	return b.sb.String()
}

// sourcePieces is a source's own text as pieces, paragraphs kept.
func sourcePieces(s Source) []piece {
	var out []piece
	for _, para := range s.Paras {
		for i, t := range para {
			out = append(out, piece{text: t, src: -1, para: i == 0})
		}
	}
	return out
}

// outletForm is an outlet as an article names it: Name is Article.Outlet,
// Mid the form inside a sentence, Start the form opening one.
type outletForm struct{ Name, Mid, Start string }

// originOutlets are the outlets generated origins are published by: wire
// services, newspapers in the outlet list, outlets the list does not know
// but whose names say what they are, and one whose name does not (a credit
// to it cannot be recognised as one: an honest miss, counted).
var originOutlets = []outletForm{
	{"Associated Press", "the Associated Press", "The Associated Press"},
	{"Associated Press", "the AP", "The AP"},
	{"Reuters", "Reuters", "Reuters"},
	{"Agence France-Presse", "AFP", "AFP"},
	{"Bloomberg", "Bloomberg", "Bloomberg"},
	{"The Washington Post", "the Washington Post", "The Washington Post"},
	{"The New York Times", "the New York Times", "The New York Times"},
	{"BBC News", "the BBC", "The BBC"},
	{"The Guardian", "the Guardian", "The Guardian"},
	{"Harbor Courier", "the Harbor Courier", "The Harbor Courier"},
	{"Valley Ledger", "the Valley Ledger", "The Valley Ledger"},
	{"Channel 9 News", "Channel 9 News", "Channel 9 News"},
	{"Skyline", "Skyline", "Skyline"},
}

// copyOutlets publish the generated copies.
var copyOutlets = []string{"Riverside Digest", "Metro Morning Online", "Coastal Chronicle", "The Evening Beacon", "NewsNow", "Daily Roundup"}

// creditPieces frames the first derived piece of src in ps with a credit to
// o, or adds a crediting sentence of the copy's own; it reports the form
// used.
func creditPieces(r *rand.Rand, ps []piece, src int, o outletForm) ([]piece, string) {
	first := -1
	for i, p := range ps {
		if p.src == src && p.prefix == "" && p.suffix == "" {
			first = i
			break
		}
	}
	form := r.IntN(6)
	if first < 0 {
		form = 4
	}
	switch form {
	case 0:
		ps[first].prefix = "According to " + o.Mid + ", "
		ps[first].text = lowerFirst(ps[first].text)
		return ps, "according to"
	case 1:
		t := ps[first].text
		if strings.HasSuffix(t, ".") && !hasQuote(t) {
			ps[first].text = strings.TrimSuffix(t, ".")
			ps[first].suffix = ", " + o.Mid + " reported."
			return ps, "reported"
		}
		ps[first].prefix = "As " + o.Mid + " noted, "
		ps[first].text = lowerFirst(t)
		return ps, "as noted"
	case 2:
		ps[first].prefix = "As " + o.Mid + " reported, "
		ps[first].text = lowerFirst(ps[first].text)
		return ps, "as reported"
	case 3:
		credit := piece{text: o.Start + " first reported the story.", src: -1, para: true}
		return append([]piece{credit}, ps...), "first reported"
	case 4:
		return append(ps, piece{text: o.Start + " contributed to this report.", src: -1, para: true}), "contributed"
	default:
		return append(ps, piece{text: "(via " + o.Mid + ")", src: -1, para: true}), "via"
	}
}

// meta gives the case's articles outlets and publication times. Origins
// come before their copies; times are known for both (about a third of
// cases), for one, or for neither; outlets are given four times in five.
func meta(r *rand.Rand, arts []*corroborate.Article, origin []bool, origins []outletForm, caseNo int) {
	base := time.Date(2020, 3, 1, 8, 0, 0, 0, time.UTC).Add(time.Duration(caseNo) * 24 * time.Hour)
	mode := r.Float64()
	one := r.IntN(len(arts))
	oi := 0
	for i, a := range arts {
		t := base.Add(time.Duration(r.IntN(6)) * time.Hour)
		name := copyOutlets[r.IntN(len(copyOutlets))]
		if origin[i] {
			name = origins[oi].Name
			oi++
		} else {
			t = base.Add(time.Duration(8+r.IntN(30)) * time.Hour)
		}
		if r.Float64() < 0.8 {
			a.Outlet = corroborate.StrPtr(name)
		}
		if mode < 0.35 || (mode < 0.5 && i == one) {
			a.Time = t
			a.Published = corroborate.StrPtr(t.Format(time.RFC3339))
		}
	}
}

// article makes a corroborate.Article of generated text.
func article(id, body string) *corroborate.Article {
	return &corroborate.Article{ID: id, Source: "generated:" + id, Language: "en", Text: body, Sentences: text.Sentences(body)}
}

func caseID(n int, role string) string { return fmt.Sprintf("c%03d-%s", n, role) }
