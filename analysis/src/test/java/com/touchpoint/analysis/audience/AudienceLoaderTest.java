package com.touchpoint.analysis.audience;

import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.rfm.RfmCalculator;
import com.touchpoint.analysis.rfm.RfmGroup;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.tags.TagCalculator;
import com.touchpoint.analysis.tags.TagRule;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudienceLoaderTest {

    @TempDir
    Path dir;

    @Test
    void computedResultsSurviveReopeningAndFollowCustomersAcrossLaterImports() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), "member_id,event,ts,channel,item_id,amount\n"
                + "M1,purchase,2026-08-30T00:00:00Z,web,SKU1001,100\n"
                + "M2,page_view,2026-08-31T00:00:00Z,app,,\n");
        Path crm = Files.writeString(dir.resolve("crm.csv"), "member_id,name,city\nM3,Cai,上海\n");
        Path later = Files.writeString(dir.resolve("later.csv"), "member_id,event,ts,channel\n"
                + "M0,page_view,2026-09-01T00:00:00Z,web\n");
        ImportRequest utc = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
        ProjectFile file = ProjectFile.of(dir.resolve("p"));
        long reference = Instant.parse("2026-08-31T00:00:00Z").toEpochMilli();
        try (ProjectStore store = ProjectStore.create(file)) {
            ImportService imports = new ImportService(store);
            imports.importFile(events, utc, ImportMonitor.NONE);
            imports.importFile(crm, utc, ImportMonitor.NONE);
            AudienceData data = AudienceLoader.load(store, n -> { });
            assertEquals(3, data.size(), "M1 and M2 from events, M3 from the CRM only");
            assertEquals(reference, ReferenceTime.of(store, data), "defaults to the latest event");

            ResultStore results = new ResultStore(store);
            results.saveCategories(new ItemCategories(Map.of("tea", List.of("SKU10*"))));
            results.saveRfmSettings(new RfmSettings("365d", null, List.of(new RfmGroup("all", "所有", 1, 5, 1, 5))));
            TagSettings rules = new TagSettings(null, null, List.of(new TagRule("web",
                    EventFilter.channels("web"), Map.of())));
            results.saveTagSettings(rules);
            results.saveTags(data, TagCalculator.compute(data, rules, reference, new CancellationToken()));
            results.saveRfm(data, RfmCalculator.compute(data, results.rfmSettings(), reference,
                    new CancellationToken()));
            results.saveClustering(data, new Clustering("two", List.of("events"), 2, 5, new int[]{1, 2, 2},
                    new double[][]{{1}, {-1}}));
            ReferenceTime.save(store, Instant.parse("2026-08-30T12:00:00Z"));
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            new ImportService(store).importFile(later, utc, ImportMonitor.NONE);
            AudienceData data = AudienceLoader.load(store, n -> { });
            // M0 arrived after the results were computed: it gets no weight, no RFM and cluster 0.
            assertEquals(4, data.size());
            int m0 = 3;
            assertEquals(List.of("tea"), List.copyOf(data.categories().itemsByCategory().keySet()));
            // M1's web purchase was one day before the reference: 2^(-1/30).
            double[] web = data.tags().orElseThrow().weights("web").orElseThrow();
            assertEquals(Math.pow(2, -1 / 30.0), web[0], 1e-12);
            assertEquals(0, web[m0]);
            assertEquals("所有", data.rfm().orElseThrow().group(0).name());
            assertNull(data.rfm().orElseThrow().group(m0));
            assertArrayEquals(new int[]{1, 2, 2, 0}, data.clusterings().get("two").assignment());
            assertEquals(Instant.parse("2026-08-30T12:00:00Z").toEpochMilli(), ReferenceTime.of(store, data));
            assertEquals(new TagSettings(null, null, List.of(new TagRule("web", EventFilter.channels("web"),
                    Map.of()))), new ResultStore(store).tagSettings().orElseThrow());

            CustomerProfile profile = CustomerProfile.of(data, data.customerIds()[0]);
            assertEquals(List.of(new CustomerProfile.TagWeight("web", web[0])), profile.tags());
            assertEquals(1, profile.rfm().frequency());
            assertEquals(Map.of("two", 1), profile.clusters());
            CustomerProfile crmOnly = CustomerProfile.of(data, data.customerIds()[2]);
            assertEquals("上海", crmOnly.properties().get("city"));
            assertTrue(crmOnly.tags().isEmpty());
            assertNull(crmOnly.rfm());
        }
    }

    @Test
    void referenceTimesTypedWithoutAnOffsetAreReadInTheGivenZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2026-08-31T10:00:00Z"), ReferenceTime.parse("2026-08-31 18:00", shanghai));
        assertEquals(Instant.parse("2026-08-31T15:59:59.999Z"), ReferenceTime.parse("2026-08-31", shanghai),
                "a date alone is the end of that day");
        assertEquals(Instant.parse("2026-08-31T10:00:00Z"), ReferenceTime.parse("2026-08-31T10:00:00Z", shanghai));
        assertTrue(assertThrows(AnalysisException.class,
                () -> ReferenceTime.parse("yesterday", shanghai)).getMessage().contains("is not a time"));
    }
}
