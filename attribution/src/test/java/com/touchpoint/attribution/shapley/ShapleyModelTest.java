package com.touchpoint.attribution.shapley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.attribution.RandomPaths;
import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import com.touchpoint.attribution.model.AttributionResult;
import com.touchpoint.attribution.shapley.ShapleyModel.Method;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Journeys: A conv 1 / null 3 → rate(A) = 1/4; B 1 / 1 → rate(B) = 1/2; A > B > A 3 / 1 → rate(AB) = 3/4 (repeats
 * collapse to the set {A, B}); C 0 / 2 → rate(C) = 0; C > A 1 / 1 → rate(AC) = 1/2; B > C > A 1 / 0 → rate(ABC) = 1.
 * {B, C} is never seen. 7 conversions, value 70 (10 per conversion).
 */
class ShapleyModelTest {
    private static final double EPS = 1e-12;
    private static final JourneySet SIX = JourneySet.fromPathRows(List.of(
            new PathRow("A", 1, 10, 3), new PathRow("B", 1, 10, 1), new PathRow("A > B > A", 3, 30, 1),
            new PathRow("C", 0, 0, 2), new PathRow("C > A", 1, 10, 1), new PathRow("B > C > A", 1, 10, 0)));

    @Test
    void rateWorthWithUnseenWorthZeroWorkedByHand() {
        // n = 3 weights: |S| = 0 → 1/3, 1 → 1/6, 2 → 1/3; v(BC) = 0.
        // φ_A = (1/4)/3 + (3/4 − 1/2)/6 + (1/2 − 0)/6 + (1 − 0)/3 = 2/24 + 1/24 + 2/24 + 8/24 = 13/24
        // φ_B = (1/2)/3 + (3/4 − 1/4)/6 + (0 − 0)/6 + (1 − 1/2)/3 = 4/24 + 2/24 + 0 + 4/24 = 10/24
        // φ_C = 0/3 + (1/2 − 1/4)/6 + (0 − 1/2)/6 + (1 − 3/4)/3 = 1/24 − 2/24 + 2/24 = 1/24
        // Sum 1 = v(ABC); credits = φ × 7 conversions, × 70 value.
        ShapleyAnalysis analysis = ShapleyModel.defaults().withUnseen(UnseenCoalition.ZERO).analyse(SIX);
        assertArrayEquals(new double[] {13.0 / 24, 10.0 / 24, 1.0 / 24}, analysis.estimate().values(), EPS);
        assertEquals(1, analysis.valueSum(), EPS);
        assertEquals(7 * 13.0 / 24, analysis.attribution().credit("A").conversions(), EPS);
        assertEquals(70 * 10.0 / 24, analysis.attribution().credit("B").value(), 1e-10);
    }

    @Test
    void rateWorthWithBestSeenSubsetWorkedByHand() {
        // As above but v(BC) = max(rate(B), rate(C)) = 1/2.
        // φ_A = 2/24 + 1/24 + 2/24 + (1 − 1/2)/3 = 9/24
        // φ_B = 4/24 + 2/24 + (1/2 − 0)/6 + 4/24 = 12/24
        // φ_C = 0 + 1/24 + (1/2 − 1/2)/6 + 2/24 = 3/24
        // Credits of 7 conversions: A 2.625, B 3.5, C 0.875.
        AttributionResult result = ShapleyModel.defaults().attribute(SIX);
        assertEquals(2.625, result.credit("A").conversions(), EPS);
        assertEquals(3.5, result.credit("B").conversions(), EPS);
        assertEquals(0.875, result.credit("C").conversions(), EPS);
        assertEquals(35, result.credit("B").value(), 1e-10);
        assertEquals(0.5, result.credit("B").share(), EPS);
    }

    @Test
    void conversionsWorthIsTheSimplifiedShapleyOfZhao() {
        // φ_i = Σ over seen sets T ∋ i of conversions(T) / |T|:
        // A: {A} 1 + {A,B} 3/2 + {A,C} 1/2 + {A,B,C} 1/3 = 10/3; B: 1 + 3/2 + 1/3 = 17/6; C: 0 + 1/2 + 1/3 = 5/6.
        ShapleyAnalysis analysis = ShapleyModel.defaults().withWorth(CoalitionWorth.CONVERSIONS).analyse(SIX);
        assertArrayEquals(new double[] {10.0 / 3, 17.0 / 6, 5.0 / 6}, analysis.estimate().values(), EPS);
        assertEquals(10.0 / 3, analysis.attribution().credit("A").conversions(), EPS);
        assertEquals(7, analysis.valueSum(), EPS);
    }

