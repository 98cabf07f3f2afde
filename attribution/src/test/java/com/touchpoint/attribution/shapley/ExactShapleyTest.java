package com.touchpoint.attribution.shapley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExactShapleyTest {
    private static final double EPS = 1e-12;

    @Test
    void twoPlayerGameWorkedByHand() {
        // v(A) = 10, v(B) = 20, v(AB) = 50. Orders AB and BA are equally likely:
        // φ_A = ½ (10 − 0) + ½ (50 − 20) = 20; φ_B = ½ (20 − 0) + ½ (50 − 10) = 30.
        double[] values = ExactShapley.values(new TabulatedGame(new double[] {0, 10, 20, 50}));
        assertArrayEquals(new double[] {20, 30}, values, EPS);
    }

    @Test
    void threePlayerGameWorkedByHand() {
        // Bits: player 1 = 1, player 2 = 2, player 3 = 4. v(1) = 12, v(2) = 6, v(3) = 0, v(12) = 24, v(13) = 18,
        // v(23) = 12, v(123) = 36. Weights for n = 3: |S| = 0 → 1/3, 1 → 1/6, 2 → 1/3.
        // φ_1 = 12/3 + (24−6)/6 + (18−0)/6 + (36−12)/3 = 4 + 3 + 3 + 8 = 18
        // φ_2 = 6/3 + (24−12)/6 + (12−0)/6 + (36−18)/3 = 2 + 2 + 2 + 6 = 12
        // φ_3 = 0/3 + (18−12)/6 + (12−6)/6 + (36−24)/3 = 0 + 1 + 1 + 4 = 6
        double[] worth = {0, 12, 6, 24, 0, 18, 12, 36};
        assertArrayEquals(new double[] {18, 12, 6}, ExactShapley.values(new TabulatedGame(worth)), EPS);
    }

    @Test
    void enumerationMatchesTheAverageOverAllOrderings() {
        Random random = new Random(1);
        for (int players = 1; players <= 7; players++) {
            CoalitionGame game = randomGame(random, players);
            assertArrayEquals(BruteForceShapley.values(game), ExactShapley.values(game), 1e-10, players + " players");
        }
    }

    @Test
    void efficiencyValuesAddUpToTheGrandCoalition() {
        Random random = new Random(2);
        for (int trial = 0; trial < 20; trial++) {
            TabulatedGame game = randomGame(random, 2 + random.nextInt(8));
            double sum = Arrays.stream(ExactShapley.values(game)).sum();
            assertEquals(game.worth(game.grandCoalition()) - game.worth(0), sum, 1e-9);
        }
    }

    @Test
    void symmetricPlayersGetTheSameValue() {
        // Make players 0 and 1 interchangeable: v(S) = v(S with 0 and 1 swapped).
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            double[] worth = randomGame(random, 6).tabulate();
            for (int s = 0; s < worth.length; s++) {
                int swapped = (s & ~3) | ((s & 1) << 1) | ((s & 2) >> 1);
                worth[swapped] = worth[s];
            }
            double[] values = ExactShapley.values(new TabulatedGame(worth));
            assertEquals(values[0], values[1], 1e-10);
            assertArrayEquals(BruteForceShapley.values(new TabulatedGame(worth)), values, 1e-10);
        }
    }

    @Test
    void nullPlayerGetsNothing() {
        // Player 2 adds nothing to any coalition: v(S ∪ {2}) = v(S).
        Random random = new Random(4);
        for (int trial = 0; trial < 20; trial++) {
            double[] worth = randomGame(random, 6).tabulate();
            for (int s = 0; s < worth.length; s++) {
                worth[s | 4] = worth[s & ~4];
            }
            double[] values = ExactShapley.values(new TabulatedGame(worth));
            assertEquals(0, values[2], 1e-10);
            assertArrayEquals(BruteForceShapley.values(new TabulatedGame(worth)), values, 1e-10);
        }
    }

    @Test
    void valueOfASumOfGamesIsTheSumOfValues() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            double[] v = randomGame(random, 6).tabulate();
            double[] w = randomGame(random, 6).tabulate();
            double[] sum = new double[v.length];
            for (int s = 0; s < v.length; s++) {
                sum[s] = v[s] + w[s];
            }
            double[] separate = ExactShapley.values(new TabulatedGame(v));
            double[] other = ExactShapley.values(new TabulatedGame(w));
            double[] together = ExactShapley.values(new TabulatedGame(sum));
            for (int p = 0; p < 6; p++) {
                assertEquals(separate[p] + other[p], together[p], 1e-10);
            }
        }
    }

    @Test
    void tooManyPlayersToTabulateIsRefusedWithAdvice() {
        CoalitionGame big = new CoalitionGame() {
            @Override
            public int players() {
                return 30;
            }

            @Override
            public double worth(long coalition) {
                return Long.bitCount(coalition);
            }
        };
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ExactShapley.values(big));
        assertEquals(true, error.getMessage().contains("use sampling"), error.getMessage());
    }

    static TabulatedGame randomGame(Random random, int players) {
        double[] worth = new double[1 << players];
        for (int s = 1; s < worth.length; s++) {
            worth[s] = random.nextDouble() * 10 - 2;
        }
        return new TabulatedGame(worth);
    }
}
