package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0290, -0.2216, 0.1781, -0.1424, 0.0687, -0.0233, -0.0598, -0.2203, -0.0428, 0.0568, 0.1526, 0.1071, -0.0023, -0.2695, -0.0350, 0.0496, -0.1014, 0.1326, -0.1134, -0.0030, 0.0368, 0.0036, -0.0080, -0.0047, 0.0846, 0.0668}, // agree
	{0.0173, 0.4678, -0.0597, 0.2580, 0.1209, 0.0907, 0.0572, -0.0106, 0.0105, 0.0163, -0.2087, -0.2064, 0.2156, -0.2248, -0.0621, 0.0500, 0.1381, -0.1221, 0.1002, -0.0156, -0.0905, -0.0378, -0.0038, 0.0056, -0.1007, -0.0800},   // disagree
	{0.0117, -0.2463, -0.1184, -0.1156, -0.1896, -0.0673, 0.0026, 0.2310, 0.0323, -0.0730, 0.0561, 0.0993, -0.2132, 0.4943, 0.0971, -0.0996, -0.0367, -0.0105, 0.0132, 0.0186, 0.0537, 0.0342, 0.0118, -0.0010, 0.0161, 0.0133},     // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
