package com.touchpoint.sampledata;

import java.time.LocalDate;

/**
 * What to generate: how many people, over how many days ending on which date, from which seed, and how much of
 * each file is broken or duplicated on purpose. The same spec always gives byte-identical files.
 *
 * @param users             number of people simulated (1 to 50,000,000)
 * @param days              length of the window in days (1 to 3,660), ending on {@code endDate} inclusive
 * @param seed              random seed
 * @param endDate           last day of the window (Asia/Shanghai local date)
 * @param brokenRowRate     share of data rows that are written broken (0 to 0.5)
 * @param duplicateRowRate  share of clean data rows that are written twice (0 to 0.5)
 */
public record SampleSpec(int users, int days, long seed, LocalDate endDate, double brokenRowRate,
                         double duplicateRowRate) {

    /** End date of the shipped set, fixed so the shipped files do not change with the calendar. */
    public static final LocalDate DEFAULT_END_DATE = LocalDate.of(2026, 10, 31);
    public static final double DEFAULT_BROKEN_ROW_RATE = 0.02;
    public static final double DEFAULT_DUPLICATE_ROW_RATE = 0.005;

    public SampleSpec {
        if (users < 1 || users > 50_000_000) {
            throw new IllegalArgumentException("users must be between 1 and 50,000,000, got " + users);
        }
        if (days < 1 || days > 3_660) {
            throw new IllegalArgumentException("days must be between 1 and 3,660, got " + days);
        }
        if (endDate == null) {
            throw new IllegalArgumentException("endDate is required (for example 2026-10-31)");
        }
        if (!(brokenRowRate >= 0 && brokenRowRate <= 0.5)) {
            throw new IllegalArgumentException("brokenRowRate must be between 0 and 0.5, got " + brokenRowRate);
        }
        if (!(duplicateRowRate >= 0 && duplicateRowRate <= 0.5)) {
            throw new IllegalArgumentException("duplicateRowRate must be between 0 and 0.5, got " + duplicateRowRate);
        }
    }

    /** A spec with the default end date and default broken and duplicate rates. */
    public static SampleSpec of(int users, int days, long seed) {
        return new SampleSpec(users, days, seed, DEFAULT_END_DATE, DEFAULT_BROKEN_ROW_RATE, DEFAULT_DUPLICATE_ROW_RATE);
    }

    /** The spec of the set shipped with the app: 1,500 users, 90 days, seed 42, ending 2026-10-31. */
    public static SampleSpec shipped() {
        return of(1_500, 90, 42);
    }

    /** First day of the window. */
    public LocalDate startDate() {
        return endDate.minusDays(days - 1L);
    }
}
