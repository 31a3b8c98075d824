package summary

import "testing"

// TestQuestionAskedAtStart: a question a sentence opens with ("Whether
// ...") states nothing, as one inside it does not.
func TestQuestionAskedAtStart(t *testing.T) {
	for _, a := range []string{
		"Whether Ivo Brand will not be extradited to Varn is unclear.",
		"It is unclear whether Ivo Brand will not be extradited to Varn.",
	} {
		c, o := &candidate{text: a}, &candidate{text: "Ivo Brand will be extradited to Varn."}
		if c.clashes(o) || o.clashes(c) {
			t.Errorf("%q read as clashing with %q, want a question read as stating nothing", a, o.text)
		}
	}
}

// TestClashesFollowWording: a candidate whose wording changes is read
// anew.
func TestClashesFollowWording(t *testing.T) {
	c := &candidate{text: "Chancellor Marrow will keep the truce, Holm said."}
	o := &candidate{text: "Chancellor Marrow will keep the truce, Holm said."}
	if c.clashes(o) {
		t.Fatalf("%q clashes with itself", c.text)
	}
	o.text = "Chancellor Marrow will not keep the truce, Holm said."
	if !c.clashes(o) || !o.clashes(c) {
		t.Errorf("%q and %q read as no clash, want a clash", c.text, o.text)
	}
}
