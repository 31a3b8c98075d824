package reuse

import (
	"slices"
	"testing"

	"github.com/corroborate/corroborate"
)

// A local station that ran a news agency's copy marks its dateline with
// both names ("PORT CALDER (KTRN Lenna/AP) —"): the station is the
// article's own mark, never a credit, and the agency is a credit of the
// article, whether the outlet is given or read from the mark. A person's
// name before the agency ("Ana Ros/AP") is no station, and the text then
// credits no one.
func TestStationDatelineCreditsItsAgency(t *testing.T) {
	body := " — A ferry ran aground off Portmere on Tuesday, stranding 84 passengers for six hours.\n\n" +
		"Doctors at the Portmere clinic said two passengers were treated for the cold."
	for _, tt := range []struct {
		name, outlet, mark string
		want               []string
	}{
		{"outlet given", "KTRN Lenna", "PORT CALDER (KTRN Lenna/AP)", []string{"Associated Press"}},
		{"outlet read from the mark", "", "PORT CALDER (KTRN Lenna/AP)", []string{"Associated Press"}},
		{"a known outlet as the station", "", "PORT CALDER (Harbour Times/Reuters)", []string{"Reuters"}},
		{"a person before the agency", "", "PORT CALDER (Ana Ros/AP)", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze([]corroborate.Article{mkArticle(t, "a", tt.outlet, "", tt.mark+body)}, nil, Options{})
			if got := outletsOf(res.Credits[0]); !slices.Equal(got, tt.want) {
				t.Errorf("credits = %q, want %q", got, tt.want)
			}
		})
	}
}
