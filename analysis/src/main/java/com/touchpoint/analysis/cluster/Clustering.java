package com.touchpoint.analysis.cluster;

import java.util.List;

/**
 * A saved k-means result: the features it used and each customer's cluster (by customer index, 1..k; 0 for
 * customers the clustering does not know, such as those imported after it ran).
 *
 * @param centres the cluster centres in standardised units, one row per cluster
 */
public record Clustering(String name, List<String> features, int k, long seed, int[] assignment,
                         double[][] centres) {

    public Clustering {
        features = List.copyOf(features);
    }

    public int clusterOf(int customer) {
        return assignment[customer];
    }
}
