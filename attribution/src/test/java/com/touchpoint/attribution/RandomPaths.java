package com.touchpoint.attribution;

import com.touchpoint.attribution.journey.JourneySet;
import com.touchpoint.attribution.journey.PathRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small random path reports for property tests: channels named A, B, C, …, paths of 1–6 touches. */
public final class RandomPaths {
    private RandomPaths() {
    }

    public static JourneySet journeys(long seed, int channels, int rows) {
        Random random = new Random(seed);
        List<PathRow> paths = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder path = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int k = 0; k < length; k++) {
                path.append(k == 0 ? "" : " > ").append((char) ('A' + random.nextInt(channels)));
            }
            int conversions = random.nextInt(3);
            paths.add(new PathRow(path.toString(), conversions, conversions * (5 + random.nextInt(20)),
                    1 + random.nextInt(4)));
        }
        return JourneySet.fromPathRows(paths);
    }
}
