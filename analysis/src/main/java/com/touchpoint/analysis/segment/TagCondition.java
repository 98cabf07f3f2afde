package com.touchpoint.analysis.segment;

import java.util.List;

/** A tag's weight compared with values; a customer without the tag has weight 0. */
public record TagCondition(String tag, Comparison op, List<Double> values) implements Condition {

    public TagCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
