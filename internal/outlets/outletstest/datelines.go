// Package outletstest holds the shapes of news datelines that every reader
// of them is tested against: outlets.ReadDateline, which extraction (the
// place and the outlet a text names for itself), the summary and a claim's
// wording (which leave the dateline out of the sentence they quote) call,
// and outlets.FindMark (an outlet's mark anywhere in a text). The text is
// fictional.
package outletstest

import "testing"

// S is the sentence most shapes open.
const S = "The ferry board closed the night crossing on Tuesday."

// Dateline is one shape: a lead, the sentence after it, and what the
// readers make of the two written one after the other.
type Dateline struct {
	Name string
	// Lead is the dateline as written, with the space after it; "" for a
	// text that opens with none (Sentence is then the whole text).
	Lead, Sentence string
	// Read tells whether Lead is read as a dateline: the summary and a
	// claim's wording leave it out, and extraction reads Place and Outlet
	// from it.
	Read bool
	// Place and Outlet are the dateline's place and the outlet its mark
	// names.
	Place, Outlet string
	// Mark is the outlet outlets.FindMark finds anywhere in the text, "" for
	// none.
	Mark string
	// Was says what a reader did with the shape before there was one reader,
	// where that differs.
	Was string
}

// Each runs f on every shape, in a subtest named for it.
func Each(t *testing.T, f func(t *testing.T, d Dateline)) {
	t.Helper()
	for _, d := range Datelines {
		t.Run(d.Name, func(t *testing.T) { f(t, d) })
	}
}

// Text is the lead and the sentence written one after the other.
func (d Dateline) Text() string { return d.Lead + d.Sentence }

