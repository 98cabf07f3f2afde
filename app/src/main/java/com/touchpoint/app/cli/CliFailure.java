package com.touchpoint.app.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** How a command that cannot do its job says so: one line on the error stream, exit code 2. */
final class CliFailure {

    static final int EXIT_CODE = 2;

    private CliFailure() {
    }

    static int report(CommandSpec spec, Exception problem) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + problem.getMessage());
        err.flush();
        return EXIT_CODE;
    }
}
