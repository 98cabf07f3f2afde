package com.touchpoint.attribution.shapley;

/**
 * How to sample Shapley values: the random seed, the target precision (the largest standard error divided by the
 * total worth v(N) − v(∅)), and a cap on the number of permutations.
 */
public record SamplingPlan(long seed, double relativePrecision, int maxPermutations) {
    public static final SamplingPlan DEFAULT = new SamplingPlan(20_180_101L, 0.002, 50_000);

    public SamplingPlan {
        if (!(relativePrecision > 0) || maxPermutations < 2) {
            throw new IllegalArgumentException("Sampling needs a precision above 0 and at least 2 permutations; got "
                    + relativePrecision + " and " + maxPermutations);
        }
    }
}
