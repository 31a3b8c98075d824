package dossier

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/extract"
	"github.com/corroborate/corroborate/internal/outlets"
)

// titleLabels open a title that is no headline, beyond the page furniture
// extraction knows (extract.Furniture): a byline, a source line, a photo
// file's label, a video's length, a gallery's or a player's label.
var titleLabels = []string{"source:", "file -", "video (", "photo gallery", "listen to article"}

// titleMarks are found only in a picture's credit.
var titleMarks = []string{"©", "/ contributor", "wikimedia commons"}

// furniture reports whether a title is only page furniture: what
// extraction removes as chrome or reads as a date, a byline, a picture's
// credit, a single word ("POPULAR"). A caption after its label is not
// (see labelEnd).
func furniture(t string) bool {
	if _, caption := labelEnd(t); caption {
		return false
	}
	ws := strings.Fields(t)
	if len(ws) < 2 || extract.Furniture(t) || byline(ws) {
		return true
	}
	low := strings.ToLower(t)
	for _, l := range titleLabels {
		if low == l || strings.HasPrefix(low, l+":") ||
			// a label of one word opens a headline too ("Source of the
			// leak …"): only one of several words is taken before more
			strings.Contains(l, " ") && strings.HasPrefix(low, l+" ") {
			return true
		}
	}
	for _, m := range titleMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// byline reports a title that is a byline: "By" and up to four names,
// each capitalised ("By Ana Ros and Ivo Marsh"), not a headline that opens
// with "By" ("By a landslide, Calder votes …").
func byline(ws []string) bool {
	if len(ws) < 2 || len(ws) > 6 || ws[0] != "By" && ws[0] != "BY" {
		return false
	}
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" {
			return false
		}
	}
	return true
}

// labels are the labels of page furniture that may stand before a
// headline or a caption: what follows them is the title's text.
var labels = []string{"story highlights ", "close ", "image caption ", "media caption "}

// labelEnd returns where a furniture label before a title's text ends (0
// when none), and whether the text is a picture's caption ("Image
// copyright PA Image caption Police said…"). Labels are ASCII and matched
// in any case on t itself, so the offsets are t's.
func labelEnd(t string) (int, bool) {
	head := t[:min(len(t), 120)]
	for _, l := range labels[2:] {
		for i := len(head) - len(l); i >= 0; i-- {
			if strings.EqualFold(head[i:i+len(l)], l) {
				return i + len(l), true
			}
		}
	}
	for _, l := range labels[:2] {
		if len(t) > len(l) && strings.EqualFold(t[:len(l)], l) {
			if r, _ := utf8.DecodeRuneInString(t[len(l):]); unicode.IsUpper(r) {
				return len(l), false
			}
		}
	}
	return 0, false
}

// datelineEnd returns where a dateline opening t ends, 0 when none: the
// article's own dateline when t starts with it, a dateline as
// outlets.ReadDateline reads it ("KIEV (Reuters) -", "(CNN) A dress…"), or
// a glued one (outlets.GluedDatelineEnd).
func datelineEnd(t, dateline string) int {
	if dateline != "" && strings.HasPrefix(t, dateline) && len(t) > len(dateline) && marksDateline(t[len(dateline):], dateline) {
		return skipMark(t, len(dateline))
	}
	if dl, ok := outlets.ReadDateline(t); ok {
		return dl.End
	}
	// "KIEV, Ukraine Pro-Russian…": at the head of a title, a place run
	// into it is a dateline
	return outlets.GluedDatelineEnd(t)
}

// marksDateline says whether rest, what follows a title's opening words
// that are its article's dateline, sets them apart as a dateline: an
// outlet's mark, a dash, a comma or a colon after them, or the place set in
// capitals ("LONDON Police seek …"). "London police seek the drone's
// operator" opens with its subject, not a dateline.
func marksDateline(rest, dateline string) bool {
	if strings.ToUpper(dateline) == dateline && strings.HasPrefix(rest, " ") {
		return true
	}
	r := strings.TrimLeft(rest, " ")
	for _, p := range []string{"(", "-", "—", "–", ",", ":", "_"} {
		if strings.HasPrefix(r, p) {
			return true
		}
	}
	return false
}

// skipMark moves past an outlet's mark and a dash after a dateline.
func skipMark(t string, i int) int {
	rest := strings.TrimLeft(t[i:], " ")
	if strings.HasPrefix(rest, "(") {
		if j := strings.IndexByte(rest, ')'); j > 0 {
			rest = rest[j+1:]
		}
	}
	rest = strings.TrimLeft(rest, " -—–")
	return len(t) - len(rest)
}
