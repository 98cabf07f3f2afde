package com.touchpoint.views.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.views.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PercentTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void sharesReadWithOneDecimal() {
        assertEquals("0.0%", Percent.of(messages, 0));
        assertEquals("25.0%", Percent.of(messages, 0.25));
        // 1 of 3 is 33.33…%.
        assertEquals("33.3%", Percent.of(messages, 1.0 / 3));
        assertEquals("100.0%", Percent.of(messages, 1));
    }

    @Test
    void aFewRowsInMillionsAreNeverShownAsNoneOrAll() {
        // 201 of 600,000 is 0.0335%, which one decimal would round to 0.0%; 599,799 of 600,000 to 100.0%.
        assertEquals("<0.1%", Percent.of(messages, 201.0 / 600_000));
        assertEquals(">99.9%", Percent.of(messages, 599_799.0 / 600_000));
        assertEquals("0.1%", Percent.of(messages, 0.001));
    }
}
