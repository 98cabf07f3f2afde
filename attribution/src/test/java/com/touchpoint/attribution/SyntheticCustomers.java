package com.touchpoint.attribution;

import java.util.SplittableRandom;

/**
 * Random customers with structure, for benchmarks: the first touch follows an acquisition mix, later touches
 * repeat the previous channel 35 % of the time and otherwise follow a popularity mix, and the chance to convert
 * rises with each distinct channel's planted effect (logistic model).
 */
public final class SyntheticCustomers {
    private final int channels;
    private final double[] firstMix;
    private final double[] nextMix;
    private final double[] effect;
    private final int maxTouches;
    private final double baseLogit;

    /**
     * @param maxTouches touches per customer are uniform in 1 … maxTouches
     * @param baseLogit  log-odds of converting before channel effects
     */
    public SyntheticCustomers(int channels, int maxTouches, double baseLogit, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        this.channels = channels;
        this.maxTouches = maxTouches;
        this.baseLogit = baseLogit;
        this.firstMix = cumulative(random, channels);
        this.nextMix = cumulative(random, channels);
        this.effect = new double[channels];
        for (int c = 0; c < channels; c++) {
            effect[c] = random.nextDouble() * 0.8;
        }
    }

    /** Fills {@code path} with one customer's touches and returns how many there are. */
    public int path(SplittableRandom random, int[] path) {
        int length = 1 + random.nextInt(maxTouches);
        path[0] = draw(firstMix, random);
        for (int k = 1; k < length; k++) {
            path[k] = random.nextDouble() < 0.35 ? path[k - 1] : draw(nextMix, random);
        }
        return length;
    }

    /** Whether the customer with this path converts. */
    public boolean converts(SplittableRandom random, int[] path, int length) {
        long seen = 0;
        double logit = baseLogit;
        for (int k = 0; k < length; k++) {
            if ((seen & (1L << path[k])) == 0) {
                seen |= 1L << path[k];
                logit += effect[path[k]];
            }
        }
        return random.nextDouble() < 1 / (1 + Math.exp(-logit));
    }

    public int channels() {
        return channels;
    }

    /** Popularity weights falling like 1/(rank+1), in shuffled channel order, as a cumulative distribution. */
    private static double[] cumulative(SplittableRandom random, int channels) {
        double[] weights = new double[channels];
        for (int c = 0; c < channels; c++) {
            weights[c] = 1.0 / (c + 1);
        }
        for (int c = channels - 1; c > 0; c--) {
            int other = random.nextInt(c + 1);
            double keep = weights[c];
            weights[c] = weights[other];
            weights[other] = keep;
        }
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            sum += weights[c];
            weights[c] = sum;
        }
        for (int c = 0; c < channels; c++) {
            weights[c] /= sum;
        }
        return weights;
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < u) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
