package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/corroborate/corroborate/internal/text"
)

// Site chrome is recognised by general rules, in several languages: what a
// line says (a comment form, a share bar), how it is built (short, no
// sentence structure, only punctuation) and where it stands (before the
// first paragraph of prose or after the last).

// chromeRule is one family of site chrome: a pattern over the lower-cased
// line and the most words such a line has.
type chromeRule struct {
	kind     string
	re       *regexp.Regexp
	maxWords int
	// hints, when set, are substrings one of which the line must hold
	// before the (unanchored, slower) pattern is tried.
	hints []string
	// unless, when set, keeps a matching line that it holds for content
	// (a credit line that is a sentence of prose).
	unless func(line string) bool
}

var chromeRules = []chromeRule{
	{"comment form", regexp.MustCompile(`^(leave a (reply|comment)|post a comment|add a comment|\d* ?comments?( \(\d+\))?:?$|join the (conversation|discussion)|your email address will not be published|required fields are marked|this site uses akismet|discuti questo articolo|commenti:?$|lascia un commento|deja (un|tu) comentario|comentarios:?$|laisser un commentaire|commentaires:?$|kommentare?:?( schreiben| verfassen)?$|deixe (um|seu) comentário|comentários:?$|comments are closed|(sorry,? )?we('re| are) not (currently )?accepting comments)`), 25, nil, nil},
	{"subscription prompt", regexp.MustCompile(`(subscribe (now|today|for|to)|subscribe$|sign up (for|to|now|here)|free articles? (left|remaining)|articles? left this month|want access to all|unlimited access|already a subscriber|log ?in to (continue|read)|support (our|independent) journalism|become a (member|subscriber)|suscr[ií]bete|abonnez-vous|jetzt abonnieren|iscriviti|abbonati|assine já|inscreva-se)`), 25,
		[]string{"subscri", "sign up", "article", "access", "log", "support", "become", "suscr", "abonn", "iscriv", "abbona", "assine", "inscreva"}, nil},
	{"photo credit", regexp.MustCompile(`(^\(?\s*((ap|afp|reuters|getty|epa|file)\s*)?photos?\s*(by|:|/)|\((ap|afp|reuters|epa)\s*photo[^)]*\)|^(photo|foto|image|picture|photograph|crédit photo|bildquelle|credit)s?\s*:|getty images|shutterstock|^\(?file photo\)?$)`), 16,
		[]string{"photo", "foto", "image", "picture", "credit", "crédit", "getty", "shutterstock", "bildquelle"}, nil},
	// A caption that carries its picture's credit: "Tribute: flowers at the
	// gate (Picture: Reuters)", or a credit and its caption set apart by a
	// run of spaces ("Getty   Firefighters carry a victim…").
	{"caption", regexp.MustCompile(`(\(((file|stock|library) )?(picture|photo|image|pic)s?(\s*:[^)]{1,40}| posed by models?)?\)$|^(getty( images)?|reuters|ap|afp|epa|pa)\s{2,}\S)`), 45,
		[]string{"picture", "photo", "image", "pic", "getty", "reuters", "ap ", "afp", "epa", "pa "}, nil},
	// A photo caption left in the text: it says where people stand in the
	// picture ("Ada Quill, right, with her brother, left", "the mayor
	// (centre)") or that they are pictured, and, unlike a sentence, it
	// ends without a stop; or it follows its credit after a run of spaces
	// under a label ("KEN ROSS/VIA CALDER TV   Brave: the crew at dawn").
	{"caption", regexp.MustCompile(`(, (left|right|centre|center|above|below|inset)(,|$)|\((left|right|centre|center|above|below|inset|pictured|far left|far right|second left|second right|left to right|from left)\)|\bpictured\b|^[^.!?:]{2,60}?[^\s.!?:]\s{2,}[^\s:][^:.!?]{0,30}:\s)`), 60,
		[]string{"left", "right", "cent", "above", "below", "inset", "pictured", "  "}, text.EndsSentence},
	// A prompt to follow a link or open a video that plain text no longer
	// holds ("Read the full story here.", "Check out our review here", "ON
	// A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.", "Scroll down for
	// video"), or an advertisement's teaser ("Check Out This Easy Way To
	// Save").
	{"link prompt", regexp.MustCompile(`(^(check out|read|see|watch|view|find out|learn more|click)\b.{0,80}\bhere\.?$|^check out (this|these)\b[^.!?]*$|^(on a mobile( device)?|using (a )?mobile( device)?)\?|\b(click|tap) (here )?(to|for) (watch|see|view|play)\b.*\b(video|clip|footage|gallery|pictures|photos)\b|^scroll down for (the )?video)`), 16,
		[]string{"here", "check out", "mobile", "click", "tap", "scroll"}, nil},
	// An image's file name left as a line ("Harbor-Fire-3").
	{"image name", regexp.MustCompile(`^[a-z]+([-_][a-z]+)+[-_]\d{1,3}$`), 1, nil, nil},
	// A credit line: where a picture came from ("[Image via FOX 13]",
	// "Getty/Instagram.", "[AP]", "Source: Ana Ros / Flickr"), or the desk
	// that wrote the page ("Redazione"); never a line of prose. Where the
	// report came from ("Via Harbour Wire", "Sources: Tarn Radio") is the
	// article's own credit and stays (storyCredit, markCredits).
	{"credit line", regexp.MustCompile(`^(\[\S+( \S+){0,2}\]$|\[[^\]]{0,60}\b(via|credit|image|photo|h/t)\b|\(?(lead |top |main )?(image|photo|picture|video|graphic)s?( credit)?\s*(via|by|:|source)\b|(via|sources?)\b\s*:?[^,;|]*\b` + pictureSources + `|((ap|afp|reuters|getty( images)?|instagram|twitter|facebook|youtube|epa|dpa|ansa|efe|pa)\s*[/,&]?\s*)+\.?$|(redazione|redacción|rédaction|redaktion|redação|staff|staff reporter|newsroom|editorial board)\.?$)`), 10, nil, isProse},
	{"author box", regexp.MustCompile(`^(about the author|about this author|author bio|sull'autore|l'autore|sobre el autor|sobre o autor|à propos de l'auteur|über den autor|zum autor|more from\b|more stories (by|from)|other (stories|articles) by|follow\b.*\b(on twitter|@)|follow [a-z0-9_]+$)`), 12, nil, nil},
	{"related links", regexp.MustCompile(`^(related( (stories|articles|coverage|content|posts|links))?:?$|related:|read (more|also|next)\b|see also\b|you (may|might) also like|recommended( for you)?:?$|most (read|popular|viewed):?$|top (reads|stories|picks)( from [^:.!?]{1,40})?:?$|popular:?$|trending( now)?:?$|leggi anche|altre (relazioni|notizie)|altri articoli|potrebbe interessarti|lee (también|más)|te puede interesar|noticias relacionadas|(à )?lire aussi|sur le même sujet|mehr zum thema|auch interessant|weitere artikel|leia (também|mais)|veja também|notícias relacionadas)`), 12, nil, nil},
	// A link to another story under a label ("MORE: …", "RELATED: …").
	// A headline never ends a sentence: a line that does is prose.
	// A promotion's label reads the same way ("DON'T MISS: …", "No te
	// pierdas: …"), and a link to the story's earlier version ("Earlier
	// story: …").
	// A science site's link to its next story ("Explore further: Ferry
	// engines tested in cold water").
	{"related headline", regexp.MustCompile(`^(related|more|see (also|related)|also read|read (more|also)|earlier (story|coverage)|explore further|don['’]?t miss|must (read|see|watch)|no te pierdas|da non perdere|à ne pas manquer|ne manquez pas|nicht verpassen|não perca)\s*:\s*\S`), 30, nil, text.EndsSentence},
	// A video player's leftover labels and the line that introduces the
	// video ("Video loading", "Watch this video again", "Watch the mayor's
	// speech:").
	{"video player", regexp.MustCompile(`(^video (loading|unavailable)\b|\bwatch (this video again|next)\b|^watch\b[^.!?]*:$)`), 16, []string{"video", "watch"}, nil},
	// A video widget's strip: the clip just played and the next ones, each
	// with its labels and length ("JUST WATCHED Ferry fares rise Replay
	// More Videos ... MUST WATCH Ferry fares rise 01:24 PLAY VIDEO").
	{"video player", regexp.MustCompile(`^just watched\b.*\b(replay more videos|must watch)\b`), 80, []string{"just watched"}, nil},
	// A plea to follow the outlet elsewhere ("For more stories, like our
	// Facebook page").
	{"social promo", regexp.MustCompile(`(^for more (stories|news|updates|videos)\b.*\b(like|follow)\b|\blike (the |our )?[^.]{0,40}\bfacebook page\b)`), 25, []string{"for more", "facebook"}, nil},
	// A plea to follow the outlet or its writer on a platform ("Follow the
	// Calder Post on Twitter.", "Síguenos en Facebook"), as a line of its
	// own; one closing a line of content is cut off it (splitFollowPrompts).
	{"social promo", regexp.MustCompile(`^(` + followPrompt + `)$`), 30, nil, nil},
	{"copyright", regexp.MustCompile(`^(©|copyright\b|\(c\) \d{4}|all rights reserved|todos los derechos|tutti i diritti|tous droits|alle rechte|todos os direitos)`), 40, nil, nil},
	{"navigation", regexp.MustCompile(`^(skip to (main )?content|back (up )?to (the )?(top|list|index|home|menu)\b|story continue[sd] below|continue reading|click here\b|listen to (this |the )?(article|story)|watch:|(tags|topics|filed under|categories|posted in)\s*:|privacy policy|terms of (use|service)|cookie (policy|settings)|follow us\b|sign in$|log ?in$|go back$|menu$|search$|home$|close$|accept cookies|` +
		// a button to report a mistake ("Report a Typo", "Segnala un errore")
		`(report|submit) an? (typo|error|mistake|correction)$|segnala(re)? un errore$|(reportar|informar de) un error$|signaler une (erreur|faute)$|fehler melden$|(reportar|comunicar) (um )?erro$)`), 14, nil, nil},
	// An account's interface after signing up ("We have sent you a
	// verification email", "check your spam folder").
	{"account prompt", regexp.MustCompile(`(sent you an? (verification|confirmation|activation) (e-?mail|link|message)|click (on )?the link to (activate|verify|confirm)|(activate|verify|confirm) your (profile|account|e-?mail( address)?)|verification (e-?mail|message)|check your (spam|junk)( or (spam|junk))? folder)`), 30,
		[]string{"sent you", "click", "activate", "verify", "confirm", "verification", "spam", "junk"}, notAddressed},
	// A link or an address alone on its line; a link a forum shortened
	// for display, with the words of its tail ("http://shop.example...
	// ferry-guide print").
	{"link or address", regexp.MustCompile(`^(https?://\S+|www\.\S+|\S+@\S+\.[a-z]{2,}|(https?://|www\.)\S*(\.\.\.|…)\S*( \S+){1,3})$`), 4, nil, nil},
	// A line that opens with two web addresses or more in a row: a
	// player's or a feed widget's links left in the text, with whatever
	// caption the widget showed after them.
	{"widget links", regexp.MustCompile(`^(?:(?:https?://|www\.)\S+\s+){2,}`), 120, []string{"http", "www."}, nil},
	// A request for readers' tips ("Have a tip we should know? tips@…").
	{"tip prompt", regexp.MustCompile(`^(have a (news )?tip\b|got a (news )?tip\b|send us (a|your) tips?\b)`), 12, nil, nil},
	// A platform's own interface text, kept when a page of it was crawled in
	// place of an article: a location or embed prompt under a post, a
	// request to turn scripts on.
	{"platform prompt", regexp.MustCompile(`^(tweet with a location$|add a location to your tweets$|you can add location information to your tweets\b|when you tweet with a location, twitter stores\b|add this (tweet|video) to your website by copying the code\b|please enable javascript\b|` +
		`hmm, there was a problem reaching the server\b|by embedding twitter content in your website or app\b|` +
		// a player's request for a plugin ("To get the full experience of
		// this page, please upgrade your Flash Plugin")
		`to get the full experience of this (page|site|video)\b|please (upgrade|update|install|download) (your |the )?(adobe )?flash\b)`), 45, nil, nil},
	// A send-to-a-friend form, crawled in place of the page it shares: its
	// thanks and its note on the e-mail address it asks for ("Thank you
	// for your interest in spreading the word about the Calder Gazette.").
	{"share form", regexp.MustCompile(`^(thanks?( you)? for (your )?interest in (spreading|sharing) the word\b|note: we only (request|ask for|use) your e-?mail address so that the person you are recommending\b)`), 60,
		[]string{"interest in", "e-mail address", "email address"}, nil},
	// A web archive's note on how it crawled the page, in place of the page
	// ("These crawls are part of an effort to archive pages…", "The seed
	// for Wide00014 was:").
	{"archive notice", regexp.MustCompile(`(^these crawls are part of an effort to archive\b|\bcrawl data to the internet archive\b|^the seed for \S+ was:$)`), 120, []string{"crawl", "seed"}, nil},
	// A picture or video widget's labels: a gallery's counter and buttons
	// ("1 of 14 Full Screen Autoplay Close Skip Ad", "Gallery 12 photo",
	// "Slideshow (9 Images)", "Buy Photo"), a player's clock ("00:00 /
	// 00:40 SD HD"), a caption's labels ("Image copyright AP Image caption
	// …", "Media playback is unsupported on your device Media caption …").
	{"gallery", regexp.MustCompile(`^(\d+ of \d+ full screen\b|gallery \d+ photos?\b|slideshow \(\d+ (images|photos)\)$|buy photo\b)`), 400, nil, nil},
	{"video player", regexp.MustCompile(`^(\d{1,2}:\d{2} / \d{1,2}:\d{2}\b|media playback is unsupported\b|media caption\b)`), 60, nil, nil},
	// A video's embed box: the clip's headline and length between the
	// player's labels and its offer of the code ("Embed Ferry runs aground
	// 1:52 autoplay autoplay Copy this code to your website or blog").
	{"video player", regexp.MustCompile(`(^embed\b.*\b\d{1,2}:\d{2} autoplay\b|\bcopy (this|the) (embed )?code (below )?(to|into|on|and paste it (in|on|into)) your (website|site|blog|page)\b)`), 60,
		[]string{"autoplay", "code"}, nil},
	// A newsroom's note that the story is breaking and will be updated
	// ("THIS IS A BREAKING NEWS UPDATE. Check back soon for further
	// information. The earlier story is below."): a line of such notes and
	// nothing else.
	{"update notice", regexp.MustCompile(`^(` + updateNotice + `[.!]?\s*)+$`), 40,
		[]string{"breaking", "developing", "check back", "earlier", "updated", "refresh"}, nil},
	{"caption", regexp.MustCompile(`^image (copyright|caption)\b`), 60, nil, nil},
	// A caption closed by a label saying the picture only illustrates the
	// story or comes from the archive, and the agency that took it ("… at a
	// wedding in the capital. [Representational Image] Reuters", "[File
	// photo]", "(Imagen de archivo) EFE").
	{"caption", regexp.MustCompile(`[\[(](((representational|representative|illustrative|file|stock|library|archive) )?(image|photo|picture|pic)s?( (used )?for (representation|illustration)( purposes?)?( only)?)?|` +
		`imagen (de archivo|ilustrativa)|foto de archivo|foto d'archivio|immagine d'archivio|foto di repertorio|photo d'(archives|illustration)|image d'illustration|archivbild|symbolbild|archivfoto|foto de arquivo|imagem (ilustrativa|de arquivo))[\])]` +
		`( (reuters|ap|afp|epa|getty( images)?|pti|ians|ani|efe|ansa|dpa|pa|thinkstock|istock|shutterstock))?\.?$`), 45,
		[]string{"imag", "photo", "pic", "foto", "bild"}, nil},
	// A caption that names what it is ("An image from the harbor
	// festival on Monday night", "A screenshot of the ferry's timetable"):
	// a phrase, not a sentence with a verb.
	{"caption", regexp.MustCompile(`^an? (image|photo|picture|still|screenshot|screengrab)s? (from|of)\b`), 15, nil, hasVerb},
	// A link to another story set in brackets on its own line ("[Ferry
	// fares rise again this spring]"); an editor's note is content.
	{"related headline", regexp.MustCompile(`^\[[^\[\]]{20,250}\]$`), 30, nil, editorsNote},
	// A news agency's notes to the editors who take its copy, left in the
	// text: where the story may be cut ("(STORY CAN END HERE. OPTIONAL
	// 2ND TAKE FOLLOWS.)", "(BEGIN OPTIONAL TRIM)", "(MORE)", "ENDIT")
	// and the transmission's slug, date and time ("NYT-12-02-98 1820EST",
	// "AP-NY-03-14-26 0912EDT").
	{"wire desk note", regexp.MustCompile(`^(\(?(story can end here|optional (material|2nd take|second take|add|trim)|(begin|end) optional|end (of )?(optional )?(trim|add))\b[^()]*\)?\.?|\((more|end)\)|endit|[a-z]{2,5}(-[a-z]{2,4}){0,2}-\d{2}-\d{2}-\d{2,4} \d{4}[a-z]{3})$`), 12,
		[]string{"story can end", "optional", "(more)", "(end)", "endit", "-"}, nil},
	{"advertisement", regexp.MustCompile(`^(advertisement|advertising|sponsored( content)?|publicidad|pubblicità|publicité|anzeige|publicidade)$`), 2, nil, nil},
}

