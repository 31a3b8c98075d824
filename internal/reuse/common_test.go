package reuse

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

// Two outlets print a pupil's letter in full (each paragraph opening a
// quotation, only the last closing it) and embed the same tweet; their own
// sentences are written apart. Quoted material every outlet carries is not
// evidence that one copied the other.
func TestLetterAndTweetQuotedInFullAreNotReuse(t *testing.T) {
	a := `A ferry captain who told his sailing class he was afraid of deep water received a card from a 10-year-old pupil.

The pupil handed it over after the last lesson of the season. The full card reads:

“Dear Captain Holm

“Even though you are afraid of deep water, I will always sail with you the same way as I do now. You are a patient teacher and these are some words I would use: calm, funny, clever, kind and brave.

“From T

PS. The whole class is proud of you”

10-year-old gave this card to her sailing teacher after he spoke about his fear http://t.co/Zq81Kd pic.twitter.com/Hq2LmQ— Harbor Bulletin (@harborbulletin) March 3, 2031

The captain said the class had asked him about the lighthouse rescue, and he decided to answer honestly.`
	b := `The letter that a 10-year-old pupil wrote to her sailing teacher has moved readers across the island.

The captain had admitted to the class, during a lesson on the lighthouse rescue, that deep water frightened him. The full card reads:

"Dear Captain Holm

"Even though you are afraid of deep water, I will always sail with you the same way as I do now. You are a patient teacher and these are some words I would use: calm, funny, clever, kind and brave.

"From T

PS. The whole class is proud of you"

10-year-old gave this card to her sailing teacher after he spoke about his fear http://t.co/Zq81Kd pic.twitter.com/Hq2LmQ

Neither the school nor the pupil has been named.`
	arts := []corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 0 {
		t.Errorf("a letter and a tweet both quote: %d reuse edges (%v), want none", len(res.Reuse), evidence(res.Reuse))
	}
}

// Five outlets write up one police report in their own words; all carry its
// phrases ("the Tarn police station in Ostvik district", "the groom Pavel
// Orsk suffered a seizure"). Two of them sharing those phrases did not copy each
// other; a sentence lifted whole still counts.
func TestPhrasesMostArticlesCarryAreNotReuse(t *testing.T) {
	texts := []string{
		"A complaint was later lodged at the Tarn police station in Ostvik district by the groom's family. The new husband was her cousin's brother-in-law, witnesses said, after the groom Pavel Orsk suffered a seizure at the altar.",
		"Relatives of the groom went to the Tarn police station in Ostvik district on Sunday. The man she chose instead turned out to be her cousin's brother-in-law, a farmer from the hills, once the groom Pavel Orsk suffered a seizure.",
		"The bride picked a guest, her cousin's brother-in-law, and married him within the hour when the groom Pavel Orsk suffered a seizure. The jilted family then filed a report at the Tarn police station in Ostvik district.",
		"Officers at the Tarn police station in Ostvik district said both families had settled. Nobody had known that the chosen guest was her cousin's brother-in-law until the rings were exchanged; earlier the groom Pavel Orsk suffered a seizure.",
		"Her cousin's brother-in-law said yes at once, reporters were told. By evening the matter had reached the Tarn police station in Ostvik district, where officers heard both sides. At the start the groom Pavel Orsk suffered a seizure.",
	}
	var arts []corroborate.Article
	for i, s := range texts {
		arts = append(arts, mkArticle(t, string(rune('a'+i)), "", "", s))
	}
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 0 {
		t.Errorf("phrases every report carries: %d reuse edges (%v), want none", len(res.Reuse), evidence(res.Reuse))
	}
	lifted := "The jilted family then filed a report at the Tarn police station in Ostvik district after the bride picked a guest and married him within the hour, to the cheers of the whole village."
	arts[2] = mkArticle(t, "c", "", "", lifted)
	arts = append(arts, mkArticle(t, "f", "", "", "Weddings are rarely this eventful. "+lifted[:len(lifted)-len(", to the cheers of the whole village.")]+"."))
	if res := Analyze(arts, nil, Options{}); len(res.Reuse) != 1 {
		t.Errorf("a sentence lifted whole: reuse %v, want one edge", summarize(res.Reuse))
	}
}

