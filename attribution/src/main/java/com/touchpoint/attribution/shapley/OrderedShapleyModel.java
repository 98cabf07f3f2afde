package com.touchpoint.attribution.shapley;

import com.touchpoint.attribution.journey.Journey;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.AttributionResult;
import java.util.Arrays;

/**
 * Ordered Shapley values (Zhao et al., 2018) for the conversions worth: the simplified Shapley value
 * φ_i = Σ_{T ∋ i} conversions(T) / |T| split by the position at which the channel entered the journey. A converting
 * journey whose distinct channels, in order of first touch, are c_1 … c_k gives 1/k of its conversions and value to
 * each (c_j, position j); summed over positions this is exactly the simplified Shapley value.
 */
public final class OrderedShapleyModel implements AttributionModel {

    @Override
    public String name() {
        return "Ordered Shapley";
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        return analyse(journeys).attribution();
    }

    public OrderedShapleyAnalysis analyse(JourneySet journeys) {
        int channelCount = journeys.channels().size();
        double[][] conversionsByPosition = new double[channelCount][];
        Arrays.setAll(conversionsByPosition, c -> new double[0]);
        double[] value = new double[channelCount];
        int[] distinct = new int[16];
        boolean[] seen = new boolean[channelCount];
        for (Journey journey : journeys.journeys()) {
            if (!journey.converted()) {
                continue;
            }
            int k = 0;
            for (int t = 0; t < journey.length(); t++) {
                int channel = journey.channelAt(t);
                if (!seen[channel]) {
                    seen[channel] = true;
                    distinct = k == distinct.length ? Arrays.copyOf(distinct, k * 2) : distinct;
                    distinct[k++] = channel;
                }
            }
            for (int position = 0; position < k; position++) {
                int channel = distinct[position];
                seen[channel] = false;
                if (conversionsByPosition[channel].length <= position) {
                    conversionsByPosition[channel] = Arrays.copyOf(conversionsByPosition[channel], position + 1);
                }
                conversionsByPosition[channel][position] += journey.count() / k;
                value[channel] += journey.value() / k;
            }
        }
        double[] conversions = new double[channelCount];
        for (int c = 0; c < channelCount; c++) {
            conversions[c] = Arrays.stream(conversionsByPosition[c]).sum();
        }
        AttributionResult attribution = AttributionResult.of(name(), journeys.channels(), conversions, value,
                journeys.totalConversions(), journeys.totalValue());
        return new OrderedShapleyAnalysis(attribution, conversionsByPosition);
    }
}
