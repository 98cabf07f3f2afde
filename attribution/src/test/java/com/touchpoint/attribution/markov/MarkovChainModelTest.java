package com.touchpoint.attribution.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.RandomPaths;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MarkovChainModelTest {
    private static final double EPS = 1e-12;

    /** A > B converted (value 100), B converted (value 40), A not converted. */
    private static final JourneySet THREE = JourneySet.fromPathRows(List.of(
            new PathRow("A > B", 1, 100, 0), new PathRow("B", 1, 40, 0), new PathRow("A", 0, 0, 1)));

    @Test
    void firstOrderRemovalEffectsWorkedByHand() {
        // Transitions: start→A 2, start→B 1; A→B 1, A→null 1; B→conversion 2.
        // P(conversion) = 2/3 · 1/2 · 1 + 1/3 · 1 = 2/3.
        // Without A (start→A leads to null): P = 1/3, removal effect 1 − (1/3)/(2/3) = 1/2.
        // Without B: nothing reaches conversion, P = 0, removal effect 1.
        // Normalised 1/2 : 1 → A 1/3, B 2/3 of 2 conversions and 140 value.
        MarkovAnalysis analysis = new MarkovChainModel(1).analyse(THREE);

        assertEquals(2.0 / 3, analysis.conversionProbability(), EPS);
        assertEquals(1.0 / 3, analysis.conversionProbabilityWithout("A"), EPS);
        assertEquals(0.5, analysis.removalEffect("A"), EPS);
        assertEquals(1.0, analysis.removalEffect("B"), EPS);
        assertEquals(2.0 / 3, analysis.attribution().credit("A").conversions(), EPS);
        assertEquals(4.0 / 3, analysis.attribution().credit("B").conversions(), EPS);
        assertEquals(140.0 / 3, analysis.attribution().credit("A").value(), 1e-9);
        assertEquals("DENSE_LU", analysis.solver());
        assertEquals(5, analysis.stateCount(), "start, conversion, null, A, B");
    }

    @Test
    void transitionTableListsCountsAndProbabilities() {
        Table table = new MarkovChainModel().analyse(THREE).transitionTable();
        assertEquals(5, table.rowCount());
        assertRow(table, "(start)", "A", 2, 2.0 / 3);
        assertRow(table, "(start)", "B", 1, 1.0 / 3);
        assertRow(table, "A", "B", 1, 0.5);
        assertRow(table, "A", "(null)", 1, 0.5);
        assertRow(table, "B", "(conversion)", 2, 1);
    }

    @Test
    void removalEffectTableHasOneRowPerChannel() {
        Table table = new MarkovChainModel().analyse(THREE).removalEffectTable();
        assertEquals(List.of("A", "B"), table.stringColumn("channel").asList());
        assertEquals(0.5, table.doubleColumn("removal effect").get(0), EPS);
        assertEquals(1.0 / 3, table.doubleColumn("share").get(0), EPS);
    }

    @Test
    void secondOrderSeesWhichChannelCameBefore() {
        // A > C converted, B > C not. First order: C→conversion 1/2, C→null 1/2, P = 1/2.
        //   Without A: only start→B→C→conversion = 1/2 · 1/2 = 1/4, effect 1/2; B likewise 1/2; C: 1.
        //   Normalised 1/2 : 1/2 : 1 → A 1/4, B 1/4, C 1/2.
        // Second order: states (start)>A, (start)>B, A>C (always converts), B>C (never). P = 1/2.
        //   Without A: P = 0, effect 1. Without B: P = 1/2, effect 0. Without C: effect 1 → A 1/2, B 0, C 1/2.
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A > C", 1, 0, 0), new PathRow("B > C", 0, 0, 1)));

        MarkovAnalysis first = new MarkovChainModel(1).analyse(set);
        assertEquals(0.25, first.attribution().credit("A").conversions(), EPS);
        assertEquals(0.25, first.attribution().credit("B").conversions(), EPS);
        assertEquals(0.5, first.attribution().credit("C").conversions(), EPS);

        MarkovAnalysis second = new MarkovChainModel(2).analyse(set);
        assertEquals(0.5, second.conversionProbability(), EPS);
        assertEquals(1, second.removalEffect("A"), EPS);
        assertEquals(0, second.removalEffect("B"), EPS);
        assertEquals(0.5, second.attribution().credit("A").conversions(), EPS);
        assertEquals(0, second.attribution().credit("B").conversions(), EPS);
        assertRow(second.transitionTable(), "(start) > A", "A > C", 1, 1);
        assertRow(second.transitionTable(), "B > C", "(null)", 1, 1);
    }

    @Test
    void repeatedTouchesBecomeSelfLoopsSolvedExactly() {
        // A > A converted, A not: start→A 2; A→A 1, A→conversion 1, A→null 1.
        // x(A) = 1/3 x(A) + 1/3 → x(A) = 1/2, the observed rate.
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A > A", 1, 0, 0), new PathRow("A", 0, 0, 1)));
        MarkovChain chain = MarkovChain.of(set, 1);
        boolean[] none = new boolean[chain.stateCount()];
        assertEquals(0.5, AbsorptionSolver.DENSE_LU.conversionProbability(chain, none), EPS);
        assertEquals(0.5, AbsorptionSolver.GAUSS_SEIDEL.conversionProbability(chain, none), 1e-11);
    }

    @Test
    void iterativeAndDenseSolversAgreeOnALoopyThirdOrderChain() {
        JourneySet set = RandomPaths.journeys(7, 6, 400);
        MarkovChain chain = MarkovChain.of(set, 3);
        assertTrue(chain.stateCount() > 100, "a chain with many states: " + chain.stateCount());
        for (int channel = -1; channel < set.channels().size(); channel++) {
            boolean[] removed = new boolean[chain.stateCount()];
            for (int state = 0; state < removed.length; state++) {
                removed[state] = channel >= 0 && chain.stateHolds(state, channel);
            }
            assertEquals(AbsorptionSolver.DENSE_LU.conversionProbability(chain, removed),
                    AbsorptionSolver.GAUSS_SEIDEL.conversionProbability(chain, removed), 1e-10,
                    "without channel " + channel);
        }
    }

    @Test
    void creditsAddUpToTheTotalsAtEveryOrder() {
        JourneySet set = RandomPaths.journeys(11, 5, 300);
        for (int order = 1; order <= MarkovChainModel.MAX_ORDER; order++) {
            MarkovAnalysis analysis = new MarkovChainModel(order).analyse(set);
            double conversions = analysis.attribution().credits().stream().mapToDouble(c -> c.conversions()).sum();
            assertEquals(set.totalConversions(), conversions, 1e-9, "order " + order);
            // On its own data the fitted chain reproduces the observed conversion rate.
            assertEquals(set.totalConversions() / (set.totalConversions() + set.totalNonConversions()),
                    analysis.conversionProbability(), 1e-9, "order " + order);
        }
    }

    @Test
    void orderOutsideOneToFourIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MarkovChainModel(0));
        assertThrows(IllegalArgumentException.class, () -> new MarkovChainModel(5));
    }

    private static void assertRow(Table table, String from, String to, double transitions, double probability) {
        for (int row = 0; row < table.rowCount(); row++) {
            if (table.stringColumn("from").get(row).equals(from) && table.stringColumn("to").get(row).equals(to)) {
                assertEquals(transitions, table.doubleColumn("transitions").get(row), EPS);
                assertEquals(probability, table.doubleColumn("probability").get(row), EPS);
                return;
            }
        }
        throw new AssertionError("no transition " + from + " → " + to + " in\n" + table.print());
    }
}
