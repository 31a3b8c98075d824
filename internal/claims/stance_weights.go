package claims

// stanceWeights are the multinomial logistic weights, one row per class of
// StanceClasses, one column per StanceFeatures; fitted with
// `corroborate eval stance --fit` on the development half.
var stanceWeights = [][]float64{
	{-0.4445, -0.1437, -0.1308, -0.1542, -0.6184, -0.2143, 0.2163, 0.5305, -0.7519, 0.8505, -1.1364, 0.7788, 0.4739, 0.4420, 0.2005, -0.0810, 0.0538, 0.9219, -1.5527, 0.5160},  // agree
	{0.5378, 1.1064, 0.8942, 0.2880, -0.3763, -0.4894, -0.0985, 0.5818, -0.5065, -1.0654, 0.5636, -0.5658, -1.0396, -0.6620, 0.2356, 0.2024, -0.0432, 0.3437, -1.1031, -0.7674}, // disagree
	{-0.0933, -0.9627, -0.7634, -0.1338, 0.9947, 0.7037, -0.1179, -1.1123, 1.2585, 0.2148, 0.5729, -0.2130, 0.5657, 0.2200, -0.4361, -0.1214, -0.0106, -1.2656, 2.6558, 0.2514}, // discuss
}

// stanceBias rescales the class probabilities before the decision, to trade
// the frequent class for the rare ones (macro-F1).
var stanceBias = []float64{1, 1, 1}
