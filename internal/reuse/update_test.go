package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// The fixtures are fictional: fishermen blockade a port.

// blockade is an agency's Saturday story. Its outlet is given nowhere but
// in its own text: the desk's sign-off and the agency's own witness.
const blockade = `VELMAR, Ostria Fishing crews blockaded the port of Velmar with more than forty trawlers on Saturday, demanding that the government lift new catch limits on cod.

The trawlers moored side by side across the harbor mouth at dawn, leaving a single lane open for the ferry to the Skarn islands, a Reuters witness said.

Crews on the quay burned copies of the new rules and chanted for the fisheries minister to come to the port.

The catch limits, which took effect this month, cut the cod quota for small boats by a third and close two fishing grounds off the northern coast until the autumn.

The fishermen's union says the limits will force half of the port's family boats out of business within a year.

Harbor police told Reuters the protest was peaceful and that no arrests had been made by the evening.

(Writing by Ana Ros; Editing by Li Wei)`

// talks is the same agency's Sunday follow-up: its own news leads, and it
// retells Saturday's blockade; the background it took from the first story
// is a little longer, with a paragraph of its own between, so the hints of
// length and left-out text point the wrong way.
const talks = `VELMAR (Reuters) - Ostria's fisheries minister will meet the leaders of the Velmar fishing crews next week to discuss the new catch limits on cod, his ministry said on Sunday.

The minister, Tomas Verhey, told state radio he would not suspend the limits but was ready to hear proposals for the small boats.

Crews who tied up their boats across the harbor on Saturday night said they would stay until the talks begin.

The catch limits, which took effect earlier this month, cut the cod quota for small boats by a third and close two fishing grounds off the northern coast until the autumn.

Velmar lands a fifth of the country's cod, most of it from boats shorter than twelve meters that fish within a day's sail of the port.

The fishermen's union says the limits will force half of the port's family boats out of business within a year.

Ferries to the Skarn islands ran on time on Sunday morning, the port authority said.`

// An agency updating its own story: the Sunday follow-up takes its
// background from the Saturday story, which is the same agency's copy by
// its own text. The earlier news is the origin, and no copy is charged.
func TestAgencyUpdatingItsOwnStory(t *testing.T) {
	res, r := onlyReuse(t,
		mkArticle(t, "saturday", "", "", blockade),
		mkArticle(t, "sunday", "Reuters", "", talks),
	)
	if r.From != "saturday" || r.To != "sunday" {
		t.Fatalf("reuse %s -> %s, want saturday -> sunday; evidence %q", r.From, r.To, r.Evidence)
	}
	if !hasEvidence(r, "saturday published first, by its news: its lead tells of Saturday") {
		t.Errorf("evidence %q, want the news days", r.Evidence)
	}
	if r.SameOutlet != "Reuters" || r.Credited {
		t.Errorf("same outlet %q, credited %v; want Reuters and no credit", r.SameOutlet, r.Credited)
	}
	if r.OriginOutlet != "Reuters" {
		t.Errorf("origin outlet %q, want Reuters, read from the Saturday story's sign-off", r.OriginOutlet)
	}
	if !hasEvidence(r, "an agency updating its own story") || !hasEvidence(r, "(Writing by Ana Ros; Editing by Li Wei)") {
		t.Errorf("evidence %q, want one agency on both sides, read from the sign-off", r.Evidence)
	}
	if len(res.Credits[0]) != 0 {
		t.Errorf("the Saturday story's credits %v, want none: its witness and its interview are the agency's own", res.Credits[0])
	}
}

// A copy that starts at a later sentence of its origin does not make its
// first sentence's day its news: its lead is shared text, so the days say
// nothing and the copy is not taken for the origin.
func TestSharedLeadTellsNoNewsDay(t *testing.T) {
	copyText := strings.Join(strings.Split(talks, "\n\n")[2:5], "\n\n")
	_, r := onlyReuse(t,
		mkArticle(t, "follow", "", "", talks),
		mkArticle(t, "excerpt", "", "", copyText),
	)
	if hasEvidence(r, "by its news") {
		t.Errorf("evidence %q: a shared lead tells no news day", r.Evidence)
	}
	if r.From != "follow" {
		t.Errorf("reuse %s -> %s, want follow -> excerpt", r.From, r.To)
	}
}

