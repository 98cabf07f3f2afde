package com.touchpoint.datasources.imports;

import com.touchpoint.datasources.read.FileFormat;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStats;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StatsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A format the analyst chooses instead of the detected one: honoured, and a wrong choice ends like a broken file. */
class ImportFormatTest {

    private static final String CSV = """
            member_id,event,ts
            M1,click,2026-08-01T10:00:00Z
            M2,open,2026-08-01T11:00:00Z
            """;
    private static final String NDJSON = """
            {"member_id":"M1","event":"click","ts":"2026-08-01T10:00:00Z"}
            {"member_id":"M2","event":"open","ts":"2026-08-01T11:00:00Z"}
            """;
    private static final ImportRequest DETECT = new ImportRequest(null, null, null, null, ZoneId.of("UTC"), null);

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

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private ProjectStats stats() {
        return new StatsRepository(store).stats();
    }

    @Test
    void theSixPartRequestDetectsTheFormatAndEditsKeepTheChoice() {
        assertNull(DETECT.format());
        assertEquals(FileFormat.CSV, DETECT.withFormat(FileFormat.CSV).withProfile(null).format());
    }

    @Test
    void aCsvNamedLikeJsonIsRefusedByDetectionButImportsWhenReadAsCsv() throws Exception {
        Path file = write("export.json", CSV);

        UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, DETECT, ImportMonitor.NONE));
        assertTrue(refused.getMessage().contains("is named like a JSON file"), refused.getMessage());

        FilePreview preview = service.preview(file, DETECT.withFormat(FileFormat.CSV));
        assertEquals(FileFormat.CSV, preview.options().format());
        assertEquals(',', preview.options().delimiter());
        QualityReport report = service.importFile(file, DETECT.withFormat(FileFormat.CSV), ImportMonitor.NONE)
                .report();
        assertEquals(2, report.rowsLoaded());
        assertEquals(2, stats().events());
    }

    @Test
    void ndjsonReadAsCsvHasNoMappableColumnsAndChangesNothing() throws Exception {
        Path file = write("events.ndjson", NDJSON);

        // Split at its commas, each line is three "columns" such as {"member_id":"M1": no field matches those names.
        ImportFailedException failed = assertThrows(ImportFailedException.class,
                () -> service.importFile(file, DETECT.withFormat(FileFormat.CSV), ImportMonitor.NONE));

        assertTrue(failed.getMessage().startsWith("events.ndjson cannot be imported as events: "), failed.getMessage());
        assertTrue(failed.getMessage().contains("Mapped: nothing"), failed.getMessage());
        assertEquals(0, stats().imports());
        assertEquals(0, stats().events());
    }

    @Test
    void csvReadAsJsonIsRefusedAsUnreadableSayingWhatItIsNot() throws Exception {
        Path file = write("events.csv", CSV);

        UnreadableFileException asNdjson = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, DETECT.withFormat(FileFormat.NDJSON), ImportMonitor.NONE));
        UnreadableFileException asArray = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, DETECT.withFormat(FileFormat.JSON_ARRAY), ImportMonitor.NONE));

        assertTrue(asNdjson.getMessage().startsWith("'events.csv' is not one JSON object per line (line 1: invalid "
                + "JSON"), asNdjson.getMessage());
        assertEquals("'events.csv' could not be read: the file does not start with '[', so it is not a JSON array; "
                + "read it as NDJSON or CSV instead", asArray.getMessage());
        assertEquals(0, stats().imports());
    }

    @Test
    void ndjsonWithSomeBrokenLinesReadAsNdjsonQuarantinesThem() throws Exception {
        Path file = write("mixed.ndjson", NDJSON + "member_id,event,ts\n");

        QualityReport report = service.importFile(file, DETECT.withFormat(FileFormat.NDJSON), ImportMonitor.NONE)
                .report();

        // Lines 1 and 2 are objects; line 3 is CSV text, not JSON.
        assertEquals(3, report.rowsRead());
        assertEquals(2, report.rowsLoaded());
        assertEquals(1, report.rowsQuarantined());
    }
}
