package com.touchpoint.datasources.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An identifier as it appears on a record in a test. */
record Seen(IdType type, String value) {

    static Seen member(String value) {
        return new Seen(IdType.MEMBER, value);
    }

    static Seen phone(String value) {
        return new Seen(IdType.PHONE, value);
    }

    static Seen email(String value) {
        return new Seen(IdType.EMAIL, value);
    }

    static Seen device(String value) {
        return new Seen(IdType.DEVICE, value);
    }

    static Seen cookie(String value) {
        return new Seen(IdType.COOKIE, value);
    }

    /** Registers the identifiers of one record and links every pair, as the import pipeline does; returns their ids. */
    static long[] onRecord(IdentityGraph graph, Seen... identifiers) {
        IdType[] types = new IdType[identifiers.length];
        String[] values = new String[identifiers.length];
        for (int k = 0; k < identifiers.length; k++) {
            types[k] = identifiers[k].type();
            values[k] = identifiers[k].value();
        }
        long primary = graph.registerRecord(types, values);
        long[] ids = new long[identifiers.length];
        for (int k = 0; k < identifiers.length; k++) {
            ids[k] = graph.idOf(types[k], values[k]);
        }
        assertEquals(ids[0], primary);
        return ids;
    }
}