    @Test
    void unscalableRateGameIsRefusedWithAdvice() {
        // Without B > C > A no journey has all three channels: v(ABC) = 0 when unseen sets are worth 0.
        JourneySet set = JourneySet.fromPathRows(List.of(new PathRow("A", 1, 0, 1), new PathRow("B > C", 1, 0, 0)));
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> ShapleyModel.defaults().withUnseen(UnseenCoalition.ZERO).analyse(set));
        assertTrue(error.getMessage().contains("best seen subset"), error.getMessage());
    }

    @Test
    void orderedShapleySplitsTheSimplifiedValueByEntryPosition() {
        // Distinct channels in order of first touch: A (1) → A 1st +1; B (1) → B 1st +1; A > B > A (3) → A 1st
        // +1.5, B 2nd +1.5; C > A (1) → C 1st +0.5, A 2nd +0.5; B > C > A (1) → B 1st, C 2nd, A 3rd +1/3 each.
        OrderedShapleyAnalysis analysis = new OrderedShapleyModel().analyse(SIX);
        assertEquals(2.5, analysis.conversions("A", 1), EPS);
        assertEquals(0.5, analysis.conversions("A", 2), EPS);
        assertEquals(1.0 / 3, analysis.conversions("A", 3), EPS);
        assertEquals(4.0 / 3, analysis.conversions("B", 1), EPS);
        assertEquals(1.5, analysis.conversions("B", 2), EPS);
        assertEquals(0, analysis.conversions("B", 3), EPS);
        assertEquals(1.0 / 3, analysis.conversions("C", 2), EPS);
        // Totals over positions equal the simplified Shapley values.
        assertEquals(10.0 / 3, analysis.attribution().credit("A").conversions(), EPS);
        assertEquals(17.0 / 6, analysis.attribution().credit("B").conversions(), EPS);
        Table table = analysis.toTable();
        assertEquals(List.of("channel", "1st", "2nd", "3rd", "total"), table.columnNames());
        assertEquals(5.0 / 6, table.doubleColumn("total").get(2), EPS);
    }

    @Test
    void sparseExactFormulasMatchFullEnumeration() {
        JourneySet set = RandomPaths.journeys(21, 8, 120);
        for (CoalitionWorth worth : CoalitionWorth.values()) {
            for (UnseenCoalition unseen : UnseenCoalition.values()) {
                ChannelGame game = new ChannelGame(set, worth, unseen);
                assertArrayEquals(ExactShapley.values(game), game.exactValues(), 1e-10, worth + ", " + unseen);
                assertArrayEquals(BruteForceShapley.values(game), game.exactValues(), 1e-10, worth + ", " + unseen);
            }
        }
    }

    @Test
    void fastTabulationAndPermutationWalkAgreeWithTheWorthFunction() {
        JourneySet set = RandomPaths.journeys(22, 7, 80);
        SplittableRandom random = new SplittableRandom(3);
        for (CoalitionWorth worth : CoalitionWorth.values()) {
            for (UnseenCoalition unseen : UnseenCoalition.values()) {
                ChannelGame game = new ChannelGame(set, worth, unseen);
                CoalitionGame plain = plain(game);
                assertArrayEquals(plain.tabulate(), game.tabulate(), 1e-12, worth + ", " + unseen);
                int[] order = {4, 0, 6, 2, 1, 5, 3};
                for (int trial = 0; trial < 20; trial++) {
                    for (int i = order.length - 1; i > 0; i--) {
                        int j = random.nextInt(i + 1);
                        int keep = order[i];
                        order[i] = order[j];
                        order[j] = keep;
                    }
                    double[] fast = new double[7];
                    double[] slow = new double[7];
                    game.marginalContributions(order, fast);
                    plain.marginalContributions(order, slow);
                    assertArrayEquals(slow, fast, 1e-12, worth + ", " + unseen);
                }
            }
        }
    }

    @Test
    void sampledValuesLieWithinThreeStandardErrorsOfExactOnTenChannels() {
        JourneySet set = RandomPaths.journeys(23, 10, 400);
        for (CoalitionWorth worth : CoalitionWorth.values()) {
            ChannelGame game = new ChannelGame(set, worth, UnseenCoalition.BEST_SEEN_SUBSET);
            double[] exact = game.exactValues();
            ShapleyEstimate sampled = SampledShapley.estimate(game, new SamplingPlan(99, 0.002, 20_000));
            assertTrue(sampled.permutations() > 0);
            for (int p = 0; p < exact.length; p++) {
                double error = Math.abs(sampled.values()[p] - exact[p]);
                assertTrue(error <= 3 * sampled.standardErrors()[p] + 1e-9, worth + " channel " + p + ": sampled "
                        + sampled.values()[p] + " exact " + exact[p] + " se " + sampled.standardErrors()[p]);
            }
            // Every ordering's contributions add up to v(N) − v(∅), so the estimates do too.
            double sum = 0;
            for (double value : sampled.values()) {
                sum += value;
            }
            assertEquals(game.worth(game.grandCoalition()), sum, 1e-9);
        }
    }

    @Test
    void samplingStopsAtThePrecisionOrAtTheCap() {
        ChannelGame game = new ChannelGame(RandomPaths.journeys(24, 10, 200), CoalitionWorth.CONVERSIONS,
                UnseenCoalition.ZERO);
        double total = game.worth(game.grandCoalition());
        ShapleyEstimate loose = SampledShapley.estimate(game, new SamplingPlan(1, 0.01, 100_000));
        assertTrue(loose.precisionReached());
        assertTrue(loose.permutations() < 100_000);
        assertEquals(0, loose.permutations() % SampledShapley.CHECK_EVERY);
        for (double error : loose.standardErrors()) {
            assertTrue(error <= 0.01 * total);
        }

        ShapleyEstimate capped = SampledShapley.estimate(game, new SamplingPlan(1, 1e-9, 250));
        assertFalse(capped.precisionReached());
        assertEquals(250, capped.permutations());

        ShapleyEstimate again = SampledShapley.estimate(game, new SamplingPlan(1, 1e-9, 250));
        assertArrayEquals(capped.values(), again.values(), 0, "the same seed gives the same sample");
    }

    @Test
    void sampledModelReportsStandardErrorsInItsTable() {
        ShapleyAnalysis analysis = ShapleyModel.defaults().withMethod(Method.SAMPLED)
                .withSampling(new SamplingPlan(5, 0.001, 2_000)).analyse(SIX);
        Table table = analysis.toTable();
        assertEquals(List.of("channel", "conversions", "value", "share", "shapley value",
                "conversions standard error"), table.columnNames());
        // The exact credits (2.625, 3.5, 0.875) lie within 3 standard errors. B's marginal contribution is 1/2
        // in every ordering (1/2 − 0, 3/4 − 1/4, 1/2 − 0, 1 − 1/2), so its standard error is 0.
        double[] exact = {2.625, 3.5, 0.875};
        for (int c = 0; c < 3; c++) {
            assertTrue(Math.abs(table.doubleColumn("conversions").get(c) - exact[c])
                    <= 3 * analysis.conversionsStandardError(c) + 1e-9);
        }
        assertEquals(0, analysis.conversionsStandardError(1));
        assertEquals(5, ShapleyModel.defaults().analyse(SIX).toTable().columnCount(), "exact: no error column");
    }

    @Test
    void exactMethodRefusesBestSubsetRatesBeyondEnumeration() {
        StringBuilder path = new StringBuilder("c0");
        for (int c = 1; c < 26; c++) {
            path.append(" > c").append(c);
        }
        JourneySet wide = JourneySet.fromPathRows(List.of(new PathRow(path.toString(), 1, 0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> ShapleyModel.defaults().withMethod(Method.EXACT).analyse(wide));
        // AUTO falls back to sampling. Only the full set is seen (rate 1/2), so a channel contributes 1/2 when it
        // comes last: exactly 1/26 of the conversion each. The sample estimates that share; the largest of 26
        // deviations is allowed 4 standard errors (a false alarm is then below 0.2 %).
        ShapleyAnalysis auto = ShapleyModel.defaults().analyse(wide);
        assertFalse(auto.estimate().exact());
        double sum = 0;
        for (int c = 0; c < 26; c++) {
            double credit = auto.attribution().credits().get(c).conversions();
            sum += credit;
            assertTrue(Math.abs(credit - 1.0 / 26) <= 4 * auto.conversionsStandardError(c), "c" + c + ": " + credit);
        }
        assertEquals(1, sum, 1e-9);
    }

    private static CoalitionGame plain(CoalitionGame game) {
        return new CoalitionGame() {
            @Override
            public int players() {
                return game.players();
            }

            @Override
            public double worth(long coalition) {
                return game.worth(coalition);
            }
        };
    }
}
