package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0665, -0.1058, 0.1458, -0.1444, 0.0705, 0.0292, -0.0600, -0.2139, -0.0407, 0.0570, 0.1527, 0.1090, 0.0128, -0.2652, -0.0398, 0.0462, -0.1144, 0.1144, -0.1249, -0.0302, 0.0369, -0.0035, -0.0067, -0.0044, 0.0855, 0.0672}, // agree
	{0.0327, 0.3757, -0.0316, 0.2454, 0.1288, 0.0556, 0.0626, 0.0212, 0.0081, 0.0025, -0.2143, -0.2132, 0.1993, -0.2280, -0.0571, 0.0505, 0.1230, -0.1039, 0.1067, -0.0180, -0.0890, -0.0215, -0.0030, 0.0041, -0.1027, -0.0824},   // disagree
	{0.0338, -0.2699, -0.1142, -0.1010, -0.1993, -0.0848, -0.0027, 0.1927, 0.0326, -0.0595, 0.0616, 0.1042, -0.2121, 0.4932, 0.0969, -0.0967, -0.0086, -0.0105, 0.0182, 0.0481, 0.0521, 0.0250, 0.0097, 0.0003, 0.0172, 0.0152},    // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
