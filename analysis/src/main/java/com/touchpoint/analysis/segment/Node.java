package com.touchpoint.analysis.segment;

import java.util.BitSet;

/** A compiled condition: the customers it keeps, as bits over customer indices. */
interface Node {

    BitSet evaluate(Run run);
}
