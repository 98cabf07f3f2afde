package com.touchpoint.attribution.shapley;

import com.touchpoint.attribution.model.AttributionResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Ordered Shapley credits per channel and per entry position (1st, 2nd, 3rd … distinct channel). */
public final class OrderedShapleyAnalysis {
    private final AttributionResult attribution;
    private final double[][] conversionsByPosition;

    OrderedShapleyAnalysis(AttributionResult attribution, double[][] conversionsByPosition) {
        this.attribution = attribution;
        this.conversionsByPosition = conversionsByPosition;
    }

    public AttributionResult attribution() {
        return attribution;
    }

    /** Conversions credited to a channel at a 1-based position. */
    public double conversions(String channel, int position) {
        double[] byPosition = conversionsByPosition[attribution.indexOf(channel)];
        return position <= byPosition.length ? byPosition[position - 1] : 0;
    }

    /** Columns: channel, "1st", "2nd", … (credited conversions at that position), total. */
    public Table toTable() {
        int positions = 0;
        for (double[] byPosition : conversionsByPosition) {
            positions = Math.max(positions, byPosition.length);
        }
        Table table = Table.create("Ordered Shapley", StringColumn.create("channel"));
        for (int position = 1; position <= positions; position++) {
            table.addColumns(DoubleColumn.create(ordinal(position)));
        }
        table.addColumns(DoubleColumn.create("total"));
        for (int c = 0; c < conversionsByPosition.length; c++) {
            table.stringColumn("channel").append(attribution.credits().get(c).channel());
            for (int position = 1; position <= positions; position++) {
                double[] byPosition = conversionsByPosition[c];
                table.doubleColumn(ordinal(position)).append(position <= byPosition.length
                        ? byPosition[position - 1] : 0);
            }
            table.doubleColumn("total").append(attribution.credits().get(c).conversions());
        }
        return table;
    }

    static String ordinal(int position) {
        int lastTwo = position % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (position % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return position + suffix;
    }
}
