package com.touchpoint.datasources.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.touchpoint.datasources.mapping.CanonicalField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderMatcherTest {

    /** Every synonym the import brief asks for, in the spelling an export might use. */
    @ParameterizedTest
    @CsvSource({
            "user_id,USER_ID", "UserID,USER_ID", "uid,USER_ID", "用户ID,USER_ID", "用户id,USER_ID", "User Id,USER_ID",
            "member_id,MEMBER_ID", "会员ID,MEMBER_ID", "会员号,MEMBER_ID", "会员卡号,MEMBER_ID",
            "phone,PHONE", "Mobile,PHONE", "手机号,PHONE", "手机,PHONE", "电话,PHONE",
            "email,EMAIL", "E-mail,EMAIL", "邮箱,EMAIL", "电子邮件,EMAIL",
            "device_id,DEVICE_ID", "IDFA,DEVICE_ID", "oaid,DEVICE_ID", "设备ID,DEVICE_ID",
            "cookie_id,COOKIE_ID", "cookie,COOKIE_ID", "anonymous_id,COOKIE_ID", "visitor_id,COOKIE_ID",
            "openid,OPENID", "unionid,UNIONID", "UnionId,UNIONID",
            "event_time,EVENT_TIME", "ts,EVENT_TIME", "time,EVENT_TIME", "Timestamp,EVENT_TIME", "时间,EVENT_TIME",
            "事件时间,EVENT_TIME", "下单时间,EVENT_TIME", "order_time,EVENT_TIME", "created_at,EVENT_TIME",
            "channel,CHANNEL", "source,CHANNEL", "utm_source,CHANNEL", "渠道,CHANNEL", "来源,CHANNEL",
            "event,EVENT_TYPE", "event_type,EVENT_TYPE", "event_name,EVENT_TYPE", "action,EVENT_TYPE",
            "事件,EVENT_TYPE", "行为,EVENT_TYPE",
            "campaign,CAMPAIGN", "utm_campaign,CAMPAIGN", "活动,CAMPAIGN", "广告系列,CAMPAIGN",
            "campaign_name,CAMPAIGN",
            "item,ITEM", "item_id,ITEM", "SKU,ITEM", "product_id,ITEM", "商品,ITEM", "商品ID,ITEM",
            "page.item_id,ITEM",
            "order_id,ORDER_ID", "订单号,ORDER_ID", "订单ID,ORDER_ID",
            "revenue,REVENUE", "amount,REVENUE", "price,REVENUE", "total,REVENUE", "金额,REVENUE",
            "实付金额,REVENUE", "订单金额,REVENUE", "金额(元),REVENUE", "Amount (CNY),REVENUE",
            "name,NAME", "姓名,NAME", "gender,GENDER", "sex,GENDER", "性别,GENDER",
            "birthday,BIRTH_DATE", "birth_date,BIRTH_DATE", "生日,BIRTH_DATE", "出生日期,BIRTH_DATE",
            "city,CITY", "城市,CITY", "level,MEMBER_LEVEL", "member_level,MEMBER_LEVEL", "会员等级,MEMBER_LEVEL",
            "signup,SIGNUP_TIME", "register_time,SIGNUP_TIME", "注册时间,SIGNUP_TIME",
            "date,SPEND_DATE", "日期,SPEND_DATE", "cost,COST", "spend,COST", "花费,COST", "消耗,COST",
            "impressions,IMPRESSIONS", "展示,IMPRESSIONS", "曝光,IMPRESSIONS", "clicks,CLICKS", "点击,CLICKS",
            "path,PATH", "total_conversions,CONVERSIONS", "total_conversion_value,CONVERSION_VALUE",
            "total_null,NON_CONVERSIONS",
    })
    void matchesEnglishAndChineseNames(String column, CanonicalField field) {
        assertEquals(Optional.of(field), HeaderMatcher.match(column));
    }

    @Test
    void normalisesCaseSpacesSeparatorsAndUnits() {
        assertEquals("userid", HeaderMatcher.normalise(" User_ID "));
        assertEquals("pageitemid", HeaderMatcher.normalise("page.item-id"));
        assertEquals("金额", HeaderMatcher.normalise("金额（元）"));
        assertEquals(Optional.empty(), HeaderMatcher.match("备注"));
    }

    @Test
    void suggestsTheFirstMatchingColumnPerFieldOfTheKind() {
        List<String> header = List.of("用户ID", "ts", "created_at", "事件", "城市", "备注");
        assertEquals(Map.of(USER_ID, "用户ID", EVENT_TIME, "ts", EVENT_TYPE, "事件"),
                HeaderMatcher.suggest(header, FileKind.EVENTS));
    }

    @Test
    void letsAFieldStandInWhereTheKindLacksTheMatchedOne() {
        assertEquals(Map.of(MEMBER_ID, "member_id", SIGNUP_TIME, "created_at"),
                HeaderMatcher.suggest(List.of("member_id", "created_at"), FileKind.CUSTOMERS));
        assertEquals(Map.of(SPEND_DATE, "时间", CHANNEL, "渠道", COST, "金额"),
                HeaderMatcher.suggest(List.of("时间", "渠道", "金额"), FileKind.SPEND));
        assertEquals(Map.of(EVENT_TIME, "日期", USER_ID, "uid", EVENT_TYPE, "action"),
                HeaderMatcher.suggest(List.of("日期", "uid", "action"), FileKind.EVENTS));
    }
}
