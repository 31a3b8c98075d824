package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corroborate/corroborate/internal/text"
)

// textBody returns a text document's body as a string, without the control
// characters no text holds (text.ControlByte): one between two words becomes
// a space, others go. A body that is not valid UTF-8, or whose control
// characters are one in text.BinaryShare of its characters or more (a picture's
// bytes escaped in a JSON record's text), is an error saying so: ingest
// refuses such files, but a record's text reaches extraction as it was
// given. Mojibake is repaired (RepairMojibake): "PeÃ±a" is "Peña".
func textBody(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", fmt.Errorf("text is not valid UTF-8")
	}
	if err := wordless(b); err != nil {
		return "", err
	}
	s := string(b)
	ctrl := 0
	for i := 0; i < len(s); i++ {
		if text.ControlByte(s[i]) {
			ctrl++
		}
	}
	if ctrl == 0 {
		return RepairMojibake(s), nil
	}
	if n := utf8.RuneCountInString(s); ctrl*text.BinaryShare >= n {
		return "", fmt.Errorf("text is binary data, not text: %d of its %d characters are control characters", ctrl, n)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case !text.ControlByte(c):
			sb.WriteByte(c)
		case sb.Len() > 0 && !isSpaceByte(s[i-1]) && i+1 < len(s) && !isSpaceByte(s[i+1]) && !text.ControlByte(s[i+1]):
			sb.WriteByte(' ') // "ferry\x00left": two words
		}
	}
	return RepairMojibake(sb.String()), nil
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// maxRun is the longest run of ASCII bytes without a space or line break
// that wordless reads as words: 64 KiB, far beyond any word or URL.
const maxRun = 64 << 10

// wordless is an error for a text that is mostly runs of more than maxRun
// ASCII bytes without a space or line break: encoded data (base64, hex), a
// hash, a minified script pasted as text. Such a text has no words to
// analyse, and every line rule would run over each run whole (a 10 MB run
// took 41 s). Any other byte ends a run: a paragraph of Chinese or
// Japanese, written without spaces, is words.
func wordless(b []byte) error {
	long, run := 0, 0
	for i, c := range b {
		if c <= ' ' || c >= 0x80 {
			if run > maxRun {
				long += run
			}
			run = 0
			continue
		}
		if run++; i == len(b)-1 && run > maxRun {
			long += run
		}
	}
	if long == 0 || long*2 < len(b) {
		return nil
	}
	return fmt.Errorf("text is not words: %d%% of its %s are runs of over %s of ASCII without a space or line break",
		long*100/len(b), text.Size(int64(len(b))), text.Size(maxRun))
}
