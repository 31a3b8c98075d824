package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
)

// Newswire archives (the TREC, TDT, DUC and Gigaword collections) keep their
// articles as SGML records, many to a file:
//
//	<DOC id="APW_ENG_19990312.0101" type="story">
//	<DOCNO> APW19990312.0101 </DOCNO>
//	<DATE_TIME> 1999-03-12 09:14:00 </DATE_TIME>
//	<HEADLINE> Ferry strike halts island crossings </HEADLINE>
//	<TEXT> <P> PORT CALDER, Maine (AP) _ Ferry crews ... </P> </TEXT>
//	</DOC>
//
// Each record becomes a document with its headline, date, byline and the
// outlet its document number names; the text keeps its paragraphs.

var (
	reTRECDoc    = regexp.MustCompile(`(?is)<DOC(\s[^>]*)?>(.*?)</DOC>`)
	reTRECDocID  = regexp.MustCompile(`(?i)\bid\s*=\s*"([^"]*)"`)
	reTRECTag    = regexp.MustCompile(`(?s)<[^<>]{1,200}>`)
	reTRECEntity = regexp.MustCompile(`&[A-Za-z]{2,8};`)
	reTRECDigits = regexp.MustCompile(`(?:19|20)\d{6}`)
	reTRECPara   = regexp.MustCompile(`(?i)</?P(\s[^>]*)?>`)
	reTRECSource = regexp.MustCompile(`^([A-Z]{3})(?:_[A-Z]{3})?_?\d`)
)

// trecSources names the outlets of the newswire archives' document
// numbers: APW19990312.0101 is the Associated Press's.
var trecSources = map[string]string{
	"APW": "Associated Press",
	"NYT": "The New York Times",
	"XIE": "Xinhua",
	"XIN": "Xinhua",
	"AFP": "Agence France-Presse",
	"AFE": "Agence France-Presse",
	"WSJ": "The Wall Street Journal",
}

// isTREC reports whether body is a newswire archive's SGML: it opens with a
// <DOC> record and closes one.
func isTREC(body []byte) bool {
	head := bytes.TrimSpace(body[:min(len(body), 64)])
	if len(head) < 5 || !bytes.EqualFold(head[:4], []byte("<DOC")) || (head[4] != '>' && head[4] != ' ') {
		return false
	}
	return bytes.Contains(bytes.ToUpper(body[max(0, len(body)-4096):]), []byte("</DOC>"))
}

// parseTREC reads every <DOC> record of body. A record without text is
// named and skipped; the others go on.
func parseTREC(name string, body []byte) ([]corroborate.Document, []error) {
	recs := reTRECDoc.FindAllSubmatch(body, -1)
	var docs []corroborate.Document
	var errs []error
	for i, m := range recs {
		src := name
		if len(recs) > 1 {
			src = fmt.Sprintf("%s#%d", name, i+1)
		}
		rec := string(m[2])
		id := trecField(rec, "DOCNO")
		if id == "" {
			if a := reTRECDocID.FindSubmatch(m[1]); a != nil {
				id = strings.TrimSpace(string(a[1]))
			}
		}
		text := trecText(trecRaw(rec, "TEXT"))
		if text == "" {
			text = trecText(trecRaw(rec, "BODY"))
		}
		if text == "" {
			what := "record"
			if id != "" {
				what = "record " + id
			}
			errs = append(errs, &InputError{src, fmt.Errorf("newswire %s has no <TEXT>", what)})
			continue
		}
		d := corroborate.Document{
			Source:   src,
			Format:   "text",
			Headless: true,
			Body:     []byte(text),
			ID:       id,
			Title:    first(trecField(rec, "HEADLINE"), trecField(rec, "HL"), trecField(rec, "TITLE"), trecField(rec, "HEAD")),
			Outlet:   trecOutlet(id),
		}
		if b := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(trecField(rec, "BYLINE"), "By "), "BY ")); b != "" {
			d.Byline = []string{b}
		}
		if t, ok := trecDate(first(trecField(rec, "DATE_TIME"), trecField(rec, "DATE")), id); ok {
			d.Published = t.Format(time.RFC3339)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 && len(errs) == 0 {
		errs = append(errs, &InputError{name, errors.New("newswire SGML with no complete <DOC> record")})
	}
	return docs, errs
}

// trecElements match the elements a record is read from, by tag.
var trecElements = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, tag := range []string{"DOCNO", "TEXT", "BODY", "HEADLINE", "HL", "TITLE", "HEAD", "BYLINE", "DATE_TIME", "DATE"} {
		m[tag] = regexp.MustCompile(`(?is)<` + tag + `(\s[^>]*)?>(.*?)</` + tag + `\s*>`)
	}
	return m
}()

// trecRaw is the content of the first <tag> element of rec, "" when none.
func trecRaw(rec, tag string) string {
	m := trecElements[tag].FindStringSubmatch(rec)
	if m == nil {
		return ""
	}
	return m[2]
}

// trecField is the text of the first <tag> element of rec on one line.
func trecField(rec, tag string) string {
	return strings.Join(strings.Fields(trecPlain(trecRaw(rec, tag))), " ")
}

// trecPlain removes tags and reads entities; typesetting codes with no
// character (&HT;, &UR;) are dropped.
func trecPlain(s string) string {
	s = reTRECTag.ReplaceAllString(s, " ")
	return reTRECEntity.ReplaceAllStringFunc(s, func(e string) string {
		if u := html.UnescapeString(strings.ToLower(e)); u != strings.ToLower(e) {
			return u
		}
		return ""
	})
}

// trecText turns a record's text into paragraphs separated by blank lines:
// <P> elements when it has them, else its indented lines (a paragraph
// starts with white space; unindented lines continue it), else its lines.
func trecText(raw string) string {
	var paras []string
	if reTRECPara.MatchString(raw) {
		for _, p := range reTRECPara.Split(raw, -1) {
			if p = strings.Join(strings.Fields(trecPlain(p)), " "); p != "" {
				paras = append(paras, p)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	lines := strings.Split(trecPlain(raw), "\n")
	indented := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			indented++
		}
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		t := strings.Join(strings.Fields(l), " ")
		switch {
		case t == "":
			flush()
			continue
		case indented > 0 && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")):
			flush()
		case indented == 0:
			flush()
		}
		cur = append(cur, t)
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// trecOutlet is the outlet a document number names, "" when unknown.
func trecOutlet(id string) string {
	m := reTRECSource.FindStringSubmatch(strings.ToUpper(id))
	if m == nil {
		return ""
	}
	name, ok := trecSources[m[1]]
	if !ok {
		return ""
	}
	canon, _ := outlets.Canonical(name)
	return canon
}

// trecDate reads a record's date: its date element in the archives' shapes,
// else the YYYYMMDD in its document number.
func trecDate(field, id string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "01/02/2006 15:04:05", "2006-01-02", "01/02/2006", "20060102", "January 2, 2006", "01/02/06"} {
		if t, err := time.Parse(layout, field); err == nil {
			return t, true
		}
	}
	if d := reTRECDigits.FindString(id); d != "" {
		if t, err := time.Parse("20060102", d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
