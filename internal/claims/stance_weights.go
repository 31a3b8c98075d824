package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1, each story weighing the same whatever its number of pairs:
// few general features, regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{0.0392, -0.2286, 0.1888, -0.1506, -0.0215, -0.0532, -0.0704, -0.2761, -0.0667, 0.0400, 0.1507, 0.1086, -0.0258, -0.2712, -0.0894, 0.0424, -0.0797, 0.1206, -0.0862, -0.0119, 0.0727, 0.0655, 0.0005, -0.0259, 0.0717, 0.0642}, // agree
	{-0.0015, 0.4283, -0.0552, 0.2859, 0.1512, 0.0396, 0.0924, -0.0926, 0.0033, 0.0604, -0.1971, -0.2251, 0.2655, -0.2601, -0.1180, 0.0983, 0.0904, -0.1266, 0.0853, -0.0198, -0.0882, 0.0031, -0.0133, 0.0288, -0.1028, -0.0908},  // disagree
	{-0.0376, -0.1997, -0.1336, -0.1353, -0.1297, 0.0136, -0.0220, 0.3687, 0.0634, -0.1004, 0.0464, 0.1165, -0.2397, 0.5313, 0.2074, -0.1407, -0.0108, 0.0060, 0.0008, 0.0317, 0.0155, -0.0685, 0.0128, -0.0030, 0.0312, 0.0267},   // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
