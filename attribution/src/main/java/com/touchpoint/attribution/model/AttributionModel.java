package com.touchpoint.attribution.model;

import com.touchpoint.attribution.journey.JourneySet;

/** Shares the conversions and value of a set of journeys among channels. */
public interface AttributionModel {
    /** A short name for tables and charts, such as "Last touch". */
    String name();

    AttributionResult attribute(JourneySet journeys);
}
