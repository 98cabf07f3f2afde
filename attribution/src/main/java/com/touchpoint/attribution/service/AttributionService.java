package com.touchpoint.attribution.service;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import com.touchpoint.attribution.journey.PathExplorer;
import com.touchpoint.datasources.events.EventColumns;
import com.touchpoint.datasources.paths.PathReport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs attribution for the analyst: journeys from a project's events (cut by the touch, conversion and lookback
 * settings) or from a path report (taken as given), then every chosen model, the comparison, the path explorer and
 * the parameter list. Progress is reported and cancellation checked while journeys are built and between models;
 * a cancelled run throws {@link java.util.concurrent.CancellationException}.
 */
public final class AttributionService {

    private final Clock clock;

    public AttributionService() {
        this(Clock.systemUTC());
    }

    /** @param clock tells the run time written into the parameters */
    public AttributionService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Journeys from events sorted by customer and time, as {@link EventColumns} holds them.
     *
     * @throws IllegalArgumentException no events, a conversion type or touch channel or type no event has
     */
    public JourneyInput journeys(EventColumns events, AttributionSettings settings, RunMonitor monitor) {
        return EventJourneys.build(events, settings, monitor);
    }

    /** Journeys from a path report: per row, its conversions with their value and its non-conversions. */
    public JourneyInput journeys(PathReport report) {
        List<PathRow> rows = report.rows().stream()
                .map(row -> new PathRow(row.path(), row.conversions(), row.value().doubleValue(),
                        row.nonConversions()))
                .toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The path report " + report.name() + " has no readable rows"
                    + (report.skipped().isEmpty() ? "" : "; the first problem: " + report.skipped().get(0)));
        }
        return new JourneyInput(JourneySet.fromPathRows(rows),
                new JourneySource.PathReport(report.name(), rows.size(), report.skipped()));
    }

    /** Runs the settings' models over the journeys, in order. */
    public AttributionRun run(JourneyInput input, AttributionSettings settings, Spend spend, RunMonitor monitor) {
        Instant ranAt = clock.instant();
        List<ModelKind> kinds = settings.models();
        List<ModelOutcome> outcomes = new ArrayList<>(kinds.size());
        for (int k = 0; k < kinds.size(); k++) {
            monitor.checkCancelled();
            monitor.progress((double) k / (kinds.size() + 1), kinds.get(k).id());
            outcomes.add(ModelRunner.run(kinds.get(k), settings.modelSettings(), input.journeys(), spend));
        }
        monitor.checkCancelled();
        monitor.progress((double) kinds.size() / (kinds.size() + 1), "path explorer");
        AttributionRun run = new AttributionRun(settings, input, spend, outcomes, ComparisonTable.of(outcomes),
                PathExplorer.topPaths(input.journeys(), settings.topPaths()),
                ParameterTable.of(input, settings, spend, ranAt), ranAt);
        monitor.progress(1, "done");
        return run;
    }
}
