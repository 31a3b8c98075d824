package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// chromeRuleHTML is one family of chrome left in extracted HTML text.
type chromeRuleHTML struct {
	kind string
	re   *regexp.Regexp
	// hints, when set, are lower-case substrings one of which the text must
	// hold before the (unanchored, slower) pattern is tried.
	hints []string
}

// strongRules hold wherever the block stands: these texts are never the
// article, even between two of its paragraphs.
var strongRules = []chromeRuleHTML{
	{"related links", regexp.MustCompile(`(?i)^[\[(]?\s*(related( stories| articles| posts?| coverage| content| links?| reading| videos?| news)?|read (more|also|next)|see (more|also)|more (on this|coverage)|also( read| see)?|recommended( reading)?|don'?t miss|must read|leggi anche( su)?|lee (también|más)|ver también|(à )?lire aussi|mehr zum thema|lesen sie auch|leia (também|mais)|veja também)\s*[:|»>]`), nil},
	{"newsletter prompt", regexp.MustCompile(`(?i)(sign(ing)? up (for|to) .{0,40}newsletters?|subscribe to .{0,40}(newsletters?|channel|podcast)|newsletters? (delivered|sent)|(delivered|straight|right) (to|in|into|through) your (inbox|letterbox|mailbox)|thanks for signing up|error processing your subscription|latest .{0,40}\b(in|to) your inbox|iscriviti alla newsletter|suscr[ií]bete a|abonnez-vous à|inscreva-se)`), []string{"newsletter", "inbox", "letterbox", "mailbox", "signing up", "subscription", "iscriviti", "suscr", "abonnez", "inscreva"}},
	{"subscription prompt", regexp.MustCompile(`(?i)(already a subscriber|subscribe (now|today)|unlimited (digital )?access|for as little as|become a (member|subscriber)|this copy is for your personal,? non-commercial use|presentation-ready copies)`), []string{"subscri", "unlimited", "as little as", "become a", "non-commercial", "presentation-ready"}},
	{"app prompt", regexp.MustCompile(`(?i)((get|download) the .{0,40}\bapp\b|by clicking here)`), []string{"app", "clicking"}},
	{"share prompt", regexp.MustCompile(`(?i)(share (this|it) (story |article |post )?with|like this (story|article)\?|share on (facebook|twitter)|send us your)`), []string{"share", "like this", "send us"}},
	{"social follow", regexp.MustCompile(`(?i)(^follow\b.{0,60}\bon (twitter|facebook|instagram|youtube|linkedin|tiktok)|\bfollow (us|him|her|them)\b.{0,40}(twitter|facebook|instagram|@\w)|^follow (our|the|\S+'s) (full |live |latest )?(coverage|updates))`), []string{"follow"}},
	{"contact line", regexp.MustCompile(`(?i)^(have a (news )?tip\?|reach (the )?(reporters?|writers?|authors?|him|her)\b|e-?mail (the )?(writers?|authors?|reporters?)\b|write to \S+( \S+)? at\b|contact (the )?(writers?|authors?|reporters?)\b|you can reach)`), nil},
	{"comment prompt", regexp.MustCompile(`(?i)(you must (be )?log(ged)? ?in to (post|leave|write) a comment|^post (a )?comment|^leave a (comment|reply)|comments? (are|is) (now )?(closed|moderated)|moderat(ing|ed) all comments|comment policy|^coment[áa]rios (com|que)|^\d+ comments?$|^comments?$|join the (conversation|discussion)|(comments?|coment[áa]rios|commenti|commentaires|kommentare)\b.{0,80}\b(moderat|approv|aprova|aprob))`), []string{"comment", "coment", "kommentar", "conversation", "discussion"}},
	{"subscription prompt", regexp.MustCompile(`(?i)^if you (enjoyed|liked|value) (this|our) (article|story|post|journalism)`), nil},
	{"page tools", regexp.MustCompile(`(?i)^(order reprints|print article|text size|print this (page|article)|an error has occurred,? please try again( later)?\.?|this article has been sent to|email this (article|story))$`), nil},
	{"wire slug", regexp.MustCompile(`^[A-Z]{2,5}-[A-Z][A-Za-z]*-{1,2}[\w-]+(, [\w -]+)?$`), nil},
	{"copyright", regexp.MustCompile(`(?i)(^(©|ⓒ|copyright\b|\(c\) \d{4})|all rights reserved|무단전재|tutti i diritti riservati|todos los derechos reservados|tous droits réservés)`), []string{"©", "ⓒ", "copyright", "(c)", "rights reserved", "무단전재", "diritti", "derechos", "droits"}},
	{"tags", regexp.MustCompile(`(?i)^(filed under|tags?|topics|categories|posted in|categorias?|etiquetas|schlagwörter)\s*:`), nil},
	{"reading time", regexp.MustCompile(`(?i)^(\d+\s*(min(ute)?s?|minutos?|minuti)\.?\s*(read|de leitura|de lectura|di lettura|lesezeit)|(reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\s*:)`), nil},
	{"advertisement", regexp.MustCompile(`(?i)^(advertisement|continue reading( below)?|story continues below( advertisement)?|scroll to continue( with content)?|anzeige|publicidad|pubblicità)$`), nil},
}

