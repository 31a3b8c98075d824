package reuse

import (
	"strings"

	"github.com/corroborate/corroborate"
	"github.com/corroborate/corroborate/internal/outlets"
	"github.com/corroborate/corroborate/internal/text"
)

// quotedSpans finds direct quotations in s cheaply: text between curly
// double quotes, or between straight double quotes paired within one of
// paras (s's paragraphs, from text.Paragraphs). A quotation left open at
// the end of a paragraph runs to its end (the convention for quotes
// continued over several paragraphs), and the next paragraph is quoted up
// to its closing mark when it closes one before opening another. It is a fallback for when the quotes stage has not run, and a supplement when it
// has: both only down-weight text, never remove it.
func quotedSpans(s string, paras []corroborate.Span) []corroborate.Span {
	var out []corroborate.Span
	carry := false
	for _, para := range paras {
		p := s[para.Start:para.End]
		open := -1
		if carry && continuesQuote(p) {
			open = 0 // the last paragraph of a quotation run over several
		}
		for i := 0; i < len(p); {
			switch {
			case strings.HasPrefix(p[i:], "“"):
				if open < 0 {
					open = i
				}
				i += len("“")
			case strings.HasPrefix(p[i:], "”"):
				if open >= 0 {
					out = append(out, corroborate.Span{Start: para.Start + open, End: para.Start + i + len("”")})
					open = -1
				}
				i += len("”")
			case p[i] == '"':
				if open < 0 {
					open = i
				} else {
					out = append(out, corroborate.Span{Start: para.Start + open, End: para.Start + i + 1})
					open = -1
				}
				i++
			default:
				i++
			}
		}
		carry = open >= 0
		if open >= 0 {
			out = append(out, corroborate.Span{Start: para.Start + open, End: para.End})
		}
	}
	return out
}

// continuesQuote reports whether paragraph p, after one that left a
// quotation open, closes it before opening another: its first curly
// quotation mark is a closing one, or it holds an odd number of straight
// ones ("PS. We are all proud of you"" ending a letter quoted in full).
func continuesQuote(p string) bool {
	o, c := strings.Index(p, "“"), strings.Index(p, "”")
	if c >= 0 && (o < 0 || c < o) {
		return true
	}
	return o < 0 && c < 0 && strings.Count(p, `"`)%2 == 1
}

// embeddedPosts returns the paragraphs of s that are a social post
// embedded in the article: a line holding a "pic.twitter.com/…" link or a
// tweet's signature ("— Name (@handle) Date"), and the line before a
// signature standing alone (the tweet's text); the paragraph above a
// picture site's signature ("A photo posted by Name (@handle) on Nov 11")
// or a bare "[Instagram]" line, and that line. A post is quoted material:
// every outlet that embeds it carries it word for word.
func embeddedPosts(s string, paras []corroborate.Span) []corroborate.Span {
	var out []corroborate.Span
	for k, para := range paras {
		p := s[para.Start:para.End]
		if postSignature(p) {
			if k > 0 {
				out = append(out, paras[k-1])
			}
			out = append(out, para)
			continue
		}
		sig := tweetSignature(p)
		if !sig && !strings.Contains(p, "pic.twitter.com/") {
			continue
		}
		if sig && k > 0 && strings.HasPrefix(strings.TrimSpace(p), "—") {
			out = append(out, paras[k-1])
		}
		out = append(out, para)
	}
	return out
}

// postSignature reports whether paragraph p is the signature an embedded
// post leaves in a page's text: "A photo posted by Name (@handle) on …",
// "A post shared by …", or a bare "[Instagram]".
func postSignature(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) > 200 {
		return false
	}
	if strings.EqualFold(p, "[Instagram]") {
		return true
	}
	for _, lead := range []string{"A photo posted by ", "A video posted by ", "A post shared by "} {
		if strings.HasPrefix(p, lead) && strings.Contains(p, "(@") {
			return true
		}
	}
	return false
}

// shareWords are the words of a page's share buttons: a line made of them
// alone ("Play Facebook", "Google Plus") is furniture.
var shareWords = map[string]bool{
	"play": true, "facebook": true, "twitter": true, "google": true, "plus": true, "google+": true,
	"embed": true, "email": true, "e-mail": true, "print": true, "share": true, "pinterest": true,
	"linkedin": true, "whatsapp": true, "reddit": true, "tumblr": true, "messenger": true,
}

