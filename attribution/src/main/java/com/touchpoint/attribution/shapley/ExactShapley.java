package com.touchpoint.attribution.shapley;

/**
 * Exact Shapley values by enumerating coalitions:
 * φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)), in O(n · 2^n) time.
 */
public final class ExactShapley {
    private ExactShapley() {
    }

    public static double[] values(CoalitionGame game) {
        int players = game.players();
        double[] worth = game.tabulate();
        double[] weight = coalitionWeights(players);
        double[] values = new double[players];
        for (int player = 0; player < players; player++) {
            int bit = 1 << player;
            double sum = 0;
            // Both worth[coalition] and worth[coalition | bit] are read in order, which keeps the loop in cache.
            for (int coalition = 0; coalition < worth.length; coalition++) {
                if ((coalition & bit) == 0) {
                    sum += weight[Integer.bitCount(coalition)] * (worth[coalition | bit] - worth[coalition]);
                }
            }
            values[player] = sum;
        }
        return values;
    }

    /**
     * w(s) = s! (n − s − 1)! / n! for s = 0 … n − 1: the probability that a given player joins a random ordering
     * right after one particular coalition of s others.
     */
    static double[] coalitionWeights(int players) {
        double[] weight = new double[players];
        weight[0] = 1.0 / players;
        for (int size = 0; size + 1 < players; size++) {
            weight[size + 1] = weight[size] * (size + 1) / (players - 1 - size);
        }
        return weight;
    }
}
