// Package claims aligns the statements of a story's articles into claims,
// finds where the articles disagree, and tells an article's stance towards
// a claim.
//
// A claim is a sentence-level statement found in one or more articles. Two
// sentences state the same claim when they share enough weighted content:
// stemmed content words, capitalised names, numbers and dates (normalised,
// so "Aug. 18" = "August 18" and "four cities" = "4 cities"). Word order does
// not matter. A short sentence is read as a paraphrase of part of a
// long one only when they share three words or more. What two sentences
// share must be in part their own words, a verb or a common noun: two
// that share only names, places, figures and days ("Officials of the
// Harbour Trust met in Port Arden" / "The Harbour Trust's logs were
// stored in Port Arden") state two facts, and the day someone spoke
// ("..., Varga said Tuesday") is no part of what was said. Two sentences
// giving one thing one nickname ("nicknamed Spelacchio", "known as the
// Grey Lady") state that fact however differently they go on, when they
// share the thing's word too and half the alignment threshold. Two sentences whose
// common words lie mostly in a relative clause between commas (", who
// goes by the name ..., "), in a clause describing a person named that
// ends the sentence (", who first signed the bill in 2009."; not one
// telling what people say: ", who say the best way is ..."), in an
// opening phrase setting the scene ("At the opening of the lifeboat station on
// Saturday, ...") or in an opening condition ("If you watched ..., you may
// have noticed") state different facts, and so do one telling only of
// deaths and one telling only of injuries ("50 people were killed" / "at
// least 50 were injured"), and so do two counting one thing differently
// where a count is a bound or a range ("more than 180 people were
// killed" / "at least 150 people were killed"; not dollars or percent,
// which do not say what they measure): bounds are never compared within a
// claim (a toll's bound is compared with exact counts of the same unit), and the claim would show one article behind the other's
// figure. Two sentences only thinly alike (similarity
// under 0.6) must share more than who, where and when: a verb of both
// ("arrested"; not "said" or "reported", nor a noun in -ing such as "the
// shooting"), words quoted alike, a figure, a dated day or year (not a
// weekday), or two of their own words outside the attribution; who said
// a thing and to whom ("lawyer Ines Marlow told the Post") and a name's
// particles ("de" in "Maison Culturelle de Port Arden") are no words of
// the sentence's own. A question ("What part did the fog play?") aligns
// with no statement but one printing its words with a stop. Two
// sentences telling one fact may each add something else in a closing
// clause (", saying he made no threats", "despite a long list of
// topics", "— leading to ..."): left out of both, what remains states
// one claim when it is alike above the threshold by a margin and shares
// four features or more ("Sotloff", "camera", "killed" are two facts).
// Two outlets' sentences (not quotations) telling only of deaths with the
// same toll of ten or more ("has killed more than 2,000 people", "more
// than 2,000 people have died") state it as one claim when they are
// alike at 0.6 of the threshold. Two sentences telling one event in
// their own words, each with its own details ("Harbour riot police fired
// water cannon at fishermen ..." / "Near the lighthouse, Harbour riot
// police unleashed water cannon and pepper spray ..."), state one claim
// when they are alike at 0.6 of the threshold and their main clauses
// (past a dateline and an opening phrase) have the same subject of two
// words or more, the same verb or one of a few of one meaning ("fired",
// "unleashed", "used", "responded with"), an object of one head noun and
// no other day; a sentence that negates, refutes, asks, quotes or
// reports a saying tells no such event.
// Two sentences must share two features or more besides who said them
// (a quotation and another thing its speaker said share the speaker and
// a word), and a title in lower case between a body's name and a
// person's ("Harbour Trust deputy press secretary Ana Vell") is part of
// the name, not the sentence's own words. A sentence telling what someone
// means to do ("is to be proclaimed", "vowed to respond") and one telling
// it was done ("was proclaimed", "responded") state two claims, and so do
// one holding a fact back ("declined to say whose radio ...", "it is
// unclear how ...") and one stating it, when most of what they share lies
// in what the one holds back. An article whose sentence gives another
// figure than the claim's leading sentence for the same thing (a count
// of one unit, a date) tells the event but is not listed as stating the
// claim; it may still be a side of a conflict.
// A sentence of two parties ("Lenovo and BlackBerry said they do not
// comment") and one whose subject names one of them only ("A BlackBerry
// spokesperson said ...") state two claims: the other party may have
// said nothing. A party's own announcement of its plan ("Wexcombe said
// it would split in two", "Wexcombe on Monday said it plans to ...") and
// a report of that plan ("..., the Lenna Post reported", "according to
// people familiar with the matter", "reportedly") state two claims: the
// one is the party's word, the other a report it may confirm or deny.
// Sentences join the claim of the most similar leading sentence; two
// claims of two articles or more each are then one when at least half of
// their sentence pairs across articles (four or more) align, no pair
// denies the other, and their leading sentences are alike at 0.6 of the
// threshold at least (a copy printing two facts as one sentence is like
// both). A claim is worded by the sentence that reads best alone: no pronoun,
// "This" or "The latter" pointing back, a quotation with its speaker named ("..., Varga
// said.") when some sentence of its articles names one, else with "he
// said" rather than none, no outlet's own "our", no wire dateline
// (outlets.ReadDateline). A quotation that names no one is worded with
// the sentence before it that names the speaker ("..., Varga said." or a
// bare "Varga told the Post."), unless that sentence states another
// claim: the two rows would read as one repeated. Support is counted by independent origin: an article whose
// sentence lies in a passage it reused from another supporting article
// counts with that article. A bare lead-in to a quotation ("Fox News
// reports:", "Harbour master Ilse Brandt told the Lenna Post.": who spoke
// and to whom, nothing else), a heading (a short line of its own with no verb and no
// stop, or one set in capitals in a mixed-case article), a related
// story's headline in brackets, a bare link and a note citing a source
// ("Harriet Pell diary, June 4, 1872, Wexley Town Archive.") are no
// statements and state no claim. A social post embedded in an article (a line signed
// "— Name (@handle) Date") is its author's words, not the outlet's: two
// articles embedding one post are not two origins stating it, so it
// supports no claim and is no side of a conflict; the outlets' own
// sentences reporting what it says still state it, and meet through it.
//
// Conflicts are found precision first:
//
//	number   aligned sentences give different figures for the same unit, or
//	         articles give different rates ("38,000 vehicles a day" vs
//	         "35,000"); rounded figures are compared at their precision,
//	         bounds and ranges ("more than 200", "50 or 60") not within a
//	         claim, a measure converted in brackets ("2,500km (1,550
//	         miles)") as rounded; one person's age ("26-year-old Jane Roe" vs "Roe, 27"), the person
//	         known by full name, by a nickname the story uses for one
//	         person only, or by a surname its article used before for one
//	         person only, ages at another time ("In 2009, the
//	         19-year-old ...") not read; the same count given as deaths
//	         and as injuries in sentences telling one event (unsure); one
//	         thing counted in two articles' sentences that do not align
//	         ("212 passengers on board" vs "230 passengers on board the
//	         Kestrel": one exact count each, the same words between number
//	         and noun, the same holder) (unsure); exact
//	         counts of the dead, or of the hurt, in one named place ("eleven
//	         people were hurt in Orvell" vs "four marchers were injured in
//	         Orvell"), or an exact count below a least or above a most of the
//	         same unit ("at least 28 people, including nine children, were killed"
//	         vs "26 people died"), though the sentences do not align, as
//	         differing figures, and so does how far apart two places are
//	         ("located 90 miles apart" vs "just over ninety kilometres
//	         away"), read in kilometres, in sentences naming someone or
//	         somewhere alike: a distance converted agrees within a tenth,
//	         "just over" is near its figure, another bound is not read;
//	         and so does one doer's running total of
//	         one act ("it has already shed 36,000 employees" vs "the
//	         34,000 people it had already jettisoned": a perfect with
//	         "already", the same doer, the same verb or two of cutting
//	         staff): counts rise as a story goes on, so when
//	         every article's time is known a later higher count is an
//	         update, no conflict, and a later lower one contradicts
//	date     aligned sentences give different dates, or articles date one
//	         event differently ("begin on March 30" vs "not before April 30");
//	         weekdays are not compared
//	name     the same role ("Stockton Police Chief", "chief engineer") filled
//	         by different people; one act (a verb in the past and its
//	         object's head noun: "killed the scorpion", "stomped the
//	         scorpion to death") done by doers who cannot be one: other
//	         head nouns, one several people ("flight attendants", "the
//	         crew"), the other one person ("the woman"); not a pronoun, a
//	         name, two descriptions of one person ("the passenger" / "the
//	         woman") or a doer of two ("the woman and her son"); a second
//	         verb joined by "and" has the first's doer, and its "it" the
//	         first's object ("brushed the scorpion away and killed it")
//	negation one article states what another denies ("provides money" vs
//	         "expertise, though not money"; "is a sanctuary city" vs "is not";
//	         "Ricks has been accused by Nora Vale" vs "Vale has not accused
//	         Ricks": a passive's doer, a name after "by", is its subject;
//	         a frame refutes the clause it holds: "denied that P",
//	         "debunked reports that P", "reports that P are false", "the
//	         claim that P is a hoax", "falsely claimed that P", where P
//	         has a subject other than a pronoun, or a pronoun standing
//	         for the denier ("the agency has denied that it issued a
//	         ban", "has denied it has the right", without "that"); a
//	         possession is denied too ("does not have the right to
//	         close", "has no right to close": the same verb after "to"),
//	         and a pronoun under a frame of saying is the frame's subject
//	         ("the board said it did not sign" / "has said it has the
//	         right"; "he" and "she" only for a name); a verb with a
//	         particle ("made up his mind") is another verb; one who
//	         "suffered only minor injuries" states that she was injured
//	         ("was not injured"; not "not seriously injured"). A subject
//	         is read past a relative clause between commas ("The woman,
//	         whose name was not made public, was freed": the woman, not
//	         "public") and, for a second verb joined by "and" ("was freed
//	         and suffered"), is the first verb's. A sentence that
//	         refutes a clause never states the claim of the sentence
//	         stating it; the clause of a report
//	         ("allegations that P are coming out") is no statement, and a
//	         rumour's refutation does not contradict one reporting the
//	         rumour as a claim ("a blog claimed that P"));
//	         withholding a statement ("would not comment", "were unable to
//	         confirm") is no denial. A subject said to be unable to do a
//	         thing ("the keepers of the goat were unable to pay", "cannot
//	         afford to repair") against another article saying it does or
//	         will, in sentences that need not align; the subject may be a
//	         person the other article names in that role ("keeper Piet
//	         Varga", "Varga, the goat's keeper") and refers to by name or as
//	         "he" after the name ("Varga said he will pay"); against a plan
//	         it is just sure enough to show (two accounts of the means).
//	         A thing one article says was done on purpose ("waking me up
//	         was deliberate", "the fire was no accident") that another says
//	         happened by accident ("was accidental", "accidentally set"), or
//	         that an implied cause says was unplanned ("woke up after the
//	         anaesthetic wore off", just sure enough to show); the same
//	         event (verb or noun, "woke" = "waking"), a noun's modifiers not
//	         differing ("first fire" / "second fire"), a verb's doer and
//	         object the same; a rumour's or report's clause ("the rumor that
//	         she accidentally woke") is nobody's statement
//
// Both sides must be about the same thing, asserted. A conditional or
// counterfactual ("if the alarm hadn't gone off"), a question, an open
// question ("not known whether") or a clause under another negation asserts
// nothing and is never a side. A denial must have the statement's subject
// (no other modifier: "crew weapons" vs "personal weapons"; not a noun inside
// a phrase: "guidelines on saturated fats") and object; two figures or dates
// must hang from the same verb and, for dates, the same event ("arrested on
// May 2" vs "charged on May 4" are two facts).
//
// Every conflict carries a confidence (0 to 1) that the sides really
// disagree about the same thing; the dossier holds back those below its
// threshold. Unsure ones are reported below 0.5 rather than dropped: a hedge
// ("may have", "reportedly", a party's "insisted") against a statement or
// denial, a plan against what happened ("would attend" vs "did not
// attend"), a figure whose verb is read on one side only, a one-word title
// or a rank many hold ("Prime Minister") filled by two names, and names a
// letter or two apart (one name spelled two ways). Each side's Spans are the
// sentences that state its value, one per article, and the note says in
// one line what differs ("38,000 vs 35,000 vehicles a day", "states it
// provides money (A) / denies it (B)").
//
// An article that gives both values of a conflict is on neither side.
// Clash and Disowns answer a narrower question for the summary: whether a
// passage aligned with a sentence can be listed as its support (another
// weekday, an incompatible date, a denied predicate, "..., not Kushner,").
// Find, Stance, Clash and Disowns are pure functions of their inputs.
package claims
