package com.touchpoint.attribution.journey;

/**
 * Conversions that had no touch inside their lookback window: how many, their value, and whether they were kept
 * as one-touch journeys on the {@link JourneyBuilder#DIRECT} channel.
 */
public record DirectConversions(double count, double value, boolean keptAsChannel) {
    public static final DirectConversions NONE = new DirectConversions(0, 0, false);
}
