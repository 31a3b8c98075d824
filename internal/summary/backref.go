package summary

import (
	"regexp"
	"strings"
)

// ofThese is a sentence whose subject is some or all of a set the
// sentences before it named, by its noun ("None of these cities have
// ...", "Each of those ferries ..."): the set is what a reader must have
// been told of. "Most of them ..." names no noun and leans on the sentence
// before it (ofThoseBefore).
var ofThese = regexp.MustCompile(`^(?:None|Some|Many|Most|Several|Few|All|Each|Any|One|Two|Three|Both|Neither|Either|Half|Much) of (?:these|those) ([a-z]{3,})\b`)

// theAct is a sentence whose subject is "The" and a noun for an act the
// sentences before it told ("The threat marks ...", "The efforts
// represent ...", "The decision, which ..."): what it stands for is news a
// reader must have been told. A noun with its own complement ("The threat
// of a strike", "The decision to close the quay") says what it is.
var theAct = regexp.MustCompile(`^The (?:latest |new |recent |proposed |planned |government['’]s |move['’]s )?(` + actNouns + `)(?:,| (?:(?:also|still|now|then|first|later|reportedly|previously|only|already) )?([a-z]+)\b)`)

// actNouns are the nouns of theAct.
const actNouns = `threats?|efforts?|decision|announcement|move|step|crackdown|warning|ultimatum|proposal|remarks|comments`

// complements follow an act's noun to say what the act is ("The threat of
// a strike", "The decision to close ...", "The move by the council").
var complements = map[string]bool{"of": true, "to": true, "by": true, "from": true, "on": true, "against": true, "that": true, "for": true, "in": true, "over": true}

// backRefNeeds are the nouns one of which a sentence before s must say
// for s's subject to refer to something (ofThese, theAct): the noun of
// its subject and its singular or plural, whole words ("cities" or
// "city", not "citizens"; "remarks" or "remark", not any "said"); nil
// when s needs none.
func backRefNeeds(s string) []string {
	if strings.HasPrefix(s, "The ") {
		if m := theAct.FindStringSubmatch(s); m != nil && !complements[m[2]] {
			return []string{singular(m[1]), plural(m[1])}
		}
		return nil
	}
	if m := ofThese.FindStringSubmatch(s); m != nil {
		return []string{m[1], singular(m[1])}
	}
	return nil
}

// singular is plural noun w's singular ("cities" -> "city", "ferries" ->
// "ferry", "boxes" -> "box"); w when it does not read as a plural.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
