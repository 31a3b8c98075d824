package outlets

// ASCIILetter reports whether c is an ASCII letter.
func ASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// ASCIILower lower-cases the ASCII letters of s and leaves every other
// byte alone, so that a byte offset in the result is one in s, as it need
// not be after strings.ToLower ("İ" is two bytes, its "i" one).
func ASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c | 0x20
		}
	}
	return string(b)
}
