package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** The members of another saved segment, evaluated once per run however often it is referenced. */
record ReferenceNode(String name, Node root) implements Node {

    @Override
    public BitSet evaluate(Run run) {
        BitSet members = run.referenced.get(name);
        if (members == null) {
            members = root.evaluate(run.quiet());
            run.referenced.put(name, members);
        }
        return (BitSet) members.clone();
    }
}
