package com.touchpoint.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small set with raised broken and duplicate rates, checked against what its files really hold. */
class GeneratedSetTest {

    private static final SampleSpec SPEC = new SampleSpec(600, 30, 11, SampleSpec.DEFAULT_END_DATE, 0.05, 0.02);

    @TempDir
    static Path dir;
    private static SampleManifest manifest;

    @BeforeAll
    static void generate() throws IOException {
        manifest = SampleGenerator.generate(SPEC, dir);
    }

    @Test
    void everyFileHasTheLinesTheManifestCounts() throws IOException {
        assertEquals(SampleSet.shippedFiles().size() - 1, manifest.files().size());
        for (FileManifest file : manifest.files()) {
            FileAudit.Audit audit = FileAudit.audit(dir, file.name());
            assertEquals(file.headerLines() + file.rows(), audit.lines(), file.name());
            assertTrue(file.rows() > 0, file.name() + " is empty");
            long auditBroken = audit.broken().values().stream().mapToLong(Long::longValue).sum();
            long kept = file.name().equals("web_events_part2.ndjson") ? 0
                    : audit.dataLines() - auditBroken - audit.duplicates();
            assertEquals(kept, file.expectedImportedRows(), file.name());
        }
    }

    @Test
    void brokenRowsFoundInEachFileMatchTheManifestByReason() throws IOException {
        for (FileManifest file : manifest.files()) {
            assertEquals(file.brokenRows(), FileAudit.audit(dir, file.name()).broken(), file.name());
        }
        // with a 5% rate over thousands of event rows, every reason of the event files occurs
        assertEquals(Set.of("amount_not_a_number", "empty_identifier", "truncated_line", "unparseable_time"),
                manifest.file("web_events.ndjson").brokenRows().keySet());
        assertEquals(Set.of("empty_identifier", "extra_fields", "unparseable_time"),
                manifest.file("email_campaigns.csv").brokenRows().keySet());
    }

    @Test
    void duplicatedRowsRepeatTheRowBefore() throws IOException {
        for (FileManifest file : manifest.files()) {
            if (!file.name().equals("web_events_part2.ndjson")) {
                assertEquals(file.duplicateRows(), FileAudit.audit(dir, file.name()).duplicates(), file.name());
            }
        }
        assertEquals(0, manifest.file("paths.csv").duplicateRows());
    }

    @Test
    void secondWebExportRepeatsTheLastDayOfTheFirst() throws IOException {
        List<String> part1 = Files.readAllLines(dir.resolve("web_events.ndjson"));
        List<String> part2 = Files.readAllLines(dir.resolve("web_events_part2.ndjson"));
        Set<String> first = new HashSet<>(part1);
        assertFalse(part2.isEmpty());
        assertTrue(first.containsAll(part2));
        String lastDay = "\"ts\":\"" + SPEC.endDate();
        assertTrue(part2.stream().allMatch(line -> line.contains(lastDay)));
        long cleanLastDay = part1.stream().filter(line -> line.contains(lastDay)).distinct().count();
        assertEquals(cleanLastDay, part2.size());
        FileManifest p2 = manifest.file("web_events_part2.ndjson");
        assertEquals(p2.rows(), p2.duplicateRows());
    }

