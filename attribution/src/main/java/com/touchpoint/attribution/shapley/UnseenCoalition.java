package com.touchpoint.attribution.shapley;

/** The worth, under {@link CoalitionWorth#RATE}, of a channel combination no journey had. */
public enum UnseenCoalition {
    /** Worth 0. The full channel set is then usually unseen and worth 0, so the values may not be scalable. */
    ZERO,
    /** The highest conversion rate among the seen combinations that are subsets of it (0 when there is none). */
    BEST_SEEN_SUBSET
}
