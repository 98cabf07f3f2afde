package com.touchpoint.datasources.customers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * What a customer property holds, which decides how its values compare: text by its characters, numbers by
 * value, dates by day and times by instant (UTC). {@link #key} turns a value into the number that orders it.
 */
public enum AttributeKind {
    TEXT, NUMBER, DATE, TIME;

    /**
     * The ordering key of a value: the number itself, the epoch day of a date ({@code 2026-08-01}), the epoch
     * millisecond of a time ({@code 2026-08-01 10:00:00}, {@code 2026-08-01T10:00}, with or without an offset; a
     * date alone is its start in UTC). NaN for text and for values that do not parse.
     */
    public double key(String value) {
        if (value == null || value.isBlank()) {
            return Double.NaN;
        }
        String text = value.strip();
        try {
            return switch (this) {
                case TEXT -> Double.NaN;
                case NUMBER -> Double.parseDouble(text);
                case DATE -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).toEpochDay();
                case TIME -> timeMillis(text);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return Double.NaN;
        }
    }

    private static double timeMillis(String text) {
        String iso = text.replace(' ', 'T');
        if (iso.length() == 10) {
            return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        }
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
