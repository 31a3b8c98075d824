package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inert writes the control characters of untrusted text as visible escapes
// ("\x1b", "\u202e"): an article's terminal escape sequence must not move
// the cursor, clear the screen or retitle the window of whoever reads the
// report, and a bidirectional override must not reorder what they read.
// A byte that is not UTF-8 is escaped too. Line breaks and tabs stay; the
// renderers fold them.
func Inert(s string) string {
	if strings.IndexFunc(s, isControl) < 0 && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1: // a stray byte: 0x9b alone is a CSI to some terminals
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !isControl(r):
			b.WriteString(s[i : i+n])
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

func isControl(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r): // C0, DEL and C1
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e || r == 0x200f, r == 0x061c:
		return true // bidirectional embeddings, overrides, isolates and marks
	}
	return false
}

// inertBlock is b with every string made inert.
func inertBlock(b block) block {
	b.title, b.heading, b.para = Inert(b.title), Inert(b.heading), Inert(b.para)
	b.list = inertAll(b.list)
	subs := make([][]string, len(b.subs))
	for i, s := range b.subs {
		subs[i] = inertAll(s)
	}
	b.subs = subs
	table := make([][]string, len(b.table))
	for i, r := range b.table {
		table[i] = inertAll(r)
	}
	if b.table == nil {
		table = nil
	}
	b.table = table
	return b
}

func inertAll(xs []string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = Inert(x)
	}
	return out
}
