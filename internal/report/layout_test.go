package report

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
)

// A story's title is often its first article's lead sentence: the text
// report folds it at the width of its prose, and underlines it as far as
// its longest line, instead of printing one line of 130 runes.
func TestLongTitleFolded(t *testing.T) {
	title := "Ferry workers in the town of Marrowby walked off the job on Tuesday after the harbor board cut their night shifts for the second winter running"
	d := &corroborate.Dossier{Story: corroborate.Story{Title: title, Articles: 1, Outlets: 1, Origins: 1},
		Articles: []corroborate.Article{{ID: "a1", Title: title, Source: "in/a1.txt"}}}
	out := text(t, d)
	lines := strings.Split(out, "\n")
	if len(lines) < 3 || lines[0]+" "+lines[1] != title {
		t.Fatalf("the title is not folded in two lines as written:\n%s", strings.Join(lines[:min(len(lines), 3)], "\n"))
	}
	if n := utf8.RuneCountInString(lines[0]); n > 100 {
		t.Errorf("the title's first line is %d runes wide, want at most 100", n)
	}
	if lines[2] != strings.Repeat("=", utf8.RuneCountInString(lines[0])) {
		t.Errorf("the underline %q does not end with the title's longest line %q", lines[2], lines[0])
	}
}

// A claims matrix with twelve sources is wider than the report's 100
// columns whatever is narrowed: its header "origins" and a cell
// "contradicts" stay whole words rather than break ("origin" / "s").
func TestWideTableKeepsWordsWhole(t *testing.T) {
	d := &corroborate.Dossier{Story: corroborate.Story{Title: "Orchard fire at Tellbrook", Articles: 12, Outlets: 12, Origins: 12},
		Computed: []string{"claims"}}
	var support []corroborate.ClaimSupport
	for i := range 12 {
		id := fmt.Sprintf("b%02d", i)
		d.Articles = append(d.Articles, corroborate.Article{ID: id, Title: "Orchard fire " + id, Source: "in/" + id + ".txt"})
		if i > 0 {
			support = append(support, corroborate.ClaimSupport{Article: id})
		}
	}
	d.Claims = []corroborate.Claim{{ID: "c1", Text: "The fire started in the east orchard.", Support: support, Origins: 11,
		Contradicts: []corroborate.ClaimSupport{{Article: "b00"}}}}
	out := text(t, d)
	var header, row string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "claim ") {
			header = l
		}
		if strings.HasPrefix(l, "c1 ") {
			row = l
		}
	}
	if !strings.Contains(header, " origins ") {
		t.Errorf("the matrix header breaks 'origins': %q", header)
	}
	if !strings.Contains(row, " contradicts ") {
		t.Errorf("the matrix row breaks 'contradicts': %q", row)
	}
}
