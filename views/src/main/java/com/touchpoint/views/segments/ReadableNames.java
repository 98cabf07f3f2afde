package com.touchpoint.views.segments;

import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;
import com.touchpoint.analysis.segment.RfmCondition;

/**
 * A condition tree as the analyst reads it: RFM groups by their (editable) names instead of the keys segments keep,
 * so the sentence says "RFM group is Champions", not "champions". Only for showing; the segment keeps the keys.
 */
final class ReadableNames {

    private ReadableNames() {
    }

    static Condition of(Condition condition, ConditionChoices choices) {
        if (condition instanceof Group group) {
            return new Group(group.logic(), group.conditions().stream().map(c -> of(c, choices)).toList());
        }
        if (condition instanceof Not not) {
            return new Not(of(not.condition(), choices));
        }
        if (condition instanceof RfmCondition rfm) {
            return new RfmCondition(rfm.groups().stream().map(choices::rfmName).toList());
        }
        return condition;
    }
}
