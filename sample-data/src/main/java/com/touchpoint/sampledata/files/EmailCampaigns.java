package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code email_campaigns.csv}: the e-mail platform's activity export (UTF-8, comma, local time). */
public final class EmailCampaigns implements RowFormat<EmailCampaigns.Activity> {

    public static final FileLayout LAYOUT = FileLayout.csv("email_campaigns.csv", ',', "email,campaign,event,time");
    private static final int TIME = 3;

    /**
     * One send, open or click.
     *
     * @param email       recipient address
     * @param campaign    campaign name
     * @param event       sent, open or click
     * @param epochSecond event time
     */
    public record Activity(String email, String campaign, String event, long epochSecond) {
    }

    @Override
    public String clean(Activity a) {
        return Texts.join(',', a.email(), a.campaign(), a.event(), Texts.localDateTime(a.epochSecond()));
    }

    @Override
    public List<BrokenReason> reasons(Activity a) {
        return List.of(BrokenReason.EMPTY_IDENTIFIER, BrokenReason.UNPARSEABLE_TIME, BrokenReason.EXTRA_FIELDS);
    }

    @Override
    public String broken(Activity a, BrokenReason reason, SplittableRandom rng) {
        String line = clean(a);
        return switch (reason) {
            case EMPTY_IDENTIFIER -> RowFormat.replaceField(line, ',', 0, "");
            case UNPARSEABLE_TIME -> RowFormat.replaceField(line, ',', TIME, RowFormat.badTime(rng,
                    Texts.localDateTime(a.epochSecond()).replaceFirst("-\\d\\d-\\d\\d ", "-13-45 ")));
            case EXTRA_FIELDS -> RowFormat.replaceField(line, ',', 1,
                    a.campaign() + ",variant_" + (rng.nextBoolean() ? "A" : "B"));
            case AMOUNT_NOT_A_NUMBER, TRUNCATED_LINE ->
                    throw new IllegalArgumentException("E-mail rows are not broken by " + reason.code());
        };
    }
}
