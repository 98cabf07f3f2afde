package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneySet;
import java.util.Arrays;

/** All credit to the last touch before each conversion. */
public final class LastTouchModel extends TouchWeightingModel {
    @Override
    public String name() {
        return "Last touch";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        return (journey, weights) -> {
            Arrays.fill(weights, 0, journey.length(), 0);
            weights[journey.length() - 1] = 1;
        };
    }
}
