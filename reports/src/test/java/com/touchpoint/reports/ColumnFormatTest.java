package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;

class ColumnFormatTest {

    @Test
    void formatsAreInferredFromTypes() {
        assertEquals(ColumnFormat.COUNT, ColumnFormat.inferredFor(IntColumn.create("users")));
        assertEquals(ColumnFormat.COUNT, ColumnFormat.inferredFor(LongColumn.create("events")));
        assertEquals(ColumnFormat.COUNT, ColumnFormat.inferredFor(ShortColumn.create("age")));
        assertEquals(ColumnFormat.DECIMAL, ColumnFormat.inferredFor(DoubleColumn.create("revenue")));
        assertEquals(ColumnFormat.DECIMAL, ColumnFormat.inferredFor(FloatColumn.create("score")));
        assertEquals(ColumnFormat.DATE, ColumnFormat.inferredFor(DateColumn.create("day", List.<LocalDate>of())));
        assertEquals(ColumnFormat.DATETIME,
                ColumnFormat.inferredFor(DateTimeColumn.create("seen", List.<LocalDateTime>of())));
        assertEquals(ColumnFormat.DATETIME,
                ColumnFormat.inferredFor(InstantColumn.create("at", List.<Instant>of())));
        assertEquals(ColumnFormat.TEXT, ColumnFormat.inferredFor(StringColumn.create("channel")));
        assertEquals(ColumnFormat.TEXT, ColumnFormat.inferredFor(BooleanColumn.create("opted in")));
        assertEquals(ColumnFormat.TEXT, ColumnFormat.inferredFor(TimeColumn.create("at", List.<LocalTime>of())));
    }

    @Test
    void numbersNamedLikeSharesOrRatesArePercentages() {
        assertEquals(ColumnFormat.PERCENT, ColumnFormat.inferredFor(DoubleColumn.create("Conversion Rate")));
        assertEquals(ColumnFormat.PERCENT, ColumnFormat.inferredFor(DoubleColumn.create("channel share")));
        assertEquals(ColumnFormat.PERCENT, ColumnFormat.inferredFor(DoubleColumn.create("ROI %")));
        assertEquals(ColumnFormat.PERCENT, ColumnFormat.inferredFor(IntColumn.create("bounce_rate")));
        assertEquals(ColumnFormat.TEXT, ColumnFormat.inferredFor(StringColumn.create("rate")));
        assertEquals(ColumnFormat.DECIMAL, ColumnFormat.inferredFor(DoubleColumn.create("rate limit")));
    }

    @Test
    void excelPatterns() {
        assertEquals("#,##0", ColumnFormat.COUNT.excelPattern("¥"));
        assertEquals("#,##0.00", ColumnFormat.DECIMAL.excelPattern(""));
        assertEquals("#,##0.00", ColumnFormat.MONEY.excelPattern(""));
        assertEquals("\"€\"#,##0.00", ColumnFormat.MONEY.excelPattern("€"));
        assertEquals("0.0%", ColumnFormat.PERCENT.excelPattern(""));
        assertEquals("yyyy-mm-dd", ColumnFormat.DATE.excelPattern(""));
        assertEquals("yyyy-mm-dd hh:mm", ColumnFormat.DATETIME.excelPattern(""));
        assertEquals("General", ColumnFormat.TEXT.excelPattern(""));
    }

    @Test
    void numberFormatsApplyToNumbersAndDateFormatsToDates() {
        assertTrue(ColumnFormat.MONEY.appliesTo(IntColumn.create("spend")));
        assertFalse(ColumnFormat.MONEY.appliesTo(StringColumn.create("spend")));
        assertTrue(ColumnFormat.DATE.appliesTo(DateTimeColumn.create("seen", List.<LocalDateTime>of())));
        assertFalse(ColumnFormat.DATE.appliesTo(DoubleColumn.create("x")));
        assertTrue(ColumnFormat.TEXT.appliesTo(DoubleColumn.create("x")));
    }
}
