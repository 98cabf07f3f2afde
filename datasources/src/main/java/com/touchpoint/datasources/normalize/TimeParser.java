package com.touchpoint.datasources.normalize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the dates and times of one column, in one {@link TimeFormat} decided once (from samples or by the analyst).
 *
 * <p>Values with an explicit offset ({@code Z}, {@code +08:00}) use it; epoch seconds and milliseconds are instants;
 * everything else is a wall-clock time in the source zone. A wall-clock time that falls in a daylight-saving gap is
 * moved forward by the length of the gap (02:30 on a spring-forward night is read as 03:30), and one that occurs twice
 * in an autumn overlap takes the earlier offset, exactly as {@link java.time.ZonedDateTime#ofLocal} does.
 * Immutable and thread-safe.
 */
public final class TimeParser {

    private final TimeFormat format;
    private final ZoneId sourceZone;
    private final ZoneRules rules;

    public TimeParser(TimeFormat format, ZoneId sourceZone) {
        this.format = Objects.requireNonNull(format, "format");
        this.sourceZone = Objects.requireNonNull(sourceZone, "sourceZone");
        this.rules = sourceZone.getRules();
    }

    /** A parser for the format {@link TimeFormat#detect detected} in the samples, or empty when none fits. */
    public static Optional<TimeParser> detect(Collection<String> samples, ZoneId sourceZone) {
        return TimeFormat.detect(samples).map(format -> new TimeParser(format, sourceZone));
    }

    public TimeFormat format() {
        return format;
    }

    public ZoneId sourceZone() {
        return sourceZone;
    }

    /** The value as a UTC date and time. */
    public LocalDateTime parseUtc(String value) throws InvalidValueException {
        TimeScan scan = scan(value);
        if (scan.absolute) {
            return LocalDateTime.ofEpochSecond(scan.epochSecond, scan.nano, ZoneOffset.UTC);
        }
        LocalDateTime local = scan.local();
        // In a gap getOffset gives the offset before the transition, which names the same instant as shifting the
        // wall time forward by the gap; in an overlap it gives the earlier offset. Both match ZonedDateTime.ofLocal.
        int offset = scan.hasOffset ? scan.offsetSeconds : rules.getOffset(local).getTotalSeconds();
        return offset == 0 ? local : local.minusSeconds(offset);
    }

    /**
     * The value as a calendar date. A date or wall-clock time gives the date as written; a value that names an instant
     * (epoch, explicit offset) gives the date it falls on in the source zone.
     */
    public LocalDate parseDate(String value) throws InvalidValueException {
        TimeScan scan = scan(value);
        if (scan.absolute) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(scan.epochSecond, scan.nano), sourceZone);
        }
        if (scan.hasOffset) {
            return scan.local().atOffset(ZoneOffset.ofTotalSeconds(scan.offsetSeconds))
                    .atZoneSameInstant(sourceZone).toLocalDate();
        }
        return LocalDate.of(scan.year, scan.month, scan.day);
    }

    private TimeScan scan(String value) throws InvalidValueException {
        String text = value.strip();
        TimeScan scan = new TimeScan(text);
        if (!scan.scan(format.family())) {
            throw new InvalidValueException("'" + text + "' is not " + format.description());
        }
        String problem = scan.calendarProblem();
        if (problem != null) {
            throw new InvalidValueException("'" + text + "' is not a valid date: " + problem);
        }
        return scan;
    }
}