// A credit in a sentence the two articles do not share vouches for that
// sentence only: it says nothing about which way the shared text went.
func TestCreditOutsideTheSharedSentencesIsNoDirection(t *testing.T) {
	shared := "The lighthouse keeper on Skarn island rowed four stranded divers to the harbor through a winter gale on Tuesday night, and the coast guard later thanked him at the quay."
	a := "Keeper hailed as a hero.\n\n" + shared + " He said the sea was calmer than it looked, Harbor Radio reports.\n\nThe divers were treated for cold at the clinic and sent home."
	b := "A night on the water.\n\n" + shared + " The keeper has served on the island for thirty years.\n\nNo one was hurt."
	arts := []corroborate.Article{mkArticle(t, "a", "", "", a), mkArticle(t, "b", "", "", b)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	for _, e := range res.Reuse[0].Evidence {
		if strings.Contains(e, "for the shared text") {
			t.Errorf("direction evidence %q: the credit's sentence is not shared", e)
		}
	}
	// The same credit in the shared sentence vouches for it.
	a = strings.Replace(a, "\n\nThe lighthouse keeper", "\n\nAccording to Harbor Radio, the lighthouse keeper", 1)
	arts[0] = mkArticle(t, "a", "", "", a)
	res = Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || !strings.Contains(strings.Join(res.Reuse[0].Evidence, " "), "credits Harbor Radio for the shared text") {
		t.Errorf("credit in the shared sentence: reuse %v, evidence %v", summarize(res.Reuse), evidence(res.Reuse))
	}
}

// An agency's copy that says whose reporting the shared text is ("…, the
// Journal reported") is the copy, though it carries its own dateline, is
// an agency's text and words the shared passage at more length: its credit
// outweighs those hints.
func TestAgencyCreditOutweighsItsHints(t *testing.T) {
	journal := "Tarn Shipping is in serious talks to buy the Lenna ferry line, according to a person familiar with the matter. A deal could value the ferry line at more than two hundred million crowns and might be signed this week, the person said. Tarn Shipping declined to comment."
	wire := "LENNA (Reuters) - Tarn Shipping is in serious talks to buy the Lenna ferry line, the company that runs the night crossing to Orvell, the Harbour Journal reported on Monday, citing a person familiar with the matter. A deal could value the ferry line at more than two hundred million crowns and might be signed as soon as this week, the Journal reported.\n\nThe ferry line carried 1.2 million passengers last year."
	arts := []corroborate.Article{mkArticle(t, "j", "", "", journal), mkArticle(t, "w", "Reuters", "", wire)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 {
		t.Fatalf("reuse %v, want one edge", summarize(res.Reuse))
	}
	if r := res.Reuse[0]; r.From != "j" || r.To != "w" {
		t.Errorf("direction %s → %s, want j → w (the agency credits the Journal); evidence %q", r.From, r.To, r.Evidence)
	}
}

// A credit in a sentence of its own between two sentences the articles
// share, in one paragraph, retelling the other's words, vouches for the
// text around it: the article that gives it is the copy, even when its
// version is the longer.
func TestCreditBetweenSharedSentencesMarksTheCopy(t *testing.T) {
	origin := "Stage news.\n\nThe singer Ossian Vell has revealed that he dated the actress Mira Tolland when he was 22 and she was 31. " +
		"\"Going out with Mira was thrilling,\" he told the Weekend Ledger. \"She was older than me and very funny.\" " +
		"He ended it when she published her 1998 photo book Glass, which showed the pair on a beach and her with other men. " +
		"Vell joins the new series of Skating Stars tonight."
	copied := "Ossian Vell Explains Why He Left Mira Tolland\n\n" +
		"The singer Ossian Vell revealed in an interview that he dated the actress Mira Tolland in the summer of 1997. " +
		"It was \"thrilling\" to date an older woman, and she was \"very funny,\" he told the Weekend Ledger, according to the Harbor Courier. " +
		"Vell, whose real name is Osgood Vellany, ended it when she published her 1998 photo book 'Glass,' which showed the pair on a beach and her with other men, he said at length."
	arts := []corroborate.Article{mkArticle(t, "origin", "", "", origin), mkArticle(t, "copy", "", "", copied)}
	res := Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || res.Reuse[0].From != "origin" {
		t.Fatalf("reuse %v (evidence %v), want origin -> copy", summarize(res.Reuse), evidence(res.Reuse))
	}
	if !strings.Contains(strings.Join(res.Reuse[0].Evidence, " "), "credits Harbor Courier for the shared text") {
		t.Errorf("evidence %v, want the credit between the shared sentences", res.Reuse[0].Evidence)
	}
	// A credit there for news the other article does not give vouches for
	// that news only.
	copied = strings.Replace(copied, "It was \"thrilling\" to date an older woman, and she was \"very funny,\" he told the Weekend Ledger, according to the Harbor Courier.",
		"A film of their summer is planned for next spring, according to the Harbor Courier.", 1)
	arts[1] = mkArticle(t, "copy", "", "", copied)
	res = Analyze(arts, nil, Options{})
	if len(res.Reuse) != 1 || strings.Contains(strings.Join(res.Reuse[0].Evidence, " "), "for the shared text") {
		t.Errorf("credit for news of its own: reuse %v, evidence %v", summarize(res.Reuse), evidence(res.Reuse))
	}
}
