package com.touchpoint.sampledata;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** "--name value" options of the command-line entry points, with messages that say what is wrong. */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();

    private CommandLine() {
    }

    /** Reads {@code args} as pairs; every name must be one of {@code known}. */
    static CommandLine parse(String[] args, Set<String> known) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!known.contains(name)) {
                throw new IllegalArgumentException("Unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            line.values.put(name, args[i + 1]);
        }
        return line;
    }

    /** The option's value converted by {@code parser}, or {@code fallback} when absent. */
    <T> T get(String name, Function<String, T> parser, T fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option " + name + " has an invalid value: " + value);
        }
    }

    /** The option's value; fails with a clear message when it was not given. */
    <T> T require(String name, Function<String, T> parser) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("Option " + name + " is required");
        }
        return get(name, parser, null);
    }
}
