// Package quotes finds who said what: the direct quotations of each article
// with their speakers, and the same quotations across the articles of a
// story.
//
// Extract reads one article. It pairs quotation marks (curly, straight, two
// apostrophes, guillemets; single marks too in an article that sets its
// quotations in them and has no double mark; a quotation left open at the
// end of a paragraph runs on when the next paragraph opens with the same
// kind of mark; a curly pair inside a quotation is nested in it when the
// marks balance; a transcript set in quotation marks, `"QUARRIE: ...`, gives
// one quotation per turn, its label the speaker),
// then looks for each quotation's attribution: after it (`"...," said
// Police Chief Victor Whitfield`, `"...," a statement from Vermont
// corrections read`, `"...," the website quoted Samir Taloub as saying`),
// before it (`Varga wrote:`, `Brennan told reporters,`, `MARLOWE:` in a
// transcript), on the line before (`Lindqvist continued:`) or after (`―
// Marta Quell, a nurse`), or in the next sentence when it opens with
// the speaker (`"..." Grant Holloway said so on Tuesday.`). Quotations split
// by their attribution (`"X," she said. "Y."`) are one mention with two
// parts; a second quote after its own cue (`adding that "Y."`, `but
// added: "Y."`) is another. Quoted words inside a reported sentence (called
// the levy "a cheap trick.") are kept and marked Partial; nicknames
// and names of shows and works (`known as "the Ferryman"`, `"Morning
// Joe"`, `their book, "Salt and Silence on the Fens."`, a name the
// sentence goes on after, `"Harbour Jack" was hurt`), a reporter's words
// for a source (`"a source close to the board"`) and words after
// "continued" before a participle (`continued "playing the invalid"`)
// are not quotations; in `called "Skipper" his "anchor"` the second
// quotation is the caller's. A quotation standing alone in its paragraph
// keeps the speaker of the quote before it, across a few paragraphs and
// lines of page furniture, unless someone else is named or reported
// speaking in between (people named only of the other gender, in narration
// that speaks of the speaker as "he" or "she", do not count), or takes the
// speaker reported in the sentence or paragraph just before it; the
// article's first quote alone after a short paragraph naming one person is
// theirs. A paragraph that runs on a quotation left open without opening a
// mark is still quoted: no one is reported speaking in it. Quoted words in
// the first person inside a sentence that reports no one speaking are its
// subject's. Pronouns resolve to the latest compatible named
// speaker, reported speech included ("Ian Royce said his officers ..."
// then `"...," he said`), to a description of one person quoted in the
// same paragraph (`"...?" said one former official. ..., he said`), or to
// the person whose name opens the pronoun's own sentence or the short
// sentence before the quote (`Koss, for one, is impatient. "...," he
// says.`), to the one person of the pronoun's gender named last, within
// four paragraphs, when no one is reported speaking since (`... the £12 Mr
// Harlow paid.` ¶ `He found it ...` ¶ `"...," he said`; a first name
// shared by men and women gives no gender), to "the teacher" described
// speaking when no one is named, to a
// person an excerpt of someone's writing names (`Lee reports:` then
// `"Paula thought ..."` then `"...," she said`); "it says" with no body
// reported speaking is the document named just before, "their
// statements:" the body or group reported speaking ("police claim ...").
// A quotation alone in its paragraph after a short paragraph naming one
// person is theirs; so is one that speaks of "he" after `Voss adds that
// Ibbot ...` (Voss's). A definite description speaking after a sentence
// that opens with a name is that person (`Benno, the youngest, sang
// too.` then `"...," the little singer added`); "the reporter" is the
// person named "reporter Owen Tull"; a one-word name the text gives a
// person (`who calls herself 'Wren'`) is that person, not a paper of
// that name. A group with no determiner speaks ("police said");
// a sign that read, a note, an alert and an article that read are
// documents; a role after the cue is followed by the name it gives
// (`says coast guard commander, Ines Calloway`). A "she" resolved
// to a name makes it female for the pronouns after it. "The interim
// premier" is the one person the text gave that role, and bare surnames
// resolve to the full name the article
// gives, with its titles and the role set after it ("Anton Mercer, a
// spokesman for the mayor"). "according to Harbourwire" is a credit to an
// outlet when someone else is named; with no one else, the quotation is
// the outlet's own reporting and the outlet its speaker (an organization
// with the role "news outlet"), though never a side of a conflict.
//
// Quoted words inside paraphrase take the sentence's subject when its verb
// tells of a stance rather than of saying (`He expressed hope that the vote
// would bring "a bridge for everyone."`, `thanked the crews "who worked
// through the winter."`); a second piece of the same reported sentence with
// no one else speaking in between is a second part of the first piece's
// mention (`she was "sorry to have bought" the kite for her nephew, "only to
// find ..."`; a word or two there stay the writer's); "it added" after a
// quote given in a statement is the statement's authors. Hashtags, a work
// after its makers' names (`the Coens' "..."`), a long name inside a
// sentence, words between a determiner and their noun (`that whole "..."
// state of mind`), a quoted subject after a colon and the writer's own
// marks (`I ask how "loyal" a film is`) are no quotations. A dateline is
// no subject, one with its agency in brackets too ("Kessport (Harbourwire)
// – Mayor Ada Holm ..."), but not a name with a party label or an aside
// between dashes; a participle after a dash is a thing telling, no one
// speaking; "one party aide of the Wardens" is the aide. A cue that
// closes a sentence before a participle's clause (`..., Holm said, using
// the old name`) still attributes it; a quote paragraph that stops inside
// its sentence and runs on a complement (`"...energy" to rebuilding it.`)
// keeps the speaker before; "said a source familiar with the talks" keeps
// what the source knows in its label. "The Democratic frontrunner wrote"
// right after a sentence that opens with a person named in full, and
// names no one else, is that person (an office, "the mayor", only when
// the text gave it to them; never after a contest, an aside or with the
// person named again); "the release said" after `the Republican Party of
// Ostland announced` is the party's; "Mrs Arden" after `President Tomas
// Arden's wife Anna` is the wife.
//
// Web news adds its own shapes: a word that is capitalised only because it
// opens a sentence ("Ultimately,", "Following", "Said", "Two") is no name; a
// name set in quotation marks inside a sentence (`the "Salt Road" author
// wrote`, `R "Ray" Okonjo`) is no quotation and leaves the attribution
// around it whole; a name and a role under a pulled quote with no verb is its
// speaker; a closing single mark typed for the double one before a speech
// verb closes the quote; and a "he" or "she" that nothing else explains is
// the person the sentence before names, or the one the last sentences open
// with, when no one else is named in between. A second verb after "and"
// keeps the first one's subject (`said she was "grateful" ..., and pledged
// to "rebuild the docks"`), also when a report closes the sentence (`and
// vowing to "...," a new report revealed`); an outlet that "is told" only
// heard the words; a caption "with the caption," is the words of the one
// who shared or posted it. A "he" or "she" is not a person the quotation
// names (`Hal is hurt. He says: "Tom could have called."`), nested
// quotations aside; and in an interview piece where one person gives two
// of the attributed quotes (three times anyone else's), a first-person quote paragraph that found
// no speaker and does not name them is theirs. `in which Oran apologized
// for saying` is Oran's; words someone "referred to" a thing "as" are
// theirs (a letter that "refers to" a program gives none); a participle
// after a person placed "alongside" another is the sentence subject's; a
// possessor's first name given in full only later is that person; the name
// of a show between a cue and the quoted words (`told Channel Four's
// "Tideline" that the ferries "were never safe"`) leaves the cue its words,
// and the show a cue says words were said on (`said on "Fox & Friends."`) is
// no quotation; a lawmaker's party and state between commas (`Sen. Marsha
// Kell, R-Tenn., told`) are part of the name.
//
// A quotation is never given to the wrong side by the words around it: a
// "he" or "she" after a quotation is the one person the sentence just
// before names as its subject, whatever its verb (`his aunt, Amanda
// Ferro, believes he will walk.` ¶ `"...," she said`), when that person is
// known as a man or a woman or by a title; a pronoun whose own sentence
// names one person as a possessor is that person (`the origin of Ibbot's
// slip, when he said`), and one given a role there is the person with
// that role (`During ten years as mayor, he`); a definite description
// reported speaking in the paragraph ("the former mayor said") is the
// pronoun's referent when the last named speaker was given another role.
// The subject of a verb speaks, not its object (`Brandt endorsed Harwick
// saying`, `blanked on the third, saying`, `asked President Varga to send
// help`), nor a possessed thing after a cue (`said Brandt's expected
// appointment "..."`); the one heard saying speaks (`a call in which a
// woman is heard saying`); "Gore's rejoinder:" is Gore's; a place is no
// name (`an unnamed protester in Ulby` and `The Vermont lawmaker` are
// descriptions, kept whole, as is `one of the protest leaders`); a long
// document phrase with its author is the document; and a word quoted
// after a distancing adverb before its noun (`the supposedly "live"
// show`) is no quotation, the cue before it introducing the one after.
//
// A body the text named and then calls by a bare noun ("the company",
// "the group", "the commission", "the production company") is the named
// one when its name's words fit the noun and hold the words before it,
// unless the text brought in another body of that kind since ("hired a
// contractor"), or two named bodies fit. A "they" after a sentence whose
// subject is a named body is the body, unless people the body acts on
// are in that sentence ("fired twelve workers"). A document named again
// ("The statement, which ran to four pages,") leads back to the one who
// issued it; one named with its writer after its noun ("a note he
// received from a nine-year-old pupil", "a letter from the Velt Rowing
// Club") is that writer's.
//
// Bodies speak as bodies: a seat of government or a chamber ("the
// Kremlin", "the Bundestag", "Downing Street", "Number 10"), a capital
// standing for its government ("Moscow called the vote ...") and a
// ministry or a court are organisations. A role qualified by a
// nationality or a place ("the Ukrainian leader") is the one person the
// text gave it, before the name or between commas ("Ukrainian leader
// Pavlo Marchenko", "the Ukrainian leader, Pavlo Marchenko,"), or the
// name in the appositive after it. A label opening a line ("Statement:",
// "Response:") is a document, not a person of that name. One who
// "replied" after `Dunn asked Rask whether ...` is Rask, the one asked; the
// person a cue's object names (`He told Vell that`) is not its speaker,
// and a passive cue ("the boys were asked") is no one speaking. A short
// quoted piece (a word or two) after the first piece of a reported
// sentence is a second part of its mention (`was "believed dead," or
// merely hurt, or "badly wounded"`) unless a pronoun opens someone else's
// clause before it; a quote whose sentence runs on to an inverted cue
// (`"..." than for the rival lines, wrote Ada Holm`) is the name's; a
// short sentence standing alone in its paragraph is a quotation; "the
// first of many notes" reads the quote it follows; a pulled quote with
// no speaker is the speaker's whose quote elsewhere holds its words; and a
// quote alone in its paragraph after a short paragraph that names no one
// and tells of the last speaker as "he" or "she" is that speaker's. A
// company named between two pieces of a reported sentence does not part
// them; a person does.
//
// A role written right before a name ("Police union spokesman Ivo Tark")
// runs on to the name when the sentence's subject is read. A participle
// after a name governed by a preposition (`a letter posted on Twitter
// Tuesday, saying`) is the sentence subject's, not that name's.
//
// A capitalised common word that only opens its sentence ("Each", "Back
// in 1999", "Wait,", "Hours later", "Signs of ...") is no name, nor is a
// dateline with a date; one who wrote a play or a book is not reported
// speaking.
//
// Sentences name their speaker in more shapes: a day between a verb and
// its participle (`issued a statement on Friday saying "..."`), "spoke
// of" right before the words (not after "rarely" or "never"), a past
// participle's phrase before the subject (`Based on a month of soundings,
// Ferrow Harbour Trust ... and said`: the name opening the chunk that
// holds the verb, never a place), `"..." as its last skipper Oona Brack
// remembered`, an adverb after the pronoun ("He instead wrote"), and an
// appositive whose closing comma is left out before a far cue. "Former
// court PR aides" is a group, no one named PR. A possessor's role after a
// name (`Tomas Vell, Carrow's deputy harbour master for ..., said`) is the
// name's; a participle with a time after a quote (`"..." announced in
// March, said Orla Fenn`) is no cue of its own; a work's title between
// commas after "book" or "film" is not the subject; "It's claimed that"
// reports no one.
// A "she" in a paragraph that introduces one person, reached by the
// writer ("spoke to", "talked with", "interviewed", "met", "heard from"),
// by a description and a relative clause (`talked with one mother, who
// ...`), names no one, speaks of no "he" or "she" before and quotes no
// words about a "she", is that person, not a speaker of an earlier
// paragraph; "they said" after a spokesperson named in full speaking in
// the sentence before, whom the text gives no gender, is that person when
// no group or several people are named in between; a one-word name given
// with a title ("Prince Anselm") and named again alone counts as named
// there; "Will" is a man's first name.
//
// A speaker's phrase ends where its own clause begins: a description
// before a participle that opens a clause about it (`an inspection report
// released Monday`, `the doctors pointed to what they said`, `a letter
// obtained by the Courier`, but not `a local registered nurse` nor
// `families stranded on the far bank`), a name before "whose" (`Li Wen
// whose brother ...`), and a pronoun that opens a clause before the cue
// (`but when asked why she would not ..., replied`). A possessor written
// with the apostrophe alone (`Ada Marrow, Holmes' executive director,
// said`) or a surname alone before a possessor's role (`Morrow, Vellum's
// superior, said`) is the name's role; a plural hyphenated role
// ("Singer-guitarists") is no part of a name; in `Mara Voss, the sister of
// the harbour master, Ivo Lund, said` the name after a role that relates
// the first to someone is that someone's, and Mara Voss speaks (a day or
// a town opening the sentence is no one). "the spokesman said" after `a
// spokesman for the Civil Harbour Authority told ...` is the Authority;
// "Wardens of Grey Harbour, a folk band" and "the Orrin Observatory for
// Human Rights" are bodies, whole; "but a few days ago added:" is the
// sentence subject's; a cue closing the sentence may go on with a phrase
// of place (`..., Holm said in the campaign's message`); a shared surname
// after an opening phrase with "her" or "his" (`Dismissing questions about
// her record, Holt said`) is the one of that gender; `said another
// spectator, Lenna` and `Another spectator, Fahrid, was ...` give the
// name; and the sentence before a quote is about the surname that opens
// it with a verb (`Mercer was the witness who heard Governor Lund's
// call.`), whoever it names after that verb.
//
// A definite description naming an age ("The 56-year-old said"), an
// office in capitals ("said the President") or "the First Lady" (read
// as a name for its capitals) that no role written in the text explains
// is the person the text gives that age (`Petr Kask, 40,`), else the one
// the story is about: of a fitting gender, named at least three times and
// twice as often as anyone else, reported speaking somewhere (a victim or
// a guest is not), and for an age the one most named in the paragraph and
// the three before it, for an office the last one named in its paragraph
// if anyone is; "the mayor said", "the Ostland governor said" and a
// person given another role are left alone. Words someone is heard or
// seen saying (`he heard one of the guards tell the hostages: "..."`) are
// that someone's, not the hearer's (not "watched the footage before
// telling", "witnesses who saw the blast say", "heard someone shout").
// A passive cue ("it had to be concluded") is no cue; `Ada in a blog post
// on the council website said` is Ada's; "the statement said" after `...,"
// Ostland's federal prosecutor said in a statement` is the prosecutor's;
// `a quote from Mr Holm, who told the magazine,` is Holm's (not `an aide
// to Senator Ada Holm, who said` nor `a spokesman with Ostland Rail, who
// said`); "Petr Kask on the radio said" is Kask's; "Carrow Securities"
// and "Lund Partners" are bodies; a "he" after `In an interview, Carrow
// Ferry Company chief executive Ivo Lund defended ...` is Lund, the
// subject after an opening phrase that tells where words were said, not
// someone quoted before (an opening of time, "On Friday, Ivo Lund was
// stabbed", leaves the one quoted before).
//
// The name opening a sentence stays the subject of a later "he" or "she" past a person of
// the other gender named after it; a sentence opening with a participle
// ("Asked about ..., Dorn blamed ...") has its subject after the comma;
// "hasn't" or "however" between a subject and its cue is no part of the
// name; "Plan B" (a word and one capital letter that is no given name)
// is no person, nor is a name set off by a gathering ("the Ulby
// Dialogue, a regional security forum"). A quote right after a denied cue
// (`Brask didn't say "I resign"`) is no one's. A saying participle right
// after a quoted word's comma (`as "fantastic," telling reporters on
// Friday that it is "a great thing."`) goes on with that quote's speaker
// when its clause brings in no one else's words.
//
// A bare trade after "the" ("said the actress", "the teen told") is the
// one last quoted, in its paragraph or the one before, when no one else
// is named since and the text gives them no other role; never an office
// ("the minister"), one who acts for another or is kin ("the lawyer",
// "the spokesman", "the coach", "the mother"; "the doctor" after "Dr Ada
// Holm" is hers), one the text brought in unnamed after naming the one
// quoted ("a source close to Lund"), one asking ("...?" the anchor asked,
// when the question says "you") or one set apart ("the other officer",
// "the same fighter who ..."). "The essay said" after `In a recent essay,
// the Carran Historical Society explained` and "the letter said" after
// `Ada Holm wrote a letter`, `The union issued a letter`, `Mara Lind
// released her annual report` (also "the full letter") and "the post
// said" after `Ada Holm posted a message` are the writer's, not after `a letter from her lawyer`, `a letter her father
// wrote` or an outlet that published one. "A Carran Council spokeswoman
// said" and "read a Bellmoor Rovers statement" are the body's (the
// spokeswoman kept as its role); "a Lund spokesperson", "a Varga
// spokesman" after "President Varga" and "a Monday statement" are not;
// one word is a body only as an acronym, a place, an outlet or a word the
// text writes elsewhere. A capitalised run ending in a street's or a
// city's word and not opening with a given name ("Downing Street",
// "Swansea City", not "Peter Street") is no person, nor one with a club's
// word ("Carran Rovers").
//
// Link reads a story: speakers merged across articles by name and alias
// and by the variants of one name ("Foreign Office" and "Ardenian Foreign
// Office", a body and its statement, "Wahedi" and "Waheedi" with the rest
// of the name agreeing), never when a variant fits two speakers;
// quotations matched when the words they share, in order, cover most of
// the shorter (so punctuation, case, quote marks, dashes, accents,
// "common-sense"/"commonsense", "[sic]", an editor's brackets and a quote
// cut short do not matter, while a phrase shared by two different
// quotations does not make them one, nor does a short opening two
// statements share: every wording of a quote is a near copy or a part of
// a longer one, and a part that fits two joins the one holding its
// mention's other part), and the conflicts, each with the
// passages of every side and a confidence from 0 to 1:
//
//   - quote-speaker: matched words given to speakers that cannot be one
//     source. Only people and named bodies that can speak take a side
//     (never an outlet, a place, the title of a work or a fragment of a
//     sentence); a body and its spokesman, its acronym or its statement
//     are one source. The confidence falls when a side's speaker comes from
//     a pronoun with another person named in between, from a few words
//     inside a reported sentence, from a one-word name, or when few words
//     are shared, and rises with the articles on each side.
//   - quote-wording: matched wordings that put one word where the other
//     has another, with everything around it matching; the note is a word
//     diff ("...very [effective → successful] so far..."). A changed
//     content word is surer than a grammar fix; a name written another way
//     ("NRLF"/"NRL") stays below 0.5.
//
// Conflicts below 0.5 are meant to be held back by the caller and only
// counted: precision first.
//
// Both are pure functions of their input; Options documents the defaults.
package quotes
