package com.touchpoint.datasources.store;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpendTotalsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void costIsSummedPerChannelOverTheDaysAsked() throws Exception {
        Path spend = Files.writeString(dir.resolve("spend.csv"), """
                date,channel,campaign,cost,impressions,clicks
                2026-08-01,search,brand,100.50,1000,10
                2026-08-01,feed,douyin,40,500,5
                2026-08-02,search,generic,20.25,300,3
                2026-08-03,search,brand,9.25,100,1
                2026-08-03,social,xhs,7,90,2
                """);
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            new ImportService(store).importFile(spend,
                    new ImportRequest(null, null, null, null, ZoneOffset.UTC, null), ImportMonitor.NONE);
            SpendTotalsRepository totals = new SpendTotalsRepository(store);

            // search: 100.50 + 20.25 + 9.25 = 130; channels come in name order.
            assertEquals(Map.of("feed", 40.0, "search", 130.0, "social", 7.0), totals.costPerChannel());
            assertEquals("[feed, search, social]", totals.costPerChannel().keySet().toString());
            // Both ends are included: Aug 1-2 holds search 100.50 + 20.25 and feed 40.
            assertEquals(Map.of("feed", 40.0, "search", 120.75),
                    totals.costPerChannel(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 2)));
            assertEquals(Map.of("search", 29.5, "social", 7.0),
                    totals.costPerChannel(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 8, 3)));
            assertTrue(totals.costPerChannel(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)).isEmpty());
            IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
                    () -> totals.costPerChannel(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 1)));
            assertTrue(reversed.getMessage().contains("before it starts"), reversed.getMessage());
        }
    }
}
