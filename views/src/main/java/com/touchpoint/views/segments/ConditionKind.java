package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.AggregateCondition;
import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.analysis.segment.RfmCondition;
import com.touchpoint.analysis.segment.TagCondition;

import java.util.Locale;

/** The kinds of condition the analyst can add to a segment; each has a title in the bundles ({@link #key()}). */
public enum ConditionKind {
    PROPERTY, EVENT, AGGREGATE, TAG, RFM, CLUSTER, SEGMENT, GROUP;

    /** The message key of the kind's name, e.g. {@code segment.kind.event}. */
    public String key() {
        return "segment.kind." + name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a condition; a NOT has the kind of what it negates. */
    public static ConditionKind of(Condition condition) {
        if (condition instanceof Not not) {
            return of(not.condition());
        }
        if (condition instanceof Group) {
            return GROUP;
        }
        if (condition instanceof PropertyCondition) {
            return PROPERTY;
        }
        if (condition instanceof EventCondition) {
            return EVENT;
        }
        if (condition instanceof AggregateCondition) {
            return AGGREGATE;
        }
        if (condition instanceof TagCondition) {
            return TAG;
        }
        if (condition instanceof RfmCondition) {
            return RFM;
        }
        return condition instanceof ClusterCondition ? CLUSTER : SEGMENT;
    }
}
