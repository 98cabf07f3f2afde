package com.touchpoint.analysis.segment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One node of a segment's condition tree; immutable. In JSON each node is an object whose {@code "type"} names its
 * kind (see README.md, section Segments).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Group.class, name = "group"),
    @JsonSubTypes.Type(value = Not.class, name = "not"),
    @JsonSubTypes.Type(value = PropertyCondition.class, name = "property"),
    @JsonSubTypes.Type(value = EventCondition.class, name = "event"),
    @JsonSubTypes.Type(value = AggregateCondition.class, name = "aggregate"),
    @JsonSubTypes.Type(value = TagCondition.class, name = "tag"),
    @JsonSubTypes.Type(value = RfmCondition.class, name = "rfm"),
    @JsonSubTypes.Type(value = ClusterCondition.class, name = "cluster"),
    @JsonSubTypes.Type(value = SegmentReference.class, name = "segment")
})
public sealed interface Condition permits Group, Not, PropertyCondition, EventCondition, AggregateCondition,
        TagCondition, RfmCondition, ClusterCondition, SegmentReference {
}
