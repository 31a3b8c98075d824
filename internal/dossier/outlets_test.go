package dossier

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// The story counts known outlets beside the outlets count, whose meaning
// (each article of unknown outlet counts once) stays as the contract says.
func TestKnownOutlets(t *testing.T) {
	wire, gazette := "Coastal Wire", "Lakeside Gazette"
	arts := []corroborate.Article{
		{ID: "a1", Outlet: &wire, Text: "The ferry ran aground at dawn."},
		{ID: "a2", Outlet: &wire, Text: "Tugs freed the ferry by noon."},
		{ID: "a3", Outlet: &gazette, Text: "Passengers waited on deck for hours."},
		{ID: "a4", Text: "The harbor master blamed the fog."},
		{ID: "a5", Text: "Divers will inspect the hull on Friday."},
	}
	s := storyHeader(arts)
	if s.KnownOutlets != 2 || s.Outlets != 4 {
		t.Errorf("known outlets %d, outlets %d; want 2 and 4", s.KnownOutlets, s.Outlets)
	}
}
