package com.touchpoint.views.segments;

/** Where a dragged condition lands relative to the condition it is dropped on. */
public enum DropPosition {
    /** In the same group, just before it. */
    BEFORE,
    /** In the same group, just after it. */
    AFTER,
    /** At the end of it; only a group takes conditions into it. */
    INTO
}
