package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Two leads written independently about one event share the phrases any
// report of it has ("found dead in his", "an apparent suicide, hours
// after", "approved his extradition to"). That is not reuse, however short
// the texts.
func TestParaphrasedLeadsAreNotReuse(t *testing.T) {
	a := "Antique-clock collector Oren Vaske has been found dead in his cell in Calder from an apparent suicide, hours after the island's highest court approved his extradition to the mainland, where he was wanted on fraud charges. Vaske, 71, had built a museum of ship clocks in Portville..."
	b := "Oren Vaske, the founder of the Vaske clock museum, was found dead in his jail cell near Portville in an apparent suicide Wednesday, hours after a Calder court approved his extradition to the mainland to face fraud charges, prison officials said. He was 71..."
	arts := []corroborate.Article{mkArticle(t, "a", "Harbor Courier", "", a), mkArticle(t, "b", "Island Weekly", "", b)}
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 0 {
		t.Errorf("paraphrased leads: %d reuse edges (%v), want none", len(res.Reuse), evidence(res.Reuse))
	}
}

// A long verbatim run is reuse even in a short text, and so are several
// shorter runs across sentences.
func TestSharedRunsAreReuse(t *testing.T) {
	origin := "The Maritime Safety Board on Tuesday approved a tidal-powered lighthouse design that engineers in Portville spent six years testing against winter storms. The first tower will rise at the mouth of the harbor next spring."
	long := "Big news for sailors. A tidal-powered lighthouse design that engineers in Portville spent six years testing against winter storms has been cleared..."
	several := "Regulators cleared the tower. Engineers in Portville spent six years testing it, and the first tower will rise at the mouth of the harbor next spring..."
	for name, copy := range map[string]string{"one long run": long, "several runs": several} {
		arts := []corroborate.Article{mkArticle(t, "origin", "Harbor Courier", "2024-05-06T18:00:00Z", origin),
			mkArticle(t, "copy", "Island Weekly", "2024-05-07T08:00:00Z", copy)}
		res := Analyze(arts, nil, Options{})
		if len(res.Reuse) != 1 || res.Reuse[0].From != "origin" {
			t.Errorf("%s: reuse %v, want origin → copy", name, summarize(res.Reuse))
		}
	}
}

// One article quotes a union's statement; another quotes it too and retells
// part of it in the statement's own words. Neither copied the other.
func TestStatementQuotedOnOneSideIsNotReuse(t *testing.T) {
	a := `The harbor pilots' union confirmed the death of Captain Ilse Marren on Friday.

In a statement, the union said: "It is with deep sorrow that we learned this morning of the death of our colleague Ilse Marren, chief pilot of the Portville harbor station, who guided container ships through the northern channel for twenty years and trained most of the young pilots now working on the river.

"On this day of mourning for the whole port, every pilot feels the loss of one of our own."

The port authority lowered its flags to half-mast on Friday morning, and the ferries sounded their horns at noon. A memorial service will be held at the seamen's chapel next week.`
	b := `Captain Ilse Marren, chief pilot of the Portville harbor station, who guided container ships through the northern channel for twenty years and trained most of the young pilots now working on the river, died on Thursday night, her family said.

Her union wrote: "It is with deep sorrow that we learned this morning of the death of our colleague Ilse Marren. On this day of mourning for the whole port, every pilot feels the loss of one of our own."`
	arts := []corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 0 {
		t.Errorf("a statement both quote: %d reuse edges (%v), want none", len(res.Reuse), evidence(res.Reuse))
	}
}

