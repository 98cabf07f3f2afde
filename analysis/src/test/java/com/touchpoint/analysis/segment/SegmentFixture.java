package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.ItemCategories;
import com.touchpoint.analysis.audience.TestAudience;
import com.touchpoint.datasources.customers.AttributeKind;

import java.util.List;
import java.util.Map;

/**
 * Four customers with hand-placed events around the reference time 2026-08-31T00:00Z:
 * <ul>
 * <li>1: 上海, gold, 1200 points, born 1990-05-01; an e-mail click exactly 30 days before the reference, a web
 * purchase of SKU1001 (100) on 08-25, a page view on 08-30, an app purchase of SKU1013 (588) at the reference.</li>
 * <li>2: 北京, no level, 80 points, born 1988-12-31; a search ad click (campaign search_brand) on 07-01, web purchases
 * of SKU1002 (50) on 07-15, SKU1001 (70) on 07-20 and SKU1021 (30) on 08-10, a page view at 2026-08-20T17:00Z (which
 * is 08-21 01:00 in Shanghai).</li>
 * <li>3: city "Shanghai" only, no events.</li>
 * <li>4: no properties; one app open 1 ms after the reference.</li>
 * </ul>
 */
final class SegmentFixture {

    static final long REFERENCE = TestAudience.millis("2026-08-31T00:00:00Z");

    private SegmentFixture() {
    }

    static AudienceData audience() {
        return new TestAudience()
                .customer(1, "city", "上海", "member_level", "gold", "points", "1200", "birth_date", "1990-05-01")
                .customer(2, "city", "北京", "points", "80", "birth_date", "1988-12-31")
                .customer(3, "city", "Shanghai")
                .kind("birth_date", AttributeKind.DATE)
                .event(1, "2026-08-01T00:00:00Z", "email", "email_click", "edm", null, Double.NaN)
                .event(1, "2026-08-25T10:00:00Z", "web", "purchase", null, "SKU1001", 100)
                .event(1, "2026-08-30T12:00:00Z", "web", "page_view", null, null, Double.NaN)
                .event(1, "2026-08-31T00:00:00Z", "app", "purchase", null, "SKU1013", 588)
                .event(2, "2026-07-01T00:00:00Z", "search", "ad_click", "search_brand", null, Double.NaN)
                .event(2, "2026-07-15T00:00:00Z", "web", "purchase", null, "SKU1002", 50)
                .event(2, "2026-07-20T00:00:00Z", "web", "purchase", null, "SKU1001", 70)
                .event(2, "2026-08-10T00:00:00Z", "web", "purchase", null, "SKU1021", 30)
                .event(2, "2026-08-20T17:00:00Z", "web", "page_view", null, null, Double.NaN)
                .event(4, "2026-08-31T00:00:00.001Z", "app", "app_open", null, null, Double.NaN)
                .categories(new ItemCategories(Map.of("green_tea", List.of("SKU1001", "SKU1002"),
                        "gifts", List.of("SKU101*"))))
                .build();
    }
}
