package com.touchpoint.views.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.touchpoint.views.testing.ManualExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private static final int TEN_MILLION = 10_000_000;
    private static final int PAGE = PagedRows.PAGE_SIZE;

    private final FakePageSource source = new FakePageSource(TEN_MILLION);
    private final ManualExecutor worker = new ManualExecutor();
    private final List<Throwable> failures = new ArrayList<>();
    private final Query<String> all = new Query<>(null, List.of());

    private PagedRows<String> rows(Query<String> query, int size) {
        return new PagedRows<>(source, query, size, worker, Runnable::run, failures::add);
    }

    @Test
    void aShownRowLoadsItsPageAndOnlyThatPage() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        rows.showing(0);
        RowSlot first = rows.get(0);
        assertNull(first.values(), "still loading");

        worker.runAll();

        assertEquals(List.of(1L, "customer 1", 1.5), first.values());
        assertEquals(List.of(0L), source.offsets());
        rows.showing(PAGE - 1);
        rows.showing(17);
        worker.runAll();
        assertEquals(List.of(0L), source.offsets(), "rows of a loaded page ask nothing more");
        assertEquals(TEN_MILLION, rows.size());
    }

    @Test
    void aRowFarDownLoadsThePageAroundIt() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        rows.showing(5_000_123);
        worker.runAll();

        // 5,000,123 / 200 = page 25,000, which starts at row 5,000,000; row 5,000,123 has id 5,000,124.
        assertEquals(List.of(5_000_000L), source.offsets());
        assertEquals(5_000_124L, rows.get(5_000_123).values().get(0));
    }

    @Test
    void theLastPageAsksOnlyForTheRowsThatExist() {
        PagedRows<String> rows = rows(all, 450);
        rows.showing(449);
        worker.runAll();

        assertEquals(List.of(new FakePageSource.PageRequest(all, 400, 50)), source.pages);
    }

    @Test
    void rowsNotShownAreDetachedAndRequestNothing() {
        PagedRows<String> rows = rows(all, TEN_MILLION);

        RowSlot slot = rows.get(9_999_999);

        assertNull(slot.values());
        assertEquals(9_999_999, rows.indexOf(slot));
        assertEquals(List.of(), source.pages);
    }

    @Test
    void theLeastRecentlyUsedPageIsEvictedBeyondTheCacheSize() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        for (int page = 0; page <= PagedRows.CACHED_PAGES; page++) {
            rows.showing(page * PAGE);
            worker.runAll();
        }
        assertNull(rows.get(0).values(), "page 0 was the eldest of 51");
        RowSlot stillCached = rows.get(PAGE);

        rows.showing(0);
        worker.runAll();

        assertEquals(PagedRows.CACHED_PAGES + 2, source.pages.size(), "page 0 was read again");
        assertEquals(List.of(201L, "customer 201", 301.5), stillCached.values());
    }

    @Test
    void duringAFastScrollTheNewestPagesLoadFirstAndRequestsFarBehindAreDropped() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        for (int page = 0; page < 12; page++) {
            rows.showing(page * PAGE);
        }
        worker.runAll();

        // Page 0 started at once; pages 1-11 waited, and the 3 oldest of those 11 fell beyond the 8 allowed to wait.
        List<Long> expected = LongStream.of(0, 11, 10, 9, 8, 7, 6, 5, 4).map(page -> page * PAGE).boxed().toList();
        assertEquals(expected, source.offsets());
        rows.showing(PAGE);
        worker.runAll();
        assertEquals(PAGE, source.offsets().get(source.offsets().size() - 1), "a dropped page loads when shown again");
    }

    @Test
    void aRetiredListStopsLoadingAndIgnoresLateResults() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        rows.showing(0);
        rows.showing(PAGE);
        RowSlot first = rows.get(0);
        rows.retire();
        worker.runAll();

        assertNull(first.values());
        assertEquals(List.of(0L), source.offsets(), "the waiting page was never asked for");
        rows.showing(5 * PAGE);
        worker.runAll();
        assertEquals(1, source.pages.size());
    }

    @Test
    void aFailedPageIsReportedAndAskedForAgainWhenShownAgain() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        IllegalStateException broken = new IllegalStateException("disk gone");
        source.failWith(broken);
        rows.showing(0);
        worker.runAll();
        assertEquals(List.of(broken), failures);

        source.failWith(null);
        rows.showing(0);
        worker.runAll();
        assertEquals(List.of(0L, 0L), source.offsets());
        assertEquals(1L, rows.get(0).values().get(0));
    }

    @Test
    void selectedRowsComeInIndexOrderFromCacheOrSource() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        rows.showing(0);
        worker.runAll();

        var result = rows.rows(List.of(450, 3, 0, 3));
        worker.runAll();

        List<List<Object>> values = result.join();
        assertEquals(List.of(List.of(1L, "customer 1", 1.5), List.of(4L, "customer 4", 6.0),
                List.of(451L, "customer 451", 676.5)), values);
        assertEquals(List.of(0L, 400L), source.offsets(), "only the page of row 450 was read for the copy");
    }

    @Test
    void slotsOfTheSameIndexAreEqualAndCachedSlotsAreStable() {
        PagedRows<String> rows = rows(all, TEN_MILLION);
        rows.showing(0);

        assertSame(rows.get(5), rows.get(5));
        assertEquals(rows.get(5), new RowSlot(5));
        assertEquals(-1, rows.indexOf(new RowSlot(TEN_MILLION)));
    }
}
