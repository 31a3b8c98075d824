package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.03: few general features, strongly regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0934, -0.4205, 0.5344, -0.2950, 0.1203, 0.1084, -0.1237, -0.4245, -0.1471, 0.1480, 0.3197, 0.2306, 0.3216, -0.4915, -0.0746, 0.1200},  // agree
	{0.2755, 1.0005, -0.1349, 0.4546, 0.1014, 0.0008, 0.0240, 0.0431, 0.0427, -0.0823, -0.5159, -0.4381, 0.2807, -0.2683, -0.2115, -0.0730},   // disagree
	{-0.1821, -0.5800, -0.3995, -0.1596, -0.2217, -0.1093, 0.0997, 0.3814, 0.1043, -0.0657, 0.1963, 0.2074, -0.6024, 0.7598, 0.2861, -0.0470}, // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
