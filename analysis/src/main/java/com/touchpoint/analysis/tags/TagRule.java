package com.touchpoint.analysis.tags;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.EventFilter;

import java.util.Map;

/**
 * How one tag is earned: every event passing {@code filter} is a behaviour for the tag, worth its event type's
 * entry in {@code behaviourWeights} (1 for types not listed), e.g. interest in a category from product views (1)
 * and purchases (3) of its items, or affinity to a channel from any event in it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TagRule(String name, EventFilter filter, Map<String, Double> behaviourWeights) {

    public TagRule {
        if (name == null || name.isBlank()) {
            throw new AnalysisException("A tag rule needs a name, such as \"interest:green_tea\".");
        }
        filter = filter == null ? EventFilter.ANY : filter;
        behaviourWeights = behaviourWeights == null ? Map.of() : Map.copyOf(behaviourWeights);
        behaviourWeights.forEach((type, weight) -> {
            if (!(weight >= 0) || weight.isInfinite()) {
                throw new AnalysisException("Tag rule '" + name + "' gives " + type + " the weight " + weight
                        + "; behaviour weights are numbers of 0 or more.");
            }
        });
    }

    public double behaviourWeight(String eventType) {
        return eventType == null ? 1.0 : behaviourWeights.getOrDefault(eventType, 1.0);
    }
}
