package com.touchpoint.sampledata.world;

import java.util.List;

/**
 * A paid campaign and its planted response curve. Per 1,000 simulated people and day,
 * expected clicks = a * spend^b (spend in yuan), so doubling spend multiplies clicks by 2^b.
 *
 * @param name            campaign name as written in spend files and utm_campaign
 * @param channel         search, feed or social
 * @param a               curve scale: expected clicks per 1,000 people at a spend of 1 yuan per 1,000 people
 * @param b               curve exponent (below 1: diminishing returns)
 * @param baseSpend       typical daily spend in yuan per 1,000 people
 * @param cpm             yuan per 1,000 impressions (impressions are proportional to spend)
 */
public record AdCampaign(String name, Channel channel, double a, double b, double baseSpend, double cpm) {

    private static final List<AdCampaign> ALL = List.of(
            new AdCampaign("search_brand_tea", Channel.SEARCH, 0.40, 0.55, 10.0, 45.0),
            new AdCampaign("search_generic_gift", Channel.SEARCH, 0.18, 0.70, 12.0, 35.0),
            new AdCampaign("feed_douyin_autumn", Channel.FEED, 0.45, 0.50, 14.0, 22.0),
            new AdCampaign("feed_toutiao_teaware", Channel.FEED, 0.28, 0.60, 10.0, 20.0),
            new AdCampaign("social_xhs_kol", Channel.SOCIAL, 0.45, 0.45, 12.0, 30.0),
            new AdCampaign("social_weibo_mooncake", Channel.SOCIAL, 0.30, 0.50, 9.0, 28.0));

    /** All paid campaigns, searched, fed and social. */
    public static List<AdCampaign> all() {
        return ALL;
    }

    /** Expected clicks for a day's spend, for a population of {@code thousands} * 1,000 people. */
    public double expectedClicks(double spend, double thousands) {
        return thousands * a * Math.pow(spend / thousands, b);
    }
}
