package com.touchpoint.app.bench;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.browse.BrowseTableReader;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.reports.SheetSpec;
import com.touchpoint.reports.WorkbookWriter;
import com.touchpoint.sampledata.EventCsvGenerator;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code export --table events} measured: a project of generated events (100,000 by default), read page by page
 * into a table ({@link BrowseTableReader}) and written as .xlsx, three times. Target: 100,000 rows in at most 5 s
 * with {@code -Xmx512m}.
 *
 * <p>Usage: {@code java -Xmx512m -cp … com.touchpoint.app.bench.TableExportBenchmark DIR [rows]}.
 */
public final class TableExportBenchmark {

    private TableExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "export-benchmark"));
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 100_000L;
        System.out.printf("max heap %,d MB, %d cores, Java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ProjectFile project = ProjectFile.of(dir.resolve("export-" + rows));
        if (!Files.exists(project.dataFile())) {
            Path csv = dir.resolve("events-" + rows + ".csv");
            EventCsvGenerator.write(csv, rows, (int) Math.max(1, rows / 10), 42, 0.0);
            try (ProjectStore store = ProjectStore.create(project)) {
                new ImportService(store).importFile(csv,
                        new ImportRequest(null, null, null, null, ZoneOffset.UTC, null), ImportMonitor.NONE);
            }
            Files.delete(csv);
        }
        Path out = dir.resolve("events.xlsx");
        try (ProjectStore store = ProjectStore.open(project)) {
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                Table events = BenchClock.time("read events table, run " + run,
                        () -> new BrowseTableReader(store).read(BrowseQuery.all(BrowseTable.EVENTS), n -> { }));
                BenchClock.time("write .xlsx, run " + run, () -> {
                    try {
                        new WorkbookWriter().write(List.of(SheetSpec.of(events.name(), events)), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return out;
                });
                System.out.printf("run %d: %,d rows x %d columns exported in %,d ms, file %,d KB%n", run,
                        events.rowCount(), events.columnCount(), (System.nanoTime() - start) / 1_000_000,
                        Files.size(out) >> 10);
            }
        }
    }
}
