package com.touchpoint.views.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.touchpoint.views.i18n.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path folder;

    @Test
    void missingFileGivesDefaults() {
        AppSettings settings = AppSettings.load(folder.resolve("settings.properties"));

        assertEquals(Language.SYSTEM, settings.language());
        assertEquals(List.of(), settings.recentProjects());
        assertEquals(Optional.empty(), settings.windowBounds());
    }

    @Test
    void savedSettingsReadBackTheSame() throws IOException {
        Path file = folder.resolve("nested/settings.properties");
        Path project = project("a.tp");
        AppSettings settings = AppSettings.load(file);
        settings.setLanguage(Language.CHINESE);
        settings.addRecentProject(project);
        settings.setWindowBounds(new WindowBounds(10, 20, 1200, 800, true));
        settings.save();

        AppSettings reread = AppSettings.load(file);
        assertEquals(Language.CHINESE, reread.language());
        assertEquals(List.of(project), reread.recentProjects());
        assertEquals(Optional.of(new WindowBounds(10, 20, 1200, 800, true)), reread.windowBounds());
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutDuplicatesAndAtMostTen() throws IOException {
        AppSettings settings = AppSettings.load(folder.resolve("settings.properties"));
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            projects.add(project("p" + i + ".tp"));
            settings.addRecentProject(projects.get(i));
        }
        settings.addRecentProject(projects.get(5));

        // p5 was reopened last, then p11 down to p3; p0, p1 and p2 fell off the end of ten.
        assertEquals(List.of(projects.get(5), projects.get(11), projects.get(10), projects.get(9), projects.get(8),
                projects.get(7), projects.get(6), projects.get(4), projects.get(3), projects.get(2)),
                settings.recentProjects());
    }

    @Test
    void recentProjectsThatNoLongerExistAreDropped() throws IOException {
        Path file = folder.resolve("settings.properties");
        Path kept = project("kept.tp");
        Path deleted = project("deleted.tp");
        AppSettings settings = AppSettings.load(file);
        settings.addRecentProject(kept);
        settings.addRecentProject(deleted);
        settings.save();
        Files.delete(deleted);

        assertEquals(List.of(kept), AppSettings.load(file).recentProjects());
        assertEquals(List.of(kept), settings.recentProjects());
    }

    @Test
    void unreadableValuesFallBackToDefaultsAndKeepTheRest() throws IOException {
        Path file = folder.resolve("settings.properties");
        Path project = project("a.tp");
        Files.writeString(file, "language=KLINGON\nwindow.x=left\nwindow.y=0\nwindow.width=800\nwindow.height=600\n"
                + "recent.0=" + project.toString().replace("\\", "\\\\") + "\n");

        AppSettings settings = AppSettings.load(file);

        assertEquals(Language.SYSTEM, settings.language());
        assertEquals(Optional.empty(), settings.windowBounds());
        assertEquals(List.of(project), settings.recentProjects());
    }

    @Test
    void dataFolderPrefersTheSystemPropertyThenXdgThenHome() {
        Properties withHome = new Properties();
        withHome.setProperty("user.home", "/home/ana");
        Properties withOverride = new Properties(withHome);
        withOverride.setProperty(DataFolder.HOME_PROPERTY, "/tmp/tp-test");

        assertEquals(Path.of("/tmp/tp-test"), DataFolder.resolve(withOverride, Map.of("XDG_CONFIG_HOME", "/x")).root());
        assertEquals(Path.of("/x/touchpoint"), DataFolder.resolve(withHome, Map.of("XDG_CONFIG_HOME", "/x")).root());
        assertEquals(Path.of("/home/ana/.touchpoint"), DataFolder.resolve(withHome, Map.of()).root());
        assertEquals(Path.of("/home/ana/.touchpoint/logs/touchpoint.log"),
                DataFolder.resolve(withHome, Map.of()).logFile());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        Path file = folder.resolve("settings.properties");
        AppSettings.load(file).save();

        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
        assertTrue(Files.readString(file).contains("language=SYSTEM"));
    }

    private Path project(String name) throws IOException {
        return Files.createFile(folder.resolve(name)).toAbsolutePath().normalize();
    }
}
