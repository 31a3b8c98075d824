package reuse

import (
	"strings"
	"sync"
	"unicode"
)

// outlet is one news organisation or wire service and the names it goes by
// in running text. Aliases are matched case-sensitively on word boundaries,
// with an optional leading "the"/"The".
type outlet struct {
	name    string // canonical name, as credits report it
	wire    bool   // a news agency whose text others republish
	aliases []string
	domains []string // host names, for Article.Outlet values given as a site
}

// outlets lists news organisations and wire services. It is the first test
// of whether a credited name is an outlet; names not listed still count when
// they end in a word only outlets use (see newsyWords).
var outlets = []outlet{
	{"Associated Press", true, []string{"Associated Press", "AP"}, []string{"apnews.com", "ap.org"}},
	{"Reuters", true, []string{"Reuters", "Thomson Reuters"}, []string{"reuters.com"}},
	{"Agence France-Presse", true, []string{"Agence France-Presse", "Agence France Presse", "AFP"}, []string{"afp.com"}},
	{"Bloomberg", true, []string{"Bloomberg", "Bloomberg News"}, []string{"bloomberg.com"}},
	{"United Press International", true, []string{"United Press International", "UPI"}, []string{"upi.com"}},
	{"McClatchy", true, []string{"McClatchy", "McClatchy DC", "McClatchy Washington Bureau"}, []string{"mcclatchydc.com"}},
	{"Tribune News Service", true, []string{"Tribune News Service"}, nil},
	{"Deutsche Presse-Agentur", true, []string{"Deutsche Presse-Agentur", "dpa", "DPA"}, []string{"dpa.com"}},
	{"EFE", true, []string{"EFE", "Agencia EFE"}, []string{"efe.com"}},
	{"ANSA", true, []string{"ANSA"}, []string{"ansa.it"}},
	{"Xinhua", true, []string{"Xinhua", "Xinhua News Agency"}, []string{"xinhuanet.com"}},
	{"Kyodo News", true, []string{"Kyodo", "Kyodo News"}, []string{"kyodonews.net"}},
	{"PA Media", true, []string{"Press Association", "PA Media"}, nil},
	{"Canadian Press", true, []string{"Canadian Press"}, []string{"thecanadianpress.com"}},
	{"Australian Associated Press", true, []string{"Australian Associated Press", "AAP"}, []string{"aap.com.au"}},
	{"TASS", true, []string{"TASS", "Tass", "ITAR-TASS"}, []string{"tass.com"}},
	{"Interfax", true, []string{"Interfax"}, []string{"interfax.com"}},
	{"Anadolu Agency", true, []string{"Anadolu Agency", "Anadolu"}, []string{"aa.com.tr"}},
	{"Yonhap", true, []string{"Yonhap", "Yonhap News Agency"}, []string{"yna.co.kr"}},
	{"Press Trust of India", true, []string{"Press Trust of India", "PTI"}, nil},
	{"States News Service", true, []string{"States News Service"}, nil},
	{"New York Times", false, []string{"New York Times", "NYT", "NY Times"}, []string{"nytimes.com"}},
	{"Washington Post", false, []string{"Washington Post", "WaPo"}, []string{"washingtonpost.com"}},
	{"Wall Street Journal", false, []string{"Wall Street Journal", "WSJ"}, []string{"wsj.com"}},
	{"Los Angeles Times", false, []string{"Los Angeles Times", "LA Times", "L.A. Times"}, []string{"latimes.com"}},
	{"USA Today", false, []string{"USA Today", "USA TODAY"}, []string{"usatoday.com"}},
	{"Chicago Tribune", false, []string{"Chicago Tribune"}, []string{"chicagotribune.com"}},
	{"Boston Globe", false, []string{"Boston Globe"}, []string{"bostonglobe.com"}},
	{"Baltimore Sun", false, []string{"Baltimore Sun"}, []string{"baltimoresun.com"}},
	{"New York Post", false, []string{"New York Post", "NY Post"}, []string{"nypost.com"}},
	{"Financial Times", false, []string{"Financial Times", "FT"}, []string{"ft.com"}},
	{"The Guardian", false, []string{"Guardian", "The Guardian"}, []string{"theguardian.com"}},
	{"The Telegraph", false, []string{"Telegraph", "Daily Telegraph"}, []string{"telegraph.co.uk"}},
	{"The Independent", false, []string{"Independent"}, []string{"independent.co.uk"}},
	{"The Times", false, []string{"The Times of London"}, []string{"thetimes.co.uk"}},
	{"Daily Mail", false, []string{"Daily Mail", "Mail Online", "MailOnline"}, []string{"dailymail.co.uk"}},
	{"BBC", false, []string{"BBC", "BBC News"}, []string{"bbc.com", "bbc.co.uk"}},
	{"CNN", false, []string{"CNN"}, []string{"cnn.com"}},
	{"NBC News", false, []string{"NBC", "NBC News"}, []string{"nbcnews.com"}},
	{"CBS News", false, []string{"CBS", "CBS News"}, []string{"cbsnews.com"}},
	{"ABC News", false, []string{"ABC", "ABC News"}, []string{"abcnews.go.com"}},
	{"Fox News", false, []string{"Fox News", "Fox"}, []string{"foxnews.com"}},
	{"MSNBC", false, []string{"MSNBC"}, []string{"msnbc.com"}},
	{"CNBC", false, []string{"CNBC"}, []string{"cnbc.com"}},
	{"NPR", false, []string{"NPR", "National Public Radio"}, []string{"npr.org"}},
	{"PBS", false, []string{"PBS", "PBS NewsHour"}, []string{"pbs.org"}},
	{"Politico", false, []string{"Politico", "POLITICO"}, []string{"politico.com"}},
	{"Axios", false, []string{"Axios"}, []string{"axios.com"}},
	{"The Hill", false, []string{"The Hill"}, []string{"thehill.com"}},
	{"HuffPost", false, []string{"HuffPost", "Huffington Post"}, []string{"huffpost.com", "huffingtonpost.com"}},
	{"BuzzFeed News", false, []string{"BuzzFeed News", "BuzzFeed"}, []string{"buzzfeednews.com"}},
	{"Vox", false, []string{"Vox"}, []string{"vox.com"}},
	{"Slate", false, []string{"Slate"}, []string{"slate.com"}},
	{"Salon", false, []string{"Salon"}, []string{"salon.com"}},
	{"Breitbart", false, []string{"Breitbart", "Breitbart News"}, []string{"breitbart.com"}},
	{"TheBlaze", false, []string{"TheBlaze", "The Blaze"}, []string{"theblaze.com"}},
	{"Mediaite", false, []string{"Mediaite"}, []string{"mediaite.com"}},
	{"Newsweek", false, []string{"Newsweek"}, []string{"newsweek.com"}},
	{"Time", false, []string{"Time magazine", "TIME"}, []string{"time.com"}},
	{"The Atlantic", false, []string{"The Atlantic"}, []string{"theatlantic.com"}},
	{"The New Yorker", false, []string{"The New Yorker", "New Yorker"}, []string{"newyorker.com"}},
	{"ProPublica", false, []string{"ProPublica"}, []string{"propublica.org"}},
	{"Al Jazeera", false, []string{"Al Jazeera"}, []string{"aljazeera.com"}},
	{"Sky News", false, []string{"Sky News"}, []string{"news.sky.com"}},
	{"Der Spiegel", false, []string{"Der Spiegel", "Spiegel"}, []string{"spiegel.de"}},
	{"Le Monde", false, []string{"Le Monde"}, []string{"lemonde.fr"}},
	{"Washington Examiner", false, []string{"Washington Examiner"}, []string{"washingtonexaminer.com"}},
	{"Washington Free Beacon", false, []string{"Washington Free Beacon", "Free Beacon"}, []string{"freebeacon.com"}},
	{"Daily Caller", false, []string{"Daily Caller", "The Daily Caller"}, []string{"dailycaller.com"}},
	{"The Daily Beast", false, []string{"Daily Beast"}, []string{"thedailybeast.com"}},
	{"National Review", false, []string{"National Review"}, []string{"nationalreview.com"}},
	{"Talking Points Memo", false, []string{"Talking Points Memo", "TPM"}, []string{"talkingpointsmemo.com"}},
	{"The Gateway Pundit", false, []string{"Gateway Pundit"}, []string{"thegatewaypundit.com"}},
	{"Bloomberg Businessweek", false, []string{"Businessweek"}, nil},
	{"Forbes", false, []string{"Forbes"}, []string{"forbes.com"}},
	{"Business Insider", false, []string{"Business Insider"}, []string{"businessinsider.com"}},
	{"Yahoo News", false, []string{"Yahoo News", "Yahoo"}, []string{"news.yahoo.com"}},
	{"Vice News", false, []string{"Vice News", "VICE News"}, []string{"vice.com"}},
	{"The Intercept", false, []string{"The Intercept"}, []string{"theintercept.com"}},
	{"Mother Jones", false, []string{"Mother Jones"}, []string{"motherjones.com"}},
	{"Univision", false, []string{"Univision"}, []string{"univision.com"}},
	{"Telemundo", false, []string{"Telemundo"}, []string{"telemundo.com"}},
	{"Albuquerque Journal", false, []string{"Albuquerque Journal"}, []string{"abqjournal.com"}},
	{"San Francisco Chronicle", false, []string{"San Francisco Chronicle"}, []string{"sfchronicle.com"}},
	{"Miami Herald", false, []string{"Miami Herald"}, []string{"miamiherald.com"}},
	{"Dallas Morning News", false, []string{"Dallas Morning News"}, []string{"dallasnews.com"}},
	{"Houston Chronicle", false, []string{"Houston Chronicle"}, []string{"houstonchronicle.com"}},
	{"Philadelphia Inquirer", false, []string{"Philadelphia Inquirer"}, []string{"inquirer.com"}},
	{"Sacramento Bee", false, []string{"Sacramento Bee"}, []string{"sacbee.com"}},
}

