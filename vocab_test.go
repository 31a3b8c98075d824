package corroborate

import "testing"

// TestLabels: every kind and stage has its own label, different from its
// JSON value, and no two share one.
func TestLabels(t *testing.T) {
	seen := map[string]string{}
	for _, k := range ConflictKinds {
		l := k.Label()
		if l == string(k) && k != ConflictDate && k != ConflictName {
			t.Errorf("ConflictKind(%q).Label() = %q: no label", k, l)
		}
		if o, dup := seen[l]; dup {
			t.Errorf("kinds %q and %q share the label %q", o, k, l)
		}
		seen[l] = string(k)
	}
	if got := ConflictKind("").Label(); got != "conflict" {
		t.Errorf(`ConflictKind("").Label() = %q, want "conflict"`, got)
	}
	if !ConflictQuoteWording.Quote() || ConflictNegation.Quote() {
		t.Error("Quote() does not tell quotation kinds from fact kinds")
	}
	for _, s := range Stages {
		if s.Label() == string(s) && s != StageSummary {
			t.Errorf("Stage(%q).Label() = %q: no label", s, s.Label())
		}
	}
}
