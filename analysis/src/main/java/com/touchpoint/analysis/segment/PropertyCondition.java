package com.touchpoint.analysis.segment;

import java.util.List;

/**
 * A customer property compared with values. Numbers compare as numbers, dates and times in time order, text by
 * its characters; {@code !=} keeps customers without the property too (it is the opposite of {@code =}), every
 * other comparison except {@code is_empty} needs a value to be there.
 */
public record PropertyCondition(String property, Comparison op, List<String> values) implements Condition {

    public PropertyCondition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static PropertyCondition of(String property, Comparison op, String... values) {
        return new PropertyCondition(property, op, List.of(values));
    }
}
