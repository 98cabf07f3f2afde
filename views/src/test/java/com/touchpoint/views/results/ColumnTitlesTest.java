package com.touchpoint.views.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.touchpoint.views.i18n.Messages;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ColumnTitlesTest {

    @Test
    void everyKnownColumnHasATitleInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            UnaryOperator<String> titles = ColumnTitles.of(Messages.forLocale(locale));
            // A missing key would throw; a title equal to the raw name would mean it was not translated.
            ColumnTitles.KNOWN.forEach(name -> assertNotEquals(name, titles.apply(name), name + " in " + locale));
        }
    }

    @Test
    void namesAreMatchedIgnoringCaseAndUnknownNamesStayAsTheyAre() {
        UnaryOperator<String> titles = ColumnTitles.of(Messages.forLocale(Locale.CHINESE));

        assertEquals("转化率", titles.apply("Conversion rate"));
        assertEquals("单次转化成本", titles.apply("CPA"));
        assertEquals("2nd", titles.apply("2nd"));
    }
}
