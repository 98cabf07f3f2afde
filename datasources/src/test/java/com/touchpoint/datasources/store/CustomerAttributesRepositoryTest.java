package com.touchpoint.datasources.store;

import com.touchpoint.datasources.customers.AttributeColumn;
import com.touchpoint.datasources.customers.AttributeKind;
import com.touchpoint.datasources.customers.CustomerAttributes;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomerAttributesRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void everyCustomerIsLoadedWithTypedPropertyColumns() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), "member_id,event,ts,channel\n"
                + "M1,click,2026-08-01T10:00:00Z,email\nM3,click,2026-08-01T11:00:00Z,web\n");
        Path crm = Files.writeString(dir.resolve("crm.csv"), "member_id,name,city,birthday,level,points,note\n"
                + "M1,Ann,Shanghai,1990-05-01,gold,1200,vip\n"
                + "M2,Bob,Beijing,1988-12-31,,80,\n");
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            ImportService imports = new ImportService(store);
            ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
            imports.importFile(events, request, ImportMonitor.NONE);
            imports.importFile(crm, request, ImportMonitor.NONE);

            CustomerAttributes customers = new CustomerAttributesRepository(store).load();

            // M1 (events and CRM), M3 (events only) and M2 (CRM only) are all customers.
            assertEquals(3, customers.size());
            long[] ids = customers.globalIds();
            assertTrue(ids[0] < ids[1] && ids[1] < ids[2], "ascending global ids");
            AttributeColumn city = customers.column("city").orElseThrow();
            assertEquals(AttributeKind.TEXT, city.kind());
            AttributeColumn points = customers.column("points").orElseThrow();
            assertEquals(AttributeKind.NUMBER, points.kind(), "every points value is a number");
            AttributeColumn birth = customers.column("birth_date").orElseThrow();
            assertEquals(AttributeKind.DATE, birth.kind());
            int withoutCrm = 0;
            for (int i = 0; i < customers.size(); i++) {
                if (city.value(i) == null) {
                    withoutCrm++;
                    assertNull(points.value(i));
                } else if (city.value(i).equals("Shanghai")) {
                    assertEquals("1200", points.value(i));
                    assertEquals(1200.0, points.keys()[points.codes()[i]]);
                    // 1990-05-01 is day 7425 after 1970-01-01 (20 years incl. 5 leap days = 7305, + 120 days).
                    assertEquals(7425.0, birth.keys()[birth.codes()[i]]);
                    assertEquals("vip", customers.column("note").orElseThrow().value(i));
                } else {
                    assertNull(customers.column("member_level").orElseThrow().value(i), "blank level is none");
                }
            }
            assertEquals(1, withoutCrm, "M3 has events but no CRM record");
        }
    }

    @Test
    void alignToGivesUnknownCustomersNoValues() {
        AttributeColumn level = new AttributeColumn("level", AttributeKind.TEXT, new int[]{1, 0},
                Arrays.asList(null, "gold"), new double[]{Double.NaN, Double.NaN});
        CustomerAttributes attributes = new CustomerAttributes(new long[]{10, 20}, List.of(level));
        CustomerAttributes aligned = attributes.alignTo(new long[]{5, 10, 20});
        assertArrayEquals(new int[]{0, 1, 0}, aligned.column("level").orElseThrow().codes());
    }

    @Test
    void storedProfilesComeBackWholeAndReplaceEarlierOnes() {
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("q")))) {
            ComputedProfileRepository repository = new ComputedProfileRepository(store);
            OffsetDateTime at = OffsetDateTime.of(2026, 8, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            repository.save(new StoredProfile("tags", "weights", "{}", at, new long[]{1, 2},
                    Map.of("tea", new double[]{0.5, 0})));
            repository.save(new StoredProfile("tags", "weights", "{\"v\":2}", at, new long[]{1, 2, 3},
                    Map.of("tea", new double[]{1.5, 0, Double.NaN}, "web", new double[]{1, 2, 3})));
            StoredProfile loaded = repository.load("tags", "weights").orElseThrow();
            assertEquals("{\"v\":2}", loaded.parameters());
            assertArrayEquals(new long[]{1, 2, 3}, loaded.globalIds());
            assertArrayEquals(new double[]{1.5, 0, Double.NaN}, loaded.columns().get("tea"));
            assertArrayEquals(new double[]{1, 2, 3}, loaded.columns().get("web"));
            assertEquals(List.of("weights"), repository.names("tags"));
            assertTrue(repository.load("rfm", "weights").isEmpty());
        }
    }
}
