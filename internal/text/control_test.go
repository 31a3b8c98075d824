package text

import "testing"

// TestControlByte: the bytes no text holds are control characters other
// than the four that lay text out, and DEL.
func TestControlByte(t *testing.T) {
	for _, c := range []byte{0, 0x01, 0x1b, 0x7f} {
		if !ControlByte(c) {
			t.Errorf("ControlByte(%#x) = false, want true", c)
		}
	}
	for _, c := range []byte{'\t', '\n', '\r', '\f', ' ', 'a', 0xc3, 0x83} {
		if ControlByte(c) {
			t.Errorf("ControlByte(%#x) = true, want false", c)
		}
	}
}
