package report

import (
	"strings"
	"unicode/utf8"
)

// textRenderer writes plain text; afterTable is set while the last block
// written was a table, so that prose after it stands apart from its rows.
type textRenderer struct{ afterTable bool }

func (r *textRenderer) write(w *errWriter, b block, first bool) {
	if r.afterTable && (b.para != "" || b.list != nil) {
		w.str("\n")
	}
	r.afterTable = b.table != nil
	switch {
	case b.title != "":
		// a title is often an article's first sentence: folded like the
		// prose under it, and underlined as far as its longest line
		title := wrap(b.title, 100, "")
		longest := 0
		for _, l := range strings.Split(title, "\n") {
			longest = max(longest, utf8.RuneCountInString(l))
		}
		w.str(title + "\n")
		w.str(strings.Repeat("=", longest) + "\n")
	case b.heading != "":
		if !first {
			w.str("\n")
		}
		w.str(strings.ToUpper(b.heading) + "\n")
		w.str(strings.Repeat("=", utf8.RuneCountInString(b.heading)) + "\n")
	case b.para != "":
		w.str(wrap(b.para, 100, "") + "\n")
	case b.list != nil:
		for i, it := range b.list {
			w.str(wrap("- "+it, 100, "  ") + "\n")
			for _, sub := range subItems(b, i) {
				w.str("    " + wrap("- "+sub, 96, "      ") + "\n")
			}
		}
	case b.table != nil:
		writeTextTable(w, b.table)
	}
}

func writeTextTable(w *errWriter, rows [][]string) {
	const maxCol = 60
	widths := []int{}
	for _, r := range rows {
		for i, c := range r {
			n := min(utf8.RuneCountInString(c), maxCol)
			if i >= len(widths) {
				widths = append(widths, n)
			} else if n > widths[i] {
				widths[i] = n
			}
		}
	}
	fitWidths(widths, wordWidths(rows), 100)
	for ri, r := range rows {
		// a cell wider than its column wraps onto more lines: nothing is cut
		cells := make([][]string, len(r))
		height := 1
		for i, c := range r {
			cells[i] = cellLines(c, widths[i])
			height = max(height, len(cells[i]))
		}
		for ln := range height {
			var sb strings.Builder
			for i, c := range cells {
				part := ""
				if ln < len(c) {
					part = c[ln]
				}
				sb.WriteString(part)
				if i < len(cells)-1 {
					sb.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(part)+2))
				}
			}
			w.str(strings.TrimRight(sb.String(), " ") + "\n")
		}
		if ri == 0 {
			total := 0
			for _, wd := range widths {
				total += wd + 2
			}
			w.str(strings.Repeat("-", max(total-2, 1)) + "\n")
		}
	}
}

// cellLines folds a table cell to lines of at most width runes, at spaces
// where it can and inside a word longer than the column where it must.
func cellLines(s string, width int) []string {
	if utf8.RuneCountInString(s) <= width {
		return []string{s} // as written: a ditto mark keeps its indent
	}
	var lines []string
	for _, l := range strings.Split(wrap(s, width, ""), "\n") {
		r := []rune(l)
		for len(r) > width {
			lines = append(lines, string(r[:width]))
			r = r[width:]
		}
		lines = append(lines, string(r))
	}
	return lines
}

// fitWidths narrows the widest columns until a row of them, two spaces
// apart, fits in width runes. No column goes below 6, nor below floor, its
// longest short word: a table too wide for that runs past width rather
// than break "origins" or "contradicts" in two.
func fitWidths(widths, floor []int, width int) {
	for {
		total, wi := -2, -1
		for i, w := range widths {
			total += w + 2
			if w > max(6, floor[i]) && (wi < 0 || w > widths[wi]) {
				wi = i
			}
		}
		if total <= width || wi < 0 {
			return
		}
		widths[wi]--
	}
}

// maxKeptWord is the longest word a table column is kept wide enough for;
// a longer one (an address, a run of digits) is broken where it must be.
const maxKeptWord = 12

// wordWidths is, for each column of rows, the length of its longest word
// of at most maxKeptWord runes.
func wordWidths(rows [][]string) []int {
	var out []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(out) {
				out = append(out, 0)
			}
			for _, wd := range strings.Fields(c) {
				if n := utf8.RuneCountInString(wd); n <= maxKeptWord && n > out[i] {
					out[i] = n
				}
			}
		}
	}
	return out
}

// wrap folds s at word boundaries to lines of at most width runes; lines
// after the first start with indent.
func wrap(s string, width int, indent string) string {
	words := strings.Fields(s)
	var sb strings.Builder
	line := 0
	for i, wd := range words {
		n := utf8.RuneCountInString(wd)
		if i > 0 {
			if line+1+n > width {
				sb.WriteString("\n" + indent)
				line = utf8.RuneCountInString(indent)
			} else {
				sb.WriteByte(' ')
				line++
			}
		}
		sb.WriteString(wd)
		line += n
	}
	return sb.String()
}

type markdownRenderer struct{}

func (markdownRenderer) write(w *errWriter, b block, first bool) {
	switch {
	case b.title != "":
		w.str("# " + mdEscape(b.title) + "\n\n")
	case b.heading != "":
		if !first {
			w.str("\n")
		}
		w.str("## " + mdEscape(b.heading) + "\n\n")
	case b.para != "":
		w.str(mdEscape(b.para) + "\n\n")
	case b.list != nil:
		for i, it := range b.list {
			w.str("- " + mdEscape(it) + "\n")
			for _, sub := range subItems(b, i) {
				w.str("    - " + mdEscape(sub) + "\n")
			}
		}
		w.str("\n")
	case b.table != nil:
		for ri, r := range b.table {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = strings.ReplaceAll(mdEscape(c), "|", `\|`)
			}
			w.str("| " + strings.Join(cells, " | ") + " |\n")
			if ri == 0 {
				w.str(strings.Repeat("| --- ", len(r)) + "|\n")
			}
		}
		w.str("\n")
	}
}

// mdEscape keeps article text from being read as Markdown or HTML markup.
var mdReplacer = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "<", "&lt;", ">", "&gt;",
	"[", `\[`, "]", `\]`, "#", `\#`, "\n", " ",
)

func mdEscape(s string) string { return mdReplacer.Replace(s) }

// subItems are the items under item i of a list block.
func subItems(b block, i int) []string {
	if i < len(b.subs) {
		return b.subs[i]
	}
	return nil
}