// updateNotice is one sentence of a note that a story is breaking news and
// will be updated: it tells readers to come back, never what happened.
const updateNotice = `(this is an? (breaking news|developing|breaking) (update|story|news story)( and (it )?will be updated( as (we (learn|get|receive)|(more )?(information|details) (becomes?|is|are) available)[^.!?]{0,40})?)?|` +
	`check back (soon |later |here )?for (further information|more (information|details|updates)?|updates|details|the latest)( as (they|it) (develops?|becomes? available))?|` +
	`(ap['’]?s|an?|the|our) earlier (story|version)( of this (story|report))? (is|appears|follows) below|` +
	`this (story|article|report) (is developing and )?will be updated( as (more )?(information|details) (becomes?|is|are) available)?|` +
	`(please )?refresh (this page )?for (the latest )?updates)`

// followPrompt is a plea to follow an outlet or a writer on a social
// platform, in the languages we read ("Follow the Calder Post on Twitter.",
// "Like us on Facebook", "Suivez-nous sur Instagram"), with the plea to
// comment some pages add ("… on Facebook See the latest news and share
// your comments with the Calder Post on Facebook").
const followPrompt = `(?i:(?:follow|like)\s+(?:us|[^.!?]{1,60}?)\s+on\s+(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky)\b(?:[^.!?]{0,60}|[^.!?]{0,40}\bsee the latest news and share your comments\b[^.!?]{0,80})[.!]?|` +
	`(?:síguenos|sígueme|seguici|seguimi|suivez-nous|suivez-moi|folgen sie uns|folge uns|siga-nos|sigam-nos)\s+(?:en|su|sur|auf|bei|no|nas|na)\s+[^.!?]{1,60}[.!]?)`

