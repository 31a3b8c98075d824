package view

import "fmt"

// NamedByTitle reports whether the source's label is the first words of its
// title (it has no outlet and no file name a reader could tell apart), so a
// legend that shows the title need not show the label's words again.
func (s Source) NamedByTitle() bool { return s.titled }

// Sureness says how sure the stage is of the conflict, as every surface
// shows it: "confidence 0.86" (conflicts are ordered by it).
func (c Conflict) Sureness() string { return fmt.Sprintf("confidence %.2f", c.Confidence) }
