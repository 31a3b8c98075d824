package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// A claim is worded by the sentence that reads best alone: no pronoun
// pointing back, a quotation with its speaker, named rather than a
// pronoun, no outlet's "our", no dateline; the leader when all read alike.
func TestBestWording(t *testing.T) {
	cases := []struct {
		name  string
		texts []string
		want  string
	}{
		{"pronoun opener", []string{"He is not eligible to sail again until 2031.", "Captain Ilse Brandt is not eligible to sail again until 2031."}, "Captain Ilse Brandt is not eligible to sail again until 2031."},
		{"speaker given", []string{`"We cannot confirm these reports."`, `"We cannot confirm these reports," a harbour spokeswoman said.`}, `"We cannot confirm these reports," a harbour spokeswoman said.`},
		{"outlet's voice with a contraction", []string{"When the crew came back I wasn't told the hull had cracked.", `"The crew never told me the hull had cracked," he said.`}, `"The crew never told me the hull had cracked," he said.`},
		{"outlet's voice", []string{"Our source said the ferry left Orvell at dawn.", "A deckhand said the ferry left Orvell at dawn."}, "A deckhand said the ferry left Orvell at dawn."},
		{"dateline", []string{"PORT VELL — The ferry board closed the night crossing on Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"agency dateline", []string{"LENNA (Tarn Wire) - The ferry board closed the night crossing on Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"a contracted pronoun opener", []string{"That's why the board shut the night crossing.", "The board shut the night crossing after the inspection."}, "The board shut the night crossing after the inspection."},
		{"a contracted pronoun opener, curly", []string{"She’s the captain who took the ferry out.", "Ilse Brandt is the captain who took the ferry out."}, "Ilse Brandt is the captain who took the ferry out."},
		{"it's, pointing nowhere", []string{"It's not known whether the pilot was aboard.", "Whether the pilot was aboard was never said by the board."}, "It's not known whether the pilot was aboard."},
		{"it is, pointing nowhere", []string{"It was not known whether the pilot was aboard.", "Whether the pilot was aboard was never said by the board."}, "It was not known whether the pilot was aboard."},
		{"leader on a tie", []string{"The ferry board closed the night crossing on Tuesday.", "The board closed the crossing Tuesday."}, "The ferry board closed the night crossing on Tuesday."},
		{"fragments only", []string{"The ferry, incidentally, turned out to be…"}, ""},
		{"a single-quoted quotation keeps its speaker", []string{"Deckhand Teo Marr said: ‘We knew the ferry was late.’", `"We knew the ferry was late."`}, "Deckhand Teo Marr said: ‘We knew the ferry was late.’"},
		{"a named speaker beats a pronoun", []string{`"The crossing stays shut until the hull is mended," he said.`, `"The crossing stays shut until the hull is mended," harbour master Ilse Brandt said.`}, `"The crossing stays shut until the hull is mended," harbour master Ilse Brandt said.`},
		{"a named speaker beats a pronoun and a credit", []string{`"The crossing stays shut until the hull is mended," he added, according to the Tarn Courier.`, `"The crossing stays shut until the hull is mended," Brandt added.`}, `"The crossing stays shut until the hull is mended," Brandt added.`},
		{"a named speaker beats a pronoun after the verb", []string{`"The crossing stays shut until the hull is mended," said she.`, `"The crossing stays shut until the hull is mended," she later said.`, `"The crossing stays shut until the hull is mended," said a harbour spokeswoman.`}, `"The crossing stays shut until the hull is mended," said a harbour spokeswoman.`},
		{"a pronoun beats no speaker", []string{`"The crossing stays shut until the hull is mended."`, `"The crossing stays shut until the hull is mended," she said.`}, `"The crossing stays shut until the hull is mended," she said.`},
		{"a name before the verb, a pronoun after it", []string{`In a briefing, Mayor Ada Holm said she and her staff were "ready to sit for as long as it takes to get a deal on the ferry."`, `"We are closer than ever to a deal on the ferry," Holm said.`}, `In a briefing, Mayor Ada Holm said she and her staff were "ready to sit for as long as it takes to get a deal on the ferry."`},
		{"a fragment names the speaker: the sentence that reads alone", []string{`"The crossing stays shut until the hull is mended," he said.`, `Harbour master Ilse Brandt said in the notice: "The crossing stays shut until the hull is mended and`, "The ferry board shut the crossing until the hull is mended."}, "The ferry board shut the crossing until the hull is mended."},
		{"a fragment names the speaker, nothing reads alone: the pronoun's", []string{`"The crossing stays shut until the hull is mended," he said.`, `Harbour master Ilse Brandt said in the notice: "The crossing stays shut until the hull is mended and`}, `"The crossing stays shut until the hull is mended," he said.`},
		{"a bare quotation gives way to a sentence that reads alone", []string{`"The crossing stays shut until the hull is mended."`, "The ferry board said the crossing stays shut until the hull is mended."}, "The ferry board said the crossing stays shut until the hull is mended."},
		{"a bare quotation gives way to a plain sentence", []string{`"The crossing stays shut until the hull is mended."`, "The crossing stays shut until the hull is mended, the notice on the pier reads."}, "The crossing stays shut until the hull is mended, the notice on the pier reads."},
		{"a pointing-back sentence does not beat a bare quotation", []string{`"The crossing stays shut until the hull is mended."`, "It stays shut until the hull is mended, the ferry board said."}, `"The crossing stays shut until the hull is mended."`},
		{"pronouns only: the leader", []string{`"The crossing stays shut until the hull is mended," he said.`, `"The crossing stays shut until the hull is mended," he added, according to the Tarn Courier.`}, `"The crossing stays shut until the hull is mended," he said.`},
		{"a pronoun speaker, then a named one reported: the pronoun's", []string{`"The crossing stays shut until the hull is mended," he said, adding that inspectors had told the crews to stay ashore.`, `"The crossing stays shut until the hull is mended," Brandt said.`}, `"The crossing stays shut until the hull is mended," Brandt said.`},
		{"no speaker at all: the leader", []string{`"The crossing stays shut until the hull is mended."`, `"The crossing stays shut until the hull is mended".`}, `"The crossing stays shut until the hull is mended."`},
		{"a named speaker that said it would", []string{`"The crossing stays shut until the hull is mended and signed off," he said, and the board would reopen it.`, `"The crossing stays shut until the hull is mended and signed off," the ferry board said, and it said it would reopen.`}, `"The crossing stays shut until the hull is mended and signed off," the ferry board said, and it said it would reopen.`},
	}
	for _, c := range cases {
		var ws []wording
		for _, t := range c.texts {
			ws = append(ws, newWording(t, 0, len(t), tokenize(t, 0, len(t))))
		}
		if got := bestWording(ws); got != c.want {
			t.Errorf("%s: bestWording = %q, want %q", c.name, got, c.want)
		}
	}
}

// The dateline that opens wire copy is no part of a claim's text.
func TestClaimTextWithoutDateline(t *testing.T) {
	body := "PORT VELL — The ferry board closed the night crossing to Orvell on Tuesday after inspectors found cracks in its hull.\n\nThe board will meet again in June."
	arts := []corroborate.Article{article("a", "Lenna Post", body), article("b", "Tarn Courier", body)}
	found := false
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, "closed the night crossing") {
			found = true
			if strings.HasPrefix(c.Text, "PORT VELL") {
				t.Errorf("claim text %q keeps its dateline", c.Text)
			}
		}
	}
	if !found {
		t.Fatal("no claim for the closure")
	}
}

