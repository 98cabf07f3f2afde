package com.touchpoint.attribution.markov;

import com.touchpoint.attribution.model.AttributionResult;
import com.touchpoint.attribution.model.ChannelCredit;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The outcome of {@link MarkovChainModel#analyse}: the chain, removal effects and credits. */
public final class MarkovAnalysis {
    private final MarkovChain chain;
    private final String solver;
    private final double conversionProbability;
    private final double[] withoutChannel;
    private final double[] removalEffects;
    private final AttributionResult attribution;

    MarkovAnalysis(MarkovChain chain, String solver, double conversionProbability, double[] withoutChannel,
                   double[] removalEffects, AttributionResult attribution) {
        this.chain = chain;
        this.solver = solver;
        this.conversionProbability = conversionProbability;
        this.withoutChannel = withoutChannel;
        this.removalEffects = removalEffects;
        this.attribution = attribution;
    }

    public int order() {
        return chain.order();
    }

    /** Number of states including start, conversion and null. */
    public int stateCount() {
        return chain.stateCount();
    }

    /** "DENSE_LU" for small chains, "GAUSS_SEIDEL" above {@value AbsorptionSolver#DENSE_STATE_LIMIT} states. */
    public String solver() {
        return solver;
    }

    /** The probability that a journey from start ends in a conversion. */
    public double conversionProbability() {
        return conversionProbability;
    }

    /** 1 − P(conversion without the channel) / P(conversion). */
    public double removalEffect(String channel) {
        return removalEffects[attribution.indexOf(channel)];
    }

    public double conversionProbabilityWithout(String channel) {
        return withoutChannel[attribution.indexOf(channel)];
    }

    public AttributionResult attribution() {
        return attribution;
    }

    /** One row per observed transition: from, to, transitions (weighted count), probability. */
    public Table transitionTable() {
        StringColumn from = StringColumn.create("from");
        StringColumn to = StringColumn.create("to");
        DoubleColumn transitions = DoubleColumn.create("transitions");
        DoubleColumn probability = DoubleColumn.create("probability");
        for (int s = 0; s < chain.stateCount(); s++) {
            for (int t = chain.rowStart(s); t < chain.rowEnd(s); t++) {
                from.append(chain.label(s));
                to.append(chain.label(chain.target(t)));
                transitions.append(chain.count(t));
                probability.append(chain.probability(t));
            }
        }
        return Table.create("Transitions, " + attribution.model(), from, to, transitions, probability);
    }

    /** Channel, conversion probability without it, removal effect, and the credits that follow. */
    public Table removalEffectTable() {
        StringColumn channel = StringColumn.create("channel");
        DoubleColumn without = DoubleColumn.create("conversion probability without");
        DoubleColumn effect = DoubleColumn.create("removal effect");
        DoubleColumn share = DoubleColumn.create("share");
        DoubleColumn conversions = DoubleColumn.create("conversions");
        DoubleColumn value = DoubleColumn.create("value");
        for (int c = 0; c < removalEffects.length; c++) {
            ChannelCredit credit = attribution.credits().get(c);
            channel.append(credit.channel());
            without.append(withoutChannel[c]);
            effect.append(removalEffects[c]);
            share.append(credit.share());
            conversions.append(credit.conversions());
            value.append(credit.value());
        }
        return Table.create("Removal effects, " + attribution.model(),
                channel, without, effect, share, conversions, value);
    }
}
