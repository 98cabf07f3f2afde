package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Follows segment references: which segments a tree names, and whether they all exist without a cycle. */
public final class SegmentReferences {

    private SegmentReferences() {
    }

    /** The names of the segments {@code condition} refers to directly, in tree order. */
    public static Set<String> named(Condition condition) {
        Set<String> names = new LinkedHashSet<>();
        collect(condition, names);
        return names;
    }

    private static void collect(Condition condition, Set<String> names) {
        if (condition instanceof Group group) {
            group.conditions().forEach(child -> collect(child, names));
        } else if (condition instanceof Not not) {
            collect(not.condition(), names);
        } else if (condition instanceof SegmentReference reference && reference.segment() != null) {
            names.add(reference.segment());
        }
    }

    /**
     * @throws AnalysisException when {@code segment} refers, directly or not, to a segment that is not saved, or to
     *                           itself; the message names the chain of segments
     */
    public static void check(Segment segment, Function<String, Optional<Segment>> saved) {
        Deque<String> chain = new ArrayDeque<>();
        chain.addLast(segment.name());
        visit(segment, chain, saved);
    }

    private static void visit(Segment segment, Deque<String> chain, Function<String, Optional<Segment>> saved) {
        for (String name : named(segment.condition())) {
            if (chain.contains(name)) {
                List<String> cycle = new ArrayList<>(chain);
                cycle = cycle.subList(cycle.indexOf(name), cycle.size());
                throw new AnalysisException("Segment '" + name + "' would contain itself: "
                        + cycle.stream().map(s -> "'" + s + "'").collect(Collectors.joining(" → "))
                        + " → '" + name + "'. Remove one of these segment references.");
            }
            Segment target = saved.apply(name).orElseThrow(() -> new AnalysisException("Segment '"
                    + segment.name() + "' refers to a segment '" + name + "' that is not saved in this project."));
            chain.addLast(name);
            visit(target, chain, saved);
            chain.removeLast();
        }
    }
}
