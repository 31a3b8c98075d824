package extract

import "regexp"

// A page's widgets leave their labels on lines of their own when it is
// flattened to text: a poll, a text-size control, a print or e-mail
// button, a gallery's counter, an advertising network's label, a
// recommendations box's heading, markup the flattening kept. Each is
// read whole, on the line in lower case (widgetLabels), or as written
// (a picture's credit alone, rePhotographerCredit).

// widgetLabel is one widget's label: its kind, its pattern over the line
// in lower case, and the most words a line of it has.
type widgetLabel struct {
	kind     string
	re       *regexp.Regexp
	maxWords int
}

var widgetLabels = []widgetLabel{
	// An HTML comment the flattening kept ("<!-- ad_size = '300x250';
	// //-->").
	{"markup", regexp.MustCompile(`^<!--.*-->$`), 80},
	// A poll's widget: its loading label, or its label, question and
	// answers run together ("Take our Poll Ferry fares Would you pay
	// more? Yes No …"); "take our poll results with care" is a sentence.
	{"poll", regexp.MustCompile(`^(poll loading\b|take our poll\b.*\?)`), 80},
	// A video's label and length over its caption ("Video (02:04) : The
	// ferry leaves Calder for the last time.").
	{"video player", regexp.MustCompile(`^video \(\d{1,2}:\d{2}\)\s*:`), 60},
	// A text-size control ("Text Size - +").
	{"navigation", regexp.MustCompile(`^(text|font) size\b[\s+-]*$`), 4},
	// A widget's button alone ("EXPAND", "PIN IT").
	{"navigation", regexp.MustCompile(`^(expand|collapse)$`), 1},
	{"share buttons", regexp.MustCompile(`^(pin it|printer[- ]friendly( version)?|e-?mail this( (story|article|page))?( to a friend)?)\s*[»›]?$`), 6},
	// A gallery's counter alone ("1 of 18") and its enlarge button over a
	// caption ("[+] Enlarge Ana Ros").
	{"gallery", regexp.MustCompile(`^\d{1,3} of \d{1,3}$`), 3},
	{"caption", regexp.MustCompile(`^\[\+\]\s*enlarge`), 30},
	// A picture's file name alone ("ferrydock2.JPG", "quay_view.png").
	{"image name", regexp.MustCompile(`^[\w.-]+\.(jpe?g|png|gif|webp)$`), 1},
	// An advertising network's label ("Ads by Harborads").
	{"advertisement", regexp.MustCompile(`^ads by \S+$`), 3},
	// A recommendations box's heading ("Recommended Stories For You",
	// "Recommended by Calder Post").
	{"related links", regexp.MustCompile(`^recommended ((stories|articles|videos)( for you)?|by \S+( \S+)?):?$`), 5},
}

// rePhotographerCredit matches a picture's credit alone on a line, as its
// photographer and outlet sign it ("Lena Korr/CALDER POST Sports", "Ivo
// Kerr / Calder Images"): a name of two words or more, a slash, a name.
var rePhotographerCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}\s?/\s?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}$`)

// widgetKind names the widget a line is a label of, or "" for content:
// t is the line trimmed, lower the line in lower case and words how many
// words it has, as chromeKind has them.
func widgetKind(t, lower string, words int) string {
	for _, w := range widgetLabels {
		if words <= w.maxWords && w.re.MatchString(lower) {
			return w.kind
		}
	}
	if words <= 8 && rePhotographerCredit.MatchString(t) {
		return "photo credit"
	}
	return ""
}
