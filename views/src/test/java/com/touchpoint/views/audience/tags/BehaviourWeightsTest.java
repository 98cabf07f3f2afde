package com.touchpoint.views.audience.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.views.i18n.Messages;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BehaviourWeightsTest {

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);

    @Test
    void pairsAreReadWithEitherCommaAndWrittenBackSortedByEventType() {
        Map<String, Double> weights = BehaviourWeights.parse(" purchase = 3，add_to_cart=2.5, ", messages);

        assertEquals(Map.of("purchase", 3.0, "add_to_cart", 2.5), weights);
        assertEquals("add_to_cart=2.5, purchase=3", BehaviourWeights.text(weights));
        assertEquals(Map.of(), BehaviourWeights.parse("  ", messages));
    }

    @Test
    void aPairThatIsNotATypeAndANumberIsNamedInTheMessage() {
        AnalysisException noNumber = assertThrows(AnalysisException.class,
                () -> BehaviourWeights.parse("purchase=3, view=lots", messages));
        AnalysisException noType = assertThrows(AnalysisException.class,
                () -> BehaviourWeights.parse("=2", messages));

        assertEquals("'view=lots' is not an event type and a weight; write e.g. purchase=3.", noNumber.getMessage());
        assertEquals("'=2' is not an event type and a weight; write e.g. purchase=3.", noType.getMessage());
    }
}
