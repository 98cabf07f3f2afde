package com.touchpoint.views.table;

import java.util.List;

/**
 * What rows a {@link PageSource} should give and in which order: the caller's filter (whatever type its filter
 * controls produce; may be null for "all rows") and the sort keys, first key first. Empty sort means the source's
 * natural order, which must be stable between pages.
 */
public record Query<F>(F filter, List<SortKey> sort) {

    public Query {
        sort = List.copyOf(sort);
    }
}
