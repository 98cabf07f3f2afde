package com.touchpoint.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCsvGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheRowsAskedForWithTheBrokenShareCountedByReason() throws IOException {
        Path file = tmp.resolve("events.csv");
        EventCsvGenerator.Result result = EventCsvGenerator.write(file, 20_000, 500, 9, 0.05);
        List<String> lines = Files.readAllLines(file);
        assertEquals(EventCsvGenerator.HEADER, lines.get(0));
        assertEquals(20_001, lines.size());
        assertEquals(Files.size(file), result.bytes());
        Map<String, Long> found = new TreeMap<>();
        OffsetDateTime previous = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String reason = f.length > 10 ? "extra_fields"
                    : f[4].equals("yesterday") ? "unparseable_time"
                    : f[1].isEmpty() && f[2].isEmpty() ? "empty_identifier"
                    : f[8].equals("N/A") ? "amount_not_a_number" : null;
            if (reason != null) {
                found.merge(reason, 1L, Long::sum);
            }
            if (!f[4].equals("yesterday")) {
                OffsetDateTime time = OffsetDateTime.parse(f[4]);
                assertTrue(previous == null || !time.isBefore(previous), "rows are in time order");
                previous = time;
            }
            if (reason == null) {
                assertEquals(f[3].equals("purchase"), !f[8].isEmpty(), "only purchases carry revenue: " + line);
            }
        }
        assertEquals(result.brokenRows(), found);
        long broken = found.values().stream().mapToLong(Long::longValue).sum();
        // 5% of 20,000 is 1,000; the binomial spread is about 31, so 850..1150 is a wide margin
        assertTrue(broken > 850 && broken < 1_150, "broken rows: " + broken);
    }

    @Test
    void sameArgumentsSameBytes() throws IOException {
        EventCsvGenerator.write(tmp.resolve("a.csv"), 5_000, 100, 1, 0.02);
        EventCsvGenerator.write(tmp.resolve("b.csv"), 5_000, 100, 1, 0.02);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.csv")), Files.readAllBytes(tmp.resolve("b.csv")));
    }

    @Test
    void rejectsAnImpossibleBrokenShare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventCsvGenerator.write(tmp.resolve("x.csv"), 10, 10, 1, 0.9));
        assertTrue(e.getMessage().contains("brokenFraction"));
    }
}