// reTrailingFollow matches a follow prompt closing a line after a sentence
// ("… originally appeared at the Calder Post. Follow the Calder Post on
// Twitter.").
var reTrailingFollow = regexp.MustCompile(`[.!?]["”’)]?\s+(` + followPrompt + `)$`)

// followTail is how far from a line's end a closing follow prompt and the
// full stop before it can start.
const followTail = 240

// followCues are words every follow prompt holds, in lower case: a line's
// tail without one needs no regular expression.
var followCues = []string{"follow", "like", "sígu", "segu", "suivez", "folge", "siga"}

// splitFollowPrompts cuts a follow prompt that closes a line of content
// (reTrailingFollow) off it, as a line of chrome of its own; the sentences
// before it, a credit among them, stay. Lines are copied only when one is
// cut.
func splitFollowPrompts(lines []line) []line {
	return cutLines(lines, followPromptAt, "", "social promo")
}

// cutLines cuts each line of content in two where at says (at returns -1
// for a line it leaves whole): the head, trimmed, of kind head, and the
// tail of kind tail. Lines are copied only when one is cut.
func cutLines(lines []line, at func(string) int, head, tail string) []line {
	var out []line
	for i, l := range lines {
		cut := -1
		if l.kind == "" {
			cut = at(l.text)
		}
		if cut < 0 {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(lines)+1), lines[:i]...)
		}
		out = append(out, line{text: strings.TrimSpace(l.text[:cut]), kind: head}, line{text: l.text[cut:], kind: tail})
	}
	if out == nil {
		return lines
	}
	return out
}

