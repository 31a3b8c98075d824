package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/corroborate/corroborate"
)

func TestEndnotesAreRemoved(t *testing.T) {
	notes := "Harbour Board minutes, Mar. 3, 1911, Calder Town Archive, Port Calder. On the ferry's first master, see Ada Holm and Tomas Varga, eds., Ferries of the North Shore, vol. 2 of the Harbour Histories series (Port Calder: Quayside Press, 2004), 118–21. Holm, Ferries, 122; spelling regularized; Tomas Varga, “The Night Crossing,” Calder Review 14 (May 1, 1932): 88–9. See also Harbour Board minutes 3:12–14. Ibid., 40–2. “Last Log of the Linden,” Shore Gazette 9 (Oct. 2, 1950), 31. Varga, Night Crossing, 12–15 (draft 3), in Holm and Varga, eds., Ferries of the North Shore (Port Calder: Quayside Press, 2004), 200–4."
	prose := "The ferry made its first night crossing in 1911, after the harbour board agreed to light the channel. Its master, a former fisherman, kept a log that survives in the town archive, and the log records 1,204 crossings between 1911 and 1932, most of them in winter when the road over the pass was closed by snow."
	body := "The night ferry of Port Calder\n\n" + prose + "\n\n" + notes + "\n"
	a, err := Extract(corroborate.Document{Source: "essay.txt", Format: "text", Body: []byte(body)}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Quayside Press") || !slices.Contains(a.Removed, notes) {
		t.Errorf("the endnotes stay in the text or are not listed as removed: text %q", a.Text)
	}
	if !strings.Contains(a.Text, "1,204 crossings between 1911 and 1932") {
		t.Errorf("prose with years and numbers was removed: text %q", a.Text)
	}
	if endnoteLine(prose) {
		t.Errorf("endnoteLine(%q) = true, want false", prose)
	}
}