// newsyWords end the names of outlets that are not in the list ("the Harbor
// Courier", "Channel 4 News"). A name that ends in one of them is taken for
// an outlet when a credit cue introduces it; other names ("the American
// Civil Liberties Union", "the Justice Department") are not.
var newsyWords = map[string]bool{
	"Times": true, "Post": true, "News": true, "Journal": true, "Herald": true,
	"Tribune": true, "Gazette": true, "Chronicle": true, "Press": true,
	"Telegraph": true, "Guardian": true, "Observer": true, "Examiner": true,
	"Inquirer": true, "Courier": true, "Dispatch": true, "Register": true,
	"Bulletin": true, "Reporter": true, "Magazine": true, "Radio": true,
	"Television": true, "TV": true, "Wire": true, "Agency": true,
	"Broadcasting": true, "Ledger": true, "Sentinel": true, "Star": true,
	"Standard": true, "Mirror": true, "Express": true, "Monitor": true,
	"Daily": true, "Weekly": true, "Bee": true, "Beacon": true, "Globe": true,
	"Enquirer": true, "Democrat": true, "Republic": true, "Review": true,
	"Times-Picayune": true, "Sun-Times": true, "Star-Ledger": true,
	"Star-Tribune": true, "Free Press": true, "Caller": true, "Blaze": true,
	"Network": true, "Newsroom": true, "Newspaper": true, "Channel": true,
}

