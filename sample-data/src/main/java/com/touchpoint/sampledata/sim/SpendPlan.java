package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.world.AdCampaign;
import java.util.SplittableRandom;

/**
 * How much each paid campaign spends each day: its base spend per 1,000 people, times a budget level that changes
 * every two weeks (one of {@link #LEVELS}), times day-to-day noise (log-normal, sigma {@link #DAILY_SIGMA}). The
 * wide spread of spend is what lets a curve fit recover the planted exponent.
 */
public final class SpendPlan {

    public static final double[] LEVELS = {0.4, 0.7, 1.0, 1.4, 2.0};
    public static final int BLOCK_DAYS = 14;
    public static final double DAILY_SIGMA = 0.2;

    private final long seed;
    private final double thousands;

    /** @param users population size; spend and clicks scale with it */
    public SpendPlan(long seed, int users) {
        this.seed = seed;
        this.thousands = users / 1000.0;
    }

    /** A campaign's day: spend in cents, impressions and clicks. */
    public record Outcome(long costCents, long impressions, int clicks) {
    }

    /** The spend and its response for campaign number {@code campaignIndex} on day {@code day} of the window. */
    public Outcome day(int campaignIndex, AdCampaign campaign, int day) {
        SplittableRandom block = Randoms.stream(seed, "budget-" + campaign.name(), day / BLOCK_DAYS);
        double level = LEVELS[block.nextInt(LEVELS.length)];
        SplittableRandom rng = Randoms.stream(seed, "spend", (long) day * 64 + campaignIndex);
        double spend = campaign.baseSpend() * thousands * level * Randoms.logNormal(rng, DAILY_SIGMA);
        long costCents = Math.max(1, Math.round(spend * 100));
        double yuan = costCents / 100.0;
        int clicks = Randoms.poisson(rng, campaign.expectedClicks(yuan, thousands));
        long impressions = Math.max(clicks, Randoms.poisson(rng, yuan / campaign.cpm() * 1000));
        return new Outcome(costCents, impressions, clicks);
    }
}
