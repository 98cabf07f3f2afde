package com.touchpoint.sampledata.files;

import com.touchpoint.sampledata.BrokenReason;
import java.util.List;
import java.util.SplittableRandom;

/** {@code paths.csv}: aggregated journeys in the ChannelAttribution layout (semicolon). */
public final class PathReport implements RowFormat<PathReport.Path> {

    public static final FileLayout LAYOUT = FileLayout.csv("paths.csv", ';',
            "path;total_conversions;total_conversion_value;total_null");

    /**
     * One distinct path.
     *
     * @param path        channels joined by " > "
     * @param conversions journeys on this path that ended in a purchase
     * @param valueCents  their revenue
     * @param nulls       journeys on this path without a purchase
     */
    public record Path(String path, long conversions, long valueCents, long nulls) {
    }

    @Override
    public String clean(Path p) {
        return Texts.join(';', p.path(), String.valueOf(p.conversions()), Texts.money(p.valueCents()),
                String.valueOf(p.nulls()));
    }

    @Override
    public List<BrokenReason> reasons(Path p) {
        return List.of(BrokenReason.AMOUNT_NOT_A_NUMBER);
    }

    @Override
    public String broken(Path p, BrokenReason reason, SplittableRandom rng) {
        if (reason != BrokenReason.AMOUNT_NOT_A_NUMBER) {
            throw new IllegalArgumentException("Path rows are not broken by " + reason.code());
        }
        return RowFormat.replaceField(clean(p), ';', 2, "N/A");
    }
}
