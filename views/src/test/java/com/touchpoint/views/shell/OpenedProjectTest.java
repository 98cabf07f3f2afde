package com.touchpoint.views.shell;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenedProjectTest {

    @Test
    void nameDropsTheExtensionIncludingTheStoresTwoPartOne() {
        assertEquals("Spring campaign", OpenedProject.nameOf(Path.of("/p/Spring campaign.tp")));
        assertEquals("Touchpoint sample", OpenedProject.nameOf(Path.of("/p/Touchpoint sample.mv.db")));
        assertEquals("v1.2 plan", OpenedProject.nameOf(Path.of("v1.2 plan.mv.db")));
        assertEquals("README", OpenedProject.nameOf(Path.of("README")));
    }
}
