package com.touchpoint.attribution.shapley;

/** The Shapley value by its definition: the average marginal contribution over all n! orderings. */
final class BruteForceShapley {
    private BruteForceShapley() {
    }

    static double[] values(CoalitionGame game) {
        int players = game.players();
        int[] order = new int[players];
        for (int p = 0; p < players; p++) {
            order[p] = p;
        }
        double[] sums = new double[players];
        long permutations = 0;
        do {
            long coalition = 0;
            for (int player : order) {
                sums[player] += game.worth(coalition | (1L << player)) - game.worth(coalition);
                coalition |= 1L << player;
            }
            permutations++;
        } while (nextPermutation(order));
        for (int p = 0; p < players; p++) {
            sums[p] /= permutations;
        }
        return sums;
    }

    private static boolean nextPermutation(int[] order) {
        int i = order.length - 2;
        while (i >= 0 && order[i] >= order[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = order.length - 1;
        while (order[j] <= order[i]) {
            j--;
        }
        swap(order, i, j);
        for (int a = i + 1, b = order.length - 1; a < b; a++, b--) {
            swap(order, a, b);
        }
        return true;
    }

    private static void swap(int[] order, int i, int j) {
        int keep = order[i];
        order[i] = order[j];
        order[j] = keep;
    }
}
