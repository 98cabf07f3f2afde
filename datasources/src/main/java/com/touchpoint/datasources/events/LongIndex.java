package com.touchpoint.datasources.events;

import java.util.Arrays;

/**
 * Finds the index of a key among sorted distinct longs: through a table over the keys' range when they are dense
 * (ids handed out one after another are), else by binary search. Resolving ten million events' customers is then
 * an array read each, not a search.
 */
final class LongIndex {

    private final long[] keys;
    private final int size;
    private final long first;
    private final int[] dense;

    LongIndex(long[] sortedDistinctKeys, int size) {
        this.keys = sortedDistinctKeys;
        this.size = size;
        this.first = size == 0 ? 0 : keys[0];
        long span = size == 0 ? 0 : keys[size - 1] - first + 1;
        if (size > 0 && isDense(span, size)) {
            dense = new int[(int) span];
            Arrays.fill(dense, -1);
            for (int i = 0; i < size; i++) {
                dense[(int) (keys[i] - first)] = i;
            }
        } else {
            dense = null;
        }
    }

    /** The key's index, or -1 when it is not a key. */
    int indexOf(long key) {
        if (dense != null) {
            long offset = key - first;
            return offset >= 0 && offset < dense.length ? dense[(int) offset] : -1;
        }
        int index = Arrays.binarySearch(keys, 0, size, key);
        return index >= 0 ? index : -1;
    }

    /** The distinct values of the first {@code size} values, ascending. */
    static long[] distinctSorted(long[] values, int size) {
        if (size == 0) {
            return new long[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        if (!isDense(max - min + 1, size)) {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
        boolean[] seen = new boolean[(int) (max - min + 1)];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            int offset = (int) (values[i] - min);
            if (!seen[offset]) {
                seen[offset] = true;
                distinct++;
            }
        }
        long[] result = new long[distinct];
        int next = 0;
        for (int offset = 0; offset < seen.length; offset++) {
            if (seen[offset]) {
                result[next++] = min + offset;
            }
        }
        return result;
    }

    /** A table over the range costs at most a few times the keys themselves. */
    private static boolean isDense(long span, int count) {
        return span > 0 && span <= 4L * count + 1024 && span < Integer.MAX_VALUE - 8;
    }
}
