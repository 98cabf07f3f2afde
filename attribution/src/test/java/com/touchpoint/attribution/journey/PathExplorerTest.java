package com.touchpoint.attribution.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PathExplorerTest {

    @Test
    void listsPathsByJourneysWithConversionRate() {
        JourneyCollector collector = new JourneyCollector();
        int a = collector.channel("A");
        int b = collector.channel("B");
        // A > B twice with different timing: one path of 2 conversions (value 30) and 2 non-conversions.
        collector.add(new int[] {a, b}, new int[] {50, 10}, true, 1, 10);
        collector.add(new int[] {a, b}, new int[] {70, 20}, true, 1, 20);
        collector.add(new int[] {a, b}, new int[] {70, 20}, false, 2, 0);
        collector.add(new int[] {b}, new int[] {5}, true, 1, 8);
        collector.add(new int[] {a}, new int[] {5}, false, 1, 0);
        collector.add(new int[] {a, a}, new int[] {9, 5}, false, 1, 0);

        Table top = PathExplorer.topPaths(collector.build(), 3);

        assertEquals(3, top.rowCount());
        assertEquals("A > B", top.stringColumn("path").get(0));
        assertEquals(4, top.doubleColumn("journeys").get(0));
        assertEquals(2, top.doubleColumn("conversions").get(0));
        assertEquals(2, top.doubleColumn("non-conversions").get(0));
        assertEquals(0.5, top.doubleColumn("conversion rate").get(0));
        assertEquals(30, top.doubleColumn("value").get(0));
        // Three paths of 1 journey: B converted, so it comes first; A before A > A by channel order.
        assertEquals("B", top.stringColumn("path").get(1));
        assertEquals(1.0, top.doubleColumn("conversion rate").get(1));
        assertEquals("A", top.stringColumn("path").get(2));
        assertEquals(List.of(2, 1, 1), top.intColumn("touches").asList());
    }

    @Test
    void limitMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> PathExplorer.topPaths(JourneySet.fromPathRows(List.of(new PathRow("A", 1, 0, 0))), 0));
    }
}
