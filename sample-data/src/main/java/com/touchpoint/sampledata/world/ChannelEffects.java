package com.touchpoint.sampledata.world;

import java.util.List;

/**
 * The planted causal model (GROUND_TRUTH.md explains it with these numbers). Per person and day:
 * <pre>
 * hazard_online = BASE_ONLINE * propensity * (1 + A * sum_{c != social} U_online[c] * w_c + U_online[social] * w_social)
 * hazard_store  = BASE_STORE  * propensity * weekend * (1 + A * sum_{c != social} U_store[c] * w_c + U_store[social] * w_social)
 * A = 1 + SOCIAL_ASSIST * w_social,    w_c = 0.5^(days since the person's latest touch on c / half-life_c)
 * </pre>
 * plus an immediate in-session purchase with the channel's immediate-conversion chance.
 */
public final class ChannelEffects {

    /** Online purchases per person per day with no recent touch, for propensity 1. */
    public static final double BASE_ONLINE_HAZARD = 0.0025;
    /** Store purchases per person per weekday with no recent touch, for propensity 1. */
    public static final double BASE_STORE_HAZARD = 0.0030;
    /** Store hazard multiplier on Saturdays and Sundays. */
    public static final double WEEKEND_STORE_FACTOR = 1.4;
    /** How much a fresh social touch multiplies the uplift of every other channel's touch. */
    public static final double SOCIAL_ASSIST = 1.5;
    /** The store factor averaged over a week: (5 weekdays + 2 weekend days * factor) / 7. */
    public static final double WEEK_AVERAGE_STORE_FACTOR = (5 + 2 * WEEKEND_STORE_FACTOR) / 7;
    /** Ages beyond this many half-lives count as zero weight (below 0.1%). */
    public static final double NEGLIGIBLE_HALF_LIVES = 10;

    private static final List<ChannelEffect> EFFECTS = List.of(
            new ChannelEffect(Channel.SEARCH, "ad_click", 5.0, 0.8, 2.0, 0.050),
            new ChannelEffect(Channel.FEED, "ad_click", 0.6, 0.2, 1.0, 0.006),
            new ChannelEffect(Channel.SOCIAL, "ad_click", 0.25, 0.1, 3.0, 0.003),
            new ChannelEffect(Channel.EMAIL, "click", 2.5, 0.8, 1.5, 0.030),
            new ChannelEffect(Channel.SMS, "sent", 0.3, 2.5, 3.0, 0.0),
            new ChannelEffect(Channel.PUSH, "push_open", 1.5, 0.3, 1.0, 0.020));

    private ChannelEffects() {
    }

    /** Effects of the touching channels, in {@link Channel#TOUCHING} order. */
    public static List<ChannelEffect> all() {
        return EFFECTS;
    }

    /** The effect of one touching channel. */
    public static ChannelEffect of(Channel channel) {
        for (ChannelEffect effect : EFFECTS) {
            if (effect.channel() == channel) {
                return effect;
            }
        }
        throw new IllegalArgumentException(channel + " has no planted effect");
    }

    /**
     * Extra online purchases one touch causes, to first order: its immediate conversion plus the base hazard times
     * the uplift integrated over time (uplift * half-life / ln 2), for propensity 1 and no other touch around.
     */
    public static double extraOnlinePurchasesPerTouch(ChannelEffect effect) {
        return effect.immediateConversion() + BASE_ONLINE_HAZARD * effect.onlineUplift() * meanLifeDays(effect);
    }

    /** Extra store purchases one touch causes, to first order (see {@link #extraOnlinePurchasesPerTouch}). */
    public static double extraStorePurchasesPerTouch(ChannelEffect effect) {
        return BASE_STORE_HAZARD * WEEK_AVERAGE_STORE_FACTOR * effect.storeUplift() * meanLifeDays(effect);
    }

    /** The integral of 0.5^(t / half-life) over t from 0 to infinity. */
    private static double meanLifeDays(ChannelEffect effect) {
        return effect.halfLifeDays() / Math.log(2);
    }

    /**
     * Hazard multiplier given the current weight of each touching channel (indexed like {@link Channel#TOUCHING}).
     *
     * @param online true for the online hazard, false for the store hazard
     */
    public static double multiplier(double[] weights, boolean online) {
        int social = Channel.SOCIAL.ordinal();
        double assist = 1 + SOCIAL_ASSIST * weights[social];
        double others = 0;
        for (int c = 0; c < EFFECTS.size(); c++) {
            if (c != social && weights[c] > 0) {
                ChannelEffect effect = EFFECTS.get(c);
                others += (online ? effect.onlineUplift() : effect.storeUplift()) * weights[c];
            }
        }
        ChannelEffect socialEffect = EFFECTS.get(social);
        double own = (online ? socialEffect.onlineUplift() : socialEffect.storeUplift()) * weights[social];
        return 1 + assist * others + own;
    }
}
