package cluster

import "math"

// idfRows and idfBits size the document-frequency sketch: two rows of 2^20
// counters, 8 MiB whatever the vocabulary.
const (
	idfRows = 2
	idfBits = 20
)

// docFreq is a count-min sketch of document frequencies learnt from the
// stream, with exponential forgetting so that the weights follow the news
// of the moment. Its memory is fixed.
type docFreq struct {
	rows  [idfRows][]uint32
	docs  float64 // documents seen, halved with the counts
	since int     // documents since the last halving
	// halfLife is the number of documents after which counts halve;
	// 0 never halves.
	halfLife int
	// prior is a number of pseudo-documents in which no term occurs: it
	// keeps the first documents of a stream from calling their own words
	// common.
	prior float64
	// logDocs is log(docs+prior+1) as it was when docs was logDocsOf.
	logDocs, logDocsOf float64
}

func newDocFreq(halfLife int, prior float64) *docFreq {
	d := &docFreq{halfLife: halfLife, prior: prior}
	for r := range d.rows {
		d.rows[r] = make([]uint32, 1<<idfBits)
	}
	return d
}

// slot returns the counter of h in row r.
func slot(h uint64, r int) uint64 {
	return (h >> (uint(r) * 32)) & (1<<idfBits - 1)
}

// observe counts one document with the given distinct terms.
func (d *docFreq) observe(terms []Term) {
	for _, t := range terms {
		for r := range d.rows {
			if c := &d.rows[r][slot(t.Hash, r)]; *c < math.MaxUint32 {
				*c++
			}
		}
	}
	d.docs++
	d.since++
	if d.halfLife > 0 && d.since >= d.halfLife {
		d.halve()
	}
}

func (d *docFreq) halve() {
	for r := range d.rows {
		row := d.rows[r]
		for i := range row {
			row[i] >>= 1
		}
	}
	d.docs /= 2
	d.since = 0
}

// count is the estimated number of documents containing h.
func (d *docFreq) count(h uint64) uint32 {
	c := d.rows[0][slot(h, 0)]
	for r := 1; r < idfRows; r++ {
		c = min(c, d.rows[r][slot(h, r)])
	}
	return c
}

// idf is the smoothed inverse document frequency of h:
// log((docs+prior+1) / (count+1)).
func (d *docFreq) idf(h uint64) float64 {
	if d.logDocs == 0 || d.logDocsOf != d.docs {
		d.logDocs, d.logDocsOf = math.Log(d.docs+d.prior+1), d.docs
	}
	return d.logDocs - logOnePlus(d.count(h))
}

// logTable holds log(1+c) for the small counts most terms have.
var logTable = func() (t [4096]float64) {
	for c := range t {
		t[c] = math.Log(float64(c) + 1)
	}
	return t
}()

// logOnePlus is log(1+c) for a count c.
func logOnePlus(c uint32) float64 {
	if c < uint32(len(logTable)) {
		return logTable[c]
	}
	return math.Log(float64(c) + 1)
}
