package com.touchpoint.attribution.service;

import com.touchpoint.attribution.markov.MarkovChainModel;
import com.touchpoint.attribution.model.LastNonDirectModel;
import com.touchpoint.attribution.model.TimeDecayModel;
import com.touchpoint.attribution.shapley.CoalitionWorth;
import com.touchpoint.attribution.shapley.SamplingPlan;
import com.touchpoint.attribution.shapley.ShapleyModel;
import com.touchpoint.attribution.shapley.UnseenCoalition;

import java.time.Duration;
import java.util.Objects;

/**
 * The parameters of the models (see attribution/MODELS.md): time-decay half-life, position-based shares, the
 * channel last-non-direct skips, Markov order, and how Shapley values a channel set and computes the values.
 *
 * @param directChannel the channel of direct (organic) visits that last-non-direct passes over; conversions without
 *                      any touch are on {@code (direct)} and keep their credit whatever this is
 */
public record ModelSettings(Duration halfLife, PositionShares position, String directChannel, int markovOrder,
                            CoalitionWorth shapleyWorth, UnseenCoalition shapleyUnseen,
                            ShapleyModel.Method shapleyMethod, SamplingPlan sampling) {

    public static final String DEFAULT_DIRECT_CHANNEL = "direct";

    public ModelSettings {
        Objects.requireNonNull(position, "position shares");
        Objects.requireNonNull(shapleyWorth, "Shapley worth");
        Objects.requireNonNull(shapleyUnseen, "Shapley unseen-set rule");
        Objects.requireNonNull(shapleyMethod, "Shapley method");
        Objects.requireNonNull(sampling, "Shapley sampling plan");
        // The models check their own parameters, with messages that say what is allowed.
        new TimeDecayModel(halfLife);
        new LastNonDirectModel(directChannel);
        new MarkovChainModel(markovOrder);
    }

    /** Half-life 7 days, 40/20/40, direct channel "direct", Markov order 1, Shapley rate worth as in MODELS.md. */
    public static ModelSettings defaults() {
        ShapleyModel shapley = ShapleyModel.defaults();
        return new ModelSettings(TimeDecayModel.DEFAULT_HALF_LIFE, PositionShares.DEFAULT, DEFAULT_DIRECT_CHANNEL, 1,
                shapley.worth(), shapley.unseen(), shapley.method(), shapley.sampling());
    }

    public ModelSettings withHalfLife(Duration newHalfLife) {
        return new ModelSettings(newHalfLife, position, directChannel, markovOrder, shapleyWorth, shapleyUnseen,
                shapleyMethod, sampling);
    }

    public ModelSettings withPosition(PositionShares newPosition) {
        return new ModelSettings(halfLife, newPosition, directChannel, markovOrder, shapleyWorth, shapleyUnseen,
                shapleyMethod, sampling);
    }

    public ModelSettings withDirectChannel(String newDirectChannel) {
        return new ModelSettings(halfLife, position, newDirectChannel, markovOrder, shapleyWorth, shapleyUnseen,
                shapleyMethod, sampling);
    }

    public ModelSettings withMarkovOrder(int newOrder) {
        return new ModelSettings(halfLife, position, directChannel, newOrder, shapleyWorth, shapleyUnseen,
                shapleyMethod, sampling);
    }

    public ModelSettings withShapley(CoalitionWorth worth, UnseenCoalition unseen, ShapleyModel.Method method,
                                     SamplingPlan plan) {
        return new ModelSettings(halfLife, position, directChannel, markovOrder, worth, unseen, method, plan);
    }

    ShapleyModel shapleyModel() {
        return new ShapleyModel(shapleyWorth, shapleyUnseen, shapleyMethod, sampling);
    }
}
