package text

import (
	"strings"
	"unicode/utf8"
)

// rules are one language's word lists for deciding sentence ends. Every
// list holds lower-case words without their dots.
type rules struct {
	// titles precede a name and never end a sentence before a capital:
	// honorifics, ranks ("Sra.", "Dott.", "Hr.").
	titles map[string]bool
	// numbered precede a number ("No. 3", "Nr. 5", "pág. 4").
	numbered map[string]bool
	// weak abbreviations (months, states, "etc.", company suffixes) sit
	// inside sentences but may end one: they end it only before a starter.
	weak map[string]bool
	// starters are words that begin sentences far more often than they
	// follow an abbreviation inside one.
	starters map[string]bool
	// months in full, before which an ordinal number is no sentence end
	// ("am 3. Mai").
	months map[string]bool
	// ordinals: a number of up to three digits with a dot before a
	// capitalised word other than a starter is an ordinal ("der 3. Platz").
	ordinals bool
	// pronounI: "I." after a lower-case word ends a sentence (English).
	pronounI bool
	// compounds: a word ending in "str" is an abbreviated street name
	// ("Hauptstr. 12", German).
	compounds bool
}

// langWords are the word lists of each language, written as text.
type langWords struct {
	titles, numbered, weak, starters, months string
	ordinals, pronounI, compounds            bool
}

var languages = map[string]langWords{
	"en": {
		titles:   "mr mrs ms messrs mmes dr drs prof profs sen sens rep reps gov lt col gen capt cmdr sgt cpl pvt adm maj supt insp det rev fr st mt ft atty hon pres vs sr jr dept approx esq govs amb brig",
		numbered: "no nos art arts ch fig figs vol vols pp op p para sec nr",
		weak: "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
			"ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wyo " +
			"inc corp co ltd llc plc bros etc al ave blvd rd hwy ft sq mi km kg lb lbs oz min max est dept univ assn",
		starters: "during despite although after against among around because between beyond over under within without whether let such another other others more less few several any either neither yes no please the a an he she it they we i you his her its their our my your this that these those there here but and or " +
			"in on at for to from with by of when while after before if as so yet however meanwhile still also some many most " +
			"officials police authorities then now later today yesterday tomorrow tonight earlier next last first finally " +
			"what why how who where which one two three no not nor all both each every none nothing nobody everyone " +
			"since although though because unless until once instead thus hence indeed besides moreover furthermore " +
			"residents people critics experts analysts witnesses investigators",
		months:   Months,
		pronounI: true,
	},
	"es": {
		titles:   "ldo lda mtro mtra pdte pdta sgto cnel tte cap atte sr sra sres sras srta srtas dr dra drs dras lic ing arq d dña don dª ud uds vd vds sto sta prof profa gral excmo excma ilmo ilma mons pbro fray sor ee",
		numbered: "núm nº n pág págs p pp art arts cap vol fig",
		weak: "pza ctra urb prov depto col ene feb mar abr may jun jul ago sep sept oct nov dic " +
			"etc ej aprox av avda c cía dpto admón tel uu sa sl ltda ss",
		starters: "durante según tras sobre entre contra hacia hasta aquí allí entonces todavía nunca siempre quizá quizás tal cada otro otra otros otras mi mis nuestro nuestra sí el la los las un una unos unas él ella ellos ellas yo tú nosotros usted ustedes su sus este esta estos estas ese esa eso esto " +
			"pero y o en con por para desde cuando mientras después antes si así sin embargo luego ahora hoy ayer mañana también " +
			"además entonces aunque porque como qué cuál quién dónde no ya muchos algunos varios todos nadie nada se lo le les",
		months: "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
	},
	"it": {
		titles:   "spett gent egr sig sigg sigra dott dottssa prof profssa ing avv arch on sen geom rag mons dr gen col magg cap ten mar rev sac sr sra",
		numbered: "n nn nr pag pagg p pp art artt cap vol fig",
		weak: "gen feb mar apr mag giu lug ago set sett ott nov dic " +
			"ecc es cfr ca tel spa srl sec secc vd",
		starters: "tutto tutta tutti tutte nulla ognuno durante secondo tra fra sopra sotto contro verso fino qui lì là allora ancora mai sempre forse tale ogni altro altra altri altre mio mia nostro nostra sì eppure invece infatti il lo la i gli le un uno una lui lei loro io noi voi egli essa esso questo questa questi queste quello quella " +
			"ma e o in con per da di del della dopo prima se così però poi ora oggi ieri domani anche inoltre quindi allora " +
			"mentre quando perché come che chi dove non già molti alcuni tutti nessuno niente si ci ne secondo",
		months: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	},
	"fr": {
		titles:   "m mm mme mmes mlle mlles dr pr me mgr st ste sr",
		numbered: "n no nº p pp art chap vol fig t",
		weak: "janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim " +
			"etc av bd cf env ex éd coll cie sa sarl apr",
		starters: "durant pendant entre contre vers sous sur ici là encore jamais toujours peut-être chaque autre autres mon ma mes notre nos oui non enfin d'abord le la les l un une des il elle ils elles on je nous vous ce cet cette ces son sa ses leur leurs " +
			"mais et ou en dans avec pour par de du après avant si ainsi alors puis ensuite aujourd'hui hier demain aussi " +
			"cependant pourtant toutefois quand lorsque comme que qui où pourquoi ne pas plusieurs certains tous personne rien selon",
		months: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
	},
	"de": {
		titles:   "med rer nat phil jur fa hr hrn fr frl dr prof dipl ing st sr jr mag",
		numbered: "nr s abs art bd kap ziff fig abb tab",
		weak: "chr jg anm jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do sa so " +
			"usw bzw ca vgl evtl ggf inkl zzgl exkl bspw sog gem geb gest jh jhd mio mrd tsd std min tel hbf str gmbh ag co etc",
		starters: "dort hier damals zuvor später anschließend inzwischen nun schon bereits erst nur noch immer zwar vielleicht allerdings dabei darauf dafür dagegen deswegen somit also ebenso gleichzeitig schließlich zunächst zuerst insgesamt bisher seitdem nachdem obwohl weil da dass ob unter über gegen ohne durch bis zwischen neben trotz wegen jeder jede jedes beide manche mehrere mein unser kein welche welcher wann wieso weshalb ja nein eines ihm ihn uns der die das den dem des ein eine einen einem einer er sie es ich wir ihr man sein seine ihre dies diese dieser dieses " +
			"aber und oder in im am an auf mit für von vom zu zum zur nach vor bei seit wenn als während danach dann jetzt heute gestern morgen " +
			"auch doch jedoch trotzdem deshalb daher außerdem zudem so wie was wer wo warum nicht kein keine viele einige alle niemand nichts laut",
		months:    "januar jänner februar märz april mai juni juli august september oktober november dezember",
		ordinals:  true,
		compounds: true,
	},
	"pt": {
		titles:   "sr sra srs sras srta dr dra drs dras prof profa eng exmo exma v exa ilmo ilma d dom sto sta",
		numbered: "n nº nos pág págs p pp art arts cap vol fig",
		weak: "jan fev mar abr mai jun jul ago set out nov dez " +
			"etc ex av r aprox tel ltda cia sa",
		starters: "durante segundo entre contra sobre até aqui ali ainda nunca sempre talvez cada outro outra outros outras meu minha nosso nossa sim enfim o a os as um uma uns umas ele ela eles elas eu nós você vocês seu sua seus suas este esta estes estas esse essa isso isto " +
			"mas e ou em no na nos nas com por para de do da dos das depois antes se assim porém então agora hoje ontem amanhã também " +
			"além quando enquanto porque como que quem onde não já muitos alguns todos ninguém nada segundo",
		months: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	},
}