// reSynopsisCredit matches the credit a film site closes a synopsis with,
// after its last sentence or the dots that cut it short ("… until the
// ferry sails ... Written by Harbor Films"): who wrote the blurb, not part
// of it.
//
// The page's pictures credited together close its last paragraph the same
// way ("… as the ferry left. Images: Calder Images (3)").
var reSynopsisCredit = regexp.MustCompile(`(?:\.\.\.|…|[.!?]["”’)]?)\s+(Written by \p{Lu}[^\s.!?,;:]*(?: [^\s.!?,;:]+){0,3}|(?:Photos|Images|Pictures):\s*` + creditNames + `(?:\s\(\d+\))?)$`)

// splitSynopsisCredit cuts a synopsis credit (reSynopsisCredit) off the
// text's last line of content, as a line of chrome of its own. Lines are
// copied only when one is cut.
func splitSynopsisCredit(lines []line) []line {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].kind != "" {
			continue
		}
		m := reSynopsisCredit.FindStringSubmatchIndex(lines[i].text)
		if m == nil {
			return lines
		}
		out := append(make([]line, 0, len(lines)+1), lines[:i]...)
		out = append(out, line{text: strings.TrimSpace(lines[i].text[:m[2]])}, line{text: lines[i].text[m[2]:], kind: "credit line"})
		return append(out, lines[i+1:]...)
	}
	return lines
}

