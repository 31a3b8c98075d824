package cluster

// BCubed scores predicted clusters against gold ones over the same items
// (gold[i] and pred[i] are the labels of item i): the mean over items of the
// share of the item's predicted cluster that is in its gold cluster
// (precision) and of its gold cluster that is in its predicted one (recall).
// Both are 1 for no items.
func BCubed[G, P comparable](gold []G, pred []P) (precision, recall float64) {
	if len(gold) == 0 {
		return 1, 1
	}
	type pair struct {
		g G
		p P
	}
	both := map[pair]int{}
	ng, np := map[G]int{}, map[P]int{}
	for i := range gold {
		both[pair{gold[i], pred[i]}]++
		ng[gold[i]]++
		np[pred[i]]++
	}
	for i := range gold {
		n := float64(both[pair{gold[i], pred[i]}])
		precision += n / float64(np[pred[i]])
		recall += n / float64(ng[gold[i]])
	}
	return precision / float64(len(gold)), recall / float64(len(gold))
}