// Datelines are the shapes, with what each reader makes of them.
var Datelines = []Dateline{
	{"caps city, known wire, em dash", "HALVERTON (AP) — ", S,
		true, "HALVERTON", "Associated Press", "Associated Press", ""},
	{"caps city of two words, wire, hyphen", "PORT CALDER (Reuters) - ", S,
		true, "PORT CALDER", "Reuters", "Reuters", ""},
	{"title-case city", "Kestlow (AFP) - ", S,
		true, "Kestlow", "Agence France-Presse", "Agence France-Presse", "claims kept it"},
	{"mark alone", "(Reuters) - ", S,
		true, "", "Reuters", "Reuters", "claims kept it"},
	{"city, state abbreviation and wire", "PORT CALDER, Ore. (AP) — ", S,
		true, "PORT CALDER, Ore.", "Associated Press", "Associated Press", "claims kept it"},
	{"city, country and wire, underscore", "LAUSETTE, Tarnland (AP) _ ", S,
		true, "LAUSETTE, Tarnland", "Associated Press", "", "extraction read nothing; claims kept it"},
	{"city, date and wire", "PORT CALDER, March 3 (Reuters) - ", S,
		true, "PORT CALDER", "Reuters", "Reuters", "claims kept it"},
	{"date and wire", "March 3 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", "the summary and claims kept it"},
	{"abbreviated date and wire", "Oct 6 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", "the summary and claims kept it"},
	{"weekday, date and unknown outlet", "THURSDAY, Jan. 6 (Harbor News) -- ", S,
		true, "", "Harbor News", "Harbor News", "extraction read THURSDAY as the place; claims kept it"},
	{"city, country, date and wire", "PORT CALDER, Tarnland, March 3 (Reuters) - ", S,
		true, "PORT CALDER, Tarnland", "Reuters", "Reuters", "claims kept it"},
	{"caps city, em dash", "PORT CALDER — ", S,
		true, "PORT CALDER", "", "", ""},
	{"caps city and state, em dash", "PORT CALDER, Ore. — ", S,
		true, "PORT CALDER, Ore.", "", "", "claims kept it"},
	{"caps city and country, en dash", "LENNA, Tarnland – ", S,
		true, "LENNA, Tarnland", "", "", "claims kept it"},
	{"caps city, double hyphen", "PORT CALDER -- ", S,
		true, "PORT CALDER", "", "", `extraction read "PORT CALDER -" as the place`},
	{"caps city, hyphen", "PORT CALDER - ", S,
		true, "PORT CALDER", "", "", ""},
	{"caps city, underscore", "PORT CALDER _ ", S,
		true, "PORT CALDER", "", "", "extraction read nothing; claims kept it"},
	{"caps city, colon", "PORT CALDER: ", S,
		true, "PORT CALDER", "", "", "extraction and claims read nothing"},
	{"caps city of one word, colon", "CALDER: ", "All was calm on the quay until the night ferry failed to dock on Tuesday.",
		true, "CALDER", "", "", "extraction and claims read nothing"},
	{"caps city, date and colon", "PORT CALDER, March 3: ", S,
		true, "PORT CALDER", "", "", "extraction and claims read nothing"},
	{"caps city, colon, lead naming the US", "PORT CALDER: ", "The US and Tarnland closed the night crossing on Tuesday.",
		true, "PORT CALDER", "", "", "extraction and claims read nothing"},
	{"speaker in a transcript", "", "TAPPER: Do you think the ferry board was right to close the crossing?",
		false, "", "", "", "the summary left it out"},
	{"speaker in the first person", "", "HOLM: We closed the night crossing because the board had no choice.",
		false, "", "", "", "the summary left it out"},
	{"speaker opening as speech does", "", "ADA HOLM: It's not just the night crossing the ferry board wants to close.",
		false, "", "", "", "the summary left it out"},
	{"transcript with another turn", "", "HOLM: The ferry board closed the night crossing on Tuesday.\n\nTAPPER: Why?",
		false, "", "", "", "the summary left it out"},
	{"speaker with a role, one sentence", "", "GOVERNOR HALE: The bridge will reopen once the inspectors have finished their survey.",
		false, "", "", "", "read GOVERNOR HALE as the place"},
	{"speaker with an abbreviated title, one sentence", "", "SEN. MARLOW: The ferry board closed the night crossing without a vote.",
		false, "", "", "", "read SEN. MARLOW as the place"},
	{"speaker with a title and a full name", "", "MAYOR ADA HOLM: The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", "read MAYOR ADA HOLM as the place"},
	{"speaker's turn before a question line", "", "HOLM: The ferry board closed the night crossing on Tuesday.\n\nQ: And the day crossing?",
		false, "", "", "", "read HOLM as the place"},
	{"speaker whose turn recurs after a line of prose", "", "HOLM: The ferry board closed the night crossing on Tuesday.\n\nThe board met at noon.\n\nHOLM: Nobody asked the crews.",
		false, "", "", "", ""},
	{"caps place opened by a word that is no role, colon", "FORT LENNA: ", S,
		true, "FORT LENNA", "", "", ""},
	{"teaser before a headline in title case", "", "FAREWELL: Ferry Board Closes The Night Crossing For Good",
		false, "", "", "", "the summary left it out"},
	{"heading before a headline in sentence case", "", "TARN SHARES: Ferry shares rise after the board's vote",
		false, "", "", "", "the summary left it out"},
	{"interviewer's question past an abbreviation", "", "CPN: With Mr. Holm away all week, are you running the ferry board now?",
		false, "", "", "", "the summary left it out"},
	{"label over a paragraph", "", "EARLIER TODAY:\nThe ferry board closed the night crossing on Tuesday.",
		false, "", "", "", "the summary left it out"},
	{"label and a name", "", "BYLINE: Ada Holm.",
		false, "", "", "", "the summary left it out"},
	{"salutation", "", "DEAR HARBOR MASTER: The night ferry was late again this morning, and nobody said why.",
		false, "", "", "", "the summary left it out"},
	{"watch label, colon", "", "WATCH: The ferry board closes the night crossing at the harbour.",
		false, "", "", "", "the summary left it out"},
	{"exclusive label, colon", "", "EXCLUSIVE: The ferry board will close the night crossing next month.",
		false, "", "", "", "the summary left it out"},
	{"breaking label, colon", "", "BREAKING: The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", "the summary left it out"},
	{"don't miss label, colon", "", "DON’T MISS: The ferry board's plan for the night crossing this winter.",
		false, "", "", "", "the summary left it out"},
	{"lower case after the colon", "", "PORT CALDER: the ferry board closed the night crossing on Tuesday.",
		false, "", "", "", ""},
	{"clock time in a sentence", "", "At 10:30 the ferry board closed the night crossing on Tuesday.",
		false, "", "", "", ""},
	{"caps heading too long for a place", "", "THE FERRY BOARD OF PORT CALDER: The night crossing closed on Tuesday after a vote.",
		false, "", "", "", "the summary left it out"},
	{"two-letter caps word", "TN — ", S,
		false, "", "", "", "claims left it out"},
	{"unknown outlet ending in Wire", "LENNA (Tarn Wire) - ", S,
		true, "LENNA", "Tarn Wire", "Tarn Wire", ""},
	{"unknown outlet ending in News", "CALDER (Calder News) -- ", S,
		true, "CALDER", "Calder News", "Calder News", ""},
	{"unknown call sign with digits", "LENNA (KTRN13) — ", S,
		true, "LENNA", "", "", "extraction read nothing; claims kept it"},
	{"unknown acronym, no space before the dash", "LENNA (TNA)- ", S,
		true, "LENNA", "", "", ""},
	{"title-case place and unknown call sign", "Lenna, Tarnland (KTRN) – ", S,
		true, "Lenna, Tarnland", "", "", "extraction read nothing; claims kept it"},
	{"two places with a slash", "PORT CALDER/LENNA (Reuters) - ", S,
		true, "PORT CALDER/LENNA", "Reuters", "Reuters", "the summary and claims kept it"},
	{"local outlet and wire with a slash", "LENNA (Tarn Seattle/AP) — ", S,
		true, "LENNA", "", "", "extraction read nothing; the summary and claims kept it"},
	{"known agency in lower case", "KESTEL (dpa) - ", S,
		true, "KESTEL", "Deutsche Presse-Agentur", "Deutsche Presse-Agentur", "the summary kept it"},
	{"place with a lower-case particle", "Porto de Lenna (Reuters) - ", S,
		true, "Porto de Lenna", "Reuters", "Reuters", "extraction read no place; the summary and claims kept it"},
	{"accented caps city and wire", "ZÜRLEN (Reuters) - ", S,
		true, "ZÜRLEN", "Reuters", "Reuters", "the summary kept it"},
	{"accented caps city", "ZÜRLEN — ", S,
		true, "ZÜRLEN", "", "", "extraction read nothing; the summary kept it"},
	{"accented title-case city and wire", "São Lenna (AFP) - ", S,
		true, "São Lenna", "Agence France-Presse", "Agence France-Presse", "the summary and claims kept it"},
	{"place and known outlet, no dash", "Marlow (CNN) ", S,
		true, "Marlow", "CNN", "", "extraction read nothing; claims kept it"},
	{"known outlet alone, no dash", "(CNN) ", S,
		true, "", "CNN", "", "extraction read nothing; claims kept it"},
	{"known outlet run into the sentence", "(CNN)", S,
		true, "", "CNN", "", "extraction read nothing; the summary and claims kept it"},
	{"unknown outlet run into the sentence", "(Harbor News)", S,
		false, "", "", "", ""},
	{"place, country and known outlet, no dash", "Port Kestle, Osterland (AFP) ", S,
		true, "Port Kestle, Osterland", "Agence France-Presse", "", "extraction read nothing; claims kept it"},
	{"place and unknown outlet, no dash", "Marlow (Harbor News) ", S,
		false, "", "", "", ""},
	{"caps city and a bracket naming no outlet", "PORT CALDER (updated) — ", S,
		true, "PORT CALDER", "", "", "the summary kept it"},
	{"place in brackets", "(PORT CALDER, TN) – ", S,
		false, "", "", "", ""},
	{"caps city and state, wire", "SAN LENNA, Calif. (AP) — ", S,
		true, "SAN LENNA, Calif.", "Associated Press", "Associated Press", "claims kept it"},
	{"notes, byline and date before the mark", "(Updates with the board's vote) By Ana Ros March 3 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", "the summary and claims kept it"},
	{"lower case after the dash", "PORT CALDER — ", "the ferry board closed the night crossing on Tuesday.",
		false, "", "", "", "extraction read PORT CALDER; the summary left it out"},
	{"quotation after the dash", "PORT CALDER — ", `"We are closed," the ferry board said on Tuesday.`,
		true, "PORT CALDER", "", "", ""},
	{"company in lower case after the mark", "(Reuters) - ", "eFerry Ltd closed the night crossing on Tuesday.",
		true, "", "Reuters", "Reuters", "claims kept it"},
	{"digit after the mark", "PORT CALDER (Reuters) - ", "3 ferries stopped the night crossing on Tuesday.",
		true, "PORT CALDER", "Reuters", "Reuters", "claims kept it"},
	{"no space after the dash", "PORT CALDER —", S,
		true, "PORT CALDER", "", "", "extraction read nothing; claims kept it"},
	{"no space before the dash", "PORT CALDER— ", S,
		true, "PORT CALDER", "", "", ""},
	{"file photo label", "FILE - ", "In this March 3 photo, the ferry board meets in Port Calder.",
		false, "", "", "", "extraction read FILE as the place; the summary and claims left it out"},
	{"link label", "MORE: ", "Ferry board closes the night crossing for the winter months.",
		false, "", "", "", "the summary left it out"},
	{"update label", "UPDATE: ", S,
		false, "", "", "", "the summary left it out"},
	{"caps words running into a sentence", "", "A DECKHAND fell overboard — and swam back to the ferry at dawn.",
		false, "", "", "", ""},
	{"title-case place, no mark", "", "Kestlow - The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", ""},
	{"video length", "", "Video (02:04) : The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", ""},
	{"speaker and colon", "", "A harbour spokeswoman said: The ferry board closed the night crossing.",
		false, "", "", "", ""},
	{"bracket naming no outlet in a sentence", "", "The buyer (left) - a ferry firm - paid cash for the boat.",
		false, "", "", "", ""},
	{"acronym in a sentence", "", "The Harbour Trust (HT) President Ada Holm signed the law.",
		false, "", "", "", ""},
	{"photo credit in a sentence", "", "President Ada Holm (AP photo) signed the harbour law on Friday.",
		false, "", "", "", ""},
	{"mark on a line of its own", "LENNA (Reuters) -\n\n", S,
		true, "LENNA", "Reuters", "Reuters", ""},
	{"known outlet and photo agency, no dash", "Marlow (AFP/Getty) ", S,
		true, "Marlow", "Agence France-Presse", "", "extraction read nothing; claims kept it"},
	{"politician and party in brackets", "", "Sen. Ada Holm (R-Tarn) — Announced March 3, 2015",
		false, "", "", "", ""},
	{"heading glued to a quotation", "", `FAREWELL—"The Lantern Room to close at the end of March," by the Calder Post's Ana Ros.`,
		false, "", "", "", ""},
	{"dash between a city and a sentence", "PORT CALDER—", S,
		true, "PORT CALDER", "", "", "extraction read nothing; claims kept it"},
	{"acronym and an aside", "", "TARNSA — the harbour agency — said on Tuesday it would close the crossing.",
		false, "", "", "", ""},
	{"mark with nothing after it", "", "PORT CALDER (Reuters) -",
		false, "", "", "Reuters", "extraction read Reuters"},
	{"mark deep in a sentence", "", "The ferry company, which has run the crossing to the islands since long before the war and through two floods, said (Reuters) - " + S,
		false, "", "", "Reuters", ""},
	{"mark mid-text", "", "The ferry board said on Tuesday (Reuters) - that it closed the crossing.",
		false, "", "", "Reuters", "extraction read Reuters"},
}