// followPromptAt is where a follow prompt closing s starts, -1 when none
// does. Only the line's tail is read.
func followPromptAt(s string) int {
	from := max(0, len(s)-followTail)
	tail := strings.ToLower(s[from:])
	cued := false
	for _, c := range followCues {
		cued = cued || strings.Contains(tail, c)
	}
	if !cued {
		return -1
	}
	if m := reTrailingFollow.FindStringSubmatchIndex(s[from:]); m != nil {
		return from + m[2]
	}
	return -1
}

// reRelatedRun matches a "Related" label run together with the headline it
// labels ("RelatedHarbor ferry fares…"): a widget whose spacing was lost.
var reRelatedRun = regexp.MustCompile(`^\s*Related\p{Lu}`)

// shareWords make up share bars and print buttons ("Share This Story",
// "Print More", "Tweet · Email", "Google Plus", read as "google+").
var shareWords = text.WordSet("share shares this story article page print more email e-mail mail tweet facebook twitter google+ x whatsapp linkedin pinterest reddit telegram copy link on via save bookmark play " +
	"condividi stampa invia compartir imprimir enviar partager imprimer envoyer teilen drucken senden compartilhar")

// shareButtons is the words of a lower-cased line as a share bar names its
// buttons: "google plus" is one, "google+".
func shareButtons(lower string, words []string) []string {
	if !strings.Contains(lower, "google plus") {
		return words
	}
	return strings.Fields(strings.ReplaceAll(lower, "google plus", "google+"))
}

