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

    /**
     * A copy of {@code root} with the node at this path replaced by {@code replacement}, for editing an immutable
     * tree; the root path replaces the whole tree.
     */
    public Condition replace(Condition root, Condition replacement) {
        return replace(root, 0, replacement);
    }

    private Condition replace(Condition node, int depth, Condition replacement) {
        if (depth == indices.size()) {
            return replacement;
        }
        int index = indices.get(depth);
        if (node instanceof Group group) {
            return group.replacing(index, replace(group.conditions().get(index), depth + 1, replacement));
        }
        if (node instanceof Not not && index == 0) {
            return new Not(replace(not.condition(), depth + 1, replacement));
        }
        throw new IllegalArgumentException("path " + indices + " goes below a leaf condition");
    }

    /** The path of the group or NOT holding this node; the root has none. */
    public ConditionPath parent() {
        if (indices.isEmpty()) {
            throw new IllegalStateException("the root has no parent");
        }
        return new ConditionPath(indices.subList(0, indices.size() - 1));
    }

    @Override
    public String toString() {
        return indices.toString();
    }
}
