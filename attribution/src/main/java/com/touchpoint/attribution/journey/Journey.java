package com.touchpoint.attribution.journey;

import java.util.Arrays;

/**
 * A path of touches that ended in a conversion or did not, standing for {@link #count()} identical journeys.
 * Channels are indices into the owning {@link JourneySet#channels()}; ages are whole seconds from each touch to the
 * end of the journey (the conversion, or the data end for a non-converting journey), absent for path reports.
 * {@link #value()} is the total value of all {@code count} conversions.
 */
public final class Journey {
    private final int[] channels;
    private final int[] ageSeconds;
    private final boolean converted;
    private final double count;
    private final double value;

    private Journey(int[] channels, int[] ageSeconds, boolean converted, double count, double value) {
        this.channels = channels;
        this.ageSeconds = ageSeconds;
        this.converted = converted;
        this.count = count;
        this.value = value;
    }

    /**
     * A checked journey holding copies of the arrays.
     *
     * @param ageSeconds seconds from each touch to the journey end, oldest touch first, or null when unknown
     */
    static Journey checked(int[] channels, int[] ageSeconds, boolean converted, double count, double value) {
        int[] agesCopy = ageSeconds == null ? null : ageSeconds.clone();
        validate(channels, agesCopy, converted, count, value);
        return new Journey(channels.clone(), agesCopy, converted, count, value);
    }

    /** Takes the arrays as they are, unchecked; callers in this package hand over arrays nobody else holds. */
    static Journey owned(int[] channels, int[] ageSeconds, boolean converted, double count, double value) {
        return new Journey(channels, ageSeconds, converted, count, value);
    }

    private static void validate(int[] channels, int[] ages, boolean converted, double count, double value) {
        if (channels.length == 0) {
            throw new IllegalArgumentException("A journey needs at least one touch");
        }
        for (int channel : channels) {
            if (channel < 0) {
                throw new IllegalArgumentException("Channel index " + channel + " is negative");
            }
        }
        if (ages != null) {
            if (ages.length != channels.length) {
                throw new IllegalArgumentException("A journey has " + channels.length + " touches but "
                        + ages.length + " ages; give one age per touch or none");
            }
            for (int k = 0; k < ages.length; k++) {
                if (ages[k] < 0 || (k > 0 && ages[k] > ages[k - 1])) {
                    throw new IllegalArgumentException("Touch ages must be non-negative and non-increasing "
                            + "(oldest touch first); got " + Arrays.toString(ages));
                }
            }
        }
        if (!(count > 0) || !Double.isFinite(count)) {
            throw new IllegalArgumentException("A journey's count must be positive and finite; got " + count);
        }
        if (!Double.isFinite(value) || (!converted && value != 0)) {
            throw new IllegalArgumentException("A journey's value must be finite and 0 when it did not convert; got "
                    + value);
        }
    }

    public int length() {
        return channels.length;
    }

    public int channelAt(int position) {
        return channels[position];
    }

    public boolean hasAges() {
        return ageSeconds != null;
    }

    /** Seconds from the touch at {@code position} to the journey end; only when {@link #hasAges()}. */
    public int ageSecondsAt(int position) {
        return ageSeconds[position];
    }

    public boolean converted() {
        return converted;
    }

    public double count() {
        return count;
    }

    public double value() {
        return value;
    }

    /** The channel indices, oldest touch first (a copy). */
    public int[] channels() {
        return channels.clone();
    }

    /** Bit i is set when channel i occurs in the path; channel indices must be below 64. */
    public long channelSet() {
        long set = 0;
        for (int channel : channels) {
            set |= 1L << channel;
        }
        return set;
    }

    int[] channelsShared() {
        return channels;
    }

    int[] agesShared() {
        return ageSeconds;
    }

    @Override
    public String toString() {
        return Arrays.toString(channels) + (converted ? " converted" : " null") + " x" + count
                + (converted ? " value " + value : "");
    }
}
