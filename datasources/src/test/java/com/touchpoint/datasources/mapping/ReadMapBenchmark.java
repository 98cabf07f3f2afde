package com.touchpoint.datasources.mapping;

import com.touchpoint.datasources.read.FileSniffer;
import com.touchpoint.datasources.read.RawRecord;
import com.touchpoint.datasources.read.ReadOptions;
import com.touchpoint.datasources.read.RecordSource;
import com.touchpoint.datasources.read.RecordSources;
import com.touchpoint.datasources.read.SniffResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Random;

/**
 * Prints how fast a 1M-row, 10-column events CSV is read, and read and mapped, on this machine: rows per wall-clock
 * second, and rows per second of this thread's CPU time (steadier when other processes share the cores; garbage
 * collection runs on other threads and is not in it). Run with
 * {@code java -cp <test classpath> com.touchpoint.datasources.mapping.ReadMapBenchmark [rows]}.
 */
public final class ReadMapBenchmark {
    private static final String[] CHANNELS = {"sms", "email", "web", "app", "wechat", "baidu"};
    private static final String[] EVENTS = {"view", "click", "open", "add_to_cart", "purchase"};
    private static final String[] CITIES = {"北京", "上海", "广州", "深圳", "杭州", ""};
    private static final int ROUNDS = 5;

    private ReadMapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("readmap-benchmark", ".csv");
        try {
            write(file, rows);
            System.out.printf("file: %,d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
            long start = System.nanoTime();
            SniffResult sniff = FileSniffer.sniff(file);
            System.out.printf("sniff: %.1f ms (%s, '%s', %d columns)%n", (System.nanoTime() - start) / 1e6,
                    sniff.charset(), sniff.delimiter(), sniff.header().size());
            ReadOptions options = ReadOptions.from(sniff);
            MappingProfile profile = MappingSuggester.suggest("benchmark", sniff.header(), ZoneId.of("Asia/Shanghai"));
            for (int round = 1; round <= ROUNDS; round++) {
                report("read      ", round, rows, Files.size(file), time(() -> read(file, options)));
                report("read+map  ", round, rows, Files.size(file),
                        time(() -> readAndMap(file, options, profile, sniff)));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Path file, int rows) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("user_id,phone,event_time,channel,event,campaign,item_id,amount,city,note\n");
            for (int i = 0; i < rows; i++) {
                int second = i % 86_400;
                out.write(String.format("u%d,138%08d,2023-07-%02d %02d:%02d:%02d,%s,%s,summer_%d,sku%d,%d.%02d,%s,%s%n",
                        i % 50_000, random.nextInt(100_000_000), 1 + i / 86_400 % 28, second / 3600,
                        second / 60 % 60, second % 60, CHANNELS[i % CHANNELS.length], EVENTS[i % EVENTS.length],
                        i % 7, random.nextInt(5000), random.nextInt(2000), random.nextInt(100),
                        CITIES[i % CITIES.length], i % 4 == 0 ? "\"vip, returning\"" : ""));
            }
        }
    }

    private static long read(Path file, ReadOptions options) throws IOException {
        long count = 0;
        try (RecordSource source = RecordSources.open(file, options)) {
            while (source.next() != null) {
                count++;
            }
        }
        return count;
    }

    private static long readAndMap(Path file, ReadOptions options, MappingProfile profile, SniffResult sniff)
            throws IOException, MappingException {
        long mapped = 0;
        try (RecordSource source = RecordSources.open(file, options)) {
            RowMapper mapper = RowMapper.compile(profile, source.header(), sniff.previewRows());
            RawRecord record;
            while ((record = source.next()) != null) {
                try {
                    mapped += mapper.map(record).line() > 0 ? 1 : 0;
                } catch (RowRejectedException e) {
                    throw new IllegalStateException("benchmark row rejected: " + e.getMessage(), e);
                }
            }
        }
        return mapped;
    }

    private interface Pass {
        long run() throws Exception;
    }

    private static long[] time(Pass pass) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = pass.run();
        return new long[] {count, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart};
    }

    private static void report(String what, int round, int rows, long bytes, long[] result) {
        if (result[0] != rows) {
            throw new IllegalStateException(what.strip() + " saw " + result[0] + " rows, expected " + rows);
        }
        double seconds = result[1] / 1e9;
        double cpuSeconds = result[2] / 1e9;
        System.out.printf("%s round %d: %.2f s, %,.0f rows/s, %.0f MB/s; %.2f s CPU, %,.0f rows per CPU-second%n",
                what, round, seconds, rows / seconds, bytes / 1e6 / seconds, cpuSeconds, rows / cpuSeconds);
    }
}
