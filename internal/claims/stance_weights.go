package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story's pairs discounted by the square root of its size:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0499, -0.1048, 0.1509, -0.1515, 0.0701, 0.0315, -0.0716, -0.2324, -0.0422, 0.0558, 0.1531, 0.1091, 0.0088, -0.2694, -0.0397, 0.0464, -0.1126, 0.1162, -0.1254, -0.0277, 0.0407, -0.0022, -0.0059, -0.0057, 0.0862, 0.0677}, // agree
	{0.0343, 0.3769, -0.0336, 0.2585, 0.1280, 0.0557, 0.0657, 0.0077, 0.0056, 0.0059, -0.2135, -0.2121, 0.2105, -0.2216, -0.0575, 0.0501, 0.1243, -0.1012, 0.1041, -0.0164, -0.0979, -0.0323, -0.0056, 0.0070, -0.1026, -0.0817},   // disagree
	{0.0156, -0.2720, -0.1173, -0.1069, -0.1981, -0.0873, 0.0059, 0.2247, 0.0367, -0.0618, 0.0604, 0.1030, -0.2193, 0.4909, 0.0972, -0.0965, -0.0117, -0.0150, 0.0214, 0.0442, 0.0572, 0.0345, 0.0115, -0.0013, 0.0165, 0.0140},    // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
