package com.touchpoint.views.table;

/**
 * One column of a {@link PageSource}: the id the source knows it by (used in sort keys), the title the analyst reads,
 * the Java type of its values (numbers are right-aligned) and whether the source can sort by it.
 */
public record ColumnInfo(String id, String title, Class<?> type, boolean sortable) {

    /** A sortable column. */
    public ColumnInfo(String id, String title, Class<?> type) {
        this(id, title, type, true);
    }

    public boolean isNumeric() {
        return Number.class.isAssignableFrom(type);
    }
}
