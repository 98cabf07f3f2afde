package com.touchpoint.attribution.journey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers journeys into a {@link JourneySet}, numbering channels by first appearance and merging journeys with the
 * same path, the same touch ages and the same outcome into one journey whose count and value are the sums.
 */
public final class JourneyCollector {
    private static final int EMPTY = -1;

    private final Map<String, Integer> channelIndex = new HashMap<>();
    private final List<String> channelNames = new ArrayList<>();
    private final List<int[]> paths = new ArrayList<>();
    private final List<int[]> ages = new ArrayList<>();
    private boolean[] outcomes = new boolean[1024];
    private int[] hashes = new int[1024];
    private double[] counts = new double[1024];
    private double[] values = new double[1024];
    /** Open addressing over journey positions, so merging needs no key or boxed objects per journey. */
    private int[] slots = emptySlots(2048);
    private DirectConversions direct = DirectConversions.NONE;

    /** The index of a channel name, registering it when new. */
    public int channel(String name) {
        Integer index = channelIndex.get(name);
        if (index != null) {
            return index;
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Channel names must not be blank");
        }
        channelIndex.put(name, channelNames.size());
        channelNames.add(name);
        return channelNames.size() - 1;
    }

    /**
     * Adds {@code count} identical journeys. The arrays are copied.
     *
     * @param ageSeconds seconds from each touch to the journey end, oldest first, or null when unknown
     */
    public void add(int[] channels, int[] ageSeconds, boolean converted, double count, double value) {
        Journey checked = Journey.checked(channels, ageSeconds, converted, count, value);
        for (int channel : checked.channelsShared()) {
            if (channel >= channelNames.size()) {
                throw new IllegalArgumentException("Channel index " + channel + " was not registered; call "
                        + "channel(name) first");
            }
        }
        addOwned(checked.channelsShared(), checked.agesShared(), converted, count, value);
    }

    /** Like {@link #add} for arrays the caller hands over and will not touch again. */
    void addOwned(int[] channels, int[] ageSeconds, boolean converted, double count, double value) {
        int hash = hash(channels, ageSeconds, converted);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != EMPTY) {
            int position = slots[slot];
            if (hashes[position] == hash && outcomes[position] == converted
                    && Arrays.equals(paths.get(position), channels) && Arrays.equals(ages.get(position), ageSeconds)) {
                counts[position] += count;
                values[position] += value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        int position = paths.size();
        if (position == counts.length) {
            outcomes = Arrays.copyOf(outcomes, position * 2);
            hashes = Arrays.copyOf(hashes, position * 2);
            counts = Arrays.copyOf(counts, position * 2);
            values = Arrays.copyOf(values, position * 2);
        }
        paths.add(channels);
        ages.add(ageSeconds);
        outcomes[position] = converted;
        hashes[position] = hash;
        counts[position] = count;
        values[position] = value;
        slots[slot] = position;
        if (paths.size() * 2 > slots.length) {
            rehash();
        }
    }

    /** Records conversions that had no touch in their window. */
    void direct(DirectConversions direct) {
        this.direct = direct;
    }

    public JourneySet build() {
        List<Journey> journeys = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            journeys.add(Journey.owned(paths.get(i), ages.get(i), outcomes[i], counts[i], values[i]));
        }
        return new JourneySet(channelNames, journeys, direct);
    }

    private void rehash() {
        slots = emptySlots(slots.length * 2);
        int mask = slots.length - 1;
        for (int position = 0; position < paths.size(); position++) {
            int slot = hashes[position] & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = position;
        }
    }

    private static int[] emptySlots(int size) {
        int[] slots = new int[size];
        Arrays.fill(slots, EMPTY);
        return slots;
    }

    private static int hash(int[] channels, int[] ages, boolean converted) {
        int hash = (31 * (31 * Arrays.hashCode(channels) + Arrays.hashCode(ages)) + Boolean.hashCode(converted))
                * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }
}
