package com.touchpoint.views.attribution;

import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.ProjectAttribution;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.datasources.quality.ProjectQuality;
import com.touchpoint.datasources.store.DefinitionRepository;
import com.touchpoint.views.project.StoreProject;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * Attribution over an open project: keeps one {@link ProjectAttribution} (it holds the events loaded for the first
 * run, so later runs start at once) until the data changes, and keeps the last settings as the project's saved
 * definition of kind {@value #SETTINGS_KIND}.
 */
public final class ProjectAttributionData implements AttributionData {

    static final String SETTINGS_KIND = "attribution-settings";
    static final String SETTINGS_NAME = "last";

    private final StoreProject project;
    private volatile ProjectAttribution attribution;

    public ProjectAttributionData(StoreProject project) {
        this.project = project;
        this.attribution = newAttribution();
    }

    @Override
    public Choices choices() {
        return new Choices(project.browse().distinctEventValues("event_type"),
                project.browse().distinctEventValues("channel"), attribution.pathReports());
    }

    @Override
    public AttributionRun run(SourceChoice source, AttributionSettings settings, RunMonitor monitor) {
        ProjectAttribution current = attribution;
        return source.isEvents() ? current.fromEvents(settings, monitor)
                : current.fromPathReport(source.pathReport(), settings, monitor);
    }

    @Override
    public Table qualitySummary() {
        return new ProjectQuality(project.store()).summary();
    }

    @Override
    public String projectName() {
        return project.name();
    }

    @Override
    public Optional<String> savedSettings() {
        return new DefinitionRepository(project.store()).load(SETTINGS_KIND, SETTINGS_NAME);
    }

    @Override
    public void saveSettings(String json) {
        new DefinitionRepository(project.store()).save(SETTINGS_KIND, SETTINGS_NAME, json);
    }

    @Override
    public void dataChanged() {
        attribution = newAttribution();
    }

    private ProjectAttribution newAttribution() {
        return new ProjectAttribution(project.store(), new AttributionService());
    }
}
