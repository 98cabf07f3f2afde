package com.touchpoint.analysis.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a node sits in a condition tree: the child indices from the root (a {@link Not}'s condition is child 0).
 * Conditions are values, so two equal conditions in one tree are told apart by their paths.
 */
public record ConditionPath(List<Integer> indices) {

    public static final ConditionPath ROOT = new ConditionPath(List.of());

    public ConditionPath {
        indices = List.copyOf(indices);
    }

    public static ConditionPath of(Integer... indices) {
        return new ConditionPath(List.of(indices));
    }

    public ConditionPath child(int index) {
        List<Integer> longer = new ArrayList<>(indices);
        longer.add(index);
        return new ConditionPath(longer);
    }

    /** The node at this path in {@code root}. */
    public Condition find(Condition root) {
        Condition node = root;
        for (int index : indices) {
            if (node instanceof Group group) {
                node = group.conditions().get(index);
            } else if (node instanceof Not not && index == 0) {
                node = not.condition();
            } else {
                throw new IllegalArgumentException("path " + indices + " goes below a leaf condition");
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return indices.toString();
    }
}
