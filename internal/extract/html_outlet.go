package extract

import (
	"regexp"
	"strings"

	"github.com/corroborate/corroborate/internal/outlets"
)

var (
	// a copyright line: "© 2017 The Harbor Ledger", "Copyright (c) 2024 Il Faro di Calder"
	reCopyright = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright\b)`)
	// what stands around the holder's name in a copyright line
	reCopyrightLead = regexp.MustCompile(`(?i)^(?:\s*(?:©|\(c\)|copyright|\d{4}(?:\s*[-–]\s*\d{4})?|by|,)\s*)+`)
	reCopyrightTail = regexp.MustCompile(`(?i)(?:[.|,;–—]\s+|\s+[-–—]\s+|\s*\.$|\s+(?:all rights|tutti i diritti|todos los derechos|tous droits|alle rechte|todos os direitos)).*$`)
)

// copyrightHolder returns the outlet a copyright line names: "© 2017 The
// Harbor Ledger. All rights reserved." -> "The Harbor Ledger". A holder
// must read as a name: one to six capitalised words.
func copyrightHolder(line string) string {
	if !reCopyright.MatchString(strings.TrimSpace(line)) {
		return ""
	}
	s := reCopyrightLead.ReplaceAllString(strings.TrimSpace(line), "")
	s = strings.TrimSpace(reCopyrightTail.ReplaceAllString(s, ""))
	s = strings.TrimRight(strings.TrimSpace(reCopyrightLead.ReplaceAllString(reverseYears(s), "")), " .,")
	// A person's name (a blog's) is not an outlet; a site's host is.
	if s == "" || !outlets.LooksLikeOutlet(s) && outlets.HostOf(s) == "" {
		return ""
	}
	return s
}

// reverseYears drops years written after the holder: "Harbor Ledger 2017".
func reverseYears(s string) string {
	f := strings.Fields(s)
	for len(f) > 0 && len(f[len(f)-1]) == 4 && hasDigit(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// pageOutlet names the outlet of an HTML page from what the page says of
// itself, most trusted first: the JSON-LD publisher, og:site_name, a
// microdata publisher, application-name, dc.publisher, a news organisation
// described in JSON-LD, a copyright line; then the host of its URL (the
// directory's name for it, else its registrable domain). A site name
// written as a URL stands for its host. The title is passed so that an
// application-name repeating it is not taken.
func pageOutlet(dm docMeta, title, rawURL string) string {
	var cands []string
	cands = append(cands, dm.ld.publisher)
	cands = append(cands, dm.meta["og:site_name"]...)
	cands = append(cands, dm.itemprop["publisher"]...)
	for _, v := range dm.meta["application-name"] {
		if len(strings.Fields(v)) <= 5 && !strings.EqualFold(collapseSpace(v), collapseSpace(title)) {
			cands = append(cands, v)
		}
	}
	cands = append(cands, dm.meta["dc.publisher"]...)
	cands = append(cands, dm.ld.orgName)
	for _, c := range append(dm.meta["copyright"], dm.copyright...) {
		if !reCopyright.MatchString(c) {
			c = "© " + c
		}
		cands = append(cands, copyrightHolder(c))
	}
	for _, c := range cands {
		c = strings.TrimPrefix(collapseSpace(c), "@")
		if c == "" || len(c) > 80 {
			continue
		}
		if h := outlets.HostOf(c); h != "" {
			return outlets.NameForHost(h)
		}
		return c
	}
	return outlets.NameForHost(outlets.Host(rawURL))
}
