package com.touchpoint.analysis.rfm;

import com.touchpoint.analysis.audience.AnalysisException;

import java.util.List;

/**
 * The analyst's own score cuts: four ascending values per measure. Recency (days since the last order) at or below
 * the first cut scores 5, above the fourth scores 1; frequency and monetary at or below the first cut score 1,
 * above the fourth score 5.
 */
public record RfmThresholds(List<Double> recency, List<Double> frequency, List<Double> monetary) {

    public RfmThresholds {
        recency = checked("recency", recency);
        frequency = checked("frequency", frequency);
        monetary = checked("monetary", monetary);
    }

    private static List<Double> checked(String measure, List<Double> cuts) {
        if (cuts == null || cuts.size() != 4) {
            throw new AnalysisException("RFM " + measure + " thresholds need four values (the cuts between scores 1|2, "
                    + "2|3, 3|4 and 4|5), not " + cuts + ".");
        }
        for (int i = 1; i < 4; i++) {
            if (cuts.get(i) < cuts.get(i - 1)) {
                throw new AnalysisException("RFM " + measure + " thresholds must not decrease: " + cuts + ".");
            }
        }
        return List.copyOf(cuts);
    }
}
