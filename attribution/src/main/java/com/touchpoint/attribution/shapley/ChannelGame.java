package com.touchpoint.attribution.shapley;

import com.touchpoint.attribution.journey.Journey;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.util.LongIndex;
import java.util.Arrays;

/**
 * The Shapley game of a journey set: players are channels, and each journey counts for the set of distinct
 * channels it touched (repeats collapse). Only the seen channel sets are stored, with their conversions and
 * journey counts, so the game is small however many journeys there are.
 */
public final class ChannelGame implements CoalitionGame {
    private final int players;
    private final CoalitionWorth worth;
    private final UnseenCoalition unseen;
    private final LongIndex seenIndex;
    private final long[] seen;
    private final int[] sizes;
    private final double[] conversions;
    private final double[] rates;
    /** For each player, the seen sets that hold it. */
    private final int[][] holding;

    public ChannelGame(JourneySet journeys, CoalitionWorth worth, UnseenCoalition unseen) {
        this.players = journeys.channels().size();
        if (players > Long.SIZE) {
            throw new IllegalArgumentException("The Shapley model handles up to " + Long.SIZE + " channels; got "
                    + players + ". Group rare channels into one before attributing");
        }
        this.worth = worth;
        this.unseen = unseen;
        this.seenIndex = new LongIndex();
        double[] converted = new double[256];
        double[] all = new double[256];
        for (Journey journey : journeys.journeys()) {
            int index = seenIndex.indexOf(journey.channelSet());
            if (index == converted.length) {
                converted = Arrays.copyOf(converted, index * 2);
                all = Arrays.copyOf(all, index * 2);
            }
            converted[index] += journey.converted() ? journey.count() : 0;
            all[index] += journey.count();
        }
        int count = seenIndex.size();
        this.seen = new long[count];
        this.sizes = new int[count];
        this.conversions = Arrays.copyOf(converted, count);
        this.rates = new double[count];
        int[] holdingCount = new int[players];
        for (int j = 0; j < count; j++) {
            seen[j] = seenIndex.keyAt(j);
            sizes[j] = Long.bitCount(seen[j]);
            rates[j] = converted[j] / all[j];
            for (long rest = seen[j]; rest != 0; rest &= rest - 1) {
                holdingCount[Long.numberOfTrailingZeros(rest)]++;
            }
        }
        this.holding = new int[players][];
        for (int p = 0; p < players; p++) {
            holding[p] = new int[holdingCount[p]];
            holdingCount[p] = 0;
        }
        for (int j = 0; j < count; j++) {
            for (long rest = seen[j]; rest != 0; rest &= rest - 1) {
                int p = Long.numberOfTrailingZeros(rest);
                holding[p][holdingCount[p]++] = j;
            }
        }
    }

    @Override
    public int players() {
        return players;
    }

    /** The number of distinct channel sets among the journeys. */
    public int seenCoalitions() {
        return seen.length;
    }

    @Override
    public double worth(long coalition) {
        if (worth == CoalitionWorth.CONVERSIONS) {
            double sum = 0;
            for (int j = 0; j < seen.length; j++) {
                sum += (seen[j] & ~coalition) == 0 ? conversions[j] : 0;
            }
            return sum;
        }
        int index = seenIndex.find(coalition);
        if (index >= 0) {
            return rates[index];
        }
        double best = 0;
        if (unseen == UnseenCoalition.BEST_SEEN_SUBSET) {
            for (int j = 0; j < seen.length; j++) {
                best = (seen[j] & ~coalition) == 0 ? Math.max(best, rates[j]) : best;
            }
        }
        return best;
    }

