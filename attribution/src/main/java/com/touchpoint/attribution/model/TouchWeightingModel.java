package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.Journey;
import com.touchpoint.attribution.journey.JourneySet;

/**
 * A rule-based model: each converting journey spreads one conversion (and its value) over its touches with
 * weights that sum to 1. Repeated touches of a channel each get their own weight.
 */
public abstract class TouchWeightingModel implements AttributionModel {

    /** Fills {@code weights[0 .. journey.length())} with non-negative weights summing to 1. */
    @FunctionalInterface
    protected interface Weigher {
        void weigh(Journey journey, double[] weights);
    }

    /** The weighing rule for the journeys of one set (it may look up channel indices once). */
    protected abstract Weigher weigherFor(JourneySet journeys);

    @Override
    public final AttributionResult attribute(JourneySet journeys) {
        Weigher weigher = weigherFor(journeys);
        int channelCount = journeys.channels().size();
        double[] conversions = new double[channelCount];
        double[] value = new double[channelCount];
        double[] weights = new double[16];
        double totalConversions = 0;
        double totalValue = 0;
        for (Journey journey : journeys.journeys()) {
            if (!journey.converted()) {
                continue;
            }
            if (weights.length < journey.length()) {
                weights = new double[journey.length() * 2];
            }
            weigher.weigh(journey, weights);
            for (int k = 0; k < journey.length(); k++) {
                conversions[journey.channelAt(k)] += weights[k] * journey.count();
                value[journey.channelAt(k)] += weights[k] * journey.value();
            }
            totalConversions += journey.count();
            totalValue += journey.value();
        }
        return AttributionResult.of(name(), journeys.channels(), conversions, value, totalConversions, totalValue);
    }
}
