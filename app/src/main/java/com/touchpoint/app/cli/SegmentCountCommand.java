package com.touchpoint.app.cli;

import com.touchpoint.analysis.audience.AnalysisException;
import com.touchpoint.analysis.audience.AudienceData;
import com.touchpoint.datasources.store.ProjectStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "count", description = {"Print the number of customers in a segment.",
    "Exit code 2 when the segment cannot be read or evaluated (the message says why)."})
final class SegmentCountCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Mixin
    SegmentFileOption segment;

    @Mixin
    AudienceOptions audience;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ProjectStore store = project.open()) {
            AudienceData data = audience.load(store);
            spec.commandLine().getOut().println(segment.evaluate(store, data, audience.reference(store, data))
                    .size());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (AnalysisException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
