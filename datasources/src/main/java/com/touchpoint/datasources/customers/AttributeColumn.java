package com.touchpoint.datasources.customers;

import java.util.List;
import java.util.Objects;

/**
 * One customer property over all customers, dictionary coded: customer {@code i} has value
 * {@code values.get(codes[i])}; code 0 is "no value" ({@code values.get(0)} is null). {@code keys[code]} orders the
 * value (see {@link AttributeKind#key}), NaN where it has no order. Conditions test each distinct value once and
 * then scan the codes, so a million customers take a few milliseconds.
 */
public record AttributeColumn(String name, AttributeKind kind, int[] codes, List<String> values, double[] keys) {

    public static final int EMPTY = 0;

    public AttributeColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (values.isEmpty() || values.get(0) != null || keys.length != values.size()) {
            throw new IllegalArgumentException("Column " + name + " needs the empty value at code 0 and a key per value");
        }
    }

    /** The value of customer {@code index}, or null when it has none. */
    public String value(int index) {
        return values.get(codes[index]);
    }

    /** This column for other customers: {@code rows[i]} is the index here of customer {@code i}, or -1 for none. */
    public AttributeColumn select(int[] rows) {
        int[] selected = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = rows[i] < 0 ? EMPTY : codes[rows[i]];
        }
        return new AttributeColumn(name, kind, selected, values, keys);
    }
}
