package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code app_events.csv}: the mobile app's event export (UTF-8 with BOM, comma, epoch milliseconds). */
public final class AppEvents implements RowFormat<AppEvents.Event> {

    public static final FileLayout LAYOUT = FileLayout.csv("app_events.csv", ',',
            "device_id,member_id,event_name,event_time,channel,campaign,item_id,amount").withBom();
    private static final int TIME = 3;
    private static final int AMOUNT = 7;

    /**
     * One app event.
     *
     * @param deviceId    app device id
     * @param memberId    member id when logged in, else null
     * @param eventName   app_open, push_open, product_view or purchase
     * @param epochMillis event time
     * @param channel     app, or push for a session opened from a notification
     * @param campaign    push campaign, or null
     * @param itemId      SKU, or null
     * @param amountCents purchase value, or -1
     */
    public record Event(String deviceId, String memberId, String eventName, long epochMillis, String channel,
                        String campaign, String itemId, long amountCents) {
    }

    @Override
    public String clean(Event e) {
        return Texts.join(',', e.deviceId(), e.memberId(), e.eventName(), String.valueOf(e.epochMillis()),
                e.channel(), e.campaign(), e.itemId(), e.amountCents() >= 0 ? Texts.money(e.amountCents()) : "");
    }

    @Override
    public List<BrokenReason> reasons(Event e) {
        return e.amountCents() >= 0
                ? List.of(BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER, BrokenReason.EXTRA_FIELDS,
                        BrokenReason.AMOUNT_NOT_A_NUMBER)
                : List.of(BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER, BrokenReason.EXTRA_FIELDS);
    }

    @Override
    public String broken(Event e, BrokenReason reason, SplittableRandom rng) {
        String line = clean(e);
        return switch (reason) {
            case UNPARSEABLE_TIME -> RowFormat.replaceField(line, ',', TIME,
                    RowFormat.badTime(rng, Texts.localDateTime(e.epochMillis() / 1000).replaceFirst("-\\d\\d-\\d\\d ",
                            "-13-45 ")));
            case EMPTY_IDENTIFIER -> RowFormat.replaceField(RowFormat.replaceField(line, ',', 0, ""), ',', 1, "");
            case AMOUNT_NOT_A_NUMBER -> RowFormat.replaceField(line, ',', AMOUNT, "N/A");
            case EXTRA_FIELDS -> line + ",sdk_5.2." + rng.nextInt(10);
            case TRUNCATED_LINE -> throw new IllegalArgumentException("CSV rows are not truncated here");
        };
    }
}
