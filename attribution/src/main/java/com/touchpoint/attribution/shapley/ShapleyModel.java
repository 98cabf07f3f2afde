package com.touchpoint.attribution.shapley;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.model.AttributionModel;
import com.touchpoint.attribution.model.AttributionResult;

/**
 * Shapley-value attribution over channel sets. The values φ are shared out in proportion: channel credit =
 * φ_i / Σφ × total conversions (and × total value). Σφ = v(N) − v(∅) by efficiency.
 *
 * @param worth    how a channel set is valued
 * @param unseen   the worth of channel sets no journey had ({@link CoalitionWorth#RATE} only)
 * @param method   exact, sampled, or exact when possible
 * @param sampling seed, precision and cap for sampling
 */
public record ShapleyModel(CoalitionWorth worth, UnseenCoalition unseen, Method method, SamplingPlan sampling)
        implements AttributionModel {

    /** How the values are computed. */
    public enum Method {
        /** Exact when the game allows it ({@link ChannelGame#hasExactValues()}), sampled otherwise. */
        AUTO,
        EXACT,
        SAMPLED
    }

    /** Rate worth, unseen sets valued by their best seen subset, exact when possible. */
    public static ShapleyModel defaults() {
        return new ShapleyModel(CoalitionWorth.RATE, UnseenCoalition.BEST_SEEN_SUBSET, Method.AUTO,
                SamplingPlan.DEFAULT);
    }

    public ShapleyModel withWorth(CoalitionWorth worth) {
        return new ShapleyModel(worth, unseen, method, sampling);
    }

    public ShapleyModel withUnseen(UnseenCoalition unseen) {
        return new ShapleyModel(worth, unseen, method, sampling);
    }

    public ShapleyModel withMethod(Method method) {
        return new ShapleyModel(worth, unseen, method, sampling);
    }

    public ShapleyModel withSampling(SamplingPlan sampling) {
        return new ShapleyModel(worth, unseen, method, sampling);
    }

    @Override
    public String name() {
        return worth == CoalitionWorth.CONVERSIONS ? "Shapley (conversions)" : "Shapley (rate)";
    }

    @Override
    public AttributionResult attribute(JourneySet journeys) {
        return analyse(journeys).attribution();
    }

    public ShapleyAnalysis analyse(JourneySet journeys) {
        ChannelGame game = new ChannelGame(journeys, worth, unseen);
        double totalConversions = journeys.totalConversions();
        double sum = game.worth(game.grandCoalition()) - game.worth(0);
        if (sum == 0 && totalConversions > 0) {
            throw new IllegalStateException("The Shapley values sum to v(all channels) = 0: no journey touched all "
                    + game.players() + " channels together and unseen combinations are worth 0, so the values "
                    + "cannot be scaled to the conversions. Value unseen combinations by their best seen subset, "
                    + "or use the conversions worth");
        }
        ShapleyEstimate estimate = switch (method) {
            case EXACT -> ShapleyEstimate.exact(game.exactValues());
            case SAMPLED -> SampledShapley.estimate(game, sampling);
            case AUTO -> game.hasExactValues() ? ShapleyEstimate.exact(game.exactValues())
                    : SampledShapley.estimate(game, sampling);
        };
        AttributionResult attribution = AttributionResult.proportional(name(), journeys.channels(),
                estimate.values(), totalConversions, journeys.totalValue());
        return new ShapleyAnalysis(attribution, estimate, sum);
    }
}
