// Package outletstest holds the shapes of news datelines that every
// reader of them is tested against: extraction (the place and the outlet a
// text names for itself), outlets.FindMark (an outlet's mark anywhere in a
// text), the summary and a claim's wording (which leave the dateline out of
// the sentence they quote). The text is fictional.
package outletstest

import "testing"

// S is the sentence most shapes open.
const S = "The ferry board closed the night crossing on Tuesday."

// Dateline is one shape: a lead, the sentence after it, and what each
// reader makes of the two written one after the other.
type Dateline struct {
	Name string
	// Lead is the dateline as written, with the space after it; "" for a
	// text that opens with none (Sentence is then the whole text).
	Lead, Sentence string
	// Extract tells whether extraction reads a dateline, and Place and
	// Outlet what it reads: the Article's Dateline and the outlet its mark
	// names.
	Extract       bool
	Place, Outlet string
	// Mark is the outlet outlets.FindMark finds anywhere in the text, "" for
	// none.
	Mark string
	// Summary and Claim tell whether a summary's sentence and a claim's
	// wording leave Lead out.
	Summary, Claim bool
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
		true, "HALVERTON", "Associated Press", "Associated Press", true, true},
	{"caps city of two words, wire, hyphen", "PORT CALDER (Reuters) - ", S,
		true, "PORT CALDER", "Reuters", "Reuters", true, true},
	{"title-case city", "Kestlow (AFP) - ", S,
		true, "Kestlow", "Agence France-Presse", "Agence France-Presse", true, false},
	{"mark alone", "(Reuters) - ", S,
		true, "", "Reuters", "Reuters", true, false},
	{"city, state abbreviation and wire", "PORT CALDER, Ore. (AP) — ", S,
		true, "PORT CALDER, Ore.", "Associated Press", "Associated Press", true, false},
	{"city, country and wire, underscore", "LAUSETTE, Tarnland (AP) _ ", S,
		false, "", "", "", true, false},
	{"city, date and wire", "PORT CALDER, March 3 (Reuters) - ", S,
		true, "PORT CALDER", "Reuters", "Reuters", true, false},
	{"date and wire", "March 3 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", false, false},
	{"abbreviated date and wire", "Oct 6 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", false, false},
	{"weekday, date and unknown outlet", "THURSDAY, Jan. 6 (Harbor News) -- ", S,
		true, "THURSDAY", "Harbor News", "Harbor News", true, false},
	{"city, country, date and wire", "PORT CALDER, Tarnland, March 3 (Reuters) - ", S,
		true, "PORT CALDER, Tarnland", "Reuters", "Reuters", true, false},
	{"caps city, em dash", "PORT CALDER — ", S,
		true, "PORT CALDER", "", "", true, true},
	{"caps city and state, em dash", "PORT CALDER, Ore. — ", S,
		true, "PORT CALDER, Ore.", "", "", true, false},
	{"caps city and country, en dash", "LENNA, Tarnland – ", S,
		true, "LENNA, Tarnland", "", "", true, false},
	{"caps city, double hyphen", "PORT CALDER -- ", S,
		true, "PORT CALDER -", "", "", true, true},
	{"caps city, hyphen", "PORT CALDER - ", S,
		true, "PORT CALDER", "", "", true, true},
	{"caps city, underscore", "PORT CALDER _ ", S,
		false, "", "", "", true, false},
	{"caps city, colon", "PORT CALDER: ", S,
		false, "", "", "", true, false},
	{"two-letter caps word", "TN — ", S,
		false, "", "", "", false, true},
	{"unknown outlet ending in Wire", "LENNA (Tarn Wire) - ", S,
		true, "LENNA", "Tarn Wire", "Tarn Wire", true, true},
	{"unknown outlet ending in News", "CALDER (Calder News) -- ", S,
		true, "CALDER", "Calder News", "Calder News", true, true},
	{"unknown call sign with digits", "LENNA (KTRN13) — ", S,
		false, "", "", "", true, false},
	{"unknown acronym, no space before the dash", "LENNA (TNA)- ", S,
		true, "LENNA", "", "", true, true},
	{"title-case place and unknown call sign", "Lenna, Tarnland (KTRN) – ", S,
		false, "", "", "", true, false},
	{"two places with a slash", "PORT CALDER/LENNA (Reuters) - ", S,
		true, "PORT CALDER/LENNA", "Reuters", "Reuters", false, false},
	{"local outlet and wire with a slash", "LENNA (Tarn Seattle/AP) — ", S,
		false, "", "", "", false, false},
	{"known agency in lower case", "KESTEL (dpa) - ", S,
		true, "KESTEL", "Deutsche Presse-Agentur", "Deutsche Presse-Agentur", false, true},
	{"place with a lower-case particle", "Porto de Lenna (Reuters) - ", S,
		true, "", "Reuters", "Reuters", false, false},
	{"accented caps city and wire", "ZÜRLEN (Reuters) - ", S,
		true, "ZÜRLEN", "Reuters", "Reuters", false, true},
	{"accented caps city", "ZÜRLEN — ", S,
		false, "", "", "", false, true},
	{"accented title-case city and wire", "São Lenna (AFP) - ", S,
		true, "São Lenna", "Agence France-Presse", "Agence France-Presse", false, false},
	{"place and known outlet, no dash", "Marlow (CNN) ", S,
		false, "", "", "", true, false},
	{"known outlet alone, no dash", "(CNN) ", S,
		false, "", "", "", true, false},
	{"place, country and known outlet, no dash", "Port Kestle, Osterland (AFP) ", S,
		false, "", "", "", true, false},
	{"place and unknown outlet, no dash", "Marlow (Harbor News) ", S,
		false, "", "", "", false, false},
	{"caps city and a bracket naming no outlet", "PORT CALDER (updated) — ", S,
		true, "PORT CALDER", "", "", false, true},
	{"place in brackets", "(PORT CALDER, TN) – ", S,
		false, "", "", "", false, false},
	{"caps city and state, wire", "SAN LENNA, Calif. (AP) — ", S,
		true, "SAN LENNA, Calif.", "Associated Press", "Associated Press", true, false},
	{"notes, byline and date before the mark", "(Updates with the board's vote) By Ana Ros March 3 (Reuters) - ", S,
		true, "", "Reuters", "Reuters", false, false},
	{"lower case after the dash", "PORT CALDER — ", "the ferry board closed the night crossing on Tuesday.",
		true, "PORT CALDER", "", "", true, false},
	{"quotation after the dash", "PORT CALDER — ", `"We are closed," the ferry board said on Tuesday.`,
		true, "PORT CALDER", "", "", true, true},
	{"company in lower case after the mark", "(Reuters) - ", "eFerry Ltd closed the night crossing on Tuesday.",
		true, "", "Reuters", "Reuters", true, false},
	{"digit after the mark", "PORT CALDER (Reuters) - ", "3 ferries stopped the night crossing on Tuesday.",
		true, "PORT CALDER", "Reuters", "Reuters", true, false},
	{"no space after the dash", "PORT CALDER —", S,
		false, "", "", "", true, false},
	{"no space before the dash", "PORT CALDER— ", S,
		true, "PORT CALDER", "", "", true, true},
	{"file photo label", "FILE - ", "In this March 3 photo, the ferry board meets in Port Calder.",
		true, "FILE", "", "", true, true},
	{"link label", "MORE: ", "Ferry board closes the night crossing for the winter months.",
		false, "", "", "", true, false},
	{"update label", "UPDATE: ", S,
		false, "", "", "", true, false},
	{"caps words running into a sentence", "", "A DECKHAND fell overboard — and swam back to the ferry at dawn.",
		false, "", "", "", false, false},
	{"title-case place, no mark", "", "Kestlow - The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", false, false},
	{"video length", "", "Video (02:04) : The ferry board closed the night crossing on Tuesday.",
		false, "", "", "", false, false},
	{"speaker and colon", "", "A harbour spokeswoman said: The ferry board closed the night crossing.",
		false, "", "", "", false, false},
	{"bracket naming no outlet in a sentence", "", "The buyer (left) - a ferry firm - paid cash for the boat.",
		false, "", "", "", false, false},
	{"acronym in a sentence", "", "The Harbour Trust (HT) President Ada Holm signed the law.",
		false, "", "", "", false, false},
	{"photo credit in a sentence", "", "President Ada Holm (AP photo) signed the harbour law on Friday.",
		false, "", "", "", false, false},
	{"mark deep in a sentence", "", "The ferry company, which has run the crossing to the islands since long before the war and through two floods, said (Reuters) - " + S,
		false, "", "", "Reuters", false, false},
	{"mark mid-text", "", "The ferry board said on Tuesday (Reuters) - that it closed the crossing.",
		true, "", "Reuters", "Reuters", false, false},
}
