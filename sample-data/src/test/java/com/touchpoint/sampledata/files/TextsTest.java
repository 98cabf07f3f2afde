package com.touchpoint.sampledata.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    // 2026-08-03 10:15:22 in Shanghai is 02:15:22 UTC, epoch 1785723322 (checked with Python's datetime).
    private static final long AUGUST_THIRD = 1_785_723_322L;

    @Test
    void timesAreWrittenInShanghaiLocalTime() {
        assertEquals("2026-08-03T10:15:22+08:00", Texts.isoOffset(AUGUST_THIRD));
        assertEquals("2026-08-03 10:15:22", Texts.localDateTime(AUGUST_THIRD));
        assertEquals("2026/08/03 10:15", Texts.posDateTime(AUGUST_THIRD));
        // 1798732745 is 2026-12-31 23:59:05 in Shanghai: the year boundary in UTC is still eight hours away.
        assertEquals("2026-12-31T23:59:05+08:00", Texts.isoOffset(1_798_732_745L));
    }

    @Test
    void moneyHasTwoPlacesThousandsSeparatorsOnlyInYuan() {
        assertEquals("1234.50", Texts.money(123_450));
        assertEquals("0.05", Texts.money(5));
        assertEquals("¥1,234.50", Texts.yuan(123_450));
        assertEquals("¥1,234,567.00", Texts.yuan(123_456_700));
        assertEquals("¥98.00", Texts.yuan(9_800));
    }

    @Test
    void shortMoneyDropsTrailingZeros() {
        assertEquals("123.5", Texts.shortMoney(12_350));
        assertEquals("128", Texts.shortMoney(12_800));
        assertEquals("99.99", Texts.shortMoney(9_999));
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",", Texts.join(',', "a", "b,c", "say \"hi\"", null));
        assertEquals("b,c;d", Texts.join(';', "b,c", "d"));
    }
}
