// Package simulate generates a seeded, synthetic stream of news articles
// with known stories, to measure clustering at volume: a simulated day of a
// million articles, say, without any real text.
//
// Words are made of syllables; a background Zipf distribution stands for
// everyday language. Each story draws its own topic words, names and
// numbers, a start time and a duration; a share of stories are related to
// an earlier one and reuse half of its topic words, as follow-ups and
// neighbouring stories do. Story sizes are heavy-tailed, and a share of
// articles are one-offs. Articles are produced in time order; article i is
// a pure function of (seed, i), so a stream can be regenerated, split or
// generated in parallel.
package simulate

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/corroborate/corroborate/internal/cluster"
)

// Config shapes a simulated stream. Zero fields take the defaults given.
type Config struct {
	Seed     uint64
	Articles int           // default 1,000,000
	Start    time.Time     // default 2017-08-04 00:00 UTC
	Span     time.Duration // default 24h
	// MeanDuration is the mean time over which a story's articles appear
	// (exponential). Default 4h.
	MeanDuration time.Duration
	// Related is the share of stories that reuse half the topic words of
	// an earlier story. Default 0.3.
	Related float64
	// OneOffs is the probability that a planned story has one article
	// only. Default 0.6.
	OneOffs float64
	// Sentences is the number of sentences per article, of 12 to 27 words
	// each. Default 8.
	Sentences int
}

func (c Config) withDefaults() Config {
	if c.Articles <= 0 {
		c.Articles = 1_000_000
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2017, 8, 4, 0, 0, 0, 0, time.UTC)
	}
	if c.Span <= 0 {
		c.Span = 24 * time.Hour
	}
	if c.MeanDuration <= 0 {
		c.MeanDuration = 4 * time.Hour
	}
	if c.Related <= 0 {
		c.Related = 0.3
	}
	if c.OneOffs <= 0 {
		c.OneOffs = 0.6
	}
	if c.Sentences <= 0 {
		c.Sentences = 8
	}
	return c
}

const (
	vocabulary  = 40_000 // background words
	topicWords  = 12     // per story
	storyNames  = 3      // two-word names per story
	storyNumber = 2      // numbers per story
)

// story is what a simulated story's articles draw from.
type story struct {
	words   [topicWords]int
	names   [storyNames][2]int
	numbers [storyNumber]int
}

// event places one article: when, and in which story.
type event struct {
	at    time.Duration // since Config.Start
	story int32
}

// Stream is a generated stream. Its memory is a few bytes per article for
// the schedule plus the stories; texts are generated on demand.
type Stream struct {
	cfg     Config
	stories []story
	events  []event
}

// New plans a stream: the stories and the time of every article.
func New(cfg Config) *Stream {
	cfg = cfg.withDefaults()
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5157))
	// Sizes of the other stories: 2 + Zipf(s=2), heavy-tailed up to 4,000,
	// about 6 on average; with the one-offs, about 3 articles a story.
	sizes := rand.NewZipf(r, 2, 1, 4000)
	s := &Stream{cfg: cfg, events: make([]event, 0, cfg.Articles)}
	for len(s.events) < cfg.Articles {
		id := int32(len(s.stories))
		s.stories = append(s.stories, s.newStory(r))
		n := 1
		if r.Float64() >= cfg.OneOffs {
			n = 2 + int(sizes.Uint64())
		}
		begin := time.Duration(r.Int64N(int64(cfg.Span)))
		// A story runs for an exponential time; its articles after the end
		// of the span are not part of the stream, so the rate stays level
		// to the end.
		dur := time.Duration(r.ExpFloat64() * float64(cfg.MeanDuration))
		for range n {
			if at := begin + time.Duration(r.Float64()*float64(dur)); at < cfg.Span {
				s.events = append(s.events, event{at: at, story: id})
			}
		}
	}
	s.events = s.events[:cfg.Articles]
	slices.SortStableFunc(s.events, func(a, b event) int { return cmp.Compare(a.at, b.at) })
	return s
}

func (s *Stream) newStory(r *rand.Rand) story {
	var st story
	n := 0
	if len(s.stories) > 0 && r.Float64() < s.cfg.Related {
		prev := s.stories[r.IntN(len(s.stories))]
		n = copy(st.words[:], prev.words[:topicWords/2])
		st.names[0] = prev.names[0]
	}
	for ; n < topicWords; n++ {
		st.words[n] = 500 + r.IntN(vocabulary-500)
	}
	for i := range st.names {
		if i == 0 && st.names[0] != [2]int{} {
			continue
		}
		st.names[i] = [2]int{r.IntN(vocabulary), r.IntN(vocabulary)}
	}
	for i := range st.numbers {
		st.numbers[i] = 10 + r.IntN(99_990)
	}
	return st
}

// Len is the number of articles.
func (s *Stream) Len() int { return len(s.events) }

// Stories is the number of stories planned (some may have no article if the
// stream was cut short).
func (s *Stream) Stories() int { return len(s.stories) }

// Item returns article i (0 <= i < Len) and its story.
func (s *Stream) Item(i int) (cluster.Item, int) {
	ev := s.events[i]
	st := &s.stories[ev.story]
	r := rand.New(rand.NewPCG(s.cfg.Seed, uint64(i)+1))
	zipf := rand.NewZipf(r, 1.1, 1, vocabulary-1)
	var b strings.Builder
	b.Grow(s.cfg.Sentences * 160)
	for range s.cfg.Sentences {
		n := 12 + r.IntN(16)
		for w := range n {
			var word string
			switch p := r.Float64(); {
			case p < 0.3:
				word = syllables(st.words[r.IntN(topicWords)])
			case p < 0.36:
				nm := st.names[r.IntN(storyNames)]
				word = capital(syllables(nm[0])) + " " + capital(syllables(nm[1]))
			case p < 0.38:
				word = strconv.Itoa(st.numbers[r.IntN(storyNumber)])
			default:
				word = syllables(int(zipf.Uint64()))
			}
			if w == 0 {
				word = capital(word)
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(word)
		}
		b.WriteString(". ")
	}
	return cluster.Item{
		ID:   "sim-" + strconv.Itoa(i),
		Text: b.String(),
		Time: s.cfg.Start.Add(ev.at),
	}, int(ev.story)
}

var syllableSet = strings.Fields("ka lo mi ne ru sa ti vo be da fe gu hi jo ku la me no pa re si to va we xi yo zu ban dor kel")

// syllables spells the number n as a word of two to four syllables.
func syllables(n int) string {
	var b strings.Builder
	k := len(syllableSet)
	b.WriteString(syllableSet[n%k])
	n /= k
	b.WriteString(syllableSet[n%k])
	for n /= k; n > 0; n /= k {
		b.WriteString(syllableSet[n%k])
	}
	return b.String()
}

func capital(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}
