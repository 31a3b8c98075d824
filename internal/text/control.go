package text

// ControlByte reports a control character that no text holds: one below a
// space other than tab, line feed, carriage return and form feed, or DEL.
// C1 controls (U+0080 to U+009F) are not bytes of their own in UTF-8, and
// texts decoded twice hold them inside words ("FranÃ\u0083Â§ois").
func ControlByte(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f
}

// BinaryShare is the share of control characters (ControlByte), one in
// BinaryShare characters or more, from which data is taken for binary, not
// text: by ingest for a file, by extract for a record's text.
const BinaryShare = 20
