package com.touchpoint.views.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;
import com.touchpoint.analysis.segment.PropertyCondition;

import org.junit.jupiter.api.Test;

class TreeEditsTest {

    private static final Condition A = PropertyCondition.of("city", Comparison.EQUALS, "上海");
    private static final Condition B = PropertyCondition.of("city", Comparison.EQUALS, "北京");
    private static final Condition C = PropertyCondition.of("member_level", Comparison.EQUALS, "gold");
    private static final Condition D = PropertyCondition.of("gender", Comparison.EQUALS, "f");

    @Test
    void addingBesideALeafPutsTheConditionRightAfterItAndIntoAGroupAtItsEnd() {
        Group root = Group.and(A, Group.or(B), C);

        TreeEdits.Edited afterA = TreeEdits.add(root, ConditionPath.of(0), D);
        TreeEdits.Edited intoOr = TreeEdits.add(root, ConditionPath.of(1), D);

        assertEquals(Group.and(A, D, Group.or(B), C), afterA.root());
        assertEquals(ConditionPath.of(1), afterA.path());
        assertEquals(Group.and(A, Group.or(B, D), C), intoOr.root());
        assertEquals(ConditionPath.of(1, 1), intoOr.path());
    }

    @Test
    void aNegatedConditionIsRemovedWithItsNotAndANewConditionGoesAfterTheNot() {
        Group root = Group.and(new Not(A), B);

        assertEquals(Group.and(B), TreeEdits.remove(root, ConditionPath.of(0, 0)));
        assertEquals(Group.and(new Not(A), C, B), TreeEdits.add(root, ConditionPath.of(0, 0), C).root());
        assertThrows(IllegalArgumentException.class, () -> TreeEdits.remove(root, ConditionPath.ROOT));
    }

    @Test
    void movingWithinAGroupAccountsForTheGapTheNodeLeaves() {
        Group root = Group.and(A, B, C);

        TreeEdits.Edited aAfterC = TreeEdits.move(root, ConditionPath.of(0), ConditionPath.of(2), DropPosition.AFTER);
        TreeEdits.Edited cBeforeA = TreeEdits.move(root, ConditionPath.of(2), ConditionPath.of(0),
                DropPosition.BEFORE);
        TreeEdits.Edited aBeforeC = TreeEdits.move(root, ConditionPath.of(0), ConditionPath.of(2),
                DropPosition.BEFORE);

        assertEquals(Group.and(B, C, A), aAfterC.root());
        assertEquals(ConditionPath.of(2), aAfterC.path());
        assertEquals(Group.and(C, A, B), cBeforeA.root());
        assertEquals(ConditionPath.of(0), cBeforeA.path());
        assertEquals(Group.and(B, A, C), aBeforeC.root());
        assertEquals(ConditionPath.of(1), aBeforeC.path());
    }

    @Test
    void movingIntoALaterGroupFindsThatGroupOnePlaceUp() {
        Group root = Group.and(A, Group.or(B), C);

        TreeEdits.Edited moved = TreeEdits.move(root, ConditionPath.of(0), ConditionPath.of(1), DropPosition.INTO);

        assertEquals(Group.and(Group.or(B, A), C), moved.root());
        assertEquals(ConditionPath.of(0, 1), moved.path());
    }

    @Test
    void movingOutOfAGroupAndIntoANegatedGroup() {
        Group root = Group.and(A, Group.or(B, C), new Not(Group.or(D)));

        TreeEdits.Edited out = TreeEdits.move(root, ConditionPath.of(1, 1), ConditionPath.of(0), DropPosition.BEFORE);
        TreeEdits.Edited intoNegated = TreeEdits.move(root, ConditionPath.of(0), ConditionPath.of(2),
                DropPosition.INTO);

        assertEquals(Group.and(C, A, Group.or(B), new Not(Group.or(D))), out.root());
        assertEquals(ConditionPath.of(0), out.path());
        assertEquals(Group.and(Group.or(B, C), new Not(Group.or(D, A))), intoNegated.root());
        assertEquals(ConditionPath.of(1, 0, 1), intoNegated.path());
    }

    @Test
    void noMoveIntoItselfIntoALeafOrBesideTheRoot() {
        Group root = Group.and(A, Group.or(B, Group.and(C)));

        assertNull(TreeEdits.move(root, ConditionPath.of(1), ConditionPath.of(1, 1), DropPosition.INTO));
        assertNull(TreeEdits.move(root, ConditionPath.of(1), ConditionPath.of(1), DropPosition.AFTER));
        assertNull(TreeEdits.move(root, ConditionPath.of(1), ConditionPath.of(0), DropPosition.INTO));
        assertNull(TreeEdits.move(root, ConditionPath.of(0), ConditionPath.ROOT, DropPosition.BEFORE));
        assertNull(TreeEdits.move(root, ConditionPath.ROOT, ConditionPath.of(0), DropPosition.AFTER));
    }

    @Test
    void notIsToggledAndAConditionIsWrappedIntoAGroupWithItsNot() {
        Group root = Group.and(A, new Not(B));

        assertEquals(Group.and(new Not(A), new Not(B)), TreeEdits.toggleNot(root, ConditionPath.of(0)).root());
        assertEquals(Group.and(A, B), TreeEdits.toggleNot(root, ConditionPath.of(1)).root());
        assertEquals(Group.and(A, Group.or(new Not(B))),
                TreeEdits.wrapInGroup(root, ConditionPath.of(1, 0), Group.Logic.OR).root());
        assertEquals(Group.or(A, new Not(B)), TreeEdits.withLogic(root, ConditionPath.ROOT, Group.Logic.OR));
    }
}
