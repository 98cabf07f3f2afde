package com.touchpoint.attribution.service;

import java.util.List;

/** Where a run's journeys came from: events cut by the settings, or an aggregated path report taken as given. */
public sealed interface JourneySource {

    /** A few words for tables and titles, such as "events" or "path report paths.csv". */
    String describe();

    /**
     * @param events           every event of the project
     * @param touchEvents      events that counted as touches
     * @param conversionEvents events of the conversion type
     */
    record Events(DataRange range, long events, int customers, long touchEvents, long conversionEvents)
            implements JourneySource {
        @Override
        public String describe() {
            return "events";
        }
    }

    /** @param skipped rows of the report file that could not be read, each as "line N: reason" */
    record PathReport(String name, int rows, List<String> skipped) implements JourneySource {
        public PathReport {
            skipped = List.copyOf(skipped);
        }

        @Override
        public String describe() {
            return "path report " + name;
        }
    }
}