// A colon dateline opens only its article's first sentence: further on,
// a name and a colon is a transcript's speaker, kept in the claim's text.
func TestTranscriptLabelStaysInClaimText(t *testing.T) {
	body := "RAMPUR: The ferry board met on Monday to hear the harbour master.\n\nHOLM: The ferry board closed the night crossing to Orvell on Tuesday after inspectors found cracks.\n\nVARGA: And when will it open again?"
	arts := []corroborate.Article{article("a", "Lenna Post", body), article("b", "Tarn Courier", body)}
	var got []string
	for _, c := range Find(arts, nil, Options{}).Claims {
		got = append(got, c.Text)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "HOLM: The ferry board closed") }) {
		t.Errorf("claims %q: want the closure with its speaker's label", got)
	}
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "The ferry board met on Monday") }) {
		t.Errorf("claims %q: want the first sentence without its dateline", got)
	}
}

// A quotation's claim is worded by a sentence of its articles that names
// the speaker, when one does, though the first sentence of each article
// giving it has only a pronoun or no speaker; with none naming the speaker,
// the wording stays the pronoun's.
func TestClaimTextNamesTheSpeaker(t *testing.T) {
	quote := `"We knew the night ferry was late again and nobody at the harbour office listened to the crew`
	a := "The night ferry ran aground off Orvell on Tuesday.\n\n" + quote + `," he said.` +
		"\n\nThe harbour office said it would look into the delays.\n\n" + quote + `," deckhand Teo Marr told the inquiry on Friday.`
	b := "The night ferry ran aground off Orvell on Tuesday, stranding forty passengers.\n\n" + quote + `."` +
		"\n\nThe ferry board will meet in June."
	c := "A ferry ran aground off Orvell on Tuesday.\n\n" + quote + `," she said.` + "\n\nThe board will meet in June."
	for _, tt := range []struct {
		name string
		arts []corroborate.Article
		want string
	}{
		{"a sentence names the speaker", []corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", b)}, quote + `," deckhand Teo Marr told the inquiry on Friday.`},
		{"only pronouns", []corroborate.Article{article("b", "Tarn Courier", b), article("c", "Orvell Herald", c)}, quote + `," she said.`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Find(tt.arts, nil, Options{}).Claims {
				if strings.Contains(c.Text, "nobody at the harbour office") {
					got = append(got, c.Text)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("claims on the quotation = %q, want [%q]", got, tt.want)
			}
		})
	}
}

