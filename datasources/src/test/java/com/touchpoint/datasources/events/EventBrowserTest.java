package com.touchpoint.datasources.events;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * 20,000 events, so three blocks: event {@code i} is user {@code u(i % 100)}, order {@code O<i>}, at minute {@code i}
 * after 2026-08-01T00:00Z, channel web for even i and email for odd, a purchase with revenue {@code i / 4} for every
 * tenth event (others: views without revenue), and a page property {@code /p<i>}.
 */
class EventBrowserTest {

    private static final int EVENTS = 20_000;
    private static final LocalDateTime START = LocalDateTime.of(2026, 8, 1, 0, 0);

    @TempDir
    Path dir;
    private ProjectStore store;
    private EventBrowser browser;

    @BeforeEach
    void importEvents() throws Exception {
        store = ProjectStore.create(ProjectFile.of(dir.resolve("p")));
        importFile("events.csv", 0, EVENTS);
        browser = new EventBrowser(store);
    }

    private void importFile(String name, int from, int to) throws Exception {
        StringBuilder csv = new StringBuilder("user_id,order_id,ts,channel,event,revenue,page\n");
        for (int i = from; i < to; i++) {
            csv.append('u').append(i % 100).append(",O").append(i).append(',').append(START.plusMinutes(i))
                    .append("Z,").append(i % 2 == 0 ? "web" : "email").append(',')
                    .append(i % 10 == 0 ? "purchase," + i / 4.0 : "view,").append(",/p").append(i).append('\n');
        }
        new ImportService(store).importFile(Files.writeString(dir.resolve(name), csv),
                new ImportRequest(null, null, null, null, ZoneOffset.UTC, null), ImportMonitor.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(EventQuery query) {
        return browser.count(query, () -> false);
    }

    private static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, false);
    }

    @Test
    void pagesRunAcrossBlocksInFileOrderWithEveryColumn() {
        assertEquals(EVENTS, count(all()));
        List<Object[]> page = browser.page(all(), 8190, 4);

        assertEquals(List.of("O8190", "O8191", "O8192", "O8193"), page.stream().map(r -> r[7]).toList());
        Object[] purchase = page.get(0);
        assertEquals(START.plusMinutes(8190), purchase[0]);
        assertEquals("u90", purchase[2]);
        assertEquals("web", purchase[3]);
        assertEquals("purchase", purchase[4]);
        assertNull(purchase[5], "no campaign column");
        assertEquals(new BigDecimal("2047.5000"), purchase[8]);
        assertEquals("{\"page\":\"/p8190\"}", purchase[9]);
        assertEquals(1L, purchase[10], "the first import's batch id");
        assertEquals("email", page.get(1)[3]);
        assertNull(page.get(1)[8]);
        assertEquals(List.of(), browser.page(all(), EVENTS, 10));
    }

    @Test
    void anExportGetsEveryRowWithTheSameValuesAsThePages() {
        List<Object[]> rows = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        browser.forEachRow(all(), rows::add, progress::add, 8_000);

        assertEquals(EVENTS, rows.size());
        assertEquals(List.of(8_000L, 16_000L, 20_000L), progress);
        // Many rows read every source user id in one pass; a page of four looks its few up: both give u90 here.
        assertArrayEquals(browser.page(all(), 8190, 4).get(0), rows.get(8190), "row 8190");
        assertEquals("u90", rows.get(8190)[2]);
        assertEquals("u99", rows.get(EVENTS - 1)[2]);
    }

