package com.touchpoint.app.cli;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseRepository;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StatsRepository;
import com.touchpoint.sampledata.SampleProject;
import com.touchpoint.sampledata.SampleSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands on the shipped sample project, built once the way the desktop app builds it. */
class SampleProjectCommandsTest {

    @TempDir
    static Path dir;
    private static Path project;
    private static long purchases;
    private static long events;

    @BeforeAll
    static void createSampleProject() throws Exception {
        project = dir.resolve("sample");
        SampleProject.create(ProjectFile.of(project), ImportMonitor.NONE);
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(project))) {
            BrowseRepository browse = new BrowseRepository(store);
            purchases = browse.count(BrowseQuery.all(BrowseTable.EVENTS).filtered(null, "purchase", null, null,
                    null));
            events = new StatsRepository(store).eventCount();
        }
    }

    @Test
    void everyModelCreditsExactlyTheConversions() {
        CommandRun run = CommandRun.of(new AttributeCommand(), "--project", project.toString(), "--model", "all");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("model,channel,conversions,value,share,cost,cpa,roas", lines.get(0));
        Map<String, Double> conversionsByModel = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            conversionsByModel.merge(fields[0], Double.parseDouble(fields[2]), Double::sum);
        }
        assertEquals(Set.of("first", "last", "last-non-direct", "linear", "time-decay", "position", "markov",
                "shapley", "shapley-ordered"), conversionsByModel.keySet());
        // Every purchase event is one conversion: in a journey, or on (direct) when no touch came before it.
        // Rows are rounded to 6 decimals, so a model's sum may be off by a few millionths per channel.
        assertTrue(purchases > 900, "the sample has about 1,000 purchases; got " + purchases);
        conversionsByModel.forEach((model, sum) -> assertEquals(purchases, sum, 1e-4, model));
    }

    @Test
    void aPathReportFileGivesWhatTheSameReportInAProjectGives() throws Exception {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        Path paths = SampleSet.extractTo(exports).stream().filter(p -> p.getFileName().toString().equals("paths.csv"))
                .findFirst().orElseThrow();
        Path pathsOnly = dir.resolve("paths-only");
        assertEquals(0, CommandRun.of(new ImportCommand(), "--project", pathsOnly.toString(), paths.toString())
                .exitCode());

        CommandRun fromFile = CommandRun.of(new AttributeCommand(), "--paths", paths.toString(), "--model", "all");
        CommandRun fromProject = CommandRun.of(new AttributeCommand(), "--project", pathsOnly.toString(),
                "--journeys", "paths", "--model", "all");

        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(0, fromProject.exitCode(), fromProject.err());
        // The project lists the report's rows in path order, the file in its own order, so channels may come in
        // another order; the rows are the same.
        assertEquals(sortedLines(fromProject.out()), sortedLines(fromFile.out()));
        assertTrue(fromFile.out().lines().count() > 9 * 6, fromFile.out());
    }

    @Test
    void theReportAndExportsAreWritten() throws Exception {
        Path report = dir.resolve("attribution.xlsx");
        CommandRun written = CommandRun.of(new ReportCommand(), "attribution", "--project", project.toString(),
                "--out", report.toString(), "--model", "first,markov");
        assertEquals(0, written.exitCode(), written.err());
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Summary", "First touch", "Markov order 1", "Removal effects, Markov order 1",
                    "Transitions, Markov order 1", "Paths", "Parameters", "Data quality"), names);
        }

        Path eventsFile = dir.resolve("events.xlsx");
        CommandRun exported = CommandRun.of(new ExportCommand(), "--project", project.toString(), "--table", "events",
                "--out", eventsFile.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        try (InputStream in = Files.newInputStream(eventsFile); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // The header, then one row per event.
            assertEquals(events, workbook.getSheet("events").getLastRowNum());
            assertEquals("event_time", workbook.getSheet("events").getRow(0).getCell(0).getStringCellValue());
        }

        Path quality = dir.resolve("quality.csv");
        assertEquals(0, CommandRun.of(new ExportCommand(), "--project", project.toString(), "--table", "quality",
                "--out", quality.toString()).exitCode());
        assertTrue(Files.readString(quality).lines().anyMatch(line -> line.startsWith("all imports (")));

        CommandRun unknown = CommandRun.of(new ExportCommand(), "--project", project.toString(), "--table", "orders",
                "--out", dir.resolve("x.xlsx").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("choose events, customers"), unknown.err());
    }

    private static List<String> sortedLines(String text) {
        return Arrays.stream(text.split("\\R")).sorted().collect(Collectors.toList());
    }
}
