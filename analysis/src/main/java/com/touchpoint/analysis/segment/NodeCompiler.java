package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmScores;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.customers.AttributeColumn;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns a condition tree into nodes, checking every condition against the audience as it goes. */
final class NodeCompiler {

    private final AudienceData data;
    private final Function<String, Optional<Segment>> saved;
    private final long referenceMillis;

    NodeCompiler(AudienceData data, Function<String, Optional<Segment>> saved, long referenceMillis) {
        this.data = data;
        this.saved = saved;
        this.referenceMillis = referenceMillis;
    }

    /** @param record whether to record per-condition counts (the edited segment's tree, not referenced ones) */
    Node compileSegment(Segment segment, boolean record) {
        if (record) {
            SegmentReferences.check(segment, saved);
        }
        return compile(segment.condition(), ConditionPath.ROOT, segment.zone(), record);
    }

    private Node compile(Condition condition, ConditionPath path, ZoneId zone, boolean record) {
        Node node;
        if (condition instanceof Group group) {
            List<Node> children = new ArrayList<>();
            for (int i = 0; i < group.conditions().size(); i++) {
                children.add(compile(group.conditions().get(i), path.child(i), zone, record));
            }
            node = new GroupNode(path, group.logic(), children);
        } else if (condition instanceof Not not) {
            node = new NotNode(compile(not.condition(), path.child(0), zone, record));
        } else {
            node = leaf(condition, zone);
        }
        return record ? new Recorded(path, node) : node;
    }

    private Node leaf(Condition condition, ZoneId zone) {
        if (condition instanceof PropertyCondition property) {
            return property(property);
        } else if (condition instanceof EventCondition event) {
            return event(event, zone);
        } else if (condition instanceof AggregateCondition aggregate) {
            long[] window = aggregate.window().resolve(zone, referenceMillis);
            return new AggregateNode(data, required(aggregate.measure(), "an aggregate needs a measure"),
                    aggregate.filter().compile(data), window[0], window[1], numericOp(aggregate.op(), "aggregate"),
                    bounds(aggregate.op(), aggregate.values(), "aggregate " + aggregate.measure()));
        } else if (condition instanceof TagCondition tag) {
            return tag(tag);
        } else if (condition instanceof RfmCondition rfm) {
            return rfm(rfm);
        } else if (condition instanceof ClusterCondition cluster) {
            return cluster(cluster);
        } else {
            return reference((SegmentReference) condition);
        }
    }

    private Node property(PropertyCondition condition) {
        String name = required(condition.property(), "a property condition needs a property");
        AttributeColumn column = data.attributes().column(name).orElseThrow(() -> new AnalysisException(
                "Customers have no property '" + name + "'; they have " + data.attributes().names() + "."));
        Comparison op = required(condition.op(), "property " + name + " needs a comparison (\"op\")");
        checkCount(op, condition.values().size(), "property " + name);
        return new CodeNode(column.codes(), PropertyMatch.accepted(column, condition));
    }

    private Node event(EventCondition condition, ZoneId zone) {
        if (condition.min() < 0 || condition.max() != null && condition.max() < condition.min()) {
            throw new AnalysisException("An event condition's counts go from 'min' (0 or more) to 'max' (at least "
                    + "min, or none); " + condition.min() + " to " + condition.max() + " is not a range.");
        }
        long[] window = condition.window().resolve(zone, referenceMillis);
        return new EventNode(data, condition.filter().compile(data), window[0], window[1], condition.min(),
                condition.max(), condition.happened());
    }

    private Node tag(TagCondition condition) {
        String name = required(condition.tag(), "a tag condition needs a tag");
        TagWeights tags = data.tags().orElseThrow(() -> new AnalysisException(
                "Tag weights have not been computed for this project yet; compute tags first."));
        double[] weights = tags.weights(name).orElseThrow(() -> new AnalysisException(
                "There is no tag '" + name + "'; the tags are " + tags.weights().keySet() + "."));
        return new ValueNode(weights, numericOp(condition.op(), "tag " + name),
                bounds(condition.op(), condition.values(), "tag " + name));
    }

    private Node rfm(RfmCondition condition) {
        RfmScores scores = data.rfm().orElseThrow(() -> new AnalysisException(
                "RFM scores have not been computed for this project yet; compute RFM first."));
        List<String> keys = scores.settings().groups().stream().map(RfmGroup::key).toList();
        for (String group : condition.groups()) {
            if (!keys.contains(group)) {
                throw new AnalysisException("There is no RFM group '" + group + "'; the groups are " + keys + ".");
            }
        }
        // Cell code r * 6 + f; unscored customers have r = f = 0, cell 0, which no group holds.
        int[] cells = new int[scores.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = scores.r()[c] * 6 + scores.f()[c];
        }
        boolean[] accepted = new boolean[36];
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                RfmGroup group = scores.settings().groupOf(r, f);
                accepted[r * 6 + f] = group != null && condition.groups().contains(group.key());
            }
        }
        return new CodeNode(cells, accepted);
    }

    private Node cluster(ClusterCondition condition) {
        String name = required(condition.clustering(), "a cluster condition needs the clustering's name");
        Clustering clustering = data.clusterings().get(name);
        if (clustering == null) {
            throw new AnalysisException("There is no saved clustering '" + name + "'; the saved ones are "
                    + data.clusterings().keySet() + ".");
        }
        boolean[] accepted = new boolean[clustering.k() + 1];
        for (int cluster : condition.clusters()) {
            if (cluster < 1 || cluster > clustering.k()) {
                throw new AnalysisException("Clustering '" + name + "' has clusters 1 to " + clustering.k()
                        + "; there is no cluster " + cluster + ".");
            }
            accepted[cluster] = true;
        }
        return new CodeNode(clustering.assignment(), accepted);
    }

    /** References were checked (all saved, no cycle) before compiling began. */
    private Node reference(SegmentReference reference) {
        String name = required(reference.segment(), "a segment condition needs the segment's name");
        return new ReferenceNode(name, compileSegment(saved.apply(name).orElseThrow(), false));
    }

    private static Comparison numericOp(Comparison op, String what) {
        required(op, what + " needs a comparison (\"op\")");
        if (!op.isNumeric()) {
            throw new AnalysisException("The " + what + " is a number; compare it with =, !=, <, <=, >, >=, "
                    + "between or in, not " + op.symbol() + ".");
        }
        return op;
    }

    private static double[] bounds(Comparison op, List<Double> values, String what) {
        checkCount(op, values.size(), what);
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void checkCount(Comparison op, int count, String what) {
        boolean fits = op.arity() < 0 ? count >= 1 : count == op.arity();
        if (!fits) {
            String needed = switch (op.arity()) {
                case 0 -> "no values";
                case 1 -> "one value";
                case 2 -> "two values (both ends, included)";
                default -> "one or more values";
            };
            throw new AnalysisException("The comparison " + op.symbol() + " on " + what + " takes " + needed
                    + ", not " + count + ".");
        }
    }

    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new AnalysisException("Incomplete condition: " + message + ".");
        }
        return value;
    }
}
