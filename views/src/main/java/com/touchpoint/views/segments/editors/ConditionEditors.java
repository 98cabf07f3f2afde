package com.touchpoint.views.segments.editors;

import com.touchpoint.analysis.segment.AggregateCondition;
import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.analysis.segment.RfmCondition;
import com.touchpoint.analysis.segment.SegmentReference;
import com.touchpoint.analysis.segment.TagCondition;
import com.touchpoint.views.i18n.Messages;
import com.touchpoint.views.segments.ConditionChoices;

import java.util.function.Consumer;

/** The form that edits a condition, by its kind. */
public final class ConditionEditors {

    private ConditionEditors() {
    }

    /**
     * @param condition a condition below any NOTs (the tree's NOT toggle handles those)
     * @param onChange  gets each edited condition
     */
    public static ConditionEditor of(Condition condition, ConditionChoices choices, Messages messages,
                                     Consumer<Condition> onChange) {
        if (condition instanceof Group group) {
            return new GroupEditor(group, choices, messages, onChange);
        }
        if (condition instanceof PropertyCondition property) {
            return new PropertyEditor(property, choices, messages, onChange);
        }
        if (condition instanceof EventCondition event) {
            return new EventEditor(event, choices, messages, onChange);
        }
        if (condition instanceof AggregateCondition aggregate) {
            return new AggregateEditor(aggregate, choices, messages, onChange);
        }
        if (condition instanceof TagCondition tag) {
            return new TagEditor(tag, choices, messages, onChange);
        }
        if (condition instanceof RfmCondition rfm) {
            return new RfmEditor(rfm, choices, messages, onChange);
        }
        if (condition instanceof ClusterCondition cluster) {
            return new ClusterEditor(cluster, choices, messages, onChange);
        }
        if (condition instanceof SegmentReference reference) {
            return new SegmentReferenceEditor(reference, choices, messages, onChange);
        }
        throw new IllegalArgumentException("a NOT is edited through the condition it negates: " + condition);
    }
}
