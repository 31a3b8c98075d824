package quotes

import "slices"

// pulledQuotesSpeak gives a quotation alone in its paragraph with no
// speaker, cue or credit the speaker of another quotation of the article
// whose words hold all of its own, in order: a pulled quote set between
// paragraphs (`"They are like cogs"`) repeats words someone is quoted
// saying elsewhere in the text (`"They are like cogs in a machine," Omar
// said`). Three words at least, and only when the words are held by one
// speaker's quotes.
func (x *extractor) pulledQuotesSpeak(out []Mention) {
	// each mention's words, read once when first needed: a mention given
	// its speaker here speaks for the ones after it
	spoken := make([][]string, len(out))
	wordsOf := func(j int) []string {
		if spoken[j] == nil {
			spoken[j] = normWords(out[j].Text)
		}
		return spoken[j]
	}
	for i := range out {
		m := &out[i]
		if !x.mayTakeMainSpeaker(*m) {
			continue
		}
		words := wordsOf(i)
		if len(words) < 3 {
			continue
		}
		var sp *Speaker
		for j := range out {
			o := out[j]
			if j == i || o.Speaker == nil || !o.Speaker.Named || !containsRun(wordsOf(j), words) {
				continue
			}
			if sp != nil && sp.Name != o.Speaker.Name {
				sp = nil
				break
			}
			sp = o.Speaker
		}
		if sp != nil {
			m.Speaker, m.how = sp, resCarried
		}
	}
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	if len(run) == 0 || len(run) > len(words) {
		return false
	}
	for k := 0; k+len(run) <= len(words); k++ {
		if words[k] == run[0] && slices.Equal(words[k:k+len(run)], run) {
			return true
		}
	}
	return false
}
