package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** Records how many customers a node keeps on its own, under the node's path. */
record Recorded(ConditionPath path, Node node) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        BitSet kept = node.evaluate(run);
        run.counts.put(path, kept.cardinality());
        return kept;
    }
}
