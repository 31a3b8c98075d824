package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// binaryShare is the share of control characters (one in binaryShare
// characters) from which a text is taken for binary data, as ingest reads
// a file.
const binaryShare = 20

// textBody returns a text document's body as a string, without the control
// characters no text holds (isControl). A body that is not valid UTF-8, or
// whose control characters are one in binaryShare of its characters or
// more (a picture's bytes escaped in a JSON record's text), is an error
// saying so: ingest refuses such files, but a record's text reaches
// extraction as it was given.
func textBody(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", fmt.Errorf("text is not valid UTF-8")
	}
	s := string(b)
	ctrl := 0
	for i := 0; i < len(s); i++ {
		// A control character is one byte below 0x80, or 0xC2 and a byte
		// of 0x80 to 0x9F (U+0080 to U+009F): counting bytes is enough.
		if s[i] < utf8.RuneSelf && isControl(rune(s[i])) || s[i] == 0xC2 && i+1 < len(s) && s[i+1] <= 0x9f {
			ctrl++
		}
	}
	if ctrl == 0 {
		return s, nil
	}
	if n := utf8.RuneCountInString(s); ctrl*binaryShare >= n {
		return "", fmt.Errorf("text is binary data, not text: %d of its %d characters are control characters", ctrl, n)
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s), nil
}

// isControl reports a control character that no text holds: a C0 control
// other than tab, line feed, carriage return and form feed, DEL, or a C1
// control (U+0080 to U+009F, what a picture's high bytes become once
// escaped in JSON).
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7f && r <= 0x9f
}
