package com.touchpoint.attribution.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AttributionResultTest {
    // Last touch on A > B (100), B (40): A 0 conversions, B 2 conversions worth 140; D earned 1 worth 10.
    private final AttributionResult result = AttributionResult.of("Last touch", List.of("A", "B", "D"),
            new double[] {0, 2, 1}, new double[] {0, 140, 10}, 3, 150);

    @Test
    void tableListsCreditsAndShares() {
        Table table = result.toTable();
        assertEquals(List.of("channel", "conversions", "value", "share"), table.columnNames());
        assertEquals(2.0 / 3, table.doubleColumn("share").get(1), 1e-12);
        assertEquals(140, table.doubleColumn("value").get(1));
    }

    @Test
    void costAddsCpaAndRoasAndRowsForChannelsThatEarnedNothing() {
        Map<String, Double> cost = new LinkedHashMap<>();
        cost.put("A", 30.0);
        cost.put("B", 70.0);
        cost.put("C", 10.0);
        Table table = result.toTable(cost);

        assertEquals(List.of("A", "B", "D", "C"), table.stringColumn("channel").asList());
        // B: CPA = 70 / 2 = 35, ROAS = 140 / 70 = 2.
        assertEquals(35, table.doubleColumn("CPA").get(1));
        assertEquals(2, table.doubleColumn("ROAS").get(1));
        // A: no conversions, so no CPA; ROAS = 0 / 30 = 0.
        assertTrue(table.doubleColumn("CPA").isMissing(0));
        assertEquals(0, table.doubleColumn("ROAS").get(0));
        // D has no cost given: cost, CPA and ROAS are missing.
        assertTrue(table.doubleColumn("cost").isMissing(2));
        assertTrue(table.doubleColumn("ROAS").isMissing(2));
        // C spent 10 and earned nothing.
        assertEquals(10, table.doubleColumn("cost").get(3));
        assertEquals(0, table.doubleColumn("conversions").get(3));
    }

    @Test
    void negativeCostIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> result.toTable(Map.of("A", -1.0)));
        assertTrue(error.getMessage().contains("\"A\""), error.getMessage());
    }

    @Test
    void proportionalCreditsShareTheTotalsByScore() {
        // Scores 1 and 3: shares 1/4 and 3/4 of 8 conversions and 200 value.
        AttributionResult shared = AttributionResult.proportional("m", List.of("X", "Y"), new double[] {1, 3}, 8, 200);
        assertEquals(2, shared.credit("X").conversions(), 1e-12);
        assertEquals(150, shared.credit("Y").value(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> shared.credit("Z"));
    }
}
