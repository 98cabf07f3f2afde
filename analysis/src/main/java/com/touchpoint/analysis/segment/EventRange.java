package com.touchpoint.analysis.segment;

/** Finds a time window within one customer's events, which are sorted by time. */
final class EventRange {

    private EventRange() {
    }

    /**
     * Like {@link #lowerBound} for a window's end: most windows end at or after the customer's last event (the
     * reference time is usually the latest event), which is checked first without a search.
     */
    static int endBound(long[] times, int from, int to, long end) {
        return from == to || times[to - 1] < end ? to : lowerBound(times, from, to, end);
    }

    /** The first index in {@code [from, to)} whose time is at least {@code key}, or {@code to}. */
    static int lowerBound(long[] times, int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