// Two of one outlet's articles sharing text are its own text, whichever
// way it went: no credit is owed, and the record says so.
func TestOneOutletsTwoArticles(t *testing.T) {
	_, r := onlyReuse(t,
		mkArticle(t, "morning", "Harbor Courier", "2026-05-02T08:00:00Z", blockade),
		mkArticle(t, "evening", "Harbor Courier", "2026-05-02T19:00:00Z", talks),
	)
	if r.SameOutlet != "Harbor Courier" || r.Credited || r.OriginOutlet != "" {
		t.Errorf("same outlet %q, credited %v, origin outlet %q; want Harbor Courier, false, none", r.SameOutlet, r.Credited, r.OriginOutlet)
	}
	if !hasEvidence(r, "an outlet reusing its own text") {
		t.Errorf("evidence %q, want one outlet on both sides", r.Evidence)
	}
}

// The desk's sign-off tells an agency's copy only with the agency named as
// the text's own newsgatherer, and only one agency so.
func TestAgencyCopyNeedsItsOwnStaff(t *testing.T) {
	ix := outletIndex()
	for _, tc := range []struct {
		name, text, want string
	}{
		{"witness", "Crews burned the rules, a Reuters witness said.\n\n(Writing by Ana Ros; Editing by Li Wei)", "Reuters"},
		{"told", "The mayor told Reuters the port would reopen.\n\n(Reporting by Ana Ros; Editing by Li Wei)", "Reuters"},
		{"no staff", "Crews burned the rules, Reuters reported.\n\n(Writing by Ana Ros; Editing by Li Wei)", ""},
		{"two agencies", "A Reuters witness saw the fire. An AFP reporter counted forty boats.\n\n(Writing by Ana Ros; Editing by Li Wei)", ""},
		{"no sign-off", "Crews burned the rules, a Reuters witness said.", ""},
		{"not a sign-off", "Crews burned the rules, a Reuters witness said.\n\nThe union's leaflet (Editing by the strike committee) was handed out.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := prepare(0, mkArticle(t, "x", "", "", tc.text), nil, ix, 4)
			if p.outlet != tc.want {
				t.Errorf("outlet %q, want %q (sign-off %q)", p.outlet, tc.want, p.selfMark)
			}
		})
	}
}

// A copy whose outlet is read from the agency's dateline it took with the
// agency's text is not the agency: the mark is the origin's.
func TestCopiedDatelineIsNoOutlet(t *testing.T) {
	paras := strings.Split(talks, "\n\n")
	site := strings.Join(paras[:3], "\n\n") + "\n\nOur readers in Velmar sent us photographs of the trawlers lined up along the quay on Saturday."
	arts := []corroborate.Article{
		mkArticle(t, "agency", "Reuters", "2026-05-03T09:00:00Z", talks),
		mkArticle(t, "site", "", "2026-05-03T15:00:00Z", site),
	}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "agency" {
		t.Fatalf("reuse = %+v, want agency -> site", res.Reuse)
	}
	if r := res.Reuse[0]; r.SameOutlet != "" {
		t.Errorf("same outlet %q, want none: the site's dateline is the agency's, copied; evidence %q", r.SameOutlet, r.Evidence)
	}
}

// onlyReuse analyses arts and returns the result and its one reuse record.
func onlyReuse(t *testing.T, arts ...corroborate.Article) (Result, corroborate.Reuse) {
	t.Helper()
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse = %+v, want one record", res.Reuse)
	}
	return res, res.Reuse[0]
}

// A weekday that opens a name is no date: the lead's day is the one its
// news happened on.
func TestNewsDayOfTheLead(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Sunday Courier reported on Tuesday that the ferry crews would strike in May.", "Tuesday"},
		{"Fishing crews blockaded the port of Velmar on Saturday night with forty trawlers.\n\nTalks begin on Monday.", "Saturday"},
		{"Crane.\n\nThe crews said on Monday that the talks had failed by Wednesday evening.", ""},
		{"The harbor board met to discuss the new catch limits for the small boats.", ""},
		{"Police said on Monday Velmar harbor would stay closed to the trawler fleet.", "Monday"},
	} {
		p := prepare(0, mkArticle(t, "x", "", "", tc.text), nil, outletIndex(), 4)
		got := ""
		if p.days.lead >= 0 {
			got = dayName(p.days.lead)
		}
		if got != tc.want {
			t.Errorf("lead day of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}
