package com.touchpoint.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One table to write as a sheet: its name, the table, column formats that differ from the inferred ones (see
 * {@link ColumnFormat#inferredFor}), an optional chart, optional lines shown above the table (the first as a bold
 * title, the rest as notes) and the currency symbol used by {@link ColumnFormat#MONEY} columns.
 *
 * <p>Start with {@link #of(String, Table)} and add to it with the {@code with…} methods.
 */
public record SheetSpec(String name, Table table, Map<String, ColumnFormat> formatOverrides,
                        Optional<ChartSpec> chart, List<String> titleLines, String currencySymbol) {

    public SheetSpec {
        Objects.requireNonNull(name, "sheet name");
        Objects.requireNonNull(table, "table of sheet '" + name + "'");
        formatOverrides = Map.copyOf(Objects.requireNonNull(formatOverrides, "format overrides"));
        Objects.requireNonNull(chart, "chart (use Optional.empty() for none)");
        titleLines = List.copyOf(Objects.requireNonNull(titleLines, "title lines"));
        Objects.requireNonNull(currencySymbol, "currency symbol (use \"\" for none)");
        if (table.columnCount() == 0) {
            throw new IllegalArgumentException("Sheet '" + name + "' has a table without columns; there is nothing "
                    + "to export.");
        }
        if (currencySymbol.chars().anyMatch(c -> c == '"' || Character.isISOControl(c))) {
            throw new IllegalArgumentException("Currency symbol '" + currencySymbol + "' of sheet '" + name
                    + "' contains a double quote or a control character; use a plain symbol such as ¥, $ or €.");
        }
        for (Map.Entry<String, ColumnFormat> override : formatOverrides.entrySet()) {
            Column<?> column = column(table, name, override.getKey(), "format override");
            if (!override.getValue().appliesTo(column)) {
                throw new IllegalArgumentException("Column '" + column.name() + "' of sheet '" + name + "' holds "
                        + column.type().name() + " values, which cannot be shown as " + override.getValue()
                        + "; choose a format that fits the column (TEXT always does).");
            }
        }
        chart.ifPresent(c -> checkChart(c, table, name));
    }

    /** A sheet with inferred formats, no chart, no title lines and no currency symbol. */
    public static SheetSpec of(String name, Table table) {
        return new SheetSpec(name, table, Map.of(), Optional.empty(), List.of(), "");
    }

    /** This sheet with {@code column} shown as {@code format}. */
    public SheetSpec withFormat(String column, ColumnFormat format) {
        Map<String, ColumnFormat> formats = new HashMap<>(formatOverrides);
        formats.put(column, format);
        return new SheetSpec(name, table, formats, chart, titleLines, currencySymbol);
    }

    /** This sheet with a chart beside the table. */
    public SheetSpec withChart(ChartSpec newChart) {
        return new SheetSpec(name, table, formatOverrides, Optional.of(newChart), titleLines, currencySymbol);
    }

    /** This sheet with lines above the table: the first is the title, the rest are notes. */
    public SheetSpec withTitleLines(String... lines) {
        return new SheetSpec(name, table, formatOverrides, chart, List.of(lines), currencySymbol);
    }

    /** This sheet with MONEY columns showing {@code symbol}, such as "¥" or "€". */
    public SheetSpec withCurrencySymbol(String symbol) {
        return new SheetSpec(name, table, formatOverrides, chart, titleLines, symbol);
    }

    /** The format of the column at {@code index}: its override, or the one inferred from its type and name. */
    public ColumnFormat formatOf(int index) {
        Column<?> column = table.column(index);
        return formatOverrides.getOrDefault(column.name(), ColumnFormat.inferredFor(column));
    }

    private static void checkChart(ChartSpec chart, Table table, String sheet) {
        column(table, sheet, chart.categoryColumn(), "chart category column");
        for (String series : chart.valueColumns()) {
            Column<?> column = column(table, sheet, series, "chart value column");
            if (!(column instanceof NumberColumn<?, ?>)) {
                throw new IllegalArgumentException("Chart value column '" + series + "' of sheet '" + sheet
                        + "' holds " + column.type().name() + " values; a chart series needs a numeric column.");
            }
        }
        if (table.rowCount() > ChartSpec.MAX_CATEGORIES) {
            throw new IllegalArgumentException("Sheet '" + sheet + "' has " + table.rowCount() + " rows, too many to "
                    + "chart (at most " + ChartSpec.MAX_CATEGORIES + "); aggregate the table first or leave the "
                    + "chart out.");
        }
    }

    private static Column<?> column(Table table, String sheet, String columnName, String role) {
        if (!table.columnNames().contains(columnName)) {
            throw new IllegalArgumentException("The " + role + " '" + columnName + "' is not a column of sheet '"
                    + sheet + "'; its columns are " + table.columnNames() + ".");
        }
        return table.column(columnName);
    }
}
