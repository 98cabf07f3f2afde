package com.touchpoint.views.table;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Rows for a {@link PagedTableView}, one page at a time, so a table over millions of rows reads only what is shown.
 * The source filters and sorts; the table never does. {@link #count} and {@link #page} run on worker threads,
 * possibly at the same time; {@link #columns} is called on the JavaFX thread and must not do I/O.
 *
 * @param <F> the filter type the caller's filter controls produce
 */
public interface PageSource<F> {

    List<ColumnInfo> columns();

    /**
     * How many rows match the query's filter. A long count may stop early, throwing
     * {@link java.util.concurrent.CancellationException}, once {@code superseded} turns true (a newer query came).
     */
    long count(Query<F> query, BooleanSupplier superseded);

    /**
     * Up to {@code limit} rows starting at row {@code offset} of the query's result, each a list of values in the
     * order of {@link #columns()} (a value may be null).
     */
    List<List<Object>> page(Query<F> query, long offset, int limit);
}
