package com.touchpoint.datasources.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.datasources.identity.IdType;
import com.touchpoint.datasources.mapping.MappedRow.CustomerRow;
import com.touchpoint.datasources.mapping.MappedRow.EventRow;
import com.touchpoint.datasources.mapping.MappedRow.PathRow;
import com.touchpoint.datasources.mapping.MappedRow.SpendRow;
import com.touchpoint.datasources.normalize.TimeFormat;
import com.touchpoint.datasources.normalize.ValueMap;
import com.touchpoint.datasources.read.RawRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowMapperTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> EVENTS_HEADER =
            List.of("用户ID", "手机号", "事件时间", "渠道", "事件", "活动", "商品ID", "金额", "备注", "城市");
    private static final List<String[]> EVENT_SAMPLES = samples(
            row("u1", "13800000000", "2023-07-17 20:00:00", "sms", "click", "summer", "sku1", "¥1,234.50", "", ""));

    @Test
    void mapsAnEventWithTheStrongestIdentifierFirstAndLeftoversAsProperties() throws Exception {
        RowMapper mapper = events();
        assertEquals(Map.of(CanonicalField.EVENT_TIME, TimeFormat.DATE_TIME_SECONDS), mapper.timeFormats());
        EventRow row = (EventRow) mapper.map(record(2, "u1", "13800000000", "2023-07-17 20:00:00", " sms ", "click",
                "summer", "sku1", "¥1,234.50", "vip \"gold\"", ""));
        // Shanghai 20:00 is 12:00 UTC; phone outranks user id; 城市 is empty so only 备注 is a property
        assertEquals(new EventRow(2, Map.of(IdType.PHONE, "13800000000", IdType.USER, "u1"), "13800000000", "sms",
                "click", LocalDateTime.of(2023, 7, 17, 12, 0), "summer", "sku1", null, new BigDecimal("1234.50"),
                "{\"备注\":\"vip \\\"gold\\\"\"}"), row);
        assertEquals(List.of(IdType.PHONE, IdType.USER), List.copyOf(row.identifiers().keySet()));
    }

    @Test
    void leavesOptionalFieldsEmptyAndPropertiesNullWhenNothingIsLeft() throws Exception {
        // a record with trailing values missing: only user id, time and event
        EventRow row = (EventRow) events().map(record(3, "u2", "", "2023-07-17 08:00:00", "", "view"));
        assertEquals(Map.of(IdType.USER, "u2"), row.identifiers());
        assertEquals("u2", row.sourceUserId());
        assertNull(row.channel());
        assertNull(row.revenue());
        assertNull(row.properties());
    }

    @Test
    void rejectsEventsNamingTheColumn() throws Exception {
        RowMapper mapper = events();
        assertEquals("事件时间 is empty", reason(mapper, record(4, "u1", "", " ", "sms", "click")));
        assertEquals("事件时间: '31/02/2026' is not a date and time in the form yyyy-MM-dd HH:mm:ss",
                reason(mapper, record(5, "u1", "", "31/02/2026", "sms", "click")));
        assertEquals("事件时间: '2026-02-31 10:00:00' is not a valid date: February 2026 has 28 days",
                reason(mapper, record(6, "u1", "", "2026-02-31 10:00:00", "sms", "click")));
        assertEquals("事件 is empty", reason(mapper, record(7, "u1", "", "2023-07-17 08:00:00", "sms", "")));
        assertEquals("金额: 'abc' is not a number (unexpected 'a')",
                reason(mapper, record(8, "u1", "", "2023-07-17 08:00:00", "sms", "buy", "", "", "abc")));
        assertEquals("no identifier: 手机号, 用户ID are all empty",
                reason(mapper, record(9, " ", "", "2023-07-17 08:00:00", "sms", "click")));
        assertEquals("row has 11 fields, header has 10",
                reason(mapper, new RawRecord(10, "x", new String[10], "row has 11 fields, header has 10")));
    }

    @Test
    void usesAConstantWhenTheFieldHasNoColumnOrAnEmptyCell() throws Exception {
        MappingProfile profile = suggest(EVENTS_HEADER).withConstant(CanonicalField.CHANNEL, "app")
                .withColumn(CanonicalField.EVENT_TYPE, null).withConstant(CanonicalField.EVENT_TYPE, "open");
        RowMapper mapper = RowMapper.compile(profile, EVENTS_HEADER, EVENT_SAMPLES);
        EventRow fromCell = (EventRow) mapper.map(record(2, "u1", "", "2023-07-17 08:00:00", "sms", "click"));
        assertEquals("sms", fromCell.channel());
        assertEquals("open", fromCell.eventType());
        // 事件 is no longer mapped, so its value is a property
        assertEquals("{\"事件\":\"click\"}", fromCell.properties());
        EventRow fromConstant = (EventRow) mapper.map(record(3, "u1", "", "2023-07-17 08:00:00", ""));
        assertEquals("app", fromConstant.channel());
    }

    @Test
    void mapsOrdersToPurchasesInTheStore() throws Exception {
        List<String> header = List.of("订单号", "会员号", "下单时间", "实付金额");
        MappingProfile profile = suggest(header);
        assertEquals(FileKind.ORDERS, profile.kind());
        RowMapper mapper = RowMapper.compile(profile, header, samples(row("o1", "m1", "2023/07/17 20:00", "99")));
        EventRow order = (EventRow) mapper.map(record(2, "o1", "m1", "2023/07/17 20:00", "99.90"));
        assertEquals(new EventRow(2, Map.of(IdType.MEMBER, "m1"), "m1", "store", "purchase",
                LocalDateTime.of(2023, 7, 17, 12, 0), null, null, "o1", new BigDecimal("99.90"), null), order);

        EventRow anonymous = (EventRow) mapper.map(record(3, "o2", "", "2023/07/17 20:00", "5"));
        assertEquals(Map.of(), anonymous.identifiers());
        assertNull(anonymous.sourceUserId());
        assertEquals("o2", anonymous.orderId());

        assertEquals("no identifier or order id: 会员号, 订单号 are all empty",
                reason(mapper, record(4, "", "", "2023/07/17 20:00", "5")));
        assertEquals("实付金额 is empty", reason(mapper, record(5, "o3", "m1", "2023/07/17 20:00", "")));
    }

    @Test
    void mapsCustomersWithTheGenderDictionaryAndAttributes() throws Exception {
        List<String> header = List.of("会员卡号", "姓名", "性别", "生日", "城市", "会员等级", "注册时间", "爱好");
        MappingProfile profile = suggest(header);
        assertEquals(FileKind.CUSTOMERS, profile.kind());
        RowMapper mapper = RowMapper.compile(profile, header,
                samples(row("c1", "王芳", "女", "1990/05/01", "上海", "gold", "2023-01-01 08:00:00", "跑步")));
        CustomerRow customer = (CustomerRow) mapper.map(
                record(2, "c1", "王芳", "女", "1990/05/01", "上海", "gold", "2023-01-01 08:00:00", "跑步"));
        // 08:00 in Shanghai is midnight UTC; the birthday is a calendar date and is not shifted
        assertEquals(new CustomerRow(2, Map.of(IdType.MEMBER, "c1"), "王芳", "F", LocalDate.of(1990, 5, 1), "上海",
                "gold", LocalDateTime.of(2023, 1, 1, 0, 0), "{\"爱好\":\"跑步\"}"), customer);

        assertEquals("no identifier: 会员卡号 is empty", reason(mapper, record(3, "", "李娜")));
        assertEquals("生日: '1990-13-01' is not a date in the form yyyy/MM/dd",
                reason(mapper, record(4, "c2", "", "", "1990-13-01")));
    }

    @Test
    void rejectsValuesOutsideAStrictDictionary() throws Exception {
        List<String> header = List.of("member_id", "gender");
        MappingProfile profile = suggest(header).withValueMap(CanonicalField.GENDER,
                new ValueMap(Map.of("m", "M", "f", "F"), ValueMap.Unknown.REJECT));
        RowMapper mapper = RowMapper.compile(profile, header, List.of());
        assertEquals("M", ((CustomerRow) mapper.map(record(2, "c1", "M"))).gender());
        assertEquals("gender: 'X' is not one of the known values [f, m]", reason(mapper, record(3, "c1", "X")));
    }

    @Test
    void mapsSpendReports() throws Exception {
        List<String> header = List.of("日期", "渠道", "广告系列", "花费", "展示", "点击");
        RowMapper mapper = RowMapper.compile(suggest(header), header, samples(row("20230717")));
        SpendRow spend = (SpendRow) mapper.map(record(2, "20230717", "baidu", "brand", "1,200.00", "10,000", "350"));
        assertEquals(new SpendRow(2, LocalDate.of(2023, 7, 17), "baidu", "brand", new BigDecimal("1200.00"), 10_000L,
                350L), spend);
        assertEquals("花费 is empty", reason(mapper, record(3, "20230717", "baidu", "brand", "")));
        assertEquals("渠道 is empty", reason(mapper, record(4, "20230717", "", "brand", "5")));
        assertEquals("点击: '3.5' is not a whole number",
                reason(mapper, record(5, "20230717", "baidu", "brand", "5", "10", "3.5")));
    }

    @Test
    void mapsPathReportsWithNormalisedSeparators() throws Exception {
        List<String> header = List.of("path", "total_conversions", "total_conversion_value", "total_null");
        RowMapper mapper = RowMapper.compile(suggest(header), header, List.of());
        PathRow path = (PathRow) mapper.map(record(2, "sms>email >  web", "3", "120.5", "10"));
        assertEquals(new PathRow(2, "sms > email > web", 3, new BigDecimal("120.5"), 10), path);
        assertEquals("path: 'sms > > web' has an empty step", reason(mapper, record(3, "sms > > web", "1", "", "0")));
        assertEquals("total_null is empty", reason(mapper, record(4, "sms", "1", "2")));
    }

    @Test
    void readsExcelSerialTimesWhenTheProfileSaysSo() throws Exception {
        List<String> header = List.of("uid", "ts", "event");
        MappingProfile profile = suggest(header, ZoneOffset.UTC)
                .withTimeFormat(CanonicalField.EVENT_TIME, TimeFormat.EXCEL_SERIAL);
        RowMapper mapper = RowMapper.compile(profile, header, samples(row("u1", "45123", "open")));
        // serial 45123 is 2023-07-16 (day 0 = 1899-12-30), .5 is noon
        assertEquals(LocalDateTime.of(2023, 7, 16, 12, 0),
                ((EventRow) mapper.map(record(2, "u1", "45123.5", "open"))).timeUtc());
    }

    @Test
    void writesPropertiesAsValidEscapedJson() throws Exception {
        List<String> header = List.of("uid", "ts", "event", "note", "path\\\"x\"");
        RowMapper mapper = RowMapper.compile(suggest(header), header, List.of());
        String note = "a\"b\\c\nd\te\u0001f 中文";
        String properties = ((EventRow) mapper.map(record(2, "u1", "2023-07-17 08:00:00", "open", note, "v")))
                .properties();
        assertEquals("{\"note\":\"a\\\"b\\\\c\\nd\\te\\u0001f 中文\",\"path\\\\\\\"x\\\"\":\"v\"}", properties);
        assertEquals(Map.of("note", note, "path\\\"x\"", "v"), new ObjectMapper().readValue(properties, Map.class));
    }

    @Test
    void namesColumnsThatAppearAfterCompilingFromTheLiveHeader() throws Exception {
        List<String> liveHeader = new ArrayList<>(List.of("user_id", "ts", "event"));
        RowMapper mapper = RowMapper.compile(suggest(liveHeader), liveHeader, List.of());
        liveHeader.add("page.item_ref");
        EventRow row = (EventRow) mapper.map(record(7, "u1", "2023-07-17 08:00:00", "view", "r9"));
        assertEquals("{\"page.item_ref\":\"r9\"}", row.properties());
    }

    @Test
    void refusesToCompileAProfileMissingRequiredFields() {
        List<String> header = List.of("user_id", "note");
        MappingProfile events = new MappingProfile("web", FileKind.EVENTS, MappingProfile.signatureOf(header),
                Map.of(CanonicalField.USER_ID, "user_id"), Map.of(), Map.of(), Map.of(), SHANGHAI);
        assertEquals("This events file cannot be mapped: missing a time (event_time); missing an event type "
                + "(event_type, a column or a constant such as 'click'). Mapped: user_id → user_id. "
                + "Columns in the file: user_id, note.", compileError(events, header, List.of()));
        List<String> spendHeader = List.of("日期", "花费");
        assertEquals("This spend file cannot be mapped: missing a channel (channel, a column or a constant such as "
                + "'baidu'). Mapped: 日期 → spend_date, 花费 → cost. Columns in the file: 日期, 花费.",
                compileError(suggest(spendHeader), spendHeader, List.of()));
    }

    @Test
    void refusesToCompileFieldsThatDoNotFitTheKindOrTheFile() {
        List<String> header = List.of("uid", "ts", "event");
        MappingProfile profile = suggest(header).withColumn(CanonicalField.CAMPAIGN, "utm")
                .withColumn(CanonicalField.COST, "ts")
                .withConstant(CanonicalField.REVENUE, "5")
                .withValueMap(CanonicalField.EVENT_TIME, ValueMap.gender())
                .withTimeFormat(CanonicalField.CHANNEL, TimeFormat.DATE);
        assertEquals("This events file cannot be mapped: cost is not a field of events files; revenue cannot be a "
                + "constant, only text fields can; event_time cannot have a value map, only text fields can; "
                + "channel is not a date or time field; column 'utm' (for campaign) is not in the file. Mapped: "
                + "uid → user_id, ts → event_time, event → event_type, utm → campaign, ts → cost. Columns in the "
                + "file: uid, ts, event.", compileError(profile, header, List.of()));
    }

    @Test
    void refusesToCompileATimeColumnInAnUnknownFormat() {
        List<String> header = List.of("uid", "ts", "event");
        List<String[]> samples = samples(row("u1", "yesterday", "open"), row("u2", "soon", "open"),
                row("u3", "yesterday", "open"), row("u4", "later", "open"), row("u5", "never", "open"));
        assertEquals("This events file cannot be mapped: values of column 'ts' (for event_time) such as "
                + "'yesterday', 'soon', 'later' are not a date or time format Touchpoint recognises; choose the "
                + "format by hand. Mapped: uid → user_id, ts → event_time, event → event_type. Columns in the "
                + "file: uid, ts, event.", compileError(suggest(header), header, samples));
    }

    private static String compileError(MappingProfile profile, List<String> header, List<String[]> samples) {
        return assertThrows(MappingException.class, () -> RowMapper.compile(profile, header, samples)).getMessage();
    }

    private static RowMapper events() throws MappingException {
        return RowMapper.compile(suggest(EVENTS_HEADER), EVENTS_HEADER, EVENT_SAMPLES);
    }

    private static MappingProfile suggest(List<String> header) {
        return suggest(header, SHANGHAI);
    }

    private static MappingProfile suggest(List<String> header, ZoneId zone) {
        return MappingSuggester.suggest("test", header, zone);
    }

    private static String reason(RowMapper mapper, RawRecord record) {
        return assertThrows(RowRejectedException.class, () -> mapper.map(record)).getMessage();
    }

    private static RawRecord record(long line, String... values) {
        return new RawRecord(line, String.join(",", values), values, null);
    }

    private static List<String[]> samples(String[]... rows) {
        return List.of(rows);
    }

    private static String[] row(String... values) {
        return values;
    }
}
