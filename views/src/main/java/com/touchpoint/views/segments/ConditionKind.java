package com.touchpoint.views.segments;

/** The kinds of condition the analyst can add to a segment; each has a title in the bundles ({@link #key()}). */
public enum ConditionKind {
    PROPERTY, EVENT, AGGREGATE, TAG, RFM, CLUSTER, SEGMENT, GROUP;

    /** The message key of the kind's name, e.g. {@code segment.kind.event}. */
    public String key() {
        return "segment.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