// chromeWords never appear in a person's name; they keep "Print More" from
// being read as a byline.
var chromeWords = text.WordSet("share print more email tweet comments comment subscribe login follow related advertisement menu home news search photo video read")

// Furniture reports whether a line is page furniture and never a
// headline: site chrome of any kind this package removes (widget labels,
// picture credits, platform prompts, navigation) or a date and nothing
// else ("Published on May 8, 2015"). It is the test extraction applies to
// a page's first line, for titles given from elsewhere (a JSONL record's).
func Furniture(line string) bool {
	return chromeKind(line) != "" || dateOnly(line)
}

// chromeKind names the kind of chrome line is, or "" for content.
func chromeKind(line string) string {
	// A link's arrow (">> Read more") is no word of it.
	if t := dropIconLetter(line); t != line {
		if strings.HasPrefix(t, "Related") {
			return "related links" // a related story's box, its headline after the label
		}
		line = t
	}
	lower := strings.ToLower(strings.TrimLeft(strings.TrimSpace(line), ">»›→ "))
	words := strings.Fields(lower)
	if len(words) == 0 {
		return ""
	}
	if isSeparator(lower) {
		return "separator"
	}
	if len(words) <= 8 && allIn(shareButtons(lower, words), shareWords) {
		return "share buttons"
	}
	if reRelatedRun.MatchString(line) {
		return "related links"
	}
	if k := teaserKind(line); k != "" {
		return k
	}
	if k := siteFurniture(line); k != "" {
		return k
	}
	if k := widgetKind(strings.TrimSpace(line), lower, len(words)); k != "" {
		return k
	}
	for _, r := range chromeRules {
		if len(words) <= r.maxWords && hinted(lower, r.hints) && r.re.MatchString(lower) && (r.unless == nil || !r.unless(line)) {
			return r.kind
		}
	}
	if t := strings.TrimSpace(line); (captionCredit(t, len(words)) || shortCaption(t, len(words))) && !creditedReport(t) {
		return "caption"
	}
	return ""
}

var (
	// reCaptionCredit matches a picture's credit closing its caption:
	// "(Associated Press)", "(Ana Ros/Calder Post)", "REUTERS/Ana Ros",
	// "REUTERS/Ana Ros/File Photo", "… at dawn. Ana Ros/The Calder Post",
	// "Handout via REUTERS". Agencies are matched in the case they sign
	// pictures with. A stop closes the credit only after a capitalised
	// word ("REUTERS/Ana Ros."): after a lower-case one it ends a sentence
	// that names a poll ("according to a Reuters/Ipsos poll.").
	reCaptionCredit = regexp.MustCompile(`(\((Associated Press|AP|AFP|Reuters|REUTERS|EPA|Getty Images)\)|\([A-Z][^()/]{0,60}/\s?[A-Z][^()]{0,60}\)|(^|\s)(REUTERS|AFP|EPA|AP|Reuters|Getty Images)/[A-Z](?:[\w.'’ /-]{0,39}[\w'’/-]|[\w.'’ /-]{0,39}\b[A-Z][\w'’-]*\.|[\w'’-]*\.)|[.!?”"]\s+` + capWords + `/` + capWords + `|\bvia (REUTERS|Reuters|AP|AFP|Getty Images)|` + creditLabel + `)$`)
	// reCaptionAgency matches an agency's name closing a caption without a
	// bracket ("… over the harbour, Calder. AP"), and the word before it.
	reCaptionAgency = regexp.MustCompile(`(\S+)\s(AP|AFP|REUTERS)$`)
	// reShortCaption matches a short caption closed by its credit in
	// brackets ("Ada Quill, the ferry's captain (Harbor Films)").
	reShortCaption = regexp.MustCompile(`^[^()]{3,100}\((` + capWords + `)\)$`)
)

