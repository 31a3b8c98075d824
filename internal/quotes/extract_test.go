package quotes

import (
	"testing"

	"github.com/corroborate/corroborate"
	"github.com/google/go-cmp/cmp"
)

// got is what a test checks of one mention.
type got struct {
	Text    string
	Speaker string // resolved name, "" when none
	Kind    string
	Partial bool
	Parts   int
}

func extractAll(t *testing.T, text string) []got {
	t.Helper()
	return extractArticle(corroborate.Article{ID: "t", Text: text})
}

// extractArticle is what Extract finds in a, as got values.
func extractArticle(a corroborate.Article) []got {
	var out []got
	for _, m := range Extract(a, Options{}) {
		g := got{Text: m.Text, Partial: m.Partial, Parts: len(m.Parts)}
		if m.Speaker != nil {
			g.Speaker, g.Kind = m.Speaker.Name, m.Speaker.Kind
		}
		out = append(out, g)
	}
	return out
}

// extractCase is a text and the mentions Extract should find in it.
type extractCase struct {
	name string
	text string
	want []got
}

// runExtractCases checks each case as a subtest.
func runExtractCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extractAll(t, tt.text)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// The news text below is fictional, written for these tests.
func TestExtractForms(t *testing.T) {
	runExtractCases(t, []extractCase{
		{
			name: "curly quotes, title before the name",
			text: "“We will rebuild the bridge by spring,” Harbor City Mayor Dana Whitfield said on Monday.",
			want: []got{{Text: "We will rebuild the bridge by spring,", Speaker: "Dana Whitfield", Kind: "person", Parts: 1}},
		},
		{
			name: "straight quotes, inverted cue",
			text: `"The budget is balanced for the first time in a decade," said Treasurer Omar Lindqvist.`,
			want: []got{{Text: "The budget is balanced for the first time in a decade,", Speaker: "Omar Lindqvist", Kind: "person", Parts: 1}},
		},
		{
			name: "nested single quotes stay inside",
			text: "“They called it ‘a fair deal’ at the time, and nobody objected,” said Lena Okafor.",
			want: []got{{Text: "They called it ‘a fair deal’ at the time, and nobody objected,", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "two apostrophes as quotation marks",
			text: "Walter Dorsey runs the mill.\n\n''We are ready for the inspection,'' said Mr. Dorsey.",
			want: []got{{Text: "We are ready for the inspection,", Speaker: "Walter Dorsey", Kind: "person", Parts: 1}},
		},
		{
			name: "multi-paragraph quote",
			text: "Councilwoman Rita Baptiste said:\n\n“The first phase closes the old depot and moves the buses north.\n\n“The second phase opens the new depot in the fall.”",
			want: []got{{Text: "The first phase closes the old depot and moves the buses north. The second phase opens the new depot in the fall.", Speaker: "Rita Baptiste", Kind: "person", Parts: 2}},
		},
		{
			name: "a quote paragraph after the paragraph naming the speaker",
			text: "The thaw is two weeks late, said Dana Whitfield, the harbour master.\n\n\"The ice came in faster than anyone planned for. We lost two days.\"",
			want: []got{{Text: "The ice came in faster than anyone planned for. We lost two days.", Speaker: "Dana Whitfield", Kind: "person", Parts: 1}},
		},
		{
			name: "a quoted subheading is not carried to the speaker before it",
			text: "Pilot Marta Quell said the harbour had been closed twice this month.\n\n“Nobody told the crews when the channel would reopen”\n\nThe port authority did not reply.",
			want: []got{{Text: "Nobody told the crews when the channel would reopen", Parts: 1}},
		},
		{
			name: "a described speaker with a possessive and an adverb",
			text: `"We live in the storm's path," my grandmother often said.`,
			want: []got{{Text: "We live in the storm's path,", Speaker: "grandmother", Kind: "person", Parts: 1}},
		},
		{
			name: "quoted words after a verb of judgement",
			text: "Mayor Dana Whitfield dismissed the audit as “a fishing trip.”",
			want: []got{{Text: "a fishing trip.", Speaker: "Dana Whitfield", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a few quoted words kept for a described speaker",
			text: "The council labeled the report “mostly accurate.” Okafor's doctor called her “remarkably fit.”",
			want: []got{
				{Text: "mostly accurate.", Speaker: "council", Kind: "organization", Partial: true, Parts: 1},
				{Text: "remarkably fit.", Speaker: "Okafor's doctor", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a few quoted words with no one named are scare quotes",
			text: "None of the harbour towns called itself a “safe port,” and few of them were.",
			want: nil,
		},
		{
			name: "a pronoun for the one person named before it, with no speech cue",
			text: "Lena Okafor spoke first at the hearing. She called the ruling “a mistake” and sat down.",
			want: []got{{Text: "a mistake", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a pronoun with two people named before it stays unresolved",
			text: "Lena Okafor and Marta Quell spoke at the hearing. She called the ruling “a mistake” and sat down.",
			want: nil,
		},
		{
			name: "as a document put it",
			text: "The fund needs a “lawful source of income,” as a harbour memo put it.",
			want: []got{{Text: "lawful source of income,", Speaker: "harbour memo", Kind: "document", Partial: true, Parts: 1}},
		},
		{
			name: "a hometown after the name is not the speaker",
			text: "Johnnie Walden, of Springfield, Va., said the museum “changed how I see it.”\n\n“We are part of the story,” he said.",
			want: []got{
				{Text: "changed how I see it.", Speaker: "Johnnie Walden", Kind: "person", Partial: true, Parts: 1},
				{Text: "We are part of the story,", Speaker: "Johnnie Walden", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote after the sentence that names the speaker, same paragraph",
			text: "Dana Whitfield, the harbour master, said the crews were tired. “We lost two days. Nobody slept.”",
			want: []got{{Text: "We lost two days. Nobody slept.", Speaker: "Dana Whitfield", Kind: "person", Parts: 1}},
		},
		{
			name: "a name after a gerund cue is not the speaker carried on",
			text: "The pilot's mother disputes the account, claiming that her son never worked for Omar Lindqvist. “He is my son whatever they say about him, and I am proud of him.”",
			want: []got{{Text: "He is my son whatever they say about him, and I am proud of him.", Parts: 1}},
		},
		{
			name: "quoted words inside a question",
			text: "Did the harbour master really say the bridge was “safe for another decade”?",
			want: []got{{Text: "safe for another decade", Speaker: "harbour master", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "partial quote inside a sentence",
			text: "Harold Venn, director of the Riverside Tenants Union, called the plan “a giveaway to developers.”",
			want: []got{{Text: "a giveaway to developers.", Speaker: "Harold Venn", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "split by its attribution",
			text: "“The trains will run,” Transit Chief Mara Quell said. “They will run on time, every time.”",
			want: []got{{Text: "The trains will run, They will run on time, every time.", Speaker: "Mara Quell", Kind: "person", Parts: 2}},
		},
		{
			name: "pronoun resolved to the last person reported speaking",
			text: "Police Chief Anna Ferreira praised the volunteers.\n\nFire Chief Tomas Brenner said crews were on the scene within minutes.\n\n“We had it under control by noon, and nobody was hurt,” he said.",
			want: []got{{Text: "We had it under control by noon, and nobody was hurt,", Speaker: "Tomas Brenner", Kind: "person", Parts: 1}},
		},
		{
			name: "she skips a man quoted in between",
			text: "“The vote is on Thursday,” said Senator Alice Marwood.\n\n“We have the numbers,” said Governor Paul Denton.\n\n“I will not wait any longer,” she added.",
			want: []got{
				{Text: "The vote is on Thursday,", Speaker: "Alice Marwood", Kind: "person", Parts: 1},
				{Text: "We have the numbers,", Speaker: "Paul Denton", Kind: "person", Parts: 1},
				{Text: "I will not wait any longer,", Speaker: "Alice Marwood", Kind: "person", Parts: 1},
			},
		},
		{
			name: "role after the name; bare surname resolved",
			text: "Budget Director Nora Kessling presented the figures.\n\n“The reserve fund is empty,” said Priya Natarajan, a spokeswoman for the county. “We are borrowing to pay salaries,” Kessling said.",
			want: []got{
				{Text: "The reserve fund is empty,", Speaker: "Priya Natarajan", Kind: "person", Parts: 1},
				{Text: "We are borrowing to pay salaries,", Speaker: "Nora Kessling", Kind: "person", Parts: 1},
			},
		},
		{
			name: "organisation as speaker",
			text: "“The facility is safe for visitors,” the Harbor Authority said in a statement.",
			want: []got{{Text: "The facility is safe for visitors,", Speaker: "Harbor Authority", Kind: "organization", Parts: 1}},
		},
		{
			name: "document as speaker",
			text: "“Visitors must register at the front desk before entering,” a notice from the Parks Department read.",
			want: []got{{Text: "Visitors must register at the front desk before entering,", Speaker: "notice from the Parks Department", Kind: "document", Parts: 1}},
		},
		{
			name: "according to an outlet is a credit, not the speaker",
			text: "“We are not leaving this neighbourhood,” Deputy Mayor Ian Royce said, according to the Valley Herald.",
			want: []got{{Text: "We are not leaving this neighbourhood,", Speaker: "Ian Royce", Kind: "person", Parts: 1}},
		},
		{
			name: "according to a report names the speaker",
			text: "“Costs rose sharply in every district last year,” according to a report by the state auditor.",
			want: []got{{Text: "Costs rose sharply in every district last year,", Speaker: "report by the state auditor", Kind: "document", Parts: 1}},
		},
		{
			name: "colon at the end of the paragraph before",
			text: "Grant Holloway continued:\n\n“Nobody in this room wanted the plant to close, but it did.”",
			want: []got{{Text: "Nobody in this room wanted the plant to close, but it did.", Speaker: "Grant Holloway", Kind: "person", Parts: 1}},
		},
		{
			name: "a name after a dash",
			text: "“I will vote early this year because the lines were too long last time.” ― Mila Sorensen",
			want: []got{{Text: "I will vote early this year because the lines were too long last time.", Speaker: "Mila Sorensen", Kind: "person", Parts: 1}},
		},
		{
			name: "scare quotes are not quotations",
			text: "The so-called “green corridor” plan was shelved, and the “temporary” fence is still there.",
			want: nil,
		},
		{
			name: "a closing mark used as an opener",
			text: "”The river is higher than I have ever seen it.” ― Joel Ambrose",
			want: []got{{Text: "The river is higher than I have ever seen it.", Speaker: "Joel Ambrose", Kind: "person", Parts: 1}},
		},
		// The common shapes of news quotation.
		{
			name: "a quote paragraph carries the speaker of the quote before it",
			text: "“The levee held,” said Dana Whitfield, the harbour master.\n\nCrews worked through the night to shore up the north bank.\n\n“We lost two days, but nobody was hurt.”",
			want: []got{
				{Text: "The levee held,", Speaker: "Dana Whitfield", Kind: "person", Parts: 1},
				{Text: "We lost two days, but nobody was hurt.", Speaker: "Dana Whitfield", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote paragraph after a short paragraph naming another person is that person's",
			text: "“The levee held,” said Dana Whitfield, the harbour master.\n\nFire Chief Tomas Brenner disagreed with the timeline.\n\n“We lost two days, but nobody was hurt.”",
			want: []got{
				{Text: "The levee held,", Speaker: "Dana Whitfield", Kind: "person", Parts: 1},
				{Text: "We lost two days, but nobody was hurt.", Speaker: "Tomas Brenner", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote continued in the next paragraph after its attribution",
			text: "“The pumps failed at midnight,” Whitfield said. “By two o'clock the basement was under water.\n\n“We moved the records upstairs and waited for the morning.”",
			want: []got{
				{Text: "The pumps failed at midnight, By two o'clock the basement was under water. We moved the records upstairs and waited for the morning.", Speaker: "Whitfield", Kind: "person", Parts: 3},
			},
		},
		{
			name: "a run of quote paragraphs by one speaker",
			text: "Councilwoman Rita Baptiste said the depot would close in May.\n\n“The buses will move north.”\n\n“The drivers keep their routes.”\n\n“Nobody loses a job.”",
			want: []got{
				{Text: "The buses will move north.", Speaker: "Rita Baptiste", Kind: "person", Parts: 1},
				{Text: "The drivers keep their routes.", Speaker: "Rita Baptiste", Kind: "person", Parts: 1},
				{Text: "Nobody loses a job.", Speaker: "Rita Baptiste", Kind: "person", Parts: 1},
			},
		},
		{
			name: "the cue after the name in the next sentence",
			text: "“We are not closing the plant. Not this year, not next year.” Grant Holloway, the plant manager, said so at a meeting with workers on Tuesday.",
			want: []got{
				{Text: "We are not closing the plant. Not this year, not next year.", Speaker: "Grant Holloway", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote that asks a question",
			text: "“Who pays for the repairs when the state walks away?” asked Mayor Lena Okafor.",
			want: []got{
				{Text: "Who pays for the repairs when the state walks away?", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote of a document",
			text: "“The bridge deck shows cracking on every span inspected,” the report said.",
			want: []got{
				{Text: "The bridge deck shows cracking on every span inspected,", Speaker: "report", Kind: "document", Parts: 1},
			},
		},
		{
			name: "a colon introduction",
			text: "Asked whether the tax would rise, the governor replied: “Not this year.”",
			want: []got{
				{Text: "Not this year.", Speaker: "governor", Kind: "person", Parts: 1},
			},
		},
		{
			name: "transcript speakers",
			text: "MARLOWE: “Will you sign the bill?”\n\nDENTON: “I will sign it the day it reaches my desk.”",
			want: []got{
				{Text: "Will you sign the bill?", Speaker: "MARLOWE", Kind: "person", Parts: 1},
				{Text: "I will sign it the day it reaches my desk.", Speaker: "DENTON", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a partial quote inside a that clause",
			text: "Lena Okafor said that the ruling was “a gift to polluters” and promised an appeal.",
			want: []got{
				{Text: "a gift to polluters", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "two quotes around one cue stay two quotes",
			text: "“The vote is on Thursday,” said Senator Alice Marwood, adding that “the numbers are there.”",
			want: []got{
				{Text: "The vote is on Thursday,", Speaker: "Alice Marwood", Kind: "person", Parts: 1},
				{Text: "the numbers are there.", Speaker: "Alice Marwood", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "an outlet as the sole source of a quotation",
			text: "The agency quietly moved “millions of dollars in flood grants to projects that were never built,” according to the Valley Herald.",
			want: []got{
				{Text: "millions of dollars in flood grants to projects that were never built,", Speaker: "Valley Herald", Kind: "organization", Partial: true, Parts: 1},
			},
		},
		{
			name: "a run of quote paragraphs by a described speaker, past a line of page furniture",
			text: "The ferry captain told the Ledger: “We left on time.\n\nADVERTISEMENT\n\n“Then the fog came down and we could not see the bow.\n\n“Nobody panicked, and we docked an hour late.”",
			want: []got{
				{Text: "We left on time.", Speaker: "ferry captain", Kind: "person", Parts: 1},
				{Text: "Then the fog came down and we could not see the bow. Nobody panicked, and we docked an hour late.", Speaker: "ferry captain", Kind: "person", Parts: 2},
			},
		},
		{
			name: "a long title before the name",
			text: "“The channel stays closed until the inspection is done,” Deputy Director of the Northern Waterways and Harbours Authority Rear Admiral Ines Calloway said.",
			want: []got{{Text: "The channel stays closed until the inspection is done,", Speaker: "Ines Calloway", Kind: "person", Parts: 1}},
		},
		{
			name: "quoted as saying names the one quoted",
			text: "“We found the crates on the north pier,” the Valley Herald quoted Head of the Dock Workers Council Tomas Brenner as saying.",
			want: []got{{Text: "We found the crates on the north pier,", Speaker: "Tomas Brenner", Kind: "person", Parts: 1}},
		},
		{
			name: "a cue, then the speaker with a determiner, then a colon",
			text: "That is where the smugglers meet, reported the Harbour Watch Group: “They come at night and leave before the tide turns.”",
			want: []got{{Text: "They come at night and leave before the tide turns.", Speaker: "Harbour Watch Group", Kind: "organization", Parts: 1}},
		},
		{
			name: "a name joined to its particle",
			text: "Then Yusuf al-Rashidi, the harbour's oldest pilot, spoke. “I have seen worse winters than this one,” al-Rashidi said.",
			want: []got{{Text: "I have seen worse winters than this one,", Speaker: "Yusuf al-Rashidi", Kind: "person", Parts: 1}},
		},
		{
			name: "a bare cue after a conjunction keeps the speaker",
			text: "Mayor Lena Okafor said the levee was “not my department,” but added: “We will pay for the repairs.”",
			want: []got{
				{Text: "not my department,", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1},
				{Text: "We will pay for the repairs.", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a role after the name with no closing comma",
			text: "General Ines Calloway, the head of the Northern Harbours Authority told the Ledger: “We cannot confirm that the pier was hit.”",
			want: []got{{Text: "We cannot confirm that the pier was hit.", Speaker: "Ines Calloway", Kind: "person", Parts: 1}},
		},
		{
			name: "an article set in single marks",
			text: "Rita Baptiste's shop flooded twice this year.\n\n'We lost everything in March,' Baptiste told the Ledger. 'The insurers won't pay for the '90s wiring.'\n\nHer neighbour Walter Dorsey agreed: ‘We should have moved years ago.’\n\nShe said the council's pumps 'never worked' in her street.",
			want: []got{
				{Text: "We lost everything in March, The insurers won't pay for the '90s wiring.", Speaker: "Rita Baptiste", Kind: "person", Parts: 2},
				{Text: "We should have moved years ago.", Speaker: "Walter Dorsey", Kind: "person", Parts: 1},
				{Text: "never worked", Speaker: "Rita Baptiste", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "an article set in single marks with a few double ones",
			text: "Harbour chief says \"no more delays\" at Wexley pier\n\nThe harbour master, Dana Whitfield, said the pier would reopen in June.\n\n‘We have waited long enough,’ Whitfield said. ‘The engineers told me the piles are sound.’\n\nShe added that the council had called the delays “regrettable” in a letter.\n\n‘I read it twice,’ she said. ‘It said “regrettable” and nothing else.’\n\nOmar Lindqvist, a councillor, disagreed: ‘The money is not there yet.’\n\nThe ferry's timetable, Whitfield's office said, would not change.",
			want: []got{
				{Text: "no more delays", Speaker: "Harbour chief", Kind: "person", Partial: true, Parts: 1},
				{Text: "We have waited long enough, The engineers told me the piles are sound.", Speaker: "Dana Whitfield", Kind: "person", Parts: 2},
				{Text: "regrettable", Speaker: "council", Kind: "organization", Partial: true, Parts: 1},
				{Text: "I read it twice, It said “regrettable” and nothing else.", Speaker: "Dana Whitfield", Kind: "person", Parts: 2},
				{Text: "The money is not there yet.", Speaker: "Omar Lindqvist", Kind: "person", Parts: 1},
			},
		},
		{
			name: "single marks inside double ones are no house style",
			text: "“The sign said ‘Closed for repairs’ and ‘No entry’ and ‘Keep out’,” said Dana Whitfield. “So we left.”",
			want: []got{{Text: "The sign said ‘Closed for repairs’ and ‘No entry’ and ‘Keep out’, So we left.", Speaker: "Dana Whitfield", Kind: "person", Parts: 2}},
		},
		{
			name: "a clause after the name that follows the cue",
			text: "Bill Tanner and Oliver Tanner have not spoken in years.\n\n“That was like a dagger to the heart,” says Bill as he sits in the courtyard of a hotel near his ranch.\n\n“I was never there,” said the drummer known as Spike.",
			want: []got{
				{Text: "That was like a dagger to the heart,", Speaker: "Bill Tanner", Kind: "person", Parts: 1},
				{Text: "I was never there,", Speaker: "Spike", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a label one person gave, then another's quotation after a participle",
			text: "Where Pike has called the flood a “hoax,” Marsh has gone even further by alleging a profit motive, asserting that “a substantial number of engineers have faked the data.”",
			want: []got{
				{Text: "hoax,", Speaker: "Pike", Kind: "person", Partial: true, Parts: 1},
				{Text: "a substantial number of engineers have faked the data.", Speaker: "Marsh", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "a described person beside a named one speaks with a participle",
			text: "In the latest video, Mr. Harwick describes himself as “paying the price” for the council’s decision. The same masked fighter who appeared in the first video also appears beside Mr. Harwick, asserting, “I’m back, and I’m back because of your arrogant policy.”",
			want: []got{
				{Text: "paying the price", Speaker: "Harwick", Kind: "person", Partial: true, Parts: 1},
				{Text: "I’m back, and I’m back because of your arrogant policy.", Speaker: "same masked fighter", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a study's coauthor is a person, not the study",
			text: "“Nobody would have predicted the moth could turn so fast,” said study coauthor Mira Castell, a biologist at Harbour University.",
			want: []got{{Text: "Nobody would have predicted the moth could turn so fast,", Speaker: "Mira Castell", Kind: "person", Parts: 1}},
		},
		{
			name: "a body's chief of staff is a person",
			text: "The harbour commission's chief of staff says the mayor acted early to close the pier to block \"people who want to do harm to the town.\"",
			want: []got{{Text: "people who want to do harm to the town.", Speaker: "harbour commission's chief of staff", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a role a body's name qualifies is a person",
			text: "The Harbour Commission chief of staff says the pier will close to block \"people who want to do harm to the town.\"",
			want: []got{{Text: "people who want to do harm to the town.", Speaker: "Harbour Commission chief of staff", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a role a named body's possessive qualifies is a person",
			text: "The Northern League's foreign policy chief has lashed out at Governor Pike, insisting that the region will \"celebrate\" every wall which is torn down.",
			want: []got{{Text: "celebrate", Speaker: "Northern League's foreign policy chief", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "apostrophes are not quotation marks",
			text: "The shop's owners didn't say when the '90s sign would come down, and rock 'n' roll played all day.",
			want: nil,
		},
		{
			name: "a described speaker named in the paragraph before a quote paragraph",
			text: "An unnamed pilot in the harbour best describes the mood.\n\n“We are tired of waiting for the channel to open.”",
			want: []got{{Text: "We are tired of waiting for the channel to open.", Speaker: "unnamed pilot in the harbour", Kind: "person", Parts: 1}},
		},
		{
			name: "a document cue before the document",
			text: "“Another bridge closed for repairs,” read the headline on Monday.",
			want: []got{{Text: "Another bridge closed for repairs,", Speaker: "headline", Kind: "document", Parts: 1}},
		},
		{
			name: "as a named writer observes",
			text: "The ferry is “busier than it has been in a decade,” as Omar Lindqvist of the Harbour Gazette observes.",
			want: []got{{Text: "busier than it has been in a decade,", Speaker: "Omar Lindqvist", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a quote after a sentence of reported speech by a pronoun",
			text: "“The bridge is safe,” said Mayor Lena Okafor.\n\nShe said the repairs would be finished by May. “We have the money now.”",
			want: []got{
				{Text: "The bridge is safe,", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
				{Text: "We have the money now.", Speaker: "Lena Okafor", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a cue after the name and a comma, then that",
			text: "Port Director Dana Whitfield, explains that Valley police “have a right” to close the pier.",
			want: []got{{Text: "have a right", Speaker: "Dana Whitfield", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a name and a role after a dash",
			text: "“I will vote early this year because the lines were too long.” — Mila Sorensen, a nurse from Harbor City",
			want: []got{{Text: "I will vote early this year because the lines were too long.", Speaker: "Mila Sorensen", Kind: "person", Parts: 1}},
		},
		{
			name: "a clause before a colon is not the speaker's name",
			text: "Okafor's reply was short: “We will appeal the ruling today.”",
			want: []got{{Text: "We will appeal the ruling today.", Speaker: "Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a short sentence about a person, then the quote",
			text: "Lena Okafor was blunt. “This is a mistake and we will fix it.”",
			want: []got{{Text: "This is a mistake and we will fix it.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a short sentence naming two people gives the quote to neither",
			text: "Lena Okafor met Omar Lindqvist. “This is a mistake and we will fix it.”",
			want: []got{{Text: "This is a mistake and we will fix it.", Parts: 1}},
		},
		{
			name: "the end of a title before a first name is not part of the name",
			text: "“The harbour is safe for every ship,” former Director of Port Intelligence Sarah Holt said.",
			want: []got{{Text: "The harbour is safe for every ship,", Speaker: "Sarah Holt", Kind: "person", Parts: 1}},
		},
		{
			name: "the name of a show inside a sentence is not a quotation",
			text: "Mayor Lena Okafor told the Harbor Channel's “Morning Tide” that the bridge would reopen in May.",
			want: nil,
		},
		{
			name: "a place before a pronoun is not the speaker",
			text: "Dana Whitfield said the ferry would run again.\n\nSpeaking from her home in Harbor City, Maine she said: “We will run on Monday.”",
			want: []got{{Text: "We will run on Monday.", Speaker: "Dana Whitfield", Kind: "person", Parts: 1}},
		},
		{
			name: "an outlet introducing a quote paragraph with no one else named",
			text: "According to the Valley Herald:\n\n“The pumps were never tested before the flood season began.”",
			want: []got{{Text: "The pumps were never tested before the flood season began.", Speaker: "Valley Herald", Kind: "organization", Parts: 1}},
		},
		{
			name: "a participle after a person's clause",
			text: "When the reporter asked again, Lena Okafor declined, telling him, “I am not ready to say more.”",
			want: []got{{Text: "I am not ready to say more.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a nickname in quotes is not a quotation",
			text: "The man known as “the Ferryman” was seen in the harbour district on Friday, police said.",
			want: nil,
		},
		{
			name: "a described speaker, not the person reported on",
			text: "Inspector Harlan Voss said Mirela Dunne proposed the night route.\n\n" +
				"“Who would trust the courier?” said one retired customs inspector. The whole scheme, he said, “looks reckless or simply foolish.”",
			want: []got{
				{Text: "Who would trust the courier?", Speaker: "retired customs inspector", Kind: "person", Parts: 1},
				{Text: "looks reckless or simply foolish.", Speaker: "retired customs inspector", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "she makes a name female; a relative clause does not hide the subject",
			text: "Talia Brenner's lawyer Robin Ashe said: “My client has answered every question.”\n\n" +
				"She said Ms Brenner had no memory of the calls. She added: “There were hundreds of calls.”\n\n" +
				"But Admiral Conrad Pike, who replaced Ms Brenner as harbour chief said the plan was normal. Asked whether it worried him, he replied: “Not at all, never.”\n\n" +
				"He said: “We keep quiet channels with many ports.”",
			want: []got{
				{Text: "My client has answered every question.", Speaker: "Robin Ashe", Kind: "person", Parts: 1},
				{Text: "There were hundreds of calls.", Speaker: "Robin Ashe", Kind: "person", Parts: 1},
				{Text: "Not at all, never.", Speaker: "Conrad Pike", Kind: "person", Parts: 1},
				{Text: "We keep quiet channels with many ports.", Speaker: "Conrad Pike", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a role before the name, then he added",
			text: "Speaking generally, harbour security adviser J.D. Marsh said “we keep quiet channels with many ports.” He added: “It lets you talk in a discreet manner.”",
			want: []got{
				{Text: "we keep quiet channels with many ports.", Speaker: "J.D. Marsh", Kind: "person", Partial: true, Parts: 1},
				{Text: "It lets you talk in a discreet manner.", Speaker: "J.D. Marsh", Kind: "person", Parts: 1},
			},
		},
		{
			name: "an appositive role with no comma to close it",
			text: "Admiral Petra Lindqvist, the Chief of the Naval Staff of the Northern Fleet told the Harbour Gazette: “I cannot confirm that the convoy was lost.”",
			want: []got{{Text: "I cannot confirm that the convoy was lost.", Speaker: "Petra Lindqvist", Kind: "person", Parts: 1}},
		},
		{
			name: "was said to have been: a description, not his words",
			text: "Oleg Varga met the delegation. Mr Varga was said to have been “stunned” by the offer.",
			want: nil,
		},
		{
			name: "a body's name runs over of the; it said",
			text: "The Harbourmasters' Guild of the Northern Ports confirmed the closure.\n\nIt said in a statement: “The piers will reopen when the storm has passed.”",
			want: []got{{Text: "The piers will reopen when the storm has passed.", Speaker: "Harbourmasters' Guild of the Northern Ports", Kind: "organization", Parts: 1}},
		},
		{
			name: "the role a named person was given, characterized as",
			text: "“The city is calm tonight,” Rosa Delgado, the interim mayor, said.\n\nThe interim mayor characterized the fire as a “cowardly and cruel act,” though she gave no details.",
			want: []got{
				{Text: "The city is calm tonight,", Speaker: "Rosa Delgado", Kind: "person", Parts: 1},
				{Text: "cowardly and cruel act,", Speaker: "Rosa Delgado", Kind: "person", Partial: true, Parts: 1},
			},
		},
		{
			name: "quoted words in a sentence the attribution closes",
			text: "The ferry capsized in a “senseless and avoidable tragedy” and six people were hurt, Harbour Commissioner Lena Okafor said on Friday.",
			want: []got{{Text: "senseless and avoidable tragedy", Speaker: "Lena Okafor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a caption naming someone does not stop the statement",
			text: "In a statement, a spokesman for the guild said: “We mourn our colleague, who served the port for twenty years.\n\n" +
				"Getty   Rescuers search the water at the scene of the Walter Brisk sinking\n\n" +
				"“We send our deepest thoughts to his family and his friends.”",
			want: []got{
				{Text: "We mourn our colleague, who served the port for twenty years.", Speaker: "spokesman for the guild", Kind: "person", Parts: 1},
				{Text: "We send our deepest thoughts to his family and his friends.", Speaker: "spokesman for the guild", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a weekday after the cue is not the speaker; a role ending in its town",
			text: "Asked about the rumours, Coast Patrol Capt. Warren Holt, spokesman for the Eastern Station in Pinebridge, Maine, said Monday: “Nothing we have seen backs up those rumours.”",
			want: []got{{Text: "Nothing we have seen backs up those rumours.", Speaker: "Warren Holt", Kind: "person", Parts: 1}},
		},
		{
			name: "According to a source is no speaker; a description with a relative clause",
			text: "According to source, a doctor who tended the miners at a camp near Port Alder, confirmed that one face on the poster was Brask, “the man who burned the archive.”",
			want: []got{{Text: "the man who burned the archive.", Speaker: "doctor", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "a place after in is not a person for he",
			text: "The prank went viral last week.\n\nSpeaking from his home in North Hollister, Vermont he said: “Nobody told us anything about it.”",
			want: []got{{Text: "Nobody told us anything about it.", Speaker: "", Parts: 1}},
		},
		{
			name: "a site that reports is not a person",
			text: "Quiet Numbers reports that tenants who complain “too loudly or too often” can lose their leases.",
			want: []got{{Text: "too loudly or too often", Speaker: "Quiet Numbers", Kind: "organization", Partial: true, Parts: 1}},
		},
		{
			name: "Mr with the surname of a child named for his parents",
			text: "Ruben Tally, from Ossing, was asked to the sleepover.\n\nRuben's father said the letter was a surprise.\n\nPuzzled Mr Tally said: “It came on headed paper with a reference number at the top.”",
			want: []got{{Text: "It came on headed paper with a reference number at the top.", Speaker: "Tally", Kind: "person", Parts: 1}},
		},
		{
			name: "she in a sentence that opens with her name, after someone else spoke",
			text: "Jon Brask joked of the hall, “I have not seen it yet, but I will.”\n\nMs. Odell drew loud cheers from the hall when, after her final number, she added the words, “Vote on Tuesday.”",
			want: []got{
				{Text: "I have not seen it yet, but I will.", Speaker: "Jon Brask", Kind: "person", Parts: 1},
				{Text: "Vote on Tuesday.", Speaker: "Odell", Kind: "person", Parts: 1},
			},
		},
		{
			name: "a quote paragraph after according to a person's statement",
			text: "The targets were sheds the smugglers had used, according to a statement from Harbour Authority spokesperson Lena Okafor.\n\n“Given the ongoing thefts at the port, the board directed further action.”",
			want: []got{{Text: "Given the ongoing thefts at the port, the board directed further action.", Speaker: "Lena Okafor", Kind: "person", Parts: 1}},
		},
		{
			name: "a he that finds no one named is the one the paragraph before opens describing",
			text: "A thank-you card that a young cellist wrote to her coach after he told her group that he was leaving.\n\n" +
				"The coach kept the card on his desk for a week.\n\n" +
				"He told the Gazette: “I had always worried about telling them, and now I know I need not have.”",
			want: []got{{Text: "I had always worried about telling them, and now I know I need not have.", Speaker: "coach", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun with no one named goes to the last described speaker of its gender",
			text: "The man, who asked not to be named, told the Gazette that he had planned the lesson for weeks.\n\n" +
				"A thank-you card that a young cellist wrote to her coach after he told her group that he was leaving.\n\n" +
				"He told the Gazette: “I had always worried about telling them, and now I know I need not have.”",
			want: []got{{Text: "I had always worried about telling them, and now I know I need not have.", Speaker: "man", Kind: "person", Parts: 1}},
		},
		{
			name: "a person saying it before the quote, an outlet reporting it after: the person speaks",
			text: "Mayor Dana Whitfield opened the bridge on Monday. And she said, \"the crowd was wonderful, truly wonderful,\" The Independent reports.",
			want: []got{{Text: "the crowd was wonderful, truly wonderful,", Speaker: "Dana Whitfield", Kind: "person", Partial: true, Parts: 1}},
		},
		{
			name: "the one after 'with' speaks, not the sentence's subject",
			text: "The card was shared widely online, with one reader commenting: \"Wouldn't it be nice if we all saw things this simply?\"",
			want: []got{{Text: "Wouldn't it be nice if we all saw things this simply?", Speaker: "reader", Kind: "person", Parts: 1}},
		},
		{
			name: "a pronoun with a verb before a colon is the pronoun, the document named before it",
			text: "The neighbour wrote a letter. It reads: \"Dear Mr Hale, thank you for minding our cat all summer.\"",
			want: []got{{Text: "Dear Mr Hale, thank you for minding our cat all summer.", Speaker: "letter", Kind: "document", Parts: 1}},
		},
		{
			name: "a pronoun closing a phrase is the subject, the words before it another phrase",
			text: "Printed on a postcard it says: \"Dear Mr Hale, thank you for minding our cat all summer.\"\n\n" +
				"The woman next door posted the card on Friday and he claims that it \"lifted my spirits for a week\".",
			want: []got{
				{Text: "Dear Mr Hale, thank you for minding our cat all summer.", Parts: 1},
				{Text: "lifted my spirits for a week", Partial: true, Parts: 1},
			},
		},
		{
			name: "a letter written by someone is no speaker of the words after it",
			text: "A letter written by a neighbour to the postman \"lifted his spirits for a week.\"",
			want: []got{{Text: "lifted his spirits for a week.", Partial: true, Parts: 1}},
		},
		{
			name: "after a comma, the one writing speaks",
			text: "Online, readers cheered the letter, one reader writing: \"Imagine a street where everyone looked out for the cats next door.\"",
			want: []got{{Text: "Imagine a street where everyone looked out for the cats next door.", Speaker: "reader", Kind: "person", Parts: 1}},
		},
		{
			name: "one word named as a word is no quotation",
			text: "The coach spoke up after most of his players admitted hearing the word “soft” used as a taunt.",
			want: nil,
		},
		{
			name: "a station officer's title is his role",
			text: "\"Both families are now at peace,\" said Harbor Police Station SHO KT Varma.",
			want: []got{{Text: "Both families are now at peace,", Speaker: "KT Varma", Kind: "person", Parts: 1}},
		},
	})
}

func TestExtractCreditAndRoles(t *testing.T) {
	text := "“We are not leaving this neighbourhood,” Deputy Mayor Ian Royce said, according to the Valley Herald."
	ms := Extract(corroborate.Article{Text: text}, Options{})
	if len(ms) != 1 {
		t.Fatalf("Extract found %d mentions, want 1", len(ms))
	}
	m := ms[0]
	if m.Credit != "Valley Herald" {
		t.Errorf("Credit = %q, want %q", m.Credit, "Valley Herald")
	}
	if m.Cue != "said" {
		t.Errorf("Cue = %q, want %q", m.Cue, "said")
	}
	if diff := cmp.Diff([]string{"Deputy Mayor"}, m.Speaker.Roles); diff != "" {
		t.Errorf("Roles mismatch (-want +got):\n%s", diff)
	}
	if got, want := text[m.SpeakerSpan.Start:m.SpeakerSpan.End], "Deputy Mayor Ian Royce"; got != want {
		t.Errorf("speaker span text = %q, want %q", got, want)
	}
	if got, want := text[m.Start:m.End], "“We are not leaving this neighbourhood,”"; got != want {
		t.Errorf("quote span text = %q, want %q", got, want)
	}
}
