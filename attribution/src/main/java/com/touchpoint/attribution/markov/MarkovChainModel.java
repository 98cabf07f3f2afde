package com.touchpoint.attribution.markov;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.AttributionResult;

/**
 * Markov-chain attribution by removal effect. The chain of order k (1–4) is estimated from converting and
 * non-converting journeys; a channel's removal effect is 1 − P(conversion without the channel) / P(conversion),
 * where removing a channel turns every state holding it into a dead end. Probabilities are absorption
 * probabilities solved exactly (see {@link MarkovAnalysis#solver()}); credits are the removal effects normalised
 * to sum to 1, times the total conversions and value.
 */
public final class MarkovChainModel implements AttributionModel {
    public static final int MAX_ORDER = 4;
    private final int order;

    /** First order: the next step depends on the current channel only. */
    public MarkovChainModel() {
        this(1);
    }

    public MarkovChainModel(int order) {
        if (order < 1 || order > MAX_ORDER) {
            throw new IllegalArgumentException("The Markov order must be 1 to " + MAX_ORDER + "; got " + order);
        }
        this.order = order;
    }

    @Override
    public String name() {
        return "Markov order " + order;
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        return analyse(journeys).attribution();
    }

    /** The chain, its conversion probability, the removal effects and the credits. */
    public MarkovAnalysis analyse(JourneySet journeys) {
        MarkovChain chain = MarkovChain.of(journeys, order);
        AbsorptionSolver solver = AbsorptionSolver.forStates(chain.stateCount());
        boolean[] removed = new boolean[chain.stateCount()];
        double base = solver.conversionProbability(chain, removed);
        int channelCount = journeys.channels().size();
        double[] withoutChannel = new double[channelCount];
        double[] removalEffects = new double[channelCount];
        for (int channel = 0; channel < channelCount; channel++) {
            for (int state = 0; state < removed.length; state++) {
                removed[state] = chain.stateHolds(state, channel);
            }
            withoutChannel[channel] = solver.conversionProbability(chain, removed);
            removalEffects[channel] = base == 0 ? 0 : Math.max(0, 1 - withoutChannel[channel] / base);
        }
        AttributionResult attribution = AttributionResult.proportional(name(), journeys.channels(), removalEffects,
                journeys.totalConversions(), journeys.totalValue());
        return new MarkovAnalysis(chain, solver.name(), base, withoutChannel, removalEffects, attribution);
    }
}
