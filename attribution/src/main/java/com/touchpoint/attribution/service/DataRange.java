package com.touchpoint.attribution.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The period the events cover: the first event, and the data end (the latest event + 1 ms, exclusive). */
public record DataRange(Instant first, Instant endExclusive) {

    public DataRange {
        if (!endExclusive.isAfter(first)) {
            throw new IllegalArgumentException("A data range must end after it starts; got " + first + " to "
                    + endExclusive);
        }
    }

    /** The UTC day of the first event. */
    public LocalDate firstDay() {
        return first.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The UTC day of the latest event. */
    public LocalDate lastDay() {
        return endExclusive.minusMillis(1).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
