package com.touchpoint.sampledata.world;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * When the owned channels send, and what the campaigns are called: e-mail every Tuesday, SMS every other
 * Thursday, push every Monday and Friday. Each send day is one campaign.
 */
public final class CampaignCalendar {

    /** Share of e-mail subscribers picked at random for each e-mail campaign. */
    public static final double EMAIL_AUDIENCE = 0.45;
    /** Share of SMS opted-in phones picked at random for each SMS campaign. */
    public static final double SMS_AUDIENCE = 0.60;
    /** Local send times, seconds after midnight. */
    public static final int EMAIL_SEND_SECOND = 10 * 3600;
    public static final int SMS_SEND_SECOND = 11 * 3600 + 30 * 60;
    public static final int PUSH_SEND_SECOND = 19 * 3600 + 30 * 60;

    private static final List<String> THEMES = List.of("new_arrivals", "tea_time", "member_day", "teaware",
            "autumn_tea", "oolong_week");

    private CampaignCalendar() {
    }

    /** The e-mail campaign sent on {@code date}, or null. */
    public static String emailCampaign(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.TUESDAY ? "edm_" + compact(date) + "_" + theme(date) : null;
    }

    /** The SMS campaign sent on {@code date}, or null. */
    public static String smsCampaign(LocalDate date) {
        boolean evenWeek = Math.floorMod(Math.floorDiv(date.toEpochDay(), 7), 2) == 0;
        return date.getDayOfWeek() == DayOfWeek.THURSDAY && evenWeek
                ? "sms_" + compact(date) + "_store_" + theme(date) : null;
    }

    /** The push campaign sent on {@code date}, or null. */
    public static String pushCampaign(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.MONDAY || day == DayOfWeek.FRIDAY ? "push_" + compact(date) + "_" + theme(date) : null;
    }

    private static String compact(LocalDate date) {
        return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String theme(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        if (!day.isBefore(MonthDay.of(9, 10)) && !day.isAfter(MonthDay.of(9, 25))) {
            return "mid_autumn_gifts";
        }
        if (!day.isBefore(MonthDay.of(9, 26)) && !day.isAfter(MonthDay.of(10, 7))) {
            return "golden_week";
        }
        return THEMES.get(Math.floorMod(Math.floorDiv(date.toEpochDay(), 7), THEMES.size()));
    }
}
