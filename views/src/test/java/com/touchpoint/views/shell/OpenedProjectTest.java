package com.touchpoint.views.shell;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenedProjectTest {

    @Test
    void nameDropsTheLastExtension() {
        assertEquals("Spring campaign", OpenedProject.nameOf(Path.of("/p/Spring campaign.tp")));
        assertEquals("README", OpenedProject.nameOf(Path.of("README")));
    }

    @Test
    void nameDropsATwoPartProjectExtensionWhole() {
        assertEquals("Touchpoint sample", OpenedProject.nameOf(Path.of("/p/Touchpoint sample.mv.db"), "mv.db"));
        assertEquals("v1.2 plan", OpenedProject.nameOf(Path.of("v1.2 plan.mv.db"), "mv.db"));
        assertEquals("notes", OpenedProject.nameOf(Path.of("notes.txt"), "mv.db"));
    }
}
