package com.touchpoint.attribution.shapley;

/**
 * Shapley values with their standard errors (zero when exact), the number of sampled permutations (0 when exact)
 * and whether the requested precision was reached (always true when exact).
 */
public record ShapleyEstimate(double[] values, double[] standardErrors, int permutations,
                              boolean precisionReached) {
    public static ShapleyEstimate exact(double[] values) {
        return new ShapleyEstimate(values, new double[values.length], 0, true);
    }

    public boolean exact() {
        return permutations == 0;
    }
}
