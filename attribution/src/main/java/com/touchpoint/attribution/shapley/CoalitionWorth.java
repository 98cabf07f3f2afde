package com.touchpoint.attribution.shapley;

/** How a set of channels is valued in the Shapley model. */
public enum CoalitionWorth {
    /**
     * v(S) = conversion rate of the journeys whose distinct channel set is exactly S (converting ÷ all journeys);
     * coalitions never seen are valued by the {@link UnseenCoalition} rule.
     */
    RATE,
    /**
     * v(S) = conversions of the journeys whose channel set is a subset of S (Zhao et al., 2018); then
     * φ_i = Σ over seen sets T ∋ i of conversions(T) / |T|.
     */
    CONVERSIONS
}
