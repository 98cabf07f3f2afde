package com.touchpoint.views.table;

/** Sort by the column with this id, ascending or descending. */
public record SortKey(String columnId, boolean ascending) {
}
