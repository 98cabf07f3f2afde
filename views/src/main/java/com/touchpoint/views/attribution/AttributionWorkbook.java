package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.DataRange;
import com.touchpoint.attribution.service.ModelOutcome;
import com.touchpoint.reports.ChartSpec;
import com.touchpoint.reports.ChartType;
import com.touchpoint.reports.SheetSpec;
import com.touchpoint.reports.WorkbookWriter;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The attribution report workbook: a summary sheet with the model comparison and a clustered bar chart of the
 * conversions each model credits to each channel; a sheet per model (credits, and cost, CPA and ROAS when spend was
 * imported, with a bar chart), followed by the tables behind Markov and Shapley credits; the path explorer; every
 * parameter the run used; and the project's data quality summary. Plain Java, so the command line writes the same
 * workbook as the attribution view.
 */
public final class AttributionWorkbook {

    public static final String SUMMARY = "Summary";
    public static final String PATHS = "Paths";
    public static final String PARAMETERS = "Parameters";
    public static final String QUALITY = "Data quality";

    private AttributionWorkbook() {
    }

    /** The sheets, in order: summary, each model with its detail tables, paths, parameters, data quality. */
    public static List<SheetSpec> sheets(AttributionRun run, Table qualitySummary, String projectName) {
        List<SheetSpec> sheets = new ArrayList<>();
        sheets.add(summary(run, projectName));
        for (ModelOutcome outcome : run.models()) {
            sheets.add(SheetSpec.of(outcome.name(), outcome.table())
                    .withTitleLines(outcome.name(), "Credits " + number(run.totalConversions()) + " conversions worth "
                            + number(run.totalValue()) + (run.spend().isEmpty() ? ""
                            : "; cost from spend over " + run.spend().period()))
                    .withChart(new ChartSpec(ChartType.BAR, "Conversions credited by " + outcome.name(), "channel",
                            List.of("conversions"), "Channel", "Conversions")));
            for (Table detail : outcome.details()) {
                sheets.add(SheetSpec.of(detail.name(), detail).withTitleLines(detail.name()));
            }
        }
        sheets.add(SheetSpec.of(PATHS, run.topPaths())
                .withTitleLines("The " + run.topPaths().rowCount() + " most frequent paths",
                        "Touch times ignored, repeated touches kept"));
        sheets.add(SheetSpec.of(PARAMETERS, parameters(run, projectName)).withTitleLines("Parameters of this run"));
        sheets.add(SheetSpec.of(QUALITY, qualitySummary)
                .withTitleLines("Data quality of " + projectName, "One row per import, then all imports together"));
        return sheets;
    }

    /** Writes the workbook to {@code out}, replacing the file only once the new one is complete. */
    public static void write(AttributionRun run, Table qualitySummary, String projectName, Path out)
            throws IOException {
        new WorkbookWriter().write(sheets(run, qualitySummary, projectName), out);
    }

    private static SheetSpec summary(AttributionRun run, String projectName) {
        List<String> models = run.models().stream().map(ModelOutcome::name).toList();
        String data = run.dataRange().map(AttributionWorkbook::describe).orElse("");
        return SheetSpec.of(SUMMARY, run.comparison())
                .withTitleLines("Attribution report: " + projectName,
                        "Journeys from " + run.input().source().describe() + data + "; "
                                + number(run.totalConversions()) + " conversions worth " + number(run.totalValue()),
                        "Run at " + run.ranAt() + " (UTC)")
                .withChart(new ChartSpec(ChartType.CLUSTERED_BAR, "Conversions credited by model", "channel", models,
                        "Channel", "Conversions"));
    }

    /** The run's parameters with the project first. */
    private static Table parameters(AttributionRun run, String projectName) {
        Table parameters = run.parameters();
        StringColumn names = StringColumn.create("parameter", List.of("project"));
        StringColumn values = StringColumn.create("value", List.of(projectName));
        names.append(parameters.stringColumn("parameter"));
        values.append(parameters.stringColumn("value"));
        return Table.create(PARAMETERS, names, values);
    }

    private static String describe(DataRange range) {
        return " from " + range.firstDay() + " to " + range.lastDay() + " (UTC)";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%,.2f", value).replaceFirst("\\.00$", "");
    }
}
