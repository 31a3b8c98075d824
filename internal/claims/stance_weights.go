package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0389, -0.1844, 0.1417, -0.1360, 0.0615, -0.0335, -0.0581, -0.2276, -0.0415, 0.0546, 0.1541, 0.1096, 0.0065, -0.2695, -0.0358, 0.0479, -0.0689, 0.1137, -0.1175, -0.0103, 0.0404, -0.0033, -0.0061, -0.0061, 0.0858, 0.0688}, // agree
	{0.0371, 0.4291, -0.0352, 0.2470, 0.1290, 0.0669, 0.0563, 0.0004, 0.0056, 0.0202, -0.2095, -0.2080, 0.2091, -0.2255, -0.0596, 0.0539, 0.1099, -0.0980, 0.0941, -0.0232, -0.0993, -0.0290, -0.0049, 0.0096, -0.1020, -0.0823},    // disagree
	{0.0018, -0.2447, -0.1065, -0.1110, -0.1905, -0.0334, 0.0018, 0.2272, 0.0359, -0.0748, 0.0554, 0.0984, -0.2156, 0.4950, 0.0953, -0.1018, -0.0410, -0.0157, 0.0235, 0.0334, 0.0589, 0.0323, 0.0111, -0.0035, 0.0162, 0.0135},     // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
