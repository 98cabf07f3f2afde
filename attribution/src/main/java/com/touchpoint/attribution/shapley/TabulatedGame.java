package com.touchpoint.attribution.shapley;

/** A game given by the worth of every coalition, indexed by bit mask (length 2^n). */
public record TabulatedGame(double[] worths) implements CoalitionGame {
    public TabulatedGame {
        if (worths.length < 2 || Integer.bitCount(worths.length) != 1
                || Integer.numberOfTrailingZeros(worths.length) > MAX_TABULATED_PLAYERS) {
            throw new IllegalArgumentException("A tabulated game needs 2^n worths for 1 to " + MAX_TABULATED_PLAYERS
                    + " players; got " + worths.length);
        }
        worths = worths.clone();
    }

    @Override
    public int players() {
        return Integer.numberOfTrailingZeros(worths.length);
    }

    @Override
    public double worth(long coalition) {
        return worths[(int) coalition];
    }

    @Override
    public double[] tabulate() {
        return worths.clone();
    }
}
