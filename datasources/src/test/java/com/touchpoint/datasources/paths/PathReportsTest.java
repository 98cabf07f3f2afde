package com.touchpoint.datasources.paths;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathReportsTest {

    private static final String REPORT = """
            path;total_conversions;total_conversion_value;total_null
            search>email;3;300.00;7
            email;1;50;4
            sms > direct;2;N/A;1
            direct;5;500.5;0
            """;

    @TempDir
    Path dir;

    @Test
    void aFileIsReadAsAnImportWouldMapItLeavingOutRowsThatCannotBeRead() throws Exception {
        PathReport report = PathReportFile.read(Files.writeString(dir.resolve("paths.csv"), REPORT));

        assertEquals("paths.csv", report.name());
        assertEquals(List.of("search > email", "email", "direct"), report.rows().stream().map(PathRow::path).toList());
        PathRow first = report.rows().get(0);
        assertEquals(3, first.conversions());
        assertEquals(0, new BigDecimal("300").compareTo(first.value()));
        assertEquals(7, first.nonConversions());
        assertEquals(1, report.skipped().size());
        assertTrue(report.skipped().get(0).startsWith("line 4: "), report.skipped().get(0));
    }

    @Test
    void theProjectHoldsTheSameRowsAsTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("paths.csv"), REPORT);
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            new ImportService(store).importFile(file, new ImportRequest(null, null, null, null, ZoneOffset.UTC, null),
                    ImportMonitor.NONE);
            StoredPathReports stored = new StoredPathReports(store);

            assertEquals(List.of("paths.csv"), stored.names());
            PathReport fromProject = stored.load(null);
            assertEquals(summary(PathReportFile.read(file).rows()), summary(fromProject.rows()));
            // Rows come in path order, numbered 1, 2, 3.
            assertEquals(List.of("direct", "email", "search > email"),
                    fromProject.rows().stream().map(PathRow::path).toList());
            assertEquals(List.of(1L, 2L, 3L), fromProject.rows().stream().map(PathRow::line).toList());
            assertEquals(fromProject.rows(), stored.load("paths.csv").rows());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> stored.load("other.csv"));
            assertTrue(unknown.getMessage().contains("[paths.csv]"), unknown.getMessage());
        }
    }

    @Test
    void aProjectWithoutPathReportsSaysHowToGetOne() {
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                    () -> new StoredPathReports(store).load(null));
            assertTrue(none.getMessage().contains("no path report"), none.getMessage());
        }
    }

    @Test
    void aFileWithoutPathColumnsIsRefusedWithTheColumnsItNeeds() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), "user_id,event,ts\nu1,click,2026-08-01\n");

        UnreadableFileException refused = assertThrows(UnreadableFileException.class,
                () -> PathReportFile.read(events));
        assertTrue(refused.getMessage().contains("not a path report"), refused.getMessage());
    }

    /** Rows without their line numbers, values compared as numbers. */
    private static Set<String> summary(List<PathRow> rows) {
        return rows.stream().map(r -> r.path() + "|" + r.conversions() + "|" + r.value().stripTrailingZeros()
                .toPlainString() + "|" + r.nonConversions()).collect(Collectors.toSet());
    }
}
