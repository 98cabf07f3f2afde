package com.touchpoint.datasources.normalize;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The written forms of a date or time that {@link TimeParser} understands. Formats of one family (for example all the
 * {@code yyyy-MM-dd…} forms) parse each other's values, so a column that mixes {@code 2023-07-17 12:00} and
 * {@code 2023-07-17 12:00:05} is read without rejects; the format names the form used in messages.
 */
public enum TimeFormat {
    ISO_DATE_TIME(Family.DASH, "a date and time in the form yyyy-MM-ddTHH:mm:ss[.SSS][Z|+08:00]"),
    DATE_TIME_SECONDS(Family.DASH, "a date and time in the form yyyy-MM-dd HH:mm:ss"),
    DATE_TIME_MINUTES(Family.DASH, "a date and time in the form yyyy-MM-dd HH:mm"),
    DATE(Family.DASH, "a date in the form yyyy-MM-dd"),
    SLASH_DATE_TIME(Family.SLASH, "a date and time in the form yyyy/MM/dd HH:mm[:ss]"),
    SLASH_DATE(Family.SLASH, "a date in the form yyyy/MM/dd"),
    COMPACT_DATE(Family.COMPACT, "a date in the form yyyyMMdd"),
    EPOCH_SECONDS(Family.EPOCH_SECONDS, "a Unix time in seconds (10 digits)"),
    EPOCH_MILLIS(Family.EPOCH_MILLIS, "a Unix time in milliseconds (13 digits)"),
    EXCEL_SERIAL(Family.EXCEL, "an Excel serial date such as 45123.5");

    /** Groups of formats that share one scanner. */
    enum Family { DASH, SLASH, COMPACT, EPOCH_SECONDS, EPOCH_MILLIS, EXCEL }

    /** Excel serials accepted by detection: 1954-10-03 (20000) to 2119-01-10 (80000). */
    private static final double EXCEL_DETECT_MIN = 20_000;
    private static final double EXCEL_DETECT_MAX = 80_000;

    private final Family family;
    private final String description;

    TimeFormat(Family family, String description) {
        this.family = family;
        this.description = description;
    }

    Family family() {
        return family;
    }

    /** How the form reads in a sentence, e.g. "a date in the form yyyy-MM-dd". */
    public String description() {
        return description;
    }

    /**
     * Guesses the format of a column from sample values (blank ones are ignored): the family that reads most samples
     * wins, and its most common form names it. Plain numbers are taken as Excel serial dates only when they lie
     * between 20000 and 80000 and at least one has a fraction (45123.5); a column of whole 5-digit numbers is
     * ambiguous and must be declared {@link #EXCEL_SERIAL} by the analyst.
     *
     * @return empty when no sample is a recognised date or time
     */
    public static Optional<TimeFormat> detect(Collection<String> samples) {
        Map<Family, Integer> readsByFamily = new EnumMap<>(Family.class);
        Map<TimeFormat, Integer> shapes = new EnumMap<>(TimeFormat.class);
        boolean excelFraction = false;
        for (String sample : samples) {
            String value = sample == null ? "" : sample.strip();
            if (value.isEmpty()) {
                continue;
            }
            for (Family family : Family.values()) {
                TimeScan scan = new TimeScan(value);
                if (!scan.scan(family) || scan.calendarProblem() != null || !plausible(family, scan)) {
                    continue;
                }
                readsByFamily.merge(family, 1, Integer::sum);
                shapes.merge(scan.shape(), 1, Integer::sum);
                excelFraction |= family == Family.EXCEL && scan.excelHasFraction();
                break;
            }
        }
        Family best = null;
        for (Family family : Family.values()) {
            int reads = readsByFamily.getOrDefault(family, 0);
            if (reads > 0 && (best == null || reads > readsByFamily.get(best))) {
                best = family;
            }
        }
        if (best == null || (best == Family.EXCEL && !excelFraction)) {
            return Optional.empty();
        }
        TimeFormat label = null;
        for (TimeFormat format : values()) {
            int count = shapes.getOrDefault(format, 0);
            if (format.family == best && count > 0 && (label == null || count > shapes.get(label))) {
                label = format;
            }
        }
        return Optional.of(label);
    }

    private static boolean plausible(Family family, TimeScan scan) {
        return family != Family.EXCEL
                || (scan.excelSerial() >= EXCEL_DETECT_MIN && scan.excelSerial() <= EXCEL_DETECT_MAX);
    }
}
