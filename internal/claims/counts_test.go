package claims

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// One thing counted differently by two articles in sentences that do not
// align is an unsure figure conflict, held back; a count held by another
// name, or a part ("40 Danish passengers"), is none.
func TestCountConflicts(t *testing.T) {
	const a = `The ferry Kestrel sank off Port Arden on Tuesday with 212 passengers on board, the coastguard said.

Divers from three countries joined the search.`
	for _, tc := range []struct {
		b    string
		want int
	}{
		{`Relatives gathered at the harbour office as the coastguard released the names. Coastguard officials said there were 230 passengers on board the Kestrel, many of them students.`, 1},
		{`Relatives gathered at the harbour office as the coastguard released the names. Its sister ship Marlin had 230 passengers on board last week, coastguard officials said.`, 0},
		{`Relatives gathered at the harbour office as the coastguard released the names. Coastguard officials said there were 40 Danish passengers on board the Kestrel.`, 0},
	} {
		res := Find([]corroborate.Article{article("a", "Lenna Post", a), article("b", "Tarn Courier", tc.b)}, nil, Options{})
		n := 0
		for _, c := range res.Conflicts {
			if c.Kind != corroborate.ConflictNumber {
				continue
			}
			n++
			if c.Confidence >= SureConfidence {
				t.Errorf("%q: conflict %+v is sure; a count of one thing from two sentences is unsure", tc.b, c)
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d number conflicts, want %d", tc.b, n, tc.want)
		}
	}
}
