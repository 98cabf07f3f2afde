package com.touchpoint.reports;

import java.util.List;
import java.util.Objects;

/**
 * A small description of a native chart drawn from a sheet's own table: categories come from one column, each value
 * column is one series.
 *
 * @param type              the kind of chart
 * @param title             the chart title, empty for none
 * @param categoryColumn    the table column whose values label the categories (x axis, or pie slices)
 * @param valueColumns      one numeric column per series, in legend order
 * @param categoryAxisTitle the category axis title, empty for none (ignored for pies)
 * @param valueAxisTitle    the value axis title, empty for none (ignored for pies)
 */
public record ChartSpec(ChartType type, String title, String categoryColumn, List<String> valueColumns,
                        String categoryAxisTitle, String valueAxisTitle) {

    /** Charts are drawn for tables of at most this many rows; a longer chart is unreadable and slow to open. */
    public static final int MAX_CATEGORIES = 10_000;

    public ChartSpec {
        Objects.requireNonNull(type, "chart type");
        Objects.requireNonNull(categoryColumn, "chart category column");
        title = Objects.requireNonNullElse(title, "");
        categoryAxisTitle = Objects.requireNonNullElse(categoryAxisTitle, "");
        valueAxisTitle = Objects.requireNonNullElse(valueAxisTitle, "");
        valueColumns = List.copyOf(Objects.requireNonNull(valueColumns, "chart value columns"));
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + title + "' has no value column: name at least one numeric "
                    + "column to draw as a series.");
        }
        if (type.singleSeries() && valueColumns.size() != 1) {
            throw new IllegalArgumentException("A " + type + " chart draws exactly one series, but '" + title
                    + "' names " + valueColumns.size() + " value columns " + valueColumns
                    + "; use CLUSTERED_BAR or LINE for several series.");
        }
    }

    /** A chart without axis titles. */
    public static ChartSpec of(ChartType type, String title, String categoryColumn, String... valueColumns) {
        return new ChartSpec(type, title, categoryColumn, List.of(valueColumns), "", "");
    }

    /** This chart with the given axis titles. */
    public ChartSpec withAxisTitles(String categoryAxis, String valueAxis) {
        return new ChartSpec(type, title, categoryColumn, valueColumns, categoryAxis, valueAxis);
    }
}
