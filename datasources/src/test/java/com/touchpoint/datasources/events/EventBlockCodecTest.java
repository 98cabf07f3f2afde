package com.touchpoint.datasources.events;

import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventBlockCodecTest {

    private static EventRow event(String channel, String type, LocalDateTime time, String campaign, String orderId,
                                  String revenue, String properties) {
        return new EventRow(1, Map.of(), null, channel, type, time, campaign, null, orderId,
                revenue == null ? null : new BigDecimal(revenue), properties);
    }

    @Test
    void aBlockComesBackAsItWentInWithRevenueInTenThousandths() {
        EventBlockBuilder block = new EventBlockBuilder();
        block.put(event("search", "click", LocalDateTime.of(2026, 8, 1, 10, 0, 0, 123_456_000), "brand", null, null,
                "{\"page\":\"/首页\"}"), 42, 7L);
        block.put(event(null, "purchase", LocalDateTime.of(1969, 12, 31, 23, 59, 59), null, "A-1", "-12.34567",
                null), 3, -1L);
        block.put(event("search", "click", LocalDateTime.of(2026, 8, 1, 9, 0), "brand", "", "0", ""), Long.MAX_VALUE,
                Long.MIN_VALUE);

        EncodedBlock encoded = EventBlockCodec.encode(block);
        CoreBlock core = EventBlockCodec.decodeCore(encoded.core(), 3);
        String[][] details = EventBlockCodec.decodeDetails(encoded.details(), 3);
        List<Long> fingerprints = new ArrayList<>();
        EventBlockCodec.forEachFingerprint(encoded.fingerprints(), fingerprints::add);

        assertEquals(3, encoded.rows());
        assertArrayEquals(new long[]{42, 3, Long.MAX_VALUE}, core.identifierIds());
        // 2026-08-01T10:00:00.123456Z and one second before 1970 are exact to the microsecond.
        assertArrayEquals(new long[]{1_785_578_400_123_456L, -1_000_000L, 1_785_574_800_000_000L},
                core.timesMicros());
        assertEquals(Arrays.asList("search", null, "search"), texts(core, CoreText.CHANNEL));
        assertEquals(List.of("click", "purchase", "click"), texts(core, CoreText.EVENT_TYPE));
        assertEquals(Arrays.asList("brand", null, "brand"), texts(core, CoreText.CAMPAIGN));
        assertEquals(Arrays.asList(null, null, null), texts(core, CoreText.ITEM));
        assertEquals(1, core.dictionaries()[CoreText.CHANNEL.ordinal()].length, "one distinct channel");
        assertArrayEquals(new long[]{EventBlockCodec.NO_REVENUE, -123_457, 0}, core.revenueUnits());
        assertEquals(new BigDecimal("-12.3457"), EventBlockCodec.revenue(core.revenueUnits()[1]));
        assertEquals(-12.3457, EventBlockCodec.revenueValue(core.revenueUnits()[1]));
        assertTrue(Double.isNaN(EventBlockCodec.revenueValue(core.revenueUnits()[0])));
        assertArrayEquals(new String[]{null, "A-1", ""}, details[0], "order ids; empty text is not null");
        assertArrayEquals(new String[]{"{\"page\":\"/首页\"}", null, ""}, details[1]);
        assertEquals(List.of(7L, -1L, Long.MIN_VALUE), fingerprints);
        Map<String, Long> counts = new HashMap<>();
        counts.put("search", 2L);
        counts.put(null, 1L);
        assertEquals(counts, encoded.channelCounts());
    }

    @Test
    void aFullBlockOfRepeatedValuesCompressesToAFewBytesAnEvent() {
        EventBlockBuilder block = new EventBlockBuilder();
        LocalDateTime start = LocalDateTime.of(2026, 8, 1, 0, 0);
        for (int i = 0; i < EventBlockBuilder.ROWS; i++) {
            block.put(event(i % 3 == 0 ? "web" : "app", "view", start.plusSeconds(i * 7L), "summer", null, null,
                    null), 1000 + i % 500, i);
        }
        EncodedBlock encoded = EventBlockCodec.encode(block);

        CoreBlock core = EventBlockCodec.decodeCore(encoded.core(), EventBlockBuilder.ROWS);
        assertEquals(1000 + 8191 % 500, core.identifierIds()[8191]);
        assertEquals(EventBlockBuilder.micros(start.plusSeconds(8191 * 7L)), core.timesMicros()[8191]);
        assertTrue(encoded.core().length < 4 * EventBlockBuilder.ROWS, encoded.core().length + " bytes");
    }

    @Test
    void revenueBeyondTheStoredPrecisionRangeIsRefusedWithTheValue() {
        EventBlockBuilder block = new EventBlockBuilder();
        block.put(event("web", "purchase", LocalDateTime.of(2026, 1, 1, 0, 0), null, null, "1e20", null), 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventBlockCodec.encode(block));
        assertEquals("revenue 100000000000000000000 is too large to store", e.getMessage());
    }

    private static List<String> texts(CoreBlock core, CoreText column) {
        List<String> values = new ArrayList<>();
        for (int code : core.codes()[column.ordinal()]) {
            values.add(code == 0 ? null : core.dictionaries()[column.ordinal()][code - 1]);
        }
        return values;
    }
}
