package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.RunMonitor;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * What the attribution view needs from the open project. Every method but {@link #projectName()} reads or writes the
 * project, so call them on a worker thread.
 */
public interface AttributionData {

    /** The choices the settings offer: the project's event types, channels and imported path reports. */
    record Choices(List<String> eventTypes, List<String> channels, List<String> pathReports) {

        public Choices {
            eventTypes = List.copyOf(eventTypes);
            channels = List.copyOf(channels);
            pathReports = List.copyOf(pathReports);
        }
    }

    Choices choices();

    /**
     * Runs attribution over the chosen journeys.
     *
     * @throws IllegalArgumentException the data does not fit the settings (the message says why)
     * @throws java.util.concurrent.CancellationException the monitor said it was cancelled
     */
    AttributionRun run(SourceChoice source, AttributionSettings settings, RunMonitor monitor);

    /** The project's data quality summary, for the workbook. */
    Table qualitySummary();

    String projectName();

    /** The settings saved by {@link #saveSettings}, as JSON, if any. */
    Optional<String> savedSettings();

    void saveSettings(String json);

    /** The project's data changed (an import): events loaded for earlier runs must be read again. */
    void dataChanged();
}
