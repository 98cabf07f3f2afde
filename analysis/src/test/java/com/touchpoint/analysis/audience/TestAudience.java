package com.touchpoint.analysis.audience;

import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeColumnBuilder;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.customers.CustomerAttributes;
import com.touchpoint.datasources.events.EventColumnsBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds small audiences for tests: customers with properties, events in any order. */
public final class TestAudience {

    private record Event(long customer, long time, String channel, String type, String campaign, String item,
                         double revenue) {
    }

    private final Map<Long, Map<String, String>> customers = new TreeMap<>();
    private final Map<String, AttributeKind> kinds = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private ItemCategories categories = ItemCategories.NONE;

    public static long millis(String isoInstant) {
        return Instant.parse(isoInstant).toEpochMilli();
    }

    /** Declares a property's kind (otherwise NUMBER or TEXT is inferred). */
    public TestAudience kind(String property, AttributeKind kind) {
        kinds.put(property, kind);
        return this;
    }

    /** A customer with properties given as name, value, name, value… */
    public TestAudience customer(long id, String... properties) {
        Map<String, String> values = customers.computeIfAbsent(id, k -> new LinkedHashMap<>());
        for (int i = 0; i < properties.length; i += 2) {
            values.put(properties[i], properties[i + 1]);
            kinds.putIfAbsent(properties[i], null);
        }
        return this;
    }

    public TestAudience event(long customer, String isoInstant, String channel, String type, String campaign,
                              String item, double revenue) {
        return event(customer, millis(isoInstant), channel, type, campaign, item, revenue);
    }

    public TestAudience event(long customer, long time, String channel, String type, String campaign, String item,
                              double revenue) {
        events.add(new Event(customer, time, channel, type, campaign, item, revenue));
        return this;
    }

    public TestAudience categories(ItemCategories itemCategories) {
        this.categories = itemCategories;
        return this;
    }

    /** The audience; customers are those with properties (even none) plus those with events. */
    public AudienceData build() {
        EventColumnsBuilder columns = new EventColumnsBuilder();
        events.stream().sorted(Comparator.comparingLong(Event::customer).thenComparingLong(Event::time))
                .forEach(e -> columns.add(e.customer, e.time, e.channel, e.type, e.campaign, e.item, e.revenue));
        long[] ids = customers.keySet().stream().mapToLong(Long::longValue).toArray();
        List<AttributeColumn> attributeColumns = new ArrayList<>();
        kinds.forEach((name, kind) -> {
            AttributeColumnBuilder builder = new AttributeColumnBuilder(name, kind, ids.length);
            for (int i = 0; i < ids.length; i++) {
                builder.set(i, customers.get(ids[i]).get(name));
            }
            attributeColumns.add(builder.build(ids.length));
        });
        return AudienceData.of(columns.build(), new CustomerAttributes(ids, attributeColumns), categories);
    }
}
