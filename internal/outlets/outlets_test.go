package outlets

import (
	"strings"
	"testing"

	"github.com/corroborate/corroborate/internal/text"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"The Associated Press", "Associated Press", true},
		{"associated press", "Associated Press", true},
		{"AP", "Associated Press", true},
		{"www.apnews.com", "Associated Press", true},
		{"https://www.reuters.com/", "Reuters", true},
		{"the Guardian", "The Guardian", true},
		{"Harbor Ledger", "Harbor Ledger", false},
		{"Korea Biz Wire", "Korea Bizwire", true},
		// broadcasters and papers known by a bare name; "Daily News"
		// alone names many papers and stays unknown
		{"ESPN", "ESPN", true},
		{"NY Daily News", "New York Daily News", true},
		{"CBC", "CBC News", true},
		{"Daily News", "Daily News", false},
	}
	for _, tt := range tests {
		got, ok := Canonical(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Canonical(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	// a wire's mark in a dateline names the outlet ("(Korea Bizwire) –")
	if d, ok := ReadDateline("SPRINGVALE, Feb. 5 (Korea Bizwire) – A goat ate the mayor's notes."); !ok || d.Mark.Outlet != "Korea Bizwire" || !d.Mark.Wire {
		t.Errorf("ReadDateline: mark %+v, %v; want the wire Korea Bizwire", d.Mark, ok)
	}
	if !IsWire("the AP") || IsWire("CNN") {
		t.Errorf("IsWire: the AP is a wire service, CNN is not")
	}
	if !Same("The Associated Press", "apnews.com") || Same("Reuters", "") {
		t.Errorf("Same: wrong")
	}
}

func TestByHost(t *testing.T) {
	tests := []struct {
		host, want string
	}{
		{"apnews.com", "Associated Press"},
		{"www.bbc.co.uk", "BBC"},
		{"news.bbc.co.uk", "BBC"},
		{"edition.cnn.com", "CNN"},
		{"abcnews.go.com", "ABC News"},
		{"www.pagesix.com", "Page Six"},
		{"nydailynews.com", "New York Daily News"}, // a reporter's closing e-mail address
		{"harborledger.example", ""},
		{"", ""},
	}
	for _, tt := range tests {
		o, _ := ByHost(tt.host)
		if o.Name != tt.want {
			t.Errorf("ByHost(%q) = %q, want %q", tt.host, o.Name, tt.want)
		}
	}
	if got := SiteName("www.news.harborledger.co.uk"); got != "harborledger.co.uk" {
		t.Errorf("SiteName = %q, want harborledger.co.uk", got)
	}
	if got := Host("https://WWW.Harborledger.com/a/b?c"); got != "harborledger.com" {
		t.Errorf("Host = %q", got)
	}
	if got := Host("stories/harborledger.txt"); got != "" {
		t.Errorf("Host of a file name = %q, want empty", got)
	}
}

func TestLooksLikeOutlet(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The Harbor Ledger", true},
		{"Riverbend Radio", true},
		{"Il Faro di Calder", true},
		{"Reuters", true},
		{"Tidewater Press", true},
		{"Justice Department", false},
		{"Marta Quill", false},
		{"the harbor ledger", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := LooksLikeOutlet(tt.in); got != tt.want {
			t.Errorf("LooksLikeOutlet(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestByName(t *testing.T) {
	if o, ok := ByName("AP"); !ok || o.Name != "Associated Press" {
		t.Errorf("ByName(AP) = %q, %v; want Associated Press", o.Name, ok)
	}
	if o, ok := ByName("C-SPAN"); !ok || o.Wire {
		t.Errorf("ByName(C-SPAN) = %+v, %v; want a known outlet, not a wire", o, ok)
	}
	// Running text is matched as written: "ap" is a word, "Hill" a surname.
	for _, s := range []string{"ap", "Hill", "associated press"} {
		if _, ok := ByName(s); ok {
			t.Errorf("ByName(%q) found an outlet", s)
		}
	}
}

func TestOutletWord(t *testing.T) {
	for _, w := range []string{"Ledger", "times", "TV", "Zeitung"} {
		if !OutletWord(w) {
			t.Errorf("OutletWord(%q) = false: only outlets' names end in it", w)
		}
	}
	for _, w := range []string{"Service", "Republic", "Democrat", "Department", ""} {
		if OutletWord(w) {
			t.Errorf("OutletWord(%q) = true: other bodies' names end in it too", w)
		}
	}
	// A page's own site name may still end in a word others share.
	if !LooksLikeOutlet("Harbor News Service") || LooksLikeOutlet("the Justice Department") {
		t.Error("LooksLikeOutlet: a news service's name is an outlet's, a department's is not")
	}
}

func TestFindMark(t *testing.T) {
	tests := []struct {
		in         string
		want       string
		known      bool
		start, end int
	}{
		{"(Reuters) - The port reopened.", "Reuters", true, 0, 11},
		{"London (AFP) - The port reopened.", "Agence France-Presse", true, 7, 14},
		{"WASHINGTON (AP) — The port reopened.", "Associated Press", true, 11, 19},
		{"CALDER (Calder News) -- The port reopened.", "Calder News", false, 7, 23},
		{"The buyer (left) - a ferry firm - paid cash.", "", false, 0, 0},
		{"The port (Reuters)reopened.", "", false, 0, 0},
	}
	for _, tt := range tests {
		m, ok := FindMark(tt.in)
		if ok != (tt.want != "") || m.Outlet != tt.want || m.Known != tt.known || ok && (m.Start != tt.start || m.End != tt.end) {
			t.Errorf("FindMark(%q) = %+v, %v; want %q known=%v at [%d,%d)", tt.in, m, ok, tt.want, tt.known, tt.start, tt.end)
		}
	}
	if m, _ := FindMark("(Reuters) - x"); !m.Wire {
		t.Error("FindMark: Reuters is a news agency")
	}
}

// A medium label closing a given name goes; a section's label, a bracket
// inside a name and a label alone stay.
func TestGivenName(t *testing.T) {
	for in, want := range map[string]string{
		"Calder Post (Online News)": "Calder Post",
		"Calder Post (online)":      "Calder Post",
		"Harbour Times (News)":      "Harbour Times",
		"Skarn 4 (TV)":              "Skarn 4",
		"Calder Post (Opinion)":     "Calder Post (Opinion)",
		"Calder Post (Ore.)":        "Calder Post (Ore.)",
		"(News)":                    "(News)",
		"Calder Post()":             "Calder Post()",
		"  Harbour Times  ":         "Harbour Times",
		"":                          "",
	} {
		t.Run(in, func(t *testing.T) {
			if got := GivenName(in); got != want {
				t.Errorf("GivenName(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

// GivenName only ever cuts a closing label off the trimmed name, and never
// leaves a name empty.
func FuzzGivenName(f *testing.F) {
	for _, s := range []string{"Calder Post (Online News)", "Calder Post (Opinion)", "(News)", " x (tv) ", "a (", "é (Online)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := GivenName(s)
		trimmed := strings.TrimSpace(s)
		if !strings.HasPrefix(trimmed, got) {
			t.Fatalf("GivenName(%q) = %q, not a prefix of the name", s, got)
		}
		if got == "" && trimmed != "" {
			t.Fatalf("GivenName(%q) is empty", s)
		}
	})
}

// Every name, alias and host in the directory names one outlet: an alias
// folded to another outlet's key would make Lookup's answer depend on the
// list's order.
func TestDirectoryKeysNameOneOutlet(t *testing.T) {
	names, hosts := map[string]string{}, map[string]string{}
	for _, o := range All() {
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			if prev, ok := names[Key(a)]; ok && prev != o.Name {
				t.Errorf("%q names both %q and %q", a, prev, o.Name)
			}
			names[Key(a)] = o.Name
		}
		for _, d := range o.Domains {
			if prev, ok := hosts[d]; ok && prev != o.Name {
				t.Errorf("host %q is both %q's and %q's", d, prev, o.Name)
			}
			hosts[d] = o.Name
			if got, _ := Lookup(d); got.Name != o.Name {
				t.Errorf("Lookup(%q) = %q, want %q", d, got.Name, o.Name)
			}
		}
		for _, d := range o.Sites {
			if got, _ := Lookup(d); got.Name != o.Name {
				t.Errorf("Lookup(%q) = %q, want %q", d, got.Name, o.Name)
			}
		}
	}
	// A domain's bare label ("apnews" of apnews.com, as a site name or an
	// index without ".com" gives it) names its outlet too: it must be no
	// common word, unless the outlet's own name is that word, and no
	// other outlet's name or label.
	labels := map[string]string{}
	for _, o := range All() {
		own := map[string]bool{}
		for _, a := range append([]string{o.Name}, o.Aliases...) {
			own[Key(a)] = true
		}
		for _, d := range o.Domains {
			for _, l := range []string{Key(strings.TrimSuffix(d, ".com")), siteLabel(d)} {
				if commonLabels[l] && !own[l] {
					t.Errorf("%q's domain %q makes the common word %q a key: list it in Sites", o.Name, d, l)
				}
				if prev, ok := names[l]; ok && prev != o.Name {
					t.Errorf("label %q of %q's domain %q is %q's name", l, o.Name, d, prev)
				}
				if prev, ok := labels[l]; ok && prev != o.Name {
					t.Errorf("label %q is both %q's and %q's", l, prev, o.Name)
				}
				labels[l] = o.Name
			}
		}
	}
	for _, w := range []string{"Globe", "The Globe", "Space", "Canada"} {
		if o, ok := Lookup(w); ok {
			t.Errorf("Lookup(%q) = %q, want no outlet", w, o.Name)
		}
		if o, ok := ByHost(strings.ToLower(w)); ok {
			t.Errorf("ByHost(%q) = %q, want no outlet", strings.ToLower(w), o.Name)
		}
	}
}

// Short names that other bodies or several outlets share name no outlet:
// the directory keeps the full names ("AJC.com", "WSB-TV").
func TestSharedNamesAreNoKeys(t *testing.T) {
	for _, name := range []string{"AJC", "Globe", "Pioneer Press", "Metro", "FOX 32", "WSB"} {
		if o, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %q, want no outlet", name, o.Name)
		}
	}
	for _, name := range []string{"AJC.com", "WSB-TV", "FOX 32 Chicago", "FOX 32 News", "St. Paul Pioneer Press"} {
		if _, ok := Lookup(name); !ok {
			t.Errorf("Lookup(%q): no outlet, want one", name)
		}
	}
}

// commonLabels are common words a domain's bare label could be, that name
// no one outlet.
var commonLabels = text.WordSet(`globe space canada news times post sun metro star mail daily world journal herald press
	tribune today express mirror observer guardian independent record courier gazette chronicle register examiner
	people time week business money health science sport sports weather local national america us uk`)
