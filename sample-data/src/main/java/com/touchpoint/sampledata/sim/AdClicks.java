package com.touchpoint.sampledata.sim;

import java.util.Arrays;

/** One day's paid clicks as (person, second of day, campaign index), sorted by person then time. */
final class AdClicks {

    private int size;
    private int[] person = new int[16];
    private int[] second = new int[16];
    private int[] campaign = new int[16];
    private int next;

    void add(int p, int s, int c) {
        if (size == person.length) {
            person = Arrays.copyOf(person, size * 2);
            second = Arrays.copyOf(second, size * 2);
            campaign = Arrays.copyOf(campaign, size * 2);
        }
        person[size] = p;
        second[size] = s;
        campaign[size] = c;
        size++;
    }

    /** Sorts the clicks so people can take theirs in index order with {@link #hasNextFor(int)}. */
    void sort() {
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) person[i] << 32 | (long) second[i] << 5 | campaign[i];
        }
        Arrays.sort(keys);
        for (int i = 0; i < size; i++) {
            person[i] = (int) (keys[i] >>> 32);
            second[i] = (int) ((keys[i] >>> 5) & 0x7FFFFFF);
            campaign[i] = (int) (keys[i] & 31);
        }
        next = 0;
    }

    /** True when the next unread click belongs to person {@code p}; people must be asked in index order. */
    boolean hasNextFor(int p) {
        return next < size && person[next] == p;
    }

    int nextSecond() {
        return second[next];
    }

    /** Campaign index of the next click; moves on to the click after it. */
    int takeCampaign() {
        return campaign[next++];
    }
}
