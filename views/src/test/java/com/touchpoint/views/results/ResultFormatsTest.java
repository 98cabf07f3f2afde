package com.touchpoint.views.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.reports.ColumnFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

class ResultFormatsTest {

    private final ResultFormats formats = new ResultFormats(Locale.ENGLISH);

    @Test
    void columnsGetTheFormatTheirNameAndValuesCallFor() {
        assertEquals(ColumnFormat.COUNT, ResultFormats.formatOf(LongColumn.create("rows read", 1, 2)));
        assertEquals(ColumnFormat.DECIMAL, ResultFormats.formatOf(DoubleColumn.create("conversions", 1.5, 2)));
        // Journeys held as doubles but all whole: they read as counts.
        assertEquals(ColumnFormat.COUNT, ResultFormats.formatOf(DoubleColumn.create("journeys", 327.0, 12.0)));
        assertEquals(ColumnFormat.PERCENT, ResultFormats.formatOf(DoubleColumn.create("Linear share", 0.25)));
        assertEquals(ColumnFormat.PERCENT, ResultFormats.formatOf(DoubleColumn.create("conversion rate", 0.5)));
        assertEquals(ColumnFormat.PERCENT, ResultFormats.formatOf(DoubleColumn.create("removal effect", 0.31)));
        assertEquals(ColumnFormat.MONEY, ResultFormats.formatOf(DoubleColumn.create("value", 100.5)));
        assertEquals(ColumnFormat.MONEY, ResultFormats.formatOf(DoubleColumn.create("CPA", 19.5)));
        // A Shapley value is a worth, not money, although its name ends with "value".
        assertEquals(ColumnFormat.DECIMAL, ResultFormats.formatOf(DoubleColumn.create("shapley value", 0.125)));
        assertEquals(ColumnFormat.TEXT, ResultFormats.formatOf(StringColumn.create("value", "a")));
    }

    @Test
    void numbersReadWithGroupingAndTheirFormatsPlaces() {
        assertEquals("1,234,567", formats.text(ColumnFormat.COUNT, 1_234_567L));
        assertEquals("1,234.50", formats.text(ColumnFormat.DECIMAL, 1234.5));
        assertEquals("0.00", formats.text(ColumnFormat.DECIMAL, 0.0));
        // Below 1 a decimal keeps up to four places, so a small probability does not read as 0.01.
        assertEquals("0.0123", formats.text(ColumnFormat.DECIMAL, 0.012345));
        assertEquals("-0.50", formats.text(ColumnFormat.DECIMAL, -0.5));
        assertEquals("73,116.00", formats.text(ColumnFormat.MONEY, 73116.0));
        // 0.1254 is 12.54%, one place: 12.5%.
        assertEquals("12.5%", formats.text(ColumnFormat.PERCENT, 0.1254));
        assertEquals("100.0%", formats.text(ColumnFormat.PERCENT, 1.0));
    }

    @Test
    void missingValuesAreEmptyAndOtherValuesReadPlainly() {
        assertEquals("", formats.text(ColumnFormat.DECIMAL, Double.NaN));
        assertEquals("", formats.text(ColumnFormat.COUNT, null));
        assertEquals("Infinity", formats.text(ColumnFormat.DECIMAL, Double.POSITIVE_INFINITY));
        assertEquals("2026-08-03 09:30", formats.text(ColumnFormat.DATETIME, LocalDateTime.of(2026, 8, 3, 9, 30, 15)));
        assertEquals("2026-08-03", formats.text(ColumnFormat.DATE, LocalDate.of(2026, 8, 3)));
        assertEquals("search > email", formats.text(ColumnFormat.TEXT, "search > email"));
    }
}
