package com.touchpoint.analysis.segment;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.EventFilter;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentLibraryTest {

    @TempDir
    Path dir;

    @Test
    void savedSegmentsComeBackWithSizesAndReferencesAreGuarded() {
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(dir.resolve("p")))) {
            SegmentLibrary library = new SegmentLibrary(store);
            Segment buyers = new Segment(1, "buyers", "anyone who bought", "UTC",
                    EventCondition.did(EventFilter.types("purchase"), TimeWindow.ALL));
            library.save(buyers);
            library.save(Segment.of("lapsed", new Not(new SegmentReference("buyers"))));
            library.save(Segment.of("by tag", new TagCondition("tea", Comparison.GREATER, List.of(1.0))));
            assertEquals(buyers, library.load("buyers").orElseThrow());

            AnalysisException missing = assertThrows(AnalysisException.class,
                    () -> library.save(Segment.of("x", new SegmentReference("nobody"))));
            assertTrue(missing.getMessage().contains("'nobody' that is not saved"));
            AnalysisException cycle = assertThrows(AnalysisException.class,
                    () -> library.save(Segment.of("buyers", new SegmentReference("lapsed"))));
            assertTrue(cycle.getMessage().contains("'buyers' → 'lapsed' → 'buyers'"), cycle.getMessage());
            AnalysisException used = assertThrows(AnalysisException.class, () -> library.delete("buyers"));
            assertTrue(used.getMessage().contains("used by [lapsed]"), used.getMessage());

            AudienceData data = SegmentFixture.audience();
            SegmentEvaluator evaluator = new SegmentEvaluator(data, library.lookup());
            List<SegmentLibrary.Summary> rows = library.summaries(evaluator, SegmentFixture.REFERENCE,
                    new CancellationToken());
            // Buyers are customers 1 and 2 of the fixture; the tag segment cannot run before tags are computed.
            assertEquals(List.of("buyers", "by tag", "lapsed"), rows.stream().map(SegmentLibrary.Summary::name)
                    .toList());
            assertEquals(2, rows.get(0).size());
            assertTrue(rows.get(1).problem().contains("compute tags first"));
            assertEquals(2, rows.get(2).size());

            library.delete("lapsed");
            library.delete("buyers");
            assertEquals(List.of("by tag"), library.all().stream().map(Segment::name).toList());
        }
    }
}
