package sqlstore

import (
	"math"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/corroborate/corroborate"
)

func TestLoadMigrations(t *testing.T) {
	fsys := fstest.MapFS{
		"m/0100_stream.sql": {Data: []byte("CREATE TABLE b (x INT);")},
		"m/0001_init.sql":   {Data: []byte("CREATE TABLE a (x INT);")},
		"m/0020_more.sql":   {Data: []byte("-- nothing")},
	}
	got, err := LoadMigrations(fsys, "m")
	if err != nil {
		t.Fatalf("LoadMigrations: %v", err)
	}
	want := []Migration{
		{Version: 1, Name: "0001_init.sql", SQL: "CREATE TABLE a (x INT);"},
		{Version: 20, Name: "0020_more.sql", SQL: "-- nothing"},
		{Version: 100, Name: "0100_stream.sql", SQL: "CREATE TABLE b (x INT);"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("LoadMigrations (-want +got):\n%s", d)
	}
	for _, bad := range []string{"init.sql", "x1_init.sql"} {
		if _, err := LoadMigrations(fstest.MapFS{"m/" + bad: {}}, "m"); err == nil {
			t.Errorf("LoadMigrations with %q: no error, want one", bad)
		}
	}
}

func TestArticleRoundTrip(t *testing.T) {
	outlet := "Harbor Gazette"
	published := time.Date(2026, 3, 12, 9, 30, 0, 0, time.FixedZone("EST", -5*3600))
	a := corroborate.Article{ID: "a1", Source: "a1.html", Outlet: &outlet, Title: "Ferry delayed",
		Text: "The ferry left late.", Byline: []string{"R. Nym"}, Time: published}
	text, doc, err := EncodeArticle(a)
	if err != nil {
		t.Fatalf("EncodeArticle: %v", err)
	}
	if text != a.Text {
		t.Errorf("EncodeArticle text = %q, want %q", text, a.Text)
	}
	for _, tc := range []struct {
		name      string
		published time.Time
		want      time.Time
	}{
		{"with time", published, published.UTC()},
		{"without time", time.Time{}, time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeArticle(text, doc, tc.published)
			if err != nil {
				t.Fatalf("DecodeArticle: %v", err)
			}
			want := a
			want.Time = tc.want
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("DecodeArticle (-want +got):\n%s", d)
			}
			if got.Time.Location() != time.UTC {
				t.Errorf("DecodeArticle time zone = %v, want UTC", got.Time.Location())
			}
		})
	}
}

func TestEncodeArticleErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    corroborate.Article
		code string
	}{
		{"no id", corroborate.Article{Source: "x.html"}, corroborate.EInvalid},
		{"does not encode", corroborate.Article{ID: "a", Originality: math.NaN()}, corroborate.EInternal},
	} {
		_, _, err := EncodeArticle(tc.a)
		if got := corroborate.ErrorCode(err); got != tc.code {
			t.Errorf("%s: EncodeArticle error %v has code %q, want %q", tc.name, err, got, tc.code)
		}
	}
}

func TestDocumentRoundTrip(t *testing.T) {
	d := corroborate.Document{Source: "dump.jsonl:3", Format: "text", Headless: true, Body: []byte("Body text."), ID: "d3", Title: "A title"}
	meta, err := EncodeDocument(d)
	if err != nil {
		t.Fatalf("EncodeDocument: %v", err)
	}
	got, err := DecodeDocument(meta, d.Body)
	if err != nil {
		t.Fatalf("DecodeDocument: %v", err)
	}
	if diff := cmp.Diff(d, got); diff != "" {
		t.Errorf("DecodeDocument (-want +got):\n%s", diff)
	}
	if got, _ := DecodeDocument(meta, nil); got.Body != nil || got.Title != d.Title {
		t.Errorf("DecodeDocument without body = %+v, want the metadata and no body", got)
	}
}

func TestEncodeShares(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, "[]"},
		{[]string{}, "[]"},
		{[]string{"Sessions", "ferry"}, `["Sessions","ferry"]`},
	} {
		if got := EncodeShares(tc.in); got != tc.want {
			t.Errorf("EncodeShares(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestBounds(t *testing.T) {
	for _, tc := range []struct {
		p               corroborate.Page
		limit, offset   int
		slimit, soffset int
	}{
		{corroborate.Page{}, 50, 0, 20, 0},
		{corroborate.Page{Limit: -3, Offset: -1}, 50, 0, 20, 0},
		{corroborate.Page{Limit: 7, Offset: 14}, 7, 14, 7, 14},
	} {
		if l, o := PageBounds(tc.p); l != tc.limit || o != tc.offset {
			t.Errorf("PageBounds(%+v) = %d, %d, want %d, %d", tc.p, l, o, tc.limit, tc.offset)
		}
		q := corroborate.SearchQuery{Limit: tc.p.Limit, Offset: tc.p.Offset}
		if l, o := SearchBounds(q); l != tc.slimit || o != tc.soffset {
			t.Errorf("SearchBounds(%+v) = %d, %d, want %d, %d", q, l, o, tc.slimit, tc.soffset)
		}
	}
}

func TestChanges(t *testing.T) {
	var c Changes
	c.Linked("s2", 1)
	c.Linked("s1", 0) // a link that found the article there already
	c.Linked("s2", 1)
	c.Moved("s3", -1)
	c.Moved("s4", 1)
	c.Moved("s5", 1)
	c.Moved("s5", -1) // one in, one out: same count, new revision
	c.Touch("s6")
	if d := cmp.Diff([]string{"s2", "s1", "s3", "s4", "s5", "s6"}, c.Stories()); d != "" {
		t.Errorf("Stories (-want +got):\n%s", d)
	}
	for _, tc := range []struct {
		story string
		delta int
		ok    bool
	}{
		{"s1", 0, false}, {"s2", 2, true}, {"s3", -1, true}, {"s4", 1, true},
		{"s5", 0, true}, {"s6", 0, false}, {"absent", 0, false},
	} {
		if delta, ok := c.Revised(tc.story); delta != tc.delta || ok != tc.ok {
			t.Errorf("Revised(%q) = %d, %v, want %d, %v", tc.story, delta, ok, tc.delta, tc.ok)
		}
	}
}
