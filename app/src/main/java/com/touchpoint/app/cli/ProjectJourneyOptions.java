package com.touchpoint.app.cli;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ProjectAttribution;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Option;

import java.util.Locale;

/** Where a project's journeys come from: its events (the default) or one of its imported path reports. */
final class ProjectJourneyOptions {

    @Option(names = "--journeys", paramLabel = "events|paths", description = "Build journeys from the project's "
            + "events, or take them from an imported path report (default: ${DEFAULT-VALUE}).")
    String journeys = "events";

    @Option(names = "--report", paramLabel = "NAME", description = "With --journeys paths: the path report's file "
            + "name, when the project has more than one.")
    String report;

    AttributionRun run(ProjectStore store, AttributionSettings settings) {
        ProjectAttribution attribution = new ProjectAttribution(store, new AttributionService());
        return switch (journeys.strip().toLowerCase(Locale.ROOT)) {
            case "events" -> {
                if (report != null) {
                    throw new IllegalArgumentException("--report names a path report; add --journeys paths to use "
                            + "it");
                }
                yield attribution.fromEvents(settings, RunMonitor.NONE);
            }
            case "paths" -> attribution.fromPathReport(report, settings, RunMonitor.NONE);
            default -> throw new IllegalArgumentException("--journeys takes events or paths; not '" + journeys + "'");
        };
    }
}
