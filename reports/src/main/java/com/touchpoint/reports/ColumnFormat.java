package com.touchpoint.reports;

import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * How a column's cells are shown in Excel. Percent columns hold fractions: 0.125 shows as 12.5%.
 *
 * <p>Column kinds are told apart with {@code instanceof}: Tablesaw 0.44's {@code ColumnType.DOUBLE} is not the
 * instance a {@code DoubleColumn} reports, so {@code ==} on types is unreliable.
 */
public enum ColumnFormat {
    COUNT("#,##0"),
    DECIMAL("#,##0.00"),
    /** Two decimals with the caller's currency symbol in front (see {@link SheetSpec#currencySymbol()}). */
    MONEY("#,##0.00"),
    PERCENT("0.0%"),
    DATE("yyyy-mm-dd"),
    DATETIME("yyyy-mm-dd hh:mm"),
    TEXT("General");

    private final String pattern;

    ColumnFormat(String pattern) {
        this.pattern = pattern;
    }

    /** The Excel number format code; the currency symbol is used by {@link #MONEY} only and may be empty. */
    public String excelPattern(String currencySymbol) {
        if (this == MONEY && !currencySymbol.isEmpty()) {
            return "\"" + currencySymbol + "\"" + pattern;
        }
        return pattern;
    }

    /**
     * The format a column gets unless overridden: whole numbers COUNT, fractional numbers DECIMAL, numbers whose
     * name ends with "share", "rate" or "%" PERCENT, dates DATE, date-times and instants DATETIME, the rest TEXT.
     */
    public static ColumnFormat inferredFor(Column<?> column) {
        if (column instanceof NumberColumn<?, ?>) {
            String name = column.name().trim().toLowerCase(Locale.ROOT);
            if (name.endsWith("share") || name.endsWith("rate") || name.endsWith("%")) {
                return PERCENT;
            }
            return column instanceof DoubleColumn || column instanceof FloatColumn ? DECIMAL : COUNT;
        }
        if (column instanceof DateColumn) {
            return DATE;
        }
        if (column instanceof DateTimeColumn || column instanceof InstantColumn) {
            return DATETIME;
        }
        return TEXT;
    }

    /** Whether this format means something for the column's values: number formats need numbers, dates dates. */
    boolean appliesTo(Column<?> column) {
        return switch (this) {
            case COUNT, DECIMAL, MONEY, PERCENT -> column instanceof NumberColumn<?, ?>;
            case DATE, DATETIME -> column instanceof DateColumn || column instanceof DateTimeColumn
                    || column instanceof InstantColumn;
            case TEXT -> true;
        };
    }
}
