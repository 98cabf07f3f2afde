package com.touchpoint.views.settings;

import com.touchpoint.views.i18n.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's preferences, kept as a properties file in the data folder: window bounds, recent projects (most
 * recent first, at most {@value #MAX_RECENT}, files that no longer exist are dropped) and the interface language.
 * A value that cannot be read falls back to its default and is logged; a damaged file never stops the app.
 */
public final class AppSettings {

    public static final int MAX_RECENT = 10;

    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);
    private static final String LANGUAGE = "language";
    private static final String RECENT = "recent.";
    private static final String WINDOW = "window.";

    private final Path file;
    private final List<Path> recentProjects = new ArrayList<>();
    private Language language = Language.SYSTEM;
    private WindowBounds windowBounds;

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings from {@code file}; a missing file gives the defaults. */
    public static AppSettings load(Path file) {
        AppSettings settings = new AppSettings(file);
        if (!Files.exists(file)) {
            return settings;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read settings from {}; using defaults", file, e);
            return settings;
        }
        settings.readFrom(properties);
        return settings;
    }

    private void readFrom(Properties properties) {
        String languageName = properties.getProperty(LANGUAGE, Language.SYSTEM.name());
        try {
            language = Language.valueOf(languageName);
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown language '{}' in {}; following the system", languageName, file);
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            String recent = properties.getProperty(RECENT + i);
            if (recent != null) {
                Path path = Path.of(recent);
                if (Files.exists(path) && !recentProjects.contains(path)) {
                    recentProjects.add(path);
                }
            }
        }
        windowBounds = readWindowBounds(properties);
    }

    private WindowBounds readWindowBounds(Properties properties) {
        if (properties.getProperty(WINDOW + "width") == null) {
            return null;
        }
        try {
            return new WindowBounds(
                    Double.parseDouble(properties.getProperty(WINDOW + "x")),
                    Double.parseDouble(properties.getProperty(WINDOW + "y")),
                    Double.parseDouble(properties.getProperty(WINDOW + "width")),
                    Double.parseDouble(properties.getProperty(WINDOW + "height")),
                    Boolean.parseBoolean(properties.getProperty(WINDOW + "maximized")));
        } catch (RuntimeException e) {
            LOG.warn("Ignoring unreadable window bounds in {}", file, e);
            return null;
        }
    }

    /** Writes the settings, replacing the file in one step so a crash never leaves half a file. */
    public void save() throws IOException {
        Properties properties = new Properties();
        properties.setProperty(LANGUAGE, language.name());
        for (int i = 0; i < recentProjects.size(); i++) {
            properties.setProperty(RECENT + i, recentProjects.get(i).toString());
        }
        if (windowBounds != null) {
            properties.setProperty(WINDOW + "x", Double.toString(windowBounds.x()));
            properties.setProperty(WINDOW + "y", Double.toString(windowBounds.y()));
            properties.setProperty(WINDOW + "width", Double.toString(windowBounds.width()));
            properties.setProperty(WINDOW + "height", Double.toString(windowBounds.height()));
            properties.setProperty(WINDOW + "maximized", Boolean.toString(windowBounds.maximized()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Touchpoint settings");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public Language language() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(windowBounds);
    }

    public void setWindowBounds(WindowBounds windowBounds) {
        this.windowBounds = windowBounds;
    }

    /** Recent projects, most recent first, without files deleted since they were opened. */
    public List<Path> recentProjects() {
        recentProjects.removeIf(path -> !Files.exists(path));
        return List.copyOf(recentProjects);
    }

    /** Puts {@code project} first, removing it from further down and dropping the oldest beyond the limit. */
    public void addRecentProject(Path project) {
        Path normalized = project.toAbsolutePath().normalize();
        recentProjects.remove(normalized);
        recentProjects.add(0, normalized);
        while (recentProjects.size() > MAX_RECENT) {
            recentProjects.remove(recentProjects.size() - 1);
        }
    }

    public void removeRecentProject(Path project) {
        recentProjects.remove(project.toAbsolutePath().normalize());
    }

    public void clearRecentProjects() {
        recentProjects.clear();
    }
}
