package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code web_events.ndjson}: one JSON object per line from the web analytics export. */
public final class WebEvents implements RowFormat<WebEvents.Event> {

    public static final FileLayout LAYOUT = FileLayout.ndjson("web_events.ndjson");
    /** A second export that starts with the last day of the first one again. */
    public static final FileLayout PART2 = FileLayout.ndjson("web_events_part2.ndjson");
    public static final String SITE = "https://www.mapleandtea.cn";

    /**
     * One web event.
     *
     * @param ts           epoch seconds
     * @param cookieId     browser cookie
     * @param memberId     member id when logged in, else null
     * @param event        page_view, product_view, add_to_cart, ad_click or purchase
     * @param source       utm_source: search, feed, social, email or direct
     * @param campaign     utm_campaign, or null (direct)
     * @param url          page address
     * @param itemId       SKU on product pages, else null
     * @param revenueCents purchase value, or -1 for other events
     */
    public record Event(long ts, String cookieId, String memberId, String event, String source, String campaign,
                        String url, String itemId, long revenueCents) {
    }

    @Override
    public String clean(Event e) {
        return json(e, Texts.isoOffset(e.ts()), e.cookieId(), e.memberId(),
                e.revenueCents() >= 0 ? Texts.shortMoney(e.revenueCents()) : null);
    }

    @Override
    public List<BrokenReason> reasons(Event e) {
        return e.revenueCents() >= 0
                ? List.of(BrokenReason.TRUNCATED_LINE, BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER,
                        BrokenReason.AMOUNT_NOT_A_NUMBER)
                : List.of(BrokenReason.TRUNCATED_LINE, BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER);
    }

    @Override
    public String broken(Event e, BrokenReason reason, SplittableRandom rng) {
        String revenue = e.revenueCents() >= 0 ? Texts.shortMoney(e.revenueCents()) : null;
        return switch (reason) {
            case TRUNCATED_LINE -> {
                String line = clean(e);
                yield line.substring(0, (int) (line.length() * (0.4 + 0.5 * rng.nextDouble())));
            }
            case UNPARSEABLE_TIME -> json(e, RowFormat.badTime(rng, Texts.isoOffset(e.ts())
                    .replaceFirst("-\\d\\d-\\d\\dT", "-13-45T")), e.cookieId(), e.memberId(), revenue);
            case EMPTY_IDENTIFIER -> json(e, Texts.isoOffset(e.ts()), "", null, revenue);
            case AMOUNT_NOT_A_NUMBER -> json(e, Texts.isoOffset(e.ts()), e.cookieId(), e.memberId(), "\"N/A\"");
            case EXTRA_FIELDS -> throw new IllegalArgumentException("NDJSON rows have no fixed field count");
        };
    }

    private static String json(Event e, String ts, String cookieId, String memberId, String revenue) {
        StringBuilder b = new StringBuilder(220);
        Json j = Json.compact(b).beginObject()
                .name("ts").value(ts)
                .name("cookie_id").value(cookieId);
        if (memberId != null) {
            j.name("member_id").value(memberId);
        }
        j.name("event").value(e.event()).name("utm_source").value(e.source());
        if (e.campaign() != null) {
            j.name("utm_campaign").value(e.campaign());
        }
        j.name("page").beginObject().name("url").value(e.url());
        if (e.itemId() != null) {
            j.name("item_id").value(e.itemId());
        }
        j.endObject();
        if (revenue != null) {
            j.name("revenue").rawNumber(revenue);
        }
        j.endObject();
        return b.toString();
    }
}
