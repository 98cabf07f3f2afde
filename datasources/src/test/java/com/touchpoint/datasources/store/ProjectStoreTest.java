package com.touchpoint.datasources.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectStoreTest {

    @TempDir
    Path dir;

    @Test
    void createdProjectIsOneFileThatReopensWithItsSettings() {
        ProjectFile file = ProjectFile.of(dir.resolve("shop"));
        byte[] salt;
        try (ProjectStore store = ProjectStore.create(file)) {
            ProjectSettings settings = new ProjectSettings(store);
            salt = settings.salt();
            assertEquals(16, salt.length);
            assertTrue(settings.pseudonymise());
            settings.setPseudonymise(false);
        }
        assertTrue(Files.isRegularFile(dir.resolve("shop.mv.db")));
        try (ProjectStore store = ProjectStore.open(ProjectFile.of(dir.resolve("shop.mv.db")))) {
            ProjectSettings settings = new ProjectSettings(store);
            assertArrayEquals(salt, settings.salt());
            assertEquals(false, settings.pseudonymise());
        }
    }

    @Test
    void creatingOverAnExistingProjectIsRefused() {
        ProjectFile file = ProjectFile.of(dir.resolve("shop"));
        ProjectStore.create(file).close();
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectStore.create(file));
        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    }

    @Test
    void openingAMissingProjectSaysWhatToDo() {
        ProjectException e = assertThrows(ProjectException.class,
                () -> ProjectStore.open(ProjectFile.of(dir.resolve("nowhere"))));
        assertTrue(e.getMessage().contains("create a new project"), e.getMessage());
    }

    @Test
    void secondOpenInTheSameProcessIsRefused() {
        ProjectFile file = ProjectFile.of(dir.resolve("shop"));
        try (ProjectStore ignored = ProjectStore.create(file)) {
            assertThrows(ProjectLockedException.class, () -> ProjectStore.open(file));
        }
        ProjectStore.open(file).close();
    }

    @Test
    void projectHeldByAnotherProcessIsReportedAsLockedAndLeftIntact() throws Exception {
        ProjectFile file = ProjectFile.of(dir.resolve("shop"));
        ProjectStore.create(file).close();
        long sizeBefore = Files.size(file.dataFile());
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldProjectOpen.class.getName(),
                file.dataFile().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("open"));
            assertEquals("open", line);
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectStore.open(file));
            assertTrue(e.getMessage().contains("open in another Touchpoint"), e.getMessage());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertTrue(Files.size(file.dataFile()) >= sizeBefore);
        ProjectStore.open(file).close();
    }
}