// edgeRules hold only before the first or after the last paragraph of
// prose, where a page's own chrome gathers.
var edgeRules = []chromeRuleHTML{
	{"date", regexp.MustCompile(`(?i)^(updated|published|posted|first published|last updated|modified|actualizado|publicado|pubblicato|publié|mis à jour|aktualisiert|veröffentlicht)\b.{0,40}\d`), nil},
	{"source line", regexp.MustCompile(`(?i)^(source|fonte|fuente|quelle)\s*:`), nil},
	{"citation", regexp.MustCompile(`(?i)^(citation|cite this( article)?)\s*:`), nil},
	{"affiliate disclosure", regexp.MustCompile(`(?i)(if you (buy|purchase) something|may (earn|get|receive) (a )?(small )?(share|commission|portion)|affiliate (links?|commission))`), []string{"something", "commission", "may ", "affiliate"}},
	{"podcast prompt", regexp.MustCompile(`(?i)^(listen|download|itunes|watch)\s*:`), nil},
	{"promo link", regexp.MustCompile(`(?i)^[^.?!]{0,60}:\s*(https?://|www\.)\S+(\s+(and|&)\s+(https?://|www\.)\S+)?$`), nil},
	{"newsletter prompt", regexp.MustCompile(`(?i)(\bnewsletters?\b|\bsubscribe\b|\bsubscribing\b)`), []string{"newsletter", "subscrib"}},
	{"author box", regexp.MustCompile(`(?i)^(about the author|\S+( \S+){0,3} is (a|an|the|\S+'s) [^.]{0,60}\b(writer|reporter|editor|correspondent|journalist|curator|contributor|columnist)\b)`), nil},
}

// reRelatedHeader is a header line that opens a list of other stories.
var reRelatedHeader = regexp.MustCompile(`(?i)^(related( stories| articles| posts?| coverage| content| links?| reading| videos?)?|you (may|might) (also )?(like|enjoy)|recommended( for you| reading)?|more (from|on|stories|news)\b.*|more( \S+){0,3} (stories|articles|news|reads)|popular on .*|tags|topics|categories|categorias|categorías|categorie|kategorien|schlagwörter|most (read|popular|viewed|shared)\b.*|don'?t miss|trending( now)?|leggi anche|see also|further reading|read more|more|ver también|te puede interesar|lire aussi|à lire aussi|mehr zum thema|veja também|leia também)\W*$`)

// reCredit finds a credit line, kept in the text because credits are the
// evidence of who wrote what.
var reCredit = regexp.MustCompile(`(?i)(contributed (to )?(this |the )?(report|reporting|story|article)|additional reporting|^\(?(reporting|writing|editing) by\b|with (\S+ )?wires\b|compiled by\b)`)

