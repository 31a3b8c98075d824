// Package reuse finds text that the articles of one story share, which way
// it was copied, whether the copy credits its origin, and how many
// independent origins the story has. Analyze is the stage; Credits finds
// explicit credits in any text.
//
// # Alignment
//
// Each article is split into word tokens (case folded, apostrophes dropped,
// month abbreviations spelled out) with their byte spans. Every window of
// four tokens with at least two words that are not function words is
// hashed (a shingle). One index of the story's shingles proposes the pairs
// worth aligning: for each article, greedily, the articles that explain
// most of its shared shingles (see candidates). Two copies of one wire
// story are not paired when the wire story explains all they share.
//
// A proposed pair is aligned in time linear in the two texts: equal
// shingles (a merge join of sorted hash lists) seed exact matches, which are
// extended word by word and chained into passages across small edits (up
// to Options.Gap words substituted, inserted or dropped; three times as many
// inside one pair of sentences); a passage is then extended to its
// sentences' ends over words both sentences share (snap). Sentences left
// uncovered on either side are aligned by the words they share with a
// sentence of the other article (a condensed rewrite: sentences shortened,
// merged, reordered). Passages are byte ranges on both sides.
//
// A pair counts as reuse only on real shared wording: one exact run of
// Options.LongRun narrative words, or Options.MinRuns runs of
// Options.ShortRun (8, 4 and 2 by default), in passages that share at least
// Options.MinEvidence narrative words: words that are not function words,
// not boilerplate (site furniture, code) and not inside a quotation on
// either side. Two reports of one event share phrases ("the Food and Drug
// Administration ... on Monday approved ... in nearly two decades"), not
// runs; two outlets quoting one statement, or one quoting it and the other
// retelling it in its words, did not copy each other. Quotations count only
// when one side credits the other's outlet, or, the other's outlet being
// unknown, credits an outlet for them in their own sentence ("'…,' he
// said, according to the Harbor Courier"; then only that sentence's
// quotations count, and not when both credit that outlet). Quotations are those of the
// quotes stage when it ran, those found between quotation marks in any case
// (a letter quoted in full, each paragraph opening a quotation and the last
// closing it), and embedded tweets (a line with a pic.twitter.com link or a
// "— Name (@handle) Date" signature). Phrases most of the story's articles
// carry (at least three, and more than half) are common source material: a
// short run made of them is not real shared wording; a long run still is.
// Page furniture is never copied text: a video player's embed box ("Embed
// … autoplay … Copy this code to your website or blog"), lines of share
// buttons ("Google Plus"), a block of whole paragraphs one article repeats
// word for word (each instance matching the other's one), an embedded
// picture post ("A photo posted by Name (@handle)", "[Instagram]"), and
// passages made of function words and furniture alone.
//
// # Kind
//
// verbatim: every word of the passages matches (paragraphs lifted word for
// word stay verbatim when the copy rearranges them). near-verbatim: most
// words match, in the origin's order, and the copy's passages are about as
// long as the origin's. condensed: the copy's passages are markedly
// shorter, out of the origin's order, or rest on sentence-level matches.
// The copy's own reporting and whole sentences left out between passages
// do not change the kind. A phrase repeated in one article aligns once:
// its echo elsewhere is dropped, so it neither counts twice nor breaks the
// order.
//
// # Direction
//
// Evidence, weighed and given as short strings: publication times when both
// are known; else the days of the two articles' own news, when each lead
// (its first sentence of eight words or more, its own text, not shared)
// names one weekday, one up to three days after the other, and the later
// retells the earlier's day ("…said on Monday" over "…on Sunday accused")
// while the earlier never names the later's: the later is a follow-up; a
// credit naming the other article's outlet (it outweighs a
// time); a credit, in the article's own words, for the shared text that
// names an outlet the other article may be ("Fox News reports:" above a
// block quote, or in a sentence the two share, when the other's outlet is
// unknown; a credit in a sentence they do not share vouches for that
// sentence only, unless that sentence stands between two shared sentences
// of its paragraph and retells the other's words ("It was 'thrilling,' he
// told the Ledger, according to X" amid X's text); a credit inside the shared text counts when the other
// article has neither it nor a credit to that outlet: "…, according to a
// new X report based on three sources" over X's "…, according to three
// sources"); a news agency's
// text; a side quoting the other's words as a speaker's (see Provenance);
// a republication notice ("This article first appeared in X and was
// reproduced with permission", "republished from X", a closing "- X"
// source line), which marks its carrier as the copy, as strongly as a
// credit when the other's outlet is unknown and as a hint when it is
// known and the notice names another (a notice naming the article's own
// outlet marks no copy); an article's own dateline or
// sign-off; which side has the longer
// version of the shared passages (copies cut more than they add); which
// side holds more text between its shared passages that the other leaves
// out (a copy is a selection; in both, the words of a credit only that
// side gives are not counted); and a side that weaves a third, unrelated
// article's text between the passages (a compilation is a copy). With no
// evidence either way the longer text is taken for the origin. When both
// articles credit one third outlet for what they share (both re-tell NBC
// News), that is a common source, not a direction: the credit is a note,
// and so are the lengths, gaps and datelines, for two selections of one
// source differ whichever way text went.
//
// Each edge says how sure its direction is (Reuse.Direction), from how
// its pieces of evidence weigh, not from their words: "sure" with two
// points for it, none against, and one that decides on its own (a
// publication time or a news day; a credit, the strongest); "likely" with
// more points for than against, or a stronger deciding point; else
// "unsure". Reuse.For and Reuse.Against list the pieces each way; notes
// (a common source, the longer text taken by default, an unknown outlet)
// are in neither. Every surface words this one decision.
//
// An article of unknown outlet that alone in the story names outlet X only
// as someone's interlocutor ("a source has told Benzinga") is X's own when
// an article sharing its text credits X for it in its own words ("says a
// report from Benzinga", "VIA: Benzinga"): that credit then names the
// origin's outlet, and decides against the longer version.
//
// # Provenance
//
// Each copy keeps the origins that explain its reused text: the one
// covering most of its narrative words first, then others for what they
// add. Credited: the copy has a credit naming the origin's outlet (the
// article's Outlet, or the outlet its own dateline or sign-off names, or
// the news agency whose desk sign-off closes it, "(Writing by A; Editing
// by B)", when it speaks of that one agency as its own newsgatherer: "a
// Reuters witness said", "Reuters television showed"). When origin and
// copy are of one outlet (an agency updating its own story) the record
// names it (SameOutlet): an outlet owes itself no credit, and no copy is
// charged; a copy's outlet read from a dateline it took with the origin's
// text does not count.
// A copy that quotes its origin is credited too: most of the words they
// share stand inside the copy's quotations that the quotes stage gave a
// speaker, and outside quotation marks in the origin (a chief executive's
// blog post, quoted as "…,” Musk wrote): the credit is the copy's
// attribution ("Musk wrote", no outlet), and the quoted text (in
// quotation marks, or a block the copy introduces as the speaker's) costs
// the copy no originality; the text it shares outside them, retold
// unquoted around the quotations, is taken as from any origin. That holds
// too when the copy also credits the origin's outlet, as it does when the
// speaker is that outlet ("'…,' Halden Home said" of Halden Home's
// release): the outlet's credit is the one shown. A one-word name is an
// outlet's only when its speaker is a body: the harbour master Vell is
// not the paper Vell. A pair that shares nothing but such quotations
// is one when the speaker is the other article's author: one of its
// bylines (the names in the byline as written: "By Ana Ros", "Ana Ros,
// Columnist", "Ana Ros and Ivo Lund", "Ana J. Ros" all name Ana Ros) or its
// outlet ("Quorvex" too), as the quoting article writes the speaker's
// name: a surname alone ("Ros told parliament"), which the quotes stage
// may merge into a full name another article writes, links nothing.
// Miscredits: credits whose scope (their paragraph; the paragraphs a
// paragraph ending in a colon introduces; the whole text for datelines and
// sign-offs) holds shared text but which name another outlet; none when the
// origin's outlet is unknown, for the outlet credited may be the origin's.
// Originality: the share of an article's word bytes outside the passages it
// took from others; an origin's text found in its copies is its own.
// Origins: the articles with at most Options.DerivedShare of their text
// taken from others, those flagged off topic (Article.OffTopic) left out.
//
// # Credits
//
// A credit is a cue ("according to", "reports", "X reported", "as X noted",
// "From X:", "(X) —", "told X", "tells X", "via X", "h/t", "X contributed
// to this report", "according to a new X report", "according to a
// description on the festival's website X", "a report on X", "X covered",
// "writes X's reporter", ...) next to a name that is an outlet: one in the
// list of news organisations and wire services, or a name ending in a word
// only outlets use ("Gazette", "Courier", "News", "News Agency"), a channel
// ("France 3"), or a name the text calls a newspaper ("the Spanish
// newspaper El Pais", "the X news website"; not "the Norwegian
// newspaper"), or one the writing is given to with "the" ("So writes the
// X", "It reports the British X"; not "writes the Pope"). Organisations
// that are not outlets ("the American Civil Liberties Union") are never
// credited. An article does not credit itself: its own dateline, sign-off
// or preface ("21st Century Wire says…") names its outlet (a local
// outlet's dateline naming the agency whose copy it ran, "SEATTLE (KTRN
// Lenna/AP) —", names the station, and credits the agency for the whole
// text); a bare name
// ("The Post reported") takes the fuller name the article gives it
// elsewhere or is dropped; and in an article of unknown outlet, a source
// speaking to an outlet ("told Fox News") whose text the article does not
// credit is that outlet's own sourcing, unless another article of the
// story credits that outlet too (several outlets writing "told PinkNews"
// cannot all be PinkNews), or is that outlet. A site's promotion footer
// ("Top Reads from X:") names its own outlet; an outlet that acts in the
// news ("NBC confirmed it had dropped plans", "CNN said it would close")
// is no source, unless it is a news agency. "CNN affiliate WKRT reported"
// credits WKRT; a name any article of the story calls a site's
// ("the satire site X", "a website called X"; not "the social
// media site Facebook", nor "on her website X said") is an outlet in
// every article ("According to X"), while "according to" a person is
// not. Sourcing cues never make a miscredit, nor does a credit the origin
// gives too (copied with its text).
//
// Credit lines name an outlet whatever its name: a line that is only "Via
// X", "VIA: X", "Source(s): X, Y" (not a picture's or a figure's source,
// nor an unknown acronym), and "originally appeared at X", "first
// published by X", "appeared in Saturday's edition of X"; they vouch for
// the whole article. A name such a line gives in any article of the story
// is an outlet in the prose of every article ("told Benzinga", "According
// to a Saturday Benzinga report", "Benzinga.com, citing"), and each such
// outlet keeps one spelling across the story ("Tolo News" for "TOLO News"
// and "TOLOnews"); an outlet's initials name it too ("aina.org" and the
// Assyrian International News Agency); a joint name of two known outlets
// names each ("an ABC News/Washington Post survey of voters"). A body on a
// "Sources:" line (the
// "Harbour Aid Foundation") is no outlet, and a closing "- Daily Mirror"
// is a credit line, and so is a closing "[X]" on a line of its own ("[X
// via Y]" is read as a cue; "[Instagram]" names no outlet). Dates, and a
// year before a name ("a 2004 X article"), are never outlets ("media
// reported November 24").
package reuse
