package com.touchpoint.datasources.customers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every customer of a project with its properties as columns: customer {@code i} has global id {@code globalIds[i]}
 * (ascending) and its value of each property at row {@code i} of the column. Customers without events or without a
 * CRM record are here too.
 */
public record CustomerAttributes(long[] globalIds, List<AttributeColumn> columns) {

    public CustomerAttributes {
        columns = List.copyOf(columns);
        for (AttributeColumn column : columns) {
            if (column.codes().length != globalIds.length) {
                throw new IllegalArgumentException("Column " + column.name() + " has " + column.codes().length
                        + " rows for " + globalIds.length + " customers");
            }
        }
    }

    public int size() {
        return globalIds.length;
    }

    public Optional<AttributeColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return columns.stream().map(AttributeColumn::name).toList();
    }

    /** These attributes for the customers {@code ids} (ascending); ids not known here get no values. */
    public CustomerAttributes alignTo(long[] ids) {
        if (Arrays.equals(ids, globalIds)) {
            return this;
        }
        int[] rows = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int found = Arrays.binarySearch(globalIds, ids[i]);
            rows[i] = found >= 0 ? found : -1;
        }
        return new CustomerAttributes(ids, columns.stream().map(c -> c.select(rows)).toList());
    }
}
