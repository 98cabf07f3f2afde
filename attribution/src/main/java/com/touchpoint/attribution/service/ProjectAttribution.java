package com.touchpoint.attribution.service;

import com.touchpoint.datasources.events.EventColumns;
import com.touchpoint.datasources.events.EventColumnsRepository;
import com.touchpoint.datasources.paths.StoredPathReports;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.SpendTotalsRepository;
import com.touchpoint.datasources.store.StatsRepository;

import java.util.List;

/**
 * Attribution over one open project: loads its events once (kept for later runs with other settings; make a new
 * instance after an import), takes spend for the period attributed, and runs {@link AttributionService}.
 */
public final class ProjectAttribution {

    private static final double EVENTS_LOADED = 0.4;
    private static final double JOURNEYS_BUILT = 0.6;

    private final ProjectStore store;
    private final AttributionService service;
    private EventColumns events;

    public ProjectAttribution(ProjectStore store, AttributionService service) {
        this.store = store;
        this.service = service;
    }

    /**
     * Journeys from the project's events; cost summed over the UTC days from the first event to the latest.
     *
     * @throws IllegalArgumentException the events hold no conversion of the chosen type, or a chosen touch channel
     *                                  or type does not occur
     */
    public AttributionRun fromEvents(AttributionSettings settings, RunMonitor monitor) {
        EventColumns loaded = events(monitor.within(0, EVENTS_LOADED));
        JourneyInput input = service.journeys(loaded, settings, monitor.within(EVENTS_LOADED, JOURNEYS_BUILT));
        DataRange range = ((JourneySource.Events) input.source()).range();
        Spend spend = new Spend(new SpendTotalsRepository(store).costPerChannel(range.firstDay(), range.lastDay()),
                range.firstDay() + " to " + range.lastDay());
        return service.run(input, settings, spend, monitor.within(JOURNEYS_BUILT, 1));
    }

    /**
     * Journeys from an imported path report ({@code reportName} null: the project's only one); cost summed over
     * every imported day, since a path report has no dates.
     */
    public AttributionRun fromPathReport(String reportName, AttributionSettings settings, RunMonitor monitor) {
        JourneyInput input = service.journeys(new StoredPathReports(store).load(reportName));
        Spend spend = new Spend(new SpendTotalsRepository(store).costPerChannel(), "every imported day");
        return service.run(input, settings, spend, monitor);
    }

    /** The names of the project's imported path reports. */
    public List<String> pathReports() {
        return new StoredPathReports(store).names();
    }

    private EventColumns events(RunMonitor monitor) {
        if (events == null) {
            long total = Math.max(1, new StatsRepository(store).eventCount());
            monitor.progress(0, "Loading events");
            events = new EventColumnsRepository(store).load(read -> {
                monitor.checkCancelled();
                monitor.progress((double) read / total, "Loading events");
            });
        }
        return events;
    }
}
