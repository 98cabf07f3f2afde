package com.touchpoint.reports;

/**
 * The kinds of native Excel chart a sheet can carry.
 *
 * <p>{@code BAR} is a vertical column chart of exactly one series; {@code CLUSTERED_BAR} draws one or more series
 * side by side per category; {@code LINE} draws one line per series; {@code PIE} shows the shares of exactly one
 * series.
 */
public enum ChartType {
    BAR,
    CLUSTERED_BAR,
    LINE,
    PIE;

    /** Whether this chart type draws exactly one series. */
    boolean singleSeries() {
        return this == BAR || this == PIE;
    }
}
