package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.audience.ItemCategories;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.events.EventColumns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The straightforward reading of a condition tree: one customer at a time, every event looked at, values compared
 * as strings and instants. Slow, and written without the compiled evaluator's lookup tables, binary searches and
 * bit operations, so the two agreeing on random trees says the fast one is right.
 */
final class NaiveEvaluator {

    private final AudienceData data;
    private final Map<String, Segment> saved;
    private final long reference;

    NaiveEvaluator(AudienceData data, Map<String, Segment> saved, long reference) {
        this.data = data;
        this.saved = saved;
        this.reference = reference;
    }

    BitSet members(Segment segment) {
        BitSet members = new BitSet();
        for (int c = 0; c < data.size(); c++) {
            if (keeps(segment.condition(), c, segment.zone())) {
                members.set(c);
            }
        }
        return members;
    }

    private boolean keeps(Condition condition, int c, ZoneId zone) {
        if (condition instanceof Group group) {
            boolean and = group.logic() == Group.Logic.AND;
            for (Condition child : group.conditions()) {
                if (keeps(child, c, zone) != and) {
                    return !and;
                }
            }
            return and;
        }
        if (condition instanceof Not not) {
            return !keeps(not.condition(), c, zone);
        }
        if (condition instanceof PropertyCondition p) {
            return property(p, c);
        }
        if (condition instanceof EventCondition e) {
            int count = 0;
            for (int i = data.firstEvent(c); i < data.endEvent(c); i++) {
                if (inWindow(e.window(), i, zone) && passes(e.filter(), i)) {
                    count++;
                }
            }
            boolean did = count >= e.min() && (e.max() == null || count <= e.max());
            return e.happened() ? did : !did;
        }
        if (condition instanceof AggregateCondition a) {
            return compare(a.op(), aggregate(a, c, zone), a.values());
        }
        if (condition instanceof TagCondition t) {
            return compare(t.op(), data.tags().orElseThrow().weights(t.tag()).orElseThrow()[c], t.values());
        }
        if (condition instanceof RfmCondition r) {
            RfmGroup group = data.rfm().orElseThrow().group(c);
            return group != null && r.groups().contains(group.key());
        }
        if (condition instanceof ClusterCondition k) {
            return k.clusters().contains(data.clusterings().get(k.clustering()).assignment()[c]);
        }
        Segment target = saved.get(((SegmentReference) condition).segment());
        return keeps(target.condition(), c, target.zone());
    }

    private boolean property(PropertyCondition p, int c) {
        AttributeColumn column = data.attributes().column(p.property()).orElseThrow();
        String value = column.value(c);
        List<String> values = p.values();
        switch (p.op()) {
            case IS_EMPTY:
                return value == null;
            case IS_NOT_EMPTY:
                return value != null;
            case NOT_EQUALS:
                return !property(new PropertyCondition(p.property(), Comparison.EQUALS, values), c);
            case CONTAINS:
                return value != null && value.toLowerCase(Locale.ROOT).contains(values.get(0).toLowerCase(Locale.ROOT));
            default:
                if (value == null) {
                    return false;
                }
                Comparable<Object> v = comparable(column.kind(), value);
                Comparable<Object> first = comparable(column.kind(), values.get(0));
                int cmp = v.compareTo(first);
                return switch (p.op()) {
                    case EQUALS -> cmp == 0;
                    case IN -> values.stream().anyMatch(x -> v.compareTo(comparable(column.kind(), x)) == 0);
                    case LESS -> cmp < 0;
                    case AT_MOST -> cmp <= 0;
                    case GREATER -> cmp > 0;
                    case AT_LEAST -> cmp >= 0;
                    default -> cmp >= 0 && v.compareTo(comparable(column.kind(), values.get(1))) <= 0;
                };
        }
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(AttributeKind kind, String text) {
        Object value = switch (kind) {
            case NUMBER -> Double.valueOf(text);
            case DATE -> LocalDate.parse(text);
            default -> text;
        };
        return (Comparable<Object>) value;
    }

    private boolean inWindow(TimeWindow window, int i, ZoneId zone) {
        Instant time = Instant.ofEpochMilli(data.events().timesMillis()[i]);
        Instant ref = Instant.ofEpochMilli(reference);
        if (window.last() != null) {
            return time.isAfter(ref.minus(window.lastSpan())) && !time.isAfter(ref);
        }
        LocalDate day = time.atZone(zone).toLocalDate();
        boolean afterFrom = window.from() == null || !day.isBefore(LocalDate.parse(window.from()));
        boolean beforeTo = window.to() == null ? !time.isAfter(ref) : !day.isAfter(LocalDate.parse(window.to()));
        return afterFrom && beforeTo;
    }

    private boolean passes(EventFilter filter, int i) {
        EventColumns e = data.events();
        String type = e.eventTypeDictionary().value(e.eventTypes()[i]);
        String channel = e.channelDictionary().value(e.channels()[i]);
        String campaign = e.campaignDictionary().value(e.campaigns()[i]);
        String item = e.itemDictionary().value(e.items()[i]);
        if (!listed(filter.types(), type) || !listed(filter.channels(), channel)
                || !listed(filter.campaigns(), campaign)) {
            return false;
        }
        if (filter.items().isEmpty() && filter.categories().isEmpty()) {
            return true;
        }
        boolean listed = filter.items().stream().anyMatch(pattern -> ItemCategories.matches(item, pattern));
        boolean inCategory = filter.categories().stream().flatMap(name -> data.categories().items(name)
                .orElseThrow().stream()).anyMatch(pattern -> ItemCategories.matches(item, pattern));
        return listed || inCategory;
    }

    /** An empty list allows any value; a missing value is in no list. */
    private static boolean listed(List<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }

    private double aggregate(AggregateCondition a, int c, ZoneId zone) {
        double sum = 0;
        Set<String> distinct = new HashSet<>();
        EventColumns e = data.events();
        for (int i = data.firstEvent(c); i < data.endEvent(c); i++) {
            if (!inWindow(a.window(), i, zone) || !passes(a.filter(), i)) {
                continue;
            }
            double revenue = e.revenue()[i];
            switch (a.measure()) {
                case REVENUE -> sum += Double.isNaN(revenue) ? 0 : revenue;
                case ORDERS -> sum += Double.isNaN(revenue) ? 0 : 1;
                case EVENTS -> sum += 1;
                case DISTINCT_CHANNELS -> add(distinct, e.channelDictionary().value(e.channels()[i]));
                case DISTINCT_CAMPAIGNS -> add(distinct, e.campaignDictionary().value(e.campaigns()[i]));
                case DISTINCT_ITEMS -> add(distinct, e.itemDictionary().value(e.items()[i]));
            }
        }
        return sum + distinct.size();
    }

    private static void add(Set<String> distinct, String value) {
        if (value != null) {
            distinct.add(value);
        }
    }

    private static boolean compare(Comparison op, double value, List<Double> values) {
        return switch (op) {
            case EQUALS -> value == values.get(0);
            case NOT_EQUALS -> value != values.get(0);
            case LESS -> value < values.get(0);
            case AT_MOST -> value <= values.get(0);
            case GREATER -> value > values.get(0);
            case AT_LEAST -> value >= values.get(0);
            case BETWEEN -> value >= values.get(0) && value <= values.get(1);
            case IN -> values.contains(value);
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
