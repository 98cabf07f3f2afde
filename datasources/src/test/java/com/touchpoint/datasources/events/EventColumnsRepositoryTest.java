package com.touchpoint.datasources.events;

import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventColumnsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void eventsComeSortedByCustomerThenTimeWithCodedValues() throws Exception {
        StringBuilder csv = new StringBuilder("member_id,event,ts,channel,campaign,amount\n");
        csv.append("M2,purchase,2026-08-03T00:00:00Z,store,,120.5\n");
        csv.append("M1,click,2026-08-02T00:00:00Z,email,welcome,\n");
        csv.append("M2,click,2026-08-01T00:00:00Z,search,brand,\n");
        csv.append("M1,open,2026-08-01T00:00:00Z,email,welcome,\n");
        // 100 events of M3 in reverse time order exercise the sort for customers with many events.
        for (int i = 99; i >= 0; i--) {
            csv.append("M3,view,2026-09-01T00:00:").append(String.format("%02d", i % 60)).append(".")
                    .append(String.format("%03d", i)).append("Z,web,,\n");
        }
        Path file = Files.writeString(dir.resolve("events.csv"), csv);
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            new ImportService(store).importFile(file, new ImportRequest(null, null, null, null, ZoneOffset.UTC, null),
                    ImportMonitor.NONE);
            EventColumns events = new EventColumnsRepository(store).load(n -> { });

            assertEquals(104, events.size());
            assertEquals(3, events.customers());
            assertArrayEquals(new int[]{0, 2, 4, 104}, events.customerStart());
            // M2 appears first in the file, so it has the smaller global id and its events come first.
            long m2 = events.globalIds()[0];
            assertTrue(m2 < events.globalIds()[2]);
            assertEquals(1785542400000L, events.timesMillis()[0], "2026-08-01T00:00Z, M2's click comes first");
            assertEquals("search", events.channelDictionary().value(events.channels()[0]));
            assertEquals("purchase", events.eventTypeDictionary().value(events.eventTypes()[1]));
            assertEquals(120.5, events.revenue()[1]);
            assertTrue(Double.isNaN(events.revenue()[0]));
            assertNull(events.campaignDictionary().value(events.campaigns()[1]));
            assertEquals("welcome", events.campaignDictionary().value(events.campaigns()[2]));
            for (int i = 5; i < 104; i++) {
                assertTrue(events.timesMillis()[i - 1] < events.timesMillis()[i], "M3 sorted by time at " + i);
            }
            assertEquals(events.timesMillis()[103], events.latestMillis());
        }
    }
}
