package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * All ({@link Logic#AND}) or any ({@link Logic#OR}) of its conditions, nested to any depth. An empty AND group keeps
 * every customer and an empty OR group keeps none, as in logic; an editor shows an empty group as "everyone" or
 * "no one" accordingly.
 */
public record Group(Logic logic, List<Condition> conditions) implements Condition {

    /** How a group joins its conditions. */
    public enum Logic {
        @JsonProperty("and") AND,
        @JsonProperty("or") OR
    }

    public Group {
        logic = logic == null ? Logic.AND : logic;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public static Group and(Condition... conditions) {
        return new Group(Logic.AND, List.of(conditions));
    }

    public static Group or(Condition... conditions) {
        return new Group(Logic.OR, List.of(conditions));
    }

    /** This group with {@code condition} added at the end. */
    public Group with(Condition condition) {
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Group(logic, more);
    }

    /** This group with the condition at {@code index} replaced. */
    public Group replacing(int index, Condition condition) {
        List<Condition> changed = new ArrayList<>(conditions);
        changed.set(index, condition);
        return new Group(logic, changed);
    }

    /** This group without the condition at {@code index}. */
    public Group without(int index) {
        List<Condition> fewer = new ArrayList<>(conditions);
        fewer.remove(index);
        return new Group(logic, fewer);
    }
}
