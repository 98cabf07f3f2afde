package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.Spans;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When events count. Either {@code last} (a length such as {@code 30d} or {@code 12h}: after the reference time
 * minus that length, up to and including the reference time; days are 24 hours), or {@code from} and/or {@code to}
 * (both included; a date alone means that whole day in the segment's time zone, a date and time without an offset
 * is read in that zone; without {@code to} the window ends at the reference time), or neither: every event up to
 * and including the reference time. Events after the reference time never count in a relative window, so a segment
 * evaluated "as of" an earlier time gives the same members on later data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeWindow(String last, String from, String to) {

    public static final TimeWindow ALL = new TimeWindow(null, null, null);

    public TimeWindow {
        if (last != null && (from != null || to != null)) {
            throw new AnalysisException("A time window is either 'last' or 'from'/'to', not both (last " + last
                    + ", from " + from + ", to " + to + ").");
        }
        if (last != null) {
            Spans.parse(last);
        }
        if (from != null) {
            parse(from, "from");
        }
        if (to != null) {
            parse(to, "to");
        }
    }

    public static TimeWindow last(String span) {
        return new TimeWindow(span, null, null);
    }

    public static TimeWindow between(String from, String to) {
        return new TimeWindow(null, from, to);
    }

    @JsonIgnore
    public boolean isAll() {
        return last == null && from == null && to == null;
    }

    /** The window as {@code [start, end)} in UTC epoch milliseconds. */
    public long[] resolve(ZoneId zone, long referenceMillis) {
        long end = saturatedAdd(referenceMillis, 1);
        if (last != null) {
            return new long[]{saturatedAdd(end, -Spans.parse(last).toMillis()), end};
        }
        long start = from == null ? Long.MIN_VALUE : startOf(from, zone);
        if (to != null) {
            end = endOf(to, zone);
        }
        return new long[]{start, end};
    }

    private static long startOf(String text, ZoneId zone) {
        Object time = parse(text, "from");
        if (time instanceof LocalDate date) {
            return date.atStartOfDay(zone).toInstant().toEpochMilli();
        }
        return millis(time, zone);
    }

    private static long endOf(String text, ZoneId zone) {
        Object time = parse(text, "to");
        if (time instanceof LocalDate date) {
            return date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        return millis(time, zone) + 1;
    }

    private static long millis(Object time, ZoneId zone) {
        return time instanceof OffsetDateTime offset ? offset.toInstant().toEpochMilli()
                : ((LocalDateTime) time).atZone(zone).toInstant().toEpochMilli();
    }

    /** A LocalDate, a LocalDateTime or an OffsetDateTime. */
    private static Object parse(String text, String end) {
        String iso = text.strip().replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso);
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(iso);
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw new AnalysisException("The window's '" + end + "' value '" + text + "' is not a date or time; "
                    + "write 2026-08-01, 2026-08-01 18:30 or 2026-08-01T18:30:00+08:00.");
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    /** The length of a {@code last} window. */
    public Duration lastSpan() {
        return Spans.parse(last);
    }
}
