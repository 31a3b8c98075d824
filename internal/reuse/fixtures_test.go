package reuse

import (
	"testing"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/text"
)

// The fixtures are fictional: a town closes its only bridge to an island.

// origin is the first report, by the Harbor Courier.
const origin = `PORTVILLE — The town council voted on Monday to close the Eastgate Bridge for at least six months after inspectors found deep cracks in two of its concrete piers.

The bridge, built in 1962, carries about 9,000 cars a day between the harbor district and the island neighborhoods of Portville, and it is the only road link for the 4,000 people who live on the island.

Mayor Helen Oduya said the decision was painful but unavoidable. “We cannot ask families to drive over a structure our own engineers say could fail,” she said at the meeting.

The council approved an emergency contract worth $4.2 million with Tidewater Construction, which will begin shoring up the piers next week. A free ferry will run every 20 minutes from the harbor pier while the bridge is closed.

Shop owners on the island warned that the closure would cut their trade in half during the summer season. Marta Kline, who runs a bakery near the bridge, said she had already lost a third of her customers since rumors of the closure began to spread in April.

State officials have promised to cover half the cost of the repairs, according to a letter read aloud at the meeting by the town clerk.`

// verbatimCopy takes the first three paragraphs word for word, without
// credit.
const verbatimCopy = `Island residents face a long summer without their bridge.

PORTVILLE — The town council voted on Monday to close the Eastgate Bridge for at least six months after inspectors found deep cracks in two of its concrete piers.

The bridge, built in 1962, carries about 9,000 cars a day between the harbor district and the island neighborhoods of Portville, and it is the only road link for the 4,000 people who live on the island.

Mayor Helen Oduya said the decision was painful but unavoidable. “We cannot ask families to drive over a structure our own engineers say could fail,” she said at the meeting.

Readers can find the ferry timetable on the town's website, which was updated on Tuesday morning.`

// lightEdit swaps a few words and credits the Courier.
const lightEdit = `The town council in Portville voted Monday to shut the Eastgate Bridge for at least six months after inspectors discovered deep cracks in two of its concrete piers, the Harbor Courier reported.

The bridge, built in 1962, carries roughly 9,000 cars a day between the harbor district and the island neighborhoods of Portville, and it is the sole road link for the 4,000 people who live on the island.

The council approved an emergency contract worth $4.2 million with Tidewater Construction, which will start shoring up the piers next week. A free ferry will run every 20 minutes from the harbor pier while the bridge is closed.

Our own reporter rode the first ferry on Tuesday and counted eleven passengers, most of them carrying groceries.`

// condensed shortens and merges the origin's sentences, published later.
const condensed = `Portville's council voted to close the Eastgate Bridge for six months after inspectors found cracks in two concrete piers.

The 1962 bridge is the only road link for the 4,000 people who live on the island, and it carries about 9,000 cars a day.

An emergency contract worth $4.2 million went to Tidewater Construction, and a free ferry will run every 20 minutes while the bridge is closed. Island shop owners warned the closure would cut their trade in half during the summer season.

The island's own festival, planned for July, has been moved to the mainland fairground, its organisers said.`

// quoteOnly is an independent report that repeats the mayor's words.
const quoteOnly = `Residents packed the Portville library on Tuesday evening to ask when they could drive to the mainland again, and officials had few answers for them.

Many in the crowd repeated the mayor's warning from the night before: “We cannot ask families to drive over a structure our own engineers say could fail.”

A retired engineer, Paul Asante, told the room that piers of that age often crack where salt water reaches the steel inside them. The library will host another meeting next month, its director said.`

// miscredited gives the Courier's paragraph to Reuters.
const miscredited = `Business on the island has slowed to a trickle since the spring.

According to Reuters, shop owners on the island warned that the closure would cut their trade in half during the summer season. Marta Kline, who runs a bakery near the bridge, said she had already lost a third of her customers since rumors of the closure began to spread in April.

The chamber of commerce will ask the state for a relief fund at its June meeting, its chairman said on Wednesday.`

// unrelated shares the story's place, not its text.
const unrelated = `Portville's high school rowing team won the regional championship on Saturday, beating crews from six other towns on a windy morning at Lake Merrin.

The team's coach, Dana Whitfield, said the crew had trained on the harbor since February and had never lost a race this season. The school will hold a parade for the rowers next Friday.`

// mkArticle builds an article the way extraction would: sentences from the
// text splitter; outlet and publication time when given.
func mkArticle(tb testing.TB, id, outlet, published, body string) corroborate.Article {
	tb.Helper()
	a := corroborate.Article{ID: id, Text: body, Sentences: text.Sentences(body), Outlet: corroborate.StrPtr(outlet)}
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			tb.Fatalf("mkArticle(%s): %v", id, err)
		}
		a.Published, a.Time = &published, t
	}
	return a
}
