package com.touchpoint.sampledata;

import com.touchpoint.sampledata.sim.Randoms;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a large events-only CSV quickly, for import benchmarks: {@value #HEADER}. Rows are in time order (0 to 2
 * seconds apart, from 2026-08-03), users are drawn uniformly, and a chosen share of rows is broken
 * in the same ways as the sample set (unparseable time, empty identifiers, "N/A" revenue, an extra field). Bytes
 * are formatted by hand into a buffer, so the disk, not the formatting, sets the pace. Same arguments, same bytes.
 */
public final class EventCsvGenerator {

    public static final String HEADER =
            "event_id,user_id,device_id,event_type,event_time,channel,campaign,item_id,revenue,page_url";

    /**
     * What was written.
     *
     * @param rows       data rows (the header is not counted)
     * @param brokenRows broken rows by {@link BrokenReason#code()}
     * @param bytes      file size
     */
    public record Result(long rows, Map<String, Long> brokenRows, long bytes) {
    }

    private static final String[] TYPES = {"page_view", "product_view", "add_to_cart", "purchase", "app_open",
        "push_open", "email_click", "ad_click", "ad_click", "ad_click"};
    private static final String[] CHANNELS = {"web", "web", "web", "web", "app", "push", "email", "search", "feed",
        "social"};
    private static final String[] CAMPAIGNS = {"", "", "", "", "", "push_weekly", "edm_autumn_tea",
        "search_brand_tea", "feed_douyin_autumn", "social_xhs_kol"};
    /** Relative frequency of each type above (per 1,000 events). */
    private static final int[] WEIGHTS = {380, 260, 60, 20, 150, 30, 20, 30, 30, 20};
    private static final byte[][] TYPE_BYTES = bytes(TYPES);
    private static final byte[][] CHANNEL_BYTES = bytes(CHANNELS);
    private static final byte[][] CAMPAIGN_BYTES = bytes(CAMPAIGNS);
    private static final byte[] TYPE_BY_PERMILLE = typeTable();
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SITE = "https://www.mapleandtea.cn/p/SKU".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HOME = "https://www.mapleandtea.cn/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OFFSET = "+08:00".getBytes(StandardCharsets.US_ASCII);
    private static final long START = LocalDateTime.of(2026, 8, 3, 0, 0).toEpochSecond(ZoneOffset.ofHours(8));
    private static final int BUFFER = 1 << 20;

    private final byte[] buf = new byte[BUFFER + 4096];
    private int pos;
    private long dayStart = Long.MIN_VALUE;
    private final byte[] datePrefix = new byte[11];

    private EventCsvGenerator() {
    }

    /**
     * Writes {@code rows} events by {@code users} users to {@code file}.
     *
     * @param brokenFraction share of rows written broken (0 to 0.5)
     */
    public static Result write(Path file, long rows, int users, long seed, double brokenFraction) throws IOException {
        if (rows < 0 || users < 1) {
            throw new IllegalArgumentException("rows must be at least 0 and users at least 1, got rows=" + rows
                    + ", users=" + users);
        }
        if (!(brokenFraction >= 0 && brokenFraction <= 0.5)) {
            throw new IllegalArgumentException("brokenFraction must be between 0 and 0.5, got " + brokenFraction);
        }
        return new EventCsvGenerator().run(file, rows, users, seed, brokenFraction);
    }

