package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneySet;
import java.util.Arrays;

/** Equal credit to every touch of a converting journey. */
public final class LinearModel extends TouchWeightingModel {
    @Override
    public String name() {
        return "Linear";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        return (journey, weights) -> Arrays.fill(weights, 0, journey.length(), 1.0 / journey.length());
    }
}
