package com.touchpoint.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SheetSpecTest {

    private final Table channels = SampleTables.channels();

    @Test
    void overridesWinOverInferredFormats() {
        SheetSpec sheet = SheetSpec.of("Channels", channels).withFormat("revenue", ColumnFormat.MONEY);
        assertEquals(ColumnFormat.TEXT, sheet.formatOf(0));
        assertEquals(ColumnFormat.COUNT, sheet.formatOf(1));
        assertEquals(ColumnFormat.MONEY, sheet.formatOf(2));
        assertEquals(ColumnFormat.PERCENT, sheet.formatOf(3));
        assertEquals(ColumnFormat.DATE, sheet.formatOf(4));
    }

    @Test
    void anOverrideOfAnUnknownColumnNamesTheColumnsThereAre() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> SheetSpec.of("Channels", channels).withFormat("Revenue", ColumnFormat.MONEY));
        assertMessageHas(failure, "'Revenue' is not a column", "[channel, sessions, revenue, conversion rate, day]");
    }

    @Test
    void aFormatThatDoesNotFitTheColumnIsRefused() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> SheetSpec.of("Channels", channels).withFormat("channel", ColumnFormat.PERCENT));
        assertMessageHas(failure, "'channel'", "STRING", "PERCENT");
    }

    @Test
    void chartColumnsMustExistAndValuesBeNumeric() {
        assertMessageHas(assertThrows(IllegalArgumentException.class, () -> SheetSpec.of("C", channels)
                .withChart(ChartSpec.of(ChartType.BAR, "t", "campaign", "revenue"))), "'campaign' is not a column");
        assertMessageHas(assertThrows(IllegalArgumentException.class, () -> SheetSpec.of("C", channels)
                .withChart(ChartSpec.of(ChartType.BAR, "t", "channel", "day"))), "'day'", "numeric");
    }

    @Test
    void tablesTooLongToChartAreRefused() {
        Table longTable = SampleTables.numbered(ChartSpec.MAX_CATEGORIES + 1);
        assertMessageHas(assertThrows(IllegalArgumentException.class, () -> SheetSpec.of("Long", longTable)
                .withChart(ChartSpec.of(ChartType.LINE, "t", "label", "id"))), "10001 rows", "aggregate");
    }

    @Test
    void currencySymbolsWithQuotesAreRefused() {
        assertMessageHas(assertThrows(IllegalArgumentException.class,
                () -> SheetSpec.of("C", channels).withCurrencySymbol("\"$")), "double quote");
    }

    @Test
    void aTableWithoutColumnsIsRefused() {
        assertMessageHas(assertThrows(IllegalArgumentException.class,
                () -> SheetSpec.of("Empty", Table.create("empty"))), "without columns");
    }

    @Test
    void singleSeriesChartsTakeExactlyOneValueColumn() {
        assertMessageHas(assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.of(ChartType.PIE, "Mix", "channel", "sessions", "revenue")),
                "PIE chart draws exactly one series", "CLUSTERED_BAR");
        assertMessageHas(assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.of(ChartType.LINE, "Trend", "day")), "no value column");
    }

    private static void assertMessageHas(Exception failure, String... parts) {
        for (String part : parts) {
            assertTrue(failure.getMessage().contains(part), failure.getMessage() + " should mention " + part);
        }
    }
}
