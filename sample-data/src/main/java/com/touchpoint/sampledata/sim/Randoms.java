package com.touchpoint.sampledata.sim;

import java.util.SplittableRandom;

/** Random streams derived from the seed, and the few distributions the simulation draws from. */
public final class Randoms {

    private Randoms() {
    }

    /** An independent stream for one purpose (a file, a person, a day), so changing one never shifts another. */
    public static SplittableRandom stream(long seed, String purpose, long index) {
        long h = mix(seed);
        for (int i = 0; i < purpose.length(); i++) {
            h = mix(h ^ purpose.charAt(i));
        }
        return new SplittableRandom(mix(h ^ mix(index)));
    }

    /** SplitMix64 finaliser: spreads the bits of a 64-bit value. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Exponential with mean 1. */
    public static double exp1(SplittableRandom rng) {
        return -Math.log(1.0 - rng.nextDouble());
    }

    /** Poisson count with mean {@code lambda}; normal approximation above 60. */
    public static int poisson(SplittableRandom rng, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 60) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(rng)));
        }
        double limit = Math.exp(-lambda);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            count++;
        }
        return count;
    }

    /** Standard normal (Box-Muller, one value per call). */
    public static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** Log-normal factor with median 1 and log standard deviation {@code sigma}. */
    public static double logNormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * gaussian(rng));
    }

    /** Index drawn with probability proportional to {@code weights[i]}. */
    public static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = rng.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