// aliasIndex maps each alias to its outlet.
type aliasIndex struct {
	byAlias map[string]*outlet
	byKey   map[string]*outlet // lower-cased names, aliases and domains without punctuation
	maxLen  int                // longest alias in words
}

// outletIndex is the index of the outlet list, built once: read-only data,
// not configuration.
var outletIndex = sync.OnceValue(newAliasIndex)

func newAliasIndex() *aliasIndex {
	ix := &aliasIndex{byAlias: map[string]*outlet{}, byKey: map[string]*outlet{}}
	for i := range outlets {
		o := &outlets[i]
		if len(o.aliases) == 0 {
			continue
		}
		for _, a := range append([]string{o.name}, o.aliases...) {
			ix.byAlias[a] = o
			ix.byKey[outletKey(a)] = o
			ix.maxLen = max(ix.maxLen, len(strings.Fields(a)))
		}
		for _, d := range o.domains {
			ix.byKey[outletKey(d)] = o
			ix.byKey[outletKey(strings.TrimSuffix(d, ".com"))] = o
		}
	}
	return ix
}

// outletKey folds a name to compare outlets given in different forms:
// "The Associated Press", "www.apnews.com", "associated press".
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	s = strings.TrimPrefix(s, "www.")
	s = strings.TrimPrefix(s, "the ")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			b.WriteRune(r)
		}
	}
	return strings.Trim(b.String(), ".")
}

// canonical returns the canonical name of an outlet given in any form (an
// alias, a site name, a host) and whether it is a known outlet. Unknown
// names come back trimmed, without a leading "The".
func (ix *aliasIndex) canonical(s string) (string, bool) {
	if o, ok := ix.byKey[outletKey(s)]; ok {
		return o.name, true
	}
	s = strings.TrimSpace(s)
	if rest, ok := strings.CutPrefix(s, "The "); ok {
		s = rest
	}
	return s, false
}

// isWire reports whether the canonical name is a news agency.
func (ix *aliasIndex) isWire(name string) bool {
	o, ok := ix.byKey[outletKey(name)]
	return ok && o.wire
}

// sameOutlet reports whether two outlet names, in any form, name one outlet.
func (ix *aliasIndex) sameOutlet(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	ca, _ := ix.canonical(a)
	cb, _ := ix.canonical(b)
	return outletKey(ca) == outletKey(cb)
}
