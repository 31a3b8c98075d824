package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story weighing the same whatever its number of pairs:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{0.0638, -0.2439, 0.1815, -0.1489, -0.0273, -0.0579, -0.0151, -0.2353, -0.0673, 0.0354, 0.1494, 0.1032, -0.0282, -0.2838, -0.0970, 0.0416, -0.0799, 0.1165, -0.0839, -0.0075, 0.0670, 0.0326, 0.0038, -0.0302, 0.0707, 0.0600}, // agree
	{0.0040, 0.4273, -0.0520, 0.2849, 0.1521, 0.0380, 0.0899, -0.1152, 0.0059, 0.0774, -0.1936, -0.2234, 0.2669, -0.2605, -0.1195, 0.0975, 0.0908, -0.1260, 0.0847, -0.0209, -0.1239, 0.0063, -0.0125, 0.0348, -0.1026, -0.0911},   // disagree
	{-0.0678, -0.1834, -0.1295, -0.1360, -0.1247, 0.0199, -0.0748, 0.3506, 0.0613, -0.1129, 0.0443, 0.1202, -0.2387, 0.5443, 0.2165, -0.1391, -0.0108, 0.0095, -0.0008, 0.0284, 0.0570, -0.0389, 0.0087, -0.0046, 0.0320, 0.0311},  // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
