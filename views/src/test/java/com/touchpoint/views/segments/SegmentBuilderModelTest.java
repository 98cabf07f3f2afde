package com.touchpoint.views.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.analysis.segment.Comparison;
import com.touchpoint.analysis.segment.Condition;
import com.touchpoint.analysis.segment.ConditionPath;
import com.touchpoint.analysis.segment.Evaluation;
import com.touchpoint.analysis.segment.EventCondition;
import com.touchpoint.analysis.segment.Group;
import com.touchpoint.analysis.segment.Not;
import com.touchpoint.analysis.segment.PropertyCondition;
import com.touchpoint.analysis.segment.RfmCondition;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.analysis.segment.TimeWindow;
import com.touchpoint.views.tasks.DaemonThreads;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SegmentBuilderModelTest {

    private static final Condition SHANGHAI = PropertyCondition.of("city", Comparison.EQUALS, "上海");
    private static final Condition BOUGHT = EventCondition.did(EventFilter.types("purchase"), TimeWindow.last("30d"));
    private static final Condition GOLD = PropertyCondition.of("member_level", Comparison.EQUALS, "gold");

    private final ScheduledExecutorService counting = Executors.newScheduledThreadPool(2,
            new DaemonThreads("test-count"));
    /** Stands in for the JavaFX thread: deliveries wait here until the test runs them. */
    private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
    private final SegmentBuilderModel model = new SegmentBuilderModel(Locale.ENGLISH, counting, Duration.ZERO,
            fxQueue::add);

    @AfterEach
    void stop() {
        counting.shutdownNow();
    }

    @Test
    void addingRemovingAndMovingKeepTheTreeAndTheSelectionRight() {
        model.open(Segment.of("Shanghai buyers", Group.and()));

        model.add(SHANGHAI);
        model.add(BOUGHT);
        model.selectedProperty().set(ConditionPath.ROOT);
        model.add(ConditionKind.GROUP);
        model.add(GOLD);

        assertEquals(Group.and(SHANGHAI, BOUGHT, Group.or(GOLD)), model.rootProperty().get());
        assertEquals(ConditionPath.of(2, 0), model.selectedProperty().get());

        assertTrue(model.move(ConditionPath.of(0), ConditionPath.of(2), DropPosition.INTO));
        assertEquals(Group.and(BOUGHT, Group.or(GOLD, SHANGHAI)), model.rootProperty().get());
        assertEquals(ConditionPath.of(1, 1), model.selectedProperty().get());

        assertFalse(model.move(ConditionPath.of(1), ConditionPath.of(1, 0), DropPosition.AFTER));

        model.selectedProperty().set(ConditionPath.of(0));
        model.toggleNot();
        assertEquals(Group.and(new Not(BOUGHT), Group.or(GOLD, SHANGHAI)), model.rootProperty().get());
        model.selectedProperty().set(ConditionPath.of(0, 0));
        model.removeSelected();
        assertEquals(Group.and(Group.or(GOLD, SHANGHAI)), model.rootProperty().get());
        assertEquals(ConditionPath.ROOT, model.selectedProperty().get());
    }

    @Test
    void undoAndRedoStepBetweenTheTreesAndANewEditForgetsTheStepsUndone() {
        model.open(Segment.of("s", Group.and()));
        model.add(SHANGHAI);
        model.add(BOUGHT);
        Group both = model.rootProperty().get();
        model.setLogic(ConditionPath.ROOT, Group.Logic.OR);

        model.undo();
        assertSame(both, model.rootProperty().get());
        model.undo();
        assertEquals(Group.and(SHANGHAI), model.rootProperty().get());
        assertTrue(model.canRedoProperty().get());
        model.redo();
        model.redo();
        assertEquals(Group.or(SHANGHAI, BOUGHT), model.rootProperty().get());
        assertFalse(model.canRedoProperty().get());

        model.undo();
        model.add(GOLD);
        assertFalse(model.canRedoProperty().get());
        assertEquals(Group.and(SHANGHAI, BOUGHT, GOLD), model.rootProperty().get());
    }

    @Test
    void anUndoneSelectionThatNoLongerExistsFallsBackToTheRoot() {
        model.open(Segment.of("s", Group.and()));
        model.add(SHANGHAI);

        model.undo();

        assertEquals(Group.and(), model.rootProperty().get());
        assertEquals(ConditionPath.ROOT, model.selectedProperty().get());
    }

    @Test
    void theSentenceFollowsTheTreeAndTheLogic() {
        model.open(Segment.of("s", Group.and(SHANGHAI, BOUGHT)));
        assertEquals("city is 上海 and did purchase in the last 30 days", model.sentenceProperty().get());

        model.setLogic(ConditionPath.ROOT, Group.Logic.OR);
        assertEquals("city is 上海 or did purchase in the last 30 days", model.sentenceProperty().get());

        model.selectedProperty().set(ConditionPath.of(1));
        model.toggleNot();
        assertEquals("city is 上海 or not did purchase in the last 30 days", model.sentenceProperty().get());

        model.undo();
        model.undo();
        model.removeSelected();
        assertEquals("city is 上海", model.sentenceProperty().get());
    }

    @Test
    void theSentenceIsInTheInterfaceLanguage() {
        SegmentBuilderModel chinese = new SegmentBuilderModel(Locale.CHINESE, counting, Duration.ZERO, fxQueue::add);

        chinese.open(Segment.of("s", Group.and(SHANGHAI, BOUGHT)));

        assertEquals("city等于上海 且 最近30天内做过purchase", chinese.sentenceProperty().get());
    }

    @Test
    void rfmGroupsReadByTheirNamesWhileTheSegmentKeepsTheKeys() {
        model.open(Segment.of("s", Group.and(new RfmCondition(List.of("cant_lose", "at_risk")))));

        // The default map names cant_lose "Can't lose them" and at_risk "At risk".
        assertEquals("RFM group is Can't lose them or At risk", model.sentenceProperty().get());
        assertEquals(List.of("cant_lose", "at_risk"),
                ((RfmCondition) ((Group) model.segment().condition()).conditions().get(0)).groups());
    }

    @Test
    void modifiedFollowsTheDifferenceFromWhatWasOpenedOrSaved() {
        model.open(Segment.of("s", Group.and(SHANGHAI)));
        assertFalse(model.modifiedProperty().get());

        model.add(BOUGHT);
        assertTrue(model.modifiedProperty().get());
        model.undo();
        assertFalse(model.modifiedProperty().get());

        model.descriptionProperty().set("Shanghai");
        assertTrue(model.modifiedProperty().get());
        model.saved(model.segment());
        assertFalse(model.modifiedProperty().get());
        assertEquals("s", model.savedNameProperty().get());
    }

    @Test
    void aCountArrivesForTheTreeItWasMadeForWithOwnCountsAndFunnel() throws Exception {
        // The stand-in counter keeps 7 customers per condition on their own, and the funnel 10, 5.
        model.counterProperty().set((segment, token) -> new Evaluation(bits(5), 10,
                Map.of(ConditionPath.ROOT, 5, ConditionPath.of(0), 7, ConditionPath.of(1), 7),
                Map.of(ConditionPath.ROOT, List.of(7, 5)), 0));
        model.open(Segment.of("s", Group.and(SHANGHAI, BOUGHT)));
        assertTrue(model.countingProperty().get());

        deliverLatest();

        LiveCount count = model.countProperty().get();
        assertFalse(model.countingProperty().get());
        assertTrue(count.isOf(model.rootProperty().get()));
        assertEquals(5, count.evaluation().size());
        assertEquals(7, count.ownCount(ConditionPath.of(1)).getAsInt());
        assertEquals(List.of(7, 5), count.funnel(ConditionPath.ROOT));
    }

    @Test
    void aNewerEditCancelsTheOlderCountAndOnlyTheNewestResultShows() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<CancellationToken> tokens = new java.util.concurrent.CopyOnWriteArrayList<>();
        model.open(Segment.of("s", Group.and(SHANGHAI)));
        model.counterProperty().set((segment, token) -> {
            tokens.add(token);
            int conditions = ((Group) segment.condition()).conditions().size();
            if (conditions == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            return new Evaluation(bits(conditions), 10, Map.of(), Map.of(), 0);
        });
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));

        model.add(BOUGHT);
        releaseFirst.countDown();
        deliverLatest();

        assertTrue(tokens.get(0).isCancelled());
        assertEquals(2, model.countProperty().get().evaluation().size());
        assertSame(model.rootProperty().get(), model.countProperty().get().tree());
    }

    @Test
    void aSegmentThatCannotBeCountedShowsWhy() throws Exception {
        model.counterProperty().set((segment, token) -> {
            throw new AnalysisException("Customers have no property 'city'.");
        });
        model.open(Segment.of("s", Group.and(SHANGHAI)));

        deliverLatest();

        assertNull(model.countProperty().get().evaluation());
        assertEquals("Customers have no property 'city'.", model.countProperty().get().problem());
    }

    @Test
    void aBadTimeZoneIsAProblemWithoutCounting() {
        model.counterProperty().set((segment, token) -> new Evaluation(bits(1), 1, Map.of(), Map.of(), 0));
        model.open(Segment.of("s", Group.and(SHANGHAI)));

        model.timeZoneProperty().set("Mars/Olympus");

        assertFalse(model.countingProperty().get());
        assertNotNull(model.countProperty().get().problem());
        assertTrue(model.countProperty().get().problem().contains("'Mars/Olympus' is not a time zone"));
    }

    /** Runs deliveries until the model has its count for the current tree. */
    private void deliverLatest() throws InterruptedException {
        while (model.countingProperty().get()) {
            Runnable delivery = fxQueue.poll(10, TimeUnit.SECONDS);
            assertNotNull(delivery, "no count arrived");
            delivery.run();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static BitSet bits(int count) {
        BitSet bits = new BitSet();
        bits.set(0, count);
        return bits;
    }
}
