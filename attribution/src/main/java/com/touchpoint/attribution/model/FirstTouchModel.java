package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneySet;
import java.util.Arrays;

/** All credit to the first touch of each converting journey. */
public final class FirstTouchModel extends TouchWeightingModel {
    @Override
    public String name() {
        return "First touch";
    }

    @Override
    protected Weigher weigherFor(JourneySet journeys) {
        return (journey, weights) -> {
            Arrays.fill(weights, 0, journey.length(), 0);
            weights[0] = 1;
        };
    }
}
