package com.touchpoint.datasources.normalize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * One pass over one value: reads its fields by hand (no regex, no DateTimeFormatter) so parsing a column costs a few
 * character comparisons per value. Holds the fields it read; one instance per value.
 */
final class TimeScan {

    /** Day 0 of Excel's 1900 date system as used from 1900-03-01 on (serial 61). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final double EXCEL_FIRST = 61;
    private static final double EXCEL_LAST = 2_958_466; // 10000-01-01
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private final String text;
    private int pos;

    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int nano;
    boolean hasOffset;
    int offsetSeconds;
    /** True for epoch values: {@link #epochSecond} and {@link #nano} are the instant, the other fields unused. */
    boolean absolute;
    long epochSecond;

    private TimeFormat shape;
    private double excelSerial;
    private boolean excelFraction;

    TimeScan(String text) {
        this.text = text;
    }

    /** Reads the value as the given family. False when its shape does not fit (not when the date is impossible). */
    boolean scan(TimeFormat.Family family) {
        return switch (family) {
            case DASH -> dated('-', TimeFormat.DATE, TimeFormat.DATE_TIME_MINUTES, TimeFormat.DATE_TIME_SECONDS);
            case SLASH -> dated('/', TimeFormat.SLASH_DATE, TimeFormat.SLASH_DATE_TIME, TimeFormat.SLASH_DATE_TIME);
            case COMPACT -> compact();
            case EPOCH_SECONDS -> epoch(10, TimeFormat.EPOCH_SECONDS);
            case EPOCH_MILLIS -> epoch(13, TimeFormat.EPOCH_MILLIS);
            case EXCEL -> excel();
        };
    }

    TimeFormat shape() {
        return shape;
    }

    double excelSerial() {
        return excelSerial;
    }

    boolean excelHasFraction() {
        return excelFraction;
    }

    /** Why the fields read do not make a real date and time, or null when they do. */
    String calendarProblem() {
        if (absolute) {
            return null;
        }
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        int length = Month.of(month).length(Year.isLeap(year));
        if (day < 1 || day > length) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + length
                    + " days";
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return "the time of day is out of range";
        }
        if (hasOffset && Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
            return "the UTC offset is beyond ±18:00";
        }
        return null;
    }

    /** The date and time as written (for values that are not epoch based). */
    LocalDateTime local() {
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }

    private boolean dated(char separator, TimeFormat dateOnly, TimeFormat minutes, TimeFormat seconds) {
        year = digits(4, 4);
        if (year < 0 || !accept(separator) || (month = digits(1, 2)) < 0 || !accept(separator)
                || (day = digits(1, 2)) < 0) {
            return false;
        }
        if (atEnd()) {
            shape = dateOnly;
            return true;
        }
        boolean isoSeparator = accept('T') || accept('t');
        if (!isoSeparator && !skipSpaces()) {
            return false;
        }
        if ((hour = digits(1, 2)) < 0 || !accept(':') || (minute = digits(2, 2)) < 0) {
            return false;
        }
        boolean withSeconds = accept(':');
        if (withSeconds && ((second = digits(2, 2)) < 0 || !fraction())) {
            return false;
        }
        skipSpaces();
        if (!atEnd() && !offset()) {
            return false;
        }
        if (!atEnd()) {
            return false;
        }
        boolean iso = separator == '-' && (isoSeparator || hasOffset);
        shape = iso ? TimeFormat.ISO_DATE_TIME : withSeconds ? seconds : minutes;
        return true;
    }

    private boolean compact() {
        if (text.length() != 8) {
            return false;
        }
        year = digits(4, 4);
        month = digits(2, 2);
        day = digits(2, 2);
        shape = TimeFormat.COMPACT_DATE;
        return year >= 0 && month >= 0 && day >= 0;
    }

    private boolean epoch(int digitCount, TimeFormat format) {
        long whole = 0;
        for (int i = 0; i < digitCount; i++) {
            int d = digitAt(pos++);
            if (d < 0) {
                return false;
            }
            whole = whole * 10 + d;
        }
        if (format == TimeFormat.EPOCH_MILLIS) {
            epochSecond = Math.floorDiv(whole, 1000);
            nano = (int) Math.floorMod(whole, 1000) * 1_000_000;
        } else {
            epochSecond = whole;
            if (!fraction()) {
                return false;
            }
        }
        absolute = true;
        shape = format;
        return atEnd();
    }

    private boolean excel() {
        int start = pos;
        int intDigits = 0;
        while (digitAt(pos) >= 0) {
            pos++;
            intDigits++;
        }
        if (intDigits == 0) {
            return false;
        }
        if (accept('.')) {
            int d;
            while ((d = digitAt(pos)) >= 0) {
                excelFraction |= d > 0;
                pos++;
            }
        }
        if (!atEnd() || intDigits > 7) {
            return false;
        }
        excelSerial = Double.parseDouble(text.substring(start, pos));
        if (excelSerial < EXCEL_FIRST || excelSerial >= EXCEL_LAST) {
            return false;
        }
        long days = (long) Math.floor(excelSerial);
        long millis = Math.round((excelSerial - days) * MILLIS_PER_DAY);
        LocalDateTime local = EXCEL_EPOCH.plusDays(days).atStartOfDay().plusNanos(millis * 1_000_000);
        year = local.getYear();
        month = local.getMonthValue();
        day = local.getDayOfMonth();
        hour = local.getHour();
        minute = local.getMinute();
        second = local.getSecond();
        nano = local.getNano();
        shape = TimeFormat.EXCEL_SERIAL;
        return true;
    }

    /** An optional {@code .fff} or {@code ,fff} of 1 to 9 digits after the seconds. */
    private boolean fraction() {
        if (!accept('.') && !accept(',')) {
            return true;
        }
        int value = 0;
        int count = 0;
        int d;
        while ((d = digitAt(pos)) >= 0) {
            if (++count > 9) {
                return false;
            }
            value = value * 10 + d;
            pos++;
        }
        for (int i = count; i < 9; i++) {
            value *= 10;
        }
        nano = value;
        return count > 0;
    }

    /** {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm}. */
    private boolean offset() {
        if (accept('Z') || accept('z')) {
            hasOffset = true;
            return true;
        }
        int sign = accept('+') ? 1 : accept('-') ? -1 : 0;
        int hours = sign == 0 ? -1 : digits(2, 2);
        if (hours < 0) {
            return false;
        }
        int minutes = 0;
        if (!atEnd()) {
            accept(':');
            minutes = digits(2, 2);
            if (minutes < 0 || minutes > 59) {
                return false;
            }
        }
        hasOffset = true;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
        return true;
    }

    private int digits(int min, int max) {
        int value = 0;
        int count = 0;
        int d;
        while (count < max && (d = digitAt(pos)) >= 0) {
            value = value * 10 + d;
            pos++;
            count++;
        }
        return count >= min ? value : -1;
    }

    private int digitAt(int index) {
        if (index >= text.length()) {
            return -1;
        }
        char c = text.charAt(index);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private boolean accept(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean skipSpaces() {
        int start = pos;
        while (accept(' ')) {
            // consume the run
        }
        return pos > start;
    }

    private boolean atEnd() {
        return pos == text.length();
    }
}
