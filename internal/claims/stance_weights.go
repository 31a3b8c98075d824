package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1: few general features, strongly regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0259, -0.2004, 0.2088, -0.0866, 0.0755, 0.0275, -0.0752, -0.2034, -0.0432, 0.0665, 0.1410, 0.1053, 0.1422, -0.2456, -0.0494, 0.0537, -0.1668, 0.1718, -0.1886, -0.0115, -0.0192, -0.0576, -0.0256, 0.0185, 0.0940, 0.0700}, // agree
	{0.0936, 0.4775, -0.0527, 0.1986, 0.0309, 0.0514, 0.0397, 0.0703, 0.0027, -0.0287, -0.2353, -0.2052, 0.1369, -0.1817, -0.0772, -0.0296, 0.2506, -0.1319, 0.1409, -0.0215, -0.0753, -0.0694, 0.0152, -0.0027, -0.0951, -0.0668}, // disagree
	{-0.0677, -0.2771, -0.1562, -0.1120, -0.1065, -0.0789, 0.0355, 0.1331, 0.0405, -0.0378, 0.0944, 0.0998, -0.2790, 0.4274, 0.1266, -0.0241, -0.0838, -0.0399, 0.0477, 0.0331, 0.0945, 0.1271, 0.0103, -0.0159, 0.0010, -0.0032},  // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
