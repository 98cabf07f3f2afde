package com.touchpoint.datasources.store;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result computed over all customers and kept in the project: for customer {@code globalIds[i]}, the value of each
 * named column at row {@code i}.
 *
 * @param kind       what computed it, e.g. "tags", "rfm", "clusters"
 * @param name       which result of that kind
 * @param parameters the settings it was computed with, as JSON, so it can be re-run alike
 */
public record StoredProfile(String kind, String name, String parameters, OffsetDateTime computedAt,
                            long[] globalIds, Map<String, double[]> columns) {

    public StoredProfile {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            if (column.getValue().length != globalIds.length) {
                throw new IllegalArgumentException("Column " + column.getKey() + " has " + column.getValue().length
                        + " values for " + globalIds.length + " customers");
            }
        }
    }
}
