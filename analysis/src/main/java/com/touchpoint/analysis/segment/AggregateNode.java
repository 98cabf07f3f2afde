package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.EventMatcher;
import com.touchpoint.datasources.events.EventColumns;

import java.util.BitSet;

/** Customers whose measure over matching events in {@code [start, end)} passes a comparison; no events gives 0. */
record AggregateNode(AudienceData data, AggregateCondition.Measure measure, EventMatcher matcher, long start,
                     long end, Comparison op, double[] bounds) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        EventColumns events = data.events();
        long[] times = events.timesMillis();
        int[] codes = switch (measure) {
            case DISTINCT_CHANNELS -> events.channels();
            case DISTINCT_CAMPAIGNS -> events.campaigns();
            case DISTINCT_ITEMS -> events.items();
            default -> null;
        };
        // seen[code] == customer + 1 marks a code already counted for this customer, so no clearing is needed;
        // one array per thread, as blocks of customers are scanned in parallel.
        ThreadLocal<int[]> seenByThread = ThreadLocal.withInitial(() -> new int[dictionarySize(events)]);
        double[] revenue = events.revenue();
        return run.scan(c -> {
            int last = data.endEvent(c);
            int lo = EventRange.lowerBound(times, data.firstEvent(c), last, start);
            int hi = EventRange.endBound(times, lo, last, end);
            double value = 0;
            for (int i = lo; i < hi; i++) {
                if (!matcher.test(i)) {
                    continue;
                }
                switch (measure) {
                    case REVENUE -> value += Double.isNaN(revenue[i]) ? 0 : revenue[i];
                    case ORDERS -> value += Double.isNaN(revenue[i]) ? 0 : 1;
                    case EVENTS -> value++;
                    default -> {
                        // Code 0 means "none": an event without a campaign adds no distinct campaign.
                        int[] seen = seenByThread.get();
                        if (codes[i] != 0 && seen[codes[i]] != c + 1) {
                            seen[codes[i]] = c + 1;
                            value++;
                        }
                    }
                }
            }
            return op.test(value, bounds);
        });
    }

    private int dictionarySize(EventColumns events) {
        return switch (measure) {
            case DISTINCT_CHANNELS -> events.channelDictionary().size();
            case DISTINCT_CAMPAIGNS -> events.campaignDictionary().size();
            default -> events.itemDictionary().size();
        };
    }
}
