package com.touchpoint.datasources.quality;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectQualityTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerImportThenTheirSums() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), """
                user_id,event,ts,channel
                u1,click,2026-08-01T10:00:00Z,search
                u1,click,yesterday,search
                u2,view,2026-08-03T12:00:00Z,tiktok
                u2,view,2026-08-03T12:00:00Z,tiktok
                ,view,2026-08-02T00:00:00Z,web
                """);
        Path spend = Files.writeString(dir.resolve("spend.csv"), """
                date,channel,campaign,cost
                2026-08-01,search,brand,10
                2026-13-45,search,brand,10
                """);
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            ImportService service = new ImportService(store);
            ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
            service.importFile(events, request, ImportMonitor.NONE);
            service.importFile(spend, request, ImportMonitor.NONE);

            Table summary = new ProjectQuality(store).summary();

            assertEquals(List.of("file", "kind", "finished (UTC)", "rows read", "rows loaded", "rows quarantined",
                    "rows duplicate", "first time (UTC)", "last time (UTC)", "quarantine reasons", "unknown channels"),
                    summary.columnNames());
            assertEquals(3, summary.rowCount());
            assertEquals(List.of("events.csv", "spend.csv", "all imports (2)"), summary.stringColumn("file").asList());
            // events: 5 read = 2 loaded + 2 quarantined ('yesterday', no identifier) + 1 duplicate;
            // spend: 2 read = 1 loaded + 1 quarantined (month 13). The last row adds them up.
            assertEquals(List.of(5L, 2L, 7L), summary.longColumn("rows read").asList());
            assertEquals(List.of(2L, 1L, 3L), summary.longColumn("rows loaded").asList());
            assertEquals(List.of(2L, 1L, 3L), summary.longColumn("rows quarantined").asList());
            assertEquals(List.of(1L, 0L, 1L), summary.longColumn("rows duplicate").asList());
            assertEquals(LocalDateTime.of(2026, 8, 1, 10, 0), summary.dateTimeColumn("first time (UTC)").get(2));
            assertEquals(LocalDateTime.of(2026, 8, 3, 12, 0), summary.dateTimeColumn("last time (UTC)").get(2));
            assertTrue(summary.dateTimeColumn("finished (UTC)").isMissing(2));
            // The import counts the unknown channel on every row read with it, the duplicate included.
            assertEquals("tiktok (2)", summary.stringColumn("unknown channels").get(2));
            String reasons = summary.stringColumn("quarantine reasons").get(2);
            assertEquals(3, reasons.split("; ").length, reasons);
        }
    }

    @Test
    void reasonsAreListedMostFrequentFirst() {
        assertEquals("b (3); a (1); c (1)", ProjectQuality.counted(Map.of("a", 1L, "b", 3L, "c", 1L)));
        assertEquals("", ProjectQuality.counted(Map.of()));
    }
}
