package com.touchpoint.datasources.identity;

import java.util.function.IntUnaryOperator;

/**
 * Open-addressing hash table (linear probing) that stores only element indices, four bytes a slot; the owner keeps
 * the keys in its own arrays and compares them while probing. Doubles at a load factor of 3/4, so a slot array is
 * between 3/8 and 3/4 full.
 *
 * <p>Probe: {@code for (slot = firstSlot(h); (i = indexAt(slot)) >= 0; slot = nextSlot(slot)) if (key at i matches)
 * ...}; when the loop ends on an empty slot, {@link #insert} puts a new index there.
 */
final class IndexHashTable {

    private static final int INITIAL_SLOTS = 16;
    private static final int MAX_SLOTS = 1 << 30;

    /** The hash an element was inserted with, so that growing never has to look at keys. */
    private final IntUnaryOperator hashOfIndex;
    /** index + 1; 0 marks an empty slot. */
    private int[] slots = new int[INITIAL_SLOTS];
    private int mask = INITIAL_SLOTS - 1;
    private int size;

    IndexHashTable(IntUnaryOperator hashOfIndex) {
        this.hashOfIndex = hashOfIndex;
    }

    int firstSlot(int hash) {
        return spread(hash) & mask;
    }

    int nextSlot(int slot) {
        return (slot + 1) & mask;
    }

    /** @return the index stored in the slot, or -1 when it is empty */
    int indexAt(int slot) {
        return slots[slot] - 1;
    }

    /** Puts an index into the empty slot where the last probe ended; slots found before are invalid afterwards. */
    void insert(int slot, int index) {
        slots[slot] = index + 1;
        size++;
        if (size > slots.length - (slots.length >>> 2)) {
            grow();
        }
    }

    private void grow() {
        if (slots.length == MAX_SLOTS) {
            throw new IllegalStateException("Identity graph hash table is full (" + size + " entries)");
        }
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int slot = firstSlot(hashOfIndex.applyAsInt(entry - 1));
                while (slots[slot] != 0) {
                    slot = nextSlot(slot);
                }
                slots[slot] = entry;
            }
        }
    }

    /** Murmur3's finaliser: neighbouring keys land far apart, as linear probing needs. */
    private static int spread(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
