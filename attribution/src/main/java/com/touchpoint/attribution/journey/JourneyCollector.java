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
    private final Map<String, Integer> channelIndex = new HashMap<>();
    private final List<String> channelNames = new ArrayList<>();
    private final Map<JourneyKey, Integer> positionOf = new HashMap<>();
    private final List<int[]> paths = new ArrayList<>();
    private final List<int[]> ages = new ArrayList<>();
    private final List<Boolean> outcomes = new ArrayList<>();
    private double[] counts = new double[1024];
    private double[] values = new double[1024];
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
        Journey checked = new Journey(channels, ageSeconds, converted, count, value);
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
        JourneyKey key = new JourneyKey(channels, ageSeconds, converted);
        Integer position = positionOf.get(key);
        if (position == null) {
            position = paths.size();
            positionOf.put(key, position);
            paths.add(channels);
            ages.add(ageSeconds);
            outcomes.add(converted);
            if (position == counts.length) {
                counts = Arrays.copyOf(counts, position * 2);
                values = Arrays.copyOf(values, position * 2);
            }
        }
        counts[position] += count;
        values[position] += value;
    }

    /** Records conversions that had no touch in their window. */
    void direct(DirectConversions direct) {
        this.direct = direct;
    }

    public JourneySet build() {
        List<Journey> journeys = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            journeys.add(new Journey(paths.get(i), ages.get(i), outcomes.get(i), counts[i], values[i], false));
        }
        return new JourneySet(channelNames, journeys, direct);
    }

    private record JourneyKey(int[] channels, int[] ages, boolean converted) {
        @Override
        public boolean equals(Object other) {
            return other instanceof JourneyKey key && converted == key.converted
                    && Arrays.equals(channels, key.channels) && Arrays.equals(ages, key.ages);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(channels) + Arrays.hashCode(ages)) + Boolean.hashCode(converted);
        }
    }
}
