package com.touchpoint.sampledata.people;

import com.touchpoint.sampledata.sim.Randoms;
import com.touchpoint.sampledata.world.Store;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes person {@code i} from the seed alone, so any person can be rebuilt without the others. Identifiers are
 * unique by construction (affine maps i -> (i * k + c) mod m with k coprime to m, one-to-one below 50 million
 * people), so two people never share a member id, phone or e-mail by accident.
 */
public final class Population {

    public static final double MEMBER_SHARE = 0.85;
    public static final double MEMBER_PHONE_SHARE = 0.90;
    public static final double MEMBER_EMAIL_SHARE = 0.65;
    public static final double GUEST_EMAIL_SHARE = 0.40;
    public static final double MEMBER_APP_SHARE = 0.55;
    public static final double GUEST_APP_SHARE = 0.35;
    public static final double SECOND_DEVICE_SHARE = 0.20;
    public static final double EMAIL_SUBSCRIBED_SHARE = 0.85;
    public static final double SMS_OPT_IN_SHARE = 0.75;
    public static final double PUSH_ENABLED_SHARE = 0.60;
    /** Share of CRM e-mails typed with a capital first letter (same address, different case). */
    public static final double CAPITALISED_CRM_EMAIL_SHARE = 0.10;

    private static final String[] PHONE_PREFIXES = {"138", "139", "137", "136", "135", "150", "151", "152", "158",
        "159", "186", "187", "188", "130", "131", "132", "155", "156", "185", "133", "153", "180", "189", "177",
        "199"};
    private static final List<String> CITIES = List.of("上海", "北京", "杭州", "广州", "深圳", "成都", "南京", "苏州",
            "武汉", "西安", "重庆", "天津");
    private static final double[] CITY_WEIGHTS = {25, 15, 12, 10, 10, 7, 7, 5, 3, 2, 2, 2};
    private static final String[] EMAIL_DOMAINS = {"qq.com", "163.com", "126.com", "gmail.com", "outlook.com",
        "sina.com"};
    private static final double[] EMAIL_DOMAIN_WEIGHTS = {35, 25, 10, 10, 10, 10};

    private final long seed;
    private final long registeredFrom;
    private final long registeredUntil;
    private final int endYear;

    /**
     * @param seed        the generation seed
     * @param windowStart first day of the simulated window: every member registered before it
     */
    public Population(long seed, LocalDate windowStart) {
        this.seed = seed;
        this.registeredFrom = LocalDate.of(2018, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
        this.registeredUntil = windowStart.atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
        this.endYear = windowStart.getYear();
    }

    /** Person {@code index}, the same for the same seed. */
    public Person person(int index) {
        SplittableRandom rng = Randoms.stream(seed, "person", index);
        boolean member = rng.nextDouble() < MEMBER_SHARE;
        boolean male = rng.nextDouble() < 0.42;
        ChineseNames.Part surname = ChineseNames.surname(rng);
        ChineseNames.Part given = ChineseNames.givenName(rng, male);
        String city = CITIES.get(Randoms.weighted(rng, CITY_WEIGHTS));
        double propensity = 0.5 * (Randoms.exp1(rng) + Randoms.exp1(rng));

        String memberId = member
                ? "M" + (10_000_000L + Math.floorMod(index * 39_916_801L + 1_234_567L, 90_000_000L)) : null;
        boolean hasPhone = !member || rng.nextDouble() < MEMBER_PHONE_SHARE;
        String phone = hasPhone ? PHONE_PREFIXES[rng.nextInt(PHONE_PREFIXES.length)]
                + String.format("%08d", Math.floorMod(index * 73_939_133L + 2_718_281L, 100_000_000L)) : null;
        boolean hasEmail = rng.nextDouble() < (member ? MEMBER_EMAIL_SHARE : GUEST_EMAIL_SHARE);
        String email = hasEmail ? email(rng, index, surname, given) : null;
        boolean hasApp = rng.nextDouble() < (member ? MEMBER_APP_SHARE : GUEST_APP_SHARE);
        String[] devices = new String[hasApp ? (rng.nextDouble() < SECOND_DEVICE_SHARE ? 2 : 1) : 0];
        for (int d = 0; d < devices.length; d++) {
            devices[d] = newDeviceId(rng);
        }
        double cookieDraw = rng.nextDouble();
        String[] cookies = new String[cookieDraw < 0.5 ? 1 : cookieDraw < 0.85 ? 2 : 3];
        for (int c = 0; c < cookies.length; c++) {
            cookies[c] = "c_" + hex16(rng.nextLong());
        }
        Person.Profile profile = member ? profile(rng, surname, given, male, city, propensity) : null;
        return new Person(index, memberId, phone, email, profile, propensity, cookies, devices,
                hasEmail && rng.nextDouble() < EMAIL_SUBSCRIBED_SHARE,
                hasPhone && rng.nextDouble() < SMS_OPT_IN_SHARE,
                hasApp && rng.nextDouble() < PUSH_ENABLED_SHARE,
                Store.homeOf(city));
    }

    /** The address as the CRM holds it: sometimes typed with a capital first letter. */
    public String asTypedInCrm(Person person) {
        String email = person.email();
        if (email == null) {
            return "";
        }
        return Randoms.stream(seed, "crm-email", person.index()).nextDouble() < CAPITALISED_CRM_EMAIL_SHARE
                ? Character.toUpperCase(email.charAt(0)) + email.substring(1) : email;
    }

    private static String email(SplittableRandom rng, int index, ChineseNames.Part surname, ChineseNames.Part given) {
        String domain = EMAIL_DOMAINS[Randoms.weighted(rng, EMAIL_DOMAIN_WEIGHTS)];
        if (domain.equals("qq.com")) {
            return (100_000_000L + Math.floorMod(index * 104_729L + 31_337L, 900_000_000L)) + "@qq.com";
        }
        String separator = rng.nextBoolean() ? "" : ".";
        return given.pinyin() + separator + surname.pinyin() + Math.floorMod(index * 131L + 97L, 100_000_000L)
                + "@" + domain;
    }

    private Person.Profile profile(SplittableRandom rng, ChineseNames.Part surname, ChineseNames.Part given,
                                   boolean male, String city, double propensity) {
        int age = 18 + rng.nextInt(48);
        LocalDate birthday = LocalDate.of(endYear - age, 1, 1).plusDays(rng.nextInt(365));
        double standing = propensity * Randoms.logNormal(rng, 0.3);
        String tier = standing > 2.2 ? "白金" : standing > 1.6 ? "金卡" : standing > 1.0 ? "银卡" : "普通";
        long registeredAt = registeredFrom + (long) (rng.nextDouble() * (registeredUntil - registeredFrom));
        return new Person.Profile(surname.hanzi() + given.hanzi(), male, birthday, city, tier, registeredAt);
    }

    /** An app device id: an iOS identifier (upper-case UUID) or an Android id (16 hex digits). */
    public static String newDeviceId(SplittableRandom rng) {
        if (rng.nextDouble() < 0.45) {
            String hex = (hex16(rng.nextLong()) + hex16(rng.nextLong())).toUpperCase(Locale.ROOT);
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        }
        return hex16(rng.nextLong());
    }

    /** Sixteen lower-case hex digits. */
    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
