package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.Journey;
import com.touchpoint.attribution.journey.JourneySet;
import java.time.Duration;

/**
 * Credit proportional to 2^(−age / half-life), age being the time from the touch to the conversion. Journeys
 * without touch times (path reports) count the touch at position k of n (0-based) as n − k days old.
 */
public final class TimeDecayModel extends TouchWeightingModel {
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);
    private static final double SECONDS_PER_DAY = 86_400;

    private final double halfLifeSeconds;

    public TimeDecayModel() {
        this(DEFAULT_HALF_LIFE);
    }

    public TimeDecayModel(Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("The time-decay half-life must be positive; got " + halfLife);
        }
        this.halfLifeSeconds = halfLife.toMillis() / 1000.0;
    }

    @Override
    public String name() {
        return "Time decay";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        return (journey, weights) -> {
            int length = journey.length();
            // Ages are measured from the newest touch: the normalised weights stay the same, and
            // 2^(−age/half-life) cannot underflow to 0 for every touch of a very old journey.
            double newest = ageSeconds(journey, length - 1);
            double sum = 0;
            for (int k = 0; k < length; k++) {
                weights[k] = Math.pow(2, -(ageSeconds(journey, k) - newest) / halfLifeSeconds);
                sum += weights[k];
            }
            for (int k = 0; k < length; k++) {
                weights[k] /= sum;
            }
        };
    }

    private static double ageSeconds(Journey journey, int position) {
        return journey.hasAges() ? journey.ageSecondsAt(position) : (journey.length() - position) * SECONDS_PER_DAY;
    }
}
