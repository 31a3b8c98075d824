package reuse

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Credits that are no credits, and credits whose shape the name alone
// does not give.
func TestCreditShapes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []corroborate.Credit
	}{
		{"X is reporting that", "The Lenna Gazette is reporting that the skipper learned why the ferry sank.",
			[]corroborate.Credit{{Outlet: "Lenna Gazette", Cue: "The Lenna Gazette is reporting"}}},
		{"X has been reporting", "Harbour Wire has been reporting on the ferry line for years, and the skipper now says it will close.",
			[]corroborate.Credit{{Outlet: "Harbour Wire", Cue: "Harbour Wire has been reporting"}}},
		{"according to an entertainment site", "The singer Ona Vell is engaged to her drummer, according to Digital Spy.",
			[]corroborate.Credit{{Outlet: "Digital Spy", Cue: "according to Digital Spy"}}},
		{"told an entertainment column", "\"We are thrilled,\" Vell told Page Six on Friday.",
			[]corroborate.Credit{{Outlet: "Page Six", Cue: "told Page Six"}}},
		{"told a magazine", "\"We met on the ferry,\" Vell told People magazine.",
			[]corroborate.Credit{{Outlet: "People", Cue: "told People"}}},
		{"people, not the magazine", "People who live by the harbour said the ferry was late again.", nil},
		{"people saying, not the magazine", "People said the ferry was late again.", nil},
		{"people reporting, not the magazine", "The ferry was late again. People reported long queues at the pier.", nil},
		{"the magazine reporting", "People magazine reported that Vell is engaged.",
			[]corroborate.Credit{{Outlet: "People", Cue: "People magazine reported"}}},
		{"reporting in the middle of a line", "The Harbour Post reporting team won a prize for its ferry stories.", nil},
		{"an outlet in the news, acting", "On Tuesday, NBC confirmed it had dropped plans for a quiz show set on the island.", nil},
		{"an outlet saying what it will do", "CNN said on Monday that it would close its Lisbon bureau.", nil},
		{"an outlet confirming a fact", "CNN confirmed the ferry had sunk.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "CNN confirmed"}}},
		{"an agency saying what it has seen", "Reuters said it had seen the harbour master's letter.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "Reuters said"}}},
		{"an outlet telling of its reporting", "CNN said it had obtained the harbour master's letter.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "CNN said"}}},
		{"an outlet's reporters", "NBC News said its reporters saw the ferry leave at dawn.",
			[]corroborate.Credit{{Outlet: "NBC News", Cue: "NBC News said"}}},
		{"affiliate X reported", "The owner was fined $2,000, CNN affiliate WKRT reported.",
			[]corroborate.Credit{{Outlet: "WKRT", Cue: "WKRT reported"}}},
		{"someone's own website", "The licence has expired, but on her website Vell says the wedding will go ahead in May.", nil},
		{"spoke to X", "The skipper spoke to CNN on Friday about the rescue.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "spoke to CNN"}}},
		{"a closing source line", "\"The sea was flat when we left,\" the skipper said. - Daily Mirror",
			[]corroborate.Credit{{Outlet: "Daily Mirror", Cue: "- Daily Mirror"}}},
		{"a source line of its own", "The ferry will run again in May.\n\n— The Harbour Gazette",
			[]corroborate.Credit{{Outlet: "Harbour Gazette", Cue: "— The Harbour Gazette"}}},
		{"an author's signature", "The ferry will run again in May.\n\n— Ana Ruiz", nil},
		{"a figure's source line", "Near misses rose to 92 last year.\nSource: The Harbour Safety Board", nil},
		{"a body among the sources", "Near misses rose to 92 last year.\nSources: Skarn Post, Harbour Aid Foundation",
			[]corroborate.Credit{{Outlet: "Skarn Post", Cue: "Sources: Skarn Post"}}},
		{"a party among the sources", "Near misses rose to 92 last year.\nSources: Skarn Post, Harbour Green Party",
			[]corroborate.Credit{{Outlet: "Skarn Post", Cue: "Sources: Skarn Post"}}},
		{"a body before the source", "Near misses rose to 92 last year.\nSources: Harbour Aid Foundation, Skarn Post",
			[]corroborate.Credit{{Outlet: "Skarn Post", Cue: "Sources: Harbour Aid Foundation, Skarn Post"}}},
		{"a publishing company as the source", "Near misses rose to 92 last year.\nSource: Calder Publishing Company",
			[]corroborate.Credit{{Outlet: "Calder Publishing Company", Cue: "Source: Calder Publishing Company"}}},
		{"a publishing group as the source", "Near misses rose to 92 last year.\nSource: Lenna Publishing Group",
			[]corroborate.Credit{{Outlet: "Lenna Publishing Group", Cue: "Source: Lenna Publishing Group"}}},
		{"a bank as a figure's source", "Near misses rose to 92 last year.\nSource: Harbour Savings Bank", nil},
		{"writes a body", "So writes the Hospital in a short note to the islanders.", nil},
		{"republished from X", "The ferry will run again in May.\n\nThis story is republished from Quarrypoint under a free licence.",
			[]corroborate.Credit{{Outlet: "Quarrypoint", Cue: "republished from Quarrypoint"}}},
		{"an adjective before the outlet's report", "The ferry line will close, according to a new Harbour Times report based on two sources.",
			[]corroborate.Credit{{Outlet: "Harbour Times", Cue: "according to a new Harbour Times report"}}},
		{"an outlet's poll", "Most islanders back the bridge, according to a recent CNN poll.",
			[]corroborate.Credit{{Outlet: "CNN", Cue: "according to a recent CNN poll"}}},
		{"a year before the outlet", "The ferry was sold once before, according to a 2004 Harbour Post article.",
			[]corroborate.Credit{{Outlet: "Harbour Post", Cue: "according to a 2004 Harbour Post article"}}},
		{"a news agency covered it", "Coastal International News Agency covered what the harbour master said.",
			[]corroborate.Credit{{Outlet: "Coastal International News Agency", Cue: "Coastal International News Agency covered"}}},
		{"a report on a news website", "A report on the Tarsa Kelm news website said the ferry was sold.",
			[]corroborate.Credit{{Outlet: "Tarsa Kelm", Cue: "report on the Tarsa Kelm"}}},
		{"a statement on a site", "\"The pier is closed,\" the council wrote in a statement on Harbourtimes.com, a site for local notices.",
			[]corroborate.Credit{{Outlet: "Harbourtimes.com", Cue: "in a statement on Harbourtimes.com"}}},
		{"a statement on a day", "The council said in a statement on Monday that the pier is closed.", nil},
		{"a Sunday title in capitals", "The ferry had been sold, The Mail On Sunday reported on its front page.",
			[]corroborate.Credit{{Outlet: "Daily Mail", Cue: "The Mail On Sunday reported"}}},
		{"a nationality, not a newspaper", "The ferry will be sold next year, the Norwegian newspaper wrote.", nil},
		{"tells X", "The skipper tells Harbourtimes.com that the ferry is safe.",
			[]corroborate.Credit{{Outlet: "Harbourtimes.com", Cue: "tells Harbourtimes.com"}}},
		{"writes X's reporter", "\"The pier is older than the town,\" writes Harbourtimes.com’s Ana Ruiz.",
			[]corroborate.Credit{{Outlet: "Harbourtimes.com", Cue: "writes Harbourtimes.com"}}},
		{"a description on a site", "Entries close in May, according to a description on the festival’s website Questra. The prize is $500.",
			[]corroborate.Credit{{Outlet: "Questra", Cue: "according to a description on the festival’s website Questra"}}},
		{"reports the paper of a nation", "It reports the Swedish Kvist and cites a column.",
			[]corroborate.Credit{{Outlet: "Kvist", Cue: "reports the Swedish Kvist"}}},
		{"writes the paper", "So writes the Kvist in a short item on Wednesday.",
			[]corroborate.Credit{{Outlet: "Kvist", Cue: "writes the Kvist"}}},
		{"writes the paper, a name like a nationality's", "So writes the Kelmi in a short item on Wednesday.",
			[]corroborate.Credit{{Outlet: "Kelmi", Cue: "writes the Kelmi"}}},
		{"a known paper whose name ends as a nationality's does", "So writes the Oregonian in a short item on Wednesday.",
			[]corroborate.Credit{{Outlet: "The Oregonian", Cue: "writes the Oregonian"}}},
		{"a paper's name ending in Statesman", "The ferry will be sold next year, the Skarn Statesman newspaper wrote.",
			[]corroborate.Credit{{Outlet: "Skarn Statesman", Cue: "the Skarn Statesman newspaper wrote"}}},
		{"told a business channel's host", "\"The port will stay open,\" Holm told Fox Business's Ana Ruiz on Monday.",
			[]corroborate.Credit{{Outlet: "Fox Business", Cue: "told Fox Business"}}},
		{"writes a person", "So writes the Pope in his letter to the islanders.", nil},
		{"writes a person described", "The port was ''a haven for smugglers,'' wrote the Quorra envoy at the time.", nil},
		{"writes a nation's envoy", "The port was ''a haven for smugglers,'' wrote the American envoy at the time.", nil},
		{"an outlet that covers someone", "The harbour master owns The Harbour Times, which has covered the ferry line for years.", nil},
		{"reports a body", "It reports the Pentagon and the harbour police.", nil},
		{"a body of a nation", "It reports the British Embassy in a short note.", nil},
		{"a closing source line in brackets", "The ferry will run again in May.\n\n[Harbour Times]",
			[]corroborate.Credit{{Outlet: "Harbour Times", Cue: "[Harbour Times]"}}},
		{"a closing site in brackets", "The ferry will run again in May.\n\n[harbourtimes.com]\n",
			[]corroborate.Credit{{Outlet: "harbourtimes.com", Cue: "[harbourtimes.com]"}}},
		{"a picture's platform in brackets", "A photo of the pier at dawn.\n[Instagram]", nil},
		{"a note in brackets", "The ferry will run again in May.\n[Updated]", nil},
		{"a bracketed cue", "The ferry will run again in May.\n[Image via The Harbour Times]",
			[]corroborate.Credit{{Outlet: "Harbour Times", Cue: "via The Harbour Times"}}},
		{"only a bracket", "[Harbour Times]", nil},
		{"a joint poll typed with a space after the hyphen", "Fear of ferry crime hit a four-year high, according to a Washington Post- ABC News poll released Friday.",
			[]corroborate.Credit{{Outlet: "Washington Post-ABC News", Cue: "according to a Washington Post- ABC News poll"}}},
		{"a dash after a place", "LENNA- Reuters said the ferry would be sold.",
			[]corroborate.Credit{{Outlet: "Reuters", Cue: "Reuters said"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Credits(tt.text)
			for _, c := range got {
				if tt.text[c.Start:c.End] != c.Cue {
					t.Errorf("cue %q does not stand at %d-%d", c.Cue, c.Start, c.End)
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(corroborate.Credit{}, "Start", "End"), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Credits(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