// bestWording is the text bestIndex picks among ws, without its dateline;
// "" when every sentence is a fragment.
func bestWording(ws []wording) string {
	if i := bestIndex(ws); i >= 0 {
		return stripDateline(ws[i].text)
	}
	return ""
}

// A quotation that no article words with its speaker is worded with the
// sentence before it that names the speaker: the quotation it goes on
// from in the same paragraph, or the sentence naming whom "she said"
// stands for. The claim keeps its support, the quotation's sentences.
func TestQuotationWordedWithItsSpeaker(t *testing.T) {
	const (
		bare     = `"Our crews have done all they could for the old hull this season."`
		named    = `"The night crossing to Orvell will not run again this winter," harbour master Ilse Brandt said.`
		reports  = "Harbour master Ilse Brandt said the ferry would stay in dock at Port Vell until the spring thaw."
		pronoun  = `"We will not gamble with the lives of passengers on that strait," she said.`
		reports2 = "Ferry board chairman Olek Sand told reporters the board would meet the shipyard at Lenna in May."
		said     = "He said the repairs to the old hull would cost the board far more than its budget allows."
	)
	arts := []corroborate.Article{
		article("a", "Lenna Post", "The ferry board met on Tuesday to weigh the repairs.\n\n"+named+" "+bare+"\n\n"+reports+"\n\n"+pronoun),
		article("b", "Tarn Courier", "Inspectors found cracks in the hull of the Orvell ferry last week.\n\n"+bare+"\n\nThe board has asked the shipyard at Lenna for a new estimate.\n\n"+pronoun),
		article("c", "Vell Herald", reports2+"\n\n"+said),
		article("d", "Orvell Times", "The shipyard at Lenna has not yet answered the board.\n\n"+said),
	}
	res := Find(arts, nil, Options{})
	for _, c := range []struct{ quote, want string }{
		{bare, named + " " + bare},
		{pronoun, reports + " " + pronoun},
		{said, reports2 + " " + said},
	} {
		var got *corroborate.Claim
		for i := range res.Claims {
			if strings.Contains(res.Claims[i].Text, c.quote) {
				got = &res.Claims[i]
			}
		}
		if got == nil {
			t.Errorf("no claim of %q", c.quote)
			continue
		}
		if got.Text != c.want {
			t.Errorf("claim of %q worded %q, want %q", c.quote, got.Text, c.want)
		}
		if len(got.Support) != 2 {
			t.Errorf("claim of %q has support %v, want both articles", c.quote, got.Support)
		}
		for _, s := range got.Support {
			a := arts[strings.Index("abcd", s.Article)]
			if span := a.Text[s.Start:s.End]; strings.TrimSpace(span) != c.quote {
				t.Errorf("claim of %q supported by %q, want the quotation's sentence", c.quote, span)
			}
		}
	}
}

