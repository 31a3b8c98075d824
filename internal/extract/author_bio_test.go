package extract

import (
	"strings"
	"testing"
)

// A bio closing the text names its writer and outlet and leaves the text;
// the same sentence about someone the article is about stays.
func TestAuthorBio(t *testing.T) {
	body := "Lenna ferry crews will serve soup on the night boats from June.\n\nThe soup will cost two crowns a bowl, the operator said.\n\n"
	a := fromText("Soup on the night boats\n\n"+body+"Mira Quell is a Food/Drink staff writer for Calder Weekly, and has never eaten on a ferry. Read her at @miraquell.", false, Options{})
	if strings.Join(a.Byline, ",") != "Mira Quell" || a.Outlet == nil || *a.Outlet != "Calder Weekly" || strings.Contains(a.Text, "Quell") {
		t.Errorf("Byline %q, Outlet %v, Text %q: want the bio read and out of the text", a.Byline, a.Outlet, a.Text)
	}
	a = fromText("Soup on the night boats\n\nMira Quell runs the galley of the night boats.\n\n"+body+"Mira Quell is a former writer for Calder Weekly.", false, Options{})
	if !strings.Contains(a.Text, "former writer") {
		t.Errorf("Text %q: want the sentence about the article's subject kept", a.Text)
	}
}
