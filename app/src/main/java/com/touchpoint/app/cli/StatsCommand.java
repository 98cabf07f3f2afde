package com.touchpoint.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.touchpoint.datasources.store.ProjectStats;
import com.touchpoint.datasources.store.ProjectStore;
import com.touchpoint.datasources.store.StatsRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "stats", description = "Print the project's counts: events (total and by channel), customers, "
        + "identity links, spend rows, path rows, quarantined rows, imports.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    ProjectOption project;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ProjectStats stats;
        try (ProjectStore store = project.open()) {
            stats = new StatsRepository(store).stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats));
        } else {
            out.printf("events            %,d%n", stats.events());
            stats.eventsByChannel().forEach((channel, n) -> out.printf("  %-15s %,d%n", channel, n));
            out.printf("customers         %,d%n", stats.customers());
            out.printf("identifiers       %,d%n", stats.identifiers());
            out.printf("identity links    %,d%n", stats.identityLinks());
            out.printf("shared (unlinked) %,d%n", stats.sharedIdentifiers());
            out.printf("spend rows        %,d%n", stats.spendRows());
            out.printf("path rows         %,d%n", stats.pathRows());
            out.printf("quarantined rows  %,d%n", stats.quarantinedRows());
            out.printf("imports           %,d%n", stats.imports());
        }
        out.flush();
        return 0;
    }
}
