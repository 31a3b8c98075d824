package claims

import (
	"strconv"
	"strings"

	"github.com/corroborate/corroborate"
)

// delayEvent is the event of a figure that says how late something was
// ("delayed by about 30 minutes", "departed 50 minutes late", "a 50-minute
// delay"): one story has one such delay, so its figures are compared
// story-wide, whatever sentence carries them.
const delayEvent = "delay"

// durationKeys are the units a delay is given in, as figure keys (lemmas).
var durationKeys = map[string]bool{"second": true, "minut": true, "hour": true, "day": true, "week": true}

// markDelay sets f's event to delayEvent when f (at toks[i]) is a duration
// tied to a delay: "delay"/"delayed" a few words before it or right after
// its unit, or "late" right after its unit.
func markDelay(toks []token, i int, f *figure) {
	if f.kind != corroborate.ConflictNumber || !durationKeys[f.key] {
		return
	}
	after := i + 1
	for after < len(toks) && toks[after].end <= f.end {
		after++
	}
	for k := max(i-4, 0); k <= after && k < len(toks); k++ {
		if k > i && k < after {
			continue
		}
		if toks[k].lemma == "delay" || k == after && toks[k].low == "late" {
			f.event = delayEvent
			return
		}
	}
}

// hyphenedDelay reads a duration written as one word before a delay ("a
// 50-minute delay") as the figure "50 minute". Other hyphened durations ("a
// 24-hour strike") are left alone: they name a kind of thing as often as
// its length.
func hyphenedDelay(s string, toks []token, i int) (figure, bool) {
	n, unit, ok := strings.Cut(toks[i].low, "-")
	if !ok || i+1 >= len(toks) || toks[i+1].lemma != "delay" {
		return figure{}, false
	}
	v, err := strconv.ParseFloat(n, 64)
	if err != nil || !durationKeys[lemma(unit)] {
		if w, isWord := numberWords[n]; isWord && durationKeys[lemma(unit)] {
			v, err = w, nil
		} else {
			return figure{}, false
		}
	}
	t := toks[i]
	f := figure{kind: corroborate.ConflictNumber, key: lemma(unit), val: v,
		value: strconv.FormatFloat(v, 'f', -1, 64), surface: s[t.start:t.end], start: t.start, end: t.end, event: delayEvent}
	if i > 0 && approximators[toks[i-1].low] {
		f.approx = true
	}
	return f, true
}
