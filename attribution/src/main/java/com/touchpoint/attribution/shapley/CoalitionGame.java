package com.touchpoint.attribution.shapley;

/**
 * A cooperative game: players 0 … n−1 and the worth v(S) of every coalition S, a coalition being a bit mask
 * (bit i set when player i belongs to it). v(∅) is taken as given by {@link #worth}(0).
 */
public interface CoalitionGame {
    /** Games with more players than this are too large to list every coalition (2^24 doubles = 128 MB). */
    int MAX_TABULATED_PLAYERS = 24;

    int players();

    double worth(long coalition);

    /** v(S) for every S = 0 … 2^n − 1. */
    default double[] tabulate() {
        int players = players();
        requireTabulable(players);
        double[] worth = new double[1 << players];
        for (int coalition = 0; coalition < worth.length; coalition++) {
            worth[coalition] = worth(coalition);
        }
        return worth;
    }

    /**
     * Adds the players one by one in the given order and writes each player's marginal contribution
     * v(S ∪ {p}) − v(S) into {@code contributions[p]}.
     */
    default void marginalContributions(int[] order, double[] contributions) {
        long coalition = 0;
        double before = worth(0);
        for (int player : order) {
            coalition |= 1L << player;
            double after = worth(coalition);
            contributions[player] = after - before;
            before = after;
        }
    }

    /** The coalition of all players. */
    default long grandCoalition() {
        return players() == Long.SIZE ? -1L : (1L << players()) - 1;
    }

    static void requireTabulable(int players) {
        if (players > MAX_TABULATED_PLAYERS) {
            throw new IllegalArgumentException("Listing every coalition of " + players + " players needs 2^"
                    + players + " values; exact Shapley values by enumeration go up to " + MAX_TABULATED_PLAYERS
                    + " players: use sampling for more");
        }
    }
}
