package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.EventMatcher;

import java.util.BitSet;

/**
 * Customers with (or, when {@code happened} is false, without) {@code min..max} matching events in
 * {@code [start, end)}. Each customer's window is found by binary search; counting stops once the answer is known.
 */
record EventNode(AudienceData data, EventMatcher matcher, long start, long end, int min, Integer max,
                 boolean happened) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        long[] times = data.events().timesMillis();
        int limit = max == null ? min : max + 1;
        boolean countAll = matcher.acceptsAll();
        return run.scan(c -> {
            int last = data.endEvent(c);
            int lo = EventRange.lowerBound(times, data.firstEvent(c), last, start);
            int hi = EventRange.endBound(times, lo, last, end);
            int count;
            if (countAll) {
                count = hi - lo;
            } else {
                count = 0;
                for (int i = lo; i < hi && count < limit; i++) {
                    if (matcher.test(i)) {
                        count++;
                    }
                }
            }
            boolean did = count >= min && (max == null || count <= max);
            return did == happened;
        });
    }
}