    private Result run(Path file, long rows, int users, long seed, double brokenFraction) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        EnumMap<BrokenReason, Long> broken = new EnumMap<>(BrokenReason.class);
        BrokenReason[] reasons = {BrokenReason.UNPARSEABLE_TIME, BrokenReason.EMPTY_IDENTIFIER,
            BrokenReason.AMOUNT_NOT_A_NUMBER, BrokenReason.EXTRA_FIELDS};
        long bytes = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            ascii(HEADER);
            buf[pos++] = '\n';
            long time = START;
            for (long row = 0; row < rows; row++) {
                time += rng.nextInt(3);
                BrokenReason reason = rng.nextDouble() < brokenFraction ? reasons[rng.nextInt(reasons.length)] : null;
                if (reason != null) {
                    broken.merge(reason, 1L, Long::sum);
                }
                row(row, rng.nextInt(users), TYPE_BY_PERMILLE[rng.nextInt(1000)], time, rng, reason, seed);
                if (pos >= BUFFER) {
                    out.write(buf, 0, pos);
                    bytes += pos;
                    pos = 0;
                }
            }
            out.write(buf, 0, pos);
            bytes += pos;
            pos = 0;
        }
        Map<String, Long> byCode = new TreeMap<>();
        broken.forEach((reason, count) -> byCode.put(reason.code(), count));
        return new Result(rows, byCode, bytes);
    }

    private void row(long id, int user, int type, long time, SplittableRandom rng, BrokenReason reason, long seed) {
        boolean noIds = reason == BrokenReason.EMPTY_IDENTIFIER;
        buf[pos++] = 'e';
        number(id + 1);
        buf[pos++] = ',';
        if (!noIds) {
            buf[pos++] = 'u';
            number(user);
        }
        buf[pos++] = ',';
        if (!noIds) {
            hex(Randoms.mix(seed ^ user));
        }
        buf[pos++] = ',';
        bytes(TYPE_BYTES[type]);
        buf[pos++] = ',';
        if (reason == BrokenReason.UNPARSEABLE_TIME) {
            ascii("yesterday");
        } else {
            isoTime(time);
        }
        buf[pos++] = ',';
        bytes(CHANNEL_BYTES[type]);
        buf[pos++] = ',';
        bytes(CAMPAIGN_BYTES[type]);
        buf[pos++] = ',';
        int sku = 1001 + rng.nextInt(25);
        boolean product = type == 1 || type == 2 || type == 3;
        if (product) {
            ascii("SKU");
            number(sku);
        }
        buf[pos++] = ',';
        if (reason == BrokenReason.AMOUNT_NOT_A_NUMBER) {
            ascii("N/A");
        } else if (type == 3) {
            number(58 + rng.nextInt(800));
            ascii(".00");
        }
        buf[pos++] = ',';
        if (product) {
            bytes(SITE);
            number(sku);
        } else if (type == 0 || type >= 6) {
            bytes(HOME);
        }
        if (reason == BrokenReason.EXTRA_FIELDS) {
            ascii(",sdk_5.2.1");
        }
        buf[pos++] = '\n';
    }

    private void isoTime(long epochSecond) {
        long day = Math.floorDiv(epochSecond - START, 86_400L) * 86_400L + START;
        if (day != dayStart) {
            dayStart = day;
            LocalDateTime d = LocalDateTime.ofEpochSecond(day, 0, ZoneOffset.ofHours(8));
            String prefix = String.format("%04d-%02d-%02dT", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, datePrefix, 0, 11);
        }
        System.arraycopy(datePrefix, 0, buf, pos, 11);
        pos += 11;
        int s = (int) (epochSecond - day);
        two(s / 3600);
        buf[pos++] = ':';
        two(s / 60 % 60);
        buf[pos++] = ':';
        two(s % 60);
        bytes(OFFSET);
    }

    private void two(int value) {
        buf[pos++] = (byte) ('0' + value / 10);
        buf[pos++] = (byte) ('0' + value % 10);
    }

    private void number(long value) {
        if (value == 0) {
            buf[pos++] = '0';
            return;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = pos + digits - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        pos += digits;
    }

    private void hex(long value) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            buf[pos++] = HEX[(int) (value >>> shift) & 15];
        }
    }

    private void bytes(byte[] b) {
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            buf[pos++] = (byte) text.charAt(i);
        }
    }

    private static byte[][] bytes(String[] texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.US_ASCII);
        }
        return out;
    }

    private static byte[] typeTable() {
        byte[] table = new byte[1000];
        int at = 0;
        for (int type = 0; type < WEIGHTS.length; type++) {
            for (int k = 0; k < WEIGHTS[type]; k++) {
                table[at++] = (byte) type;
            }
        }
        return table;
    }

    /** Command line: {@code --out FILE --rows N [--users M] [--seed S] [--broken F]}; prints the write speed. */
    public static void main(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--out", "--rows", "--users", "--seed", "--broken"));
            Path out = line.require("--out", Path::of);
            long rows = line.require("--rows", Long::parseLong);
            long started = System.nanoTime();
            Result result = write(out, rows, line.get("--users", Integer::parseInt, 100_000),
                    line.get("--seed", Long::parseLong, 42L), line.get("--broken", Double::parseDouble, 0.0));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Wrote %,d rows (%,.1f MB, broken %s) to %s in %.2f s: %,.0f rows/s, %.0f MB/s%n",
                    result.rows(), result.bytes() / 1e6, result.brokenRows(), out, seconds, result.rows() / seconds,
                    result.bytes() / 1e6 / seconds);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: EventCsvGenerator --out FILE --rows N [--users M (default 100000)] "
                    + "[--seed S (default 42)] [--broken FRACTION (default 0)]");
            System.exit(2);
        } catch (IOException e) {
            System.err.println("Could not write " + e.getMessage());
            System.exit(1);
        }
    }
}
