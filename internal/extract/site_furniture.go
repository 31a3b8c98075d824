package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/text"
)

// Lines of a news site's page furniture that a plain-text dump keeps on
// lines of their own, each read whole (siteFurniture).
var (
	// reMediaPlayer matches a media player's labels for keyboard users
	// ("Jump media player", "Media player help", "Out of media player.
	// Press enter to return or tab to continue.").
	reMediaPlayer = regexp.MustCompile(`^(jump media player|media player help|out of media player\. press enter to return or tab to continue\.?)$`)
	// reAgencyTag matches a picture caption closed by its photographer's
	// or agency's tag in capitals, in square brackets, with no full stop
	// before it ("… at the quay [ANA ROS/HARBOR PICTURES]", "… weeks
	// [AFP]"): a report that credits its source closes its sentence first.
	reAgencyTag = regexp.MustCompile(`[^\s.!?]\s+\[[A-Z][A-Z.&'’ -]{1,40}(?:/[A-Z][A-Z.&'’ -]{1,40})*\]$`)
	// reGluedDate matches a link to another story glued to its date in
	// capitals, as a list of links loses its layout ("Board Weighs Fare
	// FreezeMAY 19, 2026").
	reGluedDate = regexp.MustCompile(`[\p{Ll}\p{Lu}’'"?!)](?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}, \d{4}$`)
	// reLinkLabel matches a label that opens a box of links: "Related in
	// Opinion", "Complete coverage: …", "In pictures: …".
	reLinkLabel = regexp.MustCompile(`^(related in \p{L}+( \p{L}+)?$|(complete|full|special|more) coverage:|in (pictures|photos|video|maps|graphics):)`)
	// reMediaLink matches a link to a story's video or map under its
	// topic ("Ferry fares: video reports", "Calder: Fare rise map").
	reMediaLink = regexp.MustCompile(`^[^.!?:]{1,40}: ([^.!?:]{0,30} )?(videos?|video reports?|pictures|photos|graphics|maps?|timeline)$`)
)

// siteFurniture names the kind of site furniture a line is (see the
// patterns above), or "" for content. A line that ends a sentence is
// prose but for the player's own prompt; a caption is short (40 words or
// fewer), a label's line shorter.
func siteFurniture(line string) string {
	t := strings.TrimSpace(line)
	lower := strings.ToLower(t)
	words := len(strings.Fields(t))
	switch {
	case words <= 12 && reMediaPlayer.MatchString(lower):
		return "video player"
	case words <= 40 && agencyCaption(t, words):
		return "caption"
	case words <= 20 && reGluedDate.MatchString(t):
		return "related headline"
	case text.EndsSentence(t):
		return ""
	case words <= 20 && reLinkLabel.MatchString(lower):
		return "related links"
	case words <= 6 && reMediaLink.MatchString(lower):
		return "related headline"
	}
	return ""
}

// mediaLabels are bracketed capitals that label a link or a medium, not a
// picture's source ("… chanting the club's name [VIDEO]").
var mediaLabels = text.WordSet("video videos photo photos audio watch gallery live updated update listen map")

// captionAgencies are the picture agencies whose bare tag closes a longer
// caption; a long line closed by another tag without a photographer's
// slash is prose.
var captionAgencies = text.WordSet("afp ap reuters epa getty pa xinhua ana aap dpa ansa kyodo")

// agencyCaption reports a line of words words closed by a picture's tag
// (reAgencyTag): not a medium's label, not a credit in prose ("as reported
// by [AFP]"), and, past 15 words, a tag with a photographer's slash or a
// picture agency's name.
func agencyCaption(t string, words int) bool {
	if !reAgencyTag.MatchString(t) {
		return false
	}
	open := strings.LastIndexByte(t, '[')
	tag := strings.ToLower(strings.TrimSpace(t[open+1 : len(t)-1]))
	if mediaLabels[tag] {
		return false
	}
	before := strings.Fields(t[:open])
	if len(before) > 0 && strings.EqualFold(before[len(before)-1], "by") {
		return false
	}
	return words <= 15 || strings.Contains(tag, "/") || captionAgencies[strings.TrimSuffix(tag, " images")]
}
