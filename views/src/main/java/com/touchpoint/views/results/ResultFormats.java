package com.touchpoint.views.results;

import com.touchpoint.reports.ColumnFormat;
import com.touchpoint.views.table.ValueFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * How result values read on screen, by the same column formats the Excel export uses: counts with digit grouping,
 * decimals with two places (small fractions with up to four), money with two places, shares and rates as percent.
 * Money and the fractions of the attribution tables are told by column name, as {@link ColumnFormat#inferredFor}
 * tells shares and rates; decimal columns holding only whole numbers read as counts. Not thread-safe: use one
 * instance per thread (the views use it on the JavaFX thread).
 */
public final class ResultFormats {

    private static final Set<String> MONEY_COLUMNS = Set.of("value", "cost", "cpa", "revenue", "conversion value");
    private static final Set<String> FRACTION_SUFFIXES = Set.of("probability", "probability without",
            "removal effect");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DecimalFormat count;
    private final DecimalFormat decimal;
    private final DecimalFormat smallDecimal;
    private final DecimalFormat percent;

    public ResultFormats(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        count = new DecimalFormat("#,##0", symbols);
        decimal = new DecimalFormat("#,##0.00", symbols);
        smallDecimal = new DecimalFormat("0.00##", symbols);
        percent = new DecimalFormat("0.0%", symbols);
    }

    /**
     * The format of a column: {@link ColumnFormat#inferredFor}, except that numbers named value, cost, CPA, revenue
     * or conversion value are MONEY, Markov probabilities and removal effects (fractions) are PERCENT, and decimal
     * columns whose values are all whole numbers are COUNT.
     */
    public static ColumnFormat formatOf(Column<?> column) {
        if (column instanceof NumberColumn<?, ?>) {
            String name = column.name().strip().toLowerCase(Locale.ROOT);
            if (MONEY_COLUMNS.contains(name)) {
                return ColumnFormat.MONEY;
            }
            if (FRACTION_SUFFIXES.stream().anyMatch(name::endsWith)) {
                return ColumnFormat.PERCENT;
            }
        }
        ColumnFormat inferred = ColumnFormat.inferredFor(column);
        return inferred == ColumnFormat.DECIMAL && column instanceof DoubleColumn doubles && wholeNumbers(doubles)
                ? ColumnFormat.COUNT : inferred;
    }

    /** Whether every value is a whole number (missing ones aside): counts that happen to be held as doubles. */
    private static boolean wholeNumbers(DoubleColumn column) {
        for (double value : column.asDoubleArray()) {
            if (!Double.isNaN(value) && value != Math.rint(value)) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} as text in {@code format}; missing values (null or NaN) are empty. */
    public String text(ColumnFormat format, Object value) {
        if (value == null || value instanceof Double number && number.isNaN()
                || value instanceof Float single && single.isNaN()) {
            return "";
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            double x = number.doubleValue();
            return switch (format) {
                case COUNT -> count.format(x);
                case DECIMAL -> (Math.abs(x) >= 1 || x == 0 ? decimal : smallDecimal).format(x);
                case MONEY -> decimal.format(x);
                case PERCENT -> percent.format(x);
                default -> ValueFormat.format(value);
            };
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return ValueFormat.format(value);
    }
}
