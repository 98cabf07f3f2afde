package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.ResultStore;
import com.touchpoint.analysis.cluster.ClusterAnalysis;
import com.touchpoint.analysis.cluster.Clustering;
import com.touchpoint.analysis.cluster.FeatureMatrix;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "clusters", description = {"Cluster customers with k-means++ on standardised features, save the "
        + "clustering in the project (segments can then use \"cluster is\"), and print each cluster's size and "
        + "feature means.",
    "Features: recency, frequency, monetary (need rfm first), events, revenue, channel:NAME, tag:NAME (need tags "
        + "first).",
    "Exit code 2 when a feature is unknown or not computed yet."})
final class ClustersCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Mixin
    AudienceOptions audience;

    @Option(names = "--k", required = true, paramLabel = "N", description = "Number of clusters.")
    int k;

    @Option(names = "--features", required = true, split = ",", paramLabel = "F",
            description = "Comma-separated features, e.g. recency,frequency,monetary,channel:web.")
    List<String> features;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed; the same seed gives the same clusters "
            + "(default 1).")
    long seed = 1;

    @Option(names = "--name", paramLabel = "NAME", description = "Name to save the clustering under (default "
            + "\"clusters\").")
    String name = "clusters";

    @Option(names = "--choose-k", paramLabel = "FROM..TO", description = "Also print within-cluster sum of squares "
            + "and silhouette for each k in the range, e.g. 2..10, to help choose k.")
    String chooseK;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectStore store = project.open()) {
            AudienceData data = audience.load(store);
            FeatureMatrix matrix = FeatureMatrix.build(data, features, audience.reference(store, data));
            if (chooseK != null) {
                int[] range = range(chooseK);
                out.println(ClusterAnalysis.chooseK(matrix, range[0], range[1], seed, new CancellationToken())
                        .printAll());
            }
            Clustering clustering = ClusterAnalysis.run(name, matrix, k, seed, new CancellationToken());
            new ResultStore(store).saveClustering(data, clustering);
            out.println(ClusterAnalysis.profile(matrix, clustering).printAll());
            return 0;
        } catch (AnalysisException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int[] range(String text) {
        String[] ends = text.split("\\.\\.");
        if (ends.length == 2 && ends[0].strip().matches("\\d+") && ends[1].strip().matches("\\d+")) {
            int from = Integer.parseInt(ends[0].strip());
            int to = Integer.parseInt(ends[1].strip());
            if (from >= 2 && to >= from) {
                return new int[]{from, to};
            }
        }
        throw new AnalysisException("--choose-k takes a range of k from 2 up, such as 2..10, not " + text + ".");
    }
}
