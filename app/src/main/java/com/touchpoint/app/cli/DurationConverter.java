package com.touchpoint.app.cli;

import picocli.CommandLine.ITypeConverter;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads "30d", "36h", "90m", a plain number of days ("30") or ISO-8601 ("P30D", "PT12H"). */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            char unit = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
            String number = Character.isLetter(unit) ? value.substring(0, value.length() - 1).strip() : value;
            long amount = Long.parseLong(number);
            return switch (unit) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> {
                    if (Character.isLetter(unit)) {
                        throw invalid(text);
                    }
                    yield Duration.ofDays(amount);
                }
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(text);
        }
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration; write days, hours or minutes such as "
                + "30d, 36h, 90m (a plain number is days)");
    }
}
