package com.touchpoint.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void choicesAreTakenInAnyCaseAndAForcedFormatReadsACsvNamedJson() throws Exception {
        Path misnamed = Files.writeString(dir.resolve("export.json"), """
                user_id,event,ts,channel
                u1,click,2026-08-01T10:00:00Z,search
                u2,open,2026-08-02T09:00:00Z,email
                """);
        String project = dir.resolve("p").toString();

        CommandRun detected = CommandRun.of(new ImportCommand(), "--project", project, "--kind", "events",
                misnamed.toString());
        assertEquals(2, detected.exitCode(), detected.out() + detected.err());
        assertTrue(detected.err().contains("export.json"), detected.err());

        CommandRun forced = CommandRun.of(new ImportCommand(), "--project", project, "--kind", "events", "--format",
                "csv", misnamed.toString());
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("export.json: events, UTF-8, read 2, loaded 2, quarantined 0, duplicate 0", forced.out().trim());
    }
}
