package reuse

import (
	"testing"
	"unicode/utf8"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCredits(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []corroborate.Credit // Start/End checked through Cue
	}{
		{"reports X", "The mayor closed the bridge on Friday, reports the Associated Press.",
			[]corroborate.Credit{{Outlet: "Associated Press", Cue: "reports the Associated Press"}}},
		{"according to X", "The repairs will cost $4 million, according to Reuters.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "according to Reuters"}}},
		{"according to X after a dash", "At first the accounts differed—according to Reuters, the keeper rowed alone. Others said–according to the Harbor Courier–he had help.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "according to Reuters"}, {Outlet: "Harbor Courier", Cue: "according to the Harbor Courier"}}},
		{"X reported", "Engineers found cracks in two piers, the Harbor Courier reported.",
			[]corroborate.Credit{{Outlet: "Harbor Courier", Cue: "the Harbor Courier reported"}}},
		{"as X noted", "As the AP noted, the bridge is the only road to the island.",
			[]corroborate.Credit{{Outlet: "Associated Press", Cue: "As the AP noted"}}},
		{"From the X:", "From the AP:\n\nThe bridge carries 9,000 cars a day.",
			[]corroborate.Credit{{Outlet: "Associated Press", Cue: "From the AP:"}}},
		{"dateline", "PORTVILLE (Reuters) — The town council met on Monday.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "(Reuters) —"}}},
		{"dateline in capitals", "LONDON (REUTERS) - The town council met on Monday.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "(REUTERS) -"}}},
		// no-break spaces, as many pages set them beside names
		{"no-break spaces", "The\u00a0Harbor Courier\u00a0was first to report the closure, and the repairs will cost $4 million, according to\u00a0Reuters.",
			[]corroborate.Credit{{Outlet: "Harbor Courier", Cue: "The\u00a0Harbor Courier\u00a0was first to report"}, {Outlet: "Reuters", Cue: "according to\u00a0Reuters"}}},
		{"no-break spaces and invalid bytes", "Caf\xe9\u00a0owners were told on Friday, reports\u202fthe Associated Press.",
			[]corroborate.Credit{{Outlet: "Associated Press", Cue: "reports\u202fthe Associated Press"}}},
		{"X news agency reported", "Three buildings were seized on Sunday, Interfax news agency reported, citing police.",
			[]corroborate.Credit{{Outlet: "Interfax", Cue: "Interfax news agency reported"}}},
		{"said to X", "The ferry line will be sold this week, its founder said to Reuters on Monday.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "said to Reuters"}}},
		{"asked by X", "When asked by CNN about the closure, the mayor said the bridge was unsafe.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "asked by CNN"}}},
		{"told X", "\"We had no choice,\" the mayor told CNN on Sunday.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "told CNN"}}},
		{"told X's show", "The mayor told CNN’s morning show that repairs would start soon.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "told CNN"}}},
		{"contributed", "The Washington Post contributed to this report.",
			[]corroborate.Credit{{Outlet: "Washington Post", Cue: "The Washington Post contributed to this report"}}},
		{"via X", "A ferry will run every hour (via Axios).",
			[]corroborate.Credit{{Outlet: "Axios", Cue: "via Axios"}}},
		{"h/t", "Read the whole story. h/t: The Hill",
			[]corroborate.Credit{{Outlet: "The Hill", Cue: "h/t: The Hill"}}},
		{"two outlets", "The vote was 5-2, according to Reuters and the Associated Press.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "according to Reuters"},
				{Outlet: "Associated Press", Cue: "according to Reuters and the Associated Press"}}},
		{"outlet with a number", "Channel 9 News first reported the closure.",
			[]corroborate.Credit{{Outlet: "Channel 9 News", Cue: "Channel 9 News first reported"}}},
		{"an outlet unknown to the list", "The ferry is free, the Lakeside Gazette reported.",
			[]corroborate.Credit{{Outlet: "Lakeside Gazette", Cue: "the Lakeside Gazette reported"}}},
		{"wire sign-off", "Associated Press writers Ana Ruiz and Tom Berg contributed to this report.",
			[]corroborate.Credit{{Outlet: "Associated Press", Cue: "Associated Press writers Ana Ruiz and Tom Berg contributed to this report"}}},
		{"a name holding another outlet's", "The ferry sank, according to The Times of India.",
			[]corroborate.Credit{{Outlet: "Times of India", Cue: "according to The Times of India"}}},
		{"X reported that", "The Times of India reported that the ferry sank.",
			[]corroborate.Credit{{Outlet: "Times of India", Cue: "The Times of India reported"}}},
		{"a report in X", "According to a report in The Times of India, the ferry sank.",
			[]corroborate.Credit{{Outlet: "Times of India", Cue: "According to a report in The Times of India"}}},
		{"told X, one word", "\"We rowed all night,\" the pilot told TarnNews.",
			[]corroborate.Credit{{Outlet: "TarnNews", Cue: "told TarnNews"}}},
		{"interview to X", "The pilot gave an interview to Tarn News on Monday.",
			[]corroborate.Credit{{Outlet: "Tarn News", Cue: "interview to Tarn News"}}},
		{"explained to X", "He explained to Tarn News: the rope snapped.",
			[]corroborate.Credit{{Outlet: "Tarn News", Cue: "explained to Tarn News"}}},
		{"told the website X", "The pilot told the website TarnNews that the rope snapped.",
			[]corroborate.Credit{{Outlet: "TarnNews", Cue: "told the website TarnNews"}}},
		{"Courtesy: X", "Photo of the ferry. Courtesy: TarnNews",
			[]corroborate.Credit{{Outlet: "TarnNews", Cue: "Courtesy: TarnNews"}}},
		{"according to The Mirror", "According to The Mirror, the ferry was late.",
			[]corroborate.Credit{{Outlet: "Daily Mirror", Cue: "According to The Mirror"}}},
		// Credit lines name an outlet whatever its name.
		{"Via line", "The ferry will run all summer.\nVia Skerry Wire Digest",
			[]corroborate.Credit{{Outlet: "Skerry Wire Digest", Cue: "Via Skerry Wire Digest"}}},
		{"VIA: line", "The ferry will run all summer.\n\nVIA: Quarrypoint",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "VIA: Quarrypoint"}}},
		{"Sources: line", "The ferry will run all summer.\nSources: Tarn Valley Press, Skarnpost",
			[]corroborate.Credit{{Outlet: "Tarn Valley Press", Cue: "Sources: Tarn Valley Press"},
				{Outlet: "Skarnpost", Cue: "Skarnpost"}}},
		{"Source line in lower case", "The ferry will run all summer.\nSource quarrypoint, Skerrywire",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "Source quarrypoint"},
				{Outlet: "Skerrywire", Cue: "Skerrywire"}}},
		{"originally appeared at", "The ferry sank.\n\nThis article originally appeared at Reuters. Copyright 2031.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "originally appeared at Reuters"}}},
		{"appeared in an edition", "Editor's Note: This story appeared in Saturday's edition of the Portville Mail on Sunday.\nThe ferry sank.",
			[]corroborate.Credit{{Outlet: "Portville Mail on Sunday", Cue: "appeared in Saturday's edition of the Portville Mail on Sunday"}}},
		{"first published by", "This piece was first published by Quarrypoint and is shared with permission.",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "first published by Quarrypoint"}}},
		// A name a credit line gives is an outlet in the text's prose too.
		{"says a report from X", "The ferry line may be sold, says a report from Quarrypoint, citing a source.\nVIA: Quarrypoint",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "says a report from Quarrypoint"}, {Outlet: "Quarrypoint", Cue: "VIA: Quarrypoint"}}},
		{"according to a Saturday X report", "According to a Saturday Quarrypoint report, the ferry line may be sold.\nSource: Quarrypoint",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "According to a Saturday Quarrypoint report"}, {Outlet: "Quarrypoint", Cue: "Source: Quarrypoint"}}},
		{"told X", "A source has told Quarrypoint that the ferry line may be sold.\n\nVia Quarrypoint",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "told Quarrypoint"}, {Outlet: "Quarrypoint", Cue: "Via Quarrypoint"}}},
		{"site, citing", "Quarrypoint.com, citing an unnamed source, said an offer could come this week.",
			[]corroborate.Credit{{Outlet: "Quarrypoint.com", Cue: "Quarrypoint.com, citing"}}},
		{"lower-case site", "The ferry line may be sold, according to quarrypoint.com.",
			[]corroborate.Credit{{Outlet: "quarrypoint.com", Cue: "according to quarrypoint.com"}}},
		{"known outlet's host", "The ferry line may be sold, according to nytimes.com.",
			[]corroborate.Credit{{Outlet: "New York Times", Cue: "according to nytimes.com"}}},
		{"an address is no credit", "Send tips to desk@quarrypoint.com or read more at quarrypoint.com.", nil},
		{"told news website X", "The line may be sold, a source told news website Quarrypoint.",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "told news website Quarrypoint"}}},
		{"told a site named so", "The pilot told Skarnnews that the rope snapped.",
			[]corroborate.Credit{{Outlet: "Skarnnews", Cue: "told Skarnnews"}}},
		{"X on Sunday reported", "The ferry sank, the Portville Mail on Sunday reported.",
			[]corroborate.Credit{{Outlet: "Portville Mail on Sunday", Cue: "the Portville Mail on Sunday reported"}}},
		// Dates, bodies and references are not credits.
		{"a date", "The ferry sank off Skarn island, media reported November 24.", nil},
		{"a weekday", "The ferry sank, officials reported Monday.", nil},
		{"an unknown name without a credit line", "The ferry line may be sold, according to Quarrypoint.", nil},
		{"Source: a body", "Ferry passengers by month.\nSource: NATO", nil},
		{"Source: a picture", "The ferry at dawn.\nSource: Getty Images", nil},
		{"citing a section", "The council closed the pier, citing Section 8 of the harbor code.", nil},
		{"a report referred to", "That follows a Fox News report that the pier was unsafe.", nil},
		// Organisations that are not outlets are never credits.
		{"ACLU", "The plan is unlawful, according to the American Civil Liberties Union.", nil},
		{"agency", "The closure was approved, according to the Department of Transportation.", nil},
		{"vice president", "Repairs will start in May, according to Vice President Ann Cole.", nil},
		{"person", "\"It is a disaster,\" said Peter Vance of the Harbor Boating Club.", nil},
		{"told reporters", "The mayor told reporters the bridge would reopen in June.", nil},
		{"name without a cue", "The Associated Press is a news agency based in New York.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Credits(tt.text)
			for i, c := range got {
				if tt.text[c.Start:c.End] != c.Cue {
					t.Errorf("credit %d: text[%d:%d] = %q, want the cue %q", i, c.Start, c.End, tt.text[c.Start:c.End], c.Cue)
				}
				got[i].Start, got[i].End = 0, 0
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Credits(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestCanonicalOutlet(t *testing.T) {
	ix := newAliasIndex()
	tests := []struct{ in, want string }{
		{"AP", "Associated Press"},
		{"The Associated Press", "Associated Press"},
		{"apnews.com", "Associated Press"},
		{"www.nytimes.com", "New York Times"},
		{"The New York Times", "New York Times"},
		{"The Harbor Courier", "Harbor Courier"},
		{"Harbor Courier (Online News)", "Harbor Courier"},
		{"CBS News (Online)", "CBS News"},
		{"Calder Post (Opinion)", "Calder Post"}, // its opinion pages are its own text
		{"Pink News", "PinkNews"},
		{"The Times of India", "Times of India"},
	}
	for _, tt := range tests {
		if got, _ := ix.canonical(tt.in); got != tt.want {
			t.Errorf("canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !ix.sameOutlet("AP", "Associated Press") || ix.sameOutlet("Reuters", "Associated Press") {
		t.Errorf("sameOutlet: AP and Associated Press should match, Reuters and Associated Press should not")
	}
}

// A source speaking to an outlet is the writer's own interview when the
// article's outlet is unknown, unless another article of the story credits
// that outlet too: two outlets cannot both be Harbor Radio.
func TestSourcingSharedByTheStoryIsACredit(t *testing.T) {
	a := mkArticle(t, "a", "", "", `The keeper rowed through the gale. "The sea was calmer than it looked," he told Harbor Radio on Wednesday.`)
	b := mkArticle(t, "b", "", "", `A keeper saved four divers. He told Harbor Radio that he had rowed for two hours in the dark.`)
	c := mkArticle(t, "c", "", "", `Four divers are safe after a night rescue off Skarn island, officials said.`)
	res := Analyze([]corroborate.Article{a, c}, nil, Options{})
	if len(res.Credits[0]) != 0 {
		t.Errorf("one article's own interview: credits %v, want none", res.Credits[0])
	}
	res = Analyze([]corroborate.Article{a, b, c}, nil, Options{})
	for i := range 2 {
		if len(res.Credits[i]) != 1 || res.Credits[i][0].Outlet != "Harbor Radio" {
			t.Errorf("article %d: credits %v, want one to Harbor Radio", i, res.Credits[i])
		}
	}
}

// The outlets a story credits unknown to the directory keep one spelling
// across its articles.
func TestStorySpellsAnOutletOneWay(t *testing.T) {
	a := mkArticle(t, "a", "", "", "The ferry sank at dawn, Skarn News reported. Skarn News said four were rescued.")
	b := mkArticle(t, "b", "", "", "Four divers were rescued, SKARN News reported on Tuesday.")
	c := mkArticle(t, "c", "", "", "The ferry sank.\nSources: SkarnNews, Tarn Valley Press")
	res := Analyze([]corroborate.Article{a, b, c}, nil, Options{})
	for i, cs := range res.Credits {
		for _, cr := range cs {
			if nameKey(cr.Outlet) == "skarnnews" && cr.Outlet != "Skarn News" {
				t.Errorf("article %d credits %q (%q), want the story's spelling Skarn News", i, cr.Outlet, cr.Cue)
			}
		}
	}
	if len(res.Credits[1]) != 1 || len(res.Credits[2]) != 2 {
		t.Errorf("credits %v, want one in b and two in c", res.Credits)
	}
}

// plainSpaces maps every offset of the plain text back to the text's: each
// plain byte is the text's byte there, or a plain space for a wide one.
func TestPlainSpacesOffsets(t *testing.T) {
	text := "The\u00a0Post\u202freported \xe9 on\u2007Monday\u00a0\u00a0x"
	plain, nb := plainSpaces(text)
	if plain != "The Post reported \xe9 on Monday  x" {
		t.Fatalf("plain = %q", plain)
	}
	for p := 0; p < len(plain); p++ {
		o := nb.orig(p)
		if plain[p] == ' ' && text[o] != ' ' {
			if r, _ := utf8.DecodeRuneInString(text[o:]); r != '\u00a0' && r != '\u202f' && r != '\u2007' {
				t.Errorf("plain %d (space) maps to %d, %q", p, o, text[o:])
			}
			continue
		}
		if text[o] != plain[p] {
			t.Errorf("plain %d %q maps to %d %q", p, plain[p], o, text[o])
		}
	}
	if nb.orig(len(plain)) != len(text) {
		t.Errorf("end maps to %d, want %d", nb.orig(len(plain)), len(text))
	}
	if _, nb := plainSpaces("no wide spaces"); nb != nil {
		t.Errorf("a text without wide spaces has a map: %v", nb)
	}
}
