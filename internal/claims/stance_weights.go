package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story weighing the same whatever its number of pairs:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{0.0389, -0.2306, 0.1878, -0.1505, -0.0233, -0.0539, -0.0651, -0.2771, -0.0669, 0.0428, 0.1500, 0.1080, -0.0263, -0.2714, -0.0895, 0.0417, -0.0800, 0.1202, -0.0859, -0.0119, 0.0785, 0.0639, 0.0006, -0.0166, 0.0713, 0.0637}, // agree
	{0.0006, 0.4326, -0.0535, 0.2855, 0.1539, 0.0416, 0.0715, -0.0884, 0.0038, 0.0589, -0.1958, -0.2237, 0.2662, -0.2591, -0.1176, 0.0992, 0.0900, -0.1262, 0.0851, -0.0202, -0.0957, 0.0045, -0.0133, 0.0198, -0.1024, -0.0899},   // disagree
	{-0.0395, -0.2020, -0.1343, -0.1350, -0.1306, 0.0123, -0.0064, 0.3654, 0.0631, -0.1017, 0.0458, 0.1157, -0.2399, 0.5306, 0.2071, -0.1409, -0.0100, 0.0061, 0.0008, 0.0321, 0.0172, -0.0684, 0.0127, -0.0033, 0.0311, 0.0263},   // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
