package com.touchpoint.views.table;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Ten million (or any number of) synthetic customers computed on demand: the customer with id n is named
 * "customer n" and has revenue n × 1.5, so sorting by id and by revenue give the same order. The filter "even" keeps
 * even ids. Records every count and page request.
 */
final class FakePageSource implements PageSource<String> {

    record PageRequest(Query<String> query, long offset, int limit) {
    }

    final List<Query<String>> counts = new CopyOnWriteArrayList<>();
    final List<PageRequest> pages = new CopyOnWriteArrayList<>();
    private final long rows;
    private volatile RuntimeException failure;

    FakePageSource(long rows) {
        this.rows = rows;
    }

    /** Makes every following page request fail with {@code failure} (null: succeed again). */
    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    List<Long> offsets() {
        return pages.stream().map(PageRequest::offset).toList();
    }

    @Override
    public List<ColumnInfo> columns() {
        return List.of(new ColumnInfo("id", "ID", Long.class),
                new ColumnInfo("name", "Name", String.class, false),
                new ColumnInfo("revenue", "Revenue", Double.class));
    }

    @Override
    public long count(Query<String> query, BooleanSupplier superseded) {
        counts.add(query);
        return "even".equals(query.filter()) ? rows / 2 : rows;
    }

    @Override
    public List<List<Object>> page(Query<String> query, long offset, int limit) {
        pages.add(new PageRequest(query, offset, limit));
        if (failure != null) {
            throw failure;
        }
        boolean even = "even".equals(query.filter());
        boolean descending = !query.sort().isEmpty() && !query.sort().get(0).ascending();
        long matching = even ? rows / 2 : rows;
        List<List<Object>> page = new ArrayList<>();
        for (long position = offset; position < Math.min(matching, offset + limit); position++) {
            long rank = descending ? matching - 1 - position : position;
            long id = even ? 2 * (rank + 1) : rank + 1;
            page.add(List.of(id, "customer " + id, id * 1.5));
        }
        return page;
    }
}
