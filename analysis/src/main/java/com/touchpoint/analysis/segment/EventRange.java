package com.touchpoint.analysis.segment;

/** Finds a time window within one customer's events, which are sorted by time. */
final class EventRange {

    private EventRange() {
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
