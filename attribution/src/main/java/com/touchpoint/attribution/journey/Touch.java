package com.touchpoint.attribution.journey;

/** One marketing contact: a customer saw or clicked something from a channel at a point in time. */
public record Touch(long customer, String channel, long epochMillis) {
    public Touch {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("Touch of customer " + customer + " at " + epochMillis
                    + " has no channel name; map a channel for every touch event before building journeys");
        }
    }
}
