package view

// NamedByTitle reports whether the source's label is the first words of its
// title (it has no outlet and no file name a reader could tell apart), so a
// legend that shows the title need not show the label's words again.
func (s Source) NamedByTitle() bool { return s.titled }
