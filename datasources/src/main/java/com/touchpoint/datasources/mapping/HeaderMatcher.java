package com.touchpoint.datasources.mapping;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.touchpoint.datasources.mapping.CanonicalField.*;

/**
 * Suggests which column holds which canonical field from the header names, in English and Chinese. Names are
 * compared after {@link #normalise normalising} them, so {@code User ID}, {@code user_id} and {@code USERID} match alike.
 */
public final class HeaderMatcher {

    private static final Map<String, CanonicalField> SYNONYMS = new HashMap<>();

    /**
     * Fields that stand in for a matched field the kind does not have: in a customers file a plain "time" is the
     * signup time, in a spend report an "amount" is the cost.
     */
    private static final Map<FileKind, Map<CanonicalField, CanonicalField>> STAND_INS = Map.of(
            FileKind.EVENTS, Map.of(SPEND_DATE, EVENT_TIME),
            FileKind.ORDERS, Map.of(SPEND_DATE, EVENT_TIME),
            FileKind.CUSTOMERS, Map.of(EVENT_TIME, SIGNUP_TIME, SPEND_DATE, SIGNUP_TIME),
            FileKind.SPEND, Map.of(EVENT_TIME, SPEND_DATE, REVENUE, COST),
            FileKind.PATHS, Map.of(REVENUE, CONVERSION_VALUE));

    static {
        synonyms(MEMBER_ID, "member_id", "member", "member_no", "member_number", "membership_id", "vip_id", "会员ID",
                "会员号", "会员卡号", "会员编号", "会员");
        synonyms(UNIONID, "unionid", "wx_unionid", "微信unionid");
        synonyms(OPENID, "openid", "wx_openid", "微信openid");
        synonyms(PHONE, "phone", "mobile", "phone_number", "mobile_number", "mobile_phone", "tel", "telephone",
                "cellphone", "手机号", "手机", "电话", "手机号码", "联系电话", "电话号码");
        synonyms(EMAIL, "email", "e-mail", "email_address", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件");
        synonyms(DEVICE_ID, "device_id", "device", "idfa", "oaid", "imei", "android_id", "gaid", "设备ID", "设备号");
        synonyms(COOKIE_ID, "cookie_id", "cookie", "anonymous_id", "anon_id", "visitor_id");
        synonyms(USER_ID, "user_id", "uid", "user", "customer_id", "cust_id", "用户ID", "用户", "客户ID", "客户编号");
        synonyms(EVENT_TIME, "event_time", "ts", "time", "timestamp", "datetime", "event_timestamp", "created_at",
                "create_time", "order_time", "时间", "事件时间", "下单时间", "发生时间", "创建时间", "订单时间", "支付时间",
                "发送时间");
        synonyms(CHANNEL, "channel", "source", "utm_source", "channel_name", "渠道", "来源", "渠道名称", "媒体", "平台");
        synonyms(EVENT_TYPE, "event", "event_type", "event_name", "action", "事件", "行为", "事件类型", "行为类型", "动作");
        synonyms(CAMPAIGN, "campaign", "utm_campaign", "campaign_name", "campaign_id", "活动", "广告系列", "活动名称",
                "营销活动", "推广计划");
        synonyms(ITEM, "item", "item_id", "sku", "product_id", "product", "goods_id", "page.item_id", "商品", "商品ID",
                "商品编号", "产品");
        synonyms(ORDER_ID, "order_id", "order_no", "order_number", "订单号", "订单ID", "订单编号");
        synonyms(REVENUE, "revenue", "amount", "price", "total", "order_amount", "paid_amount", "gmv", "sales", "金额",
                "实付金额", "订单金额", "支付金额", "销售额", "收入");
        synonyms(NAME, "name", "full_name", "customer_name", "姓名", "名字", "客户姓名");
        synonyms(GENDER, "gender", "sex", "性别");
        synonyms(BIRTH_DATE, "birthday", "birth_date", "dob", "date_of_birth", "生日", "出生日期");
        synonyms(CITY, "city", "城市", "所在城市");
        synonyms(MEMBER_LEVEL, "level", "member_level", "tier", "vip_level", "会员等级", "等级");
        synonyms(SIGNUP_TIME, "signup", "signup_time", "signup_date", "register_time", "registration_time",
                "registered_at", "注册时间", "注册日期", "入会时间");
        synonyms(SPEND_DATE, "date", "day", "spend_date", "report_date", "stat_date", "日期", "统计日期");
        synonyms(COST, "cost", "spend", "ad_spend", "花费", "消耗", "费用", "成本");
        synonyms(IMPRESSIONS, "impressions", "impression", "imps", "展示", "曝光", "展现", "展示量", "曝光量", "展现量");
        synonyms(CLICKS, "clicks", "click", "点击", "点击量", "点击数");
        synonyms(PATH, "path", "channel_path", "路径");
        synonyms(CONVERSIONS, "total_conversions", "conversions", "转化", "转化数");
        synonyms(CONVERSION_VALUE, "total_conversion_value", "conversion_value", "value", "转化价值");
        synonyms(NON_CONVERSIONS, "total_null", "non_conversions", "null", "nulls", "未转化");
    }

    private HeaderMatcher() {
    }

    /**
     * The form names are compared in: lower case, without a unit in brackets ({@code 金额(元)}), and without spaces,
     * underscores, hyphens and dots.
     */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '(', '（', '[', '【' -> depth++;
                case ')', '）', ']', '】' -> depth = Math.max(0, depth - 1);
                case ' ', '_', '-', '.', '\t', '\u3000', '\uFEFF' -> {
                    // separators carry no meaning
                }
                default -> {
                    if (depth == 0) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The field a column name means on its own, whatever the kind of file. */
    public static Optional<CanonicalField> match(String columnName) {
        return Optional.ofNullable(SYNONYMS.get(normalise(columnName)));
    }

    /** A suggested column for each field of the kind that some column names; the first such column wins. */
    public static Map<CanonicalField, String> suggest(List<String> header, FileKind kind) {
        Map<CanonicalField, String> columns = new EnumMap<>(CanonicalField.class);
        for (String column : header) {
            Optional<CanonicalField> matched = match(column);
            if (matched.isEmpty()) {
                continue;
            }
            CanonicalField field = matched.get();
            CanonicalField target = field.belongsTo(kind) ? field : STAND_INS.get(kind).get(field);
            if (target != null) {
                columns.putIfAbsent(target, column);
            }
        }
        return columns;
    }

    private static void synonyms(CanonicalField field, String... names) {
        for (String name : names) {
            CanonicalField previous = SYNONYMS.put(normalise(name), field);
            if (previous != null && previous != field) {
                throw new IllegalStateException("synonym '" + name + "' is listed for both " + previous + " and "
                        + field);
            }
        }
    }
}
