package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** Customers whose number (a tag weight) passes a comparison. */
record ValueNode(double[] values, Comparison op, double[] bounds) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        return run.scan(c -> op.test(values[c], bounds));
    }
}