// ruleSets holds the rules of each language and, under "", the union of
// all of them for text whose language is unknown.
var ruleSets = func() map[string]*rules {
	m := map[string]*rules{}
	var all langWords
	for code, w := range languages {
		m[code] = w.rules()
		all.titles += " " + w.titles
		all.numbered += " " + w.numbered
		all.weak += " " + w.weak
		all.starters += " " + w.starters
		all.months += " " + w.months
	}
	// An unknown language takes every list but the rules that only fit one
	// language: German ordinals would join "He came 3. Then" in English.
	all.pronounI = true
	u := all.rules()
	// A word that starts sentences in one language is no abbreviation in a
	// text of unknown language ("so", "do", "me").
	for w := range u.starters {
		delete(u.titles, w)
		delete(u.weak, w)
	}
	delete(u.titles, "me") // French "Me" (maître), English "me"
	delete(u.titles, "on") // Italian "On." (onorevole), English "on"
	m[""] = u
	return m
}()

func (w langWords) rules() *rules {
	return &rules{titles: WordSet(w.titles), numbered: WordSet(w.numbered), weak: WordSet(w.weak),
		starters: WordSet(w.starters), months: WordSet(w.months), ordinals: w.ordinals, pronounI: w.pronounI, compounds: w.compounds}
}

// rulesFor returns the rules of language lang, an ISO 639-1 code with or
// without a region ("pt-BR"); the union of all languages when it is empty
// or not one the splitter knows ("und").
func rulesFor(lang string) *rules {
	if len(lang) > 2 && (lang[2] == '-' || lang[2] == '_') {
		lang = lang[:2]
	}
	if r, ok := ruleSets[strings.ToLower(lang)]; ok {
		return r
	}
	return ruleSets[""]
}

// Abbreviation reports whether w, a word ending in a dot, is an
// abbreviation rather than a word that ends a sentence: an initial ("F."),
// dotted letters ("U.S.", "N.Y."), or a title, a numbered word or a weak
// abbreviation of any language the splitter knows ("Gen.", "No.", "Fla.",
// "Sept."). "Gaza." and "Lenovo." are words.
func Abbreviation(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	base := strings.TrimSuffix(w, ".")
	if base == "" {
		return false
	}
	if strings.Contains(base, ".") || utf8.RuneCountInString(base) == 1 {
		return true
	}
	r := rulesFor("")
	l := strings.ToLower(base)
	return r.titles[l] || r.numbered[l] || r.weak[l]
}
