package com.touchpoint.views.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.datasources.imports.FilePreview;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.imports.QualityReport;
import com.touchpoint.datasources.mapping.CanonicalField;
import com.touchpoint.datasources.normalize.ValueMap;
import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.store.CustomerProfileRepository;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.QuarantineRepository;
import com.touchpoint.datasources.store.QuarantinedRow;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.imports.FileImportModel.State;
import com.touchpoint.views.tasks.DaemonThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file through the wizard's models over a real project, without a window: this test's thread plays the JavaFX
 * thread, running what the preview hands over to it.
 */
class FileImportModelTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CUSTOMERS = """
            member_id,name,gender
            M1,张三,男
            M2,李四,女
            M3,王五,未知
            M4,赵六,X
            """;

    @TempDir
    Path folder;

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService background =
            Executors.newSingleThreadScheduledExecutor(new DaemonThreads("test-preview"));
    private ProjectStore store;
    private ImportService service;

    @BeforeEach
    void openProject() {
        store = ProjectStore.create(ProjectFile.of(folder.resolve("project")));
        service = new ImportService(store);
    }

    @AfterEach
    void closeProject() {
        background.shutdownNow();
        store.close();
    }

    private FileImportModel open(String name, String text) throws IOException, InterruptedException {
        Path file = Files.writeString(folder.resolve(name), text);
        FileImportModel model = new FileImportModel(file, SHANGHAI, service::preview, background, fxThread::add,
                messages);
        awaitPreview(model);
        return model;
    }

    /** Runs what the background hands to the "JavaFX thread" until the file's preview is read or refused. */
    private void awaitPreview(FileImportModel file) throws InterruptedException {
        while (file.stateProperty().get() == State.LOADING) {
            Runnable handedOver = fxThread.poll(20, TimeUnit.SECONDS);
            assertNotNull(handedOver, "the preview did not finish");
            handedOver.run();
        }
    }

    /** Opens the gender editor, maps 男 → M, 女 → F, 未知 → no value and nothing else, and applies it. */
    private static void mapGender(FileImportModel file, ValueMap.Unknown unknown) {
        MappingModel mapping = file.mappingProperty().get();
        FieldMapping gender = mapping.rows().stream().filter(row -> row.field() == CanonicalField.GENDER)
                .findFirst().orElseThrow();
        ValueMapModel values = mapping.valueMapEditor(gender);
        for (ValueEntry entry : values.entries()) {
            entry.mappedProperty().set(List.of("男", "女", "未知").contains(entry.value()));
            entry.becomesProperty().set(switch (entry.value()) {
                case "男" -> "M";
                case "女" -> "F";
                default -> "";
            });
        }
        // Typing ticks a value: untick the others again.
        values.entries().forEach(entry -> entry.mappedProperty().set(List.of("男", "女", "未知")
                .contains(entry.value())));
        values.unknownProperty().set(unknown);
        values.apply();
    }

    private QualityReport importFile(FileImportModel file) throws Exception {
        return service.importFile(file.file(), file.request(), ImportMonitor.NONE).report();
    }

    private String genderOf(String memberId) {
        CustomerProfileRepository customers = new CustomerProfileRepository(store);
        long globalId = customers.find(memberId).get(0).globalId();
        return customers.attributes(globalId).orElseThrow().gender();
    }

    @Test
    void theValueMapAppliedInTheMappingStepIsWhatTheImportStoresAndSaves() throws Exception {
        FileImportModel file = open("crm.csv", CUSTOMERS);
        assertEquals(State.READY, file.stateProperty().get());

        mapGender(file, ValueMap.Unknown.KEEP);
        QualityReport report = importFile(file);

        assertEquals(4, report.rowsLoaded());
        // 男 → M, 女 → F, 未知 → no value; X is not in the map and KEEP keeps it as written.
        assertEquals("M", genderOf("M1"));
        assertEquals("F", genderOf("M2"));
        assertNull(genderOf("M3"));
        assertEquals("X", genderOf("M4"));
        // The map was saved with the profile: a later file with the same header gets it back.
        FilePreview next = service.preview(Files.writeString(folder.resolve("crm-june.csv"),
                "member_id,name,gender\nM5,钱七,女\n"), new ImportRequest(null, null, null, null, SHANGHAI, null));
        assertTrue(next.savedProfile());
        assertEquals(file.request().profile().valueMaps(), next.profile().valueMaps());
        assertEquals(3, next.profile().valueMaps().get(CanonicalField.GENDER).entries().size());
    }

    @Test
    void withRejectAValueNotInTheMapQuarantinesItsRowNamingTheValue() throws Exception {
        FileImportModel file = open("crm.csv", CUSTOMERS);

        mapGender(file, ValueMap.Unknown.REJECT);
        QualityReport report = importFile(file);

        assertEquals(3, report.rowsLoaded());
        assertEquals(1, report.rowsQuarantined());
        List<QuarantinedRow> quarantined = new ArrayList<>();
        new QuarantineRepository(store).forEach(quarantined::add);
        assertEquals(1, quarantined.size());
        // Line 5 of the file: the header is line 1.
        assertEquals(5, quarantined.get(0).line());
        assertTrue(quarantined.get(0).reason().contains("'X' is not one of the known values"),
                quarantined.get(0).reason());
        assertEquals(List.of(), new CustomerProfileRepository(store).find("M4"));
        assertEquals("M", genderOf("M1"));
    }

    @Test
    void choosingAFormatReadsAFileThatDetectionRefusedAndTheImportUsesIt() throws Exception {
        FileImportModel file = open("export.json", "member_id,event,ts\nM1,click,2026-08-01 10:00:00\n"
                + "M2,open,2026-08-01 11:00:00\n");
        assertEquals(State.UNREADABLE, file.stateProperty().get());
        assertTrue(file.messageProperty().get().contains("is named like a JSON file"), file.messageProperty().get());

        file.formatProperty().set(FileFormat.CSV);
        awaitPreview(file);

        assertEquals(State.READY, file.stateProperty().get());
        assertEquals(List.of("member_id", "event", "ts"), file.previewProperty().get().sniff().header());
        assertEquals(FileFormat.CSV, file.request().format());
        assertEquals(2, importFile(file).rowsLoaded());
    }

    @Test
    void aWrongFormatSaysTheFileCannotBeReadAndTheRightOneReadsItAgain() throws Exception {
        FileImportModel file = open("events.csv", "member_id;event;ts\nM1;click;2026-08-01 10:00:00\n");
        assertEquals(';', file.delimiterProperty().get());

        file.formatProperty().set(FileFormat.NDJSON);
        awaitPreview(file);

        assertEquals(State.UNREADABLE, file.stateProperty().get());
        assertTrue(file.messageProperty().get().startsWith("'events.csv' is not one JSON object per line"),
                file.messageProperty().get());

        file.formatProperty().set(FileFormat.CSV);
        awaitPreview(file);

        assertEquals(State.READY, file.stateProperty().get());
        assertEquals(';', file.delimiterProperty().get());
        assertEquals(List.of("member_id", "event", "ts"), file.previewProperty().get().sniff().header());
    }
}
