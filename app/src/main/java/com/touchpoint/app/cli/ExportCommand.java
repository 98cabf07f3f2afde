package com.touchpoint.app.cli;

import com.touchpoint.datasources.browse.BrowseQuery;
import com.touchpoint.datasources.browse.BrowseTable;
import com.touchpoint.datasources.browse.BrowseTableReader;
import com.touchpoint.datasources.quality.ProjectQuality;
import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.reports.CsvTableWriter;
import com.touchpoint.reports.SheetSpec;
import com.touchpoint.reports.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", description = {"Export one of the project's tables to Excel (.xlsx; past 1,048,576 rows "
        + "it continues on further sheets) or CSV (.csv, UTF-8 with BOM).",
        "Exit code 0 on success, 2 otherwise."})
final class ExportCommand implements Callable<Integer> {

    private static final Map<String, BrowseTable> TABLES = Map.of("events", BrowseTable.EVENTS,
            "customers", BrowseTable.CUSTOMERS, "spend", BrowseTable.SPEND, "paths", BrowseTable.PATHS,
            "quarantine", BrowseTable.QUARANTINE_ROWS, "imports", BrowseTable.IMPORTS);
    private static final String QUALITY = "quality";

    @Mixin
    ProjectOption project;

    @Option(names = "--table", required = true, paramLabel = "NAME", description = "events, customers, spend, paths, "
            + "quarantine, imports or quality (the data quality summary).")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.xlsx or FILE.csv.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            String name = table.strip().toLowerCase(Locale.ROOT);
            if (!TABLES.containsKey(name) && !name.equals(QUALITY)) {
                throw new IllegalArgumentException("There is no table '" + table + "'; choose events, customers, "
                        + "spend, paths, quarantine, imports or quality");
            }
            String file = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!file.endsWith(".xlsx") && !file.endsWith(".csv")) {
                throw new IllegalArgumentException("--out must name an .xlsx or .csv file; got " + out);
            }
            Table exported;
            try (ProjectStore store = project.open()) {
                exported = name.equals(QUALITY) ? new ProjectQuality(store).summary()
                        : new BrowseTableReader(store).read(BrowseQuery.all(TABLES.get(name)), rows -> { });
            }
            if (file.endsWith(".csv")) {
                new CsvTableWriter().write(exported, out);
            } else {
                new WorkbookWriter().write(List.of(SheetSpec.of(exported.name(), exported)), out);
            }
            PrintWriter written = spec.commandLine().getOut();
            written.printf("%s: %,d rows of %s%n", out, exported.rowCount(), name);
            written.flush();
            return 0;
        } catch (IllegalArgumentException | ProjectException | IOException e) {
            return CliFailure.report(spec, e);
        }
    }
}
