package com.touchpoint.analysis.tags;

import com.touchpoint.analysis.audience.AnalysisException;

import java.util.List;
import java.util.Map;

/**
 * The analyst's tag rules and the decay shared by them. A behaviour {@code Δt} days before the reference time adds
 * {@code behaviour weight × e^(−λ·Δt) × channel weight} to its tag, with {@code λ = ln 2 / halfLifeDays}: a behaviour
 * one half-life old counts half. Defaults: a half-life of {@value #DEFAULT_HALF_LIFE_DAYS} days, and weight 1 for
 * every channel not listed in {@code channelWeights}.
 */
public record TagSettings(Double halfLifeDays, Map<String, Double> channelWeights, List<TagRule> rules) {

    public static final double DEFAULT_HALF_LIFE_DAYS = 30;

    public TagSettings {
        halfLifeDays = halfLifeDays == null ? DEFAULT_HALF_LIFE_DAYS : halfLifeDays;
        if (!(halfLifeDays > 0) || halfLifeDays.isInfinite()) {
            throw new AnalysisException("The tag half-life must be a positive number of days, not " + halfLifeDays
                    + ".");
        }
        channelWeights = channelWeights == null ? Map.of() : Map.copyOf(channelWeights);
        channelWeights.forEach((channel, weight) -> {
            if (!(weight >= 0) || weight.isInfinite()) {
                throw new AnalysisException("Channel " + channel + " has the weight " + weight
                        + "; channel weights are numbers of 0 or more.");
            }
        });
        rules = rules == null ? List.of() : List.copyOf(rules);
        if (rules.stream().map(TagRule::name).distinct().count() != rules.size()) {
            throw new AnalysisException("Two tag rules share a name; give each tag its own name.");
        }
    }

    /** λ per day. */
    public double decayPerDay() {
        return Math.log(2) / halfLifeDays;
    }

    public double channelWeight(String channel) {
        return channel == null ? 1.0 : channelWeights.getOrDefault(channel, 1.0);
    }
}
