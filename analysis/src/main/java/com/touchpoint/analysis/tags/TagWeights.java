package com.touchpoint.analysis.tags;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each tag's weight for every customer of an audience (by customer index; 0 where the customer has no such
 * behaviour), with the settings and reference time they were computed with.
 */
public record TagWeights(TagSettings settings, long referenceMillis, Map<String, double[]> weights) {

    public TagWeights {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public Optional<double[]> weights(String tag) {
        return Optional.ofNullable(weights.get(tag));
    }
}
