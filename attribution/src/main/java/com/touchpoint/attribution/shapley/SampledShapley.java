package com.touchpoint.attribution.shapley;

import java.util.SplittableRandom;

/**
 * Monte Carlo Shapley values: the mean marginal contribution of each player over uniformly random orderings.
 * Every {@value #CHECK_EVERY} permutations the standard errors (sample standard deviation / √k) are compared with
 * the plan: sampling stops when the largest one, divided by |v(N) − v(∅)|, is at most the requested precision, or
 * at the permutation cap. (When v(N) = v(∅) the relative precision is undefined and sampling runs to the cap.)
 */
public final class SampledShapley {
    static final int CHECK_EVERY = 100;

    private SampledShapley() {
    }

    public static ShapleyEstimate estimate(CoalitionGame game, SamplingPlan plan) {
        int players = game.players();
        double total = Math.abs(game.worth(game.grandCoalition()) - game.worth(0));
        SplittableRandom random = new SplittableRandom(plan.seed());
        int[] order = new int[players];
        for (int p = 0; p < players; p++) {
            order[p] = p;
        }
        double[] contributions = new double[players];
        double[] mean = new double[players];
        double[] squaredDeviations = new double[players];
        double[] standardErrors = new double[players];
        for (int k = 1; ; k++) {
            shuffle(order, random);
            game.marginalContributions(order, contributions);
            for (int p = 0; p < players; p++) {
                double deviation = contributions[p] - mean[p];
                mean[p] += deviation / k;
                squaredDeviations[p] += deviation * (contributions[p] - mean[p]);
            }
            if (k % CHECK_EVERY == 0 || k == plan.maxPermutations()) {
                double largest = 0;
                for (int p = 0; p < players; p++) {
                    standardErrors[p] = Math.sqrt(squaredDeviations[p] / (k - 1) / k);
                    largest = Math.max(largest, standardErrors[p]);
                }
                boolean precise = total > 0 && largest <= plan.relativePrecision() * total;
                if (precise || k == plan.maxPermutations()) {
                    return new ShapleyEstimate(mean, standardErrors, k, precise);
                }
            }
        }
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
