package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** {@code spend_search.csv}, {@code spend_social.csv} and {@code spend_feed.csv} (Chinese headers): daily ad spend. */
public final class SpendReports implements RowFormat<SpendReports.Day> {

    public static final FileLayout SEARCH = FileLayout.csv("spend_search.csv", ',',
            "date,channel,campaign,cost,impressions,clicks");
    public static final FileLayout SOCIAL = FileLayout.csv("spend_social.csv", ',',
            "date,channel,campaign,cost,impressions,clicks");
    public static final FileLayout FEED = FileLayout.csv("spend_feed.csv", ',', "日期,渠道,广告系列,花费,展示,点击");

    /**
     * One campaign's day.
     *
     * @param date        local date
     * @param channel     search, feed or social
     * @param campaign    campaign name
     * @param costCents   spend
     * @param impressions impressions
     * @param clicks      clicks
     */
    public record Day(LocalDate date, String channel, String campaign, long costCents, long impressions,
                      long clicks) {
    }

    @Override
    public String clean(Day d) {
        return Texts.join(',', d.date().toString(), d.channel(), d.campaign(), Texts.money(d.costCents()),
                String.valueOf(d.impressions()), String.valueOf(d.clicks()));
    }

    @Override
    public List<BrokenReason> reasons(Day d) {
        return List.of(BrokenReason.UNPARSEABLE_TIME, BrokenReason.AMOUNT_NOT_A_NUMBER, BrokenReason.EXTRA_FIELDS);
    }

    @Override
    public String broken(Day d, BrokenReason reason, SplittableRandom rng) {
        String line = clean(d);
        return switch (reason) {
            // a hand-edited report: an impossible date rather than a word
            case UNPARSEABLE_TIME -> RowFormat.replaceField(line, ',', 0,
                    d.date().getYear() + (rng.nextBoolean() ? "-13-45" : "-02-30"));
            case AMOUNT_NOT_A_NUMBER -> RowFormat.replaceField(line, ',', 3, "N/A");
            // an ad group appended to the campaign name with an unquoted comma
            case EXTRA_FIELDS -> RowFormat.replaceField(line, ',', 2, d.campaign() + "," + switch (d.channel()) {
                case "search" -> "exact_match";
                case "feed" -> "video_15s";
                default -> "kol_batch_2";
            });
            case EMPTY_IDENTIFIER, TRUNCATED_LINE ->
                    throw new IllegalArgumentException("Spend rows are not broken by " + reason.code());
        };
    }
}
