package com.touchpoint.datasources.identity;

import java.util.Objects;

/** Links made since the last stitch, as identifier id pairs with a &lt; b; read by position, 0 to size - 1. */
public final class NewEdges {

    private final long[] a;
    private final long[] b;

    NewEdges(long[] a, long[] b) {
        this.a = a;
        this.b = b;
    }

    public int size() {
        return a.length;
    }

    public long a(int k) {
        return a[Objects.checkIndex(k, a.length)];
    }

    public long b(int k) {
        return b[Objects.checkIndex(k, b.length)];
    }
}
