package com.touchpoint.app.bench;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportOutcome;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.mapping.FileKind;
import com.touchpoint.datasources.store.CsvReadBaseline;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.sampledata.EventCsvGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Import throughput on generated event CSVs: Touchpoint's import end to end (parse, map, stitch, de-duplicate,
 * store) against H2's own CSVREAD bulk load of the same file into a plain table. Prints rows/s and peak heap.
 */
@Command(name = "import", description = "Benchmark event import against H2 CSVREAD on generated CSVs.")
public final class ImportBenchmark implements Callable<Integer> {

    @Option(names = "--rows", split = ",", defaultValue = "1000000", description = "Row counts, e.g. 1000000,10000000.")
    List<Long> rowCounts;

    @Option(names = "--events-per-user", defaultValue = "10",
            description = "Events per distinct user in the generated files (users = rows / this).")
    int eventsPerUser;

    @Option(names = "--warmup-rows", defaultValue = "200000",
            description = "Rows of a first file both methods load before the measured ones, so neither is measured "
                    + "while the JVM is still compiling it (0: no warm-up). Printed, marked as warm-up.")
    long warmupRows;

    @Option(names = "--dir", description = "Working folder (default: a temporary one, removed afterwards).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("touchpoint-bench");
        System.out.printf("max heap %,d MB, %d cores, Java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-12s %-30s %12s %12s %10s %10s%n", "rows", "method", "seconds", "rows/s", "peak MB",
                "file MB");
        if (warmupRows > 0) {
            run(work, warmupRows, " (warm-up)");
        }
        for (long rows : rowCounts) {
            run(work, rows, "");
        }
        if (dir == null) {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void run(Path work, long rows, String label) throws Exception {
        Path csv = work.resolve("events-" + rows + ".csv");
        EventCsvGenerator.write(csv, rows, (int) Math.max(1, rows / eventsPerUser), 42, 0.0);
        long fileMb = Files.size(csv) >> 20;
        runTouchpoint(work, csv, rows, fileMb, label);
        runCsvRead(work, csv, rows, fileMb, label);
        Files.deleteIfExists(csv);
    }

    private static void runTouchpoint(Path work, Path csv, long rows, long fileMb, String label) throws Exception {
        ProjectFile file = ProjectFile.of(work.resolve("tp-" + rows));
        Files.deleteIfExists(file.dataFile());
        ImportOutcome outcome;
        try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            try (ProjectStore store = ProjectStore.create(file)) {
                outcome = new ImportService(store).importFile(csv,
                        new ImportRequest(FileKind.EVENTS, null, null, null, ZoneOffset.UTC, null),
                        ImportMonitor.NONE);
            }
            print(rows, "touchpoint import" + label, (System.nanoTime() - start) / 1e9, outcome.report().rowsLoaded(),
                    heap.megabytes(), fileMb);
        }
        if (!outcome.report().balances() || outcome.report().rowsRead() != rows) {
            throw new IllegalStateException("import accounted for " + outcome.report().rowsRead() + " of " + rows);
        }
        Files.deleteIfExists(file.dataFile());
    }

    private static void runCsvRead(Path work, Path csv, long rows, long fileMb, String label) throws Exception {
        Path database = work.resolve("csvread-" + rows);
        try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            long loaded = CsvReadBaseline.load(csv, database);
            print(rows, "H2 CSVREAD" + label, (System.nanoTime() - start) / 1e9, loaded, heap.megabytes(), fileMb);
        }
        CsvReadBaseline.delete(database);
    }

    private static void print(long rows, String method, double seconds, long loaded, long peakMb, long fileMb) {
        System.out.printf("%-12d %-30s %12.2f %,12.0f %10d %10d%n", rows, method, seconds, loaded / seconds,
                peakMb, fileMb);
    }
}
