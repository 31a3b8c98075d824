package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A story closing with its writer's address and her handle on lines of
// their own, the page's related links after them, is hers and her
// outlet's: the handle read at its capitals is her name when the address
// holds it. Both lines are chrome.
func TestContactBlock(t *testing.T) {
	body := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said.\n\n"
	related := "\n\nRELATED\n\nFerry fares rise again »\n\nHarbour bridge closes for a week »"
	tests := []struct {
		name, block, byline, outlet string
	}{
		{"address, then handle", "aquill@harbourtimes.co.uk\n\nTwitter @AdaQuill", "Ada Quill", "harbourtimes.co.uk"},
		{"handle, then address", "Twitter: @IvoMcMarsh\n\nimcmarsh@lennaledger.com", "Ivo McMarsh", "lennaledger.com"},
		{"handle with an underscore", "aquill@harbourtimes.co.uk\n\n@Ada_Quill", "Ada Quill", "harbourtimes.co.uk"},
		{"the address holds another name", "desk@harbourtimes.co.uk\n\nTwitter @AdaQuill", "", "<nil>"},
		{"handle alone", "Twitter @AdaQuill", "", "<nil>"},
		{"a desk's address and handle", "sports@harbourtimes.co.uk\n\nTwitter @HarbourSports", "", "<nil>"},
		{"a desk named in full", "metrodesk@harbourtimes.co.uk\n\nTwitter @MetroDesk", "", "<nil>"},
		{"one name of the handle in the address", "adoe@harbourtimes.co.uk\n\nTwitter @HarbourDoe", "", "<nil>"},
		{"initials and last name", "ajquill@harbourtimes.co.uk\n\nTwitter @AdaQuill", "Ada Quill", "harbourtimes.co.uk"},
	}
	for _, tt := range tests {
		a := mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte(body + tt.block + related)})
		if got := strings.Join(a.Byline, "; "); got != tt.byline {
			t.Errorf("%s: Byline = %q, want %q", tt.name, got, tt.byline)
		}
		if got := deref(a.Outlet); got != tt.outlet {
			t.Errorf("%s: Outlet = %q, want %q", tt.name, got, tt.outlet)
		}
		if strings.Contains(a.Text, "@") {
			t.Errorf("%s: the contact lines stay in the text: %q", tt.name, a.Text)
		}
	}
}

// A reporter's address alone closing the story, or next to a handle that
// names no one, names her outlet when its domain is a known outlet's; a
// desk's address, or an unknown domain, names none. Related headlines
// closed by a link's arrow under a labelled one are chrome, so the address
// above them closes the story.
func TestClosingAddressOutlet(t *testing.T) {
	body := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nNo one was hurt, he said.\n\n"
	related := "\n\nRELATED: Harbour bridge closes for a week »\n\nFerry fares rise again on the Lenna line »"
	for _, tt := range []struct{ name, block, outlet string }{
		{"alone", "aquill@chicagotribune.com", "Chicago Tribune"},
		{"next to a handle naming no one", "aquill@chicagotribune.com\n\nTwitter @aq1977", "Chicago Tribune"},
		{"a desk's address", "tips@chicagotribune.com", "<nil>"},
		{"an unknown domain", "aquill@lennaledger.com", "<nil>"},
	} {
		a := mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte(body + tt.block + related)})
		if got := deref(a.Outlet); got != tt.outlet {
			t.Errorf("%s: Outlet = %q, want %q", tt.name, got, tt.outlet)
		}
		if strings.Contains(a.Text, "@") || strings.Contains(a.Text, "»") {
			t.Errorf("%s: the contact or related lines stay in the text: %q", tt.name, a.Text)
		}
	}
}

// A bare handle closing the text, with no address next to it, is what
// the sentence before points to ("follow the harbour police:" / "@…"),
// and stays; one naming the text's author is her contact line.
func TestBareHandle(t *testing.T) {
	body := "Ferry Lost Its Rudder\n\nThe Lenna ferry lost its rudder on Monday, the harbour master said.\n\nFor updates on the crossing, follow the harbour police on social media:\n\n@LennaPolice"
	a := mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte(body)})
	if !strings.HasSuffix(a.Text, "on social media:\n\n@LennaPolice") {
		t.Errorf("Text = %q, want the handle kept", a.Text)
	}
	for _, tt := range []struct{ by, prev, handle string }{
		{"Ada Quill", "No one was hurt, he said.", "@AdaQuill"},
		{"Ada Quill", "No one was hurt, he said.", "@adaquill"},
		{"Ada J. Quill", "No one was hurt, he said.", "@AdaQuill"},
		{"Ana Núñez", "Follow Ana on social media:", "@ananunez"},
		{"", "No one was hurt, he said.", "@AdaQuill"},
	} {
		in := "Ferry Lost Its Rudder\n\n"
		if tt.by != "" {
			in += "By " + tt.by + "\n\n"
		}
		in += "The Lenna ferry lost its rudder on Monday, the harbour master said.\n\n" + tt.prev + "\n\n" + tt.handle
		a = mustExtract(t, corroborate.Document{Source: "ferry.txt", Format: "text", Body: []byte(in)})
		if strings.Contains(a.Text, tt.handle) {
			t.Errorf("by %q, %q: Text %q, want the closing handle out", tt.by, tt.handle, a.Text)
		}
	}
}
