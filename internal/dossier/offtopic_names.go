package dossier

import (
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// A machine translation of the story, or a report of it in words of its
// own, may share too little of the others' wording to pass the similarity
// bounds while it names the same people and places ("Abu Obeida", "Deir
// ez-Zor" among "Daash" and "Prince Zakat Chamber"). Names say which story
// an article tells: an article just under the absolute bound whose proper
// names are mostly the story's is kept on topic. An article of another
// story on the same theme shares the theme's names too ("Obama", "White
// House"), but with them a vocabulary of its own that leaves it further
// below the bound: the bound on similarity keeps those flagged (chosen on
// the benchmarks of docs/offtopic.md).
const (
	namesVouchSimilarity = 0.08 // the article's similarity, at least
	namesVouchShare      = 0.4  // of its proper names the others use, at least
	namesVouchCount      = 3    // proper names the others use, at least
)

// namesVouch reports whether the proper names of arts[i] vouch for it as
// one more telling of the story: namesVouchCount or more, and
// namesVouchShare or more of its own, are used by another article than
// arts[skip] (none skipped when skip < 0: an article of its own story
// cannot vouch for it, see apartFromNearest). A
// proper name is a word of three letters or more written with a capital
// (the story's stop words left out) that no article of the story writes
// in lower case: "Police" opening a sentence is the word "police".
func namesVouch(arts []corroborate.Article, i, skip int) bool {
	lower := map[string]bool{}
	capital := make([]map[string]bool, len(arts))
	var w text.Word
	var buf []byte
	for k, a := range arts {
		capital[k] = map[string]bool{}
		s := a.Text
		for j := 0; topicWords.Next(s, j, len(s), &w); j = w.End {
			if w.Letters < 3 || w.Digits > 0 {
				continue
			}
			buf = appendLower(buf[:0], s[w.Start:w.End])
			if r, _ := utf8.DecodeRuneInString(s[w.Start:]); !unicode.IsUpper(r) {
				lower[string(buf)] = true
			} else if !text.TopicStop[string(buf)] {
				capital[k][string(buf)] = true
			}
		}
	}
	own, shared := 0, 0
	for n := range capital[i] {
		if lower[n] {
			continue
		}
		own++
		for k := range arts {
			if k != i && k != skip && capital[k][n] {
				shared++
				break
			}
		}
	}
	return shared >= namesVouchCount && float64(shared) >= namesVouchShare*float64(own)
}
