package com.touchpoint.sampledata;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStats;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StatsRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports the shipped sample set into a fresh project and checks every file's counts against the generator's
 * manifest: what the generator broke is quarantined, what it repeated is a duplicate, the rest loads.
 */
class SampleProjectTest {

    @TempDir
    static Path dir;
    private static Map<String, QualityReport> reports;
    private static ProjectStats stats;

    @BeforeAll
    static void createSampleProject() throws Exception {
        ProjectFile file = ProjectFile.of(dir.resolve("sample"));
        List<ImportOutcome> outcomes = SampleProject.create(file, ImportMonitor.NONE);
        reports = outcomes.stream().map(ImportOutcome::report)
                .collect(Collectors.toMap(QualityReport::fileName, r -> r));
        try (ProjectStore store = ProjectStore.open(file)) {
            stats = new StatsRepository(store).stats();
        }
    }

    /** Files whose broken rows are all unloadable: quarantined = the manifest's broken rows. */
    @Test
    void brokenRowsAreQuarantinedAndRepeatedRowsAreDuplicates() {
        // manifest.json: broken rows by reason summed, and duplicate rows, per file.
        assertCounts("app_events.csv", 4265, 60, 14);
        assertCounts("pos_orders.csv", 599, 15, 4);
        assertCounts("email_campaigns.csv", 5557, 95, 39);
        assertCounts("sms_campaigns.tsv", 3868, 64, 33);
        assertCounts("spend_search.csv", 181, 4, 1);
        assertCounts("spend_feed.csv", 180, 2, 0);
        assertCounts("spend_social.csv", 180, 1, 0);
        assertCounts("paths.csv", 536, 7, 0);
        // The one web purchase with revenue "N/A" needs a revenue key that first appears after the preview rows.
        assertCounts("web_events.ndjson", 5304, 102, 27);
        // The second web export repeats the last day of the first: every row is a duplicate.
        assertCounts("web_events_part2.ndjson", 78, 0, 78);
    }

    @Test
    void rowsWithAnotherUsableIdentifierStillLoad() {
        // CRM: 28 broken rows, but the 7 with an empty member id still carry a phone, so 21 are quarantined.
        assertCounts("crm_customers.csv", 1290, 21, 8);
    }

    @Test
    void everyRowIsAccountedFor() {
        reports.values().forEach(r -> assertTrue(r.balances(), r.fileName()));
        long quarantined = reports.values().stream().mapToLong(QualityReport::rowsQuarantined).sum();
        assertEquals(quarantined, stats.quarantinedRows());
        assertEquals(11, stats.imports());
    }

    @Test
    void invalidValuesAreCountedInTheirColumns() {
        // app_events.csv: 23 rows with an unreadable event_time (manifest: unparseable_time).
        QualityReport app = reports.get("app_events.csv");
        assertEquals(23, app.columns().stream().filter(c -> c.column().equals("event_time")).findFirst()
                .orElseThrow().invalid());
        assertEquals(0, app.columns().stream().filter(c -> c.column().equals("member_id")).findFirst()
                .orElseThrow().invalid());
    }

    @Test
    void theTenPlantedSharedDevicesAreFoundAndNotUsedForLinking() {
        QualityReport app = reports.get("app_events.csv");
        assertEquals(10, app.sharedIdentifiers().size());
        assertTrue(app.sharedIdentifiers().stream().allMatch(s -> s.type().equals("device")));
        assertEquals(10, stats.sharedIdentifiers());
        assertEquals(List.of(), reports.get("crm_customers.csv").sharedIdentifiers(),
                "an import reports the shared identifiers among its own rows, and the CRM file has no devices");
    }

    @Test
    void projectCountsMatchTheLoadedRows() {
        long loadedEvents = reports.values().stream().filter(r -> r.kind().equals("events") || r.kind().equals("orders"))
                .mapToLong(QualityReport::rowsLoaded).sum();
        assertEquals(loadedEvents, stats.events());
        assertEquals(533, stats.spendRows());
        assertEquals(529, stats.pathRows());
        assertEquals(Map.of("email", 5670L, "sms", 3771L, "direct", 3001L, "app", 2798L, "push", 1393L,
                "feed", 710L, "search", 709L, "store", 580L, "social", 508L), stats.eventsByChannel());
        assertEquals(2537, stats.customers());
    }

    private static void assertCounts(String file, long read, long quarantined, long duplicates) {
        QualityReport r = reports.get(file);
        assertEquals(read, r.rowsRead(), file + " read");
        assertEquals(quarantined, r.rowsQuarantined(), file + " quarantined");
        assertEquals(duplicates, r.rowsDuplicate(), file + " duplicates");
        assertEquals(read - quarantined - duplicates, r.rowsLoaded(), file + " loaded");
    }
}
