package com.touchpoint.reports;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Times writing a 100,000 × 10 table of mixed types (dates, date-times, text with Chinese, longs, ints, doubles with
 * gaps, a percent and a money column) to .xlsx, and reports the peak heap during the export (the table included).
 * CPU times (the exporting thread's, and the whole JVM's with GC and JIT) are printed beside the wall time, because
 * on a busy machine the wall time mostly measures waiting for a core. Target: at most 5 s with {@code -Xmx512m}. Usage: {@code java -Xmx512m -cp … ExcelExportBenchmark [rows] [runs]}.
 */
public final class ExcelExportBenchmark {

    private static final String[] CHANNELS = {"search", "social", "email", "sms", "store", "app", "affiliate", "直播"};
    private static final String[] NOTES = {"", "first order", "回头客", "coupon SPRING24", "", "门店自提, 会员"};

    private ExcelExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Table table = mixedTable(rows);
        SheetSpec sheet = SheetSpec.of("Events", table).withFormat("spend", ColumnFormat.MONEY)
                .withCurrencySymbol("¥").withTitleLines("Benchmark export", rows + " rows");
        Path out = Files.createTempFile("excel-export-benchmark", ".xlsx");
        System.out.printf("%,d rows x %d columns, max heap %,d MB%n", rows, table.columnCount(),
                Runtime.getRuntime().maxMemory() >> 20);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        try {
            for (int run = 1; run <= runs; run++) {
                System.gc();
                long retained = usedHeap();
                resetPeaks();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long processCpuStart = process.getProcessCpuTime();
                long start = System.nanoTime();
                new WorkbookWriter().write(List.of(sheet), out);
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                long processCpuMillis = (process.getProcessCpuTime() - processCpuStart) / 1_000_000;
                System.out.printf("run %d: %,d ms (CPU: exporting thread %,d ms, whole JVM %,d ms), peak heap %,d MB"
                                + " (table and JVM before export %,d MB), file %,d KB%n", run, millis, cpuMillis,
                        processCpuMillis, peakHeap() >> 20, retained >> 20, Files.size(out) >> 10);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Table mixedTable(int rows) {
        Random random = new Random(42);
        DateColumn day = DateColumn.create("day");
        DateTimeColumn seen = DateTimeColumn.create("seen at");
        StringColumn channel = StringColumn.create("channel");
        StringColumn campaign = StringColumn.create("campaign");
        LongColumn user = LongColumn.create("user id");
        IntColumn sessions = IntColumn.create("sessions");
        DoubleColumn revenue = DoubleColumn.create("revenue");
        DoubleColumn conversion = DoubleColumn.create("conversion rate");
        DoubleColumn spend = DoubleColumn.create("spend");
        StringColumn note = StringColumn.create("note");
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int i = 0; i < rows; i++) {
            LocalDateTime time = start.plusMinutes(random.nextInt(60 * 24 * 365));
            day.append(time.toLocalDate());
            seen.append(time);
            channel.append(CHANNELS[random.nextInt(CHANNELS.length)]);
            campaign.append("campaign-" + random.nextInt(300));
            user.append(1_000_000_000L + random.nextInt(5_000_000));
            sessions.append(1 + random.nextInt(40));
            revenue.append(random.nextInt(20) == 0 ? Double.NaN : random.nextDouble() * 900);
            conversion.append(random.nextDouble() * 0.2);
            spend.append(random.nextDouble() * 50);
            note.append(NOTES[random.nextInt(NOTES.length)]);
        }
        return Table.create("events", day, seen, channel, campaign, user, sessions, revenue, conversion, spend, note);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the heap in use at any moment since the reset. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }
}
