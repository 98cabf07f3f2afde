package com.touchpoint.views.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Touchpoint keeps its own files (settings, logs, the sample project): the system property
 * {@code touchpoint.home} if set (tests use it), else {@code $XDG_CONFIG_HOME/touchpoint}, else {@code ~/.touchpoint}.
 */
public record DataFolder(Path root) {

    /** The system property that overrides the data folder. */
    public static final String HOME_PROPERTY = "touchpoint.home";

    /** The data folder of this process. */
    public static DataFolder current() {
        return resolve(System.getProperties(), System.getenv());
    }

    static DataFolder resolve(Properties systemProperties, Map<String, String> environment) {
        String home = systemProperties.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home));
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new DataFolder(Path.of(xdg, "touchpoint"));
        }
        return new DataFolder(Path.of(systemProperties.getProperty("user.home"), ".touchpoint"));
    }

    public Path settingsFile() {
        return root.resolve("settings.properties");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    public Path logFile() {
        return logFolder().resolve("touchpoint.log");
    }

    public Path sampleFolder() {
        return root.resolve("sample");
    }
}
