package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Evaluation;

import java.util.List;
import java.util.OptionalInt;

/**
 * A finished count of the tree {@code tree}: its evaluation, or why it cannot be counted as it stands. Counts per
 * node only apply to that very tree, so a view checks {@link #isOf} before showing them.
 */
public record LiveCount(Condition tree, Evaluation evaluation, String problem) {

    /** Whether this count belongs to {@code current} (the same tree object, not merely an equal one). */
    public boolean isOf(Condition current) {
        return tree == current;
    }

    /** How many customers the node at {@code path} keeps on its own; empty without an evaluation. */
    public OptionalInt ownCount(ConditionPath path) {
        return evaluation == null || !evaluation.ownCounts().containsKey(path) ? OptionalInt.empty()
                : OptionalInt.of(evaluation.ownCount(path));
    }

    /** The funnel of the group at {@code path}; empty without an evaluation. */
    public List<Integer> funnel(ConditionPath path) {
        return evaluation == null || !evaluation.funnels().containsKey(path) ? List.of() : evaluation.funnel(path);
    }
}
