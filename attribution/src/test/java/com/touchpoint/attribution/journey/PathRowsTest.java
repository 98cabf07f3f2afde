package com.touchpoint.attribution.journey;

import static com.touchpoint.attribution.journey.JourneyBuilderTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathRowsTest {

    @Test
    void eachRowGivesAConvertingAndANonConvertingJourneyWithoutAges() {
        JourneySet set = JourneySet.fromPathRows(List.of(
                new PathRow("Search>Email >  Search", 3, 120, 7), new PathRow("Email", 0, 0, 4)));

        assertEquals(List.of("Search", "Email"), set.channels());
        Journey converted = find(set, "Search > Email > Search", true);
        assertEquals(3, converted.count());
        assertEquals(120, converted.value());
        assertFalse(converted.hasAges());
        assertEquals(7, find(set, "Search > Email > Search", false).count());
        assertEquals(4, find(set, "Email", false).count());
        assertEquals(3, set.journeys().size(), "no converting journey for a row with 0 conversions");
        assertEquals(3, set.totalConversions());
        assertEquals(11, set.totalNonConversions());
        assertEquals(120, set.totalValue());
    }

    @Test
    void rowsWithTheSamePathAddUp() {
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A > B", 1, 10, 2),
                new PathRow("A>B", 2, 30, 1)));
        assertEquals(3, find(set, "A > B", true).count());
        assertEquals(40, find(set, "A > B", true).value());
        assertEquals(3, find(set, "A > B", false).count());
    }

    @Test
    void badRowsAreRejectedWithTheirRowNumber() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> JourneySet.fromPathRows(List.of(new PathRow("A", 1, 0, 0), new PathRow("A > > B", 1, 0, 0))));
        assertTrue(empty.getMessage().contains("row 2") && empty.getMessage().contains("empty channel"),
                empty.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> JourneySet.fromPathRows(List.of(new PathRow("A", -1, 0, 0))));
        assertTrue(negative.getMessage().contains("row 1"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JourneySet.fromPathRows(List.of(new PathRow(" ", 1, 0, 0))));
        assertThrows(IllegalArgumentException.class, () -> JourneySet.fromPathRows(List.of(new PathRow("A", 0, 5, 1))));
    }

    @Test
    void droppingAgesMergesJourneysThatDifferOnlyInTiming() {
        JourneyCollector collector = new JourneyCollector();
        int a = collector.channel("A");
        collector.add(new int[] {a}, new int[] {100}, true, 1, 5);
        collector.add(new int[] {a}, new int[] {200}, true, 2, 6);
        JourneySet timed = collector.build();
        assertEquals(2, timed.journeys().size());

        JourneySet merged = timed.withoutAges();
        Journey only = find(merged, "A", true);
        assertEquals(3, only.count());
        assertEquals(11, only.value());
        assertFalse(only.hasAges());
    }

    @Test
    void collectorRejectsUnregisteredChannelsAndInconsistentJourneys() {
        JourneyCollector collector = new JourneyCollector();
        assertThrows(IllegalArgumentException.class, () -> collector.add(new int[] {0}, null, true, 1, 0));
        int a = collector.channel("A");
        assertThrows(IllegalArgumentException.class, () -> collector.add(new int[] {a}, null, false, 1, 3),
                "a non-converting journey has no value");
        assertThrows(IllegalArgumentException.class, () -> collector.add(new int[] {a, a}, new int[] {1, 2}, true, 1, 0),
                "ages must not grow towards the newest touch");
        assertThrows(IllegalArgumentException.class, () -> collector.add(new int[] {}, null, true, 1, 0));
    }
}
