package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story weighing the same whatever its number of pairs:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{0.0403, -0.2605, 0.2002, -0.1667, -0.0255, -0.0610, 0.0113, -0.2256, -0.0673, 0.0284, 0.1549, 0.1103, -0.0316, -0.2831, -0.0962, 0.0423}, // agree
	{0.0387, 0.4460, -0.0729, 0.3078, 0.1471, 0.0394, 0.0526, -0.1202, 0.0053, 0.0868, -0.2023, -0.2349, 0.2738, -0.2626, -0.1197, 0.0971},    // disagree
	{-0.0791, -0.1856, -0.1273, -0.1411, -0.1216, 0.0216, -0.0639, 0.3458, 0.0620, -0.1152, 0.0474, 0.1246, -0.2422, 0.5458, 0.2159, -0.1394}, // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
