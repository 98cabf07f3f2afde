package com.touchpoint.views.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

    @Test
    void numbersHaveNoGroupingAndNoTrailingZeros() {
        assertEquals("10000000", ValueFormat.format(10_000_000L));
        assertEquals("1.5", ValueFormat.format(1.5));
        assertEquals("3", ValueFormat.format(3.0));
        assertEquals("1200", ValueFormat.format(new BigDecimal("1.2E+3")));
        assertEquals("0.333333", ValueFormat.format(1.0 / 3));
        assertEquals("NaN", ValueFormat.format(Double.NaN));
    }

    @Test
    void timesReadAsDateAndTimeWithInstantsInUtc() {
        assertEquals("2024-03-01 08:30:00", ValueFormat.format(Instant.parse("2024-03-01T08:30:00Z")));
        assertEquals("2024-03-01 08:30:05", ValueFormat.format(LocalDateTime.of(2024, 3, 1, 8, 30, 5)));
    }

    @Test
    void nullIsEmptyAndTabsAndLineBreaksBecomeSpaces() {
        assertEquals("", ValueFormat.format(null));
        assertEquals("a b  c", ValueFormat.format("a\tb\r\nc"));
    }
}
