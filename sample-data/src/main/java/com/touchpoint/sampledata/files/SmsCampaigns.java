package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code sms_campaigns.tsv}: the SMS gateway's export (UTF-8, tab, epoch seconds, phones as entered). */
public final class SmsCampaigns implements RowFormat<SmsCampaigns.Message> {

    public static final FileLayout LAYOUT = FileLayout.csv("sms_campaigns.tsv", '\t', "phone\tcampaign\tevent\ttime");

    /**
     * One send or click.
     *
     * @param phone       the phone as the gateway holds it (see {@link #asEntered(String, int)})
     * @param campaign    campaign name
     * @param event       sent or click
     * @param epochSecond event time
     */
    public record Message(String phone, String campaign, String event, long epochSecond) {
    }

    /** The three ways numbers were entered: "+86 138-0013-8000", "13800138000", "0086 13800138000". */
    public static String asEntered(String phone, int variant) {
        return switch (Math.floorMod(variant, 3)) {
            case 0 -> "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);
            case 1 -> phone;
            default -> "0086 " + phone;
        };
    }

    @Override
    public String clean(Message m) {
        return Texts.join('\t', m.phone(), m.campaign(), m.event(), String.valueOf(m.epochSecond()));
    }

    @Override
    public List<BrokenReason> reasons(Message m) {
        return List.of(BrokenReason.EMPTY_IDENTIFIER, BrokenReason.UNPARSEABLE_TIME, BrokenReason.EXTRA_FIELDS);
    }

    @Override
    public String broken(Message m, BrokenReason reason, SplittableRandom rng) {
        String line = clean(m);
        return switch (reason) {
            case EMPTY_IDENTIFIER -> RowFormat.replaceField(line, '\t', 0, "");
            case UNPARSEABLE_TIME -> RowFormat.replaceField(line, '\t', 3, RowFormat.badTime(rng,
                    Texts.localDateTime(m.epochSecond()).substring(0, 10).replaceFirst("-\\d\\d-\\d\\d$", "-13-45")));
            case EXTRA_FIELDS -> line + "\tDELIVRD";
            case AMOUNT_NOT_A_NUMBER, TRUNCATED_LINE ->
                    throw new IllegalArgumentException("SMS rows are not broken by " + reason.code());
        };
    }
}
