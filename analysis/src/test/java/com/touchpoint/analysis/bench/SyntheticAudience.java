package com.touchpoint.analysis.bench;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.ItemCategories;
import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeColumnBuilder;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.customers.CustomerAttributes;
import com.touchpoint.datasources.events.EventColumnsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large audience built in memory: customers 1..N with a city, a member level and points, and events spread
 * uniformly over customers and over about four months, with EventCsvGenerator's mix of event types, channels,
 * campaigns, items and revenue.
 */
final class SyntheticAudience {

    private static final String[] TYPES = {"page_view", "product_view", "add_to_cart", "purchase", "app_open",
        "push_open", "email_click", "ad_click", "ad_click", "ad_click"};
    private static final String[] CHANNELS = {"web", "web", "web", "web", "app", "push", "email", "search", "feed",
        "social"};
    private static final String[] CAMPAIGNS = {null, null, null, null, null, "push_weekly", "edm_autumn_tea",
        "search_brand_tea", "feed_douyin_autumn", "social_xhs_kol"};
    private static final int[] WEIGHTS = {380, 260, 60, 20, 150, 30, 20, 30, 30, 20};
    private static final String[] CITIES = {"上海", "北京", "杭州", "广州", "深圳", "成都", "南京", "苏州", "武汉", "西安"};
    private static final String[] LEVELS = {"普通", "银卡", "金卡", "白金"};
    private static final long START = 1_785_715_200_000L;
    private static final long SPAN = 120L * 86_400_000L;

    private SyntheticAudience() {
    }

    static AudienceData build(int customers, long events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] typeByPermille = new int[1000];
        for (int type = 0, at = 0; type < WEIGHTS.length; type++) {
            for (int k = 0; k < WEIGHTS[type]; k++) {
                typeByPermille[at++] = type;
            }
        }
        // Each customer's number of events: the events dealt uniformly over customers, as the generator does.
        int[] counts = new int[customers];
        for (long e = 0; e < events; e++) {
            counts[random.nextInt(customers)]++;
        }
        String[] items = new String[25];
        for (int i = 0; i < items.length; i++) {
            items[i] = "SKU" + (1001 + i);
        }
        EventColumnsBuilder columns = new EventColumnsBuilder();
        long[] times = new long[64];
        for (int c = 0; c < customers; c++) {
            if (counts[c] > times.length) {
                times = new long[counts[c]];
            }
            for (int k = 0; k < counts[c]; k++) {
                times[k] = START + (long) (random.nextDouble() * SPAN);
            }
            Arrays.sort(times, 0, counts[c]);
            for (int k = 0; k < counts[c]; k++) {
                int type = typeByPermille[random.nextInt(1000)];
                boolean product = type == 1 || type == 2 || type == 3;
                columns.add(c + 1, times[k], CHANNELS[type], TYPES[type], CAMPAIGNS[type],
                        product ? items[random.nextInt(items.length)] : null,
                        type == 3 ? 58 + random.nextInt(800) : Double.NaN);
            }
        }
        long[] ids = new long[customers];
        AttributeColumnBuilder city = new AttributeColumnBuilder("city", AttributeKind.TEXT, customers);
        AttributeColumnBuilder level = new AttributeColumnBuilder("member_level", AttributeKind.TEXT, customers);
        AttributeColumnBuilder points = new AttributeColumnBuilder("points", AttributeKind.NUMBER, customers);
        for (int c = 0; c < customers; c++) {
            ids[c] = c + 1;
            city.set(c, random.nextInt(5) == 0 ? null : CITIES[random.nextInt(CITIES.length)]);
            level.set(c, LEVELS[random.nextInt(LEVELS.length)]);
            points.set(c, Integer.toString(random.nextInt(3000)));
        }
        List<AttributeColumn> attributes = List.of(city.build(customers), level.build(customers),
                points.build(customers));
        return AudienceData.of(columns.build(), new CustomerAttributes(ids, attributes), ItemCategories.NONE);
    }
}
