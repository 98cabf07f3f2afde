package com.touchpoint.reports;

import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * How a column's cells are shown in Excel. Percent columns hold fractions: 0.125 shows as 12.5%.
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
            ColumnType type = column.type();
            return type == ColumnType.DOUBLE || type == ColumnType.FLOAT ? DECIMAL : COUNT;
        }
        ColumnType type = column.type();
        if (type == ColumnType.LOCAL_DATE) {
            return DATE;
        }
        if (type == ColumnType.LOCAL_DATE_TIME || type == ColumnType.INSTANT) {
            return DATETIME;
        }
        return TEXT;
    }

    /** Whether this format means something for the column's values: number formats need numbers, dates dates. */
    boolean appliesTo(Column<?> column) {
        ColumnType type = column.type();
        return switch (this) {
            case COUNT, DECIMAL, MONEY, PERCENT -> column instanceof NumberColumn<?, ?>;
            case DATE, DATETIME -> type == ColumnType.LOCAL_DATE || type == ColumnType.LOCAL_DATE_TIME
                    || type == ColumnType.INSTANT;
            case TEXT -> true;
        };
    }
}
