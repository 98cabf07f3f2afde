package com.touchpoint.attribution.shapley;

import com.touchpoint.attribution.model.AttributionResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Shapley credits with the raw values behind them.
 *
 * @param valueSum v(N) − v(∅), the sum of the values, which credits are scaled by
 */
public record ShapleyAnalysis(AttributionResult attribution, ShapleyEstimate estimate, double valueSum) {

    /** The standard error of a channel's credited conversions (0 when exact). */
    public double conversionsStandardError(int channel) {
        return valueSum == 0 ? 0
                : Math.abs(estimate.standardErrors()[channel] / valueSum) * attribution.totalConversions();
    }

    /** The attribution table plus "shapley value" and, when sampled, "conversions standard error". */
    public Table toTable() {
        Table table = attribution.toTable();
        table.addColumns(DoubleColumn.create("shapley value", estimate.values()));
        if (!estimate.exact()) {
            DoubleColumn errors = DoubleColumn.create("conversions standard error");
            for (int c = 0; c < estimate.values().length; c++) {
                errors.append(conversionsStandardError(c));
            }
            table.addColumns(errors);
        }
        return table;
    }
}
