package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.EventFilter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConditionPathTest {

    private final Condition city = PropertyCondition.of("city", Comparison.EQUALS, "上海");
    private final Condition bought = EventCondition.did(EventFilter.types("purchase"), TimeWindow.last("30d"));
    private final Condition root = Group.and(city, new Not(Group.or(bought)));

    @Test
    void findsAndReplacesNodesInsideGroupsAndNots() {
        ConditionPath insideNot = ConditionPath.of(1, 0, 0);
        assertEquals(bought, insideNot.find(root));
        Condition beijing = PropertyCondition.of("city", Comparison.EQUALS, "北京");
        Condition edited = insideNot.replace(root, beijing);
        assertEquals(Group.and(city, new Not(Group.or(beijing))), edited);
        assertEquals(bought, insideNot.find(root), "the original tree is unchanged");
        assertEquals(ConditionPath.of(1, 0), insideNot.parent());
        assertEquals(beijing, ConditionPath.ROOT.replace(root, beijing));
        assertThrows(IllegalArgumentException.class, () -> ConditionPath.of(0, 0).find(root));
    }
}
