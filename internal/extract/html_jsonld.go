package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is what a page's JSON-LD says about its article: the first
// object of an article type (NewsArticle, Article, BlogPosting...) found in
// any of its scripts, objects nested in @graph arrays and lists included;
// failing that, the first web page object (WebPage and its kinds).
type ldArticle struct {
	found     int // 0 none, 1 a web page, 2 an article
	headline  string
	name      string
	authors   []string
	published string
	modified  string
	publisher string
	orgName   string // a top-level NewsMediaOrganization's name, when no publisher is given
}

// ldArticleTypes are the schema.org types of a news or blog article.
var ldArticleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "reviewnewsarticle": true, "backgroundnewsarticle": true,
	"blogposting": true, "socialmediaposting": true, "liveblogposting": true, "scholarlyarticle": true,
	"techarticle": true, "report": true, "posting": true,
}

// ldWrappers are what pages wrap JSON-LD in for old parsers.
var ldWrappers = strings.NewReplacer("<![CDATA[", "", "]]>", "", "<!--", "", "-->", "", "//<![CDATA[", "", "//]]>", "")

// read adds one script's JSON-LD. Malformed JSON is ignored: pages ship
// broken scripts, and the other sources of metadata remain.
func (a *ldArticle) read(src string) {
	src = strings.TrimSpace(ldWrappers.Replace(src))
	if src == "" || a.found == 2 {
		return
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	a.walk(v, 0)
}

func (a *ldArticle) walk(v any, depth int) {
	if depth > 8 || a.found == 2 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			a.walk(e, depth+1)
		}
	case map[string]any:
		kind := ldKind(x["@type"])
		switch {
		case ldArticleTypes[kind]:
			a.take(x, 2)
		case strings.HasSuffix(kind, "webpage") && a.found == 0:
			a.take(x, 1)
		case kind == "newsmediaorganization" && a.orgName == "":
			a.orgName = ldString(x["name"])
		}
		if g, ok := x["@graph"]; ok {
			a.walk(g, depth+1)
		}
		if e, ok := x["mainEntity"]; ok {
			a.walk(e, depth+1)
		}
	}
}

// take records an object's fields.
func (a *ldArticle) take(x map[string]any, level int) {
	*a = ldArticle{found: level, orgName: a.orgName}
	a.headline, a.name = ldString(x["headline"]), ldString(x["name"])
	a.authors = ldNames(x["author"])
	if len(a.authors) == 0 {
		a.authors = ldNames(x["creator"])
	}
	a.published = firstNonEmpty(ldString(x["datePublished"]), ldString(x["dateCreated"]))
	a.modified = ldString(x["dateModified"])
	if p := ldNames(x["publisher"]); len(p) > 0 {
		a.publisher = p[0]
	}
}

// ldKind is the lower-cased last @type of an object ("NewsArticle").
func ldKind(t any) string {
	switch x := t.(type) {
	case string:
		return strings.ToLower(x)
	case []any:
		kind := ""
		for _, e := range x {
			if s, ok := e.(string); ok {
				if k := strings.ToLower(s); ldArticleTypes[k] || kind == "" {
					kind = k
				}
			}
		}
		return kind
	}
	return ""
}

// ldString is a string value, or the first of a list of them.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldNames are the names of a person or organisation value: a string, an
// object with a name, or a list of either.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.HasPrefix(s, "http") {
			return []string{s}
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return []string{s}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}
