package com.touchpoint.datasources.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeParserTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai"); // UTC+8 all year
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // +1 winter, +2 summer
    private static final ZoneId UTC = ZoneOffset.UTC;

    /** Shanghai wall times are 8 hours ahead of UTC, so 20:00 local is 12:00 UTC. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ISO_DATE_TIME     | 2023-07-17T12:00:00Z          | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T12:00:00.123Z      | 2023-07-17T12:00:00.123",
            "ISO_DATE_TIME     | 2023-07-17T20:00:00+08:00     | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T14:00:00+0200      | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T07:30:00-04:30     | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T20:00:00+08        | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T20:00:00           | 2023-07-17T12:00",
            "ISO_DATE_TIME     | 2023-07-17T20:00:00.5         | 2023-07-17T12:00:00.500",
            "ISO_DATE_TIME     | 2023-07-17T20:00              | 2023-07-17T12:00",
            "DATE_TIME_SECONDS | 2023-07-17 20:00:05           | 2023-07-17T12:00:05",
            "DATE_TIME_SECONDS | 2023-07-17 20:00:05.123456    | 2023-07-17T12:00:05.123456",
            "DATE_TIME_SECONDS | 2023-07-17 12:00:00 Z         | 2023-07-17T12:00",
            "DATE_TIME_MINUTES | 2023-07-17 20:00              | 2023-07-17T12:00",
            "DATE              | 2023-07-17                    | 2023-07-16T16:00",
            "SLASH_DATE_TIME   | 2023/07/17 20:00:05           | 2023-07-17T12:00:05",
            "SLASH_DATE_TIME   | 2023/7/7 8:00                 | 2023-07-07T00:00",
            "SLASH_DATE        | 2023/07/17                    | 2023-07-16T16:00",
            "COMPACT_DATE      | 20230717                      | 2023-07-16T16:00",
            // 1689595200 s after 1970-01-01T00:00Z is 2023-07-17T12:00Z; epoch values ignore the source zone
            "EPOCH_SECONDS     | 1689595200                    | 2023-07-17T12:00",
            "EPOCH_SECONDS     | 1689595200.25                 | 2023-07-17T12:00:00.250",
            "EPOCH_MILLIS      | 1689595200123                 | 2023-07-17T12:00:00.123",
            // Excel day 0 is 1899-12-30; 45123 days later is 2023-07-16 (not 07-17), .5 is noon, Shanghai noon is 04:00 UTC
            "EXCEL_SERIAL      | 45123.5                       | 2023-07-16T04:00",
    })
    void parsesEveryFormatToUtc(TimeFormat format, String value, LocalDateTime expectedUtc) throws Exception {
        assertEquals(expectedUtc, new TimeParser(format, SHANGHAI).parseUtc(value));
    }

    @Test
    void excelSerialsAreDaysSince1899December30() throws Exception {
        TimeParser excel = new TimeParser(TimeFormat.EXCEL_SERIAL, UTC);
        // 25569 is Excel's well-known serial for the Unix epoch
        assertEquals(LocalDateTime.of(1970, 1, 1, 0, 0), excel.parseUtc("25569"));
        // 44927 is 2023-01-01; + 196 days (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181, + 15) = 07-16
        assertEquals(LocalDateTime.of(2023, 7, 16, 12, 0), excel.parseUtc("45123.5"));
        // 0.75 of a day is 18:00
        assertEquals(LocalDateTime.of(2023, 7, 16, 18, 0), excel.parseUtc("45123.75"));
        assertEquals(LocalDate.of(2023, 7, 16), excel.parseDate("45123"));
    }

    @Test
    void wallTimesInADaylightSavingGapMoveForwardLikeJavaTime() throws Exception {
        TimeParser parser = new TimeParser(TimeFormat.DATE_TIME_SECONDS, BERLIN);
        // 2023-03-26 02:00 CET jumps to 03:00 CEST: 02:30 does not exist and is read as 03:30+02:00 = 01:30Z
        LocalDateTime gap = LocalDateTime.of(2023, 3, 26, 2, 30);
        assertEquals(LocalDateTime.of(2023, 3, 26, 1, 30), parser.parseUtc("2023-03-26 02:30:00"));
        assertEquals(ZonedDateTime.of(gap, BERLIN).withZoneSameInstant(UTC).toLocalDateTime(),
                parser.parseUtc("2023-03-26 02:30:00"));
    }

    @Test
    void wallTimesInAnAutumnOverlapTakeTheEarlierOffset() throws Exception {
        TimeParser parser = new TimeParser(TimeFormat.DATE_TIME_SECONDS, BERLIN);
        // 2023-10-29 03:00 CEST falls back to 02:00 CET: 02:30 happens twice; the first (+02:00) is 00:30Z
        assertEquals(LocalDateTime.of(2023, 10, 29, 0, 30), parser.parseUtc("2023-10-29 02:30:00"));
        // outside the transitions: summer is +2, winter +1
        assertEquals(LocalDateTime.of(2023, 7, 17, 12, 0), parser.parseUtc("2023-07-17 14:00:00"));
        assertEquals(LocalDateTime.of(2023, 1, 17, 12, 0), parser.parseUtc("2023-01-17 13:00:00"));
    }

    @Test
    void datesAreCalendarDatesAndInstantsFallOnTheirSourceZoneDay() throws Exception {
        assertEquals(LocalDate.of(2023, 7, 17), new TimeParser(TimeFormat.DATE, SHANGHAI).parseDate("2023-07-17"));
        assertEquals(LocalDate.of(2023, 7, 17), new TimeParser(TimeFormat.DATE, SHANGHAI).parseDate("2023-7-17"));
        // 23:30Z is 07:30 the next morning in Shanghai
        assertEquals(LocalDate.of(2023, 7, 18),
                new TimeParser(TimeFormat.ISO_DATE_TIME, SHANGHAI).parseDate("2023-07-17T23:30:00Z"));
        // 1689595200 is 12:00Z = 20:00 in Shanghai, the same day
        assertEquals(LocalDate.of(2023, 7, 17),
                new TimeParser(TimeFormat.EPOCH_SECONDS, SHANGHAI).parseDate("1689595200"));
        assertEquals(LocalDate.of(2023, 7, 17),
                new TimeParser(TimeFormat.COMPACT_DATE, SHANGHAI).parseDate(" 20230717 "));
    }

    @Test
    void explainsWhyAValueIsNotADate() {
        assertEquals("'31/02/2026' is not a date in the form yyyy-MM-dd",
                reason(TimeFormat.DATE, "31/02/2026"));
        assertEquals("'2026-02-31' is not a valid date: February 2026 has 28 days",
                reason(TimeFormat.DATE, "2026-02-31"));
        assertEquals("'2024-02-30' is not a valid date: February 2024 has 29 days",
                reason(TimeFormat.DATE, "2024-02-30"));
        assertEquals("'2023-13-01' is not a valid date: there is no month 13", reason(TimeFormat.DATE, "2023-13-01"));
        assertEquals("'2023-07-17 25:00' is not a valid date: the time of day is out of range",
                reason(TimeFormat.DATE_TIME_MINUTES, "2023-07-17 25:00"));
        assertEquals("'2023-07-17 12:00:00 +08:00 x' is not a date and time in the form yyyy-MM-dd HH:mm:ss",
                reason(TimeFormat.DATE_TIME_SECONDS, "2023-07-17 12:00:00 +08:00 x"));
        assertEquals("'168959520' is not a Unix time in seconds (10 digits)",
                reason(TimeFormat.EPOCH_SECONDS, "168959520"));
        assertEquals("'1689595200' is not a Unix time in milliseconds (13 digits)",
                reason(TimeFormat.EPOCH_MILLIS, "1689595200"));
        assertEquals("'abc' is not an Excel serial date such as 45123.5", reason(TimeFormat.EXCEL_SERIAL, "abc"));
    }

    @Test
    void detectsTheFormatOfAColumn() {
        assertEquals(Optional.of(TimeFormat.DATE_TIME_SECONDS),
                TimeFormat.detect(List.of("2023-07-17 12:00:00", "2023-07-18 08:30:00", "", "2023-07-18 09:00")));
        assertEquals(Optional.of(TimeFormat.ISO_DATE_TIME), TimeFormat.detect(List.of("2023-07-17T12:00:00Z")));
        assertEquals(Optional.of(TimeFormat.DATE), TimeFormat.detect(List.of("2023-07-17", "2023-07-18", "bad")));
        assertEquals(Optional.of(TimeFormat.SLASH_DATE), TimeFormat.detect(List.of("2023/07/17")));
        assertEquals(Optional.of(TimeFormat.SLASH_DATE_TIME), TimeFormat.detect(List.of("2023/07/17 08:00")));
        assertEquals(Optional.of(TimeFormat.COMPACT_DATE), TimeFormat.detect(List.of("20230717", "20230718")));
        assertEquals(Optional.of(TimeFormat.EPOCH_SECONDS), TimeFormat.detect(List.of("1689595200")));
        assertEquals(Optional.of(TimeFormat.EPOCH_MILLIS), TimeFormat.detect(List.of("1689595200123")));
        assertEquals(Optional.of(TimeFormat.EXCEL_SERIAL), TimeFormat.detect(List.of("45123.5", "45124")));
    }

    @Test
    void doesNotTakePlainNumbersOrTextForTimes() {
        // whole 5-digit numbers could be Excel dates or amounts: the analyst has to say so
        assertEquals(Optional.empty(), TimeFormat.detect(List.of("45123", "45124")));
        // fractions outside 20000-80000 are amounts, not dates
        assertEquals(Optional.empty(), TimeFormat.detect(List.of("123.5", "99.9")));
        assertEquals(Optional.empty(), TimeFormat.detect(List.of("yesterday", "")));
        assertEquals(Optional.empty(), TimeFormat.detect(Arrays.asList(null, " ")));
        // 8 digits that are no date (month 56) are not a compact date either
        assertEquals(Optional.empty(), TimeFormat.detect(List.of("12345678")));
    }

    @Test
    void detectBuildsAParserInTheSourceZone() throws Exception {
        TimeParser parser = TimeParser.detect(List.of("2023-07-17 20:00:00"), SHANGHAI).orElseThrow();
        assertEquals(TimeFormat.DATE_TIME_SECONDS, parser.format());
        assertEquals(SHANGHAI, parser.sourceZone());
        assertEquals(LocalDateTime.of(2023, 7, 17, 12, 0), parser.parseUtc("2023-07-17 20:00:00"));
    }

    private static String reason(TimeFormat format, String value) {
        return assertThrows(InvalidValueException.class, () -> new TimeParser(format, SHANGHAI).parseUtc(value))
                .getMessage();
    }
}
