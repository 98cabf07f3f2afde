package com.touchpoint.sampledata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SampleSpecTest {

    @Test
    void shippedSpecIsFifteenHundredPeopleOverNinetyDaysToTheEndOfOctober() {
        SampleSpec spec = SampleSpec.shipped();
        assertEquals(1_500, spec.users());
        assertEquals(42, spec.seed());
        // 90 days ending 2026-10-31 inclusive: 3..31 August is 29 days, September 30, October 31
        assertEquals(LocalDate.of(2026, 8, 3), spec.startDate());
    }

    @Test
    void impossibleSpecsAreRejectedWithTheReason() {
        assertEquals("users must be between 1 and 50,000,000, got 0",
                assertThrows(IllegalArgumentException.class, () -> SampleSpec.of(0, 90, 1)).getMessage());
        assertEquals("days must be between 1 and 3,660, got 0",
                assertThrows(IllegalArgumentException.class, () -> SampleSpec.of(10, 0, 1)).getMessage());
    }

    @Test
    void commandLineFillsDefaultsAndExplainsMistakes() {
        SampleGenerator.Options options = SampleGenerator.Options.parse(new String[] {"--out", "x", "--users", "99"});
        assertEquals(Path.of("x"), options.out());
        assertEquals(new SampleSpec(99, 90, 42, LocalDate.of(2026, 10, 31), 0.02, 0.005), options.spec());
        assertEquals("Option --out is required", assertThrows(IllegalArgumentException.class,
                () -> SampleGenerator.Options.parse(new String[] {"--users", "5"})).getMessage());
        assertEquals("Option --end-date has an invalid value: 2026-13-45", assertThrows(IllegalArgumentException.class,
                () -> SampleGenerator.Options.parse(new String[] {"--out", "x", "--end-date", "2026-13-45"}))
                .getMessage());
        assertEquals("Unknown option --user", assertThrows(IllegalArgumentException.class,
                () -> SampleGenerator.Options.parse(new String[] {"--user", "5"})).getMessage());
    }
}
