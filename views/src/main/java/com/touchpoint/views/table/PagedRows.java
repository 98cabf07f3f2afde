package com.touchpoint.views.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The rows of one query as a virtual list: it claims the full row count but holds only the pages recently shown, in
 * a small LRU cache. A row that comes into view asks for its page ({@link #showing}); pages load one at a time on a
 * worker thread, newest request first, and requests that fell far behind a fast scroll are dropped. All methods
 * except the worker's own run on the JavaFX thread.
 */
public final class PagedRows<F> extends ObservableListBase<RowSlot> {

    static final int PAGE_SIZE = 200;
    static final int CACHED_PAGES = 50;
    static final int MAX_WAITING_PAGES = 8;

    private final PageSource<F> source;
    private final Query<F> query;
    private final int size;
    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<Throwable> onFailure;
    private final Map<Integer, Page> cache = new LinkedHashMap<>(CACHED_PAGES * 2, 0.75f, true);
    private final Deque<Page> waiting = new ArrayDeque<>();
    private boolean loading;
    private boolean retired;

    PagedRows(PageSource<F> source, Query<F> query, int size, Executor worker, Executor fxThread,
              Consumer<Throwable> onFailure) {
        this.source = source;
        this.query = query;
        this.size = size;
        this.worker = worker;
        this.fxThread = fxThread;
        this.onFailure = onFailure;
    }

    public Query<F> query() {
        return query;
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index}: the cached slot if its page was asked for, else a detached empty slot. */
    @Override
    public RowSlot get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + size);
        }
        Page page = cache.get(index / PAGE_SIZE);
        return page == null ? new RowSlot(index) : page.slots[index % PAGE_SIZE];
    }

    @Override
    public int indexOf(Object row) {
        return row instanceof RowSlot slot && slot.index() < size ? slot.index() : -1;
    }

    @Override
    public int lastIndexOf(Object row) {
        return indexOf(row);
    }

    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    /**
     * Identity, unlike other lists: the lists of two queries hold equal-looking slots, and comparing them element by
     * element would walk millions of rows, and make property listeners see "no change" when the query changed.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Called when the row at {@code index} is shown: makes sure its page is cached or on its way. */
    public void showing(int index) {
        if (retired || index < 0 || index >= size) {
            return;
        }
        int number = index / PAGE_SIZE;
        if (cache.get(number) != null) {
            return;
        }
        Page page = new Page(number);
        cache.put(number, page);
        evictBeyondCapacity();
        waiting.addFirst(page);
        while (waiting.size() > MAX_WAITING_PAGES) {
            Page stale = waiting.removeLast();
            cache.remove(stale.number, stale);
        }
        loadNext();
    }

    /** Stops loading: the list was replaced by one for a newer query. */
    void retire() {
        retired = true;
        waiting.clear();
    }

    private void evictBeyondCapacity() {
        var eldest = cache.entrySet().iterator();
        while (cache.size() > CACHED_PAGES) {
            Page evicted = eldest.next().getValue();
            eldest.remove();
            waiting.remove(evicted);
        }
    }

    private void loadNext() {
        if (loading || retired || waiting.isEmpty()) {
            return;
        }
        Page page = waiting.removeFirst();
        loading = true;
        long offset = (long) page.number * PAGE_SIZE;
        int limit = page.slots.length;
        worker.execute(() -> {
            try {
                List<List<Object>> rows = source.page(query, offset, limit);
                fxThread.execute(() -> loaded(page, rows));
            } catch (RuntimeException failure) {
                fxThread.execute(() -> failed(page, failure));
            }
        });
    }

    private void loaded(Page page, List<List<Object>> rows) {
        loading = false;
        if (!retired && cache.get(page.number) == page) {
            for (int i = 0; i < page.slots.length && i < rows.size(); i++) {
                page.slots[i].fill(rows.get(i));
            }
        }
        loadNext();
    }

    private void failed(Page page, RuntimeException failure) {
        loading = false;
        cache.remove(page.number, page);
        // The source is failing: forget what waits too, so scrolling back to those rows asks again.
        waiting.forEach(stale -> cache.remove(stale.number, stale));
        waiting.clear();
        if (!retired) {
            onFailure.accept(failure);
        }
    }

    /**
     * The values of the given rows, in index order: rows already loaded come from the cache, the others are read
     * from the source on the worker thread, where the result completes.
     */
    CompletableFuture<List<List<Object>>> rows(List<Integer> indices) {
        List<Integer> sorted = indices.stream().sorted().distinct().toList();
        List<List<Object>> known = new ArrayList<>(sorted.size());
        for (int index : sorted) {
            Page page = cache.get(index / PAGE_SIZE);
            known.add(page == null ? null : page.slots[index % PAGE_SIZE].values());
        }
        return CompletableFuture.supplyAsync(() -> fillMissing(sorted, known), worker);
    }

    private List<List<Object>> fillMissing(List<Integer> sorted, List<List<Object>> known) {
        Map<Integer, List<List<Object>>> fetched = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (known.get(i) == null) {
                int index = sorted.get(i);
                int number = index / PAGE_SIZE;
                List<List<Object>> page = fetched.computeIfAbsent(number, n -> source.page(query,
                        (long) n * PAGE_SIZE, Math.min(PAGE_SIZE, size - n * PAGE_SIZE)));
                int within = index % PAGE_SIZE;
                known.set(i, within < page.size() ? page.get(within) : List.of());
            }
        }
        return known;
    }

    private final class Page {
        final int number;
        final RowSlot[] slots;

        Page(int number) {
            this.number = number;
            int first = number * PAGE_SIZE;
            slots = new RowSlot[Math.min(PAGE_SIZE, size - first)];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = new RowSlot(first + i);
            }
        }
    }
}
