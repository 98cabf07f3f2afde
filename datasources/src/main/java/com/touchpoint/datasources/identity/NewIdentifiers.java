package com.touchpoint.datasources.identity;

import java.util.Objects;

/** Identifiers registered since the last stitch, to insert into the store; read by position, 0 to size - 1. */
public final class NewIdentifiers {

    private static final IdType[] TYPES = IdType.values();

    private final IdentifierAssignments assignments;
    private final byte[] types;
    private final int[] valueReferences;
    private final ValueArena values;

    NewIdentifiers(IdentifierAssignments assignments, byte[] types, int[] valueReferences, ValueArena values) {
        this.assignments = assignments;
        this.types = types;
        this.valueReferences = valueReferences;
        this.values = values;
    }

    public int size() {
        return assignments.size();
    }

    public long id(int k) {
        return assignments.id(k);
    }

    public IdType type(int k) {
        return TYPES[types[Objects.checkIndex(k, size())]];
    }

    /** The stored value (normalised, and hashed when personal and pseudonymised); a new String each call. */
    public String value(int k) {
        return values.read(valueReferences[Objects.checkIndex(k, size())]);
    }

    public long globalId(int k) {
        return assignments.globalId(k);
    }

    public boolean shared(int k) {
        return assignments.shared(k);
    }
}
