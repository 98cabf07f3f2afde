package com.touchpoint.attribution.journey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.journey.JourneyBuilder.DirectHandling;
import com.touchpoint.attribution.journey.JourneyBuilder.TouchReuse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyBuilderTest {
    private static final long DAY = 86_400_000L;
    private static final int DAY_SECONDS = 86_400;

    @Test
    void conversionTakesTouchesFromLookbackStartUpToButNotIncludingItsTime() {
        // Lookback 30 days, conversion at day 30: window [day 0, day 30). A at day 0 is in, C at day 30 is not
        // (it is after the conversion and becomes the customer's non-converting tail).
        JourneySet set = new JourneyBuilder().dataEnd(40 * DAY).build(
                List.of(new Touch(1, "A", 0), new Touch(1, "B", 10 * DAY), new Touch(1, "C", 30 * DAY)),
                List.of(new Conversion(1, 30 * DAY, 50)));

        Journey converted = find(set, "A > B", true);
        assertArrayEquals(new int[] {30 * DAY_SECONDS, 20 * DAY_SECONDS}, ages(converted));
        assertEquals(50, converted.value());
        Journey tail = find(set, "C", false);
        assertArrayEquals(new int[] {10 * DAY_SECONDS}, ages(tail), "age counted back from the data end, day 40");
        assertEquals(2, set.journeys().size());
    }

    @Test
    void conversionWithoutTouchInWindowIsDirectAndCounted() {
        // Window of the day-35 conversion is [day 5, day 35); the touch 1 ms before day 5 is outside it.
        List<Touch> touches = List.of(new Touch(2, "A", 5 * DAY - 1));
        List<Conversion> conversions = List.of(new Conversion(2, 35 * DAY, 80));

        JourneySet kept = new JourneyBuilder().dataEnd(40 * DAY).build(touches, conversions);
        assertEquals(new DirectConversions(1, 80, true), kept.directConversions());
        assertEquals(80, find(kept, JourneyBuilder.DIRECT, true).value());
        assertEquals(1, kept.journeys().size(), "A is older than dataEnd − 30 days, so no tail either");

        JourneySet counted = new JourneyBuilder().dataEnd(40 * DAY).directHandling(DirectHandling.COUNT_ONLY)
                .build(touches, conversions);
        assertEquals(new DirectConversions(1, 80, false), counted.directConversions());
        assertTrue(counted.journeys().isEmpty());
        assertEquals(0, counted.totalConversions());
    }

    @Test
    void touchCreditsOnlyTheFirstConversionAfterItByDefault() {
        List<Touch> touches = List.of(new Touch(3, "A", DAY), new Touch(3, "B", 3 * DAY));
        List<Conversion> conversions = List.of(new Conversion(3, 2 * DAY, 10), new Conversion(3, 4 * DAY, 20));

        JourneySet firstOnly = new JourneyBuilder().dataEnd(10 * DAY).build(touches, conversions);
        assertEquals(10, find(firstOnly, "A", true).value());
        assertEquals(20, find(firstOnly, "B", true).value());
        assertEquals(2, firstOnly.journeys().size());

        JourneySet reused = new JourneyBuilder().dataEnd(10 * DAY)
                .touchReuse(TouchReuse.EVERY_CONVERSION_IN_WINDOW).build(touches, conversions);
        assertEquals(10, find(reused, "A", true).value());
        assertEquals(20, find(reused, "A > B", true).value());
    }

    @Test
    void secondConversionAtTheSameMomentFindsNoUnusedTouch() {
        JourneySet set = new JourneyBuilder().dataEnd(10 * DAY).build(List.of(new Touch(3, "A", DAY)),
                List.of(new Conversion(3, 2 * DAY, 10), new Conversion(3, 2 * DAY, 5)));
        assertEquals(10, find(set, "A", true).value());
        assertEquals(new DirectConversions(1, 5, true), set.directConversions());
    }

    @Test
    void nonConvertingJourneyKeepsRepeatedTouchesOfTheLastLookbackBeforeDataEnd() {
        // Data end day 40, lookback 30 days: touches in [day 10, day 40) count; D at day 5 does not.
        JourneySet set = new JourneyBuilder().dataEnd(40 * DAY).build(List.of(new Touch(4, "D", 5 * DAY),
                new Touch(4, "E", 15 * DAY), new Touch(4, "E", 20 * DAY), new Touch(4, "E", 10 * DAY + 5)),
                List.of());
        Journey tail = find(set, "E > E > E", false);
        // ages: (40 − 10) days − 5 ms floors to 30 days − 1 s; 25 days; 20 days
        assertArrayEquals(new int[] {30 * DAY_SECONDS - 1, 25 * DAY_SECONDS, 20 * DAY_SECONDS}, ages(tail));
        assertEquals(0, set.totalConversions());
        assertEquals(1, set.totalNonConversions());
    }

    @Test
    void touchesAfterTheLastConversionFormANonConvertingJourney() {
        JourneySet set = new JourneyBuilder().dataEnd(10 * DAY).build(
                List.of(new Touch(7, "A", DAY), new Touch(7, "B", 3 * DAY)), List.of(new Conversion(7, 2 * DAY, 1)));
        assertTrue(find(set, "A", true).converted());
        assertFalse(find(set, "B", false).converted());
    }

    @Test
    void identicalJourneysMergeIntoOneWithSummedCountAndValue() {
        JourneySet set = new JourneyBuilder().dataEnd(10 * DAY).build(
                List.of(new Touch(5, "A", 0), new Touch(6, "A", DAY)),
                List.of(new Conversion(5, DAY, 5), new Conversion(6, 2 * DAY, 7)));
        Journey merged = find(set, "A", true);
        assertEquals(2, merged.count());
        assertEquals(12, merged.value());
        assertEquals(1, set.journeys().size());
    }

    @Test
    void lookbackIsConfigurable() {
        JourneySet set = new JourneyBuilder().lookback(Duration.ofDays(7)).dataEnd(20 * DAY).build(
                List.of(new Touch(1, "old", 0), new Touch(1, "recent", 4 * DAY)), List.of(new Conversion(1, 8 * DAY, 1)));
        assertEquals(1, find(set, "recent", true).count());
        assertEquals(1, set.journeys().size(), "old is 8 days before the conversion, outside 7 days");
    }

    @Test
    void defaultDataEndIsOneMillisecondAfterTheLatestEvent() {
        JourneySet set = new JourneyBuilder().build(List.of(new Touch(1, "X", 0)),
                List.of(new Conversion(2, 10 * DAY, 1)));
        // data end = day 10 + 1 ms; the age of X floors to 10 days in seconds
        assertArrayEquals(new int[] {10 * DAY_SECONDS}, ages(find(set, "X", false)));
    }

    @Test
    void streamingBuildReadsSortedStreamsAndRejectsUnsortedOnes() {
        List<Touch> touches = List.of(new Touch(1, "A", 0), new Touch(2, "B", DAY));
        List<Conversion> conversions = List.of(new Conversion(1, DAY, 3), new Conversion(2, 2 * DAY, 4));
        JourneySet set = new JourneyBuilder().dataEnd(3 * DAY).build(touches.iterator(), conversions.iterator());
        assertEquals(3, find(set, "A", true).value());
        assertEquals(4, find(set, "B", true).value());

        IllegalArgumentException unsorted = assertThrows(IllegalArgumentException.class,
                () -> new JourneyBuilder().dataEnd(3 * DAY).build(List.of(touches.get(1), touches.get(0)).iterator(),
                        conversions.iterator()));
        assertTrue(unsorted.getMessage().contains("sorted by customer, then time"), unsorted.getMessage());
        IllegalArgumentException timeOrder = assertThrows(IllegalArgumentException.class,
                () -> new JourneyBuilder().dataEnd(3 * DAY).build(
                        List.of(new Touch(1, "A", DAY), new Touch(1, "B", 0)).iterator(), List.<Conversion>of().iterator()));
        assertTrue(timeOrder.getMessage().contains("comes after one at"), timeOrder.getMessage());
        IllegalStateException noEnd = assertThrows(IllegalStateException.class,
                () -> new JourneyBuilder().build(touches.iterator(), conversions.iterator()));
        assertTrue(noEnd.getMessage().contains("dataEnd"), noEnd.getMessage());
    }

    @Test
    void eventsAtOrAfterTheDataEndAreRejected() {
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> new JourneyBuilder().dataEnd(DAY).build(List.of(new Touch(1, "A", DAY)), List.of()));
        assertTrue(late.getMessage().contains("not before the data end"), late.getMessage());
    }

    @Test
    void badEventsAndSettingsAreRejectedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> new Touch(1, " ", 0));
        assertThrows(IllegalArgumentException.class, () -> new Conversion(1, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new JourneyBuilder().lookback(Duration.ZERO));
    }

    static Journey find(JourneySet set, String path, boolean converted) {
        List<Journey> matches = set.journeys().stream()
                .filter(journey -> journey.converted() == converted && set.pathText(journey).equals(path))
                .collect(Collectors.toList());
        assertEquals(1, matches.size(), "journeys " + path + (converted ? " converted" : " null") + " in "
                + set.journeys());
        return matches.get(0);
    }

    private static int[] ages(Journey journey) {
        int[] ages = new int[journey.length()];
        for (int k = 0; k < ages.length; k++) {
            ages[k] = journey.ageSecondsAt(k);
        }
        return ages;
    }
}
