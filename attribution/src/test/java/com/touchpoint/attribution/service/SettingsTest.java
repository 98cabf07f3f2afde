package com.touchpoint.attribution.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void modelListsComeByNameOrAll() {
        assertEquals(List.of(ModelKind.values()), ModelKind.parseList("all"));
        assertEquals(List.of(ModelKind.LAST_NON_DIRECT, ModelKind.SHAPLEY_ORDERED),
                ModelKind.parseList("last-non-direct, Shapley-Ordered,last-non-direct"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ModelKind.parseList("first,u-shape"));
        assertTrue(unknown.getMessage().contains("'u-shape'") && unknown.getMessage().contains("time-decay"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelKind.parseList(" , "));
    }

    @Test
    void positionSharesComeAsFractionsOrPercents() {
        assertEquals(new PositionShares(0.3, 0.4, 0.3), PositionShares.parse("30,40,30"));
        assertEquals(new PositionShares(0.5, 0, 0.5), PositionShares.parse("0.5, 0, 0.5"));
        assertEquals("40% / 20% / 40%", PositionShares.DEFAULT.toString());
        assertThrows(IllegalArgumentException.class, () -> PositionShares.parse("0.5,0.5"));
        IllegalArgumentException notOne = assertThrows(IllegalArgumentException.class,
                () -> PositionShares.parse("0.5,0.5,0.5"));
        assertTrue(notOne.getMessage().contains("add up to 1"), notOne.getMessage());
    }

    @Test
    void aTouchNeedsAChosenChannelThatIsNotExcludedAndATypeOtherThanTheConversion() {
        TouchDefinition defaults = TouchDefinition.defaults();
        assertTrue(defaults.countsChannel("search"));
        assertFalse(defaults.countsChannel("direct"));
        assertFalse(defaults.countsChannel(null));
        assertTrue(defaults.countsEventType("click", "purchase"));
        assertFalse(defaults.countsEventType("purchase", "purchase"));
        assertEquals("every channel except direct", defaults.describeChannels());

        TouchDefinition chosen = new TouchDefinition(Set.of("sms", "email"), Set.of(), Set.of("send", "click"));
        assertTrue(chosen.countsChannel("email"));
        assertFalse(chosen.countsChannel("search"));
        assertFalse(chosen.countsEventType("open", "purchase"));
        assertEquals("email, sms", chosen.describeChannels());
        assertEquals("click, send", chosen.describeEventTypes("purchase"));
        assertThrows(IllegalArgumentException.class,
                () -> new TouchDefinition(Set.of("direct"), Set.of("direct"), Set.of()));
    }

    @Test
    void modelParametersAreCheckedByTheModelsThemselves() {
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> ModelSettings.defaults().withMarkovOrder(5));
        assertTrue(order.getMessage().contains("1 to 4"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelSettings.defaults().withHalfLife(Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> AttributionSettings.defaults().withLookback(Duration.ofDays(-1)));
        assertThrows(IllegalArgumentException.class, () -> AttributionSettings.defaults().withModels(List.of()));
    }

    @Test
    void durationsReadAsAnAnalystWouldWriteThem() {
        assertEquals("30 days", TextFormat.duration(Duration.ofDays(30)));
        assertEquals("1 day", TextFormat.duration(Duration.ofDays(1)));
        assertEquals("36 hours", TextFormat.duration(Duration.ofHours(36)));
        assertEquals("90 minutes", TextFormat.duration(Duration.ofMinutes(90)));
        assertEquals("PT1.5S", TextFormat.duration(Duration.ofMillis(1500)));
        assertEquals("0.333333", TextFormat.number(1.0 / 3));
        assertEquals("12.5", TextFormat.number(12.5));
        assertEquals("3", TextFormat.number(3));
    }
}
