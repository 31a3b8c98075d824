package summary

// Stem is the Porter (1980) stemmer for one lower-case English word, the
// stemmer the ROUGE figures of published summarisers use. Words of one or
// two letters are returned as they are.
func Stem(word string) string {
	if len(word) <= 2 {
		return word
	}
	s := &stemmer{b: []byte(word)}
	s.step1ab()
	if len(s.b) > 1 {
		s.step1c()
		s.step2()
		s.step3()
		s.step4()
		s.step5()
	}
	return string(s.b)
}

// stemmer holds the word being stemmed; j marks the end of the stem that a
// suffix test left, as in Porter's own description.
type stemmer struct {
	b []byte
	j int
}

// cons reports whether b[i] is a consonant ('y' after a consonant is a vowel).
func (s *stemmer) cons(i int) bool {
	switch s.b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		if i == 0 {
			return true
		}
		return !s.cons(i - 1)
	}
	return true
}

// m counts the vowel-consonant sequences of b[0..j]: each consonant that
// follows a vowel ends one.
func (s *stemmer) m() int {
	n, vowel := 0, false
	for i := 0; i <= s.j; i++ {
		c := s.cons(i)
		if c && vowel {
			n++
		}
		vowel = !c
	}
	return n
}

// vowelInStem reports whether b[0..j] holds a vowel.
func (s *stemmer) vowelInStem() bool {
	for i := 0; i <= s.j; i++ {
		if !s.cons(i) {
			return true
		}
	}
	return false
}

// doubleC reports whether b[j-1..j] is a double consonant.
func (s *stemmer) doubleC(j int) bool {
	if j < 1 || s.b[j] != s.b[j-1] {
		return false
	}
	return s.cons(j)
}

// cvc reports whether b[i-2..i] is consonant-vowel-consonant with the last
// not w, x or y ("hop", not "snow").
func (s *stemmer) cvc(i int) bool {
	if i < 2 || !s.cons(i) || s.cons(i-1) || !s.cons(i-2) {
		return false
	}
	switch s.b[i] {
	case 'w', 'x', 'y':
		return false
	}
	return true
}

// ends reports whether the word ends with suf, setting j before it.
func (s *stemmer) ends(suf string) bool {
	n := len(suf)
	if n > len(s.b) || string(s.b[len(s.b)-n:]) != suf {
		return false
	}
	s.j = len(s.b) - n - 1
	return true
}

// setTo replaces what follows j with r.
func (s *stemmer) setTo(r string) {
	s.b = append(s.b[:s.j+1], r...)
}

// r replaces the suffix with rep when the stem's m is above 0.
func (s *stemmer) r(rep string) {
	if s.m() > 0 {
		s.setTo(rep)
	}
}

func (s *stemmer) step1ab() {
	if s.b[len(s.b)-1] == 's' {
		switch {
		case s.ends("sses"):
			s.b = s.b[:len(s.b)-2]
		case s.ends("ies"):
			s.setTo("i")
		case len(s.b) > 1 && s.b[len(s.b)-2] != 's':
			s.b = s.b[:len(s.b)-1]
		}
	}
	if s.ends("eed") {
		if s.m() > 0 {
			s.b = s.b[:len(s.b)-1]
		}
		return
	}
	if (s.ends("ed") || s.ends("ing")) && s.vowelInStem() {
		s.b = s.b[:s.j+1]
		switch {
		case s.ends("at"):
			s.setTo("ate")
		case s.ends("bl"):
			s.setTo("ble")
		case s.ends("iz"):
			s.setTo("ize")
		case s.doubleC(len(s.b) - 1):
			switch s.b[len(s.b)-1] {
			case 'l', 's', 'z':
			default:
				s.b = s.b[:len(s.b)-1]
			}
		default:
			s.j = len(s.b) - 1
			if s.m() == 1 && s.cvc(len(s.b)-1) {
				s.b = append(s.b, 'e')
			}
		}
	}
}

func (s *stemmer) step1c() {
	if s.ends("y") && s.vowelInStem() {
		s.b[len(s.b)-1] = 'i'
	}
}

// step2 maps double suffixes to single ones ("-ization" to "-ize").
func (s *stemmer) step2() {
	if len(s.b) < 2 {
		return
	}
	for _, p := range step2Pairs[s.b[len(s.b)-2]] {
		if s.ends(p[0]) {
			s.r(p[1])
			return
		}
	}
}

var step2Pairs = map[byte][][2]string{
	'a': {{"ational", "ate"}, {"tional", "tion"}},
	'c': {{"enci", "ence"}, {"anci", "ance"}},
	'e': {{"izer", "ize"}},
	'l': {{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}},
	'o': {{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}},
	's': {{"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}},
	't': {{"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}},
	'g': {{"logi", "log"}},
}

func (s *stemmer) step3() {
	for _, p := range [][2]string{{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}} {
		if s.ends(p[0]) {
			s.r(p[1])
			return
		}
	}
}

// step4 takes off -ant, -ence and the like when m > 1.
func (s *stemmer) step4() {
	if len(s.b) < 2 {
		return
	}
	var sufs []string
	switch s.b[len(s.b)-2] {
	case 'a':
		sufs = []string{"al"}
	case 'c':
		sufs = []string{"ance", "ence"}
	case 'e':
		sufs = []string{"er"}
	case 'i':
		sufs = []string{"ic"}
	case 'l':
		sufs = []string{"able", "ible"}
	case 'n':
		sufs = []string{"ant", "ement", "ment", "ent"}
	case 'o':
		if s.ends("ion") && s.j >= 0 && (s.b[s.j] == 's' || s.b[s.j] == 't') {
			if s.m() > 1 {
				s.b = s.b[:s.j+1]
			}
			return
		}
		sufs = []string{"ou"}
	case 's':
		sufs = []string{"ism"}
	case 't':
		sufs = []string{"ate", "iti"}
	case 'u':
		sufs = []string{"ous"}
	case 'v':
		sufs = []string{"ive"}
	case 'z':
		sufs = []string{"ize"}
	}
	for _, suf := range sufs {
		if s.ends(suf) {
			if s.m() > 1 {
				s.b = s.b[:s.j+1]
			}
			return
		}
	}
}

// step5 drops a final -e and turns -ll into -l when m > 1.
func (s *stemmer) step5() {
	s.j = len(s.b) - 1
	if s.b[s.j] == 'e' {
		s.j--
		a := s.m()
		if a > 1 || a == 1 && !s.cvc(s.j) {
			s.b = s.b[:len(s.b)-1]
		}
	}
	s.j = len(s.b) - 1
	if s.b[s.j] == 'l' && s.doubleC(s.j) && s.m() > 1 {
		s.b = s.b[:len(s.b)-1]
	}
}
