package com.touchpoint.sampledata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a generated file back and classifies every data line on its own terms, the way an importer would, so tests
 * can compare what is really in the file with what the manifest claims. Independent of the generator's code.
 */
final class FileAudit {

    /** What one file holds: data lines, broken lines by reason code, and lines repeating the line before. */
    record Audit(long lines, long dataLines, Map<String, Long> broken, long duplicates) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter POS = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private FileAudit() {
    }

    static Audit audit(Path dir, String name) throws IOException {
        Charset charset = name.equals("crm_customers.csv") ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        String text = Files.readString(dir.resolve(name), charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long newlines = text.chars().filter(c -> c == '\n').count();
        List<String> lines = List.of(text.split("\r?\n", -1)).subList(0, (int) newlines);
        boolean header = !name.endsWith(".ndjson");
        Map<String, Long> broken = new TreeMap<>();
        long duplicates = 0;
        String previous = null;
        for (String line : lines.subList(header ? 1 : 0, lines.size())) {
            String reason = reason(name, line);
            if (reason != null) {
                broken.merge(reason, 1L, Long::sum);
            } else if (line.equals(previous)) {
                duplicates++;
            }
            previous = line;
        }
        return new Audit(newlines, lines.size() - (header ? 1 : 0), broken, duplicates);
    }

    /** Why the line cannot be imported, as a {@link BrokenReason} code, or null when it is fine. */
    private static String reason(String file, String line) {
        return switch (file) {
            case "web_events.ndjson", "web_events_part2.ndjson" -> web(line);
            case "app_events.csv" -> delimited(line, ",", 8, f -> !DIGITS.matcher(f[3]).matches(),
                    f -> f[0].isEmpty() && f[1].isEmpty(), f -> f[7].equals("N/A"));
            case "pos_orders.csv" -> delimited(line, ";", 7, f -> !parses(f[4], POS),
                    f -> f[2].isEmpty() && f[3].isEmpty(), f -> f[5].equals("N/A"));
            case "crm_customers.csv" -> delimited(line, ",", 9, f -> !parses(f[8], LOCAL), f -> f[0].isEmpty(),
                    f -> false);
            case "email_campaigns.csv" -> delimited(line, ",", 4, f -> !parses(f[3], LOCAL), f -> f[0].isEmpty(),
                    f -> false);
            case "sms_campaigns.tsv" -> delimited(line, "\t", 4, f -> !DIGITS.matcher(f[3]).matches(),
                    f -> f[0].isEmpty(), f -> false);
            case "spend_search.csv", "spend_social.csv", "spend_feed.csv" -> delimited(line, ",", 6,
                    f -> !isDate(f[0]), f -> false, f -> f[3].equals("N/A"));
            case "paths.csv" -> delimited(line, ";", 4, f -> false, f -> false, f -> f[2].equals("N/A"));
            default -> throw new IllegalArgumentException("No audit for " + file);
        };
    }

    private interface Check {
        boolean fails(String[] fields);
    }

    private static String delimited(String line, String delimiter, int columns, Check badTime, Check noIdentifier,
                                    Check badAmount) {
        String[] fields = line.split(Pattern.quote(delimiter), -1);
        if (fields.length > columns) {
            return "extra_fields";
        }
        if (badTime.fails(fields)) {
            return "unparseable_time";
        }
        if (noIdentifier.fails(fields)) {
            return "empty_identifier";
        }
        return badAmount.fails(fields) ? "amount_not_a_number" : null;
    }

    private static String web(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return "truncated_line";
        }
        try {
            OffsetDateTime.parse(node.get("ts").asText());
        } catch (DateTimeParseException e) {
            return "unparseable_time";
        }
        if (node.get("cookie_id").asText().isEmpty() && !node.has("member_id")) {
            return "empty_identifier";
        }
        return node.has("revenue") && !node.get("revenue").isNumber() ? "amount_not_a_number" : null;
    }

    private static boolean parses(String text, DateTimeFormatter format) {
        try {
            LocalDateTime.parse(text, format);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
