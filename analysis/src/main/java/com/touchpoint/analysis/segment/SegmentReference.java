package com.touchpoint.analysis.segment;

/** The customer is a member of another saved segment; a segment may not refer to itself, directly or not. */
public record SegmentReference(String segment) implements Condition {
}
