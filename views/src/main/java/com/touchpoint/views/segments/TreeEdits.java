package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of an immutable condition tree, each giving a new tree. The root is always a {@link Group}. A NOT belongs to
 * what it negates: removing or moving a negated condition takes its NOT along, so no NOT is ever left empty.
 */
final class TreeEdits {

    private TreeEdits() {
    }

    /** A tree after an edit, and where the edited node now sits. */
    record Edited(Condition root, ConditionPath path) {
    }

    /**
     * The node that moves and is removed as one piece with the node at {@code path}: the outermost of the NOTs
     * directly around it, or the node itself.
     */
    static ConditionPath unit(Condition root, ConditionPath path) {
        ConditionPath unit = path;
        while (!unit.indices().isEmpty() && unit.parent().find(root) instanceof Not) {
            unit = unit.parent();
        }
        return unit;
    }

    /** Below the NOTs of a unit: the path of the condition they negate. */
    static ConditionPath inner(Condition root, ConditionPath unit) {
        ConditionPath inner = unit;
        while (inner.find(root) instanceof Not) {
            inner = inner.child(0);
        }
        return inner;
    }

    /** Whether {@code path} leads to a node of {@code root}. */
    static boolean exists(Condition root, ConditionPath path) {
        Condition node = root;
        for (int index : path.indices()) {
            if (node instanceof Group group && index < group.conditions().size()) {
                node = group.conditions().get(index);
            } else if (node instanceof Not not && index == 0) {
                node = not.condition();
            } else {
                return false;
            }
        }
        return true;
    }

    /** {@code node} inserted into the group at {@code group} at {@code index}. */
    static Edited insert(Condition root, ConditionPath group, int index, Condition node) {
        Group target = (Group) group.find(root);
        List<Condition> children = new ArrayList<>(target.conditions());
        children.add(index, node);
        return new Edited(group.replace(root, new Group(target.logic(), children)), group.child(index));
    }

    /**
     * {@code node} added near the node at {@code near}: at the end of it when it is a group (below its NOTs),
     * otherwise just after it in its group.
     */
    static Edited add(Condition root, ConditionPath near, Condition node) {
        ConditionPath unit = unit(root, near);
        ConditionPath inner = inner(root, unit);
        if (inner.find(root) instanceof Group group) {
            return insert(root, inner, group.conditions().size(), node);
        }
        return insert(root, unit.parent(), last(unit) + 1, node);
    }

    /** The tree without the node at {@code path} and the NOTs around it; the root stays. */
    static Condition remove(Condition root, ConditionPath path) {
        ConditionPath unit = unit(root, path);
        if (unit.indices().isEmpty()) {
            throw new IllegalArgumentException("the root group cannot be removed");
        }
        ConditionPath parent = unit.parent();
        return parent.replace(root, ((Group) parent.find(root)).without(last(unit)));
    }

    /**
     * The node at {@code from} (with its NOTs) moved before, after or into the node at {@code target}; null when
     * that is no move: into itself or its own conditions, into a condition that is not a group, or beside the root.
     */
    static Edited move(Condition root, ConditionPath from, ConditionPath target, DropPosition position) {
        ConditionPath moving = unit(root, from);
        if (moving.indices().isEmpty() || startsWith(target, moving)) {
            return null;
        }
        ConditionPath group;
        int index;
        if (position == DropPosition.INTO) {
            group = inner(root, unit(root, target));
            if (!(group.find(root) instanceof Group into)) {
                return null;
            }
            index = into.conditions().size();
        } else {
            ConditionPath beside = unit(root, target);
            if (beside.indices().isEmpty()) {
                return null;
            }
            group = beside.parent();
            index = last(beside) + (position == DropPosition.AFTER ? 1 : 0);
        }
        Condition node = moving.find(root);
        Condition without = remove(root, moving);
        // Removing the node shifts its later siblings, and the groups below them, one place up.
        ConditionPath source = moving.parent();
        int removed = last(moving);
        List<Integer> indices = new ArrayList<>(group.indices());
        int depth = source.indices().size();
        if (group.equals(source)) {
            index -= index > removed ? 1 : 0;
        } else if (startsWith(group, source) && indices.get(depth) > removed) {
            indices.set(depth, indices.get(depth) - 1);
        }
        return insert(without, new ConditionPath(indices), index, node);
    }

    /** The node at {@code path} negated, or its NOT taken away when it is a NOT; not for the root. */
    static Edited toggleNot(Condition root, ConditionPath path) {
        if (path.indices().isEmpty()) {
            throw new IllegalArgumentException("the root group cannot be negated");
        }
        Condition node = path.find(root);
        Condition toggled = node instanceof Not not ? not.condition() : new Not(node);
        return new Edited(path.replace(root, toggled), path);
    }

    /** The group at {@code path} joining its conditions with {@code logic}. */
    static Condition withLogic(Condition root, ConditionPath path, Group.Logic logic) {
        Group group = (Group) path.find(root);
        return path.replace(root, new Group(logic, group.conditions()));
    }

    /** The node at {@code path} (with its NOTs) put into a new group of its own with {@code logic}. */
    static Edited wrapInGroup(Condition root, ConditionPath path, Group.Logic logic) {
        ConditionPath unit = unit(root, path);
        if (unit.indices().isEmpty()) {
            throw new IllegalArgumentException("the root group is already a group");
        }
        Condition wrapped = new Group(logic, List.of(unit.find(root)));
        return new Edited(unit.replace(root, wrapped), unit);
    }

    private static int last(ConditionPath path) {
        return path.indices().get(path.indices().size() - 1);
    }

    private static boolean startsWith(ConditionPath path, ConditionPath prefix) {
        List<Integer> indices = path.indices();
        return indices.size() >= prefix.indices().size()
                && indices.subList(0, prefix.indices().size()).equals(prefix.indices());
    }
}
