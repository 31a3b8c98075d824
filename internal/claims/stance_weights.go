package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story weighing the same whatever its number of pairs:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{0.0412, -0.2268, 0.1903, -0.1507, -0.0197, -0.0523, -0.0798, -0.2742, -0.0666, 0.0319, 0.1506, 0.1087, -0.0247, -0.2709, -0.0893, 0.0430, -0.0794, 0.1208, -0.0863, -0.0120, 0.0698, 0.0664, 0.0004, -0.0302, 0.0723, 0.0647}, // agree
	{-0.0075, 0.4247, -0.0573, 0.2852, 0.1479, 0.0377, 0.1126, -0.0966, 0.0030, 0.0760, -0.1960, -0.2248, 0.2632, -0.2609, -0.1182, 0.0972, 0.0903, -0.1262, 0.0851, -0.0193, -0.0862, 0.0013, -0.0131, 0.0340, -0.1037, -0.0918},  // disagree
	{-0.0338, -0.1979, -0.1330, -0.1345, -0.1281, 0.0145, -0.0328, 0.3708, 0.0636, -0.1079, 0.0454, 0.1160, -0.2385, 0.5318, 0.2076, -0.1402, -0.0109, 0.0054, 0.0013, 0.0313, 0.0164, -0.0677, 0.0127, -0.0037, 0.0315, 0.0271},   // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