// shareButtons returns the paragraphs of s made only of share buttons'
// words ("Play Facebook", "Twitter", "Google Plus"): two sites with one
// player show the same buttons above unrelated stories.
func shareButtons(s string, paras []corroborate.Span) []corroborate.Span {
	var out []corroborate.Span
	for _, para := range paras {
		if para.End-para.Start > 40 {
			continue
		}
		ws := strings.Fields(s[para.Start:para.End])
		ok := len(ws) > 0
		for _, w := range ws {
			ok = ok && shareWords[strings.ToLower(w)]
		}
		if ok {
			out = append(out, para)
		}
	}
	return out
}

// tweetSignature reports whether p holds a tweet's signature: a dash, then
// within a short stretch "(@handle)".
func tweetSignature(p string) bool {
	for i := 0; i < len(p); {
		d := indexDash(p[i:])
		if d < 0 {
			return false
		}
		rest := p[i+d:]
		if end := min(len(rest), 80); text.PostSignoff(rest[:end]) {
			return true
		}
		i += d + 1
	}
	return false
}

// indexDash is strings.IndexAny(s, "—–") by bytes: both dashes are
// "\xe2\x80" and one more byte, and ContainsAny would read s rune by rune.
func indexDash(s string) int {
	for at := 0; ; {
		k := strings.Index(s[at:], "\xe2\x80")
		if k < 0 || at+k+2 >= len(s) {
			return -1
		}
		at += k
		if c := s[at+2]; c == 0x93 || c == 0x94 {
			return at
		}
		at++
	}
}

// boilerHints mark lines that are site furniture rather than reporting:
// they never count as evidence of copying, even when two sites share them.
var boilerHints = []string{
	"all rights reserved", "may not be published, broadcast", "copyright", "©",
	"click here", "sign up", "subscribe", "newsletter", "follow us", "follow him on",
	"follow her on", "like us on", "facebook page", "on twitter", "share this",
	"leave a reply", "leave a comment", "your email address", "comments are",
	"read more", "related:", "advertisement", "cookies", "terms of use",
	"privacy policy", "free articles left", "unlimited access", "download our app",
	"more from", "recommended for you", "you may also like", "this site uses",
	"getty images", "photo:", "(ap photo", "image copyright", "image caption",
	"contact us", "tip us", "print this", "email this",
	// a video player's embed box: "Embed <headline> 2:49 autoplay autoplay
	// Copy this code to your website or blog"
	"copy this code", "autoplay autoplay",
}

// boilerplate returns the paragraphs of s that look like site furniture:
// lines of at most 400 bytes holding one of boilerHints. The text is
// scanned once, each position looked up by its first two bytes
// (lower-cased in ASCII, which keeps offsets).
func boilerplate(s string, paras []corroborate.Span) []corroborate.Span {
	lower := outlets.ASCIILower(s)
	var out []corroborate.Span
	k := 0
	for i := 0; i+1 < len(lower); i++ {
		key := uint16(lower[i])<<8 | uint16(lower[i+1])
		if hintKeys[key>>6]&(1<<(key&63)) == 0 {
			continue
		}
		cands := hintIndex[key]
		for k < len(paras) && paras[k].End <= i {
			k++
		}
		if k == len(paras) {
			break
		}
		p := paras[k]
		if p.Start > i || p.End-p.Start > 400 || (len(out) > 0 && out[len(out)-1] == p) {
			continue
		}
		for _, h := range cands {
			if strings.HasPrefix(lower[i:], boilerHints[h]) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// hintIndex maps the first two bytes of each hint to the hints; hintKeys
// is the same set as a bitmap, for a quick reject.
var hintIndex, hintKeys = func() (map[uint16][]uint8, *[1024]uint64) {
	m := map[uint16][]uint8{}
	var bits [1024]uint64
	for i, h := range boilerHints {
		key := uint16(h[0])<<8 | uint16(h[1])
		m[key] = append(m[key], uint8(i))
		bits[key>>6] |= 1 << (key & 63)
	}
	return m, &bits
}()
