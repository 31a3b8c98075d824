package reuse

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
	"github.com/google/go-cmp/cmp"
)

func TestTokenizeNormalises(t *testing.T) {
	tests := []struct{ a, b string }{
		{"the Department’s letters", "the Departments letters"},
		{"Sessions' latest", "sessions latest"},
		{"by Aug. 18", "by August 18"},
		{"CITY HALL", "city hall"},
		{"Zürich", "zürich"},
	}
	for _, tt := range tests {
		ta, tb := tokenize(tt.a), tokenize(tt.b)
		if len(ta) != len(tb) {
			t.Errorf("tokenize(%q) has %d tokens, tokenize(%q) %d", tt.a, len(ta), tt.b, len(tb))
			continue
		}
		for i := range ta {
			if ta[i].hash != tb[i].hash {
				t.Errorf("%q and %q differ at token %d: %q vs %q", tt.a, tt.b, i, tt.a[ta[i].start:ta[i].end], tt.b[tb[i].start:tb[i].end])
			}
		}
	}
}

func TestTokenizeSpansAndFlags(t *testing.T) {
	s := "The mayor’s plan: google_ad_width 468x60 costs $4.2 million for Latter-day Élan well-being."
	var got []string
	var flags []uint8
	for _, tk := range tokenize(s) {
		got = append(got, s[tk.start:tk.end])
		flags = append(flags, tk.flags)
	}
	want := []string{"The", "mayor’s", "plan", "google_ad_width", "468x60", "costs", "4", "2", "million", "for", "Latter", "day", "Élan", "well", "being"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("token spans (-want +got):\n%s", diff)
	}
	wantFlags := []uint8{fStop | fCapital, 0, 0, fNoise, fNoise, 0, 0, 0, 0, fStop, fCapital, fCapital, fCapital, 0, fStop}
	if diff := cmp.Diff(wantFlags, flags); diff != "" {
		t.Errorf("flags (-want +got):\n%s", diff)
	}
	for w := range stopwords {
		if len(w) > maxStopword {
			t.Errorf("stop word %q is longer than maxStopword %d", w, maxStopword)
		}
	}
}

func TestQuotedSpans(t *testing.T) {
	s := "He said “we will rebuild it” on Monday.\nShe added \"not this year\" and left.\n“An open quotation runs to the end of its paragraph\nNot further."
	var got []string
	for _, sp := range quotedSpans(s, text.Paragraphs(s)) {
		got = append(got, s[sp.Start:sp.End])
	}
	want := []string{"“we will rebuild it”", "\"not this year\"", "“An open quotation runs to the end of its paragraph"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotedSpans (-want +got):\n%s", diff)
	}
}

func TestBoilerplate(t *testing.T) {
	s := "The council met on Monday.\nLeave a Reply\nShare this story on Facebook\nThe vote was close, and residents who had signed up to speak waited four hours."
	var got []string
	for _, sp := range boilerplate(s, text.Paragraphs(s)) {
		got = append(got, s[sp.Start:sp.End])
	}
	// "signed up" is not "sign up": the last line stays.
	want := []string{"Leave a Reply", "Share this story on Facebook"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("boilerplate (-want +got):\n%s", diff)
	}
}

func TestCreditScope(t *testing.T) {
	s := "Intro line.\nFrom the AP:\nFirst quoted paragraph.\nSecond quoted paragraph.\nMcClatchy reported more.\nLast."
	ix := newAliasIndex()
	p := prepare(0, corroborate.Article{ID: "x", Text: s}, nil, ix, 4)
	if len(p.credits) != 2 {
		t.Fatalf("credits = %v, want From the AP: and McClatchy reported", p.credits)
	}
	got := creditScope(p, p.credits[0])
	if want := "From the AP:\nFirst quoted paragraph.\nSecond quoted paragraph."; s[got.Start:got.End] != want {
		t.Errorf("scope of 'From the AP:' = %q, want %q", s[got.Start:got.End], want)
	}
	got = creditScope(p, p.credits[1])
	if want := "McClatchy reported more."; s[got.Start:got.End] != want {
		t.Errorf("scope of 'McClatchy reported' = %q, want %q", s[got.Start:got.End], want)
	}
}
