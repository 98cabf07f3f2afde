package com.touchpoint.analysis.cluster;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.TestAudience;
import com.touchpoint.analysis.rfm.RfmCalculator;
import com.touchpoint.analysis.rfm.RfmSettings;
import com.touchpoint.analysis.segment.Segment;
import com.touchpoint.analysis.segment.SegmentEvaluator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterAnalysisTest {

    /** Two squares of four points each, far apart: (0..1, 0..1) and (10..11, 10..11). */
    private static final double[][] TWO_BLOBS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {10, 10}, {10, 11}, {11, 10},
        {11, 11}};

    private static FeatureMatrix blobs() {
        return FeatureMatrix.of(List.of("x", "y"), TWO_BLOBS);
    }

    @Test
    void separatedGroupsAreFoundAndProfiled() {
        Clustering clustering = ClusterAnalysis.run("blobs", blobs(), 2, 7, new CancellationToken());
        Set<Integer> first = IntStream.range(0, 4).map(clustering::clusterOf).boxed().collect(Collectors.toSet());
        Set<Integer> second = IntStream.range(4, 8).map(clustering::clusterOf).boxed().collect(Collectors.toSet());
        assertEquals(1, first.size());
        assertEquals(1, second.size());
        assertTrue(!first.equals(second), "the squares are in different clusters");
        Table profile = ClusterAnalysis.profile(blobs(), clustering);
        assertEquals(List.of("cluster", "size", "mean x", "mean y"), profile.columnNames());
        assertEquals(4, profile.intColumn("size").get(0));
        double lowMean = Math.min(profile.doubleColumn("mean x").get(0), profile.doubleColumn("mean x").get(1));
        assertEquals(0.5, lowMean, 1e-12);
        // Each coordinate has mean 5.5 and variance (4 × 5.5² + 4 × 4.5²) / 8 = 25.25; each cluster's points lie
        // 0.5 from its centre in both coordinates: 8 points × 2 coordinates × 0.25 / 25.25 = 4 / 25.25.
        assertEquals(4 / 25.25, ClusterAnalysis.withinSumOfSquares(blobs(), clustering), 1e-12);
    }

    @Test
    void choosingKShowsFallingErrorAndTheBestSilhouetteAtTheTrueK() {
        Table choice = ClusterAnalysis.chooseK(blobs(), 2, 4, 7, new CancellationToken());
        assertEquals(List.of(2, 3, 4), choice.intColumn("k").asList());
        double[] within = choice.doubleColumn("within-cluster sum of squares").asDoubleArray();
        assertTrue(within[0] >= within[1] && within[1] >= within[2], Arrays.toString(within));
        double[] silhouette = choice.doubleColumn("silhouette").asDoubleArray();
        assertTrue(silhouette[0] > 0.8 && silhouette[0] > silhouette[1] && silhouette[0] > silhouette[2],
                Arrays.toString(silhouette));
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        double[][] rows = new double[300][];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[]{random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        }
        FeatureMatrix matrix = FeatureMatrix.of(List.of("a", "b", "c"), rows);
        assertArrayEquals(ClusterAnalysis.run("x", matrix, 4, 11, new CancellationToken()).assignment(),
                ClusterAnalysis.run("x", matrix, 4, 11, new CancellationToken()).assignment());
    }

    @Test
    void aClusterSavedAsASegmentKeepsItsCustomers() {
        long reference = TestAudience.millis("2026-08-31T00:00:00Z");
        TestAudience audience = new TestAudience();
        // Customers 1–3 buy once for 10; customers 4–6 buy 5 times for 1,000 each.
        for (int c = 1; c <= 6; c++) {
            for (int k = 0; k < (c <= 3 ? 1 : 5); k++) {
                audience.event(c, reference - (k + 1) * 86_400_000L, "web", "purchase", null, null,
                        c <= 3 ? 10 : 1000);
            }
        }
        AudienceData events = audience.build();
        AudienceData data = events.withRfm(RfmCalculator.compute(events, RfmSettings.DEFAULT, reference,
                new CancellationToken()));
        FeatureMatrix matrix = FeatureMatrix.build(data, List.of("frequency", "monetary"), reference);
        Clustering clustering = ClusterAnalysis.run("value", matrix, 2, 1, new CancellationToken());
        int big = clustering.clusterOf(3);
        Segment segment = ClusterAnalysis.asSegment(clustering, big, "big spenders");
        AudienceData clustered = data.withClustering(clustering);
        assertEquals(Set.of(3, 4, 5), new SegmentEvaluator(clustered, n -> Optional.empty())
                .evaluate(segment, reference, new CancellationToken()).members().stream().boxed()
                .collect(Collectors.toSet()));
        assertTrue(assertThrows(AnalysisException.class, () -> FeatureMatrix.build(data, List.of("age"), reference))
                .getMessage().contains("'age' is not a feature"));
        assertTrue(assertThrows(AnalysisException.class, () -> ClusterAnalysis.run("x", matrix, 1, 1,
                new CancellationToken())).getMessage().contains("k must be from 2"));
    }
}
