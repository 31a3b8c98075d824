package extract

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// TestFixMojibake covers text whose UTF-8 was read as Windows-1252 once or
// twice, composed or decomposed (NFD), and text with real accented letters,
// dashes and curly quotes that must stay as it is. Names are fictional.
func TestFixMojibake(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Mayor Inés PeÃ±a Vidal", "Mayor Inés Peña Vidal"},
		{"we donâ€™t know", "we don’t know"},
		{"â€œNot this year,â€\u009d she said", "“Not this year,” she said"},
		{"Arturo SarukhÃƒÂ¡n", "Arturo Sarukhán"},                       // encoded twice
		{"Arturo SarukhA\u0303\u0083A\u0302\u00a1n", "Arturo Sarukhán"}, // twice, then decomposed
		{"café — “yes”… naïve résumé", "café — “yes”… naïve résumé"},
		{"Marie SA\u0303\u0083A\u0302\u00a9golA\u0303\u0083 \u0308ne", "Marie Ségolène"}, // "¨" taken apart by NFKD
		{"the Ã‰cole Normale on HauptstraÃŸe", "the École Normale on Hauptstraße"},
		{"Mayor PaweÅ‚ DÄ…browski of GdaÅ„sk, JiÅ™í DvoÅ™ák, GyÅ‘zÅ‘ KÅ‘rösi", "Mayor Paweł Dąbrowski of Gdańsk, Jiří Dvořák, Győző Kőrösi"},
		{"arrivé Ã\u00a0 Paris Ã\u00a0 midi, voilÃ\u00a0.", "arrivé à Paris à midi, voilà."},
		{"at SÃ© Cathedral, Rui SÃ¡", "at Sé Cathedral, Rui Sá"},
		{"the Ãƒâ€°cole", "the École"}, // a capital's pair encoded twice
		{"it wasnâ€™t over â€” Ã¢â‚¬Å“not yetâ€\u009d", "it wasn’t over — “not yet”"}, // an opening mark encoded twice
		{"the village of Å’s harbour", "the village of Å’s harbour"},                  // a name's possessive
		{"é——", "é——"}, // would read as a Chinese character
		{"the banner read “AMANHÃ” and «IRMÃ»", "the banner read “AMANHÃ” and «IRMÃ»"},
		{"château … ”JA PÅ” … FERMÉ… «PERCHÈ» CAFFÈ™ “GENÇ” Å–Tind Å’s Ä…", "château … ”JA PÅ” … FERMÉ… «PERCHÈ» CAFFÈ™ “GENÇ” Å–Tind Å’s Ä…"},
		{"“ATÉ AMANHÃ…”", "“ATÉ AMANHÃ…”"}, // no chain: "Ã…" is no "Å"
		{"São Paulo and Ærø", "São Paulo and Ærø"},
		{"Cafe\u0301 Lume", "Cafe\u0301 Lume"}, // decomposed, no mojibake: its form is kept
	}
	for _, c := range cases {
		if got := RepairMojibake(c.in); got != c.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTextMojibakeRepaired: a text document's body is repaired before
// anything reads it, so a name with mojibake is one name.
func TestTextMojibakeRepaired(t *testing.T) {
	doc := corroborate.Document{Source: "m.txt", Format: "text", Body: []byte("Port fees rise\n\nHarbour chief Inés PeÃ±a Vidal said the fees would rise in May. Â\n")}
	a, err := Extract(doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Inés Peña Vidal said") || strings.Contains(a.Text, "Ã") {
		t.Errorf("text not repaired: %q", a.Text)
	}
}
