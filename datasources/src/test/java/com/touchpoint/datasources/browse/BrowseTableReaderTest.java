package com.touchpoint.datasources.browse;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowseTableReaderTest {

    @TempDir
    Path dir;
    private ProjectStore store;

    @BeforeEach
    void importFiveEvents() throws Exception {
        store = ProjectStore.create(ProjectFile.of(dir.resolve("p")));
        Path events = Files.writeString(dir.resolve("events.csv"), """
                user_id,event,ts,channel,revenue
                u1,click,2026-08-01T10:00:00Z,search,
                u1,purchase,2026-08-01T11:00:00Z,web,99.5
                u2,open,2026-08-02T09:00:00Z,email,
                u3,click,2026-08-03T08:00:00Z,search,
                u3,purchase,2026-08-03T09:30:00Z,web,20
                """);
        new ImportService(store).importFile(events, new ImportRequest(null, null, null, null, ZoneOffset.UTC, null),
                ImportMonitor.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPageIsReadIntoTypedColumnsInTheTablesOrder() {
        List<Long> progress = new ArrayList<>();
        // The whole table streams; progress comes every 2 rows and at the end.
        Table events = new BrowseTableReader(store, 2).read(BrowseQuery.all(BrowseTable.EVENTS), progress::add);

        assertEquals(List.of(2L, 4L, 5L), progress);
        assertEquals("events", events.name());
        assertEquals(BrowseTable.EVENTS.columnNames(), events.columnNames());
        assertEquals(5, events.rowCount());
        assertInstanceOf(DateTimeColumn.class, events.column("event_time"));
        assertInstanceOf(LongColumn.class, events.column("global_id"));
        assertInstanceOf(DoubleColumn.class, events.column("revenue"));
        assertEquals(LocalDateTime.of(2026, 8, 1, 10, 0), events.dateTimeColumn("event_time").get(0));
        assertEquals(List.of("click", "purchase", "open", "click", "purchase"),
                events.stringColumn("event_type").asList());
        assertTrue(events.doubleColumn("revenue").isMissing(0));
        assertEquals(99.5, events.doubleColumn("revenue").get(1));
    }

    @Test
    void aFilteredOrSortedViewIsReadPageByPage() {
        List<Long> progress = new ArrayList<>();
        Table latestFirst = new BrowseTableReader(store, 2).read(BrowseQuery.all(BrowseTable.EVENTS)
                .sortedBy("event_time", true), progress::add);

        // Pages of 2 rows: 2, 4, then a short page of 1 ends the reading.
        assertEquals(List.of(2L, 4L, 5L), progress);
        assertEquals(LocalDateTime.of(2026, 8, 3, 9, 30), latestFirst.dateTimeColumn("event_time").get(0));
        assertEquals(LocalDateTime.of(2026, 8, 1, 10, 0), latestFirst.dateTimeColumn("event_time").get(4));
    }

    @Test
    void filtersAndTimesWithAZoneAreKept() {
        BrowseTableReader reader = new BrowseTableReader(store, 2);
        Table search = reader.read(BrowseQuery.all(BrowseTable.EVENTS).filtered("search", null, null, null, null),
                n -> { });
        assertEquals(2, search.rowCount());
        assertEquals(List.of("search", "search"), search.stringColumn("channel").asList());

        Table imports = reader.read(BrowseQuery.all(BrowseTable.IMPORTS), n -> { });
        assertEquals("imports", imports.name());
        assertEquals(1, imports.rowCount());
        assertInstanceOf(DateTimeColumn.class, imports.column("finished_at (UTC)"));
        assertEquals(5L, imports.longColumn("rows_loaded").get(0));
    }
}