// creditLabel is a picture's credit under its label closing a caption's
// sentence: "… at dawn. Photo: Ana Ros", "… on Monday. Credit: Ana Ros /
// Calder Images", "… Photo: KTRN via Twitter". The credit is names alone,
// in capitals or title case, joined by slashes or "via": no sentence goes
// on after it. The label names one picture: the page's pictures credited
// together ("Images: Calder Images (3)") close the page's last paragraph
// and are cut off it (splitSynopsisCredit).
const creditLabel = `[.!?”"]\s+(?:Photo|Picture|Image|Photograph|Credit|Photo credit):\s*` + creditNames

// creditNames is the names of a picture's credit: one to four, joined by
// slashes or "via" ("Ana Ros / Calder Images", "KTRN via Twitter").
const creditNames = creditName + `(?:(?:\s*/\s*|\s+via\s+|\s+and\s+)` + creditName + `){0,3}`

// creditName is a name in a picture's credit: one to four words, each
// opening with a capital ("Ana Ros", "KTRN", "FACEBOOK").
const creditName = `\p{Lu}[\w.'’&-]*(?: \p{Lu}[\w.'’&-]*){0,3}`

// capWords is one to four capitalised words: a name.
const capWords = `[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}`

// notCredits are words that close a line in brackets without crediting a
// picture ("(Updated)", "(Video)").
var notCredits = text.WordSet("updated update video videos photos photo pictures watch live opinion analysis corrected exclusive poll pdf")

// captionCredit reports a photo caption left in a text, known by the
// credit that closes it (see reCaptionCredit), up to 70 words. An agency
// named after "the", "by" or "and" is a sentence's object, not a credit.
func captionCredit(line string, words int) bool {
	if words > 70 {
		return false
	}
	if reCaptionCredit.MatchString(line) {
		return true
	}
	m := reCaptionAgency.FindStringSubmatch(line)
	return m != nil && !agencyObject[strings.ToLower(m[1])]
}

// shortCaption reports a caption of up to 12 words closed by any name in
// brackets (see reShortCaption), not an acronym nor a label ("(Updated)").
func shortCaption(line string, words int) bool {
	m := reShortCaption.FindStringSubmatch(line)
	return m != nil && words <= 12 && strings.ToUpper(m[1]) != m[1] && !notCredits[strings.ToLower(m[1])]
}

// creditedReport reports a line of the article's prose that closes with
// the outlet it was reported by, in brackets ("The levy was approved on
// Monday, the board said (Calder Post)"), which a caption's credit looks
// like: the words before the bracket say something happened or was said
// (a finite verb in the first sentence: "said", "was", "will") and nothing
// in them points at a picture ("pictured", "left", "centre"). A photographer's credit ("(Ana
// Ros/Calder Post)", "(Picture: …)") and a picture agency's are captions'
// whatever the words.
func creditedReport(line string) bool {
	m := reBracketCredit.FindStringSubmatch(line)
	if m == nil || strings.ContainsAny(m[2], "/:") || pictureAgencies[strings.ToLower(m[2])] {
		return false
	}
	// A caption's first sentence says what the picture shows, in the
	// present; what follows may tell the background in the past.
	first, _, _ := strings.Cut(m[1], ". ")
	finite := false
	for _, w := range strings.Fields(strings.ToLower(first)) {
		w = strings.Trim(w, ",.;:!?\"“”‘’'()")
		if pictureCues[w] {
			return false
		}
		finite = finite || finiteVerbs[w]
	}
	return finite
}

// reBracketCredit splits a line closed by a name in brackets into the words
// before it and the name.
var reBracketCredit = regexp.MustCompile(`^([^()]+?)\s*\(([^()]+)\)$`)

// finiteVerbs say that a clause reports something: speech verbs and the
// auxiliaries a caption's present tense leaves out.
var finiteVerbs = text.WordSet("said says told reported announced added confirmed was were has have had will would could should")

