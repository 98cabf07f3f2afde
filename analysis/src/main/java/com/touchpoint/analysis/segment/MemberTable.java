package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.events.EventColumns;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A segment's members with their key attributes, as a table for the member list (a page at a time) and for export
 * (all): global id, name, city and member level where the project has them, number of events, orders and revenue,
 * last event (UTC), and the RFM group when RFM was computed.
 */
public final class MemberTable {

    /** The properties shown when the project has them. */
    public static final List<String> KEY_PROPERTIES = List.of("display_name", "city", "member_level");

    private MemberTable() {
    }

    /** Members {@code offset .. offset + limit - 1} in global id order. */
    public static Table page(AudienceData data, BitSet members, int offset, int limit) {
        List<Integer> rows = new ArrayList<>(Math.min(limit, members.cardinality()));
        int skipped = 0;
        for (int c = members.nextSetBit(0); c >= 0 && rows.size() < limit; c = members.nextSetBit(c + 1)) {
            if (skipped++ >= offset) {
                rows.add(c);
            }
        }
        return table(data, rows);
    }

    public static Table all(AudienceData data, BitSet members) {
        return page(data, members, 0, Integer.MAX_VALUE);
    }

    private static Table table(AudienceData data, List<Integer> rows) {
        Table table = Table.create("members");
        LongColumn ids = LongColumn.create("global_id");
        rows.forEach(c -> ids.append(data.customerIds()[c]));
        table.addColumns(ids);
        for (String name : KEY_PROPERTIES) {
            data.attributes().column(name).ifPresent(column -> table.addColumns(text(column, rows)));
        }
        EventColumns events = data.events();
        IntColumn eventCount = IntColumn.create("events");
        IntColumn orders = IntColumn.create("orders");
        DoubleColumn revenue = DoubleColumn.create("revenue");
        DateTimeColumn last = DateTimeColumn.create("last_event_utc");
        for (int c : rows) {
            int first = data.firstEvent(c);
            int end = data.endEvent(c);
            int orderCount = 0;
            double sum = 0;
            for (int i = first; i < end; i++) {
                if (!Double.isNaN(events.revenue()[i])) {
                    orderCount++;
                    sum += events.revenue()[i];
                }
            }
            eventCount.append(end - first);
            orders.append(orderCount);
            revenue.append(sum);
            last.append(end > first ? LocalDateTime.ofInstant(Instant.ofEpochMilli(events.timesMillis()[end - 1]),
                    ZoneOffset.UTC) : null);
        }
        table.addColumns(eventCount, orders, revenue, last);
        data.rfm().ifPresent(rfm -> table.addColumns(rfmGroups(rfm, rows)));
        return table;
    }

    private static StringColumn text(AttributeColumn column, List<Integer> rows) {
        StringColumn values = StringColumn.create(column.name());
        rows.forEach(c -> values.append(column.value(c)));
        return values;
    }

    private static StringColumn rfmGroups(RfmScores rfm, List<Integer> rows) {
        StringColumn groups = StringColumn.create("rfm_group");
        for (int c : rows) {
            RfmGroup group = rfm.group(c);
            groups.append(group == null ? null : group.name());
        }
        return groups;
    }
}
