package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** Every customer the child does not keep. */
record NotNode(Node child) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        BitSet kept = child.evaluate(run);
        BitSet result = (BitSet) kept.clone();
        result.flip(0, run.universe);
        return result;
    }
}
