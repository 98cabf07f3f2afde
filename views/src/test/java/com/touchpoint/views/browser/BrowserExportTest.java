package com.touchpoint.views.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.project.StoreGateway;
import com.touchpoint.views.project.StoreProject;
import com.touchpoint.views.tasks.BackgroundTasks;
import com.touchpoint.views.tasks.DaemonThreads;
import com.touchpoint.views.testing.RecordingErrors;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exports of a small project's spend and events, filtered and sorted as the browser would show them. */
@Timeout(60)
class BrowserExportTest {

    @TempDir
    static Path dir;
    private static StoreProject project;

    private final RecordingErrors errors = new RecordingErrors();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final BackgroundTasks tasks = new BackgroundTasks(
            Executors.newSingleThreadExecutor(new DaemonThreads("test-browser-export")), errors, messages);

    @BeforeAll
    static void createProject() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path spend = Files.writeString(dir.resolve("spend.csv"), """
                date,channel,campaign,cost
                2026-08-01,search,brand,40
                2026-08-01,email,weekly,10
                2026-08-02,search,brand,25.5
                """);
        Path events = Files.writeString(dir.resolve("events.csv"), """
                user_id,event,ts,channel,revenue
                u1,ad_click,2026-08-01T10:00:00Z,search,
                u1,purchase,2026-08-03T10:00:00Z,web,100
                u2,click,2026-08-01T12:00:00Z,email,
                """);
        Path file = dir.resolve("shop");
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(file))) {
            ImportService imports = new ImportService(store);
            ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
            imports.importFile(spend, request, ImportMonitor.NONE);
            imports.importFile(events, request, ImportMonitor.NONE);
        }
        project = new StoreGateway().open(file);
    }

    @AfterAll
    static void closeProject() {
        project.close();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theCsvHoldsOnlyTheFilteredRowsInTheChosenOrder() throws Exception {
        BrowseQuery searchByCostDescending = BrowseQuery.all(BrowseTable.SPEND)
                .filtered("search", null, null, null, null).sortedBy("cost", true);
        Path out = dir.resolve("spend.csv.out.csv");

        export(searchByCostDescending, out);

        assertEquals("\uFEFFspend_date,channel,campaign,cost,impressions,clicks\r\n"
                + "2026-08-01,search,brand,40,,\r\n2026-08-02,search,brand,25.5,,\r\n",
                Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void theWorkbookHasASheetNamedAfterTheTableWithEveryRow() throws Exception {
        Path out = dir.resolve("events.xlsx");

        export(BrowseQuery.all(BrowseTable.EVENTS), out);

        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Events");
            assertEquals("event_time", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "a header and the three events");
        }
    }

    private void export(BrowseQuery query, Path out) throws Exception {
        BrowserExport export = new BrowserExport(project, tasks, messages, () -> query);
        Task<Path> task = WaitForAsyncUtils.asyncFx(() -> export.export(query, out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(errors.reports.isEmpty(), errors.reports.toString());
    }
}