// An article that introduces a block with "<Outlet> reports:" took the
// block from elsewhere: when the other article's outlet is unknown, it is
// the origin, and the credit is no miscredit (it may name the origin).
func TestBlockQuoteIntroducedByACreditIsTheCopy(t *testing.T) {
	report := `The harbor master met the ferry company on Monday to discuss the winter timetable, a source familiar with the talks told Harbor Radio.

The idea of cutting the night crossing was never raised, according to the source. Instead, only a one-off crossing for the lantern festival was discussed at the meeting.

In addition, the source told Harbor Radio the meeting focused on the company's claim that the old timetable wasted fuel on empty evening runs.`
	blog := `Another day, another rumor about the ferries. It turns out the night crossing is safe after all.

Harbor Radio reports:

The harbor master met the ferry company on Monday to discuss the winter timetable, a source familiar with the talks told Harbor Radio.

The idea of cutting the night crossing was never raised, according to the source. Instead, only a one-off crossing for the lantern festival was discussed at the meeting.

So much for the panic on the island's message boards this week, which went on for days and days.`
	// The blog comes first in the story and is the longer text.
	arts := []corroborate.Article{mkArticle(t, "blog", "", "", blog+"\n\n"+strings.Repeat("Readers wrote in all week about the ferries and the fares. ", 4)), mkArticle(t, "report", "", "", report)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	r := res.Reuse[0]
	if r.From != "report" || r.To != "blog" {
		t.Errorf("direction %s → %s, want report → blog; evidence %q", r.From, r.To, r.Evidence)
	}
	if len(r.Miscredits) != 0 {
		t.Errorf("miscredits %v, want none: the report's outlet is unknown and may be Harbor Radio", r.Miscredits)
	}
}

// Credits an article gives itself, or that only say a source spoke to an
// outlet, are not credits; an outlet named in full and in short is one.
func TestCreditsInContext(t *testing.T) {
	ix := outletIndex()
	outletsOf := func(body, outlet string) []string {
		p := prepare(0, mkArticle(t, "x", outlet, "", body), nil, ix, 4)
		var out []string
		for _, c := range p.credits {
			out = append(out, c.Outlet+": "+c.Cue)
		}
		return out
	}
	tests := []struct {
		name, body, outlet string
		want               []string
	}{
		{"own sourcing, outlet unknown", "The ferry will run all winter, a source told Harbor Radio on Monday.", "", nil},
		{"sourcing with the outlet's report credited", "Harbor Radio reports:\n\nThe ferry will run all winter, a source told Harbor Radio.", "",
			[]string{"Harbor Radio: Harbor Radio reports", "Harbor Radio: told Harbor Radio"}},
		{"sourcing in another outlet's article", "The ferry will run all winter, a source told Harbor Radio on Monday.", "Island Weekly",
			[]string{"Harbor Radio: told Harbor Radio"}},
		{"a site's preface", "Storm warning for the island\n\n21st Century Ledger says…\n\nThe ferries will stop again this winter.", "", nil},
		{"full and short name", "The closure was first reported by the Portville Post. The Post wrote that the piers had cracked.", "",
			[]string{"Portville Post: first reported by the Portville Post", "Portville Post: The Post wrote"}},
		{"a bare name, never given in full", "The council met again. The Post reported in April that the piers had cracked.", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outletsOf(tt.body, tt.outlet)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("credits = %q, want %q", got, tt.want)
			}
		})
	}
}

// Cues that name an outlet in other shapes.
func TestMoreCreditCues(t *testing.T) {
	tests := []struct{ text, outlet, cue string }{
		{"The pier collapsed on Sunday night, Canal 5 reported.", "Canal 5", "Canal 5 reported"},
		{"No one was hurt, the Spanish newspaper Voz Portena reported.", "Voz Portena", "Voz Portena reported"},
		{"According to Reuters Mr Kline also met the mayor.", "Reuters", "According to Reuters"},
		{"The plan was first revealed by the Washington Post late on Friday.", "Washington Post", "first revealed by the Washington Post"},
		{"Speaking to Harbor Mirror Online, the union confirmed the death.", "Harbor Mirror Online", "Speaking to Harbor Mirror Online"},
	}
	for _, tt := range tests {
		got := Credits(tt.text)
		if len(got) != 1 || got[0].Outlet != tt.outlet || got[0].Cue != tt.cue {
			t.Errorf("Credits(%q) = %+v, want %s via %q", tt.text, got, tt.outlet, tt.cue)
		}
	}
}
