package reuse

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// quotedSpans finds direct quotations in s cheaply: text between curly
// double quotes, or between straight double quotes paired within one of
// paras (s's paragraphs, from text.Paragraphs). A quotation left open at
// the end of a paragraph runs to its end (the convention for quotes
// continued over several paragraphs). It is a fallback for when the quotes stage has not run, and a supplement when it
// has: both only down-weight text, never remove it.
func quotedSpans(s string, paras []corroborate.Span) []corroborate.Span {
	var out []corroborate.Span
	for _, para := range paras {
		p := s[para.Start:para.End]
		open := -1
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
		if open >= 0 {
			out = append(out, corroborate.Span{Start: para.Start + open, End: para.End})
		}
	}
	return out
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
}

// boilerplate returns the paragraphs of s that look like site furniture:
// lines of at most 400 bytes holding one of boilerHints. The text is
// scanned once, each position looked up by its first two bytes
// (lower-cased in ASCII, which keeps offsets).
func boilerplate(s string, paras []corroborate.Span) []corroborate.Span {
	lower := asciiLower(s)
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

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c | 0x20
		}
	}
	return string(b)
}
