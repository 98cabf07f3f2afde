package com.touchpoint.sampledata.sim;

import com.touchpoint.sampledata.files.PathReport;
import com.touchpoint.sampledata.world.Channel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the true journeys per person (as perfect identity stitching would see them) and aggregates them into
 * path rows. A conversion's path holds the touches since the person's previous conversion and at most
 * {@link #LOOKBACK_DAYS} old; consecutive touches on the same channel count once; a conversion with no touch at all
 * gets the path "direct". Touches left after a person's last conversion form one path without conversion.
 */
public final class PathRecorder {

    public static final int LOOKBACK_DAYS = 30;
    private static final int CHANNEL_BITS = 3;

    /** Per person: touches as (second of window << 3 | channel), oldest first, consecutive repeats merged. */
    private final long[][] touches;
    private final int[] counts;
    private final Map<String, long[]> aggregate = new HashMap<>();

    public PathRecorder(int people) {
        touches = new long[people][];
        counts = new int[people];
    }

    /** A touch on {@code channel} at {@code second} (seconds since the window start). */
    public void touch(int person, Channel channel, long second) {
        long code = second << CHANNEL_BITS | channel.ordinal();
        int n = counts[person];
        long[] list = touches[person];
        if (n > 0 && (list[n - 1] & 7) == channel.ordinal()) {
            list[n - 1] = code;
            return;
        }
        if (list == null) {
            list = touches[person] = new long[4];
        } else if (n == list.length) {
            list = touches[person] = Arrays.copyOf(list, n * 2);
        }
        list[n] = code;
        counts[person] = n + 1;
    }

    /** A purchase worth {@code valueCents} at {@code second}: closes the person's current journey. */
    public void conversion(int person, long second, long valueCents) {
        long from = second - LOOKBACK_DAYS * 86_400L;
        long[] row = aggregate.computeIfAbsent(path(person, from), k -> new long[3]);
        row[0]++;
        row[1] += valueCents;
        counts[person] = 0;
    }

    /** The aggregated rows: most conversions first, then most nulls, then by path. Ends recording. */
    public List<PathReport.Path> finish() {
        for (int person = 0; person < counts.length; person++) {
            if (counts[person] > 0) {
                aggregate.computeIfAbsent(path(person, Long.MIN_VALUE), k -> new long[3])[2]++;
                counts[person] = 0;
            }
        }
        List<PathReport.Path> rows = new ArrayList<>(aggregate.size());
        aggregate.forEach((path, v) -> rows.add(new PathReport.Path(path, v[0], v[1], v[2])));
        rows.sort(Comparator.comparingLong(PathReport.Path::conversions).reversed()
                .thenComparing(Comparator.comparingLong(PathReport.Path::nulls).reversed())
                .thenComparing(PathReport.Path::path));
        return rows;
    }

    private String path(int person, long fromSecond) {
        StringBuilder b = new StringBuilder();
        long[] list = touches[person];
        for (int i = 0; i < counts[person]; i++) {
            if (list[i] >> CHANNEL_BITS >= fromSecond) {
                if (b.length() > 0) {
                    b.append(" > ");
                }
                b.append(Channel.values()[(int) (list[i] & 7)].code());
            }
        }
        return b.length() == 0 ? Channel.DIRECT.code() : b.toString();
    }
}
