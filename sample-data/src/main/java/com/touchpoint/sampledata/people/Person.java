package com.touchpoint.sampledata.people;

import java.time.LocalDate;

/**
 * One simulated customer and every identifier they leave in the exports.
 *
 * @param index           position in the population (0-based), the person's true identity
 * @param memberId        loyalty member id ("M" + 8 digits), or null for non-members
 * @param phone           11-digit mobile number, or null
 * @param email           e-mail address, or null
 * @param profile         CRM profile (members only), or null
 * @param propensity      personal multiplier on purchase hazard and browsing (mean 1)
 * @param cookies         1 to 3 web cookie ids
 * @param devices         0 to 2 app device ids (none for people without the app)
 * @param emailSubscribed receives e-mail campaigns
 * @param smsOptIn        receives SMS campaigns
 * @param pushEnabled     receives push notifications
 * @param homeStore       index into {@link com.touchpoint.sampledata.world.Store#all()}
 */
public record Person(int index, String memberId, String phone, String email, Profile profile, double propensity,
                     String[] cookies, String[] devices, boolean emailSubscribed, boolean smsOptIn,
                     boolean pushEnabled, int homeStore) {

    /**
     * What the CRM knows about a member.
     *
     * @param name         Chinese full name
     * @param male         gender
     * @param birthday     date of birth
     * @param city         city of residence (Chinese)
     * @param tier         membership tier: 普通, 银卡, 金卡 or 白金
     * @param registeredAt registration time, epoch seconds
     */
    public record Profile(String name, boolean male, LocalDate birthday, String city, String tier,
                          long registeredAt) {
    }

    public boolean isMember() {
        return memberId != null;
    }

    public boolean hasApp() {
        return devices.length > 0;
    }
}
