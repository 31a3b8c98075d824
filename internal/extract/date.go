package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps month names and abbreviations in English, Spanish, Italian,
// French, German and Portuguese (lower case, accents kept and stripped) to
// their number.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	lists := []string{
		// English
		"january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept|october oct|november nov|december dec",
		// Spanish
		"enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre|octubre|noviembre|diciembre dic",
		// Italian
		"gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre set|ottobre ott|novembre|dicembre",
		// French
		"janvier janv|février fevrier févr fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre|octobre|novembre|décembre decembre déc",
		// German
		"januar jänner jaenner|februar|märz maerz mär|april|mai|juni|juli|august|september|oktober okt|november|dezember dez",
		// Portuguese
		"janeiro|fevereiro fev|março marco|abril|maio|junho|julho|agosto|setembro|outubro out|novembro|dezembro",
	}
	for _, l := range lists {
		for i, group := range strings.Split(l, "|") {
			for _, name := range strings.Fields(group) {
				m[name] = time.Month(i + 1)
			}
		}
	}
	return m
}()

var (
	monthWord = `([A-Za-zÀ-ÿ]+)\.?`
	// "August 4, 2017", "Agosto 4, 2017", "Aug. 4 2017"
	reMDY = regexp.MustCompile(`(?i)\b` + monthWord + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "4 August 2017", "4. August 2017", "4 de agosto de 2017", "4 août 2017", "1er mai 2017"
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+)?` + monthWord + `,?\s+(?:de\s+)?(\d{4})\b`)
	// 2017-08-04, optionally with a time
	reISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?\b`)
	// 04/08/2017 or 4.8.2017: day first outside the US, so only taken when unambiguous
	reNumeric = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b`)
	// a clock time after the date: "10:33AM (EDT)", "10:33 a.m. ET",
	// "5:49:29 AM EST"
	reClock = regexp.MustCompile(`(?i)^[\s,|·-]*(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])\.?m\.?\s*\(?([A-Z]{2,4})?\)?`)
)

// zones are the US time-zone abbreviations news sites print after a time.
var zones = map[string]int{
	"EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8,
	"ET": -5, "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2,
}

// findDate finds the first date in s. It returns the time (midnight UTC
// unless a clock time and zone follow the date) and whether the time of
// day is known.
func findDate(s string) (t time.Time, withClock bool, ok bool) {
	t, withClock, _, ok = findDateAt(s)
	return t, withClock, ok
}

// findDateAt is findDate, also returning where in s the date starts.
func findDateAt(s string) (t time.Time, withClock bool, at int, ok bool) {
	type cand struct {
		at          int
		end         int
		y, m, d     int
		hh, mm, sec int
		zone        *time.Location
		withClock   bool
	}
	var best *cand
	consider := func(c cand) {
		if c.m < 1 || c.m > 12 || c.d < 1 || c.d > 31 || c.y < 1900 || c.y > 2100 {
			return
		}
		if best == nil || c.at < best.at {
			cc := c
			best = &cc
		}
	}
	if m := reMDY.FindStringSubmatchIndex(s); m != nil {
		if mon, ok := months[strings.ToLower(s[m[2]:m[3]])]; ok {
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			consider(cand{at: m[0], end: m[1], y: y, m: int(mon), d: d})
		}
	}
	if m := reDMY.FindStringSubmatchIndex(s); m != nil {
		if mon, ok := months[strings.ToLower(s[m[4]:m[5]])]; ok {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			consider(cand{at: m[0], end: m[1], y: y, m: int(mon), d: d})
		}
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		idx := reISO.FindStringIndex(s)
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		c := cand{at: idx[0], end: idx[1], y: y, m: mo, d: d}
		if m[4] != "" && m[7] != "" {
			c.hh, _ = strconv.Atoi(m[4])
			c.mm, _ = strconv.Atoi(m[5])
			c.withClock = true
			c.zone = parseOffset(m[7])
		}
		consider(c)
	}
	if m := reNumeric.FindStringSubmatch(s); m != nil {
		idx := reNumeric.FindStringIndex(s)
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		switch {
		case a > 12 && b <= 12:
			consider(cand{at: idx[0], end: idx[1], y: y, m: b, d: a})
		case b > 12 && a <= 12:
			consider(cand{at: idx[0], end: idx[1], y: y, m: a, d: b})
		}
	}
	if best == nil {
		return time.Time{}, false, 0, false
	}
	if !best.withClock {
		if m := reClock.FindStringSubmatch(s[best.end:]); m != nil && m[5] != "" {
			if off, known := zones[strings.ToUpper(m[5])]; known {
				h, _ := strconv.Atoi(m[1])
				mi, _ := strconv.Atoi(m[2])
				sec, _ := strconv.Atoi(m[3])
				if strings.EqualFold(m[4], "p") && h < 12 {
					h += 12
				} else if strings.EqualFold(m[4], "a") && h == 12 {
					h = 0
				}
				best.hh, best.mm, best.sec, best.withClock = h, mi, min(sec, 59), true
				best.zone = time.FixedZone(strings.ToUpper(m[5]), off*3600)
			}
		}
	}
	loc := best.zone
	if loc == nil {
		loc = time.UTC
	}
	t = time.Date(best.y, time.Month(best.m), best.d, best.hh, best.mm, best.sec, 0, loc)
	if t.Day() != best.d {
		return time.Time{}, false, 0, false // 31 February and the like
	}
	return t, best.withClock, best.at, true
}

func parseOffset(z string) *time.Location {
	if z == "Z" {
		return time.UTC
	}
	z = strings.ReplaceAll(z, ":", "")
	h, _ := strconv.Atoi(z[1:3])
	m, _ := strconv.Atoi(z[3:5])
	off := h*3600 + m*60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone("", off)
}

// parseAnyDate reads a date given by a structured input: RFC 3339 first,
// then any format findDate knows.
func parseAnyDate(s string, _ time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	t, _, ok := findDate(s)
	return t, ok
}

// formatDate writes t as RFC 3339 when it has a time of day, else as a date.
func formatDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// parseISO reads what formatDate wrote.
func parseISO(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Parse("2006-01-02", s)
}

// reURLDate matches a day written in a URL's path as sites date their
// articles: "/2026/03/14/", "/2026-03-14-", "/2026/3/14/".
var reURLDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// urlDate reads the day a URL's path gives (reURLDate), at midnight UTC.
// ok is false when there is none, the day does not exist, or it is after
// now (when now is set).
func urlDate(rawURL string, now time.Time) (time.Time, bool) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return time.Time{}, false
	}
	m := reURLDate.FindStringSubmatch(u.Path)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || !now.IsZero() && t.After(now) {
		return time.Time{}, false
	}
	return t, true
}
