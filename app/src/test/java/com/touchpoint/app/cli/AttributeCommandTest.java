package com.touchpoint.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.touchpoint.datasources.imports.ImportMonitor;
import com.touchpoint.datasources.imports.ImportRequest;
import com.touchpoint.datasources.imports.ImportService;
import com.touchpoint.datasources.store.ProjectFile;
import com.touchpoint.datasources.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code attribute} on a three-customer project: u1 buys for 100 after search then email, u2 for 50 after email, u3
 * clicks search and never buys; search cost 40 on the first day.
 */
class AttributeCommandTest {

    @TempDir
    Path dir;
    private Path project;

    @BeforeEach
    void createProject() throws Exception {
        project = dir.resolve("shop");
        Path events = Files.writeString(dir.resolve("events.csv"), """
                user_id,event,ts,channel,revenue
                u1,ad_click,2026-08-01T10:00:00Z,search,
                u1,click,2026-08-02T10:00:00Z,email,
                u1,purchase,2026-08-03T10:00:00Z,web,100
                u2,click,2026-08-01T12:00:00Z,email,
                u2,purchase,2026-08-02T12:00:00Z,web,50
                u3,ad_click,2026-08-03T09:00:00Z,search,
                """);
        Path spend = Files.writeString(dir.resolve("spend.csv"), "date,channel,campaign,cost\n"
                + "2026-08-01,search,brand,40\n");
        try (ProjectStore store = ProjectStore.create(ProjectFile.of(project))) {
            ImportService imports = new ImportService(store);
            ImportRequest request = new ImportRequest(null, null, null, null, ZoneOffset.UTC, null);
            imports.importFile(events, request, ImportMonitor.NONE);
            imports.importFile(spend, request, ImportMonitor.NONE);
        }
    }

    @Test
    void printsOneRowPerModelAndChannelWithCostWhereSpendExists() {
        CommandRun run = CommandRun.of(new AttributeCommand(), "--project", project.toString(),
                "--model", "first,linear");

        assertEquals(0, run.exitCode(), run.err());
        // First touch: search 1 (100), email 1 (50). Linear: u1 splits 1/2 + 1/2, so search 0.5 (50) and email
        // 0.5 + 1 = 1.5 (100). Search's cost 40 gives CPA 40 / 1 = 40 and ROAS 100 / 40 = 2.5 under first touch,
        // 40 / 0.5 = 80 and 50 / 40 = 1.25 under linear; email has no cost, so no cost, CPA or ROAS.
        assertEquals("""
                model,channel,conversions,value,share,cost,cpa,roas
                first,search,1,100,0.5,40,40,2.5
                first,email,1,50,0.5,,,
                linear,search,0.5,50,0.25,40,80,1.25
                linear,email,1.5,100,0.75,,,
                """, run.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void jsonHasTheSameRowsWithNullWhereUndefined() throws Exception {
        CommandRun run = CommandRun.of(new AttributeCommand(), "--project", project.toString(),
                "--model", "linear", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals(2, rows.size());
        assertEquals("linear", rows.get(0).get("model").asText());
        assertEquals("search", rows.get(0).get("channel").asText());
        assertEquals(80, rows.get(0).get("cpa").asDouble(), 1e-9);
        assertEquals(1.5, rows.get(1).get("conversions").asDouble(), 1e-12);
        assertTrue(rows.get(1).get("roas").isNull());
    }

    @Test
    void optionsChangeTheJourneys() {
        // Email clicks only: u1's journey is email alone, so first touch gives email both conversions.
        CommandRun run = CommandRun.of(new AttributeCommand(), "--project", project.toString(),
                "--model", "first", "--touch-channels", "email", "--lookback", "36h");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("first,email,2,150,1,,,"), run.out());
    }

    @Test
    void badInputGetsOneLineSayingWhatToDo() {
        CommandRun model = CommandRun.of(new AttributeCommand(), "--project", project.toString(), "--model", "u-shape");
        assertEquals(2, model.exitCode());
        assertTrue(model.err().contains("There is no model 'u-shape'"), model.err());

        CommandRun conversion = CommandRun.of(new AttributeCommand(), "--project", project.toString(),
                "--model", "all", "--conversion", "order");
        assertEquals(2, conversion.exitCode());
        assertTrue(conversion.err().contains("[ad_click, click, purchase]"), conversion.err());

        CommandRun missing = CommandRun.of(new AttributeCommand(), "--project", dir.resolve("nothing").toString(),
                "--model", "first");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("No project at"), missing.err());

        CommandRun lookback = CommandRun.of(new AttributeCommand(), "--project", project.toString(),
                "--model", "first", "--lookback", "a week");
        assertEquals(2, lookback.exitCode());
        assertTrue(lookback.err().contains("30d, 36h, 90m"), lookback.err());
    }
}
