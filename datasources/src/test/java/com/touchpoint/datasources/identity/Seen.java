package com.touchpoint.datasources.identity;

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

    /** Registers the identifiers of one record and links every pair, as the import pipeline does. */
    static long[] onRecord(IdentityGraph graph, Seen... identifiers) {
        long[] ids = new long[identifiers.length];
        for (int k = 0; k < identifiers.length; k++) {
            ids[k] = graph.idOf(identifiers[k].type(), identifiers[k].value());
            for (int j = 0; j < k; j++) {
                graph.link(ids[j], ids[k]);
            }
        }
        return ids;
    }
}
