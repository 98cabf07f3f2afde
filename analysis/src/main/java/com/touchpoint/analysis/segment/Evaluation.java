package com.touchpoint.analysis.segment;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The result of evaluating a segment: its members (bits over customer indices of the audience), how many customers
 * each condition keeps on its own, and, for each group, the funnel: the group's count after its first 1, 2, …
 * conditions.
 *
 * @param universe        the number of customers in the audience
 * @param referenceMillis the reference time relative windows were evaluated against
 */
public record Evaluation(BitSet members, int universe, Map<ConditionPath, Integer> ownCounts,
                         Map<ConditionPath, List<Integer>> funnels, long referenceMillis) {

    public Evaluation {
        members = (BitSet) members.clone();
        ownCounts = Map.copyOf(ownCounts);
        funnels = Map.copyOf(funnels);
    }

    @Override
    public BitSet members() {
        return (BitSet) members.clone();
    }

    public int size() {
        return members.cardinality();
    }

    /** How many customers the node at {@code path} keeps on its own. */
    public int ownCount(ConditionPath path) {
        Integer count = ownCounts.get(path);
        if (count == null) {
            throw new IllegalArgumentException("no condition at " + path);
        }
        return count;
    }

    /** For a group: its count after its first 1, 2, … conditions; empty for an empty group. */
    public List<Integer> funnel(ConditionPath group) {
        List<Integer> funnel = funnels.get(group);
        if (funnel == null) {
            throw new IllegalArgumentException("no group at " + group);
        }
        return funnel;
    }
}
