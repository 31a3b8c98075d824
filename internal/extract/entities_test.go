package extract

import (
	"strings"
	"testing"
)

// A plain text that a page dump left HTML-escaped has its entities read,
// and an escaped tag goes like a bare one; a text that only names an
// ampersand keeps it.
func TestEscapedTextDecoded(t *testing.T) {
	in := "Ferry&#39;s last run to Orvell\n\n" +
		"Rescuers searched the bay on Friday. The ferry, which sank on May 3, &lt;a href=&quot;http://example.com/orvell/gallery&quot; target=&quot;_blank&quot;&gt;has not been raised.&lt;/a&gt;\n\n" +
		"&#39;We will find her&#39;\n\n" +
		"The harbour master said the search would go on &hellip; for weeks.\n"
	a := fromText(in, false, Options{})
	if a.Title != "Ferry's last run to Orvell" {
		t.Errorf("Title = %q", a.Title)
	}
	textHolds(t, a.Text, []string{
		"The ferry, which sank on May 3, has not been raised.",
		"'We will find her'",
		"go on … for weeks.",
	}, []string{"&lt;", "&quot;", "&#39;", "href", "</a>"})
}

// textHolds checks that text holds each of keep and none of gone.
func textHolds(t *testing.T, text string, keep, gone []string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(text, k) {
			t.Errorf("text lacks %q:\n%s", k, text)
		}
	}
	for _, g := range gone {
		if strings.Contains(text, g) {
			t.Errorf("text keeps %q:\n%s", g, text)
		}
	}
}

func TestUnescapedAmpersandKept(t *testing.T) {
	in := "Ferry line sold\n\nThe Orvell Ferry & Barge Co. was sold to P&O;s rival AT&T Marine, the R&D arm said; fares &c. stay.\n"
	a := fromText(in, false, Options{})
	if want := "The Orvell Ferry & Barge Co. was sold to P&O;s rival AT&T Marine, the R&D arm said; fares &c. stay."; a.Text != want {
		t.Errorf("Text = %q, want %q", a.Text, want)
	}
}
