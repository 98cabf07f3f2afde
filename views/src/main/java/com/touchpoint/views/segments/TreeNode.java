package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;

/**
 * One row of the condition tree: a condition with the NOTs around it shown as one node. {@code unit} is where the
 * node (its outermost NOT) sits, {@code inner} where the negated condition sits, {@code nots} how many NOTs there
 * are, and {@code position} its place in its group (-1 for the root).
 */
record TreeNode(ConditionPath unit, ConditionPath inner, Condition condition, int nots, int position) {

    static TreeNode at(Condition root, ConditionPath unit) {
        ConditionPath inner = TreeEdits.inner(root, unit);
        int position = unit.indices().isEmpty() ? -1 : unit.indices().get(unit.indices().size() - 1);
        return new TreeNode(unit, inner, inner.find(root), inner.indices().size() - unit.indices().size(), position);
    }

    boolean isRoot() {
        return unit.indices().isEmpty();
    }
}
