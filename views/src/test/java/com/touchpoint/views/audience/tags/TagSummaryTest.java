package com.touchpoint.views.audience.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TagSummaryTest {

    @Test
    void tagsAreListedMostWidespreadFirstWithTheMeanAndLargestWeightOfTheirCustomers() {
        Map<String, double[]> weights = new LinkedHashMap<>();
        weights.put("channel:sms", new double[] {1, 0, 0, 0});
        weights.put("interest:tea", new double[] {0, 2, 4, 0});
        weights.put("channel:web", new double[] {0, 0, 0, 0});

        Table summary = TagSummary.of(new TagWeights(new TagSettings(null, null, null), 0, weights));

        // interest:tea: customers 2 and 3 have it, mean (2 + 4) / 2 = 3, largest 4; channel:sms: one customer, 1.
        assertEquals(List.of("interest:tea", "channel:sms", "channel:web"), summary.stringColumn("tag").asList());
        assertEquals(List.of(2, 1, 0), summary.intColumn("customers").asList());
        assertEquals(List.of(3.0, 1.0, 0.0), summary.doubleColumn("mean weight").asList());
        assertEquals(List.of(4.0, 1.0, 0.0), summary.doubleColumn("max weight").asList());
    }
}
