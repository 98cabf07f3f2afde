package com.touchpoint.attribution.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.touchpoint.attribution.journey.JourneyCollector;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three journeys A > B converted (value 100), B converted (value 40), A not converted: 2 conversions,
 * value 140. The non-converting journey never earns credit in a rule-based model.
 */
class HeuristicModelsTest {
    private static final double EPS = 1e-12;
    private static final JourneySet THREE = JourneySet.fromPathRows(List.of(
            new PathRow("A > B", 1, 100, 0), new PathRow("B", 1, 40, 0), new PathRow("A", 0, 0, 1)));

    @Test
    void firstTouchCreditsTheOpeningChannel() {
        // A > B → A gets 1 (value 100); B → B gets 1 (value 40).
        AttributionResult result = new FirstTouchModel().attribute(THREE);
        assertCredit(result, "A", 1, 100, 0.5);
        assertCredit(result, "B", 1, 40, 0.5);
        assertEquals(2, result.totalConversions());
        assertEquals(140, result.totalValue());
    }

    @Test
    void lastTouchCreditsTheClosingChannel() {
        // Both conversions end on B: B gets 2 (value 140).
        AttributionResult result = new LastTouchModel().attribute(THREE);
        assertCredit(result, "A", 0, 0, 0);
        assertCredit(result, "B", 2, 140, 1);
    }

    @Test
    void linearSplitsEvenlyOverTouches() {
        // A > B: 1/2 each → A 0.5 (50), B 0.5 (50); B alone: 1 (40) → B 1.5 (90).
        AttributionResult result = new LinearModel().attribute(THREE);
        assertCredit(result, "A", 0.5, 50, 0.25);
        assertCredit(result, "B", 1.5, 90, 0.75);
    }

    @Test
    void positionBasedGivesTwoTouchesHalfEachAndOneTouchEverything() {
        // 40/20/40 on two touches is 40 : 40 = 50/50, so the result equals linear here.
        AttributionResult result = new PositionBasedModel().attribute(THREE);
        assertCredit(result, "A", 0.5, 50, 0.25);
        assertCredit(result, "B", 1.5, 90, 0.75);
    }

    @Test
    void positionBasedSplitsTheMiddleShareOverMiddleTouches() {
        // A > B > C > D: A 0.4, B and C 0.2 / 2 = 0.1 each, D 0.4.
        JourneySet four = JourneySet.fromPathRows(List.of(new PathRow("A > B > C > D", 1, 10, 0)));
        AttributionResult result = new PositionBasedModel().attribute(four);
        assertCredit(result, "A", 0.4, 4, 0.4);
        assertCredit(result, "B", 0.1, 1, 0.1);
        assertCredit(result, "C", 0.1, 1, 0.1);
        assertCredit(result, "D", 0.4, 4, 0.4);
    }

    @Test
    void positionBasedSharesAreConfigurable() {
        // 50/20/30: three touches get 0.5, 0.2, 0.3; two touches get 0.5/0.8 = 0.625 and 0.3/0.8 = 0.375.
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A > B > C", 1, 0, 0),
                new PathRow("C > A", 1, 0, 0)));
        AttributionResult result = new PositionBasedModel(0.5, 0.2, 0.3).attribute(set);
        assertCredit(result, "A", 0.5 + 0.375, 0, 0.875 / 2);
        assertCredit(result, "B", 0.2, 0, 0.1);
        assertCredit(result, "C", 0.3 + 0.625, 0, 0.925 / 2);
        assertThrows(IllegalArgumentException.class, () -> new PositionBasedModel(0.5, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PositionBasedModel(0, 1, 0));
    }

    @Test
    void timeDecayHalvesCreditPerHalfLifeOfAge() {
        // A 14 days, B 7 days before the conversion, half-life 7 days: weights 2^-2 = 1/4 and 2^-1 = 1/2,
        // normalised 1/3 and 2/3. Then B alone takes 1 (value 40).
        JourneyCollector collector = new JourneyCollector();
        int a = collector.channel("A");
        int b = collector.channel("B");
        collector.add(new int[] {a, b}, new int[] {14 * 86_400, 7 * 86_400}, true, 1, 100);
        collector.add(new int[] {b}, new int[] {3_600}, true, 1, 40);
        collector.add(new int[] {a}, new int[] {0}, false, 1, 0);

        AttributionResult result = new TimeDecayModel().attribute(collector.build());
        assertCredit(result, "A", 1.0 / 3, 100.0 / 3, 1.0 / 6);
        assertCredit(result, "B", 5.0 / 3, 200.0 / 3 + 40, 5.0 / 6);
    }

    @Test
    void timeDecayWithoutTimesCountsPositionsAsDaysBack() {
        // Path report, no times: in A > B, A is 2 days and B 1 day back. With a 1-day half-life the weights are
        // 1/4 and 1/2 → 1/3 and 2/3, the same split as above.
        AttributionResult result = new TimeDecayModel(Duration.ofDays(1)).attribute(THREE);
        assertCredit(result, "A", 1.0 / 3, 100.0 / 3, 1.0 / 6);
        assertCredit(result, "B", 5.0 / 3, 200.0 / 3 + 40, 5.0 / 6);
        // Default half-life 7 days: A = 2^(-2/7) / (2^(-2/7) + 2^(-1/7)) = 1 / (1 + 2^(1/7)) = 0.475264…
        double a = 1 / (1 + Math.pow(2, 1.0 / 7));
        assertCredit(new TimeDecayModel().attribute(THREE), "A", a, 100 * a, a / 2);
        assertEquals(0.475264, a, 1e-6);
    }

    @Test
    void lastNonDirectSkipsDirectTouchesUnlessThereIsNothingElse() {
        // A > Direct: A. Direct alone: Direct. Direct > A > Direct > Direct: A.
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A > Direct", 1, 10, 0),
                new PathRow("Direct", 1, 5, 0), new PathRow("Direct > A > Direct > Direct", 1, 20, 0)));
        AttributionResult result = new LastNonDirectModel("Direct").attribute(set);
        assertCredit(result, "A", 2, 30, 2.0 / 3);
        assertCredit(result, "Direct", 1, 5, 1.0 / 3);
        // With the default direct name "(direct)" nothing here is direct, so it is plain last touch.
        assertCredit(new LastNonDirectModel().attribute(set), "Direct", 3, 35, 1);
    }

    static void assertCredit(AttributionResult result, String channel, double conversions, double value,
                             double share) {
        ChannelCredit credit = result.credit(channel);
        assertEquals(conversions, credit.conversions(), EPS, result.model() + " conversions of " + channel);
        assertEquals(value, credit.value(), 1e-9, result.model() + " value of " + channel);
        assertEquals(share, credit.share(), EPS, result.model() + " share of " + channel);
    }
}
