package claims

import "testing"

// A figure opening its clause belongs to the verb after the phrase that
// follows it ("Three ferry terminals on the north shore of Kessel have been
// closed"), so two such sentences differing on the figure are a sure
// conflict; a relative clause's verb is not the figure's.
func TestFigureVerbPastPhrase(t *testing.T) {
	const a = "Three ferry terminals on the north shore of Kessel have been closed because of the storm, the harbour office said."
	const b = "Two ferry terminals on the north shore of Kessel have been closed because of the storm, the harbour office said."
	sureNumberConflict(t, true, article("a", "Lenna Post", a), article("b", "Tarn Courier", b))
	s := "Five ferry terminals in Kessel which the council runs have closed."
	toks := tokenize(s, 0, len(s))
	for _, f := range figures(s, toks) {
		if v := figVerb(s, toks, figTok(toks, f), f); v != "" {
			t.Errorf("%q: verb %q, want none (a relative clause's)", f.surface, v)
		}
	}
}
