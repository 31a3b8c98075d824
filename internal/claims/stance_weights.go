package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0390, -0.1838, 0.1431, -0.1359, 0.0608, -0.0283, -0.0572, -0.2265, -0.0414, 0.0547, 0.1544, 0.1096, 0.0058, -0.2695, -0.0359, 0.0482, -0.0693, 0.1146, -0.1171, -0.0069, 0.0399, -0.0020, -0.0061, -0.0066, 0.0859, 0.0687}, // agree
	{0.0366, 0.4309, -0.0360, 0.2474, 0.1304, 0.0803, 0.0524, -0.0032, 0.0052, 0.0190, -0.2104, -0.2081, 0.2100, -0.2253, -0.0605, 0.0525, 0.1103, -0.0994, 0.0939, -0.0235, -0.0975, -0.0327, -0.0050, 0.0102, -0.1022, -0.0823},   // disagree
	{0.0023, -0.2471, -0.1071, -0.1115, -0.1911, -0.0520, 0.0048, 0.2297, 0.0362, -0.0738, 0.0560, 0.0984, -0.2158, 0.4948, 0.0963, -0.1007, -0.0410, -0.0152, 0.0232, 0.0304, 0.0577, 0.0348, 0.0111, -0.0036, 0.0163, 0.0136},     // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
