package com.touchpoint.datasources.imports;

import java.util.Set;

/**
 * Channel codes Touchpoint understands. A channel value outside this list still loads, and the quality report
 * lists it as unmapped so the analyst can map it (e.g. "baidu_sem" → search) with a value map.
 */
final class KnownChannels {

    static final Set<String> CODES = Set.of("search", "feed", "social", "display", "video", "affiliate", "referral",
            "organic", "direct", "email", "sms", "push", "app", "web", "store", "crm", "wechat", "miniprogram");

    private KnownChannels() {
    }
}
