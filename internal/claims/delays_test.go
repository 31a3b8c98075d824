package claims

import "testing"

// How late one event was, given in sentences too unlike to align ("delayed
// by about 25 minutes", "left 45 minutes late", "a 45-minute delay"), is one
// figure given two ways; durations of other things are not compared
// story-wide.
func TestDelayConflicts(t *testing.T) {
	const (
		a = `A ferry bound for Orvell was held at the Tarn quay on Monday after a deckhand fell ill.

The crossing was delayed by about 25 minutes while medics boarded.`
		b = `Medics were called aboard a ferry to Orvell on Monday when a deckhand collapsed.

The crew checked the engine room and the ferry left about 45 minutes late, the harbour master said.`
		c = `A deckhand collapsed on the Orvell ferry on Monday.

After a 45-minute delay the ferry sailed at 8:40 p.m. with the deckhand ashore.`
		near = `Medics were called aboard a ferry to Orvell on Monday when a deckhand collapsed.

The crew checked the engine room and the ferry left about 30 minutes late, the harbour master said.`
		other = `Medics were called aboard a ferry to Orvell on Monday when a deckhand collapsed.

The crossing itself takes 45 minutes in calm weather.`
	)
	cases := []struct {
		name string
		b    string
		want bool
	}{
		{"late against delayed", b, true},
		{"a hyphened delay", c, true},
		{"within the rounding", near, false},
		{"a duration that is no delay", other, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sureNumberConflict(t, tc.want, article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b))
		})
	}
}

// The minutes of a clock time ("8:40 p.m.") are no figure.
func TestClockMinutesNoFigure(t *testing.T) {
	s := "The ferry sailed at 8:40 p.m. with 12 passengers."
	figs := figures(s, tokenize(s, 0, len(s)))
	if len(figs) != 1 || figs[0].key != "passenger" {
		t.Errorf("figures %+v, want only the passengers", figs)
	}
}
