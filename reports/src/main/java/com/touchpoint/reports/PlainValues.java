package com.touchpoint.reports;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.columns.Column;

/**
 * Table values as plain text for CSV and clipboard: numbers without grouping or exponent (1.0E7 becomes 10000000),
 * dates ISO, date-times "2024-03-01 09:30:00" (instants in UTC), missing values empty.
 */
final class PlainValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private PlainValues() {
    }

    static String of(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof DoubleColumn doubles) {
            return decimal(doubles.getDouble(row), Double.toString(doubles.getDouble(row)));
        }
        if (column instanceof FloatColumn floats) {
            return decimal(floats.getFloat(row), Float.toString(floats.getFloat(row)));
        }
        if (column instanceof DateTimeColumn times) {
            return times.get(row).format(DATE_TIME);
        }
        if (column instanceof InstantColumn instants) {
            return instants.get(row).atOffset(ZoneOffset.UTC).format(DATE_TIME);
        }
        return column.getUnformattedString(row);
    }

    /** Plain digits for finite numbers; "Infinity" and "-Infinity" as Java, Python and R read them. */
    private static String decimal(double value, String shortest) {
        if (!Double.isFinite(value)) {
            return shortest;
        }
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }
}