    @Test
    void crmIsGbkWithChineseHeaders() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("crm_customers.csv"));
        String text = Charset.forName("GBK").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        assertTrue(text.startsWith("会员ID,手机号,邮箱,姓名,性别,生日,城市,会员等级,注册时间\r\n"));
        assertTrue(text.contains(",男,") && text.contains(",女,"));
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)));
    }

    @Test
    void headersAndEncodingsAreTheAgreedOnes() throws IOException {
        byte[] app = Files.readAllBytes(dir.resolve("app_events.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(app, 3));
        assertEquals("\uFEFFdevice_id,member_id,event_name,event_time,channel,campaign,item_id,amount",
                firstLine("app_events.csv"));
        assertEquals("order_id;store;member_id;phone;order_time;amount;item", firstLine("pos_orders.csv"));
        assertEquals("email,campaign,event,time", firstLine("email_campaigns.csv"));
        assertEquals("phone\tcampaign\tevent\ttime", firstLine("sms_campaigns.tsv"));
        assertEquals("date,channel,campaign,cost,impressions,clicks", firstLine("spend_search.csv"));
        assertEquals("date,channel,campaign,cost,impressions,clicks", firstLine("spend_social.csv"));
        assertEquals("日期,渠道,广告系列,花费,展示,点击", firstLine("spend_feed.csv"));
        assertEquals("path;total_conversions;total_conversion_value;total_null", firstLine("paths.csv"));
        String pos = Files.readString(dir.resolve("pos_orders.csv"));
        assertTrue(pos.matches("(?s).*;\"¥\\d{1,3}(,\\d{3})*\\.\\d\\d\";.*"), "POS amounts look like \"¥1,234.50\"");
        String sms = Files.readString(dir.resolve("sms_campaigns.tsv"));
        assertTrue(sms.contains("\n+86 1") && sms.contains("\n0086 1") && sms.matches("(?s).*\n1\\d{10}\t.*"));
    }

    @Test
    void storeOrdersAndPathConversionsAddUpToTheTruePurchases() throws IOException {
        SampleManifest.Totals totals = manifest.totals();
        FileManifest pos = manifest.file("pos_orders.csv");
        // one receipt per store purchase; broken receipts are still rows, repeats are not purchases
        assertEquals(totals.storePurchases(), pos.rows() - pos.duplicateRows());
        long conversions = 0;
        for (String line : Files.readAllLines(dir.resolve("paths.csv")).subList(1, (int) manifest.file("paths.csv")
                .rows() + 1)) {
            conversions += Long.parseLong(line.split(";")[1]);
        }
        // every purchase, online or in store, closes exactly one journey
        assertEquals(totals.purchases(), conversions);
        assertEquals(totals.webPurchases() + totals.appPurchases() + totals.storePurchases(), totals.purchases());
    }

    @Test
    void sharedDevicesAreUsedByManyMembers() throws IOException {
        List<String> ids = manifest.totals().sharedDeviceIds();
        assertEquals(manifest.totals().sharedDevices(), ids.size());
        // 600 people: about 330 personal devices, 1% of all devices shared -> round(330 * 0.01 / 0.99) = 3
        assertTrue(ids.size() >= 2 && ids.size() <= 5, "shared devices: " + ids.size());
        List<String> rows = Files.readAllLines(dir.resolve("app_events.csv"));
        for (String id : ids) {
            Set<String> members = new HashSet<>();
            for (String row : rows) {
                String[] f = row.split(",", -1);
                if (f[0].equals(id) && !f[1].isEmpty()) {
                    members.add(f[1]);
                }
            }
            assertTrue(members.size() >= 5 && members.size() <= 15, id + " used by " + members.size());
        }
    }

    @Test
    void manifestJsonHoldsTheManifest() throws IOException {
        JsonNode json = new ObjectMapper().readTree(dir.resolve(SampleGenerator.MANIFEST).toFile());
        assertEquals(SPEC.users(), json.get("spec").get("users").asInt());
        assertEquals("2026-10-31", json.get("spec").get("endDate").asText());
        JsonNode files = json.get("files");
        assertEquals(manifest.files().size(), files.size());
        for (int i = 0; i < files.size(); i++) {
            FileManifest file = manifest.files().get(i);
            assertEquals(file.name(), files.get(i).get("name").asText());
            assertEquals(file.rows(), files.get(i).get("rows").asLong());
            assertEquals(file.duplicateRows(), files.get(i).get("duplicateRows").asLong());
            JsonNode broken = files.get(i).get("brokenRows");
            assertEquals(file.brokenRows().size(), broken.size());
            file.brokenRows().forEach((reason, count) -> assertEquals(count, broken.get(reason).asLong()));
        }
        JsonNode totals = json.get("totals");
        assertEquals(manifest.totals().purchases(), totals.get("purchases").asLong());
        assertEquals(0, manifest.totals().revenue().compareTo(totals.get("revenue").decimalValue()));
        assertEquals(5.0, json.get("truth").get("effects").get(0).get("onlineUplift").asDouble());
    }

    private static String firstLine(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name)).get(0);
    }
}
