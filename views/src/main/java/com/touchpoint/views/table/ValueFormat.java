package com.touchpoint.views.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How a table value reads as text, on screen and when copied: no digit grouping (ids are numbers too), decimals
 * without trailing zeros and at most six places, times as {@code yyyy-MM-dd HH:mm:ss} (instants in UTC), null as
 * empty. Tabs and line breaks become spaces so a value never breaks a copied row.
 */
public final class ValueFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ValueFormat() {
    }

    public static String format(Object value) {
        String text;
        if (value == null) {
            text = "";
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            text = Double.isFinite(number) ? plain(BigDecimal.valueOf(number)) : Double.toString(number);
        } else if (value instanceof BigDecimal decimal) {
            text = plain(decimal);
        } else if (value instanceof Instant instant) {
            text = DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof LocalDateTime dateTime) {
            text = DATE_TIME.format(dateTime);
        } else {
            text = value.toString();
        }
        return text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    private static String plain(BigDecimal decimal) {
        BigDecimal rounded = decimal.setScale(Math.min(decimal.scale(), 6), java.math.RoundingMode.HALF_UP);
        BigDecimal stripped = rounded.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
