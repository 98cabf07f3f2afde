package com.touchpoint.analysis.cluster;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.segment.ClusterCondition;
import com.touchpoint.analysis.segment.Segment;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.Clusterable;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.DistanceMeasure;
import org.apache.commons.math3.random.JDKRandomGenerator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * k-means++ (commons-math3's {@link KMeansPlusPlusClusterer}, Euclidean distance) over standardised features, with
 * the figures that help choose k and the profile of each cluster. Runs are reproducible for a given seed.
 */
public final class ClusterAnalysis {

    /** Iterations at most per run; k-means usually settles long before. */
    public static final int MAX_ITERATIONS = 100;
    /** Customers sampled for the silhouette, which compares every pair of them. */
    public static final int SILHOUETTE_SAMPLE = 2_000;

    private ClusterAnalysis() {
    }

    /** A customer's standardised features, remembering the customer. */
    private record Point(int customer, double[] coordinates) implements Clusterable {
        @Override
        public double[] getPoint() {
            return coordinates;
        }
    }

    /**
     * Clusters the customers into {@code k} groups, numbered 1..k by decreasing size.
     *
     * @throws AnalysisException when k is below 2 or above the number of customers
     * @throws java.util.concurrent.CancellationException when the token is cancelled meanwhile
     */
    public static Clustering run(String name, FeatureMatrix matrix, int k, long seed, CancellationToken token) {
        if (k < 2 || k > matrix.rows()) {
            throw new AnalysisException("k must be from 2 to the number of customers (" + matrix.rows() + "), not "
                    + k + ".");
        }
        List<Point> points = new ArrayList<>(matrix.rows());
        for (int i = 0; i < matrix.rows(); i++) {
            points.add(new Point(i, matrix.standardised(i)));
        }
        JDKRandomGenerator random = new JDKRandomGenerator();
        random.setSeed(seed);
        KMeansPlusPlusClusterer<Point> clusterer = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                new CancellableEuclidean(token), random);
        List<CentroidCluster<Point>> clusters = new ArrayList<>(clusterer.cluster(points));
        clusters.sort((a, b) -> Integer.compare(b.getPoints().size(), a.getPoints().size()));
        int[] assignment = new int[matrix.rows()];
        double[][] centres = new double[clusters.size()][];
        for (int c = 0; c < clusters.size(); c++) {
            centres[c] = clusters.get(c).getCenter().getPoint().clone();
            for (Point point : clusters.get(c).getPoints()) {
                assignment[point.customer()] = c + 1;
            }
        }
        return new Clustering(name, matrix.names(), clusters.size(), seed, assignment, centres);
    }

    /**
     * For each k in {@code fromK..toK}: the within-cluster sum of squares over all customers (standardised units;
     * look for the elbow) and the mean silhouette over a sample of {@value #SILHOUETTE_SAMPLE} customers (−1 to 1;
     * higher is better separated).
     */
    public static Table chooseK(FeatureMatrix matrix, int fromK, int toK, long seed, CancellationToken token) {
        IntColumn ks = IntColumn.create("k");
        DoubleColumn within = DoubleColumn.create("within-cluster sum of squares");
        DoubleColumn silhouette = DoubleColumn.create("silhouette");
        for (int k = fromK; k <= toK; k++) {
            Clustering clustering = run("k=" + k, matrix, k, seed, token);
            ks.append(k);
            within.append(withinSumOfSquares(matrix, clustering));
            silhouette.append(silhouette(matrix, clustering, seed));
        }
        return Table.create("choosing k", ks, within, silhouette);
    }

    static double withinSumOfSquares(FeatureMatrix matrix, Clustering clustering) {
        double sum = 0;
        for (int i = 0; i < matrix.rows(); i++) {
            sum += squaredDistance(matrix.standardised(i), clustering.centres()[clustering.clusterOf(i) - 1]);
        }
        return sum;
    }

    /** The mean silhouette of a random sample of customers (all of them when there are few). */
    static double silhouette(FeatureMatrix matrix, Clustering clustering, long seed) {
        int n = matrix.rows();
        int[] sample = new SplittableRandom(seed).ints(0, n).distinct()
                .limit(Math.min(n, SILHOUETTE_SAMPLE)).toArray();
        double total = 0;
        for (int i : sample) {
            double[] sums = new double[clustering.k() + 1];
            int[] counts = new int[clustering.k() + 1];
            for (int j : sample) {
                if (j != i) {
                    sums[clustering.clusterOf(j)] += Math.sqrt(squaredDistance(matrix.standardised(i),
                            matrix.standardised(j)));
                    counts[clustering.clusterOf(j)]++;
                }
            }
            int own = clustering.clusterOf(i);
            if (counts[own] == 0) {
                continue;
            }
            double a = sums[own] / counts[own];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 1; c <= clustering.k(); c++) {
                if (c != own && counts[c] > 0) {
                    b = Math.min(b, sums[c] / counts[c]);
                }
            }
            total += b == Double.POSITIVE_INFINITY || Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
        }
        return total / sample.length;
    }

    /** One row per cluster: its size and the mean of each feature in the features' own units. */
    public static Table profile(FeatureMatrix matrix, Clustering clustering) {
        int k = clustering.k();
        int d = matrix.names().size();
        int[] sizes = new int[k];
        double[][] sums = new double[k][d];
        for (int i = 0; i < matrix.rows(); i++) {
            int c = clustering.clusterOf(i) - 1;
            sizes[c]++;
            for (int j = 0; j < d; j++) {
                sums[c][j] += matrix.raw(i)[j];
            }
        }
        Table table = Table.create("clusters of " + clustering.name());
        IntColumn cluster = IntColumn.create("cluster");
        IntColumn size = IntColumn.create("size");
        for (int c = 0; c < k; c++) {
            cluster.append(c + 1);
            size.append(sizes[c]);
        }
        table.addColumns(cluster, size);
        for (int j = 0; j < d; j++) {
            DoubleColumn mean = DoubleColumn.create("mean " + matrix.names().get(j));
            for (int c = 0; c < k; c++) {
                mean.append(sizes[c] == 0 ? Double.NaN : sums[c][j] / sizes[c]);
            }
            table.addColumns(mean);
        }
        return table;
    }

    /** A segment of the customers in one cluster of a saved clustering. */
    public static Segment asSegment(Clustering clustering, int cluster, String segmentName) {
        if (cluster < 1 || cluster > clustering.k()) {
            throw new AnalysisException("Clustering '" + clustering.name() + "' has clusters 1 to " + clustering.k()
                    + "; there is no cluster " + cluster + ".");
        }
        return new Segment(Segment.FORMAT, segmentName, "Cluster " + cluster + " of " + clustering.name() + " ("
                + String.join(", ", clustering.features()) + ")", "UTC",
                new ClusterCondition(clustering.name(), List.of(cluster)));
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }

    /** Euclidean distance that stops the clusterer when the token is cancelled (checked every 2^20 distances). */
    private static final class CancellableEuclidean implements DistanceMeasure {
        private static final long serialVersionUID = 1L;
        private final transient CancellationToken token;
        private long calls;

        CancellableEuclidean(CancellationToken token) {
            this.token = token;
        }

        @Override
        public double compute(double[] a, double[] b) {
            if ((++calls & 0xFFFFF) == 0) {
                token.throwIfCancelled();
            }
            return Math.sqrt(squaredDistance(a, b));
        }
    }
}
