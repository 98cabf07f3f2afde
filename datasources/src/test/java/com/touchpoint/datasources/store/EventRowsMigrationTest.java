package com.touchpoint.datasources.store;

import com.touchpoint.datasources.events.EventBlockRepository;
import com.touchpoint.datasources.events.EventBrowser;
import com.touchpoint.datasources.events.EventColumns;
import com.touchpoint.datasources.events.EventColumnsRepository;
import com.touchpoint.datasources.events.EventQuery;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project made before event blocks (schema 2, one row per event) opens with every event moved into blocks. */
class EventRowsMigrationTest {

    @TempDir
    Path dir;

    /** A project at schema version 2, its tables filled by the given SQL. */
    private ProjectFile oldProject(String... inserts) throws Exception {
        ProjectFile file = ProjectFile.of(dir.resolve("old"));
        String url = "jdbc:h2:file:" + file.databasePath();
        Flyway.configure().dataSource(url, "touchpoint", "").locations("classpath:db/migration").target("2").load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(url, "touchpoint", "");
             Statement sql = connection.createStatement()) {
            for (String insert : inserts) {
                sql.execute(insert);
            }
        }
        return file;
    }

    private static final String TWO_IMPORTS = "INSERT INTO import_batch (id, file_name, file_sha256, file_kind, "
            + "started_at, finished_at) VALUES (1, 'a.csv', 'x', 'EVENTS', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
            + "(2, 'b.csv', 'y', 'EVENTS', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    private static final String TWO_IDENTIFIERS = "INSERT INTO identifier (id, id_type, id_value, global_id, batch_id) "
            + "VALUES (1, 'MEMBER_ID', 'M1', 10, 1), (2, 'DEVICE_ID', 'D2', 20, 1)";

    @Test
    void anOldProjectThatCannotBeUpgradedIsLeftAsItWas() throws Exception {
        // DECIMAL(19, 4) holds this revenue; an event block cannot (64-bit ten-thousandths stop near 9.2e14).
        ProjectFile file = oldProject(TWO_IMPORTS, TWO_IDENTIFIERS, "INSERT INTO event (global_id, identifier_id, "
                + "event_type, event_time, revenue, batch_id, fingerprint) VALUES (10, 1, 'purchase', "
                + "TIMESTAMP '2026-08-01 10:00:00', 999999999999999.9999, 1, 1)");

        for (int attempt = 1; attempt <= 2; attempt++) {
            ProjectException refused = assertThrows(ProjectException.class, () -> ProjectStore.open(file));
            assertTrue(refused.getMessage().startsWith("The project old could not be brought up to date: revenue "
                    + "999999999999999.9999 is too large to store. It was left as it was."), refused.getMessage());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file.databasePath(),
                "touchpoint", ""); Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")) {
            version.next();
            assertEquals("2", version.getString(1), "no trace of the failed upgrade");
        }
        assertFalse(Files.exists(Path.of(file.dataFile() + ".before-upgrade")), "the copy was put back");
    }

    @Test
    void eventRowsMoveIntoBlocksKeepingValuesOrderFingerprintsAndCounts() throws Exception {
        ProjectFile file = oldProject(TWO_IMPORTS, TWO_IDENTIFIERS);
        String url = "jdbc:h2:file:" + file.databasePath();
        try (Connection connection = DriverManager.getConnection(url, "touchpoint", "");
             Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO event (global_id, identifier_id, source_user_id, channel, event_type, event_time, "
                    + "campaign, item, order_id, revenue, properties, batch_id, fingerprint) VALUES "
                    + "(10, 1, 'M1', 'web', 'view', TIMESTAMP '2026-08-01 10:00:00.5', NULL, 'sku-1', NULL, NULL, "
                    + "'{\"page\":\"/a\"}', 1, 101), "
                    + "(20, 2, 'D2', 'store', 'purchase', TIMESTAMP '2026-08-02 11:00:00', 'summer', NULL, 'O-9', "
                    + "12.5, NULL, 2, 102), "
                    + "(10, 1, 'M1', NULL, 'open', TIMESTAMP '2026-08-03 12:00:00', NULL, NULL, NULL, NULL, NULL, 1, "
                    + "103)");
        }

        try (ProjectStore store = ProjectStore.open(file)) {
            EventBrowser browser = new EventBrowser(store);
            EventQuery all = new EventQuery(null, null, null, null, null, null, null, false);
            List<Object[]> rows = browser.page(all, 0, 10);

            assertEquals(3, rows.size());
            assertEquals(List.of(LocalDateTime.of(2026, 8, 1, 10, 0, 0, 500_000_000), 10L, "M1", "web", "view", "sku-1",
                    "{\"page\":\"/a\"}", 1L), List.of(rows.get(0)[0], rows.get(0)[1], rows.get(0)[2], rows.get(0)[3],
                    rows.get(0)[4], rows.get(0)[6], rows.get(0)[9], rows.get(0)[10]));
            assertEquals(List.of("open", 1L), List.of(rows.get(1)[4], rows.get(1)[10]),
                    "the first import's events come first");
            assertEquals(List.of(20L, "D2", "store", "summer", "O-9", new BigDecimal("12.5000"), 2L),
                    List.of(rows.get(2)[1], rows.get(2)[2], rows.get(2)[3], rows.get(2)[5], rows.get(2)[7],
                            rows.get(2)[8], rows.get(2)[10]));

            List<Long> fingerprints = new ArrayList<>();
            new EventBlockRepository(store).forEachFingerprint(fingerprints::add);
            assertEquals(List.of(101L, 103L, 102L), fingerprints);
            ProjectStats stats = new StatsRepository(store).stats();
            assertEquals(3, stats.events());
            assertEquals(Map.of("web", 1L, "store", 1L, "(none)", 1L), stats.eventsByChannel());
            EventColumns columns = new EventColumnsRepository(store).load(n -> { });
            assertEquals(12.5, columns.revenue()[2]);
            assertFalse(store.dsl().meta().getTables("EVENT").stream().anyMatch(t -> t.getName().equals("EVENT")),
                    "the row table is gone");
        }
    }
}
