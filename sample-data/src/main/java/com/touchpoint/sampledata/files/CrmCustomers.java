package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** {@code crm_customers.csv}: the member CRM export (GBK, comma, Chinese headers, CRLF). */
public final class CrmCustomers implements RowFormat<CrmCustomers.Customer> {

    public static final Charset GBK = Charset.forName("GBK");
    public static final FileLayout LAYOUT = FileLayout.csv("crm_customers.csv", ',',
            "会员ID,手机号,邮箱,姓名,性别,生日,城市,会员等级,注册时间").withCharset(GBK).withCrLf();
    private static final int CITY = 6;
    private static final int REGISTERED = 8;

    /**
     * One member as the CRM holds them.
     *
     * @param memberId     member id
     * @param phone        11-digit phone, or null
     * @param email        e-mail as typed, or null
     * @param name         Chinese name
     * @param male         gender
     * @param birthday     date of birth
     * @param city         city
     * @param tier         普通, 银卡, 金卡 or 白金
     * @param registeredAt epoch seconds
     */
    public record Customer(String memberId, String phone, String email, String name, boolean male,
                           LocalDate birthday, String city, String tier, long registeredAt) {
    }

    @Override
    public String clean(Customer c) {
        return line(c, c.memberId(), Texts.localDateTime(c.registeredAt()));
    }

    @Override
    public List<BrokenReason> reasons(Customer c) {
        return List.of(BrokenReason.EMPTY_IDENTIFIER, BrokenReason.UNPARSEABLE_TIME, BrokenReason.EXTRA_FIELDS);
    }

    @Override
    public String broken(Customer c, BrokenReason reason, SplittableRandom rng) {
        String registered = Texts.localDateTime(c.registeredAt());
        return switch (reason) {
            case EMPTY_IDENTIFIER -> line(c, "", registered);
            case UNPARSEABLE_TIME -> RowFormat.replaceField(clean(c), ',', REGISTERED,
                    rng.nextBoolean() ? "0000-00-00 00:00:00" : registered.replaceFirst("-\\d\\d-\\d\\d ", "-13-45 "));
            case EXTRA_FIELDS -> RowFormat.replaceField(clean(c), ',', CITY, c.city() + "," + district(c.city()));
            case AMOUNT_NOT_A_NUMBER, TRUNCATED_LINE ->
                    throw new IllegalArgumentException("CRM rows are not broken by " + reason.code());
        };
    }

    private static String line(Customer c, String memberId, String registered) {
        return Texts.join(',', memberId, c.phone(), c.email(), c.name(), c.male() ? "男" : "女",
                c.birthday().toString(), c.city(), c.tier(), registered);
    }

    private static String district(String city) {
        return switch (city) {
            case "上海" -> "浦东新区";
            case "北京" -> "朝阳区";
            case "杭州" -> "西湖区";
            default -> "市辖区";
        };
    }
}
