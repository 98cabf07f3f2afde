package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;

class ColumnWidthsTest {

    @Test
    void chineseCharactersCountDoubleAndTheLongestLineWins() {
        assertEquals(4, ColumnWidths.displayWidth("门店"));
        assertEquals(5, ColumnWidths.displayWidth("ab\nabcde\nabc"));
        assertEquals(0, ColumnWidths.displayWidth(""));
    }

    @Test
    void widthsComeFromTheFormattedValues() {
        DoubleColumn revenue = DoubleColumn.create("rev", 1234567.891, 5.0);
        // "1,234,567.89" is 12 characters, wider than "rev" + 3 for the filter button; plus 2 padding.
        assertEquals(14 * 256, ColumnWidths.of("rev", CellSource.of(revenue, "#,##0.00"), revenue.size()));
    }

    @Test
    void widthsStayWithinBounds() {
        // No header and one character: 3 for the filter button + 2 padding = 5, raised to the minimum.
        StringColumn tiny = StringColumn.create("a", "x");
        assertEquals(ColumnWidths.MIN_CHARS * 256, ColumnWidths.of("", CellSource.of(tiny, "General"), 1));
        StringColumn huge = StringColumn.create("a", "y".repeat(500));
        assertEquals(ColumnWidths.MAX_CHARS * 256, ColumnWidths.of("a", CellSource.of(huge, "General"), 1));
    }
}
