package com.touchpoint.app.bench;

import picocli.CommandLine.Command;

/** Groups the benchmarks; each prints figures, none is a timed test. */
@Command(name = "benchmark", description = "Measure speed and memory; prints figures.",
        subcommands = {ImportBenchmark.class})
public final class BenchmarkCommand {
}
