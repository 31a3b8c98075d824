package ingest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A newswire archive file in the three shapes its records come in: a date
// element and indented paragraphs, an id attribute with <P> paragraphs and a
// byline, and a record with no text, which is named and skipped.
var trecFile = strings.ReplaceAll(`<DOC>
<DOCNO> APW19990312.0101 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 1999-03-12 09:14:00 </DATE_TIME>
<BODY>
<HEADLINE> Ferry strike halts island crossings </HEADLINE>
<TEXT>
   PORT CALDER, Maine (AP) _ Ferry crews walked off the job Friday,
halting every crossing to the three Calder islands.
   BQBQWe gave them every chance,'' said union steward Mara Quill &AMP; others.&HT;
</TEXT>
</BODY>
<TRAILER> AP-NY-03-12-99 0914EST </TRAILER>
</DOC>
<DOC id="NYT_ENG_19990313.0077" type="story" >
<HEADLINE>
ISLANDERS CUT OFF
</HEADLINE>
<BYLINE>
By ODA VENN
</BYLINE>
<TEXT>
<P>
For the 400 people who ride the ferry, Friday began
with a locked gate.
</P>
<P>
Island schools closed.
</P>
</TEXT>
</DOC>
<DOC>
<DOCNO> XIE19990314.0002 </DOCNO>
<HEADLINE> Empty record </HEADLINE>
</DOC>
`, "BQ", "`") // Go's raw strings cannot hold a backquote

func TestParseNewswireSGML(t *testing.T) {
	for _, name := range []string{"03.txt", "archive"} {
		docs, errs := Parse(name, []byte(trecFile), Options{})
		if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), name+"#3: ") || !strings.Contains(errs[0].Error(), "XIE19990314.0002") {
			t.Errorf("%s: errors %v, want one naming %s#3 and its record", name, errs, name)
		}
		if len(docs) != 2 {
			t.Fatalf("%s: %d documents, want 2", name, len(docs))
		}
		type got struct {
			Source, ID, Title, Outlet, Published, Body string
			Byline                                     []string
			Headless                                   bool
		}
		var gots []got
		for _, d := range docs {
			gots = append(gots, got{d.Source, d.ID, d.Title, d.Outlet, d.Published, string(d.Body), d.Byline, d.Headless})
		}
		want := []got{
			{name + "#1", "APW19990312.0101", "Ferry strike halts island crossings", "Associated Press", "1999-03-12T09:14:00Z",
				"PORT CALDER, Maine (AP) _ Ferry crews walked off the job Friday, halting every crossing to the three Calder islands.\n\n" +
					"\x60\x60We gave them every chance,'' said union steward Mara Quill & others.", nil, true},
			{name + "#2", "NYT_ENG_19990313.0077", "ISLANDERS CUT OFF", "New York Times", "1999-03-13T00:00:00Z",
				"For the 400 people who ride the ferry, Friday began with a locked gate.\n\nIsland schools closed.", []string{"ODA VENN"}, true},
		}
		if diff := cmp.Diff(want, gots); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
}

// A record without a closing </DOC> is no record; a text that only opens
// with "<DOC" is plain text.
func TestNewswireSGMLNeedsRecords(t *testing.T) {
	docs, errs := Parse("cut.txt", []byte("<DOC>\n<DOCNO> APW1 </DOCNO>\n<TEXT> cut short"), Options{})
	if len(docs) != 1 || docs[0].Format != "text" || len(errs) != 0 {
		t.Errorf("unclosed record: %d docs %v, want it read as plain text", len(docs), errs)
	}
	docs, errs = Parse("x.txt", []byte("<DOCUMENT> is a tag.\nMore text.</DOC>"), Options{})
	if len(docs) != 1 || string(docs[0].Body) != "<DOCUMENT> is a tag.\nMore text.</DOC>" || len(errs) != 0 {
		t.Errorf("plain text read as newswire SGML: %v %v", docs, errs)
	}
}
