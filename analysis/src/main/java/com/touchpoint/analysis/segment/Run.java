package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.CancellationToken;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** One evaluation: the cancellation token, the counts recorded per condition, and referenced segments' members. */
final class Run {

    /** Customers per block: a multiple of 64, so no two blocks share a word. */
    private static final int BLOCK = 1 << 14;

    final int universe;
    final CancellationToken token;
    final Map<ConditionPath, Integer> counts;
    final Map<ConditionPath, List<Integer>> funnels;
    final Map<String, BitSet> referenced;

    Run(int universe, CancellationToken token) {
        this(universe, token, new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    private Run(int universe, CancellationToken token, Map<ConditionPath, Integer> counts,
                Map<ConditionPath, List<Integer>> funnels, Map<String, BitSet> referenced) {
        this.universe = universe;
        this.token = token;
        this.counts = counts;
        this.funnels = funnels;
        this.referenced = referenced;
    }

    /** A run for a referenced segment's tree: same token and cache, its per-condition counts not kept. */
    Run quiet() {
        return new Run(universe, token, new HashMap<>(), new HashMap<>(), referenced);
    }

    /**
     * The customers {@code keep} accepts. Blocks of customers are tested in parallel (each block fills its own
     * words of the bit set), checking for cancellation between blocks.
     */
    BitSet scan(IntPredicate keep) {
        long[] words = new long[(universe + 63) >>> 6];
        int blocks = (universe + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            token.throwIfCancelled();
            int end = Math.min(universe, (block + 1) * BLOCK);
            for (int c = block * BLOCK; c < end; c++) {
                if (keep.test(c)) {
                    words[c >>> 6] |= 1L << c;
                }
            }
        });
        return BitSet.valueOf(words);
    }

    /** Every customer. */
    BitSet all() {
        BitSet bits = new BitSet(universe);
        bits.set(0, universe);
        return bits;
    }
}
