package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0262, -0.2266, 0.1806, -0.1422, 0.0682, -0.0216, -0.0606, -0.2178, -0.0432, 0.0571, 0.1525, 0.1065, -0.0042, -0.2696, -0.0350, 0.0505, -0.1048, 0.1368, -0.1121, -0.0012, 0.0363, 0.0064, -0.0083, -0.0043, 0.0847, 0.0662}, // agree
	{0.0109, 0.4781, -0.0601, 0.2585, 0.1222, 0.0858, 0.0581, -0.0132, 0.0114, 0.0154, -0.2086, -0.2052, 0.2180, -0.2242, -0.0623, 0.0481, 0.1430, -0.1256, 0.0992, -0.0203, -0.0898, -0.0417, -0.0032, 0.0045, -0.1012, -0.0791},   // disagree
	{0.0153, -0.2515, -0.1206, -0.1163, -0.1904, -0.0643, 0.0025, 0.2309, 0.0318, -0.0725, 0.0561, 0.0987, -0.2138, 0.4939, 0.0973, -0.0986, -0.0382, -0.0112, 0.0129, 0.0215, 0.0535, 0.0353, 0.0115, -0.0002, 0.0165, 0.0129},     // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
