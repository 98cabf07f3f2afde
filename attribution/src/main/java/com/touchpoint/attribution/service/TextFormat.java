package com.touchpoint.attribution.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;

/** Numbers, durations and lists as the parameter sheet shows them. */
final class TextFormat {

    private TextFormat() {
    }

    /** At most 6 decimals, no trailing zeros: 12.5, 3, 0.333333. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "30 days", "12 hours", "90 minutes", or ISO-8601 for anything else. */
    static String duration(Duration duration) {
        if (duration.toSecondsPart() == 0 && duration.toMillisPart() == 0) {
            if (duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
                return plural(duration.toDays(), "day");
            }
            if (duration.toMinutesPart() == 0) {
                return plural(duration.toHours(), "hour");
            }
            return plural(duration.toMinutes(), "minute");
        }
        return duration.toString();
    }

    static String list(Collection<String> values) {
        return String.join(", ", values);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
