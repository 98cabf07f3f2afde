package com.touchpoint.app.bench;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.JourneyInput;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.attribution.service.Spend;
import com.touchpoint.datasources.events.EventColumns;
import com.touchpoint.datasources.events.EventColumnsRepository;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.sampledata.EventCsvGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * Journeys from 10 million events: generates an events CSV ({@link EventCsvGenerator}: 2% purchases with revenue,
 * touches on web, app, push, email, search, feed, social) and imports it into a project once (kept in the folder
 * given, so later runs skip it), then times loading the events into columns and building the journeys separately,
 * and, for scale, running every model. Default touches (every channel but direct, every type but purchase),
 * 30-day lookback.
 *
 * <p>Usage: {@code java -Xmx6g -cp … com.touchpoint.app.bench.JourneyBenchmark DIR [rows] [users]}; defaults
 * 10,000,000 rows by 1,000,000 users.
 */
public final class JourneyBenchmark {

    private JourneyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "journey-benchmark"));
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        System.out.printf("max heap %,d MB, %d cores, Java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ProjectFile project = generatedProject(dir, rows, users);
        try (ProjectStore store = ProjectStore.open(project)) {
            EventColumns events = BenchClock.time("load events into columns",
                    () -> new EventColumnsRepository(store).load(n -> { }));
            System.out.printf("%,d events of %,d customers%n", events.size(), events.customers());
            AttributionService service = new AttributionService();
            AttributionSettings settings = AttributionSettings.defaults();
            for (int run = 1; run <= 3; run++) {
                JourneyInput input = BenchClock.time("build journeys, run " + run,
                        () -> service.journeys(events, settings, RunMonitor.NONE));
                if (run == 3) {
                    System.out.printf("%,d journeys (%,.0f converted, %,.0f not), %d channels%n",
                            input.journeys().journeys().size(), input.journeys().totalConversions(),
                            input.journeys().totalNonConversions(), input.journeys().channels().size());
                    AttributionRun all = BenchClock.time("every model, comparison, top paths",
                            () -> service.run(input, settings, Spend.NONE, RunMonitor.NONE));
                    System.out.printf("%d models run%n", all.models().size());
                }
            }
        }
    }

    /** The project of {@code rows} generated events in {@code dir}, imported on the first call and kept. */
    static ProjectFile generatedProject(Path dir, long rows, int users) throws Exception {
        ProjectFile project = ProjectFile.of(dir.resolve("events-" + rows));
        if (!Files.exists(project.dataFile())) {
            importOnce(dir, project, rows, users);
        }
        return project;
    }

    private static void importOnce(Path dir, ProjectFile project, long rows, int users) throws Exception {
        Path csv = dir.resolve("events-" + rows + ".csv");
        long start = System.nanoTime();
        EventCsvGenerator.write(csv, rows, users, 42, 0.0);
        System.out.printf("generated %,d rows in %,d ms%n", rows, (System.nanoTime() - start) / 1_000_000);
        start = System.nanoTime();
        try (ProjectStore store = ProjectStore.create(project)) {
            new ImportService(store).importFile(csv, new ImportRequest(null, null, null, null, ZoneOffset.UTC, null),
                    ImportMonitor.NONE);
        }
        System.out.printf("imported once in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        Files.delete(csv);
    }
}
