package com.touchpoint.views.attribution;

/**
 * Where an attribution run takes its journeys from: the project's events, or the imported path report of that name.
 *
 * @param pathReport the path report's name, or null for the project's events
 */
public record SourceChoice(String pathReport) {

    public static final SourceChoice EVENTS = new SourceChoice(null);

    public static SourceChoice pathReport(String name) {
        return new SourceChoice(name);
    }

    public boolean isEvents() {
        return pathReport == null;
    }
}
