package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half (class-balanced,
// L2 0.1: few general features, strongly regularised, so that they carry
// to stories the fit never saw; the cross-validation by story in the same
// command is the figure to expect on them).
var stanceWeights = [][]float64{
	{-0.0244, -0.1958, 0.1872, -0.0987, 0.0799, 0.0238, -0.0814, -0.2084, -0.0419, 0.0641, 0.1373, 0.1020, 0.1071, -0.2764, -0.0456, 0.0540, -0.1681, 0.1700, -0.1864, -0.0111, -0.0153, -0.0550, -0.0248, 0.0185, 0.0942, 0.0706}, // agree
	{0.1037, 0.4805, -0.0634, 0.1842, 0.0325, 0.0501, 0.0357, 0.0683, 0.0036, -0.0302, -0.2381, -0.2076, 0.1108, -0.2658, -0.0697, -0.0297, 0.2500, -0.1287, 0.1379, -0.0198, -0.0726, -0.0662, 0.0157, -0.0022, -0.0949, -0.0667}, // disagree
	{-0.0792, -0.2846, -0.1238, -0.0856, -0.1124, -0.0739, 0.0457, 0.1401, 0.0383, -0.0339, 0.1008, 0.1056, -0.2178, 0.5422, 0.1153, -0.0243, -0.0819, -0.0413, 0.0485, 0.0310, 0.0879, 0.1212, 0.0092, -0.0163, 0.0006, -0.0038},  // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
