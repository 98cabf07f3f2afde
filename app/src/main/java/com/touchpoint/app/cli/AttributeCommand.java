package com.touchpoint.app.cli;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.JourneyInput;
import com.touchpoint.attribution.service.JourneySource;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.attribution.service.Spend;
import com.touchpoint.datasources.paths.PathReportFile;
import com.touchpoint.datasources.read.UnreadableFileException;
import com.touchpoint.datasources.store.ProjectException;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "attribute", sortOptions = false, description = {
        "Attribute conversions to channels with one or more models and print one row per model and channel: "
                + "model,channel,conversions,value,share (plus cost,cpa,roas where spend was imported).",
        "Journeys come from the project's events (or, with --journeys paths, an imported path report), or from a "
                + "path report file given with --paths.",
        "Exit code 0 on success, 2 when the input cannot be used."})
final class AttributeCommand implements Callable<Integer> {

    /** Either a project or a path report file. */
    static final class Source {
        @Option(names = "--project", required = true, paramLabel = "FILE",
                description = "The project file (NAME or NAME.mv.db).")
        Path project;

        @Option(names = "--paths", required = true, paramLabel = "FILE", description = "A path report file "
                + "(path, conversions, value, non-conversions), read without a project; no spend.")
        Path paths;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--model", required = true, paramLabel = "M[,M...]", description = "first, last, "
            + "last-non-direct, linear, time-decay, position, markov, shapley, shapley-ordered, or all.")
    String models;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "csv";

    @Mixin
    ProjectJourneyOptions journeys;

    @Mixin
    AttributionOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new IllegalArgumentException("--format takes csv or json; not '" + format + "'");
            }
            AttributionSettings settings = options.settings(models);
            AttributionRun run = source.paths != null ? fromFile(settings) : fromProject(settings);
            PrintWriter out = spec.commandLine().getOut();
            if (format.equals("json")) {
                CreditRows.json(run, out);
            } else {
                CreditRows.csv(run, out);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException | IllegalStateException | ProjectException | UnreadableFileException e) {
            return CliFailure.report(spec, e);
        }
    }

    private AttributionRun fromProject(AttributionSettings settings) {
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(source.project))) {
            return journeys.run(store, settings);
        }
    }

    private AttributionRun fromFile(AttributionSettings settings) throws UnreadableFileException {
        if (!journeys.journeys.equals("events") || journeys.report != null) {
            throw new IllegalArgumentException("--journeys and --report choose journeys inside a project; with "
                    + "--paths the file's journeys are used");
        }
        AttributionService service = new AttributionService();
        JourneyInput input = service.journeys(PathReportFile.read(source.paths));
        JourneySource.PathReport report = (JourneySource.PathReport) input.source();
        if (!report.skipped().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(report.name() + ": " + report.skipped().size() + " rows left out, first "
                    + report.skipped().get(0));
            err.flush();
        }
        return service.run(input, settings, Spend.NONE, RunMonitor.NONE);
    }
}
