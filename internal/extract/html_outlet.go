package extract

import (
	"net"
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
			if machineHost(h) {
				continue
			}
			return outlets.NameForHost(h)
		}
		return c
	}
	return urlOutlet(rawURL)
}

// urlOutlet names the outlet that publishes at rawURL by its host (see
// outlets.NameForHost); "" for no URL or a machine's address rather than a
// site's (machineHost).
func urlOutlet(rawURL string) string {
	h := outlets.Host(rawURL)
	if h == "" || machineHost(h) {
		return ""
	}
	return outlets.NameForHost(h)
}

// machineHost reports a host that names a machine, not a publisher: an IP
// address or localhost, a port or not ("127.0.0.1:18765", "[::1]").
func machineHost(h string) bool {
	h = strings.ToLower(strings.TrimSuffix(h, "."))
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	h = strings.Trim(h, "[]")
	return h == "localhost" || strings.HasSuffix(h, ".localhost") || net.ParseIP(h) != nil
}
