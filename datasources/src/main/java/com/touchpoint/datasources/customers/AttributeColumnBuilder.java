package com.touchpoint.datasources.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one property's values customer by customer and codes them. A property of unknown kind becomes NUMBER when
 * every value it has parses as a number, else TEXT.
 */
public final class AttributeColumnBuilder {

    private final String name;
    private final AttributeKind kind;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] column;

    /** @param kind the kind, or null to infer NUMBER or TEXT from the values */
    public AttributeColumnBuilder(String name, AttributeKind kind, int customers) {
        this.name = name;
        this.kind = kind;
        this.column = new int[customers];
        values.add(null);
    }

    public String name() {
        return name;
    }

    /** Sets customer {@code index}'s value; blank values count as none. */
    public void set(int index, String value) {
        if (index >= column.length) {
            column = Arrays.copyOf(column, Math.max(index + 1, column.length * 2));
        }
        if (value == null || value.isBlank()) {
            column[index] = AttributeColumn.EMPTY;
            return;
        }
        String stripped = value.strip();
        column[index] = codes.computeIfAbsent(stripped, v -> {
            values.add(v);
            return values.size() - 1;
        });
    }

    /** The column for {@code customers} customers. */
    public AttributeColumn build(int customers) {
        AttributeKind resolved = kind != null ? kind : inferred();
        double[] keys = new double[values.size()];
        keys[0] = Double.NaN;
        for (int code = 1; code < keys.length; code++) {
            keys[code] = resolved.key(values.get(code));
        }
        return new AttributeColumn(name, resolved, Arrays.copyOf(column, customers),
                Collections.unmodifiableList(new ArrayList<>(values)), keys);
    }

    private AttributeKind inferred() {
        if (values.size() == 1) {
            return AttributeKind.TEXT;
        }
        for (int code = 1; code < values.size(); code++) {
            if (Double.isNaN(AttributeKind.NUMBER.key(values.get(code)))) {
                return AttributeKind.TEXT;
            }
        }
        return AttributeKind.NUMBER;
    }
}
