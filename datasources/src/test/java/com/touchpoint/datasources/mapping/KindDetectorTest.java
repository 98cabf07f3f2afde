package com.touchpoint.datasources.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KindDetectorTest {

    @Test
    void recognisesPathReports() {
        assertEquals(FileKind.PATHS,
                KindDetector.detect(List.of("path", "total_conversions", "total_conversion_value", "total_null")));
    }

    @Test
    void recognisesSpendReportsByCostWithoutIdentifiers() {
        assertEquals(FileKind.SPEND, KindDetector.detect(List.of("日期", "渠道", "广告系列", "花费", "展示", "点击")));
        assertEquals(FileKind.SPEND, KindDetector.detect(List.of("date", "campaign", "impressions", "clicks")));
    }

    @Test
    void recognisesCustomerRecords() {
        assertEquals(FileKind.CUSTOMERS, KindDetector.detect(List.of("会员卡号", "姓名", "性别", "生日", "城市")));
        assertEquals(FileKind.CUSTOMERS, KindDetector.detect(List.of("member_id", "name", "signup", "created_at")));
        // identifiers and nothing that happens at a time: a list of people
        assertEquals(FileKind.CUSTOMERS, KindDetector.detect(List.of("phone", "email")));
    }

    @Test
    void recognisesOrdersByOrderIdOrRevenueWithoutEventType() {
        assertEquals(FileKind.ORDERS, KindDetector.detect(List.of("订单号", "会员号", "下单时间", "实付金额")));
        assertEquals(FileKind.ORDERS, KindDetector.detect(List.of("phone", "time", "amount", "city")));
    }

    @Test
    void takesEverythingElseForEvents() {
        assertEquals(FileKind.EVENTS, KindDetector.detect(List.of("user_id", "ts", "event", "amount", "city")));
        assertEquals(FileKind.EVENTS, KindDetector.detect(List.of("cookie", "timestamp", "url")));
        assertEquals(FileKind.EVENTS, KindDetector.detect(List.of("a", "b")));
    }
}
