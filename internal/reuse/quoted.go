package reuse

import (
	"strings"

	"github.com/corroborate/corroborate"
)

// quotedSpans finds direct quotations cheaply: text between curly double
// quotes, or between straight double quotes paired within a paragraph. A
// quotation left open at the end of a paragraph runs to its end (the
// convention for quotes continued over several paragraphs). It is a
// fallback for when the quotes stage has not run, and a supplement when it
// has: both only down-weight text, never remove it.
func quotedSpans(s string) []corroborate.Span {
	var out []corroborate.Span
	for _, para := range paragraphs(s) {
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
// short lines holding one of boilerHints.
func boilerplate(s string, paras []corroborate.Span) []corroborate.Span {
	var out []corroborate.Span
	for _, p := range paras {
		line := s[p.Start:p.End]
		if len(line) > 400 {
			continue
		}
		l := strings.ToLower(line)
		for _, h := range boilerHints {
			if strings.Contains(l, h) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}
