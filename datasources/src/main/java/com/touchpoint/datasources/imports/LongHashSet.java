package com.touchpoint.datasources.imports;

import java.util.Arrays;

/**
 * An open-addressing set of longs (10–21 bytes an entry, at most three quarters full: ten million fingerprints take
 * 128 MB), for the millions of event fingerprints of a project.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] slots;
    private boolean containsEmptyValue;
    private int size;

    LongHashSet(int expected) {
        slots = new long[capacityFor(Math.max(expected, 16))];
    }

    /** Adds the value; returns false when it was already there. */
    boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsEmptyValue;
            containsEmptyValue = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 4L > slots.length * 3L) {
            grow();
        }
        return insert(slots, value);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int index = (int) mix(value) & mask;
        while (table[index] != EMPTY) {
            if (table[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        table[index] = value;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = containsEmptyValue ? 1 : 0;
        Arrays.stream(old).filter(v -> v != EMPTY).forEach(v -> insert(slots, v));
    }

    private static int capacityFor(int expected) {
        return Integer.highestOneBit((int) Math.min(1 << 30, expected * 4L / 3) - 1) << 1;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
