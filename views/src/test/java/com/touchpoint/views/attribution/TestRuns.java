package com.touchpoint.views.attribution;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import com.touchpoint.attribution.service.AttributionRun;
import com.touchpoint.attribution.service.AttributionService;
import com.touchpoint.attribution.service.AttributionSettings;
import com.touchpoint.attribution.service.JourneyInput;
import com.touchpoint.attribution.service.JourneySource;
import com.touchpoint.attribution.service.RunMonitor;
import com.touchpoint.attribution.service.Spend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Attribution runs over small hand-made path reports, for view-model tests. */
final class TestRuns {

    /**
     * Twelve journeys: "search > email" 3 conversions (value 300) and 1 non-conversion; "email" 1 conversion (50)
     * and 3 non-conversions; "sms" 4 non-conversions. First touch credits search 3, email 1; linear splits the
     * two-touch conversions half and half: search 1.5, email 2.5.
     */
    static final List<PathRow> PATHS = List.of(new PathRow("search > email", 3, 300, 1),
            new PathRow("email", 1, 50, 3), new PathRow("sms", 0, 0, 4));

    private TestRuns() {
    }

    static AttributionRun run(AttributionSettings settings) {
        JourneyInput input = new JourneyInput(JourneySet.fromPathRows(PATHS),
                new JourneySource.PathReport("paths.csv", PATHS.size(), List.of()));
        AttributionService service = new AttributionService(Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"),
                ZoneOffset.UTC));
        return service.run(input, settings, Spend.NONE, RunMonitor.NONE);
    }
}