// reBylineHTML is "By Name" or "... by Name" with the name capitalised.
var reBylineHTML = regexp.MustCompile(`(^|\s)(?i:by|por|von|par|di)\s+\p{Lu}`)

// reStaff is an unsigned byline: "Staff Reports", "Jerusalem Post Staff".
var reStaff = regexp.MustCompile(`(?i)^(\S+ ){0,3}staff( reports?| writers?)?$`)

var reShortcode = regexp.MustCompile(`^\[(\w+)[^\]]*\].*\[/(\w+)\]$`)

// reNumericDate is a date line in digits: "11/19/2019", "2019-11-19".
var reNumericDate = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b`)

func ruleKind(s string, rules []chromeRuleHTML) string {
	lower := ""
	for _, r := range rules {
		if len(r.hints) > 0 {
			if lower == "" {
				lower = strings.ToLower(s)
			}
			if !hinted(lower, r.hints) {
				continue
			}
		}
		if r.re.MatchString(s) {
			return r.kind
		}
	}
	return ""
}

// creditHints are the substrings a credit line holds; see reCredit.
var creditHints = []string{"contribut", "reporting", "writing by", "editing by", "wires", "compiled by"}

func isCredit(s string) bool {
	return wordCount(s) <= 60 && hinted(strings.ToLower(s), creditHints) && reCredit.MatchString(s)
}

// isBylineLine reports a short line naming the author: "By Ana Ros",
// "5:45 AM PST 11/19/2019 by Ana Ros", "Staff Reports", or the name alone.
func isBylineLine(s string, authors []string) bool {
	if reStaff.MatchString(s) {
		return true
	}
	if reBylineHTML.MatchString(s) && !strings.HasSuffix(s, ".") {
		return true
	}
	ls := strings.ToLower(s)
	for _, a := range authors {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "" {
			continue
		}
		if ls == a || (wordCount(a) >= 2 && strings.Contains(ls, a) && wordCount(s) <= wordCount(a)+6) {
			return true
		}
	}
	return false
}

// isDateLine reports a short line that is mostly a date.
func isDateLine(s string) bool {
	if strings.Contains(s, "@") || strings.HasPrefix(s, "—") {
		return false // "— Name (@handle) May 4, 2019" closes an embedded post
	}
	if reNumericDate.MatchString(s) {
		return true
	}
	_, _, ok := findDate(s)
	return ok && !isBodyProse(s)
}

// isTitleLike reports a block that repeats a headline candidate: the same
// words, or one holding the other with little else ("Title | Site").
func isTitleLike(s string, titles [][]string) bool {
	if wordCount(s) > 40 {
		return false
	}
	ws := lowerWords(s)
	if len(ws) == 0 {
		return false
	}
	for _, t := range titles {
		if len(t) == 0 {
			continue
		}
		switch {
		case len(t) == len(ws) && containsRun(t, ws):
			return true
		case containsRun(t, ws) && len(ws)*5 >= len(t)*3 && len(ws) >= 2:
			return true
		case containsRun(ws, t) && len(ws) <= len(t)+4 && len(t) >= 3:
			return true
		}
	}
	return false
}

// lowerWords returns the lower-cased \w+ words of s.
func lowerWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWordRune(r) })
	return f
}

// containsRun reports whether needle occurs as a contiguous run in hay.
func containsRun(hay, needle []string) bool {
	if len(needle) == 0 || len(needle) > len(hay) {
		return false
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, w := range needle {
			if hay[i+j] != w {
				continue outer
			}
		}
		return true
	}
	return false
}

func isWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// reContactToken is an e-mail address, a handle or a link.
var reContactToken = regexp.MustCompile(`^(\S+@\S+\.\w+|@\w+|https?://\S+|www\.\S+|(twitter|facebook|instagram)\.com/\S+)$`)

// isContactOnly reports a line made only of e-mail addresses, handles and
// links.
func isContactOnly(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if !reContactToken.MatchString(strings.Trim(w, ",;|()")) {
			return false
		}
	}
	return len(f) > 0
}
