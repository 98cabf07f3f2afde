package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** Customers whose code (a property value, an RFM cell, a cluster number) is accepted by a lookup table. */
record CodeNode(int[] codes, boolean[] accepted) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        return run.scan(c -> accepted[codes[c]]);
    }
}
