package summary

import (
	"testing"

	"github.com/corroborate/corroborate"
)

// TestHereOnlyAfterDateline: "here" stands for an unknown place only in an
// article that opens with a dateline, and never in a figure of speech.
func TestHereOnlyAfterDateline(t *testing.T) {
	st := &story{arts: map[string]*corroborate.Article{
		"dated": {ID: "dated", Text: "PORT ELSA, Varn — Ferry crews walked out on Monday.\nThe strike began at the harbour here at dawn."},
		"plain": {ID: "plain", Text: "Ferry crews in Port Elsa walked out on Monday.\nThe strike began at the harbour here at dawn."},
		"wire":  {ID: "wire", Dateline: "PORT ELSA", Text: "PORT ELSA (AP) — Ferry crews walked out on Monday.\nThe strike began at the harbour here at dawn."},
	}}
	for _, tt := range []struct {
		name, art, s string
		want         bool
	}{
		{"dateline place", "dated", "The strike began at the harbour here at dawn.", true},
		{"no dateline", "plain", "The strike began at the harbour here at dawn.", false},
		{"here on a day", "dated", "Crews gathered at the harbour here on Monday.", true},
		{"miles from here", "dated", "The nearest open port is 20 miles from here.", true},
		{"a wire dateline", "wire", "The strike began at the harbour here at dawn.", true},
		{"from here on", "dated", "Fares will only rise from here on, the operator said.", false},
		{"neither here nor there", "dated", "The union said the offer was neither here nor there.", false},
		{"here and now", "dated", "Crews want a deal here and now, the union said.", false},
		{"presents next", "plain", "Here's what the strike means for travellers.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := st.leansIn(tt.s, tt.art); got != tt.want {
				t.Errorf("leansIn(%q, %s) = %v, want %v", tt.s, tt.art, got, tt.want)
			}
		})
	}
}
