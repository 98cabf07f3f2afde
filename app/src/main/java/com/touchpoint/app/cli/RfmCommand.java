package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.ResultStore;
import com.touchpoint.analysis.rfm.RfmCalculator;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.rfm.RfmTables;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.reports.ColumnFormat;
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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rfm", description = {"Score recency, frequency and monetary value 1-5 for every customer, save the "
        + "scores in the project, and print the RFM groups and the R x F heat map (customers, revenue).",
    "Exit code 2 when the settings are invalid or the workbook cannot be written."})
final class RfmCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--window", paramLabel = "SPAN", description = "Orders in this span before the reference time "
            + "count, e.g. 365d, 26w (default: the project's RFM setting, else 365d).")
    String window;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "Also write the groups and heat map as a "
            + "workbook.")
    Path workbook;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectStore store = project.open()) {
            AudienceData data = audience.load(store);
            ResultStore results = new ResultStore(store);
            RfmSettings settings = window == null ? results.rfmSettings() : results.rfmSettings().withWindow(window);
            long reference = audience.reference(store, data);
            RfmScores scores = RfmCalculator.compute(data, settings, reference, new CancellationToken());
            results.saveRfm(data, scores);
            Table groups = RfmTables.groupTable(scores);
            Table heatMap = RfmTables.heatMapTable(scores);
            out.println(groups.printAll());
            out.println(heatMap.printAll());
            if (workbook != null) {
                new WorkbookWriter().write(List.of(
                        SheetSpec.of("RFM groups", groups).withFormat("revenue", ColumnFormat.MONEY)
                                .withTitleLines("RFM groups", "Window " + settings.window() + " before "
                                        + Instant.ofEpochMilli(reference) + " (UTC)"),
                        SheetSpec.of("R x F", heatMap).withFormat("revenue", ColumnFormat.MONEY)), workbook);
                err.println("RFM written to " + workbook);
            }
            return 0;
        } catch (AnalysisException | IOException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
