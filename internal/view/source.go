package view

import (
	"fmt"
	"slices"
	"strings"
)

// NamedByTitle reports whether the source's label is the first words of its
// title (it has no outlet and no file name a reader could tell apart), so a
// legend that shows the title need not show the label's words again.
func (s Source) NamedByTitle() bool { return s.titled }

// Where says where the article came from: the path or URL as given, the
// id its input gave it and its web address, each once ("dump.jsonl:3; id
// fnc-12; https://news.example/a").
func (s Source) Where() string {
	var parts []string
	for _, p := range []string{s.Source, idPart(s.InputID), s.URL} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "; ")
}

func idPart(id string) string {
	if id == "" {
		return ""
	}
	return "id " + id
}

// Sureness says how sure the stage is of the conflict, as every surface
// shows it: "confidence 0.86" (conflicts are ordered by it).
func (c Conflict) Sureness() string { return fmt.Sprintf("confidence %.2f", c.Confidence) }
