package report

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/view"
)

// quotesSection lists every quotation with its speaker per article, the
// quotations in conflict first, each conflict spelled out above the table.
func quotesSection(d *corroborate.Dossier, v *view.Story) []block {
	if !computed(d, "quotes") {
		return notComputed("Quotes")
	}
	bs := []block{{heading: "Quotes"}}
	if len(d.Quotes) == 0 {
		return append(bs, block{para: "No direct quotations found."})
	}
	speakers := view.Speakers(d)
	labels := map[string]string{}
	for _, s := range v.Sources {
		labels[s.ID] = s.Tagged()
	}
	texts := make(map[string]string, len(d.Articles))
	for _, a := range d.Articles {
		texts[a.ID] = a.Text
	}
	inConflict := map[string]bool{}
	var notes []string
	for _, c := range v.QuoteConflicts() {
		for _, q := range d.Quotes {
			if c.Concerns(q) {
				inConflict[q.ID] = true
			}
		}
		notes = append(notes, quoteConflictLine(c))
	}
	bs = append(bs, block{para: fmt.Sprintf("%s from %s; %s about who said what or in what words.",
		view.Plural(len(d.Quotes), "quotation"), view.Plural(len(d.Speakers), "speaker"), view.Plural(len(notes), "conflict"))})
	if len(notes) > 0 {
		bs = append(bs, block{list: notes})
	}
	rows := [][]string{{"!", "quote", "speaker", "where"}}
	for _, first := range []bool{true, false} {
		for _, q := range d.Quotes {
			if inConflict[q.ID] != first {
				continue
			}
			rows = append(rows, quoteRows(q, first, speakers, labels, texts)...)
		}
	}
	if len(inConflict) == 0 {
		// no quotation is in conflict: the flag column would stand empty
		for i := range rows {
			rows[i] = rows[i][1:]
		}
	}
	ditto := slices.ContainsFunc(rows, func(r []string) bool { return slices.Contains(r, "  〃") })
	bs = append(bs, block{para: quoteKey(len(inConflict) > 0, ditto)}, block{table: rows})
	if len(d.Speakers) > 0 {
		entries := make([]string, len(d.Speakers))
		for i, s := range d.Speakers {
			entries[i] = view.SpeakerEntry(s)
		}
		bs = append(bs, block{para: "Speakers, with the roles and other names the articles give them:"}, block{list: entries})
	}
	return bs
}

// quoteKey explains the quotation table's marks: "!" (when a quotation
// is in conflict), the cue in brackets after a speaker, and "〃" (when a
// row repeats the one above).
func quoteKey(flagged, ditto bool) string {
	key := "In brackets after a speaker: the word the article gives the quotation with, when not \"said\"."
	if flagged {
		key = "! marks a quotation given to different speakers or in different words. " + key
	}
	if ditto {
		key += " 〃 repeats the quotation above."
	}
	return key
}

// quoteRows renders one quotation: a row per speaker, listing the articles
// that give it to that speaker and how, when not by "said" (as the web page
// gives each mention's cue: "Kevin Davis (according to)").
func quoteRows(q corroborate.Quote, conflict bool, speakers map[string]corroborate.Speaker, labels, texts map[string]string) [][]string {
	var order []string
	where := map[string][]string{}
	own := map[string]string{}      // the words a speaker's articles print when they quote only part of the text
	partIn := map[string][]string{} // the articles that quote the words only in part
	whole := map[string]bool{}      // whether any article quotes them whole
	cues := map[string][]string{}   // how the speaker's articles give the words, but for "said"
	for _, m := range q.Mentions {
		who := view.MentionSpeaker(m, speakers)
		if who == "" {
			who = "unknown"
		}
		if _, ok := where[who]; !ok {
			order = append(order, who)
		}
		where[who] = appendLabel(where[who], labels[m.Article])
		// "said", the plain way to give words, goes unsaid: a row
		// names the other cues ("according to", "wrote", "read")
		if c := strings.ToLower(strings.TrimSpace(m.Cue)); c != "" && c != "said" {
			cues[who] = appendLabel(cues[who], c)
		}
		if m.Partial {
			n, _, _ := strings.Cut(labels[m.Article], " ")
			partIn[who] = appendLabel(partIn[who], n)
			if w := view.MentionWords(q, m, texts[m.Article]); w != "" && own[who] == "" {
				own[who] = w
			}
		} else {
			whole[who] = true
		}
	}
	flag := ""
	if conflict {
		flag = "!"
	}
	rows := make([][]string, 0, len(order))
	full := false // whether a row above shows the whole text, which 〃 repeats
	for _, name := range order {
		who := name
		if len(cues[name]) > 0 { // as the web page gives each mention's cue
			who += " (" + strings.Join(cues[name], ", ") + ")"
		}
		text := "“" + q.Text + "”"
		if full {
			text = "  〃"
		}
		switch {
		case len(partIn[name]) > 0 && !whole[name] && own[name] != "":
			// the articles print only these words of it: shown as they are
			text = "“" + own[name] + "” (" + view.PartialNote + ")"
			rows = append(rows, []string{flag, text, who, whereList(where[name])})
			continue
		case len(partIn[name]) > 0 && !whole[name]:
			text += " (" + view.PartialNote + ")"
		case len(partIn[name]) > 0:
			text += " (" + view.PartialNote + " in " + strings.Join(partIn[name], ", ") + ")"
		}
		full = true
		rows = append(rows, []string{flag, text, who, whereList(where[name])})
	}
	return rows
}

// whereList lists the articles holding a mention by their labels, or, when
// those run past 40 characters, by their numbers alone ("[1], [6], [7]"),
// so that a narrow column still shows every one (the legend names them).
func whereList(labels []string) string {
	if all := strings.Join(labels, ", "); utf8.RuneCountInString(all) <= 40 {
		return all
	}
	nums := make([]string, len(labels))
	for i, l := range labels {
		nums[i], _, _ = strings.Cut(l, " ")
	}
	return strings.Join(nums, ", ")
}

func quoteConflictLine(c view.Conflict) string {
	var sides []string
	for _, s := range c.Sides {
		v := s.Value
		switch c.Kind {
		case corroborate.ConflictQuoteWording:
			v = "“" + v + "”"
		case corroborate.ConflictQuoteSpeaker:
			v = described(v)
		}
		sides = append(sides, fmt.Sprintf("%s in %s", v, sourceRefs(s.Sources)))
	}
	if c.Kind == corroborate.ConflictQuoteSpeaker {
		return endSentence(fmt.Sprintf("“%s” is given to %s", c.About, strings.Join(sides, "; but to ")))
	}
	what := "a quotation"
	if c.Speaker != "" {
		what += " by " + c.Speaker
	}
	return endSentence("The wording of " + what + " differs: " + strings.Join(sides, "; versus "))
}

// endSentence closes s with a full stop unless a title cut short ("…")
// already ends it.
func endSentence(s string) string {
	if strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}

func appendLabel(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// described gives a speaker named by a description its article ("a
// statement from the Water Board", "an unnamed pilot"), so that "is given
// to" reads as a sentence; a name stays as it is.
func described(name string) string {
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsLower(r) {
		return name
	}
	if strings.ContainsRune("aeiou", r) {
		return "an " + name
	}
	return "a " + name
}
