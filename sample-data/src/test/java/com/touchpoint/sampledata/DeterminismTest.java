package com.touchpoint.sampledata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void sameSpecGivesIdenticalBytesInEveryFile() throws IOException {
        SampleSpec spec = SampleSpec.of(400, 20, 3);
        SampleGenerator.generate(spec, tmp.resolve("a"));
        SampleGenerator.generate(spec, tmp.resolve("b"));
        for (String name : SampleSet.shippedFiles()) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void anotherSeedGivesOtherPeopleAndEvents() throws IOException {
        SampleGenerator.generate(SampleSpec.of(400, 20, 3), tmp.resolve("a"));
        SampleGenerator.generate(SampleSpec.of(400, 20, 4), tmp.resolve("b"));
        for (String name : new String[] {"web_events.ndjson", "crm_customers.csv", "spend_search.csv"}) {
            assertFalse(Arrays.equals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name))), name);
        }
    }

    @Test
    void theWindowEndsOnTheGivenDate() throws IOException {
        SampleSpec spec = new SampleSpec(200, 7, 3, java.time.LocalDate.of(2025, 3, 9), 0, 0);
        SampleGenerator.generate(spec, tmp);
        java.util.List<String> spend = Files.readAllLines(tmp.resolve("spend_search.csv"));
        // 7 days x 2 search campaigns, first day 2025-03-03, last 2025-03-09
        assertEquals(1 + 14, spend.size());
        assertEquals("2025-03-03", spend.get(1).substring(0, 10));
        assertEquals("2025-03-09", spend.get(14).substring(0, 10));
    }
}
