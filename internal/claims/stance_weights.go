package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0513, -0.1045, 0.1502, -0.1463, 0.0708, 0.0314, -0.0719, -0.2323, -0.0423, 0.0559, 0.1537, 0.1095, 0.0133, -0.2692, -0.0397, 0.0462, -0.1127, 0.1170, -0.1263, -0.0276, 0.0410, -0.0021, -0.0059, -0.0056, 0.0862, 0.0678}, // agree
	{0.0365, 0.3763, -0.0319, 0.2443, 0.1280, 0.0561, 0.0664, 0.0076, 0.0056, 0.0059, -0.2149, -0.2131, 0.1980, -0.2218, -0.0576, 0.0504, 0.1244, -0.1032, 0.1061, -0.0168, -0.0988, -0.0326, -0.0057, 0.0069, -0.1028, -0.0820},   // disagree
	{0.0148, -0.2718, -0.1183, -0.0979, -0.1988, -0.0875, 0.0055, 0.2247, 0.0367, -0.0618, 0.0612, 0.1035, -0.2113, 0.4910, 0.0972, -0.0966, -0.0117, -0.0138, 0.0201, 0.0444, 0.0578, 0.0348, 0.0116, -0.0012, 0.0166, 0.0142},    // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