    /** Every coalition's worth, using sum-over-subsets passes (O(n · 2^n)) instead of one scan per coalition. */
    @Override
    public double[] tabulate() {
        CoalitionGame.requireTabulable(players);
        double[] table = new double[1 << players];
        for (int j = 0; j < seen.length; j++) {
            table[(int) seen[j]] = worth == CoalitionWorth.CONVERSIONS ? conversions[j] : rates[j];
        }
        if (worth == CoalitionWorth.RATE && unseen == UnseenCoalition.ZERO) {
            return table;
        }
        for (int player = 0; player < players; player++) {
            int bit = 1 << player;
            for (int coalition = 0; coalition < table.length; coalition++) {
                if ((coalition & bit) != 0) {
                    double subset = table[coalition ^ bit];
                    table[coalition] = worth == CoalitionWorth.CONVERSIONS ? table[coalition] + subset
                            : Math.max(table[coalition], subset);
                }
            }
        }
        if (worth == CoalitionWorth.RATE) {
            for (int j = 0; j < seen.length; j++) {
                table[(int) seen[j]] = rates[j];
            }
        }
        return table;
    }

    /**
     * Follows the ordering with a count, per seen set, of its channels still missing: a set becomes a subset of
     * the growing coalition when its count reaches 0, and equals it when, at that moment, both have the same size.
     * One permutation costs O(n + Σ|seen set|) instead of n full scans.
     */
    @Override
    public void marginalContributions(int[] order, double[] contributions) {
        int[] missing = sizes.clone();
        double subsetConversions = 0;
        double bestSubsetRate = 0;
        double before = 0;
        for (int size = 1; size <= order.length; size++) {
            int player = order[size - 1];
            double exactRate = -1;
            for (int j : holding[player]) {
                if (--missing[j] == 0) {
                    subsetConversions += conversions[j];
                    bestSubsetRate = Math.max(bestSubsetRate, rates[j]);
                    exactRate = sizes[j] == size ? rates[j] : exactRate;
                }
            }
            double after;
            if (worth == CoalitionWorth.CONVERSIONS) {
                after = subsetConversions;
            } else if (exactRate >= 0) {
                after = exactRate;
            } else {
                after = unseen == UnseenCoalition.ZERO ? 0 : bestSubsetRate;
            }
            contributions[player] = after - before;
            before = after;
        }
    }

    /** Whether {@link #exactValues()} can run: always, except best-seen-subset rates above 24 channels. */
    public boolean hasExactValues() {
        return worth == CoalitionWorth.CONVERSIONS || unseen == UnseenCoalition.ZERO
                || players <= MAX_TABULATED_PLAYERS;
    }

    /**
     * Exact Shapley values. Conversions: φ_i = Σ_{T ∋ i} conversions(T) / |T| over seen sets T. Rates with unseen
     * sets worth 0: only seen sets have worth, so φ_i = Σ_{T ∋ i} (w(|T|−1) + w(|T|)) v(T) − Σ_T w(|T|) v(T),
     * with w(s) = s! (n−s−1)! / n! and w(n) = 0. Both cost O(n · seen sets). Best-seen-subset rates enumerate all
     * 2^n coalitions ({@link ExactShapley}).
     */
    public double[] exactValues() {
        double[] values = new double[players];
        if (worth == CoalitionWorth.CONVERSIONS) {
            for (int j = 0; j < seen.length; j++) {
                addToMembers(values, seen[j], conversions[j] / sizes[j]);
            }
            return values;
        }
        if (unseen == UnseenCoalition.BEST_SEEN_SUBSET) {
            return ExactShapley.values(this);
        }
        double[] weight = Arrays.copyOf(ExactShapley.coalitionWeights(players), players + 1);
        double everyone = 0;
        for (int j = 0; j < seen.length; j++) {
            everyone += weight[sizes[j]] * rates[j];
            addToMembers(values, seen[j], (weight[sizes[j] - 1] + weight[sizes[j]]) * rates[j]);
        }
        for (int p = 0; p < players; p++) {
            values[p] -= everyone;
        }
        return values;
    }

    private static void addToMembers(double[] values, long coalition, double amount) {
        for (long rest = coalition; rest != 0; rest &= rest - 1) {
            values[Long.numberOfTrailingZeros(rest)] += amount;
        }
    }
}
