package com.touchpoint.attribution.markov;

import com.touchpoint.attribution.journey.Journey;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.util.LongIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The transition counts and probabilities of an order-k chain built from journeys. A channel state is the tuple
 * of the last k channels (fewer at the start of a journey: the history is padded with "start"); each journey runs
 * START → its states → CONVERSION or NULL, weighted by its count. Transitions are stored by source state.
 */
final class MarkovChain {
    static final int START = 0;
    static final int CONVERSION = 1;
    static final int NULL = 2;
    private static final int FIRST_CHANNEL_STATE = 3;
    private static final int BITS_PER_CHANNEL = 16;
    static final int MAX_CHANNELS = (1 << BITS_PER_CHANNEL) - 1;

    private final int order;
    private final List<String> channels;
    private final LongIndex stateKeys;
    /** Transitions of state s are at rowStart[s] .. rowStart[s + 1]. */
    private final int[] rowStart;
    private final int[] target;
    private final double[] count;
    private final double[] probability;

    private MarkovChain(int order, List<String> channels, LongIndex stateKeys, int[] rowStart, int[] target,
                        double[] count) {
        this.order = order;
        this.channels = channels;
        this.stateKeys = stateKeys;
        this.rowStart = rowStart;
        this.target = target;
        this.count = count;
        this.probability = new double[count.length];
        for (int s = 0; s < stateCount(); s++) {
            double rowTotal = 0;
            for (int t = rowStart[s]; t < rowStart[s + 1]; t++) {
                rowTotal += count[t];
            }
            for (int t = rowStart[s]; t < rowStart[s + 1]; t++) {
                probability[t] = count[t] / rowTotal;
            }
        }
    }

    static MarkovChain of(JourneySet journeys, int order) {
        if (journeys.channels().size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("The Markov model handles up to " + MAX_CHANNELS + " channels; got "
                    + journeys.channels().size());
        }
        long keyMask = order * BITS_PER_CHANNEL == Long.SIZE ? -1L : (1L << (order * BITS_PER_CHANNEL)) - 1;
        LongIndex stateKeys = new LongIndex();
        LongIndex transitions = new LongIndex();
        double[] weights = new double[1024];
        for (Journey journey : journeys.journeys()) {
            int from = START;
            long key = 0;
            for (int k = 0; k < journey.length(); k++) {
                key = ((key << BITS_PER_CHANNEL) | (journey.channelAt(k) + 1)) & keyMask;
                int to = FIRST_CHANNEL_STATE + stateKeys.indexOf(key);
                weights = add(transitions, weights, from, to, journey.count());
                from = to;
            }
            weights = add(transitions, weights, from, journey.converted() ? CONVERSION : NULL, journey.count());
        }
        return bySource(order, journeys.channels(), stateKeys, transitions, weights);
    }

    private static double[] add(LongIndex transitions, double[] weights, int from, int to, double weight) {
        int index = transitions.indexOf(((long) from << Integer.SIZE) | to);
        double[] grown = index < weights.length ? weights : Arrays.copyOf(weights, weights.length * 2);
        grown[index] += weight;
        return grown;
    }

    private static MarkovChain bySource(int order, List<String> channels, LongIndex stateKeys,
                                        LongIndex transitions, double[] weights) {
        int states = FIRST_CHANNEL_STATE + stateKeys.size();
        int[] rowStart = new int[states + 1];
        for (int i = 0; i < transitions.size(); i++) {
            rowStart[(int) (transitions.keyAt(i) >>> Integer.SIZE) + 1]++;
        }
        for (int s = 0; s < states; s++) {
            rowStart[s + 1] += rowStart[s];
        }
        int[] next = Arrays.copyOf(rowStart, states);
        int[] target = new int[transitions.size()];
        double[] count = new double[transitions.size()];
        for (int i = 0; i < transitions.size(); i++) {
            long key = transitions.keyAt(i);
            int slot = next[(int) (key >>> Integer.SIZE)]++;
            target[slot] = (int) key;
            count[slot] = weights[i];
        }
        return new MarkovChain(order, channels, stateKeys, rowStart, target, count);
    }

    int order() {
        return order;
    }

    int stateCount() {
        return rowStart.length - 1;
    }

    /** States that can still move: START and the channel states (CONVERSION and NULL absorb). */
    boolean isTransient(int state) {
        return state == START || state >= FIRST_CHANNEL_STATE;
    }

    int rowStart(int state) {
        return rowStart[state];
    }

    int rowEnd(int state) {
        return rowStart[state + 1];
    }

    int target(int transition) {
        return target[transition];
    }

    double count(int transition) {
        return count[transition];
    }

    double probability(int transition) {
        return probability[transition];
    }

    /** Whether a channel state's tuple holds the channel. */
    boolean stateHolds(int state, int channel) {
        if (state < FIRST_CHANNEL_STATE) {
            return false;
        }
        long key = stateKeys.keyAt(state - FIRST_CHANNEL_STATE);
        for (int slot = 0; slot < order; slot++) {
            if (((key >>> (slot * BITS_PER_CHANNEL)) & MAX_CHANNELS) == channel + 1) {
                return true;
            }
        }
        return false;
    }

    /** "(start)", "(conversion)", "(null)", or the state's history, oldest first, joined by " > ". */
    String label(int state) {
        return switch (state) {
            case START -> "(start)";
            case CONVERSION -> "(conversion)";
            case NULL -> "(null)";
            default -> historyLabel(stateKeys.keyAt(state - FIRST_CHANNEL_STATE));
        };
    }

    private String historyLabel(long key) {
        List<String> parts = new ArrayList<>(order);
        for (int slot = order - 1; slot >= 0; slot--) {
            int symbol = (int) ((key >>> (slot * BITS_PER_CHANNEL)) & MAX_CHANNELS);
            if (symbol != 0) {
                parts.add(channels.get(symbol - 1));
            }
        }
        if (parts.size() < order) {
            parts.add(0, "(start)");
        }
        return String.join(" > ", parts);
    }
}
