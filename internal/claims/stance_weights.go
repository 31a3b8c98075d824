package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0417, -0.1848, 0.1438, -0.1351, 0.0764, -0.0283, -0.0588, -0.2255, -0.0419, 0.0537, 0.1531, 0.1084, 0.0072, -0.2690, -0.0359, 0.0471, -0.0693, 0.1146, -0.1171, -0.0068, 0.0390, -0.0022, -0.0063, -0.0068, 0.0857, 0.0685}, // agree
	{0.0367, 0.4317, -0.0361, 0.2472, 0.1222, 0.0797, 0.0533, -0.0030, 0.0051, 0.0188, -0.2101, -0.2081, 0.2097, -0.2250, -0.0603, 0.0529, 0.1099, -0.0994, 0.0939, -0.0242, -0.0978, -0.0331, -0.0051, 0.0098, -0.1022, -0.0825},   // disagree
	{0.0050, -0.2469, -0.1077, -0.1121, -0.1986, -0.0514, 0.0055, 0.2286, 0.0368, -0.0725, 0.0569, 0.0997, -0.2169, 0.4939, 0.0962, -0.0999, -0.0406, -0.0153, 0.0233, 0.0310, 0.0588, 0.0353, 0.0114, -0.0030, 0.0165, 0.0139},     // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
