package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.analysis.audience.CancellationToken;
import com.touchpoint.analysis.audience.ResultStore;
import com.touchpoint.analysis.tags.DefaultTagRules;
import com.touchpoint.analysis.tags.TagCalculator;
import com.touchpoint.analysis.tags.TagSettings;
import com.touchpoint.analysis.tags.TagWeights;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "tags", description = {"Compute every customer's tag weights with the project's tag rules (or the "
        + "default rules: interest per item category, affinity per channel), save them in the project, and print "
        + "per tag how many customers have it, and its mean and largest weight.",
    "Exit code 2 when the rules are invalid."})
final class TagsCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Mixin
    AudienceOptions audience;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectStore store = project.open()) {
            AudienceData data = audience.load(store);
            ResultStore results = new ResultStore(store);
            TagSettings settings = results.tagSettings().orElseGet(() -> DefaultTagRules.of(data));
            TagWeights tags = TagCalculator.compute(data, settings, audience.reference(store, data),
                    new CancellationToken());
            results.saveTags(data, tags);
            out.printf("half-life %.1f days, %d rules, %,d customers%n", settings.halfLifeDays(),
                    settings.rules().size(), data.size());
            out.printf("%-32s %12s %12s %12s%n", "tag", "customers", "mean", "max");
            tags.weights().forEach((tag, weights) -> {
                int having = 0;
                double sum = 0;
                double max = 0;
                for (double weight : weights) {
                    having += weight > 0 ? 1 : 0;
                    sum += weight;
                    max = Math.max(max, weight);
                }
                out.printf("%-32s %,12d %12.4f %12.4f%n", tag, having, weights.length == 0 ? 0 : sum / weights.length,
                        max);
            });
            return 0;
        } catch (AnalysisException e) {
            err.println(e.getMessage());
            return 2;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
