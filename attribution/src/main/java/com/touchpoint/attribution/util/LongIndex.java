package com.touchpoint.attribution.util;

import java.util.Arrays;

/**
 * Numbers distinct long keys 0, 1, 2, … in order of first sight, without boxing (open addressing, linear
 * probing). Used for Markov states, transitions and Shapley coalitions, where millions of look-ups happen.
 */
public final class LongIndex {
    private static final int EMPTY = -1;

    private long[] keys = new long[16];
    private int[] slots = new int[32];
    private int size;

    public LongIndex() {
        Arrays.fill(slots, EMPTY);
    }

    /** The number of a key, giving it the next number when it is new. */
    public int indexOf(long key) {
        int slot = slotOf(key);
        if (slots[slot] != EMPTY) {
            return slots[slot];
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size] = key;
        slots[slot] = size;
        size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return size - 1;
    }

    /** The number of a key, or −1 when it was never added. */
    public int find(long key) {
        return slots[slotOf(key)];
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slotOf(long key) {
        int mask = slots.length - 1;
        int slot = spread(key) & mask;
        while (slots[slot] != EMPTY && keys[slots[slot]] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    public long keyAt(int index) {
        return keys[index];
    }

    public int size() {
        return size;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (int index = 0; index < size; index++) {
            int slot = spread(keys[index]) & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = index;
        }
    }

    private static int spread(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
