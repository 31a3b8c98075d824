package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(s string) []string {
	var out []string
	for _, sp := range Sentences(s) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "The mill closed. Workers left.", []string{"The mill closed.", "Workers left."}},
		{"title abbrevs", "Sen. Ada Rowe met Dr. Ilse Marr. They spoke.", []string{"Sen. Ada Rowe met Dr. Ilse Marr.", "They spoke."}},
		{"state and month", "Letters went to Harlow, Calif., and Pike, N.M., by Aug. 18. The deadline holds.",
			[]string{"Letters went to Harlow, Calif., and Pike, N.M., by Aug. 18.", "The deadline holds."}},
		{"initials", "Mayor Jonas P. Whitcombe said no. He left.", []string{"Mayor Jonas P. Whitcombe said no.", "He left."}},
		{"us mid sentence", "People living in the U.S. illegally were named. The U.S. Senate voted.",
			[]string{"People living in the U.S. illegally were named.", "The U.S. Senate voted."}},
		{"us at end", "She moved to the U.S. The move was hard.", []string{"She moved to the U.S.", "The move was hard."}},
		{"quote split by attribution", "“We will not close,” Marr said. “Never.”", []string{"“We will not close,” Marr said.", "“Never.”"}},
		{"question in quote then lowercase", "\"Why now?\" she asked. Nobody knew.", []string{"\"Why now?\" she asked.", "Nobody knew."}},
		{"em dash dateline", "PIKE, N.M. — The mill closed. It was old.", []string{"PIKE, N.M. — The mill closed.", "It was old."}},
		{"newlines end sentences", "Headline without stop\nBody one. Body two.\n\n- a list item\n- another",
			[]string{"Headline without stop", "Body one.", "Body two.", "- a list item", "- another"}},
		{"decimal", "Rates rose 3.5 percent. Then fell.", []string{"Rates rose 3.5 percent.", "Then fell."}},
		{"footnote marker", "Only a third of the ledger survives.7 This copy was kept at Arden.", []string{"Only a third of the ledger survives.7", "This copy was kept at Arden."}},
		{"footnote marker after a quotation", "The clerks called it a “day book.”12 Its pages were ruled by hand.", []string{"The clerks called it a “day book.”12", "Its pages were ruled by hand."}},
		{"footnote marker ending the line", "Its pages were ruled by hand.14\nThe ink was brown.", []string{"Its pages were ruled by hand.14", "The ink was brown."}},
		{"no footnote", "The ferry No.2 Lark sails at 9.15 Monday. Fares rose 2.50 Tuesday.", []string{"The ferry No.2 Lark sails at 9.15 Monday.", "Fares rose 2.50 Tuesday."}},
		{"lost space", "The tide turned at dawn.The bridge held.", []string{"The tide turned at dawn.", "The bridge held."}},
		{"lost space before a quotation", "The tide turned at dawn.“The bridge held,” Ferrante said.", []string{"The tide turned at dawn.", "“The bridge held,” Ferrante said."}},
		{"lost space after a number", "Tolls rose to 1,000.That was Monday.", []string{"Tolls rose to 1,000.", "That was Monday."}},
		{"no lost space", "Mr.Ferrante met Dr.Lind at harbour.Example.org today.", []string{"Mr.Ferrante met Dr.Lind at harbour.Example.org today."}},
		{"time", "It opens at 9 a.m. Tuesday and closes at 5 p.m. The mayor came.", []string{"It opens at 9 a.m. Tuesday and closes at 5 p.m.", "The mayor came."}},
		{"empty", "   \n\n ", nil},
		{"quote spanning sentences with attribution", "“We are ready. The bridge stays shut,” Ferrante said. Work starts soon.",
			[]string{"“We are ready. The bridge stays shut,” Ferrante said.", "Work starts soon."}},
		{"straight quote spanning sentences", "\"Pike is open. We do not close,\" the chief said. Then he left.",
			[]string{"\"Pike is open. We do not close,\" the chief said.", "Then he left."}},
		{"standalone multi-sentence quote splits", "“We are ready. The bridge stays shut.” Ferrante left.",
			[]string{"“We are ready.", "The bridge stays shut.”", "Ferrante left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func sentenceTextsIn(s, lang string) []string {
	var out []string
	for _, sp := range SentencesIn(s, lang) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

// TestSentencesIn holds one case of each rule that depends on the
// language or that the old splitter got wrong; the eval cases in
// internal/eval/sentences/testdata hold many more.
func TestSentencesIn(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string
	}{
		{"numbered list on one line", "en", "1. Close the bridge 2. Reroute the buses", []string{"1. Close the bridge", "2. Reroute the buses"}},
		{"list after a colon", "en", "Steps: a) fund it b) build it", []string{"Steps:", "a) fund it", "b) build it"}},
		{"lone number is no list", "en", "He finished 1. Then she finished 2. Nobody else did.", []string{"He finished 1.", "Then she finished 2.", "Nobody else did."}},
		{"bullets", "en", "Bring: • water • a map", []string{"Bring:", "• water", "• a map"}},
		{"dotted abbreviation then starter", "en", "They flew to the U.S. Then they left.", []string{"They flew to the U.S.", "Then they left."}},
		{"pronoun I", "en", "Nobody was as cold as I. The wind was strong.", []string{"Nobody was as cold as I.", "The wind was strong."}},
		{"web address", "en", "See www.example.org. It has the map.", []string{"See www.example.org.", "It has the map."}},
		{"temperature", "en", "It was -5 °C. Pipes froze.", []string{"It was -5 °C.", "Pipes froze."}},
		{"spanish title", "es", "Habló la Sra. Gómez con la prensa.", []string{"Habló la Sra. Gómez con la prensa."}},
		{"spanish p. ej.", "es", "Hay grietas, p. ej. Madrid tiene dos. Luego cerraron.", []string{"Hay grietas, p. ej. Madrid tiene dos.", "Luego cerraron."}},
		{"italian title", "it", "Ha parlato il Dott. Rossi ieri.", []string{"Ha parlato il Dott. Rossi ieri."}},
		{"italian ecc.", "it", "Caschi, coni ecc. Poi i salari.", []string{"Caschi, coni ecc.", "Poi i salari."}},
		{"german ordinal before month", "de", "Die Sitzung ist am 3. Mai in Berlin.", []string{"Die Sitzung ist am 3. Mai in Berlin."}},
		{"german ordinal", "de", "Sie wurden 2. Sieger. Dann feierten sie.", []string{"Sie wurden 2. Sieger.", "Dann feierten sie."}},
		{"german z. B.", "de", "Einige, z. B. Berlin, zahlen.", []string{"Einige, z. B. Berlin, zahlen."}},
		{"german closing quote", "de", "Er sagte: „Wir warten.“ Dann ging er.", []string{"Er sagte: „Wir warten.“", "Dann ging er."}},
		{"french guillemets", "fr", "Elle a dit : « Non. » Puis elle est partie.", []string{"Elle a dit : « Non. »", "Puis elle est partie."}},
		{"wrapped line", "en", "The mayor said it was a cold \nnight in the city.", []string{"The mayor said it was a cold \nnight in the city."}},
		{"short lines stay apart", "en", "Menu\nbridge news", []string{"Menu", "bridge news"}},
		{"ordinals only in german", "en", "The team came 3. The rest left.", []string{"The team came 3.", "The rest left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTextsIn(tt.in, tt.lang)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SentencesIn(%q, %q) mismatch (-want +got):\n%s", tt.in, tt.lang, diff)
			}
		})
	}
}