// A bare quotation keeps its own wording when the sentence before it is
// in another paragraph, names nobody or is no quotation of a named
// speaker: it is still a claim.
func TestBareQuotationStaysAClaim(t *testing.T) {
	const bare = `"Our crews have done all they could for the old hull this season."`
	arts := []corroborate.Article{
		article("a", "Lenna Post", `"The night crossing to Orvell will not run again this winter," harbour master Ilse Brandt said.`+"\n\n"+bare),
		article("b", "Tarn Courier", "Inspectors found cracks in the hull of the Orvell ferry last week. "+bare),
		article("c", "Vell Herald", "Harbour master Ilse Brandt said the repairs would cost more than planned. "+bare),
	}
	for _, c := range Find(arts, nil, Options{}).Claims {
		if strings.Contains(c.Text, "Our crews") {
			if c.Text != bare {
				t.Errorf("bare quotation worded %q, want %q", c.Text, bare)
			}
			if len(c.Support) != 3 {
				t.Errorf("bare quotation supported by %d articles, want 3", len(c.Support))
			}
			return
		}
	}
	t.Errorf("no claim of the bare quotation")
}

// First person outside quotation marks is the outlet's voice, whatever
// apostrophes the sentence has; inside single marks it is the speaker's.
func TestFirstPersonFault(t *testing.T) {
	for _, c := range []struct {
		s     string
		voice bool
	}{
		{"When the crew came back I wasn't told the hull had cracked.", true},
		{"Our reporter saw Marr's ferry leave at dawn.", true},
		{"Deckhand Teo Marr said: 'I saw the crack at dawn.'", false},
		{"Deckhand Teo Marr said: ‘I saw the crack at dawn.’", false},
		{"The ferry board said the crack was seen at dawn.", false},
	} {
		f, _ := wordingFaults(c.s, 0, len(c.s), tokenize(c.s, 0, len(c.s)))
		if got := f >= faultFirstPerson; got != c.voice {
			t.Errorf("%q: faults %d, outlet's voice %v, want %v", c.s, f, got, c.voice)
		}
	}
}

// A sentence in which "he" or "she" says something does not name whom it
// reports; one in which "it says" does not report a person.
func TestUnnamed(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"He said the repairs would cost far more than the board's budget.", true},
		{"The crossing shut on Tuesday, she later told reporters.", true},
		{"Ferry board chairman Olek Sand said the repairs would cost far more.", false},
		{"A ferry called the Gull really has to do what it says on the hull.", false},
		{`"The crossing stays shut," he said.`, true},
		{`"The crossing stays shut," Brandt said.`, false},
	} {
		w := newWording(c.s, 0, len(c.s), tokenize(c.s, 0, len(c.s)))
		if got := unnamed(w); got != c.want {
			t.Errorf("%q: unnamed %v, want %v", c.s, got, c.want)
		}
	}
}

// A sentence whose sayer is a capitalised common noun at its start
// ("Officials said") names no one, so it cannot name a quotation's
// speaker; a name at the start does.
func TestNamesSayer(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Officials said the crossing would stay shut.", false},
		{"Police said the crossing would stay shut.", false},
		{"Brandt said the crossing would stay shut.", true},
		{"Harbour master Ilse Brandt said the crossing would stay shut.", true},
	} {
		if got := namesSayer(tokenize(c.s, 0, len(c.s))); got != c.want {
			t.Errorf("namesSayer(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A quotation the articles give to different speakers is worded without
// naming either (not with the sentence before it that names one of them),
// and still words its claim when no such conflict is known.
func TestDisputedQuotationNamesNoSpeaker(t *testing.T) {
	const (
		quote  = `"We kept the ferry in dock because the strait was not safe," she said.`
		brandt = "Harbour master Ilse Brandt said the night crossing to Orvell would not run again this winter."
		sand   = "Ferry board chairman Olek Sand said the board would meet the shipyard at Lenna in May."
	)
	arts := []corroborate.Article{
		article("a", "Lenna Post", "The ferry board met on Tuesday to weigh the repairs.\n\n"+brandt+" "+quote),
		article("b", "Tarn Courier", "Inspectors found cracks in the hull of the Orvell ferry.\n\n"+sand+" "+quote),
	}
	claimOf := func(res Result) string {
		for _, c := range res.Claims {
			if strings.Contains(c.Text, quote) {
				return c.Text
			}
		}
		return ""
	}
	if got := claimOf(Find(arts, nil, Options{})); got != brandt+" "+quote && got != sand+" "+quote {
		t.Fatalf("with no conflict known the quotation is worded %q, want it with the sentence naming its speaker", got)
	}
	disputed := Options{DisputedQuotes: []string{"We kept the ferry in dock because the strait was not safe"}}
	if got := claimOf(Find(arts, nil, disputed)); got != quote {
		t.Errorf("a disputed quotation is worded %q, want %q (naming no speaker)", got, quote)
	}
}
