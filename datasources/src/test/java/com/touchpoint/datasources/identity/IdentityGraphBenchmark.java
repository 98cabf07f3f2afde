package com.touchpoint.datasources.identity;

import java.lang.management.ManagementFactory;

/**
 * Registers 3M identifiers with realistic values (cookies and devices as UUIDs, phones and e-mails as 32-char hashes,
 * member ids, openids) and 1M links, then times lookups of existing values, provisional global ids and a stitch,
 * printing wall and CPU milliseconds (CPU time of this thread, which a busy machine inflates less) and retained
 * heap. Run: {@code java -XX:+UseSerialGC -Xmx2g -cp target/classes:target/test-classes
 * com.touchpoint.datasources.identity.IdentityGraphBenchmark} (the serial collector, as G1 rounds large arrays up to
 * whole regions and so overstates the heap they need).
 */
public final class IdentityGraphBenchmark {

    private static final int IDENTIFIERS = 3_000_000;
    private static final int LINKS = 1_000_000;

    private IdentityGraphBenchmark() {
    }

    public static void main(String[] args) {
        long baseline = usedHeap();
        IdentityGraph graph = new IdentityGraph();

        long[] start = now();
        for (int i = 0; i < IDENTIFIERS; i++) {
            graph.idOf(typeOf(i), valueOf(i));
        }
        report("register " + IDENTIFIERS + " identifiers", start, IDENTIFIERS);

        // customers of three: identifiers 3k+1, 3k+2, 3k+3 linked in a chain, for the first 500k triples
        start = now();
        for (int k = 0; k < LINKS / 2; k++) {
            graph.link(3L * k + 1, 3L * k + 2);
            graph.link(3L * k + 2, 3L * k + 3);
        }
        report("link " + LINKS + " pairs", start, LINKS);

        long graphHeap = usedHeap() - baseline;
        System.out.printf("heap retained by the graph: %d MB, %.1f bytes per identifier (links included)%n",
                graphHeap >> 20, (double) graphHeap / IDENTIFIERS);

        start = now();
        long checksum = 0;
        for (int i = 0; i < IDENTIFIERS; i++) {
            checksum += valueOf(i).length() + typeOf(i).ordinal();
        }
        report("generate the " + IDENTIFIERS + " values again (included in the next line)", start, IDENTIFIERS);
        start = now();
        for (int i = 0; i < IDENTIFIERS; i++) {
            checksum += graph.idOf(typeOf(i), valueOf(i));
        }
        report("generate and look up " + IDENTIFIERS + " existing identifiers", start, IDENTIFIERS);

        start = now();
        for (long id = 1; id <= LINKS; id++) {
            checksum += graph.provisionalGlobalId(id);
        }
        report("provisional global id of " + LINKS + " identifiers", start, LINKS);

        start = now();
        StitchResult result = graph.stitch(StitchPolicy.DEFAULT);
        report("stitch", start, IDENTIFIERS);
        System.out.printf("customers %d, new identifiers %d, new edges %d, merges %d (checksum %d)%n",
                result.customers(), result.newIdentifiers().size(), result.newEdges().size(), result.merges(),
                checksum);
        long withResult = usedHeap() - baseline;
        System.out.printf("heap retained by graph and stitch result: %d MB%n", withResult >> 20);

        start = now();
        StitchResult again = graph.stitch(StitchPolicy.DEFAULT);
        report("second stitch (nothing new, changes nothing: " + again.changesNothing() + ")", start, IDENTIFIERS);
    }

    private static IdType typeOf(int i) {
        return switch (i % 10) {
            case 0, 1, 2 -> IdType.COOKIE;
            case 3, 4 -> IdType.DEVICE;
            case 5, 6 -> IdType.PHONE;
            case 7 -> IdType.EMAIL;
            case 8 -> IdType.MEMBER;
            default -> IdType.OPENID;
        };
    }

    private static String valueOf(int i) {
        long a = mix(i);
        long b = mix(a);
        return switch (typeOf(i)) {
            case COOKIE, DEVICE -> hex(a, 8) + "-" + hex(a >>> 32, 4) + "-" + hex(a >>> 48, 4) + "-" + hex(b, 4)
                    + "-" + hex(b >>> 16, 12);
            case PHONE, EMAIL -> hex(a, 16) + hex(b, 16);
            case MEMBER -> "M" + (100_000_000 + i);
            default -> "o" + hex(a, 16) + hex(b, 11);
        };
    }

    private static String hex(long value, int digits) {
        String text = Long.toHexString(value);
        return text.length() >= digits ? text.substring(text.length() - digits)
                : "0".repeat(digits - text.length()) + text;
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Wall and CPU nanoseconds. */
    private static long[] now() {
        return new long[] {System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()};
    }

    private static void report(String what, long[] start, int operations) {
        long[] end = now();
        long wall = end[0] - start[0];
        long cpu = end[1] - start[1];
        System.out.printf("%s: %d ms wall, %d ms CPU (%.0f ns CPU each)%n", what, wall / 1_000_000, cpu / 1_000_000,
                (double) cpu / operations);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
