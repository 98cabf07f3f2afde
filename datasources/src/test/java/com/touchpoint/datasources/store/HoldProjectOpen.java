package com.touchpoint.datasources.store;

import java.nio.file.Path;

/** Run in a child process by {@link ProjectStoreTest}: opens a project, says so, and holds it until stdin closes. */
public final class HoldProjectOpen {
    public static void main(String[] args) throws Exception {
        try (ProjectStore ignored = ProjectStore.open(ProjectFile.of(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                Thread.onSpinWait();
            }
        }
    }
}
