package com.touchpoint.attribution.markov;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Solves x = P x with x(CONVERSION) = 1 and x(NULL) = x(removed state) = 0, giving each state's probability of
 * ending in a conversion, and returns x(START). Small chains use a dense LU solve; large ones Gauss–Seidel sweeps.
 */
enum AbsorptionSolver {
    /** commons-math3 LU decomposition of the full (states × states) system. */
    DENSE_LU {
        @Override
        double conversionProbability(MarkovChain chain, boolean[] removed) {
            int states = chain.stateCount();
            double[][] system = new double[states][states];
            double[] right = new double[states];
            for (int s = 0; s < states; s++) {
                system[s][s] = 1;
                if (!movesOn(chain, s, removed)) {
                    right[s] = s == MarkovChain.CONVERSION ? 1 : 0;
                    continue;
                }
                for (int t = chain.rowStart(s); t < chain.rowEnd(s); t++) {
                    system[s][chain.target(t)] -= chain.probability(t);
                }
            }
            return new LUDecomposition(new Array2DRowRealMatrix(system, false)).getSolver()
                    .solve(new ArrayRealVector(right, false)).getEntry(MarkovChain.START);
        }
    },
    /**
     * Gauss–Seidel sweeps over the sparse transitions, newest states first (journeys mostly move to states first
     * seen later, so this order carries values backwards in few sweeps). Starting from 0 the iterates rise
     * monotonically to the solution; sweeping stops when the estimated remaining error, last change × r / (1 − r)
     * with r the ratio of the last two changes, is below {@link #TOLERANCE}.
     */
    GAUSS_SEIDEL {
        @Override
        double conversionProbability(MarkovChain chain, boolean[] removed) {
            int states = chain.stateCount();
            double[] x = new double[states];
            x[MarkovChain.CONVERSION] = 1;
            double previousChange = Double.NaN;
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                double change = 0;
                for (int s = states - 1; s >= 0; s--) {
                    if (!movesOn(chain, s, removed)) {
                        continue;
                    }
                    double stay = 0;
                    double elsewhere = 0;
                    for (int t = chain.rowStart(s); t < chain.rowEnd(s); t++) {
                        if (chain.target(t) == s) {
                            stay += chain.probability(t);
                        } else {
                            elsewhere += chain.probability(t) * x[chain.target(t)];
                        }
                    }
                    double updated = elsewhere / (1 - stay);
                    change = Math.max(change, Math.abs(updated - x[s]));
                    x[s] = updated;
                }
                double ratio = change / previousChange;
                if (change == 0 || (ratio < 1 && change * ratio / (1 - ratio) <= TOLERANCE)) {
                    return x[MarkovChain.START];
                }
                previousChange = change;
            }
            throw new IllegalStateException("The Markov chain did not converge in " + MAX_SWEEPS
                    + " Gauss–Seidel sweeps; use a lower order or fewer channels");
        }
    };

    /** Chains with more states than this are solved iteratively. */
    static final int DENSE_STATE_LIMIT = 400;
    static final double TOLERANCE = 1e-12;
    private static final int MAX_SWEEPS = 1_000_000;

    abstract double conversionProbability(MarkovChain chain, boolean[] removed);

    static AbsorptionSolver forStates(int states) {
        return states <= DENSE_STATE_LIMIT ? DENSE_LU : GAUSS_SEIDEL;
    }

    private static boolean movesOn(MarkovChain chain, int state, boolean[] removed) {
        return chain.isTransient(state) && !removed[state];
    }
}
