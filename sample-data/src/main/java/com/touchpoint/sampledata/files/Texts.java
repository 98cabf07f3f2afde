package com.touchpoint.sampledata.files;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Formatting of times, money and CSV fields as the exports write them (Asia/Shanghai is UTC+8 all year). */
public final class Texts {

    public static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    private Texts() {
    }

    /** ISO-8601 with offset: 2026-08-03T10:15:22+08:00. */
    public static String isoOffset(long epochSecond) {
        return dateTime(epochSecond, '-', 'T', true) + "+08:00";
    }

    /** 2026-08-03 10:15:22, local time. */
    public static String localDateTime(long epochSecond) {
        return dateTime(epochSecond, '-', ' ', true);
    }

    /** 2026/08/03 10:15, local time, minutes only (POS style). */
    public static String posDateTime(long epochSecond) {
        return dateTime(epochSecond, '/', ' ', false);
    }

    private static String dateTime(long epochSecond, char dateSeparator, char middle, boolean seconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, SHANGHAI);
        StringBuilder b = new StringBuilder(20);
        b.append(t.getYear()).append(dateSeparator);
        two(b, t.getMonthValue()).append(dateSeparator);
        two(b, t.getDayOfMonth()).append(middle);
        two(b, t.getHour()).append(':');
        two(b, t.getMinute());
        if (seconds) {
            two(b.append(':'), t.getSecond());
        }
        return b.toString();
    }

    private static StringBuilder two(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Decimal with two places: 1234.50. */
    public static String money(long cents) {
        long abs = Math.abs(cents);
        String fraction = abs % 100 < 10 ? "0" + abs % 100 : String.valueOf(abs % 100);
        return (cents < 0 ? "-" : "") + abs / 100 + "." + fraction;
    }

    /** Shortest decimal: 123.5, 128, 99.99. */
    public static String shortMoney(long cents) {
        if (cents % 100 == 0) {
            return String.valueOf(cents / 100);
        }
        String text = money(cents);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /** Yuan with thousands separators, as the POS prints it: ¥1,234.50. */
    public static String yuan(long cents) {
        String plain = money(cents);
        int point = plain.indexOf('.');
        StringBuilder whole = new StringBuilder(plain.substring(0, point));
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, ',');
        }
        return "¥" + whole + plain.substring(point);
    }

    /** A CSV field, quoted when it holds the delimiter, a quote or a line break. */
    public static String field(String value, char delimiter) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? quoted(value) : value;
    }

    /** A CSV field always in quotes, inner quotes doubled. */
    public static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Fields joined with the delimiter, each quoted only when needed. */
    public static String join(char delimiter, String... values) {
        StringBuilder b = new StringBuilder(96);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            b.append(field(values[i], delimiter));
        }
        return b.toString();
    }
}
