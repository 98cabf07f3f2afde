package com.touchpoint.analysis.rfm;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.Spans;

import java.time.Duration;
import java.util.List;

/**
 * How RFM is scored: over orders (events with revenue) in the {@code window} before the reference time (default
 * 365d); scores cut at quintiles of the scored customers unless the analyst gives {@code thresholds}; customers
 * named by {@code groups} (default {@link #DEFAULT_GROUPS}), checked in order, the first that fits wins.
 */
public record RfmSettings(String window, RfmThresholds thresholds, List<RfmGroup> groups) {

    /**
     * A common R × F map, covering all 25 cells: recent and frequent buyers are champions, frequent ones who have
     * not bought for long are at risk or can't be lost, rare and old ones hibernate.
     */
    public static final List<RfmGroup> DEFAULT_GROUPS = List.of(
            new RfmGroup("champions", "Champions", 5, 5, 4, 5),
            new RfmGroup("loyal", "Loyal customers", 3, 4, 4, 5),
            new RfmGroup("potential_loyalists", "Potential loyalists", 4, 5, 2, 3),
            new RfmGroup("new_customers", "New customers", 5, 5, 1, 1),
            new RfmGroup("promising", "Promising", 4, 4, 1, 1),
            new RfmGroup("need_attention", "Need attention", 3, 3, 3, 3),
            new RfmGroup("about_to_sleep", "About to sleep", 3, 3, 1, 2),
            new RfmGroup("cant_lose", "Can't lose them", 1, 2, 5, 5),
            new RfmGroup("at_risk", "At risk", 1, 2, 3, 4),
            new RfmGroup("hibernating", "Hibernating", 1, 2, 1, 2));

    public static final RfmSettings DEFAULT = new RfmSettings("365d", null, null);

    public RfmSettings {
        window = window == null ? "365d" : window;
        Spans.parse(window);
        groups = groups == null || groups.isEmpty() ? DEFAULT_GROUPS : List.copyOf(groups);
        if (groups.stream().map(RfmGroup::key).distinct().count() != groups.size()) {
            throw new AnalysisException("Two RFM groups share a key; give each group its own key.");
        }
    }

    public Duration windowSpan() {
        return Spans.parse(window);
    }

    public RfmSettings withWindow(String newWindow) {
        return new RfmSettings(newWindow, thresholds, groups);
    }

    /** The first group containing the scores, or null (unscored customers, or a grid the groups leave open). */
    public RfmGroup groupOf(int r, int f) {
        for (RfmGroup group : groups) {
            if (group.contains(r, f)) {
                return group;
            }
        }
        return null;
    }
}