    @Test
    void filtersCombineAsTheyDidInSql() {
        assertEquals(10_000, count(new EventQuery("web", null, null, null, null, null, null, false)));
        assertEquals(2_000, count(new EventQuery("web", "purchase", null, null, null, null, null, false)));
        assertEquals(0, count(new EventQuery("sms", null, null, null, null, null, null, false)));
        // Minutes 60 to 119: [01:00, 02:00).
        assertEquals(60, count(new EventQuery(null, null, START.plusHours(1), START.plusHours(2), null, null,
                null, false)));
        long u7 = (Long) browser.page(new EventQuery(null, null, null, null, "O7", null, null, false), 0, 1).get(0)[1];
        assertEquals(200, count(new EventQuery(null, null, null, null, null, u7, null, false)));
        // "/P1234" in any case matches the properties of event 1234 and of 12340..12349.
        assertEquals(11, count(new EventQuery(null, null, null, null, " /P1234 ", null, null, false)));
        // "U7" matches the source user ids u7 and u70..u79: 11 users of 200 events each.
        assertEquals(2_200, count(new EventQuery(null, null, null, null, "U7", null, null, false)));
        assertEquals(List.of("email", "web"), browser.distinct("channel"));
        assertEquals(List.of("purchase", "view"), browser.distinct("event_type"));
    }

    @Test
    void sortsPutMissingValuesLastEitherWayAndKeepFileOrderInTies() {
        EventQuery byRevenue = new EventQuery(null, null, null, null, null, null, "revenue", true);
        List<Object[]> top = browser.page(byRevenue, 0, 2);
        assertEquals(List.of("O19990", "O19980"), top.stream().map(r -> r[7]).toList());
        assertEquals(List.of("O1", "O2"), browser.page(byRevenue, 2_000, 2).stream().map(r -> r[7]).toList(),
                "events without revenue follow, in file order");
        EventQuery byRevenueUp = new EventQuery(null, null, null, null, null, null, "revenue", false);
        assertEquals("O0", browser.page(byRevenueUp, 0, 1).get(0)[7]);
        assertEquals("O1", browser.page(byRevenueUp, 2_000, 1).get(0)[7]);

        EventQuery byOrder = new EventQuery(null, null, null, null, null, null, "order_id", true);
        assertEquals(List.of("O9999", "O9998"), browser.page(byOrder, 0, 2).stream().map(r -> r[7]).toList());
        EventQuery byUser = new EventQuery("web", null, null, null, null, null, "source_user_id", false);
        assertEquals(List.of("O0", "O100", "O200"), browser.page(byUser, 0, 3).stream().map(r -> r[7]).toList());
        EventQuery byChannel = new EventQuery(null, null, null, null, null, null, "channel", true);
        assertEquals(List.of("O0", "O2"), browser.page(byChannel, 0, 2).stream().map(r -> r[7]).toList(),
                "web before email, ties in file order");
        assertEquals(List.of("O1", "O3"), browser.page(byChannel, 10_000, 2).stream().map(r -> r[7]).toList());
        EventQuery byUserDown = new EventQuery(null, null, null, null, null, null, "source_user_id", true);
        assertEquals(List.of("O99", "O199"), browser.page(byUserDown, 0, 2).stream().map(r -> r[7]).toList(),
                "u99 is the largest user id as text");
        EventQuery byTime = new EventQuery(null, null, null, null, null, null, "event_time", true);
        assertEquals("O19999", browser.page(byTime, 0, 1).get(0)[7]);

        assertFalse(EventBrowser.sortable("properties"));
        assertThrows(IllegalArgumentException.class, () -> count(new EventQuery(null, null, null, null, null,
                null, "properties", false)));
    }

    @Test
    void aSupersededCountStopsAndLeavesNothingHalfDone() {
        EventBrowser fresh = new EventBrowser(store);
        EventQuery search = new EventQuery(null, null, null, null, "/p1", null, null, false);
        assertThrows(CancellationException.class, () -> fresh.count(all(), () -> true), "while loading");
        assertEquals(EVENTS, fresh.count(all(), () -> false));
        assertThrows(CancellationException.class, () -> fresh.count(search, () -> true), "while selecting");
        // "/p1" matches /p1, /p10..19, /p100..199, /p1000..1999 and /p10000..19999: 1 + 10 + 100 + 1,000 + 10,000.
        assertEquals(11_111, fresh.count(search, () -> false));
    }

    @Test
    void aFinishedImportShowsUpWithoutReopening() throws Exception {
        assertEquals(EVENTS, count(all()));
        importFile("more.csv", EVENTS, EVENTS + 5);

        assertEquals(EVENTS + 5, count(all()));
        assertEquals(2L, browser.page(all(), EVENTS, 1).get(0)[10]);
    }
}
