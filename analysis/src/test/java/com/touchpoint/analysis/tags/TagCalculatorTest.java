package com.touchpoint.analysis.tags;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.audience.ItemCategories;
import com.touchpoint.analysis.audience.TestAudience;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCalculatorTest {

    private static final long DAY = 86_400_000L;
    private static final long REFERENCE = TestAudience.millis("2026-08-31T00:00:00Z");

    /**
     * Customer 1: a tea product view on the web 30 days back, a page view on the web 15 days back, a tea purchase in
     * the app at the reference time, a non-tea purchase, and a tea purchase after the reference. Customer 2: a tea
     * product view on the web 60 days back. Customer 3: no events.
     */
    private static AudienceData audience() {
        return new TestAudience()
                .customer(3)
                .event(1, REFERENCE - 30 * DAY, "web", "product_view", null, "SKU1001", Double.NaN)
                .event(1, REFERENCE - 15 * DAY, "web", "page_view", null, null, Double.NaN)
                .event(1, REFERENCE, "app", "purchase", null, "SKU1002", 100)
                .event(1, REFERENCE - DAY, "app", "purchase", null, "SKU9999", 100)
                .event(1, REFERENCE + DAY, "app", "purchase", null, "SKU1001", 100)
                .event(2, REFERENCE - 60 * DAY, "web", "product_view", null, "SKU1001", Double.NaN)
                .categories(new ItemCategories(Map.of("tea", List.of("SKU1001", "SKU1002"))))
                .build();
    }

    private static final TagRule TEA = new TagRule("interest:tea",
            new EventFilter(List.of("product_view", "purchase"), null, null, null, List.of("tea")),
            Map.of("purchase", 3.0));
    private static final TagRule WEB = new TagRule("channel:web", EventFilter.channels("web"), Map.of());

    @Test
    void behavioursDecayByHalfEveryHalfLifeAndAreWeightedByBehaviourAndChannel() {
        TagSettings settings = new TagSettings(30.0, Map.of("app", 2.0), List.of(TEA, WEB));
        TagWeights tags = TagCalculator.compute(audience(), settings, REFERENCE, new CancellationToken());
        // Customer 1, tea: view 30 days back 1 × 0.5 × 1 + purchase now 3 × 1 × 2 (app) = 6.5; the SKU9999
        // purchase is no tea and the purchase after the reference does not count yet.
        // Customer 2, tea: view 60 days back (two half-lives) 1 × 0.25 = 0.25. Customer 3: nothing.
        assertArrayEquals(new double[]{6.5, 0.25, 0}, tags.weights("interest:tea").orElseThrow(), 1e-12);
        // Web: 0.5 (30 days) + 2^(-15/30) = 1/√2 for the page view; customer 2 0.25.
        assertArrayEquals(new double[]{0.5 + Math.sqrt(0.5), 0.25, 0}, tags.weights("channel:web").orElseThrow(),
                1e-12);
    }

    @Test
    void aLongerHalfLifeDecaysSlowerAndDefaultsAreDocumentedValues() {
        TagSettings slow = new TagSettings(60.0, null, List.of(TEA));
        TagWeights tags = TagCalculator.compute(audience(), slow, REFERENCE, new CancellationToken());
        // Customer 2's view is now one half-life old.
        assertEquals(0.5, tags.weights("interest:tea").orElseThrow()[1], 1e-12);
        TagSettings defaults = new TagSettings(null, null, null);
        assertEquals(30.0, defaults.halfLifeDays());
        assertEquals(1.0, defaults.channelWeight("email"));
        assertEquals(Math.log(2) / 30, defaults.decayPerDay(), 1e-15);
    }

    @Test
    void defaultRulesGiveAnInterestTagPerCategoryAndAnAffinityTagPerChannel() {
        AudienceData data = audience();
        TagSettings defaults = DefaultTagRules.of(data);
        assertEquals(List.of("interest:tea", "channel:web", "channel:app"),
                defaults.rules().stream().map(TagRule::name).toList());
        TagWeights tags = TagCalculator.compute(data, defaults, REFERENCE, new CancellationToken());
        // Interest: view 0.5 + purchase 3 × 1 = 3.5 (default channel weights are 1).
        assertEquals(3.5, tags.weights("interest:tea").orElseThrow()[0], 1e-12);
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        AnalysisException halfLife = assertThrows(AnalysisException.class,
                () -> new TagSettings(0.0, null, null));
        assertTrue(halfLife.getMessage().contains("positive number of days"));
        AnalysisException twice = assertThrows(AnalysisException.class,
                () -> new TagSettings(null, null, List.of(TEA, TEA)));
        assertTrue(twice.getMessage().contains("share a name"));
        AnalysisException negative = assertThrows(AnalysisException.class,
                () -> new TagSettings(null, Map.of("web", -1.0), null));
        assertTrue(negative.getMessage().contains("0 or more"));
    }
}