// pictureCues point at a picture: a caption's words.
var pictureCues = text.WordSet("pictured picture photo photograph image left right centre center above below background foreground file")

// pictureAgencies sign pictures, never reports.
var pictureAgencies = map[string]bool{"getty images": true, "getty": true, "epa": true, "shutterstock": true, "alamy": true}

// agencyObject are the words after which an agency's name is a sentence's
// object ("said the AP").
var agencyObject = text.WordSet("the by and of to from with for told via said")

// reEditorsNote matches an editor's note in brackets: content.
var reEditorsNote = regexp.MustCompile(`(?i)^\[\s*(editor|update|correction|clarification|note|this (story|article|post|report))`)

func editorsNote(line string) bool {
	return reEditorsNote.MatchString(strings.TrimSpace(line))
}

func hinted(s string, hints []string) bool {
	if len(hints) == 0 {
		return true
	}
	for _, h := range hints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		w = strings.Trim(w, "|·•/,:;-–—()[]")
		if w != "" && !set[w] {
			return false
		}
	}
	return true
}

// isSeparator reports a line made only of punctuation and symbols ("___").
func isSeparator(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isProse reports a line with sentence structure: enough words and, for
// shorter lines, sentence-final punctuation.
func isProse(line string) bool {
	words := strings.Fields(line)
	if len(words) >= 12 {
		return true
	}
	if len(words) < 4 {
		return false
	}
	return text.EndsSentence(line)
}

// pictureSources are the words that make a credit a picture's or a
// platform's, not a report's.
const pictureSources = `(image|photo|picture|video|graphic|getty|shutterstock|screengrab|screenshot|youtube|twitter|instagram|facebook|flickr|wikimedia)`

// creditKind is the kind of a line that credits where the report came
// from: content, kept in the text for the credits stage, and never chrome.
const creditKind = "source credit"

var (
	// reStoryCredit matches a line that names the report's source: "Via
	// Harbour Wire", "VIA: The Calder Post", "Sources: Tarn Radio, Quaynews",
	// "Source harbourwire, Quaynews", "h/t Calder Gazette", "(Reporting by
	// Ana Ros; editing by Li Wei)", "Additional reporting by the AP".
	reStoryCredit = regexp.MustCompile(`^[\[(]?\s*(?:via|sources?|h/t|hat tip(?: to)?|(?:with )?(?:additional )?(?:reporting|writing) (?:by|from))\b\s*:?\s*(\S.*)`)
	// reCreditSep separates the names a credit line lists ("Tarn Radio,
	// Quaynews", "h/t Calder Gazette // image via AP"); a single slash joins a
	// picture's author and platform ("Ana Ros / Flickr").
	reCreditSep = regexp.MustCompile(`\s*(?:,|;|\||//|\]|\))\s*`)
	// rePictureSource matches the first name of a credit when it is a
	// picture's or a platform's, not a report's: "Via Getty Images",
	// "Source: Ana Ros / Flickr".
	rePictureSource = regexp.MustCompile(`\b` + pictureSources)
)

// storyCredit reports a short line that credits the report's source (see
// reStoryCredit), not a picture's ("[Image via FOX 13]", "Source: Getty
// Images").
func storyCredit(line string) bool {
	lower := strings.ToLower(strings.TrimSpace(line))
	if len(strings.Fields(lower)) > 15 {
		return false
	}
	m := reStoryCredit.FindStringSubmatch(lower)
	return m != nil && !rePictureSource.MatchString(reCreditSep.Split(m[1], 2)[0])
}

// markCredits labels the lines that credit the report's source (see
// storyCredit) before any chrome rule reads them.
func markCredits(lines []line) {
	for i := range lines {
		if lines[i].kind == "" && storyCredit(lines[i].text) {
			lines[i].kind = creditKind
		}
	}
}

// reVerb matches the words that make a phrase a sentence: a form of "be"
// or "have", or a word in -ed or -ing ("circulated", "showing").
var reVerb = regexp.MustCompile(`(?i)\b(is|are|was|were|be|been|has|have|had|shows|shown|\w{3,}ed|\w{3,}ing)\b`)

// hasVerb reports a line with a verb (see reVerb).
func hasVerb(line string) bool {
	return reVerb.MatchString(line)
}

// notAddressed keeps a line that tells of an account's prompt rather than
// being one: it speaks to no reader ("you", "please") or quotes it
// ("Police said the texts urged customers to click the link to verify …").
func notAddressed(line string) bool {
	low := strings.ToLower(line)
	return strings.ContainsAny(line, "\"“”") || !strings.Contains(low, "you") && !strings.Contains(low, "please")
}
