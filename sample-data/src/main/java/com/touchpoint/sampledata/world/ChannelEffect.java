package com.touchpoint.sampledata.world;

/**
 * The planted effect of one channel's touch on a person's purchase hazard.
 *
 * @param channel             the channel
 * @param touch               which event counts as the touch (for example "ad_click", "click", "sent")
 * @param onlineUplift        added to the online hazard multiplier right after the touch
 * @param storeUplift         added to the store hazard multiplier right after the touch
 * @param halfLifeDays        the uplift halves every this many days
 * @param immediateConversion chance that the touch's own session ends in an online purchase
 */
public record ChannelEffect(Channel channel, String touch, double onlineUplift, double storeUplift,
                            double halfLifeDays, double immediateConversion) {

    /** Weight of a touch {@code ageDays} old: 0.5^(age / half-life). */
    public double weight(double ageDays) {
        return Math.pow(0.5, ageDays / halfLifeDays);
    }
}
