package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MemberTableTest {

    @Test
    void pagesListMembersWithTheirKeyAttributesAndTotals() {
        AudienceData data = SegmentFixture.audience();
        BitSet members = new BitSet();
        members.set(0, 4);
        Table second = MemberTable.page(data, members, 1, 2);
        assertEquals(List.of("global_id", "city", "member_level", "events", "orders", "revenue", "last_event_utc"),
                second.columnNames());
        assertEquals(2, second.rowCount());
        // Customer 2: 5 events, 3 orders worth 50 + 70 + 30; customer 3 has none.
        assertEquals(2L, second.longColumn("global_id").get(0));
        assertEquals(5, second.intColumn("events").get(0));
        assertEquals(3, second.intColumn("orders").get(0));
        assertEquals(150.0, second.doubleColumn("revenue").get(0));
        assertEquals("2026-08-20T17:00", second.dateTimeColumn("last_event_utc").get(0).toString());
        assertEquals(0, second.intColumn("events").get(1));
        assertEquals(4, MemberTable.all(data, members).rowCount());
    }
}
