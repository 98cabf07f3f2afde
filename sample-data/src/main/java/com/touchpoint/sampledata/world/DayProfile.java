package com.touchpoint.sampledata.world;

import com.touchpoint.sampledata.sim.Randoms;
import java.util.SplittableRandom;

/**
 * When in the day people are active: a step profile over local time, used both for session start times and for
 * the online purchase hazard, which is spread over the day in proportion to it (it averages 1 over 24 hours).
 */
public final class DayProfile {

    /** Step boundaries in seconds after local midnight; store hours are 10:00 to 22:00. */
    public static final int[] BOUNDS = {0, 6 * 3600, 10 * 3600, 14 * 3600, 18 * 3600, 22 * 3600, 24 * 3600};
    public static final int STORE_OPENS = 10 * 3600;
    public static final int STORE_CLOSES = 22 * 3600;
    private static final double[] RAW = {0.15, 0.8, 1.3, 1.1, 1.6, 1.0};
    private static final double[] INTENSITY = normalise();
    private static final double[] MASS = mass();

    private DayProfile() {
    }

    private static double[] normalise() {
        double area = 0;
        for (int i = 0; i < RAW.length; i++) {
            area += RAW[i] * (BOUNDS[i + 1] - BOUNDS[i]);
        }
        double[] out = new double[RAW.length];
        for (int i = 0; i < RAW.length; i++) {
            out[i] = RAW[i] * 86_400 / area;
        }
        return out;
    }

    private static double[] mass() {
        double[] mass = new double[INTENSITY.length];
        for (int i = 0; i < mass.length; i++) {
            mass[i] = INTENSITY[i] * (BOUNDS[i + 1] - BOUNDS[i]);
        }
        return mass;
    }

    /** Relative activity in the step containing {@code secondOfDay}; the day's average is 1. */
    public static double intensity(int secondOfDay) {
        for (int i = BOUNDS.length - 2; i >= 0; i--) {
            if (secondOfDay >= BOUNDS[i]) {
                return INTENSITY[i];
            }
        }
        return INTENSITY[0];
    }

    /** A second of the day drawn in proportion to activity. */
    public static int drawSecond(SplittableRandom rng) {
        int step = Randoms.weighted(rng, MASS);
        return BOUNDS[step] + rng.nextInt(BOUNDS[step + 1] - BOUNDS[step]);
    }
}
