package com.touchpoint.datasources.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234.50       | 1234.50",
            "-12           | -12",
            "0             | 0",
            "1,234.50      | 1234.50",
            "12,345,678    | 12345678",
            "¥1,234.50     | 1234.50",
            "￥ 99         | 99",
            "$5.00         | 5.00",
            "€3.20         | 3.20",
            "£7            | 7",
            "RMB 100       | 100",
            "cny88         | 88",
            "100元         | 100",
            "12.5%         | 0.125",
            "(1,234.50)    | -1234.50",
            "-¥12          | -12",
            "¥-12          | -12",
            "1 234.5       | 1234.5",
            "１２３         | 123",
            "1.2E3         | 1.2E+3",
            "+7            | 7",
    })
    void readsDecoratedNumbers(String text, BigDecimal expected) throws Exception {
        assertEquals(expected, Numbers.parseDecimal(text));
    }

    @Test
    void keepsTheScaleWritten() throws Exception {
        assertEquals("1234.50", Numbers.parseDecimal("1,234.50").toPlainString());
        assertEquals("0.125", Numbers.parseDecimal("12.5%").toPlainString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc        | 'abc' is not a number (unexpected 'a')",
            "12kg       | '12kg' is not a number (unexpected 'k')",
            "1,23       | '1,23' has a misplaced thousands separator",
            "1234,567   | '1234,567' has a misplaced thousands separator",
            "1,2345.0   | '1,2345.0' has a misplaced thousands separator",
            "1.2.3      | '1.2.3' is not a number (more than one decimal point)",
            "50%3       | '50%3' is not a number (% must come last)",
            "1-2        | '1-2' is not a number (misplaced '-')",
            "¥          | '¥' is not a number",
            "1E         | '1E' is not a number",
    })
    void rejectsWhatIsNoNumber(String text, String reason) {
        assertEquals(reason, assertThrows(InvalidValueException.class, () -> Numbers.parseDecimal(text)).getMessage());
    }

    @Test
    void amountsStopBelowOneHundredTrillion() throws Exception {
        assertEquals(new BigDecimal("99999999999999.9999"), Numbers.parseAmount("99,999,999,999,999.9999"));
        assertEquals(new BigDecimal("-0.00001"), Numbers.parseAmount("-0.00001"));
        assertEquals("'100000000000000' is too large for an amount (at most 14 digits before the decimal point)",
                assertThrows(InvalidValueException.class, () -> Numbers.parseAmount("100000000000000")).getMessage());
        // Refused from its exponent alone: expanding 10^9,999,999 to four decimals would take seconds.
        assertEquals("'1e9999999' is too large for an amount (at most 14 digits before the decimal point)",
                assertThrows(InvalidValueException.class, () -> Numbers.parseAmount("1e9999999")).getMessage());
    }

    @Test
    void readsWholeNumbers() throws Exception {
        assertEquals(1234L, Numbers.parseLong("1,234"));
        assertEquals(-42L, Numbers.parseLong("-42"));
        assertEquals(1L, Numbers.parseLong("1.0"));
        assertEquals(1L, Numbers.parseLong("100%"));
        assertEquals(9_223_372_036_854_775_807L, Numbers.parseLong("9223372036854775807"));
    }

    @Test
    void rejectsFractionsAndOverflowAsWholeNumbers() {
        assertEquals("'12.5' is not a whole number",
                assertThrows(InvalidValueException.class, () -> Numbers.parseLong("12.5")).getMessage());
        assertEquals("'9223372036854775808' is too large for a whole number",
                assertThrows(InvalidValueException.class, () -> Numbers.parseLong("9223372036854775808"))
                        .getMessage());
        assertEquals("'x1' is not a number (unexpected 'x')",
                assertThrows(InvalidValueException.class, () -> Numbers.parseLong("x1")).getMessage());
    }
}
