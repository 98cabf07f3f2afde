package com.touchpoint.analysis.rfm;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.TestAudience;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class RfmCalculatorTest {

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;
    private static final long REFERENCE = TestAudience.millis("2026-08-31T00:00:00Z");

    /**
     * Customers 1..10: customer c has c orders of 10 each, the last c days before the reference (the others a few
     * hours earlier). Customer 11 ordered exactly 365 days back (outside the window (ref − 365d, ref]), customer 12
     * has no events, customer 13 only an order after the reference and a page view.
     */
    private static AudienceData audience() {
        TestAudience audience = new TestAudience().customer(12);
        for (int c = 1; c <= 10; c++) {
            for (int k = 0; k < c; k++) {
                audience.event(c, REFERENCE - c * DAY - k * HOUR, "web", "purchase", null, null, 10);
            }
        }
        audience.event(11, REFERENCE - 365 * DAY, "web", "purchase", null, null, 500);
        audience.event(13, REFERENCE + HOUR, "web", "purchase", null, null, 500);
        audience.event(13, REFERENCE - HOUR, "web", "page_view", null, null, Double.NaN);
        return audience.build();
    }

    @Test
    void quintileScoresWithRecencyReversed() {
        RfmScores scores = RfmCalculator.compute(audience(), RfmSettings.DEFAULT, REFERENCE, new CancellationToken());
        // Sorted values 1..10: cut k is the value at rank ⌈2k⌉ = 2, 4, 6, 8, so 1–2 score 1, 3–4 score 2 … and
        // for recency (days 1..10) the order flips: 1–2 days score 5.
        assertArrayEquals(new double[]{2, 4, 6, 8}, scores.cuts()[0]);
        assertArrayEquals(new double[]{20, 40, 60, 80}, scores.cuts()[2]);
        byte[] expectedFm = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0, 0, 0};
        byte[] expectedR = {5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0, 0, 0};
        assertArrayEquals(expectedR, scores.r());
        assertArrayEquals(expectedFm, scores.f());
        assertArrayEquals(expectedFm, scores.m());
        assertEquals(3.0, scores.recencyDays()[2], 1e-12);
        assertEquals(30.0, scores.monetary()[2]);
        assertFalse(scores.scored(10), "an order exactly 365 days back is outside the window");
        assertFalse(scores.scored(11), "no events");
        assertFalse(scores.scored(12), "orders after the reference do not count");
        assertEquals("new_customers", scores.group(0).key());
        assertEquals("potential_loyalists", scores.group(2).key());
        assertEquals("need_attention", scores.group(4).key());
        assertEquals("cant_lose", scores.group(9).key());
        assertNull(scores.group(11));
    }

    @Test
    void analystThresholdsReplaceQuintiles() {
        RfmSettings settings = new RfmSettings("365d", new RfmThresholds(List.of(1.0, 3.0, 5.0, 7.0),
                List.of(1.0, 2.0, 3.0, 4.0), List.of(10.0, 20.0, 30.0, 40.0)), null);
        RfmScores scores = RfmCalculator.compute(audience(), settings, REFERENCE, new CancellationToken());
        // Customer 4: 4 days (above cuts 1 and 3: R = 5 − 2 = 3), 4 orders (above 1, 2, 3: F = 4), 40 (M = 4).
        assertEquals(3, scores.r()[3]);
        assertEquals(4, scores.f()[3]);
        assertEquals(4, scores.m()[3]);
        // Customer 1: at or below every first cut.
        assertEquals(5, scores.r()[0]);
        assertEquals(1, scores.f()[0]);
    }

    @Test
    void aShorterWindowLeavesOutOlderOrders() {
        RfmScores scores = RfmCalculator.compute(audience(), RfmSettings.DEFAULT.withWindow("5d"), REFERENCE,
                new CancellationToken());
        // Within (ref − 5 days, ref]: customers 1–4 fully; customer 5's last order is exactly 5 days back.
        assertEquals(4.0, scores.frequency()[3]);
        assertFalse(scores.scored(4));
    }

    @Test
    void heatMapAndGroupTablesCountCustomersAndRevenue() {
        RfmScores scores = RfmCalculator.compute(audience(), RfmSettings.DEFAULT, REFERENCE, new CancellationToken());
        RfmTables.HeatMap map = RfmTables.heatMap(scores);
        // Customers 1 and 2 are R5 F1 with 10 + 20 revenue; 9 and 10 are R1 F5 with 90 + 100.
        assertEquals(2, map.customers(5, 1));
        assertEquals(30.0, map.revenue(5, 1));
        assertEquals(2, map.customers(1, 5));
        assertEquals(190.0, map.revenue(1, 5));
        assertEquals(0, map.customers(5, 5));
        Table heat = RfmTables.heatMapTable(scores);
        assertEquals(25, heat.rowCount());
        assertEquals(10, (int) heat.intColumn("customers").sum());
        Table groups = RfmTables.groupTable(scores);
        assertEquals(RfmSettings.DEFAULT_GROUPS.size() + 1, groups.rowCount());
        assertEquals(3, groups.intColumn("customers").get(groups.rowCount() - 1), "customers 11, 12, 13");
        // Renamed groups keep their key and customers.
        RfmScores renamed = scores.withSettings(new RfmSettings("365d", null, List.of(
                RfmSettings.DEFAULT_GROUPS.get(3).renamed("刚入门"))));
        assertEquals("刚入门", renamed.group(0).name());
        assertEquals("new_customers", renamed.group(0).key());
    }
}
