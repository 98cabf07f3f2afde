package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.identity.Pseudonymizer;
import com.touchpoint.datasources.events.EventBlockRepository;
import com.touchpoint.datasources.events.EventColumnsRepository;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectSettings;
import com.touchpoint.datasources.store.ProjectStats;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.QuarantineRepository;
import com.touchpoint.datasources.store.QuarantinedRow;
import com.touchpoint.datasources.store.StatsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private ProjectStore store;
    private ImportService service;

    @BeforeEach
    void openProject() {
        store = ProjectStore.create(ProjectFile.of(dir.resolve("project")));
        service = new ImportService(store);
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    private ImportOutcome importFile(Path file) throws Exception {
        return service.importFile(file, new ImportRequest(null, null, null, null, SHANGHAI, null), ImportMonitor.NONE);
    }

    @Test
    void eventsLoadQuarantineAndStitchWithEveryRowAccountedFor() throws Exception {
        Path file = write("app_events.csv", """
                device_id,member_id,event_name,event_time,channel,campaign,item_id,amount
                d1,M1,app_open,2026-08-01 10:00:00,app,,,
                d1,,product_view,2026-08-01 10:01:00,app,,SKU1,
                d2,M1,purchase,2026-08-01 11:00:00,app,summer,SKU1,99.50
                d3,,app_open,yesterday,app,,,
                ,,app_open,2026-08-01 12:00:00,app,,,
                d1,M1,app_open,2026-08-01 10:00:00,app,,,
                d4,M2,push_open,2026-08-02 09:30:00,push,back2school,,
                """, StandardCharsets.UTF_8);
        QualityReport report = importFile(file).report();

        // 7 data rows: 'yesterday' is no time, the 5th row has no identifier, the 6th repeats the 1st.
        assertEquals(7, report.rowsRead());
        assertEquals(4, report.rowsLoaded());
        assertEquals(2, report.rowsQuarantined());
        assertEquals(1, report.rowsDuplicate());
        assertTrue(report.balances());
        // Local 10:00 in Shanghai is 02:00 UTC; the last event is 2026-08-02 01:30 UTC.
        assertEquals(LocalDateTime.of(2026, 8, 1, 2, 0), report.firstTimeUtc());
        assertEquals(LocalDateTime.of(2026, 8, 2, 1, 30), report.lastTimeUtc());
        // d1, d2 and M1 are one customer; d4 and M2 another.
        ProjectStats stats = new StatsRepository(store).stats();
        assertEquals(4, stats.events());
        assertEquals(2, stats.customers());
        // Identifiers d1, M1, d2, d4, M2; links d1–M1, d2–M1, d4–M2.
        assertEquals(5, stats.identifiers());
        assertEquals(3, stats.identityLinks());
        assertEquals(0, stats.sharedIdentifiers());
        assertEquals(Map.of("app", 3L, "push", 1L), stats.eventsByChannel());

        List<QuarantinedRow> quarantined = new ArrayList<>();
        new QuarantineRepository(store).forEach(quarantined::add);
        assertEquals(List.of(5L, 6L), quarantined.stream().map(QuarantinedRow::line).toList());
        assertEquals("d3,,app_open,yesterday,app,,,", quarantined.get(0).rawText());
        assertTrue(quarantined.get(0).reason().contains("yesterday"), quarantined.get(0).reason());
        assertTrue(quarantined.get(1).reason().contains("no identifier"), quarantined.get(1).reason());
    }

    @Test
    void reimportingTheSameFileAddsNothingAndOverlappingRowsAreDuplicates() throws Exception {
        String header = "member_id,event,ts,channel\n";
        Path first = write("a.csv", header + "M1,click,2026-08-01T10:00:00Z,email\nM2,click,2026-08-01T11:00:00Z,email\n",
                StandardCharsets.UTF_8);
        Path overlapping = write("b.csv", header + "M2,click,2026-08-01T11:00:00Z,email\nM3,open,2026-08-02T11:00:00Z,email\n",
                StandardCharsets.UTF_8);
        assertEquals(2, importFile(first).report().rowsLoaded());
        ImportOutcome again = importFile(first);
        assertTrue(again.alreadyImported());
        QualityReport second = importFile(overlapping).report();
        assertEquals(1, second.rowsLoaded());
        assertEquals(1, second.rowsDuplicate());
        assertEquals(3, new StatsRepository(store).stats().events());
        assertEquals(2, new StatsRepository(store).stats().imports());
    }

    @Test
    void laterFileMergesCustomersSeenSeparatelyBefore() throws Exception {
        write("web.csv", "cookie_id,member_id,event,ts,channel\nc1,,page_view,2026-08-01T10:00:00Z,web\n"
                + "c2,,page_view,2026-08-01T10:05:00Z,web\n", StandardCharsets.UTF_8);
        importFile(dir.resolve("web.csv"));
        assertEquals(2, new StatsRepository(store).stats().customers());
        write("login.csv", "cookie_id,member_id,event,ts,channel\nc1,M9,login,2026-08-02T10:00:00Z,web\n"
                + "c2,M9,login,2026-08-02T10:05:00Z,web\n", StandardCharsets.UTF_8);
        QualityReport report = importFile(dir.resolve("login.csv")).report();
        assertEquals(1, report.customersAfter());
        BrowseRepository browse = new BrowseRepository(store);
        List<Object[]> events = browse.page(BrowseQuery.all(BrowseTable.EVENTS), 0, 10);
        assertEquals(4, events.size());
        assertEquals(1, events.stream().map(row -> row[1]).distinct().count(), "all events on one global id");
    }

    @Test
    void gbkCustomersWithChineseHeadersLoadIntoTheCustomerTable() throws Exception {
        Path file = write("crm.csv", "会员ID,手机号,邮箱,姓名,性别,生日,城市,会员等级,注册时间\n"
                + "M1,13800138000,a@example.com,张三,男,1990-05-01,上海,金卡,2025-01-02 10:00:00\n"
                + "M2,+86 139-0013-9000,,李四,女,1988-12-31,北京,普通,2025-02-03 11:00:00\n",
                Charset.forName("GBK"));
        QualityReport report = importFile(file).report();
        assertEquals("customers", report.kind());
        assertEquals(2, report.rowsLoaded());
        BrowseRepository browse = new BrowseRepository(store);
        List<Object[]> customers = browse.page(BrowseQuery.all(BrowseTable.CUSTOMERS), 0, 10);
        assertEquals(2, customers.size());
        assertEquals("张三", customers.get(0)[1]);
        assertEquals("上海", customers.get(0)[4]);
        // 男 and 女 go through the built-in gender dictionary the suggested mapping gives the 性别 column.
        assertEquals(List.of("M", "F"), customers.stream().map(row -> row[2]).toList());
    }

    @Test
    void phonesAndEmailsAreStoredOnlyAsSaltedHashes() throws Exception {
        Path file = write("sms.csv", "phone,campaign,event,time\n+86 138-0013-8000,spring,click,2026-08-01 10:00:00\n",
                StandardCharsets.UTF_8);
        importFile(file);
        Object[] event = new BrowseRepository(store).page(BrowseQuery.all(BrowseTable.EVENTS), 0, 1).get(0);
        // The stored value is the project-salted hash of the normalised number, not the number.
        String expected = Pseudonymizer.withSalt(new ProjectSettings(store).salt())
                .storedValue(IdType.PHONE, "8613800138000");
        assertEquals(expected, event[2]);
        assertEquals(32, expected.length());
    }

    @Test
    void unreadableFileChangesNothing() throws Exception {
        Path empty = write("empty.csv", "", StandardCharsets.UTF_8);
        assertThrows(UnreadableFileException.class, () -> importFile(empty));
        Path binary = Files.write(dir.resolve("report.xlsx"), new byte[]{0x50, 0x4B, 3, 4, 0, 0, 0, 0, 8, 0});
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> importFile(binary));
        assertTrue(e.getMessage().contains("report.xlsx"), e.getMessage());
        ProjectStats stats = new StatsRepository(store).stats();
        assertEquals(0, stats.imports());
        assertEquals(0, stats.events());
    }

    @Test
    void anAmountTooLargeToStoreQuarantinesItsRowOnly() throws Exception {
        Path file = write("orders.csv", """
                member_id,event,ts,channel,amount
                M1,purchase,2026-08-01T10:00:00Z,store,12.50
                M2,purchase,2026-08-01T11:00:00Z,store,1e20
                M3,purchase,2026-08-01T12:00:00Z,store,99999999999999.9999
                """, StandardCharsets.UTF_8);
        QualityReport report = importFile(file).report();

        assertEquals(2, report.rowsLoaded());
        List<QuarantinedRow> quarantined = new ArrayList<>();
        new QuarantineRepository(store).forEach(quarantined::add);
        assertEquals(List.of(3L), quarantined.stream().map(QuarantinedRow::line).toList());
        assertTrue(quarantined.get(0).reason().contains("'1e20' is too large for an amount"),
                quarantined.get(0).reason());
        assertEquals(List.of(12.5, 99999999999999.9999), Arrays.stream(new EventColumnsRepository(store)
                .load(n -> { }).revenue()).boxed().toList());
    }

    @Test
    void cancelledImportLeavesTheProjectAsItWas() throws Exception {
        StringBuilder csv = new StringBuilder("member_id,event,ts,channel\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("M").append(i).append(",click,2026-08-01T10:00:00Z,email\n");
        }
        Path file = write("big.csv", csv.toString(), StandardCharsets.UTF_8);
        List<Long> visibleWhileRunning = new ArrayList<>();
        // Cancels once two blocks of events are committed, after noting what readers see of them meanwhile.
        ImportMonitor cancelAfterTwoStoredBlocks = new ImportMonitor() {
            @Override
            public void progress(long bytesDone, long bytesTotal, long rowsRead) {
            }

            @Override
            public boolean isCancelled() {
                if (store.dsl().fetchCount(DSL.table("event_block")) < 2) {
                    return false;
                }
                visibleWhileRunning.add(new EventBlockRepository(store).eventCount());
                visibleWhileRunning.add(new StatsRepository(store).stats().events());
                visibleWhileRunning.add((long) new EventColumnsRepository(store).load(n -> { }).size());
                return true;
            }
        };
        assertThrows(ImportCancelledException.class, () -> service.importFile(file,
                new ImportRequest(FileKind.EVENTS, null, null, null, SHANGHAI, null), cancelAfterTwoStoredBlocks));

        assertEquals(List.of(0L, 0L, 0L), visibleWhileRunning, "blocks of an unfinished import are invisible");
        ProjectStats stats = new StatsRepository(store).stats();
        assertEquals(0, stats.events());
        assertEquals(0, store.dsl().fetchCount(DSL.table("event_block")), "no block of the cancelled import is left");
        assertEquals(0, store.dsl().fetchCount(DSL.table("event_count")));
        assertEquals(0, stats.identifiers());
        assertEquals(0, stats.identityLinks());
        assertEquals(0, stats.imports());
        assertEquals(100_000, importFile(file).report().rowsLoaded(), "a later import of the file works");
    }
}
