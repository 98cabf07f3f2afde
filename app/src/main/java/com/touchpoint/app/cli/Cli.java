package com.touchpoint.app.cli;

import com.touchpoint.app.bench.BenchmarkCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same jobs as the desktop app, for scripts and CI. */
@Command(name = "touchpoint", mixinStandardHelpOptions = true, version = "Touchpoint 0.1",
        description = "Touchpoint command line. With no arguments the desktop app opens.",
        subcommands = {SampleCommand.class, ImportCommand.class, StatsCommand.class, QualityCommand.class,
                QuarantineCommand.class, AttributeCommand.class, ReportCommand.class, ExportCommand.class,
                SegmentCommand.class, RfmCommand.class, TagsCommand.class, ClustersCommand.class,
                BenchmarkCommand.class})
public final class Cli {

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine(new Cli()).execute(args);
    }

    /** A command as the command line runs it: choices such as {@code --kind events} in any case. */
    static CommandLine commandLine(Object command) {
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
