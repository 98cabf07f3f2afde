package com.touchpoint.analysis.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** AND or OR of child nodes; records the funnel (the count after each child is joined in). */
record GroupNode(ConditionPath path, Group.Logic logic, List<Node> children) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        BitSet result = logic == Group.Logic.AND ? run.all() : new BitSet(run.universe);
        List<Integer> funnel = new ArrayList<>(children.size());
        for (Node child : children) {
            BitSet kept = child.evaluate(run);
            if (logic == Group.Logic.AND) {
                result.and(kept);
            } else {
                result.or(kept);
            }
            funnel.add(result.cardinality());
        }
        run.funnels.put(path, List.copyOf(funnel));
        return result;
    }
}
