package com.touchpoint.views.segments;

import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.segment.AggregateCondition;
import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.analysis.segment.RfmCondition;
import com.touchpoint.analysis.segment.SegmentReference;
import com.touchpoint.analysis.segment.TagCondition;
import com.touchpoint.analysis.segment.TimeWindow;

import java.util.List;

/**
 * The condition a new node starts as, so it already means something the analyst can adjust: "city is …", "did
 * purchase in the last 30 days", "revenue is at least 100", the first tag, RFM group, cluster or other segment; a
 * new group joins the other way from the group it goes into ("any of" inside "all of"), as that is why one adds it.
 */
final class NewConditions {

    static final String PREFERRED_PROPERTY = "city";
    static final String PREFERRED_EVENT = "purchase";

    private NewConditions() {
    }

    /**
     * @param parentLogic how the group the condition goes into joins its conditions
     * @param segmentName the name of the segment being edited, which a segment condition must not name
     */
    static Condition of(ConditionKind kind, ConditionChoices choices, Group.Logic parentLogic, String segmentName) {
        return switch (kind) {
            case PROPERTY -> new PropertyCondition(preferred(choices.attributes().stream()
                    .map(ConditionChoices.Attribute::name).toList(), PREFERRED_PROPERTY), Comparison.EQUALS, List.of());
            case EVENT -> EventCondition.did(choices.eventTypes().isEmpty() ? EventFilter.ANY
                    : EventFilter.types(preferred(choices.eventTypes(), PREFERRED_EVENT)), TimeWindow.last("30d"));
            case AGGREGATE -> new AggregateCondition(AggregateCondition.Measure.REVENUE, EventFilter.ANY,
                    TimeWindow.ALL, Comparison.AT_LEAST, List.of(100.0));
            case TAG -> new TagCondition(first(choices.tags()), Comparison.AT_LEAST, List.of(1.0));
            case RFM -> new RfmCondition(choices.rfmGroups().isEmpty() ? List.of()
                    : List.of(choices.rfmGroups().get(0).key()));
            case CLUSTER -> new ClusterCondition(first(List.copyOf(choices.clusterings().keySet())), List.of(1));
            case SEGMENT -> new SegmentReference(first(choices.segments().stream()
                    .filter(name -> !name.equals(segmentName)).toList()));
            case GROUP -> new Group(parentLogic == Group.Logic.AND ? Group.Logic.OR : Group.Logic.AND, List.of());
        };
    }

    private static String preferred(List<String> values, String preferred) {
        return values.contains(preferred) ? preferred : first(values);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().findFirst().orElseThrow();
    }
}
