package com.touchpoint.app.cli;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.datasources.quality.ProjectQuality;
import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.views.attribution.AttributionWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "attribution", sortOptions = false, description = {
        "Write the attribution report: a summary with the model comparison and a chart, a sheet per model, the "
                + "path explorer, every parameter used and the project's data quality.",
        "Takes the same journey and model options as attribute. Exit code 0 on success, 2 otherwise."})
final class AttributionReportCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--model", paramLabel = "M[,M...]", description = "The models to compare (default: "
            + "${DEFAULT-VALUE}).")
    String models = "all";

    @Mixin
    ProjectJourneyOptions journeys;

    @Mixin
    AttributionOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (!out.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
                throw new IllegalArgumentException("--out must name an .xlsx file; got " + out);
            }
            try (ProjectStore store = project.open()) {
                AttributionRun run = journeys.run(store, options.settings(models));
                AttributionWorkbook.write(run, new ProjectQuality(store).summary(), store.file().displayName(), out);
                PrintWriter written = spec.commandLine().getOut();
                written.printf("%s: %d models, %s conversions%n", out, run.models().size(),
                        CreditRows.number(run.totalConversions()));
                written.flush();
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | ProjectException | IOException e) {
            return CliFailure.report(spec, e);
        }
    }
}
