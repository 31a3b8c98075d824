package quotes

import (
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// cueVerbs introduce speech or writing. "read" and "reads" count only with a
// document as subject ("a statement ... read"), see docCueVerbs.
var cueVerbs = text.WordSet(`said says say saying told tells added adds wrote writes called calls asked asks
noted notes stated states explained explains continued continues insisted insists argued argues
declared declares replied replies responded responds recalled recalls warned warns tweeted tweets
posted claimed claims acknowledged acknowledges admitted admits announced announces suggested suggests
complained complains joked jokes quipped quips observed observes remarked remarks urged urges
predicted predicts conceded concedes maintained maintains contended contends emphasized emphasizes
emphasised stressed stresses charged charges countered counters shouted shouts yelled yells exclaimed
concluded concludes testified vowed vows promised promises pledged pledges boasted boasts mused muses
lamented laments thundered chanted whispered agreed agrees cautioned cautions reported reports
wondered wonders texted emailed blasted slammed praised criticized criticised proclaimed proclaims
repeated repeats reiterated reiterates confirmed confirms denied denies disputed objected protested
pleaded begged demanded demands answered answers interjected chimed scoffed sniped snapped retorted
affirmed assured assures informed informs describes described explained recounted recounts
summarized summarised echoed echoes opined dismissed dismisses labeled labelled lauded lauds condemned
condemns scolded scolds likened likens termed dubbed branded decried decries derided derides hailed hails
saying asking adding telling writing tweeting noting explaining declaring insisting arguing warning
replying responding answering quipping joking stating posting recalling concluding continuing
sings sang chanted shouting yelling remarking mocked mocks fumed fumes railed ranted huffed sighed
laughed grumbled groaned gushed marveled marvelled pressed retorted intoned conceding vowing
promising pledging boasting complaining lamenting admitting acknowledging urging predicting
cautioning charging countering claiming suggesting written commented commenting disclosed
discloses revealed reveals barked asserted asserts exclaims characterized characterised characterizes
characterises alleged alleges calling confessed confesses denounced denounces
asserting maintaining contending stressing emphasizing emphasising observing
cried cries hissed hisses muttered mutters murmured murmurs stammered growled roared screamed screams
shrieked wailed sobbed gasped sneered bellowed whimpered raged rages snarled blurted hollered griped ruled
insist acknowledge confirm allege argue contend admit deny concede explain predict assert
maintain citing`)

// docCueVerbs are cues only when the subject is a document.
var docCueVerbs = text.WordSet("read reads found finds")

// sentenceAdverbs link a sentence to the one before, set off by commas
// between a subject and its verb: "The union, though, called".
var sentenceAdverbs = text.WordSet("though however meanwhile too instead nonetheless nevertheless likewise moreover meantime therefore")

// adverbs sit between a subject and its cue verb: "Harwick also said".
var adverbs = text.WordSet(`also later then has had have would will previously recently once repeatedly again
simply flatly quickly often reportedly frequently publicly privately bluntly angrily calmly
earlier since still never just further first initially finally separately subsequently
immediately herself himself themselves itself has since had earlier would later did does do
is was were be been being not only already famously memorably jokingly sarcastically even
however likewise moreover meantime therefore hasn't haven't hadn't didn't doesn't don't won't wouldn't
hasn’t haven’t hadn’t didn’t doesn’t don’t won’t wouldn’t
openly loudly quietly proudly best aptly succinctly soon instead meanwhile nonetheless nevertheless`)

// pronouns that can stand for a speaker.
var pronouns = text.WordSet("he she they it we i you")

// subjectPronouns close a subject phrase: the words before them belong to
// another phrase.
var subjectPronouns = text.WordSet("he she it they")

// titles are words of a role that precede a name: "Police Chief Victor
// Whitfield", "Sen. Smith". Lower case, without the final period.
var titles = text.WordSet(`mr mrs ms miss dr prof professor rev sen senator rep representative gov governor mp mep
president vice chief police commissioner mayor attorney general secretary director spokesman
spokeswoman spokesperson chairman chairwoman chair speaker leader judge justice officer sheriff
detective sgt lt capt col gen maj adm cmdr cpl pvt supt insp det deputy assistant acting former
councilman councilwoman councilmember councillor councilor alderman ambassador minister prime premier pope king queen
prince princess organizer executive ceo cfo coo manager adviser advisor strategist pollster host
anchor analyst economist superintendent trustee coach lawyer candidate nominee democrat democratic
republican gop independent libertarian defender journalist congressman congresswoman lieutenant captain sergeant colonel
major admiral commander presidential press state u.s us federal white house majority minority whip
founder co-founder cofounder president-elect vice-president treasurer comptroller auditor
commissioner clerk chancellor provost dean rabbi bishop cardinal father sister pastor reverend
imam activist author businessman businesswoman billionaire mogul actor actress singer rapper star
legend hall-of-famer pundit commentator columnist editor reporter correspondent producer
organiser inspector constable sho ssp dsp officials official sens sens. reps reps. sen. rep. gov. lt. gen. col. capt. sgt. dr. prof. rev. mr. mrs. ms.
southwest northeast northwest southeast national regional senior junior campaign historian curator
archivist researcher scientist`)

// venueEnds end the name of a place or a club ("Downing Street", "Swansea
// City") when they close a run that does not open with a given name:
// "Peter Street" is a person. A club's words that are no one's surname
// ("Rovers", "Hotspur") are orgWords.
var venueEnds = text.WordSet(`street road avenue boulevard highway motorway bridge station palace cathedral city`)

// honorifics give a gender.
var maleHonorifics = text.WordSet("mr mr.")
var femaleHonorifics = text.WordSet("mrs mrs. ms ms. miss")

// orgWords mark a capitalised run as an organisation.
var orgWords = text.WordSet(`department dept agency administration bureau office commission committee council
union association party campaign corrections police institute foundation center centre university
college school court congress senate house assembly legislature government ministry service services
company corp corp. inc inc. llc ltd group coalition network news times post journal press herald
tribune gazette magazine alliance league federation board authority authorities fund bank trust
organization organisation society club church army navy pentagon agency caucus pac project
partnership watch coalition institute republicans democrats team staff airport hospital clinic prison gang
convention
museum hotel stadium airlines airways surgery command guild patrol brothers sisters bros bros. band orchestra choir
nursery academy auction auctions auctioneers studios productions industries records pictures entertainment
securities holdings investments equities brokerage bancorp insurance assurance capital partners
ab ag gmbh plc oyj asa
united rovers athletic hotspur wanderers albion rangers fc
kremlin bundestag bundesrat bundesbank knesset duma elysee élysée vatican whitehall politburo storting riksdag
sejm rada majlis parliament reichstag folketing eduskunta althing oireachtas dáil dail seanad`)

// labelWords label a paragraph ("Response:", "Update:") and name no one.
var labelWords = text.WordSet("response reply answer update comment quote quotes note responses replies")

// bodyNames are the seats of governments and courts whose names of more
// than one word stand for them (one-word ones are orgWords: "the Kremlin").
var bodyNames = func() map[string]bool {
	m := map[string]bool{}
	for w := range text.WordSet(`downing_street number_10 no_10 no._10 white_house blue_house quai_d'orsay foggy_bottom`) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}()

// orgNouns are lower-case heads of an organisation: "the Harwick campaign".
var orgNouns = text.WordSet(`campaign department agency administration committee office government company
team group party union organization organisation association police council commission city county
state white house pac staff society foundation institute ministry court authority firm bank`)

// docNouns are heads of a document that can "say" something.
var docNouns = text.WordSet(`statement letter letters memo memorandum report release filing tweet tweets post
email e-mail document documents ad advertisement petition complaint lawsuit ruling order notice
website transcript book op-ed column editorial message note policy platform video poster sign
banner slogan survey poll bill motion brief indictment affidavit press-release speech headline caption
placard article piece excerpt passage alert disclaimer study notes messages emails dictionary
encyclopedia encyclopaedia handbook glossary essay warrant`)

// relativeStops end an appositive role: "an economist who served...".
var relativeStops = text.WordSet("who which that whose whom where when while and")

// clauseStarts begin a clause that cannot be a speaker's name.
var clauseStarts = text.WordSet(`and but or that because as when while if since after before although though
so yet where whereas unless until`)

// prepositions that end an inverted speaker phrase: `said Harwick on Monday`.
var npStops = text.WordSet(`on in at during after before when while who which that last this yesterday today
tonight earlier later monday tuesday wednesday thursday friday saturday sunday about to into
via through from with speaking referring adding noting pointing explaining according`)

// clauseLinks end an inverted speaker phrase when a pronoun follows them:
// `says Harwick as he walks the quay` (but `called Harwick as a "fraud"`
// is what someone called him).
var clauseLinks = text.WordSet(`as because since although though whereas unless until`)

// nameParticles may sit inside a name: "Tito de la Fuente".
var nameParticles = text.WordSet("de la le du da del der van von bin bint ibn al el di st. jr. sr. jr sr ii iii iv")

// timeWords open a modifier, not a name: "Monday", "Last week", "Feb. 17"
// (a month shortened with its period; "Jan" alone is a given name).
var timeWords = text.WordSet(`monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday tonight
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`)

// titledWorks name a work whose title may follow between commas: "his
// second book, The Salt of Hope,".
var titledWorks = text.WordSet("memoirs film movie documentary album song play autobiography biography poem series show podcast")

// timePrepositions lead a day or a month that ends a clause: "on Monday",
// "last Friday", "in May".
var timePrepositions = text.WordSet("on last this next since until in by")

// auxiliaries before a participle make it a verb: "it was written".
var auxiliaries = text.WordSet("is are was were be been being has have had")

// lawHeads end the name of a law or a charter: "the Publications Act",
// "the Highway Code", "the First Amendment". ("Bill" is also a given name.)
var lawHeads = text.WordSet("act law code charter treaty constitution amendment statute ordinance directive accord")

// captionKinds open the label a page sets on a video or picture, "Media
// caption", "Video caption", before the name of the one who speaks in it.
var captionKinds = text.WordSet("media video image")
