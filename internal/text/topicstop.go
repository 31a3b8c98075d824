package text

// TopicStop holds the lower-cased words that say nothing about which story
// an article covers: function words, reporting verbs and calendar words.
// Story clustering and the dossier's off-topic check read an article's
// vocabulary without them.
var TopicStop = WordSet(topicFunctionWords + " " + topicCalendarWords)

// topicFunctionWords are function words and reporting verbs. Online IDF
// would learn most of them, but only after many articles; the list makes
// the first articles of a stream comparable.
var topicFunctionWords = `a about above after again against all almost along already also although always am among an and
another any anyone anything are around as at away back be became because become been before being below between both but by
can cannot could did do does doing done down during each either else enough even ever every few first for from further get
gets got had has have having he her here hers herself him himself his how however i if in into is it its itself just last
least less let like made make many may me might more most much must my myself near neither never next no nor not now of off
often on once one only or other others our ours ourselves out over own per perhaps put rather really said say saying says
see seen several shall she should since so some someone something still such than that the their theirs them themselves then
there these they this those though through thus to together too toward towards under until up upon us very via was we well
were what whatever when where whether which while who whom whose why will with within without would yet you your yours
yourself yourselves told tell tells according added asked called went going go goes come comes came take took taken
new news report reported reports reporting reportedly including include includes included later earlier may mr mrs ms
it's that's he's she's there's don't doesn't didn't isn't wasn't aren't weren't can't won't wouldn't couldn't shouldn't
i'm i've i'd i'll we're we've they're they've you're you've let's`

// topicCalendarWords name a day or month: they join dates, not names.
var topicCalendarWords = Months + " " + Weekdays + `
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun today yesterday tomorrow`
